/**
 * A city daily's lettered pages (A01–A16, B01…: src/archive/page-numbers.ts) through the real
 * build, served under a sub-path: a day of three pages ingested from one file, then one page moved
 * from B01 to B02. The edition lists the pages in print order under their printed names, an
 * item's header and the previous/next links follow them, the old address leads on, and no link
 * of the site is broken.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { checkLinks, formatProblems } from '../support/link-check.ts';
import { ingest, move, ROOT } from '../support/run-ingest.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const DAY = join(ROOT, 'tests/fixtures/ingest/city-daily-lettered-pages.txt');
const BASE = '/archive/';
const scratch = mkdtempSync(join(tmpdir(), 'lettered-'));
const items = join(scratch, 'content/items');
const outDir = join(scratch, 'dist');

let server: StaticServer;
beforeAll(async () => {
	const ingested = ingest(DAY, '--out', items);
	if (ingested.status !== 0) throw new Error(ingested.stderr);
	const moved = move('cswb/2024-07-12/b01', '--page', 'B02', '--out', items);
	if (moved.status !== 0) throw new Error(moved.stderr);
	buildSite({ outDir, itemsDir: items, basePath: BASE, siteUrl: 'https://example.org' });
	server = await serveStatic(outDir, BASE);
});
afterAll(async () => {
	await server?.close();
	rmSync(scratch, { recursive: true, force: true });
});

const html = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');

describe("a city daily's lettered pages", () => {
	it('lists the pages of the edition in print order, each under its printed name and its own anchor', () => {
		const edition = html('cswb/2024-07-12');
		const sections = [...edition.matchAll(/<section class="edition-page" id="(p[a-z0-9]+)"/g)].map((match) => match[1]);
		expect(sections).toEqual(['pa01', 'pa02', 'pb02']);
		const labels = ['第A01版：要闻', '第A02版：城事', '第B02版：体育'].map((label) => edition.indexOf(label));
		expect(labels.every((at) => at > 0)).toBe(true);
		expect([...labels].sort((a, b) => a - b)).toEqual(labels);
	});

	it("shows each item's page as printed, and leads from the last item of A02 to the first of B02", () => {
		const last = html('cswb/2024-07-12/a02-02');
		expect(last).toContain('第A02版：城事');
		expect(last).toMatch(new RegExp(`<a rel="next" href="${BASE}cswb/2024-07-12/b02-01/">`));
		const first = html('cswb/2024-07-12/b02-01');
		expect(first).toContain('第B02版：体育');
		expect(first).toMatch(new RegExp(`<a rel="prev" href="${BASE}cswb/2024-07-12/a02-02/">`));
	});

	it('keeps the address the page had before it moved, and no link of the site is broken', async () => {
		expect(html('cswb/2024-07-12/b01-01')).toContain(`<a href="${BASE}cswb/2024-07-12/b02-01/">`);
		const report = await checkLinks(server.url, { publicUrl: `https://example.org${BASE}` });
		expect(report.pages.length).toBeGreaterThan(4);
		expect(report.problems, formatProblems(report.problems)).toEqual([]);
	});
});
