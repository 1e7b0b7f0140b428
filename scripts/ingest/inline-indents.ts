/**
 * Paragraphs run together on one line, each still opening with its indent: what a crawler gives that takes a web page's
 * text with its paragraphs' tags stripped and no line end put in their place (　　第一段。　　第二段。). Print never sets an
 * indent inside a paragraph, after a finished sentence least of all: on a page whose paragraphs mostly run so, a new
 * paragraph starts there, and the parser's paragraphs are parted so, each on the line the run stood on.
 */
import { isBareDateline } from './bylines.ts';
import type { BodyBlock, ParsedPage } from './parse-page.ts';
import { charLength } from './text.ts';

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
/** The fewest items with paragraphs run together that make a page read so: a crawler runs every article's so. */
const MIN_RUN_TOGETHER_ITEMS = 2;

/** The page with every paragraph that runs several together parted at the indents inside it, where most of them do. */
export function withInlineIndentsParted(page: ParsedPage): ParsedPage {
	const paragraphs = page.items.flatMap((item) => item.body.filter((block) => block.type === 'paragraph'));
	const runs = paragraphs.filter(runsParagraphsTogether).length;
	const itemsRun = page.items.filter((item) => item.body.some(runsParagraphsTogether)).length;
	if (itemsRun < MIN_RUN_TOGETHER_ITEMS || runs < paragraphs.length * MIN_RUN_TOGETHER_SHARE) return page;
	return { ...page, items: page.items.map((item) => ({ ...item, body: item.body.flatMap(parted) })) };
}

function runsParagraphsTogether(block: BodyBlock): boolean {
	// (A paragraph joined across column breaks keeps its parts' places: it is print's, not a crawler's run.)
	return block.type === 'paragraph' && block.joins === undefined && INDENT_AFTER_SENTENCE.test(block.text);
}

const INDENTS = new RegExp(INDENT, 'gu');
/** A piece of a run that ends a sentence. */
const SENTENCE_END = new RegExp(`${SENTENCE}$`, 'u');
/** The longest heading, in characters, that a run may hold before an indent: a sub-head's, or an editor's note's signature (——编者). */
const MAX_HEADING_LENGTH = 36;

/**
 * A paragraph's own paragraphs, where it runs several together; else the block itself. It is parted at each indent after a
 * finished sentence, and after a piece as short as a heading with no sentence in it (深学细悟，筑牢思想根基, ——编者), not a
 * dateline (新华社北京4月25日电, whose text a wide space parts from it) nor a label that leads on (…：, …，).
 */
function parted(block: BodyBlock): BodyBlock[] {
	if (!runsParagraphsTogether(block)) return [block];
	const texts: string[] = [];
	let from = 0;
	for (const indent of block.text.matchAll(INDENTS)) {
		const piece = block.text.slice(from, indent.index);
		const heading = charLength(piece) <= MAX_HEADING_LENGTH && !/[。！？]/u.test(piece) && !/[；;：:，,、]$/u.test(piece) && !isBareDateline(piece);
		if (piece === '' || !(SENTENCE_END.test(piece) || heading)) continue;
		texts.push(piece);
		from = indent.index + indent[0].length;
	}
	texts.push(block.text.slice(from));
	return texts.map((text) => ({ type: 'paragraph', text, lines: block.lines }));
}
