/**
 * The site works from any static host, at a domain root and under a sub-path: the /archive/ build
 * of the global setup and a build at / (made here, a few seconds), both with SITE_URL so that
 * canonical links, feeds and the sitemap exist, each served by our plain static server and by nginx.
 * On each of the four, from the home page: every link, asset, fragment, feed and sitemap entry
 * resolves, every page answers with and without its trailing slash, every built page is reached,
 * and a search in Chromium finds 科技 and leads to an item that resolves.
 */
import { join, relative, sep } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { launchChromium } from '../support/chromium.ts';
import { checkLinks, formatProblems } from '../support/link-check.ts';
import { serveWithNginx } from '../support/nginx.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { filesUnder } from '../support/site-files.ts';

const ROOT_BUILD = { outDir: join(import.meta.dirname, '../../.cache/test-site-root'), basePath: '/', siteUrl: 'https://example.org' };
const builds = [
	// Built for the address of the global setup's server: its absolute links are mapped onto nginx's.
	{ build: '子路径 /archive/ 的构建', outDir: inject('outDir'), basePath: inject('basePath'), publicUrl: inject('siteUrl') },
	{ build: '根路径 / 的构建', outDir: ROOT_BUILD.outDir, basePath: ROOT_BUILD.basePath, publicUrl: `${ROOT_BUILD.siteUrl}/` },
];
const hosts = [
	{ host: 'Node 静态服务器', serve: serveStatic },
	{ host: 'nginx', serve: serveWithNginx },
];

let browser: Browser;
beforeAll(async () => {
	buildSite(ROOT_BUILD);
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

/** The path of every page in a build, as a reader requests it (the 404 page is no page of its own). */
function builtPagePaths(outDir: string, basePath: string): string[] {
	return filesUnder(outDir, '.html')
		.map((file) => relative(outDir, file).split(sep).join('/'))
		.filter((path) => path !== '404.html')
		.map((path) => `${basePath}${path.replace(/(^|\/)index\.html$/, '$1')}`)
		.sort();
}

describe.each(builds.flatMap((build) => hosts.map((host) => ({ ...build, ...host }))))('$build, served by $host', ({ outDir, basePath, publicUrl, serve }) => {
	let server: StaticServer;
	beforeAll(async () => {
		server = await serve(outDir, basePath);
	});
	afterAll(async () => {
		await server?.close();
	});

	it('resolves every link, asset, fragment, feed and sitemap entry, and every page with and without its trailing slash', async () => {
		const report = await checkLinks(server.url, { publicUrl });
		expect(report.problems, `坏链接（来源页 → 链接：问题）：\n${formatProblems(report.problems)}`).toEqual([]);
		const reached = report.pages.map((url) => decodeURI(new URL(url).pathname)).sort();
		expect(reached, '从首页沿链接到不了的页面').toEqual(builtPagePaths(outDir, basePath));
	});

	it('serves the search index, finds 科技 in Chromium, and its first result resolves', async () => {
		for (const file of ['pagefind/shards.json', 'pagefind/2024/pagefind.js', 'pagefind/2024/pagefind-entry.json']) {
			const response = await fetch(new URL(file, server.url));
			expect(response.status, `${file} 的状态码`).toBe(200);
		}
		const page = await browser.newPage({ locale: 'zh-CN' });
		const failed: string[] = [];
		page.on('response', (response) => {
			if (response.status() >= 400) failed.push(`${response.status()} ${decodeURI(response.url())}`);
		});
		try {
			await page.goto(`${server.url}search/?q=${encodeURIComponent('科技')}`);
			await page.waitForSelector('#search-results > li h2 a', { timeout: 15_000 }).catch(async () => {
				throw new Error(`搜索“科技”没有结果；状态：${await page.textContent('#search-status')}；失败的请求：${failed.join('，')}`);
			});
			expect(failed, '搜索时失败的请求').toEqual([]);
			const href = await page.getAttribute('#search-results > li h2 a', 'href');
			const result = new URL(href!, page.url());
			expect(result.origin, '搜索结果链接的主机').toBe(new URL(server.url).origin);
			expect(result.pathname.startsWith(basePath), `搜索结果链接 ${href} 不在 ${basePath} 之下`).toBe(true);
			const response = await page.goto(result.href);
			expect(response?.status(), `搜索结果 ${href} 的状态码`).toBe(200);
			expect(await page.locator('h1').count(), `搜索结果 ${href} 打开的页面没有标题`).toBe(1);
		} finally {
			await page.close();
		}
	});
});
