/**
 * Editors' additions (the archive's components in an item's body: <Correction>, <EditorNote>,
 * <Related>, <Photo>, and a picture for a figure) through the real build, served under a sub-path
 * and read in Chromium: what a reader sees, what search finds, what feeds and structured data say,
 * and that axe and the W3C Nu checker find nothing. And the build stops, naming the file, the line
 * and the components allowed, when a body holds an unknown component or a wrong prop.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { buildSite, runBuild } from '../support/build-site.ts';
import { launchChromium } from '../support/chromium.ts';
import { loadAsPhone } from '../support/phone-load.ts';
import { ingest, ROOT } from '../support/run-ingest.ts';
import { searchOnSite } from '../support/site-search.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { vnuCheckHtml } from '../support/vnu.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/site-additions/items');
const INBOX = join(ROOT, 'tests/fixtures/site-additions/inbox');
const ITEM = 'mdrb/2024-07-12/01-01';
const BASE = '/archive/';
const scratch = mkdtempSync(join(tmpdir(), 'additions-'));
const outDir = join(scratch, 'dist');

let ingested: ReturnType<typeof ingest>;
let server: StaticServer;
let browser: Browser;
let page: Page;
beforeAll(async () => {
	cpSync(FIXTURE, join(scratch, 'content/items'), { recursive: true });
	mkdirSync(join(scratch, 'content/pages'));
	// A page text with its scan (08.jpg, 08.pdf) and a sidecar naming a photo for one of its captions.
	ingested = ingest(join(INBOX, '08.txt'), '--out', join(scratch, 'content/items'));
	if (ingested.status !== 0) throw new Error(ingested.stderr);
	buildSite({ outDir, itemsDir: join(scratch, 'content/items'), basePath: BASE, siteUrl: 'https://example.org' });
	server = await serveStatic(outDir, BASE);
	browser = await launchChromium();
	page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 390, height: 844 } });
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
	rmSync(scratch, { recursive: true, force: true });
});

const open = async (path: string) => {
	const response = await page.goto(`${server.url}${path}`);
	expect(response?.status(), path).toBe(200);
};

describe('what a reader sees', () => {
	it('shows the corrections at the top of the item, newest first, each with its date', async () => {
		await open(`${ITEM}/`);
		const order = await page.$$eval('article > *', (elements) => elements.map((element) => element.className));
		expect(order.slice(0, 2)).toEqual(['item-header', 'addition corrections']);
		const corrections = await page.$$eval('.corrections .correction', (list) => list.map((element) => (element as HTMLElement).innerText.replace(/\s+/g, '')));
		expect(corrections).toEqual([
			'2024年7月20日更正：本文所记开园时间应为上午9时，不是10时。',
			'2024年7月15日更正：本文第二段“一百二十公顷”应为“二百一十公顷”。',
		]);
	});

	it("keeps the editor's note where it was written, marked as the editors'", async () => {
		await open(`${ITEM}/`);
		const blocks = await page.$$eval('.item-body > *', (elements) => elements.map((element) => (element as HTMLElement).innerText.trim().slice(0, 6)));
		expect(blocks.slice(0, 3)).toEqual(['本报讯（记者', '公园占地一百', '编者注\n\n公']);
	});

	it('links a related item by its title, under the sub-path, and the link works', async () => {
		await open(`${ITEM}/`);
		const link = await page.$eval('.related a', (a) => ({ text: a.textContent, href: (a as HTMLAnchorElement).href }));
		expect(link.text).toBe('观鸟爱好者聚湿地');
		expect(new URL(link.href).pathname).toBe(`${BASE}mdrb/2024-07-12/01-02/`);
		expect((await page.goto(link.href))?.status()).toBe(200);
	});

	it('shows each photo as a responsive picture in AVIF and WebP, its size set, loaded lazily, and loads it', async () => {
		await open(`${ITEM}/`);
		const pictures = await page.$$eval('picture', (list) =>
			list.map((picture) => {
				const img = picture.querySelector('img')!;
				return {
					types: [...picture.querySelectorAll('source')].map((source) => source.type),
					width: img.getAttribute('width'),
					height: img.getAttribute('height'),
					loading: img.loading,
					alt: img.alt,
					caption: picture.closest('figure')?.querySelector('figcaption')?.textContent,
				};
			}),
		);
		expect(pictures).toEqual([
			{ types: ['image/avif', 'image/webp'], width: '800', height: '500', loading: 'lazy', alt: '湿地公园里的栈道', caption: '图湿地公园里的栈道林立摄' },
			{
				types: ['image/avif', 'image/webp'],
				width: '1600',
				height: '1000',
				loading: 'lazy',
				alt: '湖面与远处的树林，示意图',
				caption: '示意图：湿地公园的湖面档案编辑绘制',
			},
		]);
		await page.$$eval('img', (images) => images.forEach((img) => img.scrollIntoView()));
		await page.waitForFunction(() => [...document.images].every((img) => img.complete));
		const loaded = await page.$$eval('img', (images) => images.map((img) => [img.currentSrc.replace(/^.*\./, ''), img.naturalWidth > 0]));
		expect(loaded).toEqual([
			['avif', true],
			['avif', true],
		]);
	});

	it('moves nothing on a phone while its pictures load: their width and height are set', async () => {
		const load = await loadAsPhone(browser, `${server.url}${ITEM}/`, undefined, '[...document.images].some((img) => img.complete && img.naturalWidth > 0)');
		expect(load.requests.filter((request) => request.resourceType === 'image').length).toBeGreaterThan(0);
		expect(load.layoutShifts).toEqual([]);
	});

	it('lists the corrections on the page of corrections, newest first, linking the item', async () => {
		await open('corrections/');
		const entries = await page.$$eval('.correction-list > li', (list) =>
			list.map((li) => [li.querySelector('time')!.dateTime, li.querySelector('a')!.getAttribute('href')]),
		);
		expect(entries).toEqual([
			['2024-07-20', `${BASE}${ITEM}/`],
			['2024-07-15', `${BASE}${ITEM}/`],
		]);
	});
});

describe('pictures that come with a page text', () => {
	it('archives the scan, the PDF and the photo beside the text, and says which sidecar photo found no caption', () => {
		const sources = join(scratch, 'content/sources/kjrb/2024-07-12');
		for (const file of ['08.txt', '08.yaml', '08.jpg', '08.pdf', 'hesheng.jpg'])
			expect(readFileSync(join(sources, file))).toEqual(readFileSync(join(INBOX, file)));
		expect(ingested.stderr).toContain('旁注 photos 第 2 项（hesheng.jpg）没有用上：版面上没有以“没有这样的图片说明”开头的图片说明。');
	});

	it('shows the printed page as a picture on the edition page, with its PDF', async () => {
		await open('kjrb/2024-07-12/');
		const scan = await page.$eval('#p08 .page-scan', (figure) => ({
			types: [...figure.querySelectorAll('source')].map((source) => source.type),
			alt: figure.querySelector('img')!.alt,
			pdf: figure.querySelector('a')!.getAttribute('href'),
		}));
		expect(scan).toEqual({ types: ['image/avif', 'image/webp'], alt: '第8版：园区版面图', pdf: `${BASE}kjrb/2024-07-12/08.pdf` });
		const response = await page.request.get(`${server.url}kjrb/2024-07-12/08.pdf`);
		expect([response.status(), Buffer.from(await response.body()).equals(readFileSync(join(INBOX, '08.pdf')))]).toEqual([200, true]);
	});

	it('links an item to its article online where its source gives the address', async () => {
		await open(`${ITEM}/`);
		expect(await page.$$eval('.item-source a', (links) => links.map((a) => [a.textContent, a.getAttribute('href')]))).toEqual([
			['网上原文', 'https://example.com/mdrb/2024-07-12/01-01.html'],
		]);
	});

	it("shows the sidecar's photo on the item whose caption it names, and links the item to its printed page", async () => {
		await open('kjrb/2024-07-12/08-01/');
		expect(await page.$eval('.figures picture img', (img) => (img as HTMLImageElement).alt)).toMatch(/^在兰州高新区兰州和盛堂制药股份有限公司内/);
		expect(await page.$eval('.item-source a', (a) => a.getAttribute('href'))).toBe(`${BASE}kjrb/2024-07-12/#p08`);
	});
});

describe('the printed text and what was added to it', () => {
	it('finds the printed text in search, never the words only an editor added', async () => {
		const search = (query: string) => searchOnSite(page, `${server.url}search/?q=${encodeURIComponent(query)}`);
		expect((await search('栖息鸟类')).hrefs.map((href) => new URL(href).pathname)).toEqual([`${BASE}${ITEM}/`]);
		for (const added of ['二百一十公顷', '园林局公告', '远处的树林']) expect((await search(added)).hrefs, added).toEqual([]);
	});

	it('describes the item in JSON-LD as modified on its latest correction, each correction a CorrectionComment', () => {
		const html = readFileSync(join(outDir, ITEM, 'index.html'), 'utf8');
		const json = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);
		expect(json).toMatchObject({ datePublished: '2024-07-12', dateModified: '2024-07-20' });
		expect(json.correction.map((c: { datePublished: string }) => c.datePublished)).toEqual(['2024-07-15', '2024-07-20']);
		expect(json.description).toBe('本报讯（记者林立）某市湿地公园11日上午10时开园，市民可沿栈道观鸟。');
	});

	it('dates the item as updated in Atom and JSON Feed, and tells of the correction in RSS', () => {
		expect(readFileSync(join(outDir, 'atom.xml'), 'utf8')).toContain('<updated>2024-07-19T16:00:00.000Z</updated>');
		const feed = JSON.parse(readFileSync(join(outDir, 'feed.json'), 'utf8'));
		expect(feed.items.find((entry: { url: string }) => entry.url.endsWith(`${ITEM}/`)).date_modified).toBe('2024-07-19T16:00:00.000Z');
		expect(readFileSync(join(outDir, 'rss.xml'), 'utf8')).toContain('更正（2024年7月20日）：本文所记开园时间应为上午9时，不是10时。');
	});
});

describe('third-party checks of pages with additions', () => {
	it.each([
		['light', `${ITEM}/`],
		['dark', `${ITEM}/`],
		['light', 'corrections/'],
	] as const)('axe finds nothing in the %s scheme on %s', async (scheme, path) => {
		await page.emulateMedia({ colorScheme: scheme });
		await open(path);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('the W3C Nu checker finds no error in any page of the build', () => {
		const report = vnuCheckHtml(outDir);
		expect(report.checked).toContain(`${ITEM}/index.html`);
		expect(report.errors).toEqual([]);
	});
});

describe('a body the build refuses', () => {
	it('names the file, the line and the fix: an unknown component, a wrong prop, a related item or a picture that is not there', () => {
		const broken = join(scratch, 'broken/items');
		cpSync(FIXTURE, broken, { recursive: true });
		const day = join(broken, 'mdrb/2024-07-12');
		const edit = (name: string, change: (text: string) => string) => writeFileSync(join(day, name), change(readFileSync(join(day, name), 'utf8')));
		edit('01-01.mdx', (text) => text.replace('<Related href="/mdrb/2024-07-12/01-02/" />', '<Related href="/mdrb/2024-07-12/01-09/" />'));
		edit('01-02.mdx', (text) => `${text}\n<Correction date="2024-7-15">更正。</Correction>\n`);
		writeFileSync(
			join(day, '01-03.mdx'),
			readFileSync(join(day, '01-02.mdx'), 'utf8')
				.replace('order: 2', 'order: 3')
				.replace('<Correction', '<Corection')
				.replace('</Correction>', '</Corection>'),
		);
		writeFileSync(
			join(day, '01-04.mdx'),
			readFileSync(join(FIXTURE, 'mdrb/2024-07-12/01-01.mdx'), 'utf8').replace('order: 1', 'order: 4').replace('./boardwalk.jpg', './nothere.jpg'),
		);
		writeFileSync(
			join(day, '01-05.mdx'),
			readFileSync(join(FIXTURE, 'mdrb/2024-07-12/01-01.mdx'), 'utf8').replace('order: 1', 'order: 5').replace('./boardwalk.jpg', join(INBOX, 'hesheng.jpg')),
		);
		const result = runBuild({ outDir: join(scratch, 'broken/dist'), itemsDir: broken });
		const output = result.stdout + result.stderr;
		expect(result.status).not.toBe(0);
		expect(output).toMatch(/items\/mdrb\/2024-07-12\/01-01\.mdx:39 <Related href="\/mdrb\/2024-07-12\/01-09\/" \/> 指向的稿件不存在/);
		expect(output).toMatch(/items\/mdrb\/2024-07-12\/01-02\.mdx:17 第 17 行：<Correction> 的属性有误：date 须为 YYYY-MM-DD 格式的日期/);
		expect(output).toMatch(/items\/mdrb\/2024-07-12\/01-03\.mdx:17 正文含有 MDX 代码（第 17 行的<Corection>（组件或 HTML 标签））/);
		expect(output).toContain('<Correction date="2024-07-15">…</Correction>、<EditorNote>…</EditorNote>');
		expect(output).toMatch(/items\/mdrb\/2024-07-12\/01-04\.mdx:11 figures 的 image 找不到图片 \.\/nothere\.jpg/);
		expect(output).toMatch(/items\/mdrb\/2024-07-12\/01-05\.mdx:11 figures 的 image \S+hesheng\.jpg 不在内容文件夹里/);
	});

	it('publishes no file from outside the content folder as a page PDF, and names the page record', () => {
		const content = join(scratch, 'outside');
		cpSync(FIXTURE, join(content, 'items'), { recursive: true });
		mkdirSync(join(content, 'pages/mdrb/2024-07-12'), { recursive: true });
		const record = [
			'paper: 某地日报',
			'date: 2024-07-12',
			'page: 1',
			'source:',
			'  file: content/sources/mdrb/2024-07-12/01.txt',
			'scan:',
			`  pdf: ${join(INBOX, '08.pdf')}`,
		];
		writeFileSync(join(content, 'pages/mdrb/2024-07-12/01.yaml'), `${record.join('\n')}\n`);
		const result = runBuild({ outDir: join(content, 'dist'), itemsDir: join(content, 'items') });
		expect(result.status).not.toBe(0);
		expect(result.stdout + result.stderr).toMatch(/pages\/mdrb\/2024-07-12\/01\.yaml 的 scan\.pdf（\S+08\.pdf）不在内容文件夹里/);
		expect(existsSync(join(content, 'dist/mdrb/2024-07-12/01.pdf'))).toBe(false);
	});
});
