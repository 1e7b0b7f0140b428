import { describe, expect, it } from 'vitest';
import type { ExpectedPage } from '../../../scripts/eval/expected.ts';
import { expectedIn, renderArticles, renderDay, renderPage } from '../../../scripts/eval/page-layouts.ts';

const LONG =
	'书架上摆满了新书，孩子们在这里读书、画画，老师们也常来这里备课，图书馆成了学校里最热闹的地方，每到课间，这里总是坐满了人，连走廊上也有捧着书的孩子，校长说，这是学校这些年来最好的变化。';

const page: ExpectedPage = {
	source: 'test-2026-04-28-01',
	date: '2026-04-28',
	page: 1,
	pageName: '要闻',
	items: [
		{
			kicker: '建设书香校园——',
			title: '山区小学用上了新图书馆',
			byline: '本报记者  王  林',
			authors: ['王林'],
			blocks: [
				{ kind: 'paragraph', text: '清晨，阳光洒进新建成的图书馆。' },
				{ kind: 'heading', text: '书架满了' },
				{ kind: 'paragraph', text: LONG },
			],
		},
	],
	credits: ['本版责编：张  三'],
};

describe('renderPage', () => {
	it('gives one line per block, plain or with full-width indents before paragraphs', () => {
		expect(renderPage(page, 'plain')).toBe(
			`建设书香校园——\n山区小学用上了新图书馆\n本报记者  王  林\n清晨，阳光洒进新建成的图书馆。\n书架满了\n${LONG}\n本版责编：张  三\n`,
		);
		expect(renderPage(page, 'indent').split('\n').slice(3, 6)).toEqual([
			'\u3000\u3000清晨，阳光洒进新建成的图书馆。',
			'\u3000\u3000书架满了',
			`\u3000\u3000${LONG}`,
		]);
	});

	it('cuts long paragraphs at column breaks, never after a sentence end or before punctuation, losing nothing', () => {
		const lines = renderPage(page, 'columns').trimEnd().split('\n');
		const parts = lines.slice(5, -1);
		expect(parts.length).toBeGreaterThan(1);
		expect(parts.join('')).toBe(`\u3000\u3000${LONG}`);
		for (const [i, part] of parts.entries()) {
			if (i > 0) expect(part).not.toMatch(/^[，。、；：！？）》”’]/u);
			if (i < parts.length - 1) expect(part).not.toMatch(/[。！？]$/u);
		}
		expect(renderPage(page, 'columns')).toBe(renderPage(page, 'columns'));
	});

	it('cuts after as few as one column line in the narrow layout, losing nothing', () => {
		const parts = renderPage(page, 'narrow').trimEnd().split('\n').slice(5, -1);
		expect(parts.join('')).toBe(`\u3000\u3000${LONG}`);
		// Each cut falls after whole column lines of 13 characters, one at least.
		for (const part of parts.slice(0, -1)) expect([...part.replace(/^\u3000+/u, '')].length).toBeGreaterThanOrEqual(13);
	});

	it('cuts wherever a column ended in the anywhere layout, right after a full stop too, losing nothing', () => {
		// Sentences of one column line each (13 characters): every column break falls after a full stop.
		const stops = '春来了，花都开了，鸟来了。'.repeat(12);
		const ofStops: ExpectedPage = { ...page, items: [{ ...page.items[0]!, blocks: [{ kind: 'paragraph', text: stops }] }] };
		const parts = renderPage(ofStops, 'anywhere').trimEnd().split('\n').slice(3, -1);
		expect(parts.join('')).toBe(`\u3000\u3000${stops}`);
		expect(parts.slice(0, -1).some((part) => part.endsWith('。'))).toBe(true);
		expect(
			renderPage(ofStops, 'columns')
				.trimEnd()
				.split('\n')
				.slice(3, -2)
				.some((part) => part.endsWith('。')),
		).toBe(false);
	});

	it('cuts every paragraph at one fixed width in the fixed layout, whatever falls there, losing nothing', () => {
		const lines = renderPage(page, 'fixed').trimEnd().split('\n');
		const parts = lines.slice(5, -1);
		expect(parts.join('')).toBe(`\u3000\u3000${LONG}`);
		const width = [...parts[1]!].length;
		expect([17, 24, 33]).toContain(width);
		expect(parts.slice(1, -1).every((part) => [...part].length === width)).toBe(true);
		expect([...parts[0]!].length).toBe(width + 2);
		// (A heading is a block of its own, never cut.)
		expect(lines[4]).toBe('\u3000\u3000书架满了');
		expect(renderPage(page, 'fixed')).toBe(renderPage(page, 'fixed'));
	});

	it('parts blocks with blank lines over unindented cut paragraphs in the parted layout', () => {
		const blocks = renderPage(page, 'parted').trimEnd().split('\n\n');
		expect(blocks.slice(0, 4)).toEqual(['第01版：要闻', '建设书香校园——', '山区小学用上了新图书馆', '本报记者  王  林']);
		const long = blocks.find((block) => block.startsWith('书架上'))!;
		expect(long.split('\n').length).toBeGreaterThan(1);
		expect(long.replaceAll('\n', '')).toBe(LONG);
	});

	it('wraps every paragraph at each printed line in the wrapped layout, losing nothing', () => {
		const lines = renderPage(page, 'wrapped').trimEnd().split('\n');
		const long = lines.slice(
			lines.findIndex((line) => line.startsWith('\u3000\u3000书架上')),
			-1,
		);
		expect(long.join('')).toBe(`\u3000\u3000${LONG}`);
		expect([...long[0]!.replace(/^\u3000+/u, '')].length).toBe(11);
		for (const line of long.slice(1, -1)) expect([...line.replace(/[，。、；：！？）》”’]+$/u, '')].length).toBe(13);
		for (const line of long.slice(1)) expect(line).not.toMatch(/^[，。、；：！？）》”’]/u);
	});

	it('marks the markdown layout as a crawler’s Markdown: ### kicker, # title, quoted byline, bold heading, blank lines', () => {
		expect(renderPage(page, 'markdown')).toBe(
			`### 建设书香校园——\n\n# 山区小学用上了新图书馆\n\n> 本报记者  王  林\n\n清晨，阳光洒进新建成的图书馆。\n\n**书架满了**\n\n${LONG}\n\n本版责编：张  三\n`,
		);
	});

	it('wraps the ocr layout as the wrapped one, every indent lost', () => {
		expect(renderPage(page, 'ocr')).toBe(renderPage(page, 'wrapped').replace(/^\u3000\u3000/gmu, ''));
		expect(renderPage(page, 'ocr')).not.toMatch(/^\u3000/mu);
	});

	it('parts the ocr layout’s blocks with blank lines in the ocr-parted layout, its lines kept', () => {
		const parted = renderPage(page, 'ocr-parted');
		expect(parted.replace(/\n\n/gu, '\n')).toBe(renderPage(page, 'ocr'));
		expect(parted.split('\n\n').length).toBe(7);
		expect(parted.split('\n\n').at(-2)!.split('\n').length).toBeGreaterThan(2);
	});

	it('loses every space next to a Chinese character in the spaceless layout, and nothing else', () => {
		const text = renderPage(page, 'spaceless');
		expect(text).toContain('\n本报记者王林\n');
		expect(text).toContain(`\u3000\u3000${LONG.replace(/ /g, '')}`);
		expect(text.replace(/[\s\u3000]/gu, '')).toBe(renderPage(page, 'indent').replace(/[\s\u3000]/gu, ''));
	});

	it('spaces every character next to one that is not ASCII in the spaced layout, as Tesseract does, and nothing else', () => {
		const text = renderPage(page, 'spaced');
		expect(text.split('\n').slice(0, 3)).toEqual(['建 设 书 香 校 园 — —', '山 区 小 学 用 上 了 新 图 书 馆', '本 报 记 者 王 林']);
		expect(renderPage({ ...page, items: [{ ...page.items[0]!, blocks: [{ kind: 'paragraph', text: '2026年，AI Agent导览上线。' }] }] }, 'spaced')).toContain(
			'\n2026 年 ， AI Agent 导 览 上 线 。\n',
		);
		expect(text.replace(/\s/gu, '')).toBe(renderPage(page, 'plain').replace(/\s/gu, ''));
	});

	it('makes the indent layout’s full-width forms half-width in the halfwidth layout, its expected items too', () => {
		const text = renderPage(page, 'halfwidth');
		expect(text).toBe(renderPage(page, 'indent').normalize('NFKC'));
		expect(text).toContain('\n  清晨,阳光洒进新建成的图书馆。\n');
		expect(expectedIn(page, 'halfwidth').items[0]!.blocks[0]!.text).toBe('清晨,阳光洒进新建成的图书馆。');
		expect(expectedIn(page, 'indent')).toBe(page);
	});

	it('puts a page header on top and blank lines between blocks', () => {
		expect(renderPage(page, 'blank').startsWith('第01版：要闻\n\n建设书香校园——\n\n')).toBe(true);
	});
});

describe('renderDay', () => {
	it('gives every page under its header, one after another', () => {
		const day = renderDay([page, { ...page, page: 2, pageName: '评论' }]);
		expect(day.match(/^第0\d版：.+$/gmu)).toEqual(['第01版：要闻', '第02版：评论']);
	});
});

describe('renderArticles', () => {
	it("puts its page's header over each article, and the page's credits under its last", () => {
		const second = { ...page.items[0]!, kicker: undefined, title: '城西公园完成改造' };
		const day = renderArticles([
			{ ...page, items: [page.items[0]!, second] },
			{ ...page, page: 2, pageName: '评论' },
		]);
		expect(day.match(/^\[0\d版：.+\]$/gmu)).toEqual(['[01版：要闻]', '[01版：要闻]', '[02版：评论]']);
		expect(day.match(/^本版责编.*$/gmu)).toHaveLength(2);
		expect(day.split('\n').findIndex((line) => line.startsWith('本版责编'))).toBeGreaterThan(day.split('\n').indexOf('城西公园完成改造'));
	});
});
