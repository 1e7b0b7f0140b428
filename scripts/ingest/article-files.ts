/**
 * Articles saved one per file. The most copied crawler of 人民日报's web edition (caspiankexin/people-daily-crawler-date
 * and the many scripts copied from it) saves each article as `<YYYYMMDD>-<page>-<article>.txt`, a day's files in a
 * folder of its own: the file's first three lines are the article's kicker, title and subtitle as the page sets them
 * (h3, h1, h2; a line left empty where the article has none), and each paragraph follows on a line of its own, indented
 * (`　　…`). The byline, which the page prints outside the text, is not saved.
 *
 * The ingester reads a page's files as one page text, the articles in their numbers' order: the name gives the date and
 * the page (below flags, sidecar and a page header, above inference), each file is one item and no other line starts
 * one, and where the file keeps the crawler's three header lines, they say which line is the kicker, the title and the
 * subtitle, so that nothing is guessed there (`栗战书主持召开第四十一次委员长会议` over `决定人大常委会第十四次会议…`, and
 * `前三季度外贸运行稳中提质` over `民企成为带动增长的主要力量`, are titles over their subtitles as the page set them, where the
 * parser alone would read a kicker over a title).
 */
import { basename, dirname } from 'node:path';
import { z } from 'astro/zod';
import type { ParsedItem, ParsedPage } from './parse-page.ts';
import { readPrintedPage } from '../../src/archive/page-numbers.ts';

/** What an article file's name says. */
export interface ArticleFileName {
	/** YYYY-MM-DD. */
	date: string;
	page: number;
	/** The article's number on its page: print order. */
	article: number;
}

/**
 * `20191015-01-04.txt`: the date, the page and the article's number on it; a city daily's lettered page as printed
 * (`20240712-A03-01.txt`), the page then the sortable number page-numbers.ts gives it.
 */
const ARTICLE_FILE = /^(?<year>(?:19|20)\d{2})(?<month>\d{2})(?<day>\d{2})-(?<page>[A-Za-z]?\d{1,3})-(?<article>\d{1,3})\.txt$/u;

/** What an article file's name says, or undefined where the name is not one (a date that is no day is not). */
export function articleFileName(name: string): ArticleFileName | undefined {
	const groups = ARTICLE_FILE.exec(name)?.groups;
	if (!groups) return undefined;
	const date = `${groups.year}-${groups.month}-${groups.day}`;
	const page = readPrintedPage(groups.page!);
	if (!z.iso.date().safeParse(date).success || page === undefined) return undefined;
	return { date, page, article: Number(groups.article) };
}

/** The name a page of article files goes by, its files' names without the article's number: 20191015-01-04.txt → 20191015-01. */
export function articlePageStem(name: string): string {
	return name.replace(/-\d+\.txt$/u, '');
}

/**
 * The page texts of a run: each file alone, except that the article files of one page in one folder are one page
 * text, in their numbers' order. Groups keep the order of their first file in `files`.
 */
export function groupArticleFiles(files: readonly string[]): string[][] {
	const groups: { article: number; file: string }[][] = [];
	const pages = new Map<string, { article: number; file: string }[]>();
	for (const file of files) {
		const name = articleFileName(basename(file));
		if (!name) {
			groups.push([{ article: 0, file }]);
			continue;
		}
		const key = `${dirname(file)}\n${name.date}\n${name.page}`;
		const page = pages.get(key) ?? [];
		if (page.length === 0) {
			pages.set(key, page);
			groups.push(page);
		}
		page.push({ article: name.article, file });
	}
	return groups.map((group) => group.sort((a, b) => a.article - b.article).map((entry) => entry.file));
}

/** One article file's place in the page text its page's files make. */
export interface ArticlePlace {
	file: string;
	/** The line of the page text the file's first line is. */
	firstLine: number;
	/** How many lines the file has. */
	lines: number;
}

/** A page's article files as one page text, and what their names and header lines say of its split. */
export interface ArticlePage {
	text: string;
	files: ArticlePlace[];
	/** Each article's first line (its kicker, or its title where it has none): every item starts at one, and no other line starts one. */
	starts: Set<number>;
	/** The title lines the crawler's header gives. */
	titles: Set<number>;
	/** The subtitle lines the crawler's header gives. */
	subtitles: Set<number>;
	/**
	 * The header's empty lines, where an article has no kicker or no subtitle: layout that parts nothing, so that a page
	 * of many articles is not taken for one whose blank lines part its paragraphs (parse-page.ts, partNothing).
	 */
	partNothing: Set<number>;
	/** Each article's title line, by its first line, where the crawler's header gives it (the subtitle's line is the one under it). */
	headers: Map<number, number>;
}

/** A line that opens with an indent: a paragraph, as the crawler saves one. */
const INDENTED = /^(?:\u3000|[ \t\u00a0]{2})/u;

/**
 * Whether a file keeps the crawler's header: a title on its second line, and none of the first three lines indented as
 * the crawler saves a paragraph (`　　…`). (A file of a title over its indented text is read by the parser alone.)
 */
function keepsCrawlerHeader(lines: readonly string[]): boolean {
	return lines.length >= 2 && lines[1]!.trim() !== '' && !lines.slice(0, 3).some((line) => INDENTED.test(line));
}

/** The lines of a text, without the empty one after its last line break. */
function linesOf(text: string): string[] {
	const lines = text.split(/\r\n|\r|\n/u);
	if (lines.length > 1 && lines.at(-1) === '') lines.pop();
	return lines;
}

/** A page's article files (path and decoded text, in print order) as one page text. */
export function joinArticles(articles: readonly { file: string; text: string }[]): ArticlePage {
	const all: string[] = [];
	const page: ArticlePage = { text: '', files: [], starts: new Set(), titles: new Set(), subtitles: new Set(), partNothing: new Set(), headers: new Map() };
	for (const { file, text } of articles) {
		const lines = linesOf(text);
		const firstLine = all.length + 1;
		page.files.push({ file, firstLine, lines: lines.length });
		all.push(...lines);
		const blank = (index: number) => (lines[index] ?? '').replace(/[\s\u3000]/gu, '') === '';
		if (keepsCrawlerHeader(lines)) {
			page.starts.add(firstLine + (blank(0) ? 1 : 0));
			page.headers.set(firstLine + (blank(0) ? 1 : 0), firstLine + 1);
			page.titles.add(firstLine + 1);
			if (!blank(2)) page.subtitles.add(firstLine + 2);
			for (const index of [0, 2]) if (index < lines.length && blank(index)) page.partNothing.add(firstLine + index);
			continue;
		}
		const first = lines.findIndex((_, index) => !blank(index));
		if (first >= 0) page.starts.add(firstLine + first);
	}
	page.text = all.length > 0 ? `${all.join('\n')}\n` : '';
	return page;
}

/** Where a line of the page text is: its article file and the line in it. */
export function locateLine(page: Pick<ArticlePage, 'files'>, line: number): { file: string; line: number } {
	const place = page.files.findLast((candidate) => candidate.firstLine <= line) ?? page.files[0]!;
	return { file: place.file, line: Math.min(line - place.firstLine + 1, Math.max(place.lines, 1)) };
}

/** The page text's parse options with what the article files say added (parse-page.ts, ParseOptions). */
export function withArticleSplit<
	Options extends {
		partNothing: ReadonlySet<number>;
		itemStarts: ReadonlySet<number>;
		titleLines: ReadonlySet<number>;
		onlyItemStarts: boolean;
		marked?: { headings: ReadonlyMap<number, 2 | 3>; subtitles: ReadonlySet<number> };
	},
>(
	options: Options,
	page: Pick<ArticlePage, 'starts' | 'titles' | 'subtitles' | 'partNothing'> | undefined,
): Options & { wholeLines?: boolean; fixedStarts?: ReadonlySet<number> } {
	if (!page) return options;
	return {
		...options,
		partNothing: new Set([...options.partNothing, ...page.partNothing]),
		itemStarts: new Set([...options.itemStarts, ...page.starts]),
		titleLines: new Set([...options.titleLines, ...page.titles]),
		onlyItemStarts: true,
		// (Each file is one article: no header above takes a file's first line, however it reads.)
		fixedStarts: page.starts,
		// (The crawler saves each paragraph of the page on a line of its own.)
		wholeLines: true,
		marked: { headings: options.marked?.headings ?? new Map(), subtitles: new Set([...(options.marked?.subtitles ?? []), ...page.subtitles]) },
	};
}

/**
 * The parsed page with each article's header as its file gives it: where the header says the article has no subtitle, a
 * subtitle the parser read from the text under it (内容提要, 编者的话, a photo's caption: the first of the text's lines)
 * goes back to the text as its first paragraph.
 */
export function withArticleHeaders(parsed: ParsedPage, page: Pick<ArticlePage, 'headers' | 'subtitles' | 'text'> | undefined): ParsedPage {
	if (!page) return parsed;
	const lines = page.text.split('\n');
	const visible = (text: string) => text.replace(/[\s\u3000]/gu, '');
	const items = parsed.items.map((item): ParsedItem => {
		const title = page.headers.get(item.lines[0]);
		// (Not over a byline line the text keeps, 石榴熟了 生活甜了 / 本报记者  王明峰: the text under it is read as a
		// subtitle and its byline, as print sets them.)
		if (title === undefined || item.subtitle === undefined || item.byline !== undefined || page.subtitles.has(title + 1)) return item;
		// The first line of text under the header's empty subtitle line: the line the parser read as one.
		let line = title + 2;
		while (line <= item.lines[1] && visible(lines[line - 1] ?? '') === '') line++;
		if (line > item.lines[1] || visible(lines[line - 1]!) !== visible(item.subtitle)) return item;
		const { subtitle, ...rest } = item;
		return { ...rest, body: [{ type: 'paragraph', text: subtitle, lines: [line, line] }, ...item.body] };
	});
	return { ...parsed, items };
}
