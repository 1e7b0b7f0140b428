/**
 * Reads the plain text of one printed newspaper page and splits it into news items: the entry to
 * the parser, and the shape of what it returns.
 *
 * Every non-blank line is one printed block. Each is first classified on its own (line-kinds.ts:
 * editor credit, byline, lead with a dateline, photo caption, note, title-like line, body text), then
 * the lines are assembled into items by what stands around them (assemble-items.ts: headers,
 * section headings, columns of briefs, paragraphs joined across column breaks).
 * Every character of the source ends up in exactly one place; `checkConservation` verifies it.
 */
import { assembleItems } from './assemble-items.ts';
import { withInlineIndentsParted } from './inline-indents.ts';
import type { Author } from './bylines.ts';
import type { PageCredit } from './credits.ts';
import { readLines } from './line-kinds.ts';
import type { HeaderField } from './markdown-marks.ts';
import { boxesPrintedWhole, setsArticlesUnderNote } from './page-conventions.ts';
import {
	type PageSource,
	setsPlainMinorHeadings,
	setsPlainSubheads,
	withPlainMinorHeadings,
	withPlainSubheads,
	withPlainUnsignedSubheads,
} from './plain-subheads.ts';
import { readHalfWidthPunctuation, withPrintedPunctuation } from './punctuation-widths.ts';
import { withParallelQuotedHeadings } from './quoted-headings.ts';

/** A 1-based inclusive line range in the source file. */
export type LineRange = [first: number, last: number];

export interface BodyParagraph {
	type: 'paragraph';
	text: string;
	lines: LineRange;
	/**
	 * Where a layout column break had cut the paragraph: the line each later part came from and
	 * the offset in `text` (in UTF-16 units) where it starts. Absent for paragraphs printed whole.
	 */
	joins?: { line: number; at: number }[];
}

export interface BodyHeading {
	type: 'heading';
	/** 2 for a section heading, 3 for the sub-heading printed under it. */
	depth: 2 | 3;
	text: string;
	lines: LineRange;
}

export type BodyBlock = BodyParagraph | BodyHeading;

export interface Figure {
	/** What the photo shows, as printed (图为…). */
	caption: string;
	/** Who took or supplied it, as printed (曾文溪摄, 视觉中国供图). */
	credit?: string;
	lines: LineRange;
}

export interface ParsedItem {
	/** 1-based position of the item on the page, in reading order. */
	order: number;
	column?: string;
	kicker?: string;
	title: string;
	subtitle?: string;
	/** The byline line(s) as printed, when the item has any (`◎ 邸金 本报记者 顾满斌`). */
	byline?: string;
	authors: Author[];
	/** Who filed the item, from its lead (科技日报讯 → 科技日报; 本报; 新华社). */
	agency?: string;
	dateline?: string;
	body: BodyBlock[];
	figures: Figure[];
	lines: LineRange;
	/**
	 * The header's lines as printed, where they stand in another order than kicker, title, subtitle, byline (a page that
	 * labels its fields may print its title first, 标题：… over 引题：…): what the conservation check finds in print order.
	 * Absent where the header stands in that order, as it does on every printed page.
	 */
	printedHeader?: string[];
}

export interface PrintedCredit {
	/** The credit line as printed, for the record and for the conservation check. */
	text: string;
	line: number;
	/** Each role on the line with the people it names. */
	roles: PageCredit[];
}

export interface ParsedPage {
	items: ParsedItem[];
	/** Column names printed on the page, each with the line it stands on. */
	columns: { name: string; line: number }[];
	/** Editor credits (本版责编：…), page metadata rather than items. */
	credits: PrintedCredit[];
	/**
	 * Places where the split is a best guess (a line that may be a title or a section heading, a
	 * name that may be a byline…), for a maintainer to check first: the line and why.
	 */
	uncertain: UncertainPlace[];
}

export interface UncertainPlace {
	line: number;
	/** Why the parser is unsure, in words a maintainer reads (Simplified Chinese). */
	why: string;
}

export interface ParseOptions {
	/** Column names to recognise besides KNOWN_COLUMNS (from a sidecar or the command line). */
	columns?: string[];
	/**
	 * Lines (1-based) that start an item, whatever the parser would make of them: the maintainer's
	 * correction of a split (the page's sidecar). The line is the item's first header line
	 * (column, kicker or title). Default: none.
	 */
	itemStarts?: ReadonlySet<number>;
	/** Whether `itemStarts` lists every item of the page, so that no other line starts one. Default: false. */
	onlyItemStarts?: boolean;
	/**
	 * Lines (1-based) of `itemStarts` that no header above may take as its subtitle or byline: the split itself, as a
	 * crawler's article files give it, not a hint that may no longer match the text. Default: none.
	 */
	fixedStarts?: ReadonlySet<number>;
	/**
	 * Lines (1-based) that are an item's title, for items started by `itemStarts` (the start being
	 * the title or a kicker or column line above it): the maintainer's titles stay titles. Default: none.
	 */
	titleLines?: ReadonlySet<number>;
	/** The number, in its file, of the text's first line: a page cut from a file of several pages. Default: 1. */
	firstLine?: number;
	/** Lines (1-based in the file) of page metadata left blank in the text that part nothing (readLines). Default: none. */
	partNothing?: ReadonlySet<number>;
	/**
	 * Whether the paper sets two header lines with no dash as its title over a subtitle (新华每日电讯:
	 * 一家“村史馆”的AI升级 / 中关村村史馆蝶变XR博物馆) rather than a kicker over its title (人民日报), where
	 * nothing else tells them apart: the maintainer's word on the paper's house style. Default: false.
	 */
	titleFirst?: boolean;
	/**
	 * What is known of the page's source (its paper, the page's name and number): where the source sets sub-heads
	 * as plain paragraphs (人民日报's web edition outside 要闻 and 理论), they stay paragraphs
	 * (plain-subheads.ts). Default: nothing known, and sub-heads are headings.
	 */
	source?: PageSource;
	/**
	 * On a page written in Markdown, what its marks say of lines the parser reads on its own (markdown-marks.ts): the
	 * section headings (**小标题**, ### 小标题), each with its depth, which are the body's headings and no other line is
	 * (where the page marks none, the parser reads its headings); the subtitles (## 副标题 under a title); and on a page
	 * that labels its fields (field-labels.ts), the header lines its labels name under each title (副标题：, 作者：, an 引题：
	 * after the title). Default: none, and the parser reads headings, subtitles and bylines itself.
	 */
	marked?: { headings: ReadonlyMap<number, 2 | 3>; subtitles: ReadonlySet<number>; fields?: ReadonlyMap<number, HeaderField> };
	/**
	 * Whether every line of the text is whole, a paragraph, heading or header line of its own, as a crawler that saves each
	 * paragraph of a web page on a line gives it (article-files.ts): none was cut at a column break or wrapped at a width, so
	 * that a speech's salutation ending in a comma (女士们，先生们，) is not read as going on into the line under it.
	 * Default: false, and the parser reads from the lines how the page is set.
	 */
	wholeLines?: boolean;
	/**
	 * Whether paragraphs a crawler ran together on one line stay as given, to see whether the page runs them so
	 * (read-as-text.ts). Default: false, and they are parted.
	 */
	keepRuns?: boolean;
}

/** Column names that papers print over a group of briefs or photos. */
export const KNOWN_COLUMNS = ['园镜头', '速览', '数读', '图片报道', '简讯', '短讯', '快讯', '要闻速览', '新闻速览', '看点', '图说'];

/** Splits one page of text into items; where the split is a guess, says so in `uncertain`. */
export function parsePage(source: string, options: ParseOptions = {}): ParsedPage {
	// (A page whose Chinese punctuation was made half-width is read as printed full-width, and given its marks back.)
	const reading = readHalfWidthPunctuation(source);
	const page = reading ? withPrintedPunctuation(parseReading(reading.text, options), reading) : parseReading(source, options);
	// (Paragraphs a crawler ran together on one line, each with its indent, are parted: inline-indents.ts.)
	return options.keepRuns ? page : withInlineIndentsParted(page);
}

function parseReading(source: string, options: ParseOptions): ParsedPage {
	const wholeBoxes = boxesPrintedWhole(options.source ?? {});
	const assembled = assembleItems(readLines(source, options.firstLine, options.partNothing), {
		columnNames: new Set([...KNOWN_COLUMNS, ...(options.columns ?? [])].filter((name) => !wholeBoxes.has(name))),
		roundupTitles: wholeBoxes,
		itemStarts: options.itemStarts ?? new Set(),
		onlyItemStarts: options.onlyItemStarts ?? false,
		fixedStarts: options.fixedStarts ?? new Set(),
		titleLines: options.titleLines ?? new Set(),
		markedSubtitles: options.marked?.subtitles,
		markedFields: options.marked?.fields,
		titleFirst: options.titleFirst ?? false,
		articlesUnderNote: options.source !== undefined && setsArticlesUnderNote(options.source),
		wholeLines: options.wholeLines ?? false,
	});
	const page = withParallelQuotedHeadings(assembled);
	const subtitled = options.marked ? withMarkedSubtitles(page, options.marked.subtitles) : page;
	if (options.marked && options.marked.headings.size > 0) return withMarkedHeadings(subtitled, options.marked.headings);
	if (options.source && setsPlainSubheads(subtitled, options.source)) return withPlainSubheads(subtitled);
	return options.source && setsPlainMinorHeadings(options.source) ? withPlainMinorHeadings(withPlainUnsignedSubheads(subtitled)) : subtitled;
}

/** The page with each subtitle its Markdown marks set read as one, where the parser began the body with it (as a paragraph or a heading). */
function withMarkedSubtitles(page: ParsedPage, subtitles: ReadonlySet<number>): ParsedPage {
	const itemOf = (item: ParsedItem): ParsedItem => {
		const [first, ...rest] = item.body;
		if (item.subtitle !== undefined || first === undefined || first.lines[0] !== first.lines[1] || !subtitles.has(first.lines[0])) return item;
		return { ...item, subtitle: first.text, body: rest };
	};
	return { ...page, items: page.items.map(itemOf) };
}

/** The page with its body's headings those its Markdown marks set: a marked line alone in its block is one, no other block is. */
function withMarkedHeadings(page: ParsedPage, headings: ReadonlyMap<number, 2 | 3>): ParsedPage {
	const blockOf = (block: BodyBlock): BodyBlock => {
		const depth = block.lines[0] === block.lines[1] ? headings.get(block.lines[0]) : undefined;
		if (depth !== undefined) return { type: 'heading', depth, text: block.text, lines: block.lines };
		return block.type === 'heading' ? { type: 'paragraph', text: block.text, lines: block.lines } : block;
	};
	return { ...page, items: page.items.map((item) => ({ ...item, body: item.body.map(blockOf) })) };
}
