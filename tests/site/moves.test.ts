/**
 * A page number corrected after publishing, through the real build, on both test servers and in
 * Chromium: the bundled page ingested with its number unknown, then again with --page 8. The site
 * has five items, each once (in its edition and in search), and another page of that day whose
 * number is unknown too keeps its own address (00b); every old address lands on the new
 * item, at the same section when the link named one; the sitemap lists only current addresses.
 * And the build stops, naming the file, the field and the command, when an item's frontmatter
 * disagrees with its address or two items are one; it warns, naming the address, of an item whose
 * file was deleted by hand.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, runBuild } from '../support/build-site.ts';
import { launchChromium } from '../support/chromium.ts';
import { serveWithNginx } from '../support/nginx.ts';
import { ingest, ROOT } from '../support/run-ingest.ts';
import { searchOnSite } from '../support/site-search.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const BUNDLED_SOURCE = join(ROOT, 'content/sources/kjrb/2024-07-12/000_89593461d74f7736.txt');
const scratch = mkdtempSync(join(tmpdir(), 'moves-'));
const items = join(scratch, 'content/items');
const outDir = join(scratch, 'dist');
const BASE = '/archive/';
const NEW = ['01', '02', '03', '04', '05'].map((n) => `kjrb/2024-07-12/08-${n}`);

let browser: Browser;
beforeAll(async () => {
	// Another page of that day, its number unknown too, ingested while the first was still at 00.
	mkdirSync(join(scratch, 'inbox'));
	writeFileSync(join(scratch, 'inbox/other.txt'), '另一版的标题\n本报记者  王  政\n另一版的正文。\n');
	const other = [join(scratch, 'inbox/other.txt'), '--paper', '科技日报', '--date', '2024-07-12'];
	for (const args of [[BUNDLED_SOURCE], other, [BUNDLED_SOURCE, '--page', '8', '--page-name', '园区']]) {
		const result = ingest(...args, '--out', items);
		if (result.status !== 0) throw new Error(result.stderr);
	}
	buildSite({ outDir, itemsDir: items, basePath: BASE, siteUrl: 'https://example.org' });
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
	rmSync(scratch, { recursive: true, force: true });
});

describe.each([
	{ host: 'Node 静态服务器', serve: serveStatic },
	{ host: 'nginx', serve: serveWithNginx },
])('a page moved from 00 to 08, served by $host', ({ serve }) => {
	let server: StaticServer;
	beforeAll(async () => {
		server = await serve(outDir, BASE);
	});
	afterAll(async () => {
		await server?.close();
	});

	it('leads every old address to its item, keeping the section the link named', async () => {
		const page = await browser.newPage({ locale: 'zh-CN' });
		try {
			for (const [i, id] of NEW.entries()) {
				await page.goto(`${server.url}kjrb/2024-07-12/00-0${i + 1}/`);
				await page.waitForURL(`${server.url}${id}/`);
				expect(await page.locator('article.item h1').count(), id).toBe(1);
			}
			// A link to a section of the old address lands on that section of the new one.
			await page.goto(`${server.url}${NEW[0]}/`);
			const section = await page.getAttribute('article.item h2[id]', 'id');
			expect(section).toBeTruthy();
			await page.goto(`${server.url}kjrb/2024-07-12/00-01/#${section}`);
			await page.waitForURL(`${server.url}${NEW[0]}/#${encodeURIComponent(section!)}`);
		} finally {
			await page.close();
		}
	});

	it('shows each item once, in its edition and in search', async () => {
		const edition = await (await fetch(`${server.url}kjrb/2024-07-12/`)).text();
		const linked = new Set([...edition.matchAll(/href="\/archive\/(kjrb\/2024-07-12\/\d{2}[a-z]?-\d{2})\/"/g)].map((match) => match[1]));
		expect([...linked].sort()).toEqual(['kjrb/2024-07-12/00b-01', ...NEW]);
		// The other page of unknown number is a page of its own.
		expect(edition).toContain('<section class="edition-page" id="p00b"');
		// The page's old section anchor still leads to its section.
		expect(edition).toMatch(/<section class="edition-page" id="p08"[^>]*>\s*<span id="p00"><\/span>/);
		const page = await browser.newPage({ locale: 'zh-CN' });
		try {
			const { hrefs } = await searchOnSite(page, `${server.url}search/?q=${encodeURIComponent('兰州高新区')}`);
			expect(hrefs.length).toBeGreaterThan(0);
			expect(new Set(hrefs).size, '重复的结果').toBe(hrefs.length);
			for (const href of hrefs) expect(new URL(href).pathname).toMatch(/\/kjrb\/2024-07-12\/08-0\d\/$/);
		} finally {
			await page.close();
		}
	});
});

describe('the built site', () => {
	it('publishes the old addresses as rules for hosts that read them, and lists only current addresses in the sitemap', () => {
		const rules = readFileSync(join(outDir, '_redirects'), 'utf8');
		expect(rules).toContain(`${BASE}kjrb/2024-07-12/00-01/ ${BASE}kjrb/2024-07-12/08-01/ 301`);
		const sitemap = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
		expect(sitemap).toContain(`https://example.org${BASE}kjrb/2024-07-12/08-01/`);
		expect(sitemap).not.toContain('/00-0');
		const html = readFileSync(join(outDir, 'kjrb/2024-07-12/00-03/index.html'), 'utf8');
		expect(html).toContain(`<a href="${BASE}kjrb/2024-07-12/08-03/">`);
		expect(html).toContain('<html lang="zh-CN">');
	});
});

describe('a build whose content disagrees with itself', () => {
	it("stops when an item's page: was changed by hand, naming the file, the field and the move command", () => {
		const copy = join(scratch, 'edited');
		cpSync(join(scratch, 'content'), copy, { recursive: true });
		const file = join(copy, 'items/kjrb/2024-07-12/08-02.mdx');
		writeFileSync(file, readFileSync(file, 'utf8').replace('page: 8\n', 'page: 9\n'));
		const result = runBuild({ outDir: join(scratch, 'dist-edited'), itemsDir: join(copy, 'items') });
		expect(result.status).not.toBe(0);
		const output = result.stdout + result.stderr;
		expect(output).toMatch(/items\/kjrb\/2024-07-12\/08-02\.mdx:\d+ page 是 9/);
		expect(output).toContain('npm run move -- kjrb/2024-07-12/08 --page 9');
	});

	it('warns of an item whose file was deleted by hand, naming its address and how to take an item out, and of a page left with none', () => {
		// The bundled page as first ingested (00-01…05), its third item's file deleted since, and its last (the page's record
		// says its number).
		const copy = join(scratch, 'deleted');
		const ingested = ingest(BUNDLED_SOURCE, '--out', join(copy, 'items'));
		expect(ingested.status, ingested.stderr).toBe(0);
		rmSync(join(copy, 'items/kjrb/2024-07-12/00-03.mdx'));
		rmSync(join(copy, 'items/kjrb/2024-07-12/00-05.mdx'));
		// And another page of that day whose only item's file was deleted: no higher number stands above it, its record does.
		const other = ingest(join(scratch, 'inbox/other.txt'), '--paper', '科技日报', '--date', '2024-07-12', '--page', '9', '--out', join(copy, 'items'));
		expect(other.status, other.stderr).toBe(0);
		rmSync(join(copy, 'items/kjrb/2024-07-12/09-01.mdx'));
		const result = runBuild({ outDir: join(scratch, 'dist-deleted'), itemsDir: join(copy, 'items') });
		expect(result.status, result.stderr).toBe(0);
		const output = result.stdout + result.stderr;
		expect(output).toContain('稿件 kjrb/2024-07-12/00-03 不在了，它的网址会失效');
		expect(output).toContain('稿件 kjrb/2024-07-12/00-05 不在了，它的网址会失效');
		expect(output).toContain('--replace');
		expect(output.match(/不在了/g)).toHaveLength(2);
		expect(output).toContain('版面 kjrb/2024-07-12/09 有版面记录，却没有一篇稿件了');
		expect(output.match(/没有一篇稿件了/g)).toHaveLength(1);
	});

	it('stops when two items are one, naming both', () => {
		const copy = join(scratch, 'copied');
		cpSync(join(scratch, 'content'), copy, { recursive: true });
		cpSync(join(copy, 'items/kjrb/2024-07-12/08-02.mdx'), join(copy, 'items/kjrb/2024-07-12/08-09.mdx'));
		const file = join(copy, 'items/kjrb/2024-07-12/08-09.mdx');
		writeFileSync(file, readFileSync(file, 'utf8').replace('order: 2\n', 'order: 9\n'));
		const result = runBuild({ outDir: join(scratch, 'dist-copied'), itemsDir: join(copy, 'items') });
		expect(result.status).not.toBe(0);
		expect(result.stdout + result.stderr).toMatch(/08-02\.mdx、.*08-09\.mdx 是同一篇稿件/);
	});
});
