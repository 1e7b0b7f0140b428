/**
 * The outline of --outline, from a parsed page written out here (not from the parser, whose
 * split is tested elsewhere): what each item shows, where the uncertain places go, and the text
 * a maintainer reads in a terminal.
 */
import { describe, expect, it } from 'vitest';
import { formatOutline, outlineOf, type OutlinePage } from '../../../scripts/ingest/outline.ts';
import type { ParsedPage } from '../../../scripts/ingest/parse-page.ts';

const PARSED: ParsedPage = {
	items: [
		{
			order: 1,
			kicker: '各地扎实推进——',
			title: '城东新建一座图书馆',
			subtitle: '——藏书十万册',
			byline: '本报记者  张  三  李  四',
			authors: [
				{ name: '张三', role: '本报记者' },
				{ name: '李四', role: '本报记者' },
			],
			body: [
				{ type: 'paragraph', text: '第一段。', lines: [16, 16] },
				{ type: 'heading', depth: 2, text: '一、开馆', lines: [17, 17] },
				{ type: 'paragraph', text: '第二段。', lines: [18, 18] },
				{ type: 'heading', depth: 2, text: '二、读者', lines: [19, 19] },
				{ type: 'paragraph', text: '第三段。', lines: [20, 20] },
			],
			figures: [{ caption: '图为图书馆。', credit: '王五摄', lines: [21, 21] }],
			lines: [12, 21],
		},
		{
			order: 2,
			column: '速览',
			title: '城西公园完成改造',
			authors: [],
			body: [{ type: 'paragraph', text: '正文。', lines: [24, 24] }],
			figures: [],
			lines: [22, 24],
		},
	],
	columns: [{ name: '速览', line: 22 }],
	credits: [],
	uncertain: [
		{ line: 11, why: '这一行不知归谁。' },
		{ line: 23, why: '这一行可能是小标题。' },
	],
};

describe('outlineOf', () => {
	it('gives each item its header, names, headings and counts, and puts each uncertain place in its item or on the page', () => {
		const outline = outlineOf({
			file: 'inbox/day.txt',
			page: 3,
			pageName: '要闻',
			lines: [10, 24],
			parsed: PARSED,
			hinted: [{ line: 22, hint: 'split.itemStarts 的 22' }],
		});
		expect(outline.uncertain).toEqual([{ line: 11, why: '这一行不知归谁。' }]);
		expect(outline.items).toEqual([
			{
				order: 1,
				column: undefined,
				kicker: '各地扎实推进——',
				title: '城东新建一座图书馆',
				subtitle: '——藏书十万册',
				authors: ['张三', '李四'],
				headings: ['一、开馆', '二、读者'],
				paragraphs: 3,
				figures: 1,
				lines: [12, 21],
				hint: undefined,
				uncertain: [],
			},
			{
				order: 2,
				column: '速览',
				kicker: undefined,
				title: '城西公园完成改造',
				subtitle: undefined,
				authors: [],
				headings: [],
				paragraphs: 1,
				figures: 0,
				lines: [22, 24],
				hint: 'split.itemStarts 的 22',
				uncertain: [{ line: 23, why: '这一行可能是小标题。' }],
			},
		]);
	});
});

describe('formatOutline', () => {
	it('prints pages, items and marks as plain text with Chinese labels, and says that nothing was written', () => {
		const pages: OutlinePage[] = [
			outlineOf({ file: 'inbox/day.txt', page: 3, pageName: '要闻', lines: [10, 24], parsed: PARSED, hinted: [{ line: 22, hint: 'split.itemStarts 的 22' }] }),
			outlineOf({ file: 'inbox/b.txt', lines: [1, 1], parsed: { items: [], columns: [], credits: [], uncertain: [] }, readAs: ['按 Markdown 标记'] }),
		];
		expect(formatOutline(pages)).toEqual([
			'inbox/day.txt  第03版：要闻（第 10–24 行，2 篇稿件）',
			'  ！待核对 inbox/day.txt:11：这一行不知归谁。',
			'  1. 引题：各地扎实推进——',
			'     标题：城东新建一座图书馆',
			'     副题：——藏书十万册',
			'     署名：张三、李四',
			'     小标题：一、开馆｜二、读者',
			'     3 段，1 幅图　inbox/day.txt:12-21',
			'  2. 栏目：速览',
			'     标题：城西公园完成改造',
			'     1 段　inbox/day.txt:22-24　（旁注提示：split.itemStarts 的 22）',
			'     ！待核对 inbox/day.txt:23：这一行可能是小标题。',
			'',
			'inbox/b.txt  版次未知（第 1 行，0 篇稿件，按 Markdown 标记读取）',
			'',
			'共 2 个版面，2 篇稿件，2 处待核对（标有“！待核对”）。只显示拆分，未写入任何文件。',
		]);
	});

	it('says so when there is nothing to show', () => {
		expect(formatOutline([])).toEqual(['共 0 个版面，0 篇稿件。只显示拆分，未写入任何文件。']);
	});
});
