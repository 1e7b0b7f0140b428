/**
 * npm run eval:ingest -- <corpus folder…> [--details] [--json]
 *
 * How well the ingester splits real pages: every `<name>.txt` with a `<name>.expected.json`
 * beside it (scripts/eval/make-corpus.ts) is read and split as `npm run ingest` does (decoding,
 * the printed pages of a file cut at their headers, parsing, the check that every character is
 * kept), and scored (scripts/eval/score.ts).
 * Prints, per layout and in all: items exact (and exact if a heading may be a paragraph, see
 * score.ts), items found by title, spurious items, characters kept and pages refused; the misses by kind; the ten worst pages. `--details` lists every miss
 * of every page. Run it on `eval-corpus/dev` while tuning and on `eval-corpus/held-out` to report.
 *
 * Each paper's pages are read as `npm run ingest -- --paper <name>` reads them (by the short name their
 * files start with: rmrb is 人民日报), so that the paper's source type holds (plain-subheads.ts: 人民日报's
 * web edition sets sub-heads as plain paragraphs outside 要闻 and 理论). A page's name is known where
 * its header prints it; `--page-names` gives every page its name, as a sidecar or --page-name would;
 * `--printed-headings` reads sub-heads as headings on every page, as for OCR of printed pages;
 * `--paper 人民日报` names the paper of files whose names start with no known short name.
 *
 * `--title-first xhmrdx` splits that paper's pages (by the short name their files start with) as
 * `npm run ingest -- --title-first` does: the maintainer's word that the paper sets two header
 * lines with no dash as title over subtitle.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { articleFileName, articlePageStem, joinArticles } from '../ingest/article-files.ts';
import { decodeSource } from '../ingest/read-source.ts';
import { runCommand, UsageError } from '../shared/command.ts';
import type { ExpectedPage } from './expected.ts';
import { CORPUS_PAPERS, joinedPages, pageTextsIn, readAsIngest, type FileSplit } from './read-as-ingest.ts';
import { expectedItemsOf, MISS_KINDS, scorePage, type PageScore } from './score.ts';

const USAGE = '用法：npm run eval:ingest -- <语料文件夹…> [--details] [--json] [--page-names] [--printed-headings] [--paper 人民日报] [--title-first xhmrdx]';

function readOptions(args: string[]) {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: {
			details: { type: 'boolean', default: false },
			json: { type: 'boolean', default: false },
			'page-names': { type: 'boolean', default: false },
			paper: { type: 'string' },
			'printed-headings': { type: 'boolean', default: false },
			'title-first': { type: 'string' },
		},
	});
	if (positionals.length === 0) throw new UsageError('请给出至少一个语料文件夹（npm run eval:corpus 生成的）。');
	return {
		folders: positionals.map((p) => resolve(p)),
		details: values.details,
		json: values.json,
		reading: { pageNames: values['page-names'], printedHeadings: values['printed-headings'], paper: values.paper },
		titleFirst: new Set((values['title-first'] ?? '').split(/[,，]/u).filter(Boolean)),
	};
}

/** What the maintainer tells the ingester of each page besides its paper. */
interface Reading {
	/** Whether each page's name is given (a sidecar's pageName). */
	pageNames: boolean;
	/** Whether sub-heads are headings on every page (--printed-headings). */
	printedHeadings: boolean;
	/** The paper of files whose names start with no known short name (--paper 人民日报). */
	paper: string | undefined;
}

/**
 * Scores one page text: a file, or a page's article files (article-files.ts), whose expected items are in
 * `<YYYYMMDD>-<page>.expected.json` beside them and whose paper is `--paper`'s.
 */
function scoreFile(files: string[], reading: Reading, titleFirst: ReadonlySet<string> = new Set()): PageScore {
	const named = articleFileName(basename(files[0]!));
	const file = named ? join(dirname(files[0]!), `${articlePageStem(basename(files[0]!))}.txt`) : files[0]!;
	const expected = JSON.parse(readFileSync(file.replace(/\.txt$/, '.expected.json'), 'utf8')) as (ExpectedPage | { pages: ExpectedPage[] }) & {
		layout: string;
	};
	// (A page of article files by its source's name, rmrb-2019-10-15-01, which names its paper as the corpus's files do.)
	const name = named && 'source' in expected ? expected.source : basename(file, '.txt');
	const items = expectedItemsOf(expected);
	let source = '';
	let split: FileSplit;
	try {
		const articles = named ? joinArticles(files.map((path) => ({ file: path, text: decodeSource(readFileSync(path), basename(path)) }))) : undefined;
		source = articles?.text ?? decodeSource(readFileSync(file), name);
		const paper = name.split('-')[0]!;
		const pageName = reading.pageNames && 'pageName' in expected ? expected.pageName : undefined;
		split = readAsIngest(
			source,
			{
				paper: CORPUS_PAPERS.get(paper) ?? reading.paper,
				pageName,
				printedHeadings: reading.printedHeadings,
				titleFirst: titleFirst.has(paper),
				page: named?.page,
			},
			articles,
		);
	} catch (error) {
		return scorePage(name, expected.layout, items, undefined, { source: [...source].length, kept: 0 }, (error as Error).message);
	}
	const parsed = joinedPages(split);
	const refused = split.mismatch ?? (parsed.items.length === 0 ? '没有正文' : undefined);
	const chars = split.chars;
	return scorePage(name, expected.layout, items, refused ? undefined : parsed, refused ? { source: chars.source, kept: 0 } : chars, refused);
}

/** Every page's flags grouped by their kind, the most frequent kind first. */
function flagsByKind(scores: readonly PageScore[]): [string, PageScore['flags']][] {
	const kinds = new Map<string, PageScore['flags']>();
	for (const flag of scores.flatMap((score) => score.flags)) kinds.set(flag.kind, [...(kinds.get(flag.kind) ?? []), flag]);
	return [...kinds].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
}

const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`);

function row(label: string, scores: PageScore[]): string {
	const sum = (key: 'expected' | 'exact' | 'exactHeadingsAside' | 'found' | 'spurious' | 'sourceChars' | 'keptChars') =>
		scores.reduce((total, s) => total + s[key], 0);
	const refused = scores.filter((s) => s.refused).length;
	return `| ${label} | ${scores.length} | ${sum('expected')} | ${percent(sum('exact'), sum('expected'))} | ${percent(sum('exactHeadingsAside'), sum('expected'))} | ${percent(sum('found'), sum('expected'))} | ${sum('spurious')} | ${percent(sum('keptChars'), sum('sourceChars'))} | ${refused} |`;
}

function flaggedRow(label: string, scores: readonly PageScore[]): string {
	const sum = (key: 'expected' | 'structuralMisses' | 'flaggedMisses' | 'uncertain') => scores.reduce((total, s) => total + s[key], 0);
	const per100 = sum('expected') === 0 ? '–' : ((100 * sum('uncertain')) / sum('expected')).toFixed(1);
	return `| ${label} | ${sum('structuralMisses')} | ${sum('flaggedMisses')} (${percent(sum('flaggedMisses'), sum('structuralMisses'))}) | ${sum('uncertain')} | ${per100} |`;
}

function printReport(scores: PageScore[], details: boolean): void {
	console.log('| layout | pages | items | exact | exact, headings as paragraphs | found by title | spurious | characters kept | pages refused |');
	console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
	for (const [layout, ofLayout] of Map.groupBy(scores, (s) => s.layout)) console.log(row(layout, ofLayout));
	const papers = Map.groupBy(scores, (s) => s.name.split('-')[0]!);
	if (papers.size > 1) for (const [paper, ofPaper] of papers) console.log(row(`*${paper}*`, ofPaper));
	console.log(row('**all**', scores));
	// Whether the places the ingester flags (ParsedPage.uncertain) lead a maintainer to its misses.
	console.log('\n| flagged | misses, headings aside, and spurious items | in an item with a place flagged | places flagged | per 100 items |');
	console.log('| --- | --- | --- | --- | --- |');
	const groups = papers.size > 1 ? [...papers, ['**all**', scores] as const] : [['**all**', scores] as const];
	for (const [label, ofGroup] of groups) console.log(flaggedRow(label, ofGroup));
	// Which doubts are worth a maintainer's look: how often a flag of each kind lies in an item with a miss.
	console.log('\n| kind of flag | places | in an item with a miss |\n| --- | --- | --- |');
	for (const [kind, flags] of flagsByKind(scores)) {
		const onMiss = flags.filter((flag) => flag.onMiss).length;
		console.log(`| ${kind} | ${flags.length} | ${onMiss} (${percent(onMiss, flags.length)}) |`);
	}
	console.log('\n| kind of miss | items |\n| --- | --- |');
	for (const kind of MISS_KINDS) console.log(`| ${kind} | ${scores.reduce((total, s) => total + s.misses[kind], 0)} |`);
	const worst = [...scores]
		.sort((a, b) => b.expected - b.exact + b.spurious - (a.expected - a.exact + a.spurious) || a.name.localeCompare(b.name))
		.slice(0, 10);
	console.log('\n| worst pages | exact | spurious | refused |\n| --- | --- | --- | --- |');
	for (const s of worst) console.log(`| ${s.name} | ${s.exact} / ${s.expected} | ${s.spurious} | ${s.refused ?? ''} |`);
	if (details) {
		for (const s of scores.filter((s) => s.details.length > 0 || s.refused)) {
			console.log(`\n${s.name}${s.refused ? `（拒收：${s.refused}）` : ''}`);
			for (const line of s.details) console.log(`  ${line}`);
		}
	}
}

function main(args: string[]): number {
	if (args.includes('--help') || args.includes('-h')) {
		console.log(USAGE);
		return 0;
	}
	const options = readOptions(args);
	const scores = options.folders.flatMap(pageTextsIn).map((files) => scoreFile(files, options.reading, options.titleFirst));
	if (options.json) console.log(JSON.stringify(scores, null, '\t'));
	else printReport(scores, options.details);
	return 0;
}

runCommand(main, USAGE);
