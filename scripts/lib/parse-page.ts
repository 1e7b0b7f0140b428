/**
 * Reads the plain text of one printed newspaper page and splits it into news items.
 *
 * The page is read as a list of lines; every non-blank line is one printed block. Blocks are
 * classified (byline, dateline lead, photo caption, heading-like, body), items are anchored on
 * their byline or lead, and the heading-like lines just above an anchor become the item's
 * column, kicker, title and subtitle. Every character of the source ends up in exactly one
 * place; `checkConservation` verifies that on every run.
 */
import { parseBylineLine, parseLead, type Author } from './bylines.ts';
import { bracketsBalanced, charLength, joinBrokenParagraph, trimLine } from './text.ts';

/** A 1-based inclusive line range in the source file. */
export type LineRange = [first: number, last: number];

export interface BodyParagraph {
	type: 'paragraph';
	text: string;
	lines: LineRange;
}

export interface BodyHeading {
	type: 'heading';
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
	/** The byline line as printed, when the item has one (`◎ 邸金 本报记者 顾满斌`). */
	byline?: string;
	authors: Author[];
	/** Agency that filed the item, from its lead (科技日报讯 → 科技日报). */
	agency?: string;
	dateline?: string;
	body: BodyBlock[];
	figures: Figure[];
	lines: LineRange;
}

export interface ParsedPage {
	items: ParsedItem[];
	/** Column names printed on the page, each with the line it stands on. */
	columns: { name: string; line: number }[];
}

/** Column names that papers print over a group of briefs. A short line above a title is one too. */
export const KNOWN_COLUMNS = ['园镜头', '速览', '数读', '图片报道', '简讯', '短讯', '快讯', '要闻速览'];

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

type BlockKind = 'byline' | 'lead' | 'caption' | 'short' | 'body';

interface Block {
	text: string;
	line: number;
	kind: BlockKind;
	/** Number of blank lines right before this block; an empty photo slot leaves two or more. */
	blankBefore: number;
}

// 摄, 供图, 摄（影像中国）, 制图 at the very end of a short line: a photo or graphic credit.
const CREDIT_END = /(?:摄|供图|制图|摄[（(][^）)]{1,12}[）)])$/u;
// The credit is what follows the caption's last full stop or space: 曾文溪摄, 视觉中国供图.
const CREDIT = /(?:^|(?<=[。．.！!？?\s\u3000]))([^。．.！!？?\s\u3000][^。．.！!？?]{0,24})$/u;
const SENTENCE_END = /(?:[。！？!?…；;：:]|[。！？!?…][”’」』）)])$/u;
const SHORT_FORBIDDEN = /[，,。；;！!？?、]/u;

/** The longest line that can be a title, kicker or subtitle; body paragraphs run longer. */
const MAX_HEADER_LENGTH = 64;
/** The longest line that can be a section heading inside an item. */
const MAX_SECTION_HEADING_LENGTH = 20;

function classify(text: string): BlockKind {
	if (parseBylineLine(text)) return 'byline';
	if (parseLead(text)) return 'lead';
	if (charLength(text) <= 160 && CREDIT_END.test(text) && !SENTENCE_END.test(text)) return 'caption';
	if (charLength(text) <= MAX_HEADER_LENGTH && !SENTENCE_END.test(text) && !/[，,；;]/u.test(text) && bracketsBalanced(text)) {
		return 'short';
	}
	return 'body';
}

function readBlocks(source: string): Block[] {
	const blocks: Block[] = [];
	let blank = 0;
	source.split(/\r\n|\r|\n/).forEach((raw, index) => {
		const text = trimLine(raw);
		if (!text) {
			blank++;
			return;
		}
		blocks.push({ text, line: index + 1, kind: classify(text), blankBefore: blank });
		blank = 0;
	});
	return blocks;
}

function splitCaption(text: string): { caption: string; credit?: string } {
	const match = CREDIT.exec(text);
	if (!match || match.index === 0) return { caption: text };
	return { caption: trimLine(text.slice(0, match.index)), credit: match[1] };
}

function isSectionHeading(block: Block): boolean {
	return block.kind === 'short' && charLength(block.text) <= MAX_SECTION_HEADING_LENGTH && !SHORT_FORBIDDEN.test(block.text);
}

/** Where each item starts: its byline line, or its lead when it has no byline line. */
function findAnchors(blocks: Block[]): number[] {
	const anchors: number[] = [];
	blocks.forEach((block, index) => {
		if (block.kind === 'byline') anchors.push(index);
		else if (block.kind === 'lead' && blocks[index - 1]?.kind !== 'byline') anchors.push(index);
	});
	return anchors;
}

function isColumnName(text: string): boolean {
	return KNOWN_COLUMNS.includes(text) || (charLength(text) <= 5 && !/[\s\u3000]/u.test(text));
}

interface Header {
	start: number;
	column?: Block;
	kicker?: Block;
	title: Block;
	subtitle?: Block;
}

/** Reads the heading-like lines right above an anchor: [column] [kicker] title [——subtitle]. */
function readHeader(blocks: Block[], anchor: number, floor: number): Header {
	let start = anchor;
	while (start - 1 >= floor && blocks[start - 1]!.kind === 'short' && anchor - start < 4) start--;
	const lines = blocks.slice(start, anchor);
	if (lines.length === 0) {
		const at = blocks[anchor]!;
		throw new PageParseError(
			`第 ${at.line} 行的署名或电头上方没有标题。`,
			at.line,
			'在这一行上方补上稿件标题（单独一行），或去掉误判为署名的文字。',
		);
	}
	let subtitle: Block | undefined;
	if (lines.length > 1 && /^(?:——|──|—|－－|--)/u.test(lines.at(-1)!.text)) subtitle = lines.pop();
	const title = lines.pop()!;
	let column: Block | undefined;
	if (lines.length > 0 && isColumnName(lines[0]!.text)) column = lines.shift();
	// Anything still above the title is the kicker (引题); two kicker lines are one kicker.
	let kicker: Block | undefined;
	if (lines.length > 0) {
		kicker = { ...lines[0]!, text: lines.map((l) => l.text).join(' ') };
	}
	return { start, column, kicker, title, subtitle };
}

/** Splits one page of text into items. Throws PageParseError on text it cannot place. */
export function parsePage(source: string): ParsedPage {
	const blocks = readBlocks(source);
	if (blocks.length === 0) return { items: [], columns: [] };

	let anchors = findAnchors(blocks);
	const headers: Header[] = [];
	let floor = 0;
	for (const anchor of anchors) {
		const header = readHeader(blocks, anchor, floor);
		headers.push(header);
		floor = anchor + 1;
	}
	if (headers.length === 0) {
		// A page with a single article and neither byline nor lead: its first line is the title.
		headers.push({ start: 0, title: blocks[0]! });
		anchors = [0];
	}
	if (headers[0]!.start > 0) {
		const stray = blocks[0]!;
		throw new PageParseError(
			`第 ${stray.line} 行的文字出现在第一篇稿件的标题之前，无法归入任何稿件。`,
			stray.line,
			'确认第一篇稿件的标题和署名（◎ 或 本报记者…）各占一行；版面信息请写进旁注文件或命令行参数。',
		);
	}

	const items: ParsedItem[] = [];
	const columns: ParsedPage['columns'] = [];
	let currentColumn: string | undefined;
	headers.forEach((header, index) => {
		const end = index + 1 < headers.length ? headers[index + 1]!.start : blocks.length;
		const anchorBlock = blocks[anchors[index]!]!;
		const bylineBlock = anchorBlock.kind === 'byline' ? anchorBlock : undefined;
		const bodyStart = anchors[index]! + (bylineBlock || anchors[index] === header.start ? 1 : 0);

		if (header.column) {
			currentColumn = header.column.text;
			columns.push({ name: header.column.text, line: header.column.line });
		} else if (bylineBlock) {
			// A feature with its own byline closes the run of briefs under a column.
			currentColumn = undefined;
		}

		const item: ParsedItem = {
			order: index + 1,
			column: currentColumn,
			kicker: header.kicker?.text,
			title: header.title.text,
			subtitle: header.subtitle?.text,
			byline: bylineBlock?.text,
			authors: bylineBlock ? parseBylineLine(bylineBlock.text)! : [],
			body: [],
			figures: [],
			lines: [blocks[header.start]!.line, blocks[end - 1]!.line],
		};
		readBody(blocks.slice(bodyStart, end), item);
		const lead = item.body[0]?.type === 'paragraph' ? parseLead(item.body[0].text) : undefined;
		if (lead) {
			item.agency = lead.agency;
			item.dateline = lead.dateline;
			if (item.authors.length === 0) item.authors = lead.authors;
		}
		items.push(stripUndefined(item));
	});
	return { items, columns };
}

function readBody(blocks: Block[], item: ParsedItem): void {
	for (let i = 0; i < blocks.length; i++) {
		const block = blocks[i]!;
		if (block.kind === 'caption') {
			const { caption, credit } = splitCaption(block.text);
			item.figures.push(credit ? { caption, credit, lines: [block.line, block.line] } : { caption, lines: [block.line, block.line] });
			continue;
		}
		const next = blocks[i + 1];
		if (isSectionHeading(block) && next && next.kind !== 'caption' && i > 0) {
			item.body.push({ type: 'heading', text: block.text, lines: [block.line, block.line] });
			continue;
		}
		const previous = item.body.at(-1);
		if (previous?.type === 'paragraph' && isBrokenByColumn(previous.text, block)) {
			previous.text = joinBrokenParagraph(previous.text, block.text);
			previous.lines[1] = block.line;
			continue;
		}
		item.body.push({ type: 'paragraph', text: block.text, lines: [block.line, block.line] });
	}
}

/**
 * A paragraph that stops without closing punctuation and is followed by ordinary body text
 * was cut by a layout column break (历经三十多 / 年的发展): the two halves are one paragraph.
 */
function isBrokenByColumn(previousText: string, block: Block): boolean {
	if (SENTENCE_END.test(previousText)) return false;
	if (block.kind === 'caption' || block.kind === 'byline' || block.kind === 'lead') return false;
	if (isSectionHeading(block)) return /^[，,、。；;：:”’」』）)]/u.test(block.text);
	return true;
}

function stripUndefined<T extends object>(value: T): T {
	for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
	return value;
}
