/**
 * The corpus's pages as other pipelines hand them over (scripts/eval/page-variants.ts): each variant's text and the items a
 * careful editor reads in it, and the ingester's split of a page of this file's own words in every variant, scored.
 */
import { describe, expect, it } from 'vitest';
import type { ExpectedPage } from '../../../scripts/eval/expected.ts';
import { PAGE_VARIANTS, renderVariant, VARIANT_LAYOUTS } from '../../../scripts/eval/page-variants.ts';
import { joinedPages, readAsIngest } from '../../../scripts/eval/read-as-ingest.ts';
import { scorePage } from '../../../scripts/eval/score.ts';
import { decodeSource } from '../../../scripts/ingest/read-source.ts';

const page: ExpectedPage = {
	source: 'test-2026-04-28-05',
	date: '2026-04-28',
	page: 5,
	pageName: '社会',
	items: [
		{
			title: '山区小学用上了新图书馆',
			subtitle: '——访某县教育局负责人',
			byline: '本报记者  王  林',
			authors: ['王林'],
			blocks: [
				{ kind: 'paragraph', text: '本报某地4月27日电  清晨，阳光洒进新建成的图书馆。' },
				{ kind: 'paragraph', text: '“孩子们爱来这里。”老师说。' },
			],
		},
		{
			title: '城西公园完成改造',
			byline: '本报记者  李  晴',
			authors: ['李晴'],
			blocks: [
				{ kind: 'paragraph', text: '城西公园改造工程近日完工，新增步道三公里。' },
				{ kind: 'paragraph', text: '不少市民清晨来这里散步。' },
			],
		},
	],
	credits: ['本版责编：张  三'],
};

describe('renderVariant', () => {
	it('prints a web copy’s lines around each article, its items the page’s own', () => {
		const { text, expected } = renderVariant(page, PAGE_VARIANTS['publication-line']!, VARIANT_LAYOUTS.indent);
		expect(text.split('\n').slice(0, 5)).toEqual([
			'山区小学用上了新图书馆',
			'——访某县教育局负责人',
			'本报记者  王  林',
			'2026年04月26日08:22 | 来源：人民网－人民日报',
			'\u3000\u3000本报某地4月27日电  清晨，阳光洒进新建成的图书馆。',
		]);
		expect(expected).toEqual(page);
	});

	it('marks every other title as a site does, the printed title expected', () => {
		const { text, expected } = renderVariant(page, PAGE_VARIANTS['picture-mark']!, VARIANT_LAYOUTS.plain);
		expect(text.split('\n')).toContain('山区小学用上了新图书馆（图）');
		expect(text.split('\n')).toContain('城西公园完成改造');
		expect(expected.items.map((item) => item.title)).toEqual(['山区小学用上了新图书馆', '城西公园完成改造']);
	});

	it('expects a site’s editors under each article among the credits, and a pipeline’s dash in the items', () => {
		expect(renderVariant(page, PAGE_VARIANTS['bracketed-editors']!, '').expected.credits).toEqual([
			'【责任编辑：王浩、李强】',
			'【责任编辑：张三】',
			'本版责编：张  三',
		]);
		const dashed = renderVariant(page, PAGE_VARIANTS['ocr-dash']!, '');
		expect(dashed.text).toContain('一一访某县教育局负责人');
		expect(dashed.expected.items[0]!.subtitle).toBe('一一访某县教育局负责人');
	});

	it('runs an article’s paragraphs together on one line, each with its indent', () => {
		const { text } = renderVariant(page, PAGE_VARIANTS['run-together']!, '');
		expect(text.split('\n')[3]).toBe('\u3000\u3000本报某地4月27日电  清晨，阳光洒进新建成的图书馆。\u3000\u3000“孩子们爱来这里。”老师说。');
	});

	it('saves the page as HTML, its text escaped: a block to a line, or a document on one line with what a browser hides', () => {
		const quoted: ExpectedPage = { ...page, items: [{ ...page.items[1]!, blocks: [{ kind: 'paragraph', text: '评分>4.5 & 藏书<三千>册。' }] }] };
		expect(renderVariant(quoted, PAGE_VARIANTS['html-blocks']!, '').text).toBe(
			'<h1>城西公园完成改造</h1>\n<p>本报记者  李  晴</p>\n<p>评分&gt;4.5 &amp; 藏书&lt;三千&gt;册。</p>\n<p>本版责编：张  三</p>\n',
		);
		const document = renderVariant(quoted, PAGE_VARIANTS['html-document']!, VARIANT_LAYOUTS.indent).text;
		expect(document.split('\n')).toHaveLength(2);
		expect(document).toMatch(/^<!DOCTYPE html><html lang="zh-CN"><head>.*<script>.*<\/head><body>.*<p>\u3000\u3000评分&gt;4\.5/u);
	});
});

describe('the ingester on every variant', () => {
	// (Paragraphs run together on a page of two articles of two paragraphs each are parted as the page's own.)
	for (const [name, variant] of Object.entries(PAGE_VARIANTS)) {
		for (const [layout, indent] of Object.entries(VARIANT_LAYOUTS)) {
			it(`reads ${name} (${layout}) as the page itself`, () => {
				const { text, expected } = renderVariant(page, variant, indent);
				// (As the scorer reads a corpus file: decoded from its bytes, where line ends are read.)
				const split = readAsIngest(decodeSource(new TextEncoder().encode(text), `${name}.txt`), { paper: '人民日报' });
				const score = scorePage(name, layout, expected.items, joinedPages(split), split.chars);
				expect(score.details).toEqual([]);
				expect(score.exact).toBe(2);
				expect(split.mismatch).toBeUndefined();
			});
		}
	}
});

describe('a site’s outlet under every header', () => {
	// (A page with no bylines, as 2019's crawl gives it: a title asked, and an advertisement's title alone at the foot.)
	const untitled: ExpectedPage = {
		source: 'test-2019-02-12-04',
		date: '2019-02-12',
		page: 4,
		pageName: '',
		items: [
			{
				title: '南方为何出现连阴雨？',
				blocks: [
					{ kind: 'paragraph', text: '近期，南方多地出现连阴雨天气。' },
					{ kind: 'paragraph', text: '气象专家表示，连阴雨还将持续。（本报记者  张三）' },
				],
			},
			{ title: '春节假期全国电影票房创新高', blocks: [{ kind: 'paragraph', text: '今年春节假期，全国电影票房创新高。' }] },
			{ title: '广告', blocks: [] },
		],
		credits: ['版式：蔡华伟'],
	};
	for (const [layout, indent] of Object.entries(VARIANT_LAYOUTS)) {
		it(`reads it as furniture under a question, and over the credits under a title alone (${layout})`, () => {
			const { text, expected } = renderVariant(untitled, PAGE_VARIANTS['outlet-source']!, indent);
			const split = readAsIngest(decodeSource(new TextEncoder().encode(text), 'outlet.txt'), { paper: '人民日报' });
			const score = scorePage('outlet', layout, expected.items, joinedPages(split), split.chars);
			expect(score.details).toEqual([]);
			expect(score.exact).toBe(3);
		});
	}
});
