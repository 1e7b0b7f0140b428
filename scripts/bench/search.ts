/**
 * npm run bench:search [-- --items N] [--sample K] [--reuse]
 *
 * Recall, precision and bytes of the site's search against stock Pagefind on the same content.
 * Builds the site (the bundled content, or a generated archive of N items), adds a stock Pagefind
 * index of the same pages next to the site's own, serves both on 127.0.0.1 under /bench/, and in
 * real Chromium
 * - runs every query of scripts/bench/search-queries.json through the site's search page (its
 *   real code, paging through every result) and through stock Pagefind (the query as typed),
 *   comparing both with the substring oracle (tests/support/search-oracle.ts);
 * - measures the bytes a reader downloads for a first query (empty cache) and for each later one:
 *   for the search as it first runs (the newest shard), for the whole archive (as ?scope=all links
 *   open it), within the newest year, and for stock Pagefind over every page.
 * With --items N > 0 the recall and precision pass runs on the sample only and compares result
 * counts with the oracle (paging through thousands of results would measure patience, not search).
 * Prints a Markdown table.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import type { Page } from 'playwright-core';
import { buildSite } from '../../tests/support/build-site.ts';
import { launchChromium } from '../../tests/support/chromium.ts';
import { searchOnSite, waitForSearchEnd } from '../../tests/support/site-search.ts';
import { serveStatic } from '../../tests/support/static-server.ts';
import { parseQuery } from '../../src/search/shared/query.ts';
import type { SearchManifest } from '../../src/search/shared/shards.ts';
import { generateArchive } from '../../tests/support/corpus.ts';
import type { BenchQuery } from './make-search-queries.ts';
import { expectedIds, loadOracle } from '../../tests/support/search-oracle.ts';

const ROOT = join(import.meta.dirname, '../..');
const BASE = '/bench/';
/** Results the search page fetches and shows at a time (BATCH_SIZE in src/search/client/engine.ts). */
const RESULTS_SHOWN = 10;

const { values } = parseArgs({
	options: {
		items: { type: 'string', default: '0' },
		sample: { type: 'string', default: '30' },
		reuse: { type: 'boolean', default: false },
	},
});
const itemCount = Number(values.items);
const work = join(ROOT, '.cache/bench-search', String(itemCount));
const dist = join(work, 'dist');

function step(message: string): void {
	console.error(`[bench:search] ${message}`);
}

async function build(): Promise<string> {
	const itemsDir = itemCount > 0 ? join(work, 'content/items') : join(ROOT, 'content/items');
	if (values.reuse && existsSync(join(dist, 'pagefind-stock'))) return itemsDir;
	rmSync(work, { recursive: true, force: true });
	if (itemCount > 0) {
		step(`generating and ingesting ${itemCount} items`);
		generateArchive({ items: itemCount, contentDir: join(work, 'content') });
	}
	step('building the site');
	const started = performance.now();
	buildSite({ outDir: dist, basePath: BASE, ...(itemCount > 0 ? { itemsDir } : {}) });
	step(`built in ${((performance.now() - started) / 1000).toFixed(1)} s; adding a stock Pagefind index`);
	const { errors, index } = await pagefind.createIndex({ forceLanguage: 'zh' });
	if (errors.length > 0 || !index) throw new Error(errors.join('\n'));
	const added = await index.addDirectory({ path: dist });
	if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
	const written = await index.writeFiles({ outputPath: join(dist, 'pagefind-stock') });
	if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
	await pagefind.close();
	return itemsDir;
}

/**
 * Sums the bytes received for the search requests (index files, converter) a page makes, its
 * Web Worker's included (Pagefind searches in a worker).
 */
function meter(page: Page): { take(): Promise<number> } {
	const pending: Promise<number>[] = [];
	page.on('requestfinished', (request) => {
		if (!/\/pagefind(-stock)?\/|opencc|t2cn/.test(request.url())) return;
		pending.push(request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize));
	});
	return {
		async take() {
			const sizes = await Promise.all(pending.splice(0));
			return sizes.reduce((a, b) => a + b, 0);
		},
	};
}

const idOf = (url: string) => new URL(url, 'http://host').pathname.slice(BASE.length).replace(/\/$/, '');

/** The site's own search: the search page, paged through to the last result. */
async function siteSearch(page: Page, query: string): Promise<string[]> {
	const { hrefs } = await searchOnSite(page, `${serverUrl}${BASE}search/?q=${encodeURIComponent(query)}&scope=all`);
	return hrefs.map(idOf);
}

/** Stock Pagefind, as its own UI would call it: the query as typed, then every result's data. */
async function stockSearch(page: Page, query: string, limit = Infinity): Promise<string[]> {
	const urls = (await page.evaluate(
		`(async () => {
			window.stock ??= await import('${BASE}pagefind-stock/pagefind.js').then(async (pf) => { await pf.options({ baseUrl: '${BASE}' }); await pf.init(); return pf; });
			const search = await window.stock.search(${JSON.stringify(query)});
			const data = await Promise.all(search.results.slice(0, ${Number.isFinite(limit) ? limit : 'undefined'}).map((r) => r.data()));
			return data.map((d) => d.url);
		})()`,
	)) as string[];
	return urls.map(idOf);
}

let serverUrl = '';

async function main(): Promise<void> {
	const itemsDir = await build();
	const oracle = loadOracle(itemsDir);
	const queries = JSON.parse(readFileSync(join(import.meta.dirname, 'search-queries.json'), 'utf8')) as BenchQuery[];
	const server = await serveStatic(dist, BASE);
	serverUrl = server.url.slice(0, -BASE.length);
	const browser = await launchChromium();
	const totals = { site: { hit: 0, found: 0 }, stock: { hit: 0, found: 0 }, expected: 0 };
	const misses: string[] = [];
	try {
		const large = itemCount > 0;
		const checked = large ? queries.slice(0, Number(values.sample)) : queries;
		step(`running ${checked.length} queries over ${oracle.length} items`);
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${serverUrl}${BASE}search/`);
		for (const query of checked) {
			if (large) {
				const expected = expectedIds(oracle, query.simplified ? [query.simplified] : parseQuery(query.query)).length;
				await page.goto(`${serverUrl}${BASE}search/?q=${encodeURIComponent(query.query)}&scope=all`);
				await waitForSearchEnd(page);
				const count = Number(await page.getAttribute('#search-results', 'data-result-count'));
				const shown = (await page.$$eval('#search-results > li h2 a', (links) => links.map((a) => (a as HTMLAnchorElement).href))).map(idOf);
				const expectedSet = new Set(expectedIds(oracle, query.simplified ? [query.simplified] : parseQuery(query.query)));
				const wrong = shown.filter((id) => !expectedSet.has(id)).length;
				totals.expected += expected;
				totals.site.found += count;
				totals.site.hit += count === expected && wrong === 0 ? count : Math.min(count, expected) - wrong;
				if (count !== expected || wrong > 0) misses.push(`${query.kind} ${query.query}: expected ${expected}, found ${count}, wrong among shown ${wrong}`);
				continue;
			}
			const terms = parseQuery(query.query).map((term) => (query.simplified && term === query.query ? query.simplified : term));
			const expected = new Set(expectedIds(oracle, query.simplified ? [query.simplified] : terms));
			const site = await siteSearch(page, query.query);
			await page.goto(`${serverUrl}${BASE}search/`);
			const stock = await stockSearch(page, query.query);
			totals.expected += expected.size;
			for (const [name, found] of [
				['site', site],
				['stock', stock],
			] as const) {
				const hit = found.filter((id) => expected.has(id)).length;
				totals[name].hit += hit;
				totals[name].found += found.length;
				if (name === 'site' && (hit !== expected.size || hit !== found.length)) {
					misses.push(`${query.kind} ${query.query}: expected ${expected.size}, found ${found.length}, right ${hit}`);
				}
			}
		}
		await context.close();

		step('measuring bytes');
		// Evenly spread over the query set, so that every kind and length is in the sample.
		const candidates = queries.filter((q) => q.kind !== 'negative');
		const sampleSize = Math.min(Number(values.sample), candidates.length);
		const sample = Array.from({ length: sampleSize }, (_, i) => candidates[Math.floor((i * candidates.length) / sampleSize)]!);
		const rows = ['site', 'siteAll', 'siteYear', 'stock'] as const;
		type Row = (typeof rows)[number];
		const bytes = Object.fromEntries(rows.map((row) => [row, { first: [] as number[], later: [] as number[] }])) as Record<
			Row,
			{ first: number[]; later: number[] }
		>;
		let newestYear = '';
		let firstSearchFrom = '';
		/** A reader's fresh browser on the search page, set up for the row: its page and byte meter. */
		const open = async (row: Row) => {
			const context = await browser.newContext();
			const page = await context.newPage();
			const meterOf = meter(page);
			await page.goto(`${serverUrl}${BASE}search/`);
			const manifest = await page.evaluate(() => JSON.parse(document.querySelector('#search-manifest')!.textContent!) as SearchManifest);
			firstSearchFrom = manifest.shards[manifest.firstSearch - 1]!.from;
			newestYear = manifest.shards[0]!.id.slice(0, 4);
			if (row === 'siteYear') {
				// Searches within the newest year, chosen as a reader would before the first query.
				await page.evaluate((year) => {
					const select = document.querySelector<HTMLSelectElement>('select[name="year"]')!;
					select.append(new Option(year, year));
					select.value = year;
				}, newestYear);
			}
			await meterOf.take();
			return { page, meterOf, close: () => context.close() };
		};
		/** The bytes of one query, its results shown, on a page opened for the row. */
		const measure = async (row: Row, page: Page, meterOf: { take(): Promise<number> }, query: BenchQuery) => {
			if (row === 'siteAll') {
				// The whole archive, as a ?scope=all link opens it (a new query typed would start again
				// from the newest shard); the browser keeps and revalidates what it downloaded before.
				await page.goto(`${serverUrl}${BASE}search/?q=${encodeURIComponent(query.query)}&scope=all`);
				await waitForSearchEnd(page, 120_000);
			} else if (row !== 'stock') {
				await page.fill('#search-input', query.query);
				await page.press('#search-input', 'Enter');
				await page.waitForFunction(
					(q) => /找到|没有|失败/.test(document.querySelector('#search-status')?.textContent ?? '') && new URL(location.href).searchParams.get('q') === q,
					query.query,
					{ timeout: 120_000 },
				);
			} else {
				// As many results as the search page shows at a time (Pagefind's own UI shows five).
				await stockSearch(page, query.query, RESULTS_SHOWN);
			}
			await page.waitForLoadState('networkidle');
			return meterOf.take();
		};
		for (const row of rows) {
			// First queries: each query of the sample on an empty cache, so that no one query decides.
			for (const query of sample) {
				const { page, meterOf, close } = await open(row);
				bytes[row].first.push(await measure(row, page, meterOf, query));
				await close();
			}
			// Later queries: the sample one after another on one page, the first left out.
			const { page, meterOf, close } = await open(row);
			for (const [i, query] of sample.entries()) {
				const taken = await measure(row, page, meterOf, query);
				if (i > 0) bytes[row].later.push(taken);
			}
			await close();
		}
		const average = (list: number[]) => Math.round(list.reduce((a, b) => a + b, 0) / Math.max(1, list.length));
		const ratio = (a: number, b: number) => (b === 0 ? '—' : `${((a / b) * 100).toFixed(1)}%`);
		console.log(
			`\nSearch benchmark: ${checked.length} queries, ${oracle.length} items${large ? ' (counts checked, stock not run)' : ''}; bytes over ${sample.length} queries: each as a first query on an empty cache, and one after another (the later ones), averaged.\n`,
		);
		console.log('| search | recall | precision | bytes, first query (avg) | bytes, later query (avg) |');
		console.log('| --- | --- | --- | --- | --- |');
		for (const name of rows) {
			// Recall and precision are measured on searches of the whole archive.
			const measured = { site: undefined, siteAll: totals.site, siteYear: undefined, stock: large ? undefined : totals.stock }[name];
			const quality = measured ? `${ratio(measured.hit, totals.expected)} | ${ratio(measured.hit, measured.found)}` : '— | —';
			const label = {
				site: `this site, first search (items since ${firstSearchFrom})`,
				siteAll: 'this site, whole archive (?scope=all)',
				siteYear: `this site, within ${newestYear} (year filter)`,
				stock: 'stock Pagefind 1.6',
			}[name];
			console.log(`| ${label} | ${quality} | ${average(bytes[name].first).toLocaleString('en')} | ${average(bytes[name].later).toLocaleString('en')} |`);
		}
		if (misses.length > 0) console.log(`\nSite misses:\n${misses.map((m) => `- ${m}`).join('\n')}`);
	} finally {
		await browser.close();
		await server.close();
	}
}

await main();
