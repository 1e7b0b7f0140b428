/**
 * Headings an item prints as quotations, each a saying its section tells the story of (“脚步走不到的地方，文字可以走到” /
 * “看到他们明亮的眼睛，我觉得一切付出都值得”). The parser reads a short quotation between paragraphs as a heading; one
 * as long as a sentence it reads as text, as a quotation standing alone would be. Where an item's other headings are
 * quotations, such a line is one of them: measured on the development corpora, every quotation with no full stop inside
 * it, standing between paragraphs of an item with two quoted headings or more, is a heading (135 of 135), the longest 54
 * characters long (“以中国特色社会主义取得的举世瞩目成就为内容支撑，…为力量根基”, 2026-04-26).
 */
import { WHOLE_QUOTATION } from './line-kinds.ts';
import type { BodyBlock, ParsedItem, ParsedPage } from './parse-page.ts';
import { charLength } from './text.ts';

/** How many of an item's headings must be quotations before a longer quotation in it is read as one more. */
const MIN_QUOTED_HEADINGS = 2;
/** The longest quotation read as a heading so: longer lines are text, however they are quoted. */
const MAX_PARALLEL_QUOTED_HEADING_LENGTH = 64;

/** The page with each item's quotations read as headings where its other headings are quotations. */
export function withParallelQuotedHeadings(page: ParsedPage): ParsedPage {
	return { ...page, items: page.items.map(withQuotedHeadings) };
}

function withQuotedHeadings(item: ParsedItem): ParsedItem {
	const quotedHeadings = item.body.filter((block) => block.type === 'heading' && WHOLE_QUOTATION.test(block.text));
	if (quotedHeadings.length < MIN_QUOTED_HEADINGS) return item;
	const body = item.body.map((block, i): BodyBlock => {
		// (Between paragraphs: text above it, and the section it heads under it.)
		const [above, below] = [item.body[i - 1], item.body[i + 1]];
		const quoted =
			block.type === 'paragraph' &&
			!block.joins &&
			WHOLE_QUOTATION.test(block.text) &&
			charLength(block.text) <= MAX_PARALLEL_QUOTED_HEADING_LENGTH &&
			above?.type === 'paragraph' &&
			below?.type === 'paragraph';
		return quoted ? { type: 'heading', depth: 2, text: block.text, lines: block.lines } : block;
	});
	return { ...item, body };
}
