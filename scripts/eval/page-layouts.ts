/**
 * A printed page (版) as maintainers receive it as text, in the layouts crawlers and OCR give:
 * - `plain`: one line per printed block, nothing else;
 * - `indent`: paragraphs begin with a full-width indent (　　), as paper.people.com.cn sets them;
 * - `columns`: indented, and long paragraphs cut where the printed column ended, mid-sentence;
 * - `narrow`: the same, cut as often as after a single column line, so that a paragraph's first
 *   part may be as short as a heading (深入贯彻落实习近平总书记重);
 * - `anywhere`: indented and cut at column ends wherever they fell, right after a full stop too,
 *   so that a piece between two breaks may read like a title (当前，以中国式现代化全面推进强国建设);
 * - `fixed`: indented, every paragraph cut every so many characters (17, 24 or 33, by page), marks and spaces and all,
 *   with no regard for clreq's rules, as a naive renderer or a text tool cuts it: a line may open with ” or 。;
 * - `flat`: cut as `columns` is, with no indents: as a page's text comes from OCR or a PDF, where only
 *   a line's length and its last character tell where a paragraph ends (never cut after a full
 *   stop, which nothing would then tell from a paragraph's end);
 * - `wrapped`: indented, every paragraph wrapped at each printed line (13 characters, 11 on its
 *   first after the indent; punctuation that may not start a line hangs at the end of the one
 *   above), as OCR or a PDF of a printed column gives it;
 * - `ocr`: wrapped so with every indent lost, as OCR of a printed column often gives it: only a line's length says
 *   where a paragraph starts (two characters short of the width) and ends (shorter than the width);
 * - `ocr-parted`: the same with a blank line between blocks, as Tesseract gives a column (its lines as printed, a blank
 *   line between paragraphs);
 * - `blank`: a blank line between blocks and a page header (第01版：要闻) on top, as e-paper
 *   text exports give it;
 * - `parted`: the same blank lines and header over `flat` text: only the blank lines say where a
 *   paragraph cut at column breaks ends;
 * - `spaceless`: indented, every space next to a Chinese character lost (本报记者刘成友刘佳华), as
 *   OCR gives Chinese text;
 * - `spaced`: as Tesseract's Chinese models give a page: one line per block, indents lost, every gap one space, and a
 *   space between every two characters where one is not ASCII (本 报 记 者 刘 成 友 刘 佳 华; 2026 年, AI 导 览);
 * - `markdown`: as a crawler saves a page in Markdown (leeperfect/PeopleDailyMaterial's does): the kicker under `###`,
 *   the title under `#`, the subtitle under `##`, the byline quoted (`> `), a section heading in bold (`**…**`), a blank
 *   line between blocks.
 * - `labelled`: as a crawler's script writes each article's fields to a text file: 引题：, 标题：, 副标题：, 作者：, the site's
 *   来源： under them, then 正文： over the indented paragraphs, a blank line between articles; on some pages every label in
 *   brackets instead (【标题】), and on some the title first (标题, 副标题, 引题, 作者).
 * - `halfwidth`: the `indent` page after a text pipeline made its full-width forms half-width (Unicode NFKC, as 全角转半角
 *   does): 溯源:在…, 首位?, 摄(影像中国), …… as six dots, and the indents two spaces; its expected items the same (`expectedIn`).
 * A whole day in one file (`day`) is the `indent` pages one after another, each under its header;
 * the same day dumped article by article (`articles`) puts its page's header over each article.
 */
import { withStringsMapped } from '../ingest/objects.ts';
import type { ExpectedPage } from './expected.ts';

export const PAGE_LAYOUTS = [
	'plain',
	'indent',
	'columns',
	'narrow',
	'anywhere',
	'fixed',
	'flat',
	'wrapped',
	'ocr',
	'ocr-parted',
	'blank',
	'parted',
	'spaceless',
	'spaced',
	'markdown',
	'labelled',
	'halfwidth',
] as const;
export type PageLayout = (typeof PAGE_LAYOUTS)[number];

const INDENT = '\u3000\u3000';
/** The layouts whose paragraphs are cut at column breaks. */
const CUT_LAYOUTS: ReadonlySet<PageLayout> = new Set(['columns', 'narrow', 'anywhere', 'flat', 'parted']);
/** Characters in a printed column line of 人民日报 body text, about. */
const COLUMN_WIDTH = 13;
const SENTENCE_END = /[。！？；：”’）…]$/u;
/** Punctuation that print never sets at the start of a line (clreq's line-start prohibition). */
const NO_LINE_START = /^[，。、；：！？）》”’…—·]$/u;

/** A small deterministic generator, so that a corpus is the same every time it is made. */
function random(seed: string): () => number {
	let state = [...seed].reduce((hash, char) => Math.imul(hash ^ char.codePointAt(0)!, 16777619) >>> 0, 2166136261);
	return () => {
		state = (Math.imul(state ^ (state >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
		return state / 2 ** 32;
	};
}

/**
 * A paragraph cut at column breaks: after some whole column lines, never at the start of a line
 * that print keeps from starting one; `afterFullStops`: also right after a sentence end, which
 * only the indent of the next paragraph (absent) tells from a paragraph's end.
 */
function cutAtColumns(text: string, next: () => number, fewestLines: number, afterFullStops: boolean): string[] {
	const chars = [...text];
	const parts: string[] = [];
	let start = 0;
	while (chars.length - start > COLUMN_WIDTH * (fewestLines + 2)) {
		let cut = start + COLUMN_WIDTH * (fewestLines + Math.floor(next() * 8));
		if (cut >= chars.length - COLUMN_WIDTH) break;
		while (cut < chars.length - 1 && ((!afterFullStops && SENTENCE_END.test(chars[cut - 1]!)) || NO_LINE_START.test(chars[cut]!))) cut++;
		parts.push(chars.slice(start, cut).join(''));
		start = cut;
	}
	parts.push(chars.slice(start).join(''));
	return parts;
}

/** The widths, in characters, the `fixed` layout cuts a page's paragraphs at, one per page. */
const FIXED_WIDTHS = [17, 24, 33];

/** A paragraph cut every `width` characters, whatever falls there. */
function cutEvery(text: string, width: number): string[] {
	const chars = [...text];
	const parts: string[] = [];
	for (let start = 0; start < chars.length; start += width) parts.push(chars.slice(start, start + width).join(''));
	return parts;
}

export function pageHeader(page: ExpectedPage): string {
	return `第${String(page.page).padStart(2, '0')}版：${page.pageName}`;
}

/** A paragraph wrapped at every printed column line, as OCR gives it: its first line gives two characters to the indent. */
function wrapAtColumns(text: string): string[] {
	const chars = [...text];
	const lines: string[] = [];
	let start = 0;
	while (start < chars.length) {
		let end = Math.min(chars.length, start + COLUMN_WIDTH - (lines.length === 0 ? 2 : 0));
		// Print starts no line with a mark it forbids there, nor with the space after a dateline.
		while (end < chars.length && (NO_LINE_START.test(chars[end]!) || /\s/u.test(chars[end]!))) end++;
		lines.push(chars.slice(start, end).join(''));
		start = end;
	}
	return lines;
}

/** Spaces next to a character that is not ASCII: OCR of Chinese text loses them (Latin words keep theirs). */
const SPACES_BY_CHINESE = /(?<=[^\x00-\x7f])[ \u3000\u00a0]+|[ \u3000\u00a0]+(?=[^\x00-\x7f])/gu;

/** A line with the spaces inside it lost, its indent kept. */
function withoutSpaces(line: string): string {
	const indent = /^\u3000*/u.exec(line)![0];
	return indent + line.slice(indent.length).replace(SPACES_BY_CHINESE, '');
}

/** A character OCR sets no space beside when the character on its other side is one too: ASCII, or a space. */
const ASCII_OR_SPACE = /[\x00-\x7f]/u;

/** A line as Tesseract's Chinese models give it: every gap one space, and a space between two characters where one is not ASCII. */
function spacedByOcr(line: string): string {
	const chars = [...line.replace(/[ \u3000\u00a0\t]+/gu, ' ')];
	return chars
		.map((char, i) => (i > 0 && char !== ' ' && chars[i - 1] !== ' ' && !(ASCII_OR_SPACE.test(char) && ASCII_OR_SPACE.test(chars[i - 1]!)) ? ` ${char}` : char))
		.join('');
}

/** The layouts that part every block from the next with a blank line. */
const BLANK_PARTED: ReadonlySet<PageLayout> = new Set(['blank', 'parted', 'ocr-parted']);
/** The layouts that print the page's header on top. */
const WITH_HEADER: ReadonlySet<PageLayout> = new Set(['blank', 'parted']);
/** The layouts that wrap paragraphs at every printed column line. */
const WRAPPED: ReadonlySet<PageLayout> = new Set(['wrapped', 'ocr', 'ocr-parted']);

/** The text of one page in `layout`. */
export function renderPage(page: ExpectedPage, layout: PageLayout): string {
	if (layout === 'halfwidth') return renderPage(page, 'indent').normalize('NFKC');
	if (layout === 'markdown') return renderMarkdown(page);
	if (layout === 'labelled') return renderLabelled(page);
	const next = random(`${page.source}:${layout}`);
	const indent =
		layout === 'plain' || layout === 'flat' || layout === 'parted' || layout === 'ocr' || layout === 'ocr-parted' || layout === 'spaced' ? '' : INDENT;
	// Each block's lines: one, or the pieces a column break cut it into.
	const blocks: string[][] = WITH_HEADER.has(layout) ? [[pageHeader(page)]] : [];
	// (Drawn for this layout alone: the others' cuts stay those of every corpus made before it.)
	const fixedWidth = layout === 'fixed' ? FIXED_WIDTHS[Math.floor(next() * FIXED_WIDTHS.length)]! : 0;
	for (const item of page.items) {
		if (item.kicker) blocks.push([item.kicker]);
		blocks.push([item.title]);
		if (item.subtitle) blocks.push([item.subtitle]);
		if (item.byline) blocks.push([item.byline]);
		for (const block of item.blocks) {
			if (WRAPPED.has(layout) && block.kind === 'paragraph') blocks.push(wrapAtColumns(block.text).map((line, i) => (i === 0 ? indent + line : line)));
			else if (layout === 'fixed' && block.kind === 'paragraph')
				blocks.push(cutEvery(block.text, fixedWidth).map((part, i) => (i === 0 ? indent + part : part)));
			else if (block.kind === 'heading' || !CUT_LAYOUTS.has(layout)) blocks.push([indent + block.text]);
			else blocks.push(cutAtColumns(block.text, next, layout === 'narrow' ? 1 : 2, layout === 'anywhere').map((part, i) => (i === 0 ? indent + part : part)));
		}
	}
	blocks.push(...page.credits.map((credit) => [credit]));
	if (layout === 'spaceless') for (const lines of blocks) lines.forEach((line, i) => (lines[i] = withoutSpaces(line)));
	if (layout === 'spaced') for (const lines of blocks) lines.forEach((line, i) => (lines[i] = spacedByOcr(line)));
	return `${blocks.map((lines) => lines.join('\n')).join(BLANK_PARTED.has(layout) ? '\n\n' : '\n')}\n`;
}

/** What a careful editor makes of the page in `layout`: its items as printed, in the characters that layout prints them with. */
export function expectedIn(page: ExpectedPage, layout: PageLayout): ExpectedPage {
	return layout === 'halfwidth' ? withStringsMapped(page, (text) => text.normalize('NFKC')) : page;
}

/** The text of one page as a crawler saves it in Markdown (the `markdown` layout). */
function renderMarkdown(page: ExpectedPage): string {
	const blocks: string[] = [];
	for (const item of page.items) {
		if (item.kicker) blocks.push(`### ${item.kicker}`);
		blocks.push(`# ${item.title}`);
		if (item.subtitle) blocks.push(`## ${item.subtitle}`);
		if (item.byline) blocks.push(`> ${item.byline}`);
		for (const block of item.blocks) blocks.push(block.kind === 'heading' ? `**${block.text}**` : block.text);
	}
	blocks.push(...page.credits);
	return `${blocks.join('\n\n')}\n`;
}

/** The text of one page as a crawler's script writes each article's fields (the `labelled` layout). */
function renderLabelled(page: ExpectedPage): string {
	// (Drawn for this layout alone, as `fixed` draws its width.)
	const next = random(`${page.source}:labelled`);
	const bracketed = next() < 0.5;
	// (Some scripts write the title first, then the other fields: 标题, 副标题, 引题, 作者.)
	const titleFirst = next() < 0.5;
	const label = (name: string, value: string) => (bracketed ? `【${name}】${value}` : `${name}：${value}`);
	const articles = page.items.map((item) => {
		const kicker = item.kicker ? [label('引题', item.kicker)] : [];
		const subtitle = item.subtitle ? [label('副标题', item.subtitle)] : [];
		const lines = titleFirst ? [label('标题', item.title), ...subtitle, ...kicker] : [...kicker, label('标题', item.title), ...subtitle];
		if (item.byline) lines.push(label('作者', item.byline));
		lines.push(label('来源', '人民日报'), label('正文', ''));
		for (const block of item.blocks) lines.push(block.kind === 'heading' ? block.text : INDENT + block.text);
		return lines.join('\n');
	});
	return `${[...articles, ...page.credits].join('\n\n')}\n`;
}

/** A whole day in one file, page after page, each under its header. */
export function renderDay(pages: ExpectedPage[]): string {
	return pages.map((page) => `${pageHeader(page)}\n${renderPage(page, 'indent')}`).join('\n');
}

/**
 * A whole day dumped article by article, as a crawler of paper.people.com.cn writes it: each
 * article (indented) under its page's header as the site titles pages ([01版：要闻]), the page's
 * credits under its last article.
 */
export function renderArticles(pages: ExpectedPage[]): string {
	const header = (page: ExpectedPage) => `[${String(page.page).padStart(2, '0')}版：${page.pageName}]`;
	return pages
		.flatMap((page) =>
			page.items.map((item, i) => {
				const last = i === page.items.length - 1;
				return `${header(page)}\n${renderPage({ ...page, items: [item], credits: last ? page.credits : [] }, 'indent')}`;
			}),
		)
		.join('');
}
