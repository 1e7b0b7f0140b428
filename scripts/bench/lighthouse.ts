/**
 * npm run bench:lighthouse [-- --reuse]
 *
 * Lighthouse in all four categories (mobile, simulated throttling, as PageSpeed Insights runs
 * it) on one page of each kind (tests/support/page-types.ts), served by the test static server
 * under /archive/ on 127.0.0.1. Performance is a timing: it depends on how busy the machine is,
 * which is why it is measured here, on a quiet machine, and not in the test suite (which checks
 * the other three categories). Builds into .cache/bench-lighthouse, or reuses that build with
 * --reuse. Prints the scores; exit code 1 when a page scores under 98 in any category.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite } from '../../tests/support/build-site.ts';
import { launchChromiumForDevTools } from '../../tests/support/chromium.ts';
import { CATEGORIES, runLighthouse, scoreTable, type LighthouseResult } from '../../tests/support/lighthouse.ts';
import { PAGE_TYPES } from '../../tests/support/page-types.ts';
import { freePort, serveStatic } from '../../tests/support/static-server.ts';

const ROOT = join(import.meta.dirname, '../..');
const DIST = join(ROOT, '.cache/bench-lighthouse/dist');
const BASE_PATH = '/archive/';
const MINIMUM = 98;

const { values } = parseArgs({ options: { reuse: { type: 'boolean', default: false } } });
const port = await freePort();
if (!values.reuse || !existsSync(join(DIST, 'index.html'))) {
	console.error('[bench:lighthouse] building the site');
	buildSite({ outDir: DIST, basePath: BASE_PATH, siteUrl: `http://127.0.0.1:${port}` });
}
const server = await serveStatic(DIST, BASE_PATH, port);
const chromium = await launchChromiumForDevTools();
const rows: { name: string; scores: LighthouseResult['scores']; shortfalls: string[] }[] = [];
try {
	for (const type of PAGE_TYPES) {
		// The 404 page at the file a host sends with 404: Lighthouse's SEO fails any page answered with 404.
		const result = await runLighthouse(`${server.url}${type.status === 404 ? type.file : type.path}`, chromium.port);
		rows.push({ name: type.name, scores: result.scores, shortfalls: result.shortfalls });
	}
} finally {
	await chromium.close();
	await server.close();
}
console.log(scoreTable(rows));
for (const row of rows) {
	const low = CATEGORIES.filter((category) => (row.scores[category] ?? 0) < MINIMUM);
	if (low.length === 0) continue;
	process.exitCode = 1;
	console.log(`\n✗ ${row.name}：${low.join('、')} 低于 ${MINIMUM}\n  ${row.shortfalls.join('\n  ')}`);
}
