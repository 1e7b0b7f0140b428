/**
 * Paragraphs run together on one line, each still opening with its indent: what a crawler gives that takes a web page's
 * text with its paragraphs' tags stripped and no line end put in their place (　　第一段。　　第二段。). Print never sets an
 * indent inside a paragraph, after a finished sentence least of all: on a page whose paragraphs mostly run so, a new
 * paragraph starts there, and the parser's paragraphs are parted so, each on the line the run stood on.
 */
import { isBareDateline } from './bylines.ts';
import { kindOf } from './line-kinds.ts';
import type { BodyBlock, Figure, ParsedItem, ParsedPage } from './parse-page.ts';

/** A finished sentence, its closing quote or bracket too. */
const SENTENCE = String.raw`[。！？…][”’」』）)]*`;
/** An indent inside a line, before more text. */
const INDENT = String.raw`[\u3000\u00a0]{2,}(?=\S)`;
/** A paragraph's indent inside a line, after a finished sentence. */
const INDENT_AFTER_SENTENCE = new RegExp(`(?<=${SENTENCE})${INDENT}`, 'u');

/**
 * The share of a page's paragraphs that must run several together for the page to be read so. (Web sources also hold a
 * notice's clauses in one paragraph with indents inside it, 一、大赛主题　　二、重点支持领域…, as the development corpus's
 * 2019 crawl and 新华每日电讯's feed do on a few paragraphs of a page: those are left as the source gives them.)
 */
const MIN_RUN_TOGETHER_SHARE = 0.5;
/**
 * The fewest items with paragraphs run together that make a page read so: a crawler runs every article's so. (A page of one
 * article all on one line is left as given: the development corpus's 2019 crawl holds such articles itself, a paragraph
 * of the source's.)
 */
const MIN_RUN_TOGETHER_ITEMS = 2;

/**
 * A page text whose paragraphs run together on its lines, as a crawler that strips tags sets them, read with each such line
 * parted at the indents inside it, each piece (its indent before it) on a line of its own, so that the parser reads the
 * page as it reads one set a paragraph to a line: a sub-head run in between paragraphs is a line of its own, and a heading
 * where the page sets headings. `lines` gives the file's line of each line read. Undefined for a page whose lines do not
 * read so: fewer than two lines run paragraphs together, or no header stands between two that do, or they are under half
 * of the page's paragraphs' lines. (Whether the page as parsed runs them together, in two items or more, is for the
 * caller to check: runsTogether.)
 *
 * Parted are the lines that run paragraphs together, and the indented lines with an indent inside them (a poem's lines
 * ending in commas, an index's entries): not a byline, whose names a wide space may part (本报记者　　王某), nor after a
 * dateline (parted).
 */
export function partedRuns(source: string): { text: string; lines: number[] } | undefined {
	const printed = source.split(/\r\n|\r|\n/u);
	const texts = printed.map((line) => line.trim());
	const runs = texts.flatMap((text, index) => (INDENT_AFTER_SENTENCE.test(text) ? [index] : []));
	// (Most pages run nothing together: no need to read every line's kind.)
	if (runs.length < MIN_RUN_TOGETHER_ITEMS) return undefined;
	const kinds = texts.map((text) => (text ? kindOf(text) : undefined));
	const paragraphs = kinds.filter((kind) => kind === 'body' || kind === 'lead').length;
	const headerBetween = kinds.slice(runs[0], runs.at(-1)).some((kind) => kind === 'title-like');
	if (!headerBetween || runs.length < paragraphs * MIN_RUN_TOGETHER_SHARE) return undefined;
	const runLines = new Set(runs);
	const lines: number[] = [];
	const out: string[] = [];
	printed.forEach((line, index) => {
		const text = texts[index]!;
		const runsOn = runLines.has(index) || (/^[\u3000\u00a0]{2,}/u.test(line) && INDENT_INSIDE.test(text));
		const pieces = runsOn && kinds[index] !== 'byline' ? partedLine(line) : [line];
		for (const piece of pieces) {
			out.push(piece);
			lines.push(index + 1);
		}
	});
	return { text: out.join('\n'), lines };
}

/** A printed line parted before each indent inside it (but after a dateline), each piece as printed, its indent with it. */
function partedLine(line: string): string[] {
	const lead = /^\s*/u.exec(line)![0].length;
	const pieces: string[] = [];
	let from = 0;
	for (const indent of line.slice(lead).matchAll(INDENTS)) {
		const at = lead + indent.index;
		const piece = line.slice(from, at).trim();
		if (piece === '' || isBareDateline(piece)) continue;
		pieces.push(line.slice(from, at));
		from = at;
	}
	pieces.push(line.slice(from));
	return pieces;
}

/** The page with every paragraph that runs several together parted at the indents inside it, where most of them do. */
export function withInlineIndentsParted(page: ParsedPage): ParsedPage {
	if (!runsTogether(page)) return page;
	return { ...page, items: page.items.map((item) => withCaptionsParted({ ...item, body: item.body.flatMap(parted) })) };
}

/** Whether a page as parsed runs its paragraphs together: two items or more do, in half its paragraphs or more. */
export function runsTogether(page: ParsedPage): boolean {
	const paragraphs = page.items.flatMap((item) => item.body.filter((block) => block.type === 'paragraph'));
	const runs = paragraphs.filter(runsParagraphsTogether).length;
	const itemsRun = page.items.filter((item) => item.body.some(runsParagraphsTogether) || item.figures.some(runsIntoCaption)).length;
	return itemsRun >= MIN_RUN_TOGETHER_ITEMS && runs >= paragraphs.length * MIN_RUN_TOGETHER_SHARE;
}

function runsParagraphsTogether(block: BodyBlock): boolean {
	// (A paragraph joined across column breaks keeps its parts' places: it is print's, not a crawler's run.)
	return block.type === 'paragraph' && block.joins === undefined && INDENT_AFTER_SENTENCE.test(block.text);
}

function runsIntoCaption(figure: Figure): boolean {
	return INDENT_AFTER_SENTENCE.test(figure.caption);
}

/**
 * The item with each photo's caption that runs the article's paragraphs into it parted: the run's last piece is the
 * caption over the credit (图为…。), the pieces before it the article's paragraphs, as the parser reads them on their own
 * lines (a picture report's text, then 图为…, then 本报记者  某某摄).
 */
function withCaptionsParted(item: ParsedItem): ParsedItem {
	if (!item.figures.some(runsIntoCaption)) return item;
	const body = [...item.body];
	const figures = item.figures.map((figure) => {
		const pieces = partedTexts(figure.caption);
		if (pieces.length === 1) return figure;
		const at = body.findLastIndex((block) => block.lines[0] <= figure.lines[0]) + 1;
		body.splice(at, 0, ...pieces.slice(0, -1).map((text): BodyBlock => ({ type: 'paragraph', text, lines: figure.lines })));
		return { ...figure, caption: pieces.at(-1)! };
	});
	return { ...item, body, figures };
}

const INDENTS = new RegExp(INDENT, 'gu');
/** An indent inside a trimmed line. */
const INDENT_INSIDE = new RegExp(INDENT, 'u');
/**
 * A paragraph's own paragraphs, where it runs several together; else the block itself. Once a page is read as running its
 * paragraphs together, every indent inside one starts a paragraph, whatever the piece before it ends with (a lead with no
 * full stop, a sub-head, a poem's line ending in a comma, a label over what it introduces, 对话嘉宾：, ——编者), but after a
 * dateline (新华社北京4月25日电, whose text a wide space parts from it).
 */
function parted(block: BodyBlock): BodyBlock[] {
	if (!runsParagraphsTogether(block)) return [block];
	return partedTexts(block.text).map((text) => ({ type: 'paragraph', text, lines: block.lines }));
}

function partedTexts(run: string): string[] {
	const texts: string[] = [];
	let from = 0;
	for (const indent of run.matchAll(INDENTS)) {
		const piece = run.slice(from, indent.index);
		if (piece === '' || isBareDateline(piece)) continue;
		texts.push(piece);
		from = indent.index + indent[0].length;
	}
	texts.push(run.slice(from));
	return texts;
}
