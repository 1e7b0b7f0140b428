/**
 * A reader in real Chromium, against the built site served by a plain static server on
 * 127.0.0.1 under /archive/: open an item, follow a heading's permanent link, search and arrive.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { expectedIds, loadOracle } from '../support/search-oracle.ts';
import { CONTENT_ITEMS } from '../support/site-files.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
	browser = await launchChromium();
	page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
});

afterAll(async () => {
	await browser?.close();
});

/** Runs a query through the search page and returns the item paths of the results. */
async function search(query: string): Promise<string[]> {
	await page.goto(`${siteUrl}search/?q=${encodeURIComponent(query)}`);
	await page.waitForFunction(() => /找到|没有/.test(document.querySelector('#search-status')?.textContent ?? ''));
	const count = Number(await page.getAttribute('#search-results', 'data-result-count'));
	const hrefs = await page.$$eval('#search-results > li h2 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	expect(hrefs).toHaveLength(count);
	return hrefs.map((href) => href.replace(/^\/archive\//, '').replace(/\/$/, '')).sort();
}

describe('reading', () => {
	it('opens an item from the home page', async () => {
		await page.goto(siteUrl);
		await page.getByRole('link', { name: '兰州高新区为生物医药产业注入向“新”力' }).first().click();
		await expect.poll(() => page.url()).toBe(`${siteUrl}kjrb/2024-07-12/00-01/`);
		expect(await page.textContent('h1')).toBe('兰州高新区为生物医药产业注入向“新”力');
	});

	it("follows a heading's permanent link and lands on the heading", async () => {
		await page.goto(`${siteUrl}kjrb/2024-07-12/00-01/`);
		await page.click('h2#提供优质服务 a.anchor');
		const permalink = page.url();
		expect(decodeURIComponent(permalink)).toBe(`${siteUrl}kjrb/2024-07-12/00-01/#提供优质服务`);

		const fresh = await browser.newPage({ viewport: { width: 390, height: 844 } });
		await fresh.goto(permalink);
		const top = await fresh.$eval('h2#提供优质服务', (h) => h.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(100);
		await fresh.close();
	});

	it('walks the page in print order with previous and next', async () => {
		await page.goto(`${siteUrl}kjrb/2024-07-12/00-02/`);
		await page.click('a[rel="next"]');
		await expect.poll(() => page.url()).toBe(`${siteUrl}kjrb/2024-07-12/00-03/`);
		await page.click('a[rel="prev"]');
		await expect.poll(() => page.url()).toBe(`${siteUrl}kjrb/2024-07-12/00-02/`);
	});
});

describe('reading comfortably', () => {
	/** Where every visible block of the page sits, to prove that a change moved nothing. */
	const layoutOf = (p: Page) =>
		p.$$eval('header, main, main *, .sidebar', (elements) =>
			elements.map((e) => {
				const box = e.getBoundingClientRect();
				return [Math.round(box.x), Math.round(box.y), Math.round(box.width), Math.round(box.height)].join(',');
			}),
		);
	const paperColour = (p: Page) => p.evaluate(() => getComputedStyle(document.body).backgroundColor);

	it('follows the system colour scheme, and the theme button switches it without moving anything', async () => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
		const reader = await context.newPage();
		await reader.goto(`${siteUrl}kjrb/2024-07-12/00-01/`);
		expect(await paperColour(reader)).toBe('rgb(22, 23, 26)');
		const before = await layoutOf(reader);
		await reader.click('[data-theme-toggle]');
		expect(await paperColour(reader)).toBe('rgb(255, 255, 255)');
		expect(await layoutOf(reader)).toEqual(before);

		// The choice holds on the next page, from the first paint on.
		await reader.goto(`${siteUrl}kjrb/2024-07-12/00-02/`);
		expect(await reader.getAttribute('html', 'data-theme')).toBe('light');
		expect(await paperColour(reader)).toBe('rgb(255, 255, 255)');
		// Switching back to what the system asks for follows the system again.
		await reader.click('[data-theme-toggle]');
		expect(await reader.getAttribute('html', 'data-theme')).toBeNull();
		expect(await reader.evaluate(() => localStorage.getItem('theme'))).toBeNull();
		await context.close();
	});

	it("copies a section's permanent link from its anchor", async () => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl).origin });
		const reader = await context.newPage();
		await reader.goto(`${siteUrl}kjrb/2024-07-12/00-01/`);
		await reader.click('h2#提供优质服务 a.anchor');
		await expect.poll(() => reader.textContent('[data-copy-status]')).toBe('已复制本节链接');
		const copied = await reader.evaluate(() => navigator.clipboard.readText());
		expect(decodeURIComponent(copied)).toBe(`${siteUrl}kjrb/2024-07-12/00-01/#提供优质服务`);
		await context.close();
	});

	it('prints the item alone, in black on white, even in dark mode', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
		const reader = await context.newPage();
		await reader.goto(`${siteUrl}kjrb/2024-07-12/00-01/`);
		await reader.emulateMedia({ media: 'print' });
		const hidden = await reader.$$eval('.site-header, .sidebar, .toc, .prev-next, .site-footer', (elements) =>
			elements.map((e) => getComputedStyle(e).display),
		);
		expect(hidden.length).toBeGreaterThan(3);
		expect(new Set(hidden)).toEqual(new Set(['none']));
		expect(await reader.$eval('h1', (h) => getComputedStyle(h).color)).toBe('rgb(0, 0, 0)');
		expect(await paperColour(reader)).toBe('rgb(255, 255, 255)');
		expect(await reader.isVisible('.cite')).toBe(true);
		await context.close();
	});
});

describe('searching', () => {
	it('finds 司美格鲁肽 and reaches the item', async () => {
		expect(await search('司美格鲁肽')).toEqual(['kjrb/2024-07-12/00-01']);
		await page.click('#search-results > li h2 a');
		await expect.poll(() => page.url()).toContain('/archive/kjrb/2024-07-12/00-01/');
		expect(await page.textContent('h1')).toBe('兰州高新区为生物医药产业注入向“新”力');
	});

	it('tells "not searched yet" (no data-result-count) from "no results" (0)', async () => {
		await page.goto(`${siteUrl}search/`);
		expect(await page.getAttribute('#search-results', 'data-result-count')).toBeNull();
		expect(await search('没有这样的词语组合')).toEqual([]);
		expect(await page.getAttribute('#search-results', 'data-result-count')).toBe('0');
		expect(await page.getAttribute('#search-results', 'aria-busy')).toBeNull();
	});

	it('answers a query too long to run at once, and the next search still works', async () => {
		await page.goto(`${siteUrl}search/?q=${encodeURIComponent('科技'.repeat(150))}`);
		// No timing: the answer is the message, not results after a long wait.
		await page.waitForFunction(() => /太长/.test(document.querySelector('#search-status')?.textContent ?? ''));
		expect(await page.textContent('#search-status')).toContain('最多 200 个字');
		expect(await page.getAttribute('#search-results', 'aria-busy')).toBeNull();
		expect(await search('司美格鲁肽')).toEqual(['kjrb/2024-07-12/00-01']);
		expect(await page.getAttribute('#search-results', 'aria-busy')).toBeNull();
	});

	it('runs the query from the header search box of any page', async () => {
		await page.goto(`${siteUrl}kjrb/2024-07-12/00-05/`);
		await page.fill('#site-search-input', '明月湖');
		await page.press('#site-search-input', 'Enter');
		await page.waitForFunction(() => document.querySelector('#search-results')?.hasAttribute('data-result-count'));
		expect(decodeURIComponent(page.url())).toContain('search/?q=明月湖');
		expect(Number(await page.getAttribute('#search-results', 'data-result-count'))).toBeGreaterThan(0);
	});

	it('links a result to the section that matches', async () => {
		expect(await search('李佩儒')).toEqual(['kjrb/2024-07-12/00-01']);
		const sections = await page.$$eval('.search-result-sections a', (links) => links.map((a) => decodeURIComponent((a as HTMLAnchorElement).href)));
		expect(sections).toEqual([`${siteUrl}kjrb/2024-07-12/00-01/#提供优质服务`]);
		await page.click('.search-result-sections a');
		await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toBe('#提供优质服务');
	});

	it('shows an excerpt with the match highlighted and no inserted spaces', async () => {
		await search('司美格鲁肽');
		const marks = await page.$$eval('#search-results mark', (nodes) => nodes.map((n) => n.textContent));
		expect(marks).toContain('司美格鲁肽');
		const excerpt = await page.textContent('.search-result-excerpt');
		expect(excerpt).toMatch(/司美格鲁肽注射液/);
	});

	// The substring oracle: an item matches when its text contains the query, ignoring letter
	// case and whitespace.
	const oracle = loadOracle(CONTENT_ITEMS);
	const containing = (...terms: string[]) => expectedIds(oracle, terms).sort();
	const queries = [
		'司美格鲁肽',
		'格鲁',
		'生物医药',
		'园区',
		'明月湖',
		'算力',
		'南中轴',
		'7月10日',
		'GLP-1',
		'glp-1',
		'GLP-1受体',
		'web3',
		'500PFLOPS',
		'PFLOPS',
		'AI制药',
		'AI+智能',
		'“新”力',
		'62.4亿元',
		'(西北)',
		'肽注射',
		'鲁司',
		'医药生物',
		'湖明月',
		'GLP1',
		'高新区构建',
		'曾文溪摄',
		'@',
		'力在兰州',
		'合作目前',
	];
	it.each(queries)('returns exactly the items containing %s', async (query) => {
		expect(await search(query)).toEqual(containing(query));
	});

	it('requires every space-separated term', async () => {
		expect(await search('生物医药 算力')).toEqual(containing('生物医药', '算力'));
		expect(await search('生物医药 明月湖')).toEqual(containing('生物医药', '明月湖'));
	});
});

describe('searching like a reader', () => {
	it('finds Simplified text from a Traditional query', async () => {
		expect(await search('生物醫藥')).toEqual(await search('生物医药'));
		await search('生物醫藥');
		expect(await page.textContent('#search-status')).toContain('已按简体“生物医药”搜索');
	});

	it('filters and sorts from a shareable URL', async () => {
		await page.goto(`${siteUrl}search/?q=${encodeURIComponent('科技')}&column=${encodeURIComponent('园镜头')}&sort=newest`);
		await page.waitForFunction(() => /找到|没有/.test(document.querySelector('#search-status')?.textContent ?? ''));
		const hrefs = await page.$$eval('#search-results > li h2 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(hrefs.sort()).toEqual(['/archive/kjrb/2024-07-12/00-02/', '/archive/kjrb/2024-07-12/00-03/', '/archive/kjrb/2024-07-12/00-04/']);
		expect(await page.$eval('select[name="column"]', (s) => (s as HTMLSelectElement).value)).toBe('园镜头');
		expect(await page.$eval('select[name="sort"]', (s) => (s as HTMLSelectElement).value)).toBe('newest');
	});

	it('narrows a search by choosing a filter, and puts it in the URL', async () => {
		await search('科技');
		const all = Number(await page.getAttribute('#search-results', 'data-result-count'));
		await page.click('#search-filters summary');
		await page.waitForSelector('select[name="place"] option[value="北京"]', { state: 'attached' });
		await page.selectOption('select[name="place"]', '北京');
		await page.waitForFunction((before) => document.querySelector('#search-results')?.getAttribute('data-result-count') !== String(before), all);
		expect(Number(await page.getAttribute('#search-results', 'data-result-count'))).toBeLessThan(all);
		expect(decodeURIComponent(page.url())).toContain('place=北京');
	});

	it('highlights the match on the item page after a click', async () => {
		await search('南中轴');
		const href = await page.getAttribute('#search-results > li h2 a', 'href');
		expect(href).toContain('#:~:text=');
		await page.click('#search-results > li h2 a');
		await page.waitForLoadState('load');
		expect(page.url()).toContain('/archive/kjrb/2024-07-12/00-05/');
	});

	it('focuses the search box with "/" from any page, and announces the count', async () => {
		await page.goto(`${siteUrl}kjrb/2024-07-12/00-02/`);
		await page.keyboard.press('/');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
		await page.goto(`${siteUrl}search/`);
		await page.keyboard.press('/');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
		expect(await page.getAttribute('#search-status', 'role')).toBe('status');
		expect(await page.$eval('#search-input', (input) => (input as HTMLInputElement).labels?.[0]?.textContent)).toBe('搜索稿件全文');
	});

	it('loads no search code on other pages', async () => {
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		await page.goto(`${siteUrl}kjrb/2024-07-12/00-01/`);
		await page.goto(siteUrl);
		page.removeAllListeners('request');
		expect(requested.filter((path) => /pagefind|\.js$/.test(path))).toEqual([]);
	});
});
