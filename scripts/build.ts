/**
 * npm run build [-- --out dist]
 *
 * Builds the site with Astro, then, once Astro's process has exited and returned its memory,
 * indexes it for search one shard at a time (scripts/search-index/indexer.ts).
 *
 * The environment chooses what is built: BASE_PATH (a sub-path such as /archive/), SITE_URL (the
 * public address, for canonical links, feeds and the sitemap), ARCHIVE_ITEMS_DIR (another items
 * folder) and ARCHIVE_YEARS (some years only, for a build on several machines: see README).
 */
import { spawnSync } from 'node:child_process';
import { resolve, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseBuiltYears } from '../src/settings/built-years.ts';
import { indexSite, SearchIndexError } from './search-index/indexer.ts';

const ROOT = join(import.meta.dirname, '..');

/**
 * Where each shard's last index is kept, so that a rebuild indexes only the shards whose pages
 * changed: beside another items folder's content cache (astro.config.mjs), or in .cache/.
 */
export function searchCacheDir(itemsDir = process.env.ARCHIVE_ITEMS_DIR): string {
	return itemsDir ? join(itemsDir, '../.search-cache') : join(ROOT, '.cache/search-index');
}

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const outDir = resolve(values.out);

let years: Set<string> | undefined;
try {
	years = parseBuiltYears(process.env.ARCHIVE_YEARS);
} catch (error) {
	console.error((error as Error).message);
	process.exit(2);
}

const started = performance.now();
// Astro runs on this Node (24), whatever `node` the shell would find first.
const astro = spawnSync(process.execPath, [join(ROOT, 'node_modules/.bin/astro'), 'build', '--outDir', outDir], { cwd: ROOT, stdio: 'inherit' });
if (astro.status !== 0) process.exit(astro.status ?? 1);
console.log(`Astro 构建用时 ${Math.round(performance.now() - started)} ms。`);

try {
	const indexStarted = performance.now();
	const shards = await indexSite(outDir, { years, cacheDir: searchCacheDir(), log: (message) => console.log(message) });
	const pages = shards.reduce((sum, shard) => sum + shard.pages, 0);
	const reused = shards.filter((shard) => shard.reused).length;
	console.log(`已为 ${pages} 篇稿件建立检索索引，${shards.length} 个分片（${reused} 个沿用上次的索引）（${Math.round(performance.now() - indexStarted)} ms）。`);
	console.log(`构建完成：${outDir}（${((performance.now() - started) / 1000).toFixed(1)} s）`);
} catch (error) {
	console.error(error instanceof SearchIndexError ? error.message : error);
	process.exit(1);
}
