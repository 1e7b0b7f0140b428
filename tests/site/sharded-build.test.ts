/**
 * An archive of two years, built whole on one machine and in two parts as two machines would
 * (ARCHIVE_YEARS=2024 and ARCHIVE_YEARS=2025) and merged with the merge-builds CLI. The merged
 * site must be the whole build, page for page, and its one search must find in both years'
 * shards what the whole build's search finds, in Chromium, under a sub-path.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, runBuild } from '../support/build-site.ts';
import { launchChromium } from '../support/chromium.ts';
import { checkLinks, formatProblems } from '../support/link-check.ts';
import { searchOnSite } from '../support/site-search.ts';
import { freePort, serveStatic, type StaticServer } from '../support/static-server.ts';
import type { SearchManifest } from '../../src/search/shared/shards.ts';
import { filesUnder } from '../support/site-files.ts';

const ROOT = join(import.meta.dirname, '../..');
const NODE = join(ROOT, 'node_modules/.bin/node');
const BASE = '/archive/';
const scratch = mkdtempSync(join(tmpdir(), 'sharded-build-'));
const items = join(scratch, 'items');
const whole = join(scratch, 'whole');
const parts = { 2024: join(scratch, 'part-2024'), 2025: join(scratch, 'part-2025') };
const merged = join(scratch, 'merged');

function mergeBuilds(out: string, ...dirs: string[]) {
	return spawnSync(NODE, [join(ROOT, 'scripts/merge-builds.ts'), '--out', out, ...dirs], { cwd: ROOT, encoding: 'utf8' });
}

/** Every file of a build, by its path inside the build. */
function filesOf(dir: string): string[] {
	return filesUnder(dir, '')
		.map((file) => relative(dir, file).split(sep).join('/'))
		.sort();
}

const sitemapUrls = (dir: string) =>
	filesOf(dir)
		.filter((path) => /^sitemap-\d+\.xml$/.test(path))
		.flatMap((path) => [...readFileSync(join(dir, path), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!))
		.sort();

let port: number;
let siteUrl: string;
let wholeUrl: string;
let browser: Browser;
const servers: StaticServer[] = [];

beforeAll(async () => {
	for (const [fixture, date, page] of [
		['rmrb-yaowen', '2024-07-15', '1'],
		['xinhua-wenlv', '2024-07-15', '4'],
		['jjrb-sulan', '2024-07-16', '1'],
		['gmrb-keji', '2025-01-02', '1'],
	] as const) {
		const ingest = spawnSync(
			NODE,
			[
				join(ROOT, 'scripts/ingest.ts'),
				join(ROOT, `tests/fixtures/pages/${fixture}.txt`),
				'--out',
				items,
				'--sources',
				join(scratch, 'sources'),
				'--paper',
				'人民日报',
				'--date',
				date,
				'--page',
				page,
			],
			{ cwd: ROOT, encoding: 'utf8' },
		);
		if (ingest.status !== 0) throw new Error(ingest.stderr);
	}
	port = await freePort();
	siteUrl = `http://127.0.0.1:${port}`;
	buildSite({ outDir: whole, basePath: BASE, siteUrl, itemsDir: items });
	buildSite({ outDir: parts[2024], basePath: BASE, siteUrl, itemsDir: items, years: ['2024'] });
	buildSite({ outDir: parts[2025], basePath: BASE, siteUrl, itemsDir: items, years: ['2025'] });
	browser = await launchChromium();
}, 300_000);

afterAll(async () => {
	await browser?.close();
	for (const server of servers) await server.close();
	rmSync(scratch, { recursive: true, force: true });
});

/** The paths of every result of a search of the whole archive on the site at `siteUrl`. */
async function search(page: Page, siteUrl: string, query: string, sort = 'relevance', filters = '&scope=all'): Promise<string[]> {
	const { hrefs, status } = await searchOnSite(page, `${siteUrl}search/?q=${encodeURIComponent(query)}&sort=${sort}${filters}`);
	expect(status).not.toContain('失败');
	return hrefs.map((href) => new URL(href).pathname);
}

describe('an archive built in two parts on separate machines', () => {
	it('gives each part its own years: their pages and search shards, and every page that spans the archive', () => {
		const manifest = JSON.parse(readFileSync(join(whole, 'pagefind/shards.json'), 'utf8')) as SearchManifest;
		expect(manifest.shards.map((shard) => shard.id)).toEqual(['2025', '2024']);
		expect(existsSync(join(parts[2024], 'pagefind/2024/pagefind.js'))).toBe(true);
		expect(existsSync(join(parts[2024], 'pagefind/2025'))).toBe(false);
		expect(existsSync(join(parts[2024], 'rmrb/2024-07-15/index.html'))).toBe(true);
		expect(existsSync(join(parts[2024], 'rmrb/2025-01-02/index.html'))).toBe(false);
		expect(existsSync(join(parts[2025], 'rmrb/2025/index.html'))).toBe(true);
		expect(existsSync(join(parts[2025], 'rmrb/2024/index.html'))).toBe(false);
		for (const part of Object.values(parts)) expect(existsSync(join(part, 'index.html'))).toBe(true);
	});

	it('refuses to merge parts that leave a shard out, naming the year to build, and writes nothing', () => {
		const out = join(scratch, 'incomplete');
		const result = mergeBuilds(out, parts[2024], whole.replace(/whole$/, 'missing'));
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('检索分片 2025（2025-01-01 至 2025-12-31）不在任何一部分里：请构建 ARCHIVE_YEARS=2025');
		expect(result.stderr).toContain('missing：没有 pagefind/shards.json');
		expect(existsSync(out)).toBe(false);
	});

	it('refuses to merge parts built from different content, naming the files that differ', () => {
		const result = mergeBuilds(join(scratch, 'mixed'), parts[2024], parts[2025], join(ROOT, '.cache/test-site'));
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/index\.html：.* 与 .* 不同/);
		expect(result.stderr).toContain('各部分须用同一版内容、同样的 BASE_PATH、SITE_URL 和 SEARCH_FIRST_ITEMS 构建');
		expect(existsSync(join(scratch, 'mixed'))).toBe(false);
	});

	it('refuses to merge shards indexed by different versions of Pagefind', () => {
		const other = join(scratch, 'part-2025-other-pagefind');
		cpSync(parts[2025], other, { recursive: true });
		const entryFile = join(other, 'pagefind/2025/pagefind-entry.json');
		writeFileSync(entryFile, readFileSync(entryFile, 'utf8').replace(/"version":"[^"]*"/, '"version":"0.0.1"'));
		const result = mergeBuilds(join(scratch, 'versions'), parts[2024], other);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/检索分片由不同版本的 Pagefind 建立（2025：0\.0\.1，2024：1\.\d+\.\d+）/);
		expect(existsSync(join(scratch, 'versions'))).toBe(false);
	});

	it('merges into the whole build: the same files, the same pages byte for byte, the same sitemap', () => {
		const result = mergeBuilds(merged, parts[2024], parts[2025]);
		expect(result.status, result.stderr).toBe(0);
		expect(filesOf(merged).filter((path) => !path.startsWith('pagefind/'))).toEqual(filesOf(whole).filter((path) => !path.startsWith('pagefind/')));
		const pages = filesOf(whole).filter((path) => !path.startsWith('pagefind/') && !/^sitemap-/.test(path));
		const differing = pages.filter((path) => !readFileSync(join(merged, path)).equals(readFileSync(join(whole, path))));
		expect(differing).toEqual([]);
		expect(sitemapUrls(merged)).toEqual(sitemapUrls(whole));
		expect(readFileSync(join(merged, 'sitemap-index.xml'), 'utf8')).toBe(readFileSync(join(whole, 'sitemap-index.xml'), 'utf8'));
		// Each shard's index is the one its part built.
		for (const [year, part] of Object.entries(parts)) {
			expect(readFileSync(join(merged, `pagefind/${year}/pagefind-entry.json`), 'utf8')).toBe(
				readFileSync(join(part, `pagefind/${year}/pagefind-entry.json`), 'utf8'),
			);
		}
	});

	it('serves the merged site under a sub-path with every link resolving', async () => {
		const server = await serveStatic(merged, BASE, port);
		servers.push(server);
		const report = await checkLinks(server.url);
		expect(report.problems, `坏链接：\n${formatProblems(report.problems)}`).toEqual([]);
	});

	it('searches both shards as one: the whole build’s results, newest first across years when asked', async () => {
		const wholeServer = await serveStatic(whole, BASE);
		servers.push(wholeServer);
		wholeUrl = wholeServer.url;
		const mergedUrl = `http://127.0.0.1:${port}${BASE}`;
		const page = await browser.newPage({ locale: 'zh-CN' });
		try {
			const year = (path: string) => /\/(\d{4})-\d{2}-\d{2}\//.exec(path)?.[1];
			// 量子 is printed in 2025 only, 发展 in 2024 only, 智能 in both.
			const found: Record<string, string[]> = {};
			for (const query of ['量子', '发展', '智能', '智能 发展', '"智能制造"']) {
				// Equal scores may come in either order: the results are compared as sets.
				found[query] = (await search(page, mergedUrl, query)).sort();
				expect(found[query], `“${query}”`).toEqual((await search(page, wholeServer.url, query)).sort());
			}
			expect(new Set(found['量子']!.map(year))).toEqual(new Set(['2025']));
			expect(new Set(found['发展']!.map(year))).toEqual(new Set(['2024']));
			expect(new Set(found['智能']!.map(year))).toEqual(new Set(['2024', '2025']));

			const newest = await search(page, mergedUrl, '智能', 'newest');
			expect([...newest].sort()).toEqual(found['智能']);
			const dates = newest.map((path) => /\/(\d{4}-\d{2}-\d{2})\//.exec(path)![1]!);
			expect(dates).toEqual([...dates].sort().reverse());

			// Within a year, only that year's shard is read (the code comes from the newest shard).
			const fresh = await browser.newPage({ locale: 'zh-CN' });
			const requested: string[] = [];
			fresh.on('request', (request) => requested.push(new URL(request.url()).pathname));
			try {
				const in2024 = await search(fresh, mergedUrl, '智能', 'relevance', '&year=2024');
				expect(in2024).toEqual(found['智能']!.filter((path) => year(path) === '2024'));
			} finally {
				await fresh.close();
			}
			const indexFiles = requested.filter((path) => path.startsWith(`${BASE}pagefind/`));
			expect(indexFiles.some((path) => path.startsWith(`${BASE}pagefind/2024/`))).toBe(true);
			expect(indexFiles.filter((path) => path.startsWith(`${BASE}pagefind/2025/`))).toEqual([`${BASE}pagefind/2025/pagefind.js`]);
		} finally {
			await page.close();
		}
	});

	it('searches the newest shard first, and the older ones when the reader asks', async () => {
		const mergedUrl = `http://127.0.0.1:${port}${BASE}`;
		const page = await browser.newPage({ locale: 'zh-CN' });
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		const year = (path: string) => /\/(\d{4})-\d{2}-\d{2}\//.exec(path)?.[1];
		try {
			const everywhere = await search(page, mergedUrl, '智能');
			requested.length = 0;
			// 智能 is printed in both years: the first search finds 2025's and says so.
			const first = await searchOnSite(page, `${mergedUrl}search/?q=${encodeURIComponent('智能')}`);
			expect(first.status).toBe(`2025年以来的稿件中，找到 ${first.hrefs.length} 篇稿件含“智能”。`);
			expect(first.hrefs.map((href) => new URL(href).pathname).sort()).toEqual(everywhere.filter((path) => year(path) === '2025').sort());
			// The menus count what is searched, and opening them downloads no more than searching did.
			const months = () => page.$$eval('select[name="month"] option', (options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
			await page.click('#search-filters summary');
			await page.waitForFunction(() => document.querySelectorAll('select[name="month"] option').length > 1);
			expect(await months()).toEqual(['2025-01']);
			expect(requested.filter((path) => path.startsWith(`${BASE}pagefind/2024/`))).toEqual([]);
			const older = page.locator('#search-older');
			const olderCount = everywhere.filter((path) => year(path) === '2024').length;
			expect(olderCount).toBeGreaterThan(0);
			const olderItems = JSON.parse(readFileSync(join(merged, 'pagefind/shards.json'), 'utf8')).shards[1].items as number;
			expect(await older.textContent()).toBe(`再搜索更早的 ${olderItems} 篇稿件（2024年）`);

			await older.click();
			await page.waitForFunction(() => /^找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
			expect(new URL(page.url()).searchParams.get('scope')).toBe('all');
			expect(await older.isHidden()).toBe(true);
			expect(requested.some((path) => path.startsWith(`${BASE}pagefind/2024/`))).toBe(true);
			expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-status');
			await page.waitForFunction(() => document.querySelectorAll('select[name="month"] option').length > 2);
			expect((await months()).some((month) => month.startsWith('2024-'))).toBe(true);

			// Sorting the same search keeps the whole archive; a new query starts again from the newest shard.
			await page.selectOption('select[name="sort"]', 'newest');
			await page.waitForFunction(
				() => new URL(location.href).searchParams.get('sort') === 'newest' && /^找到/.test(document.querySelector('#search-status')?.textContent ?? ''),
			);
			expect(new URL(page.url()).searchParams.get('scope')).toBe('all');
			await page.fill('#search-input', '发展');
			await page.press('#search-input', 'Enter');
			await page.waitForFunction(
				() => new URL(location.href).searchParams.get('q') === '发展' && /找到|没有/.test(document.querySelector('#search-status')?.textContent ?? ''),
			);
			expect(await page.textContent('#search-status')).toBe('2025年以来的稿件中，没有稿件含“发展”。');
			expect(new URL(page.url()).searchParams.get('scope')).toBeNull();

			// The button widens the search shown, not a query typed since and not yet sent.
			await page.fill('#search-input', '量子');
			await older.click();
			await page.waitForFunction(() => /^找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
			expect(await page.textContent('#search-status')).toMatch(/^找到 \d+ 篇稿件含“发展”。$/);
			expect(await page.inputValue('#search-input')).toBe('发展');

			// A first search that finds nothing in the newest shard says where it looked, and offers the rest.
			const none = await searchOnSite(page, `${mergedUrl}search/?q=${encodeURIComponent('发展')}`);
			expect(none.status).toBe('2025年以来的稿件中，没有稿件含“发展”。');
			expect(await older.isVisible()).toBe(true);
		} finally {
			await page.close();
		}
	});

	it('indexes again, on a rebuild, only the shard whose pages changed, and finds the new text', async () => {
		appendFileSync(join(items, 'rmrb/2025-01-02/01-01.mdx'), '\n重建索引检验用的新段落。\n');
		const result = runBuild({ outDir: whole, basePath: BASE, siteUrl, itemsDir: items });
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toMatch(/检索分片 2024：\d+ 篇，未改动，沿用上次的索引/);
		expect(result.stdout).toMatch(/检索分片 2025：\d+ 篇，已索引/);
		const page = await browser.newPage({ locale: 'zh-CN' });
		try {
			expect(await search(page, wholeUrl, '检验用的新段')).toEqual([`${BASE}rmrb/2025-01-02/01-01/`]);
			// The reused shard still answers.
			expect((await search(page, wholeUrl, '智能')).some((path) => path.startsWith(`${BASE}rmrb/2024-`))).toBe(true);
		} finally {
			await page.close();
		}
	});
});
