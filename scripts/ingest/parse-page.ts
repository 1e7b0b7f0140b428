/**
 * Reads the plain text of one printed newspaper page and splits it into news items.
 *
 * Every non-blank line is one printed block. Blocks are classified (editor credit, byline, lead
 * with a dateline, photo caption, short heading-like line, body text). Items begin at a header,
 * a run of short lines ([column] [kicker] title [——subtitle]) that stands
 * - right above a byline or a lead (the strongest sign),
 * - at the top of the page,
 * - or, inside a column of briefs (速览, 园镜头…), above any body text or caption.
 * Short lines inside an item are section headings (one line, or a heading and a sub-heading).
 * A paragraph cut by a layout column break is joined again, also across a photo caption.
 * Every character of the source ends up in exactly one place; `checkConservation` verifies it.
 */
import { parseAuthorList, parseBylineLine, parseLead, type Author } from './bylines.ts';
import { isCreditLine, parseCredits, type PageCredit } from './credits.ts';
import { withoutEmpty } from './objects.ts';
import { bracketsBalanced, charLength, joinBrokenParagraph, trimLine } from './text.ts';

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
}

export interface ParseOptions {
	/** Column names to recognise besides KNOWN_COLUMNS (from a sidecar or the command line). */
	columns?: string[];
}

/** Column names that papers print over a group of briefs or photos. */
export const KNOWN_COLUMNS = ['园镜头', '速览', '数读', '图片报道', '简讯', '短讯', '快讯', '要闻速览', '新闻速览', '一线调查', '看点', '图说'];

/** A problem in the source text, with the line it is on. */
export class PageParseError extends Error {
	readonly line: number;
	readonly hint: string;
	constructor(message: string, line: number, hint: string) {
		super(message);
		this.name = 'PageParseError';
		this.line = line;
		this.hint = hint;
	}
}

type BlockKind = 'credit' | 'byline' | 'lead' | 'caption' | 'short' | 'body';

interface Block {
	text: string;
	line: number;
	kind: BlockKind;
	/** Whether the printed line began with an indent (　　 or spaces). */
	indented: boolean;
}

// A photo credit at the very end of a line: 摄, 供图, 制图, 摄（影像中国）, 新华社发.
const CREDIT_END = /(?:摄|供图|制图|新华社发|[摄发][（(][^）)]{1,12}[）)])$/u;
// The credit is what follows the caption's last full stop or wide space: 曾文溪摄, 新华社记者 李贺 摄.
const CREDIT = /(?:^|(?<=[。．.！!？?]|[\s\u3000]{2}))[\s\u3000]*([^。．.！!？?\s\u3000][^。．.！!？?]{0,30})$/u;
const SENTENCE_END = /(?:[。！？!?…；;：:]|(?<!\d)\.|[。！？!?….][”’」』）)"'])$/u;
/** Punctuation that section headings do not carry but running text does. */
const RUNNING_TEXT = /[，,。；;、]/u;

/** The longest line that can be a title, kicker or subtitle; body paragraphs run longer. */
const MAX_HEADER_LENGTH = 48;
/** The longest line that can be a section heading inside an item. */
const MAX_SECTION_HEADING_LENGTH = 20;
/** The longest photo caption; longer lines ending in 摄 are running text. */
const MAX_CAPTION_LENGTH = 200;

function classify(text: string): BlockKind {
	if (isCreditLine(text)) return 'credit';
	if (parseBylineLine(text)) return 'byline';
	if (parseLead(text)) return 'lead';
	const length = charLength(text);
	if (length <= MAX_CAPTION_LENGTH && ((CREDIT_END.test(text) && !SENTENCE_END.test(text)) || /^(?:图为|上图|下图|左图|右图|图[①-⑳\d]+)/u.test(text))) {
		return 'caption';
	}
	if (length <= MAX_HEADER_LENGTH && !/[。；;：:]$/u.test(text) && !/[。]/u.test(text.slice(0, -1)) && bracketsBalanced(text)) {
		return 'short';
	}
	return 'body';
}

function readBlocks(source: string): Block[] {
	const blocks: Block[] = [];
	source.split(/\r\n|\r|\n/).forEach((raw, index) => {
		const text = trimLine(raw);
		if (!text) return;
		blocks.push({ text, line: index + 1, kind: classify(text), indented: /^[\s\u3000\u00a0]/u.test(raw.replace(/^\ufeff/, '')) });
	});
	return blocks;
}

function splitCaption(text: string): { caption: string; credit?: string } {
	if (!CREDIT_END.test(text)) return { caption: text };
	const match = CREDIT.exec(text);
	if (!match || match.index === 0) return { caption: text };
	return { caption: trimLine(text.slice(0, match.index)), credit: trimLine(match[1]!) };
}

/** Numbering in front of a section heading: 一、 2. （三） ①. */
const HEADING_NUMBER = /^(?:[一二三四五六七八九十]+、|\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[①-⑳])\s*/u;

function isSectionHeadingText(text: string): boolean {
	return charLength(text) <= MAX_SECTION_HEADING_LENGTH && !RUNNING_TEXT.test(text.replace(HEADING_NUMBER, ''));
}

// A byline printed at the end of a brief: ……（记者 李  华）.
const TRAILING_BYLINE = /[（(]((?:本报|新华社)?(?:特约记者|见习记者|记者|通讯员|实习生)[^（）()]{1,30})[）)]$/u;

/** A paragraph that stops without closing punctuation (or a closing byline) was cut by a column break. */
function isUnterminated(text: string): boolean {
	return !SENTENCE_END.test(text) && !TRAILING_BYLINE.test(text);
}

/** Authors named at the end of an item's last paragraph, for items with no byline above. */
function trailingAuthors(item: ParsedItem): Author[] {
	const last = item.body.at(-1);
	const match = last?.type === 'paragraph' ? TRAILING_BYLINE.exec(last.text) : null;
	return match ? parseAuthorList(match[1]!) : [];
}

interface Header {
	column?: Block;
	kicker?: Block[];
	title: Block;
	subtitle?: Block;
	/** Byline lines, when the header is anchored on them. */
	bylines: Block[];
	/** Index of the first block after the header (and its byline lines). */
	next: number;
	/** Whether a byline line anchors the header: a feature, which ends a run of briefs. */
	hasBylineLine: boolean;
}

class PageReader {
	private readonly blocks: Block[];
	private readonly columnNames: Set<string>;
	/** Whether the page marks paragraphs with an indent, so that an unindented line continues one. */
	private readonly indentsParagraphs: boolean;
	readonly items: ParsedItem[] = [];
	readonly columns: ParsedPage['columns'] = [];
	readonly credits: PrintedCredit[] = [];
	private column: string | undefined;

	constructor(source: string, options: ParseOptions) {
		this.blocks = readBlocks(source);
		this.columnNames = new Set([...KNOWN_COLUMNS, ...(options.columns ?? [])]);
		const body = this.blocks.filter((b) => b.kind === 'body');
		this.indentsParagraphs = body.length >= 3 && body.filter((b) => b.indented).length >= body.length * 0.6;
	}

	read(): ParsedPage {
		let index = 0;
		while (index < this.blocks.length) {
			const block = this.blocks[index]!;
			if (block.kind === 'credit') {
				this.credits.push({ text: block.text, line: block.line, roles: parseCredits(block.text) });
				this.column = undefined;
				index++;
				continue;
			}
			const header = this.headerAt(index);
			if (header) {
				index = this.startItem(header);
				continue;
			}
			const item = this.items.at(-1);
			if (!item) {
				throw new PageParseError(
					`第 ${block.line} 行的文字出现在第一篇稿件的标题之前，无法归入任何稿件。`,
					block.line,
					'确认第一篇稿件的标题单独成行，署名（◎ 或 本报记者…）也单独成行；版面信息请写进旁注文件或命令行参数。',
				);
			}
			index = this.readBody(index, item);
		}
		return { items: this.items, columns: this.columns, credits: this.credits };
	}

	/** The run of short lines starting at `index`, if it is an item's header. */
	private headerAt(index: number): Header | undefined {
		const blocks = this.blocks;
		let end = index;
		while (end < blocks.length && blocks[end]!.kind === 'short' && end - index < 4) end++;
		const anchor = blocks[end];
		const run = blocks.slice(index, end);

		if (run.length === 0) {
			// A lead or byline with no title above it continues the item it stands in.
			return undefined;
		}
		const anchored = anchor !== undefined && (anchor.kind === 'byline' || anchor.kind === 'lead');
		const followedByContent = anchor !== undefined && (anchor.kind === 'body' || anchor.kind === 'caption');
		const startsColumn = this.columnNames.has(run[0]!.text) && run.length >= 2 && followedByContent;
		const opensPage = this.items.length === 0;
		// Inside a column every titled block of text is a brief; a title reads as one: no running-text punctuation.
		const nextBrief = this.column !== undefined && followedByContent && run.every((b) => !RUNNING_TEXT.test(b.text));
		if (!anchored && !opensPage && !startsColumn && !nextBrief) return undefined;
		if (!anchored && this.continuesParagraph(index)) return undefined;

		const lines = [...run];
		let column: Block | undefined;
		// Only known column names (or the maintainer's --columns): a short kicker is no column.
		if (lines.length >= 2 && this.columnNames.has(lines[0]!.text)) column = lines.shift();
		let subtitle: Block | undefined;
		if (lines.length >= 2 && /^(?:——|──|—|－－|--)/u.test(lines.at(-1)!.text)) subtitle = lines.pop();
		const title = lines.pop()!;
		const bylines: Block[] = [];
		let next = end;
		while (blocks[next]?.kind === 'byline') bylines.push(blocks[next++]!);
		return { column, kicker: lines.length > 0 ? lines : undefined, title, subtitle, bylines, next, hasBylineLine: bylines.length > 0 };
	}

	private startItem(header: Header): number {
		if (header.column) {
			this.column = header.column.text;
			this.columns.push({ name: header.column.text, line: header.column.line });
		} else if (header.hasBylineLine) {
			// A feature with its own byline line closes the run of briefs under a column.
			this.column = undefined;
		}
		const first = header.column ?? header.kicker?.[0] ?? header.title;
		const last = header.bylines.at(-1) ?? header.subtitle ?? header.title;
		const item: ParsedItem = {
			order: this.items.length + 1,
			column: this.column,
			kicker: header.kicker?.map((b) => b.text).join(' '),
			title: header.title.text,
			subtitle: header.subtitle?.text,
			byline: header.bylines.length > 0 ? header.bylines.map((b) => b.text).join(' ') : undefined,
			authors: header.bylines.flatMap((b) => parseBylineLine(b.text) ?? []),
			body: [],
			figures: [],
			lines: [first.line, last.line],
		};
		this.items.push(item);
		return header.next;
	}

	/** Reads body blocks into `item` until the next header or credit; returns where it stopped. */
	private readBody(index: number, item: ParsedItem): number {
		const block = this.blocks[index]!;
		item.lines[1] = block.line;
		if (block.kind === 'caption') {
			const { caption, credit } = splitCaption(block.text);
			item.figures.push(credit ? { caption, credit, lines: [block.line, block.line] } : { caption, lines: [block.line, block.line] });
			return index + 1;
		}
		const previous = item.body.at(-1);
		if (previous?.type === 'paragraph' && this.continues(previous, block)) {
			const joined = joinBrokenParagraph(previous.text, block.text);
			(previous.joins ??= []).push({ line: block.line, at: joined.length - block.text.length });
			previous.text = joined;
			previous.lines[1] = block.line;
			return index + 1;
		}
		if (block.kind === 'short' && isSectionHeadingText(block.text)) {
			const next = this.blocks[index + 1];
			// A heading and the sub-heading printed under it.
			if (next?.kind === 'short' && isSectionHeadingText(next.text) && this.blocks[index + 2] && this.blocks[index + 2]!.kind !== 'short') {
				item.body.push({ type: 'heading', depth: 2, text: block.text, lines: [block.line, block.line] });
				item.body.push({ type: 'heading', depth: 3, text: next.text, lines: [next.line, next.line] });
				item.lines[1] = next.line;
				return index + 2;
			}
			if (next && next.kind !== 'short') {
				item.body.push({ type: 'heading', depth: 2, text: block.text, lines: [block.line, block.line] });
				return index + 1;
			}
		}
		if (item.body.length === 0 && block.kind === 'lead') {
			const lead = parseLead(block.text)!;
			item.agency = lead.agency;
			item.dateline = lead.dateline;
			if (item.authors.length === 0) item.authors = lead.authors;
		}
		item.body.push({ type: 'paragraph', text: block.text, lines: [block.line, block.line] });
		return index + 1;
	}

	/** Whether the block at `index` follows an unfinished paragraph, which it then continues. */
	private continuesParagraph(index: number): boolean {
		const last = this.items.at(-1)?.body.at(-1);
		return last?.type === 'paragraph' && this.continues(last, this.blocks[index]!);
	}

	/** Whether `block` continues the paragraph before it (a column break cut the paragraph). */
	private continues(previous: BodyParagraph, block: Block): boolean {
		if (block.kind === 'byline' || block.kind === 'lead' || block.kind === 'caption' || block.kind === 'credit') return false;
		if (this.indentsParagraphs) {
			// An unindented heading after a finished paragraph is a heading, not a continuation.
			if (!isUnterminated(previous.text) && block.kind === 'short' && isSectionHeadingText(block.text)) return false;
			return !block.indented;
		}
		if (!isUnterminated(previous.text)) return false;
		return true;
	}
}

/** Splits one page of text into items. Throws PageParseError on text it cannot place. */
export function parsePage(source: string, options: ParseOptions = {}): ParsedPage {
	const page = new PageReader(source, options).read();
	for (const item of page.items) {
		if (item.authors.length === 0) item.authors = trailingAuthors(item);
		withoutEmpty(item, ['authors', 'body', 'figures']);
	}
	return page;
}
