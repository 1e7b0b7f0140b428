/**
 * Pages that label their fields (标题：…, 正文：), as crawlers' scripts write an article's fields to a text file: the labels
 * read off each line at their place (and only on a page that labels its fields), the site's own fields taken as markup, and
 * what the labels say of the split, as Markdown's marks would say it.
 */
import { describe, expect, it } from 'vitest';
import { isLabelled } from '../../../scripts/ingest/field-labels.ts';
import { readLayoutMarks } from '../../../scripts/ingest/layout-marks.ts';
import { markedSplit } from '../../../scripts/ingest/markdown-marks.ts';

describe('isLabelled', () => {
	it.each([
		['标题：城东新建一座图书馆\n正文：\n城东新建的图书馆日前开馆。', true],
		['【标题】城东新建一座图书馆\n【作者】王某\n城东新建的图书馆日前开馆。', true],
		['【标题】：城东新建一座图书馆\n【正文】：城东新建的图书馆日前开馆。', true],
		['标题: 城东新建一座图书馆\n来源: 测试日报\n城东新建的图书馆日前开馆。', true],
		// One line that opens with a label is text: an exam's question, a notice's line.
		['作文题\n标题：自拟。\n要求：不少于800字。', false],
		['城东新建一座图书馆\n来源：测试日报\n城东新建的图书馆日前开馆。', false],
		// A title label over nothing labels no page.
		['标题：\n正文：\n城东新建的图书馆日前开馆。', false],
	])('%j → %s', (source, expected) => {
		expect(isLabelled(source)).toBe(expected);
	});
});

describe('reading a labelled page', () => {
	it('takes each label out of its line, the site’s fields and labels over nothing out whole, and a page field’s label only', () => {
		const source =
			'版面：第01版：要闻\n引题：城东文化设施建设提速\n标题：城东新建一座图书馆\n副标题 ：藏书十万余册\n作者：本报记者  王  某\n来源：测试日报\n正文：\n　　城东新建的图书馆日前开馆。\n【标题】城西公园完成改造\n正文：城西公园改造工程近日完工。';
		const reading = readLayoutMarks(source)!;
		expect(reading.labelled).toBe(true);
		expect(reading.text).toBe(
			'第01版：要闻\n城东文化设施建设提速\n城东新建一座图书馆\n藏书十万余册\n本报记者  王  某\n\n\n　　城东新建的图书馆日前开馆。\n城西公园完成改造\n城西公园改造工程近日完工。',
		);
		expect(reading.marks).toEqual([
			{ line: 1, at: 0, text: '版面：' },
			{ line: 2, at: 0, text: '引题：' },
			{ line: 3, at: 0, text: '标题：' },
			{ line: 4, at: 0, text: '副标题 ：' },
			{ line: 5, at: 0, text: '作者：' },
			{ line: 6, at: 0, text: '来源：测试日报' },
			{ line: 7, at: 0, text: '正文：' },
			{ line: 9, at: 0, text: '【标题】' },
			{ line: 10, at: 0, text: '正文：' },
		]);
		expect(reading.markdown!.markupLines).toEqual(new Set([6, 7]));
		// A title label stands for `#` and a kicker's above it for `###`: the items Markdown's marks would start. The fields
		// under a title are its header's, named.
		expect(reading.markdown!.levels).toEqual(
			new Map([
				[2, 3],
				[3, 1],
				[9, 1],
			]),
		);
		expect(reading.markdown!.fields).toEqual(
			new Map([
				[4, 'subtitle'],
				[5, 'byline'],
			]),
		);
		const split = markedSplit(reading.text, 1, reading.markdown!);
		expect([[...split.starts], [...split.titles]]).toEqual([
			[2, 9],
			[3, 9],
		]);
	});

	it('reads in an article’s text only a label that opens the next article: any other is the text’s own, printed', () => {
		const source =
			'标题：城东新建一座图书馆\n正文：\n【关键词】城市更新\n城东新建的图书馆日前开馆。\n作者：王某\n标题：城西公园完成改造\n来源：测试日报\n城西公园改造工程近日完工。';
		const reading = readLayoutMarks(source)!;
		expect(reading.text).toBe(
			'城东新建一座图书馆\n\n【关键词】城市更新\n城东新建的图书馆日前开馆。\n作者：王某\n城西公园完成改造\n\n城西公园改造工程近日完工。',
		);
		expect(reading.marks.map((mark) => [mark.line, mark.text])).toEqual([
			[1, '标题：'],
			[2, '正文：'],
			[6, '标题：'],
			[7, '来源：测试日报'],
		]);
	});

	it('starts each article at its labelled title or kicker, never at an unlabelled line over the title: a page that labels kickers labels them all', () => {
		const reading = readLayoutMarks('标题：马年之花\n正文：\n　　马年开出来的花。\n像黄河，像长江\n标题：坡城“天梯”\n正文：\n　　天梯一级级向上。')!;
		expect([...markedSplit(reading.text, 1, reading.markdown!, false).starts]).toEqual([1, 5]);
		// (Read as Markdown's marks are, where a page marks no kicker, the unfinished line over a title would be its kicker.)
		expect([...markedSplit(reading.text, 1, reading.markdown!).starts]).toEqual([1, 4]);
	});

	it('keeps an address labelled as the article’s (链接：http://…) as its link, the line markup; any other value of the label is markup alone', () => {
		const reading = readLayoutMarks('标题：城东新建一座图书馆\n链接：http://paper.example.com/a.htm\n网址：见本报客户端\n正文：城东新建的图书馆日前开馆。')!;
		expect(reading.markdown!.links).toEqual(new Map([[2, 'http://paper.example.com/a.htm']]));
		expect(reading.markdown!.markupLines).toEqual(new Set([2, 3]));
	});

	it('reads a date field as the paper’s date, the line markup; not a time a site posted at, nor a day no calendar has', () => {
		const reading = readLayoutMarks(
			'标题：甲\n日期：2026年4月26日 星期日\n正文：一。\n标题：乙\n出版日期：2026-04-26 05:00\n正文：二。\n标题：丙\n发布时间：2026-04-25\n日期：2026-02-30\n正文：三。',
		)!;
		expect(reading.markdown!.dates).toEqual(
			new Map([
				[2, '2026-04-26'],
				[5, '2026-04-26'],
			]),
		);
		expect(reading.markdown!.markupLines).toEqual(new Set([2, 5, 8, 9]));
	});

	it('keeps a page field’s value where it reads as a page header, and takes it as markup where it does not', () => {
		const reading = readLayoutMarks('版面：01版：要闻\n标题：甲\n正文：一。\n版次：02版\n标题：乙\n正文：二。')!;
		expect(reading.text).toBe('01版：要闻\n甲\n一。\n\n乙\n二。');
		expect(reading.markdown!.markupLines).toEqual(new Set([4]));
	});

	it('takes a colon after a bracketed label with the label', () => {
		const reading = readLayoutMarks('【标题】：城东新建一座图书馆\n【正文】：城东新建的图书馆日前开馆。')!;
		expect(reading.text).toBe('城东新建一座图书馆\n城东新建的图书馆日前开馆。');
	});

	it('reads an article’s fields in whatever order the crawler wrote them: a kicker under its title is its header’s, as its subtitle and byline are', () => {
		const reading = readLayoutMarks(
			'标题：城东新建一座图书馆\n引题：城东文化设施建设提速\n作者：本报记者  王  某\n副标题：藏书十万余册\n正文：开馆了。\n引题：城西\n标题：城西公园完成改造\n正文：完工了。',
		)!;
		expect(reading.markdown!.levels).toEqual(
			new Map([
				[1, 1],
				[6, 3],
				[7, 1],
			]),
		);
		expect(reading.markdown!.fields).toEqual(
			new Map([
				[2, 'kicker'],
				[3, 'byline'],
				[4, 'subtitle'],
			]),
		);
	});

	it('reads nothing on a page that does not label its fields', () => {
		expect(readLayoutMarks('作文题\n标题：自拟。\n要求：不少于800字。')).toBeUndefined();
	});
});
