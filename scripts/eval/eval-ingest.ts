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
 * `--bold-headings-on rmrb:要闻,理论` measures how much of the strict count is the source's type
 * rather than the split: paper.people.com.cn sets section headings bold on some pages only, and the
 * corpus knows a heading by its bold type. With the option, lines the parser reads as headings are
 * scored as paragraphs on that paper's pages whose name is not listed. The ingester itself never
 * does this: a printed heading is a heading wherever it is printed.
 *
 * `--title-first xhmrdx` splits that paper's pages (by the short name their files start with) as
 * `npm run ingest -- --title-first` does: the maintainer's word that the paper sets two header
 * lines with no dash as title over subtitle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkConservation } from '../ingest/conservation.ts';
import { parsePage, type ParsedPage } from '../ingest/parse-page.ts';
import { metadataLines, splitSections, type PageSection } from '../ingest/page-sections.ts';
import { decodeSource } from '../ingest/read-source.ts';
import { visibleChars } from '../ingest/text.ts';
import type { ExpectedPage } from './expected.ts';
import { asSourceTypeShows, expectedItemsOf, MISS_KINDS, scorePage, type PageScore } from './score.ts';

const USAGE = '用法：npm run eval:ingest -- <语料文件夹…> [--details] [--json] [--bold-headings-on rmrb:要闻,理论] [--title-first xhmrdx]';

function readOptions() {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: {
			details: { type: 'boolean', default: false },
			json: { type: 'boolean', default: false },
			'bold-headings-on': { type: 'string' },
			'title-first': { type: 'string' },
		},
	});
	if (positionals.length === 0) throw new Error(USAGE);
	const boldOn = values['bold-headings-on'];
	const [paper, names] = boldOn?.split(/[:：]/u) ?? [];
	if (boldOn !== undefined && (!paper || !names))
		throw new Error(`--bold-headings-on 的格式是 报纸简称:版名,版名（如 rmrb:要闻,理论），收到的是“${boldOn}”。\n${USAGE}`);
	return {
		folders: positionals.map((p) => resolve(p)),
		details: values.details,
		json: values.json,
		boldHeadingsOn: boldOn === undefined ? undefined : { paper: paper!, pages: new Set(names!.split(/[,，]/u).filter(Boolean)) },
		titleFirst: new Set((values['title-first'] ?? '').split(/[,，]/u).filter(Boolean)),
	};
}

/** A paper whose source marks section headings by bold type on the named pages only. */
interface BoldHeadingPages {
	/** The paper's short name, which starts the corpus's file names (rmrb). */
	paper: string;
	pages: ReadonlySet<string>;
}

function pagesIn(folder: string): string[] {
	return readdirSync(folder)
		.filter((name) => name.endsWith('.txt'))
		.sort()
		.map((name) => join(folder, name));
}

function scoreFile(file: string, boldHeadingsOn?: BoldHeadingPages, titleFirst: ReadonlySet<string> = new Set()): PageScore {
	const expected = JSON.parse(readFileSync(file.replace(/\.txt$/, '.expected.json'), 'utf8')) as (ExpectedPage | { pages: ExpectedPage[] }) & {
		layout: string;
	};
	const name = basename(file, '.txt');
	const items = expectedItemsOf(expected);
	let source = '';
	const pages: { section: PageSection; parsed: ParsedPage }[] = [];
	try {
		source = decodeSource(readFileSync(file), name);
		// As the ingester reads a file: each printed page under its header (第03版：要闻) on its own.
		for (const section of splitSections(source)) {
			const parsed = parsePage(section.text, { firstLine: section.firstLine, titleFirst: titleFirst.has(name.split('-')[0]!) });
			const pageName = section.header?.pageName ?? ('pageName' in expected ? expected.pageName : undefined);
			const typeShows = boldHeadingsOn && name.startsWith(`${boldHeadingsOn.paper}-`);
			pages.push({ section, parsed: typeShows ? asSourceTypeShows(parsed, pageName, boldHeadingsOn.pages) : parsed });
		}
	} catch (error) {
		return scorePage(name, expected.layout, items, undefined, { source: [...source].length, kept: 0 }, (error as Error).message);
	}
	const chars = { source: 0, kept: 0 };
	let refused: string | undefined;
	for (const { section, parsed } of pages) {
		const report = checkConservation(section.text, parsed);
		// The header line (and its repeats over each article, and a scan's running head) is page metadata, kept in the page record.
		const header = metadataLines(section).reduce((count, h) => count + visibleChars(h.text).length, 0);
		chars.source += report.sourceChars + header;
		chars.kept += (report.mismatch ? 0 : report.keptChars) + header;
		if (report.mismatch) refused ??= `拆分后的文字与原文不一致（第 ${section.firstLine + report.mismatch.line - 1} 行）`;
	}
	const parsed: ParsedPage = {
		items: pages.flatMap((page) => page.parsed.items),
		columns: pages.flatMap((page) => page.parsed.columns),
		credits: pages.flatMap((page) => page.parsed.credits),
		uncertain: pages.flatMap((page) => page.parsed.uncertain),
	};
	refused ??= parsed.items.length === 0 ? '没有正文' : undefined;
	return scorePage(name, expected.layout, items, refused ? undefined : parsed, refused ? { source: chars.source, kept: 0 } : chars, refused);
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

function main(): void {
	let options;
	try {
		options = readOptions();
	} catch (error) {
		console.error((error as Error).message);
		process.exitCode = 2;
		return;
	}
	const scores = options.folders.flatMap(pagesIn).map((file) => scoreFile(file, options.boldHeadingsOn, options.titleFirst));
	if (options.json) console.log(JSON.stringify(scores, null, '\t'));
	else printReport(scores, options.details);
}

main();
