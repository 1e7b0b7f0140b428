/**
 * npm run eval:articles -- --from <caspiankexin/people-daily-crawler-date git directory> [--out eval-corpus]
 *
 * Real pages of another era, saved as the most copied 人民日报 crawler saves them: one file per article,
 * named `<YYYYMMDD>-<page>-<article>.txt`, holding the article's kicker, title and subtitle on its first
 * three lines (a line left empty where the article has none) and then its paragraphs, each on a line
 * (scripts/ingest/article-files.ts reads them). The repository caspiankexin/people-daily-crawler-date kept
 * months of 2019 and 2020 in its history as 7z archives of such files; five of them are still stored, by
 * their blob, and `7z` (Debian's p7zip-full) unpacks them. None of those days is in the evaluation's
 * reserve (ifyuls/rmrb-rss begins in 2026).
 *
 * Each month goes to two folders: `articles-<set>/`, the article files as crawled with each page's
 * expected items beside them (`<YYYYMMDD>-<page>.expected.json`), and `pages-<set>/`, each page's articles
 * in the corpus's plain, indent and columns layouts (scripts/eval/page-layouts.ts), as other crawlers give
 * a page. October 2019 is for development, and February 2019 since the forty-ninth pass, which read its misses
 * first (scripts/eval/PASSES.md); the other three months are held back (`held-out-…`), scored before any of their
 * misses is read.
 *
 * What the files do not hold, the expectations cannot either: the crawler left out each article's byline
 * (its page prints it outside the text it saves), so bylines are not scored, and it kept a sub-head's text
 * but not its bold type, so sub-heads are paragraphs (score with "exact, headings as paragraphs"). A file
 * with no title (a failed download) is left out of both folders.
 *
 * The fetched text is the paper's, not ours: it goes to a gitignored folder, never into the repository.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { articleFileName, articlePageStem } from '../ingest/article-files.ts';
import { decodeSource } from '../ingest/read-source.ts';
import { runCommand, UsageError } from '../shared/command.ts';
import type { ExpectedItem, ExpectedPage } from './expected.ts';
import { renderPage } from './page-layouts.ts';
import { printed } from './rss-html.ts';

/** The archives still stored in the repository's history, by blob (a blob's name is its content's digest), and the set each goes to. */
const ARCHIVES: readonly { blob: string; month: string; set: string }[] = [
	{ blob: '3a9e6c1a5a6db27502d8b1a899a8e8fecb569061', month: '2019-10', set: 'dev' },
	// (Held back until the forty-eighth pass, its totals scored blind; tuned on from the forty-ninth.)
	{ blob: '7a324a9c1ac0ca29689474d10059e44fe0313850', month: '2019-02', set: 'dev' },
	{ blob: '7fa4b944f3bf7ec1d10299970502165bcdcc08ed', month: '2020-01', set: 'held-out' },
	{ blob: '0402890871c167ce2b7f76ba9dc9b0fea1bdd67e', month: '2020-02', set: 'held-out' },
	{ blob: '0aebe651a63f5151797ac3219a732d8d2a71c688', month: '2020-05', set: 'held-out' },
];

/** The layouts a page of such articles is also scored in. */
const PAGE_FORMS = ['plain', 'indent', 'columns'] as const;

const USAGE = '用法：npm run eval:articles -- --from <caspiankexin/people-daily-crawler-date 的 git 目录> [--out eval-corpus]';

/** One article file as the crawler wrote it: header by position, then one paragraph a line. */
function expectedItemOf(text: string): ExpectedItem | undefined {
	const lines = text.split(/\r\n|\r|\n/u).map(printed);
	const [kicker, title, subtitle] = lines;
	if (!title) return undefined;
	// (No byline: the crawler does not save it. `authors` stays absent, so names are not scored.)
	return {
		...(kicker ? { kicker } : {}),
		title,
		...(subtitle ? { subtitle } : {}),
		blocks: lines
			.slice(3)
			.filter((line) => line !== '')
			.map((line) => ({ kind: 'paragraph' as const, text: line })),
	};
}

/** Unpacks one archive into `into` with 7z; the archive is read from the git directory by its blob. */
function unpack(gitDir: string, blob: string, into: string): void {
	const archive = join(into, `${blob}.7z`);
	let bytes: Buffer;
	try {
		bytes = execFileSync('git', ['--git-dir', gitDir, 'cat-file', 'blob', blob], { maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
	} catch {
		throw new UsageError(`${gitDir} 里没有压缩包 ${blob}：--from 须是 caspiankexin/people-daily-crawler-date 的 git 目录（含其历史）。`);
	}
	writeFileSync(archive, bytes);
	try {
		execFileSync('7z', ['x', '-y', `-o${into}`, archive], { stdio: 'ignore' });
	} catch {
		throw new UsageError('无法用 7z 解压：请先安装 7z（Debian：apt-get install p7zip-full）。');
	}
	rmSync(archive);
}

/** Every article file under `folder`, by name. */
function articleFilesUnder(folder: string): Map<string, string> {
	const files = new Map<string, string>();
	for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
		if (entry.isFile() && articleFileName(entry.name)) files.set(entry.name, join(entry.parentPath, entry.name));
	}
	return files;
}

function writeSet(files: Map<string, string>, out: string, set: string): { pages: number; items: number; untitled: number } {
	const articlesDir = join(out, `articles-${set}`);
	const pagesDir = join(out, `pages-${set}`);
	mkdirSync(articlesDir, { recursive: true });
	mkdirSync(pagesDir, { recursive: true });
	const pages = new Map<string, { date: string; page: number; items: ExpectedItem[] }>();
	let untitled = 0;
	for (const name of [...files.keys()].sort()) {
		const parsed = articleFileName(name)!;
		const item = expectedItemOf(decodeSource(readFileSync(files.get(name)!), name));
		if (!item) {
			untitled++;
			continue;
		}
		copyFileSync(files.get(name)!, join(articlesDir, name));
		// (By the name eval:ingest finds the page's expected items under.)
		const key = articlePageStem(name);
		const page = pages.get(key) ?? { date: parsed.date, page: parsed.page, items: [] };
		page.items.push(item);
		pages.set(key, page);
	}
	let items = 0;
	for (const [key, { date, page, items: ofPage }] of pages) {
		items += ofPage.length;
		const expected: ExpectedPage = { source: `rmrb-${date}-${String(page).padStart(2, '0')}`, date, page, pageName: '', items: ofPage, credits: [] };
		writeFileSync(join(articlesDir, `${key}.expected.json`), `${JSON.stringify({ ...expected, layout: 'articles' }, null, '\t')}\n`);
		for (const layout of PAGE_FORMS) {
			const stem = join(pagesDir, `${expected.source}.${layout}`);
			writeFileSync(`${stem}.txt`, renderPage(expected, layout));
			writeFileSync(`${stem}.expected.json`, `${JSON.stringify({ ...expected, layout }, null, '\t')}\n`);
		}
	}
	return { pages: pages.size, items, untitled };
}

function main(args: string[]): number {
	const { values } = parseArgs({ args, options: { from: { type: 'string' }, out: { type: 'string', default: 'eval-corpus' }, help: { type: 'boolean' } } });
	if (values.help) {
		console.log(USAGE);
		return 0;
	}
	if (!values.from) throw new UsageError(USAGE);
	const gitDir = resolve(values.from);
	const out = resolve(values.out);
	const work = mkdtempSync(join(tmpdir(), 'article-archive-'));
	try {
		for (const set of new Set(ARCHIVES.map((a) => a.set))) {
			const folder = join(work, set);
			mkdirSync(folder);
			for (const archive of ARCHIVES.filter((a) => a.set === set)) unpack(gitDir, archive.blob, folder);
			const written = writeSet(articleFilesUnder(folder), out, set);
			console.log(`${set}：${written.pages} 个版面，${written.items} 篇稿件（略去无标题的文件 ${written.untitled} 个）`);
		}
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
	return 0;
}

runCommand(main, USAGE);
