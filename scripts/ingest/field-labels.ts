/**
 * Pages some crawlers save with each field of an article labelled, as a script that writes an article's fields to a text
 * file prints them (f.write('标题：' + title)): 引题：…, 标题：…, 副标题：…, 作者：…, then 正文： and the paragraphs, with
 * the site's own fields among them (来源：人民日报, 日期：…, 链接：…). Read as plain text, a label would be text: 标题：… a
 * line that reads like a speaker's words, 作者：… a byline no parser knows. This module reads the labels off such a page
 * before it is parsed, as markdown-marks.ts reads Markdown's marks: each label is layout, taken out of the line the parser
 * reads and found at its place by the conservation check; a labelled title starts an item, with its labelled kicker right
 * above it and its labelled subtitle right under it, as Markdown's `#`, `###` and `##` do; a field the site adds and print
 * does not carry, or a label with nothing after it (正文：), is markup alone, blank for the parser.
 *
 * A page is read so only where a line is labelled 标题 and another line carries another label: printed text has no such
 * lines, and one line that opens with 标题： (an exam's question) makes no page labelled.
 */
import type { LayoutMark } from './layout-marks.ts';
import type { HeaderField, MarkdownLines } from './markdown-marks.ts';
import { isoDate } from './text.ts';

/** What a field's label says of its line. */
type Field = 'kicker' | 'title' | 'subtitle' | 'byline' | 'text' | 'site';

/** The labels crawlers write, by the field each names. */
const LABELS: Record<Field, readonly string[]> = {
	kicker: ['引题', '肩题', '眉题'],
	title: ['标题', '主标题', '题目'],
	subtitle: ['副标题', '副题'],
	byline: ['作者', '署名'],
	text: ['正文', '内容'],
	// Fields of the site's page, not of the printed one: its source, its date and address, its column and page, its summary.
	site: [
		'来源',
		'稿源',
		'日期',
		'出版日期',
		'刊发日期',
		'见报日期',
		'时间',
		'发布时间',
		'链接',
		'原文链接',
		'网址',
		'URL',
		'url',
		'版面',
		'版次',
		'版名',
		'栏目',
		'关键词',
		'关键字',
		'摘要',
		'责任编辑',
		'编辑',
	],
};

const FIELD_OF = new Map(Object.entries(LABELS).flatMap(([field, labels]) => labels.map((label) => [label, field as Field] as const)));
/** Labels longest first, so that 副标题 is not read as 标题 after a stray 副. */
const LABEL_ALTERNATIVES = [...FIELD_OF.keys()].sort((a, b) => b.length - a.length).join('|');
/** A label opening a line: after an indent, the label and a colon (标题：, 标题:), or the label in brackets (【标题】, [标题]). */
const LABEL = new RegExp(
	String.raw`^(?<indent>[ \t\u3000]*)(?<mark>(?:(?<label>${LABEL_ALTERNATIVES})[ \t\u3000]*[：:]|[【\[](?<bracketed>${LABEL_ALTERNATIVES})[】\]][：:]?)[ \t\u3000]*)`,
	'u',
);

/** The heading level that stands for a title and a kicker above it in a page's marks (markdown-marks.ts): `#` and `###`. */
const LEVEL: Partial<Record<Field, number>> = { title: 1, kicker: 3 };

/** The labels of the field that gives the article's address online. */
const LINK_LABELS: ReadonlySet<string> = new Set(['链接', '原文链接', '网址', 'URL', 'url']);
/** An address online, the whole value. */
const ADDRESS = /^https?:\/\/\S+$/u;

/**
 * The labels of the field that dates the article as the paper printed it. (Not 时间 or 发布时间: a site may post an article
 * the evening before the paper that prints it.)
 */
const DATE_LABELS: ReadonlySet<string> = new Set(['日期', '出版日期', '刊发日期', '见报日期']);
/** A date, the whole value but a weekday or a time after it: 2026-04-26, 2026/4/26, 2026.04.26, 2026年4月26日 星期日, 2026-04-26 05:00. */
const DATE_VALUE = /^\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)(?:[\s\u3000]+(?:(?:星期|周)[一二三四五六日天]|\d{1,2}:\d{2}(?::\d{2})?))*$/u;

/** The day a date value names, as YYYY-MM-DD, if it is a day of the calendar. */
function dateOf(value: string): string | undefined {
	return DATE_VALUE.test(value) ? isoDate(value) : undefined;
}

/** The labels of the field that names the printed page. */
const PAGE_LABELS: ReadonlySet<string> = new Set(['版面', '版次', '版名']);
/**
 * A value that names a page as its header would (page-sections.ts): 第, a number and 版 (第01版：要闻, 人民日报 2026年04月28日
 * 第05版), or two digits, 版 and a colon (01版：要闻). Any other (01版, 1) is markup with its label.
 */
const PAGE_HEADER_LIKE = /第[\s\u3000]*[0-9０-９]{1,3}[\s\u3000]*版|[0-9０-９]{2}版[\s\u3000]*[：:]/u;

/** The field a line is labelled with, its label, the label's mark (label, colon and spaces) and what follows, if it opens with one. */
function labelOf(printed: string): { field: Field; label: string; indent: number; mark: string; value: string } | undefined {
	const match = LABEL.exec(printed);
	if (!match?.groups) return undefined;
	const label = match.groups.label ?? match.groups.bracketed!;
	return { field: FIELD_OF.get(label)!, label, indent: match.groups.indent!.length, mark: match.groups.mark!, value: printed.slice(match[0].length).trim() };
}

/** Whether a page text labels its fields: a line labelled 标题 over a value, and another line with another label. */
export function isLabelled(source: string): boolean {
	if (!source.includes('题')) return false;
	const labelled = source.split(/\r\n|\r|\n/u).flatMap((line) => labelOf(line) ?? []);
	const titled = labelled.some((line) => line.field === 'title' && line.value !== '');
	return titled && labelled.some((line) => line.field !== 'title');
}

/** What a line of a labelled page holds: its label's marks, the level that stands for its field, and whether it is markup alone. */
export interface LabelledLine {
	marks: LayoutMark[];
	level?: number;
	markup: boolean;
	/** The header field the line is, under its article's title (副标题：, 作者：, an 引题： written after the title). */
	field?: HeaderField;
	/** The article's address online, where the line gives it (链接：http://…): markup, and the article's link. */
	link?: string;
	/** The date the line gives the article as the paper's (日期：2026-04-26), as YYYY-MM-DD: markup, and the page's date. */
	date?: string;
}

/**
 * A reader of a labelled page's lines, in order (1-based `line`). An article's fields are read from its first label (引题, 标题,
 * 版面) down to its text: the 正文 label, or the first line with none. In the text only a label that opens the next article is
 * read; any other is the text's own (【关键词】“鱼档少年”, 作者：… in a letter), printed, and left as it is. Its fields come
 * in whatever order the crawler wrote them: an 引题 above its 标题 starts the article, as Markdown's `###` does; one under it,
 * and its 副标题 and 作者 wherever they stand, are its header's fields.
 */
export function labelledLineReader(): (printed: string, line: number) => LabelledLine {
	let inText = false;
	let titled = false;
	return (printed, line) => {
		const label = labelOf(printed);
		if (!label) {
			if (printed.trim() !== '') inText = true;
			return { marks: [], markup: false };
		}
		const opens = label.field === 'title' || PAGE_LABELS.has(label.label) || (label.field === 'kicker' && (inText || !titled));
		if (inText && !opens) return { marks: [], markup: false };
		if (opens) titled = false;
		inText = label.field === 'text';
		const read = readLabel(label, printed, line, titled);
		if (label.field === 'title' && label.value !== '') titled = true;
		return read;
	};
}

/** The marks of a line that opens with `label`. */
function readLabel(label: NonNullable<ReturnType<typeof labelOf>>, printed: string, line: number, underTitle: boolean): LabelledLine {
	const labelMark = { line, at: label.indent, text: label.mark };
	const wholeLine = { line, at: label.indent, text: printed.slice(label.indent).trimEnd() };
	// A page field that names the page as its header does (版面：第01版：要闻) is that header: its label alone is markup, and
	// the header cuts a day's file into its pages (page-sections.ts).
	if (PAGE_LABELS.has(label.label) && PAGE_HEADER_LIKE.test(label.value)) return { marks: [labelMark], markup: false };
	// A field of the site's, or a label over nothing (正文：, 副标题：), is markup, all of it; an address there is the article's
	// link, a date the paper's.
	const link = LINK_LABELS.has(label.label) ? ADDRESS.exec(label.value)?.[0] : undefined;
	const date = DATE_LABELS.has(label.label) ? dateOf(label.value) : undefined;
	if (label.field === 'site' || label.value === '')
		return { marks: [wholeLine], markup: true, ...(link !== undefined ? { link } : {}), ...(date !== undefined ? { date } : {}) };
	// A title starts its article, and so does a kicker above it; every other field is its header's, wherever it stands.
	if (label.field === 'title' || (label.field === 'kicker' && !underTitle)) return { marks: [labelMark], level: LEVEL[label.field], markup: false };
	const field = label.field === 'kicker' || label.field === 'subtitle' || label.field === 'byline' ? label.field : undefined;
	return { marks: [labelMark], markup: false, ...(field ? { field } : {}) };
}

/** A new record of a labelled page's lines, to fill as markdown-marks.ts fills a Markdown page's. */
export function labelledLines(): MarkdownLines {
	return { levels: new Map(), bold: new Set(), markupLines: new Set(), fields: new Map(), links: new Map(), dates: new Map() };
}
