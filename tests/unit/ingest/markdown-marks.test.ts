/**
 * Pages saved as Markdown: the marks read off each line at their place (and only on a page that is Markdown), blanked
 * for the conservation check, and what they say of the page's split.
 */
import { describe, expect, it } from 'vitest';
import { readLayoutMarks } from '../../../scripts/ingest/layout-marks.ts';
import { isMarkdown, markedSplit } from '../../../scripts/ingest/markdown-marks.ts';

/** A page text read as Markdown: its text without marks, its marks, and what they set. */
function readMarkdown(source: string) {
	const reading = readLayoutMarks(source);
	return reading?.markdown && { text: reading.text, marks: reading.marks, ...reading.markdown };
}

describe('isMarkdown', () => {
	it.each([
		['# 城东新建一座图书馆\n城东新建的图书馆日前开馆。', true],
		['城东新建一座图书馆\n**开馆首日人气旺**\n不少市民前来借阅。', true],
		['### 引题\n正文。', true],
		// A topic tag, a star in a sentence, a heading mark with nothing after it: plain text.
		['网友在#两会#话题下留言。\n城东新建一座图书馆', false],
		['城东新建一座图书馆\n带**号的是重点项目。', false],
		['#\n城东新建一座图书馆', false],
		// A sentence closed by a full stop is no heading: a line of text that opens with a hash.
		['# 这不是标题，[链接](https://example.org) 也只是文字。\n正文。', false],
		['城东新建一座图书馆\n　　城东新建的图书馆日前开馆。', false],
	])('%j → %s', (source, expected) => {
		expect(isMarkdown(source)).toBe(expected);
	});
});

describe('readMarkdown', () => {
	it('takes each mark out of its line and says where it stood', () => {
		const reading = readMarkdown('## 城东新建一座图书馆 ##\n> 本报记者  王  某\n开馆**首日**接待读者3\\.5万人次。\n**开馆首日人气旺****读者点赞**\r\n正文。')!;
		expect(reading.text).toBe('城东新建一座图书馆\n本报记者  王  某\n开馆首日接待读者3.5万人次。\n开馆首日人气旺读者点赞\r\n正文。');
		expect(reading.marks).toEqual([
			{ line: 1, at: 0, text: '## ' },
			{ line: 1, at: 12, text: ' ##' },
			{ line: 2, at: 0, text: '> ' },
			{ line: 3, at: 2, text: '**' },
			{ line: 3, at: 6, text: '**' },
			{ line: 3, at: 13, text: '\\' },
			{ line: 4, at: 0, text: '**' },
			{ line: 4, at: 9, text: '**' },
			{ line: 4, at: 11, text: '**' },
			{ line: 4, at: 17, text: '**' },
		]);
		expect(reading.levels).toEqual(new Map([[1, 2]]));
		// Line 3 holds bold, but is not all bold: no heading.
		expect(reading.bold).toEqual(new Set([4]));
	});

	it('reads a list item’s bullet, a link’s brackets and address, a hard break and a photo’s line as marks', () => {
		const reading = readMarkdown(
			'# 标题\n- 一是加强统筹。\n详见[市政府网站](http://www.example.gov.cn/a.html "通知")。\\\n  ![图片](http://img.example.com/1.jpg)\n- - -',
		)!;
		expect(reading.text).toBe('标题\n一是加强统筹。\n详见市政府网站。\n  \n- - -');
		expect(reading.marks.filter((mark) => mark.line > 1)).toEqual([
			{ line: 2, at: 0, text: '- ' },
			{ line: 3, at: 2, text: '[' },
			{ line: 3, at: 8, text: '](http://www.example.gov.cn/a.html "通知")' },
			{ line: 3, at: 49, text: '\\' },
			{ line: 4, at: 2, text: '![图片](http://img.example.com/1.jpg)' },
		]);
		expect(reading.markupLines).toEqual(new Set([4]));
	});

	it('reads what a crawler adds as marks: its stamp after the byline it quotes, and the series it labels an article with', () => {
		const reading = readMarkdown(
			'# 标题\n> 系列：城市更新\n> 本报记者  王  某《测试日报》（2024年03月06日第 01 版）\n> 《测试日报》（2024年03月06日第 01 版）',
		)!;
		expect(reading.text).toBe('标题\n\n本报记者  王  某\n《测试日报》（2024年03月06日第 01 版）');
		expect(reading.marks.filter((mark) => mark.line > 1)).toEqual([
			{ line: 2, at: 0, text: '> 系列：城市更新' },
			{ line: 3, at: 0, text: '> ' },
			{ line: 3, at: 12, text: '《测试日报》（2024年03月06日第 01 版）' },
			{ line: 4, at: 0, text: '> ' },
		]);
		expect(reading.markupLines).toEqual(new Set([2]));
	});

	it('reads a whole line in italics as its text, its stars or underscores marks, and nothing more', () => {
		const reading = readMarkdown('# 标题\n*本报记者  王  某*\n_（本文数据来自某市统计局）_\n这是*重点*项目，带*号的另计。')!;
		expect(reading.text).toBe('标题\n本报记者  王  某\n（本文数据来自某市统计局）\n这是*重点*项目，带*号的另计。');
		expect(reading.marks.filter((mark) => mark.line > 1)).toEqual([
			{ line: 2, at: 0, text: '*' },
			{ line: 2, at: 11, text: '*' },
			{ line: 3, at: 0, text: '_' },
			{ line: 3, at: 14, text: '_' },
		]);
		expect(reading.bold).toEqual(new Set());
	});

	it('reads a backslash escaped by another as text, at a line’s end too: one mark, one backslash kept', () => {
		const reading = readMarkdown('# 标题\n路径C:\\\\temp\\\\\n')!;
		expect(reading.text).toBe('标题\n路径C:\\temp\\\n');
		expect(reading.marks.filter((mark) => mark.line > 1)).toEqual([
			{ line: 2, at: 4, text: '\\' },
			{ line: 2, at: 10, text: '\\' },
		]);
	});

	it('reads nothing on a page that is not Markdown', () => {
		expect(readMarkdown('城东新建一座图书馆\n带**号的是重点项目。')).toBeUndefined();
	});
});

/** The split the marks of `source` give, read as the page's own (first line 1). */
function splitOf(source: string) {
	const reading = readMarkdown(source)!;
	return markedSplit(reading.text, 1, reading);
}

describe('markedSplit', () => {
	it('takes the fewest hashes as titles, ### over a title as its kicker, ## under it as its subtitle, bold as headings', () => {
		const split = splitOf(
			[
				'### 引题',
				'# 城东新建一座图书馆',
				'## 副题',
				'本报记者  王  某',
				'开馆首日接待读者三千人次。',
				'**开馆首日人气旺**',
				'正文。',
				'# 城西公园完成改造',
				'正文。',
			].join('\n'),
		);
		expect(split).toEqual({
			starts: new Set([1, 8]),
			titles: new Set([2, 8]),
			everyItem: true,
			headings: new Map([[6, 2]]),
			subtitles: new Set([3]),
		});
	});

	it('reads a deeper level than the titles as headings, and a level deeper still as sub-headings', () => {
		const split = splitOf(['## 标题', '正文。', '### 一、小标题', '正文。', '#### （一）次级标题', '正文。'].join('\n'));
		expect(split.titles).toEqual(new Set([1]));
		expect(split.headings).toEqual(
			new Map([
				[3, 2],
				[5, 3],
			]),
		);
	});

	it('reads one line under the fewest hashes over marked titles as the page’s name, not a title', () => {
		const split = splitOf(['# 人民日报', '## 城东新建一座图书馆', '正文。', '## 城西公园完成改造', '正文。'].join('\n'));
		expect(split.titles).toEqual(new Set([2, 4]));
		expect(split.everyItem).toBe(false);
	});

	it('keeps one article’s title a title over its headings', () => {
		const split = splitOf(['# 城东新建一座图书馆', '本报记者  王  某', '正文。', '### 开馆首日人气旺', '正文。', '### 读者点赞', '正文。'].join('\n'));
		expect(split.titles).toEqual(new Set([1]));
		expect([...split.headings.keys()]).toEqual([4, 6]);
	});

	it('starts an item at a plain kicker over its marked title, where the page marks no kicker, but not at a paragraph’s end or a signature', () => {
		const split = splitOf(
			[
				'城东文化设施建设提速',
				'# 城东新建一座图书馆',
				'正文。',
				'历史从来属于奋进者！',
				'# 城西公园完成改造',
				'正文。',
				'数据来源：市园林局',
				'# 城南老街焕新颜',
				'正文。',
				'市文旅局局长张三：',
				'# “让老街留住乡愁”',
				'正文。',
				'李  某',
				'# 城北新添口袋公园',
				'正文。',
			].join('\n'),
		);
		expect(split.starts).toEqual(new Set([1, 5, 8, 10, 14]));
	});

	it('says nothing of the items on a page marked in bold only', () => {
		const split = splitOf(['城东新建一座图书馆', '正文。', '**开馆首日人气旺**', '正文。'].join('\n'));
		expect(split).toEqual({ starts: new Set(), titles: new Set(), everyItem: false, headings: new Map([[3, 2]]), subtitles: new Set() });
	});
});
