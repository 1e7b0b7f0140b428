/**
 * A sidecar's split hints put on the lines of a page text: titles matched to lines (with the
 * kicker or column printed above them), line numbers checked, and every hint that no longer
 * matches the text named with why and the fix.
 */
import { describe, expect, it } from 'vitest';
import { linesOf } from '../../../scripts/ingest/page-sections.ts';
import { resolveHints, splitHintsSchema } from '../../../scripts/ingest/split-hints.ts';

const PAGE = linesOf(
	[
		'第05版：评论', // 1
		'城东新建一座图书馆', // 2
		'本报记者  张  三', // 3
		'　　城东图书馆今天开馆，藏书十万册。', // 4
		'（本报北京3月5日电）', // 5
		'各地扎实推进——', // 6
		'城西公园完成改造', // 7
		'　　城西公园改造完成，新增步道两公里。', // 8
		'', // 9
		'图片报道', // 10
		'　　短评', // 11
		'城西公园完成改造', // 12
		'　　又一段正文，说的还是公园。', // 13
	].join('\n'),
);

describe('resolveHints', () => {
	it('gives nothing without hints', () => {
		expect(resolveHints(undefined, PAGE)).toEqual({ starts: [], stale: [] });
	});

	it('matches each title to the first line not taken yet, spaces aside, in the order given', () => {
		const { starts, stale } = resolveHints({ titles: ['城东新建 一座图书馆', '城西公园完成改造', '城西公园完成改造'] }, PAGE, new Set([1]));
		expect(stale).toEqual([]);
		expect(starts.map((s) => [s.line, s.titleLine])).toEqual([
			[2, 2],
			[6, 7],
			[12, 12],
		]);
		expect(starts[1]!.hint).toBe('split.titles 第 2 项“城西公园完成改造”');
	});

	it('starts the item at the kicker above a title, but not at a line in brackets, an indented line or another hint', () => {
		// 6 is the kicker of 7; 5 (in brackets) closes the item above.
		expect(resolveHints({ titles: ['城西公园完成改造'] }, PAGE).starts).toEqual([{ line: 6, titleLine: 7, hint: 'split.titles 第 1 项“城西公园完成改造”' }]);
		// 11 is indented: a paragraph, not a kicker of 12; 10 stays apart.
		const second = resolveHints({ titles: ['城西公园完成改造', '城西公园完成改造'] }, PAGE).starts.at(-1);
		expect(second).toMatchObject({ line: 12, titleLine: 12 });
		// 图片报道 at 10 is a hint of its own: the kicker search above 12 stops there (11 is indented anyway).
		expect(resolveHints({ titles: ['图片报道'] }, PAGE).starts).toEqual([{ line: 10, titleLine: 10, hint: 'split.titles 第 1 项“图片报道”' }]);
	});

	it('never matches a page header, and names a title it cannot find with the fix', () => {
		const { starts, stale } = resolveHints({ titles: ['第05版：评论', '城南新开一家书店'] }, PAGE, new Set([1]));
		expect(starts).toEqual([]);
		expect(stale.map((s) => [s.hint, s.why])).toEqual([
			['split.titles 第 1 项“第05版：评论”', '在正文里找不到这一行'],
			['split.titles 第 2 项“城南新开一家书店”', '在正文里找不到这一行'],
		]);
		expect(stale[0]!.fix).toContain('--outline');
	});

	it('takes line numbers that start an item, once each, and names those past the end, blank, a header or inside a hinted header', () => {
		const { starts, stale } = resolveHints({ titles: ['城西公园完成改造'], itemStarts: [10, 10, 40, 9, 1, 7, 6, 2] }, PAGE, new Set([1]));
		expect(starts.map((s) => [s.line, s.hint])).toEqual([
			[2, 'split.itemStarts 的 2'],
			// 6 is where the title hint's item starts already: one item.
			[6, 'split.titles 第 1 项“城西公园完成改造”'],
			[10, 'split.itemStarts 的 10'],
		]);
		expect(stale.map((s) => [s.hint, s.why])).toEqual([
			['split.itemStarts 的 40', '超出了文件末尾（文件共 13 行）'],
			['split.itemStarts 的 9', '第 9 行是空行'],
			['split.itemStarts 的 1', '第 1 行是版面标题，不属于任何稿件'],
			['split.itemStarts 的 7', '第 7 行在 split.titles 第 1 项“城西公园完成改造”的标题区里（第 6–7 行）'],
		]);
		expect(stale.every((s) => s.fix.includes('行号'))).toBe(true);
	});
});

describe('splitHintsSchema', () => {
	it('takes titles and line numbers, and refuses every wrong field with its own message', () => {
		expect(splitHintsSchema.parse({ titles: [' 甲 ', '乙'], itemStarts: [42] })).toEqual({ titles: ['甲', '乙'], itemStarts: [42] });
		const messages = (value: unknown) => splitHintsSchema.safeParse(value).error?.issues.map((i) => [i.path.join('.'), i.message]);
		expect(messages({ titles: [], itemStarts: [0, 1.5] })).toEqual([
			['titles', 'split.titles 是空列表：列出各篇稿件的标题，或删去这一项。'],
			['itemStarts.0', 'split.itemStarts 的行号须大于 0。'],
			['itemStarts.1', 'split.itemStarts 的每一项须为行号（正整数）。'],
		]);
		expect(messages({ titles: '甲' })).toEqual([['titles', 'split.titles 须为稿件标题的列表（按版面顺序），例如 titles: [标题一, 标题二]。']]);
		expect(messages([42])).toEqual([['', 'split 须为一组拆分提示，例如 split: { titles: [标题一, 标题二] } 或 split: { itemStarts: [42, 88] }。']]);
	});
});
