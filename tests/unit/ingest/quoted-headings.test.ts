import { describe, expect, it } from 'vitest';
import type { BodyBlock, ParsedPage } from '../../../scripts/ingest/parse-page.ts';
import { withParallelQuotedHeadings } from '../../../scripts/ingest/quoted-headings.ts';

const LONG_QUOTATION = '“以中国特色社会主义取得的举世瞩目成就为内容支撑，以中华优秀传统文化、革命文化和社会主义先进文化为力量根基”';

/** A one-item page whose body is these blocks, given as [type, text], each on a line of its own. */
function page(blocks: ['h' | 'p', string][]): ParsedPage {
	const body: BodyBlock[] = blocks.map(([type, text], i) =>
		type === 'h' ? { type: 'heading', depth: 2, text, lines: [i + 2, i + 2] } : { type: 'paragraph', text, lines: [i + 2, i + 2] },
	);
	const item = { order: 1, title: '“大思政课”，这样用好', authors: [], body, figures: [], lines: [1, blocks.length + 1] as [number, number] };
	return { items: [item], columns: [], credits: [], uncertain: [] };
}

const types = (parsed: ParsedPage) => parsed.items[0]!.body.map((block) => block.type[0]);

describe('withParallelQuotedHeadings', () => {
	it('reads a quotation as long as a sentence as a heading where two of the item’s headings are quotations', () => {
		const parsed = page([
			['p', '近年来，各地各校积极推进“大思政课”建设。'],
			['p', LONG_QUOTATION],
			['p', '在长江岸边的湿地公园里，一堂思政课正在进行。'],
			['h', '“思政课不仅应该在课堂上讲，也应该在社会生活中来讲”'],
			['p', '某高校组织学生走进社区。'],
			['h', '“立报国强国大志向、做挺膺担当奋斗者”'],
			['p', '越来越多的青年学生坚定理想信念。'],
		]);
		expect(types(withParallelQuotedHeadings(parsed))).toEqual(['p', 'h', 'p', 'h', 'p', 'h', 'p']);
	});

	it('leaves it text where fewer of the item’s headings are quotations', () => {
		const parsed = page([
			['p', '近年来，各地各校积极推进“大思政课”建设。'],
			['p', LONG_QUOTATION],
			['p', '在长江岸边的湿地公园里，一堂思政课正在进行。'],
			['h', '走进社会大课堂'],
			['p', '某高校组织学生走进社区。'],
			['h', '“立报国强国大志向、做挺膺担当奋斗者”'],
			['p', '越来越多的青年学生坚定理想信念。'],
		]);
		expect(types(withParallelQuotedHeadings(parsed))).toEqual(['p', 'p', 'p', 'h', 'p', 'h', 'p']);
	});

	it('leaves a quoted sentence, a quotation at the end of the text and a quotation longer than any heading as text', () => {
		const parsed = page([
			['p', '近年来，各地各校积极推进“大思政课”建设。'],
			['p', '“我们的课堂，就在祖国的大江南北。”'],
			['h', '“思政课不仅应该在课堂上讲，也应该在社会生活中来讲”'],
			['p', `${LONG_QUOTATION.slice(0, -1)}，为培养担当民族复兴大任的时代新人提供坚强支撑”`],
			['h', '“立报国强国大志向、做挺膺担当奋斗者”'],
			['p', '越来越多的青年学生坚定理想信念。'],
			['p', LONG_QUOTATION],
		]);
		expect(types(withParallelQuotedHeadings(parsed))).toEqual(['p', 'p', 'h', 'p', 'h', 'p', 'p']);
	});
});
