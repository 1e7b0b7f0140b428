/**
 * npm run build [-- --out dist]
 *
 * Builds the site with Astro, then, once Astro's process has exited and returned its memory,
 * indexes it for search one shard at a time (scripts/search-index/indexer.ts), then publishes the
 * old addresses of the redirects ledger (scripts/build/redirects.ts).
 *
 * The environment chooses what is built (src/settings/build-settings.ts): BASE_PATH (a sub-path
 * such as /archive/), SITE_URL (the public address, for canonical links, feeds and the sitemap),
 * ARCHIVE_ITEMS_DIR (another items folder), ARCHIVE_YEARS (some years only, for a build on
 * several machines: see README) and SEARCH_FIRST_ITEMS.
 *
 * Exit codes: 0 built, 1 the build or the index failed, 2 a wrong option or setting.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BuildSettingsError, isBuiltYear, readBuildSettings, type BuildSettings } from '../src/settings/build-settings.ts';
import { LedgerError, ledgerPath } from '../src/collection/redirects-ledger.ts';
import { publishRedirects, RedirectsError } from './build/redirects.ts';
import { indexSite, SearchIndexError } from './search-index/indexer.ts';

const ROOT = join(import.meta.dirname, '..');

/** A step that cannot go on; `exitCode` says why (1 failed, 2 wrong usage). */
class BuildStop extends Error {
	readonly exitCode: 1 | 2;
	constructor(message: string, exitCode: 1 | 2) {
		super(message);
		this.exitCode = exitCode;
	}
}

function readOptions(): { outDir: string } {
	try {
		const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
		return { outDir: resolve(values.out) };
	} catch (error) {
		throw new BuildStop(`${(error as Error).message}\n用法：npm run build [-- --out 输出文件夹]`, 2);
	}
}

function readSettings(): BuildSettings {
	try {
		return readBuildSettings();
	} catch (error) {
		if (error instanceof BuildSettingsError) throw new BuildStop(error.message, 2);
		throw error;
	}
}

/** Astro builds every page; it runs on this Node (24), whatever `node` the shell would find first. */
function buildPages(outDir: string): void {
	const started = performance.now();
	const astro = spawnSync(process.execPath, [join(ROOT, 'node_modules/.bin/astro'), 'build', '--outDir', outDir], { cwd: ROOT, stdio: 'inherit' });
	// Astro has printed what went wrong.
	if (astro.status !== 0) throw new BuildStop('', 1);
	console.log(`Astro 构建用时 ${Math.round(performance.now() - started)} ms。`);
}

async function indexForSearch(outDir: string, settings: BuildSettings): Promise<void> {
	const started = performance.now();
	try {
		const shards = await indexSite(outDir, { years: settings.years, cacheDir: resolve(ROOT, settings.searchCacheDir), log: (message) => console.log(message) });
		const pages = shards.reduce((sum, shard) => sum + shard.pages, 0);
		const reused = shards.filter((shard) => shard.reused).length;
		console.log(`已为 ${pages} 篇稿件建立检索索引，${shards.length} 个分片（${reused} 个沿用上次的索引）（${Math.round(performance.now() - started)} ms）。`);
	} catch (error) {
		if (error instanceof SearchIndexError) throw new BuildStop(error.message, 1);
		throw error;
	}
}

/** Old addresses from the redirects ledger, after the search index (which only ever reads item pages). */
function publishOldAddresses(outDir: string, settings: BuildSettings): void {
	const itemsDir = resolve(ROOT, settings.itemsDir);
	try {
		const published = publishRedirects({
			outDir,
			itemsDir,
			pagesDir: resolve(ROOT, settings.pagesDir),
			ledgerFile: ledgerPath(itemsDir),
			basePath: settings.basePath,
			siteUrl: settings.siteUrl,
			isBuilt: settings.years ? isBuiltYear : undefined,
		});
		if (published > 0) console.log(`已发布 ${published} 个旧网址的跳转（跳转页和 _redirects）。`);
	} catch (error) {
		if (error instanceof RedirectsError || error instanceof LedgerError) throw new BuildStop(error.message, 1);
		throw error;
	}
}

async function main(): Promise<void> {
	const started = performance.now();
	try {
		const { outDir } = readOptions();
		const settings = readSettings();
		buildPages(outDir);
		await indexForSearch(outDir, settings);
		publishOldAddresses(outDir, settings);
		console.log(`构建完成：${outDir}（${((performance.now() - started) / 1000).toFixed(1)} s）`);
	} catch (error) {
		if (!(error instanceof BuildStop)) throw error;
		if (error.message) console.error(error.message);
		process.exitCode = error.exitCode;
	}
}

await main();
