/**
 * Builds the Pagefind index of a built site, one shard at a time (src/search/shared/shards.ts):
 * finds the item pages by their paths, checks them against the search manifest, and indexes each
 * shard (index-shard.ts) from its pages' indexed copies (indexed-copy.ts), or takes it from the
 * index cache (cache.ts) when nothing it is made from has changed (inputs.ts).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { ITEM_PAGE_FILE, paths } from '../../src/archive/urls.ts';
import { shardOf, type SearchManifest, type SearchShard } from '../../src/search/shared/shards.ts';
import { cachedDigest, linkTree, shardDigest, storeInCache } from './cache.ts';
import { SearchIndexError } from './error.ts';
import { indexedPart } from './indexed-copy.ts';
import { indexShard } from './index-shard.ts';

/** The error indexSite throws, for its callers (scripts/build.ts) to catch. */
export { SearchIndexError };

async function* htmlFiles(dir: string): AsyncGenerator<string> {
	for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
		if (entry.isFile() && entry.name.endsWith('.html')) yield join(entry.parentPath, entry.name);
	}
}

/** /kjrb/2024-07-12/00-01/index.html → /kjrb/2024-07-12/00-01/ (without the site's base path). */
function urlOf(outDir: string, file: string): string {
	const path = relative(outDir, file).split(sep).join('/');
	return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

export interface IndexedShard {
	id: string;
	pages: number;
	milliseconds: number;
	/** True when the shard's pages were as last time, and its index was taken from the cache. */
	reused: boolean;
}

export interface IndexSiteOptions {
	/** The years this build made (ARCHIVE_YEARS); all when absent. Their shards must be complete. */
	years?: ReadonlySet<string>;
	/**
	 * A folder that keeps each shard's index with a digest of what it was made from; a shard whose
	 * pages are unchanged is copied from there instead of indexed again. No cache when absent.
	 */
	cacheDir?: string;
	log?: (message: string) => void;
}

async function readManifest(outDir: string): Promise<SearchManifest> {
	const file = join(outDir, paths.searchManifest());
	try {
		return JSON.parse(await readFile(file, 'utf8')) as SearchManifest;
	} catch (error) {
		throw new SearchIndexError(`读不到检索清单 ${file}（${(error as Error).message}）。这个文件夹不像本项目 astro build 的输出；请用 npm run build 构建。`);
	}
}

/** Indexes the item pages of the site built in `outDir` into pagefind/<shard>/ folders. */
export async function indexSite(outDir: string, { years, cacheDir, log = () => {} }: IndexSiteOptions = {}): Promise<IndexedShard[]> {
	const manifest = await readManifest(outDir);
	const pagesOf = new Map<SearchShard, string[]>(manifest.shards.map((shard) => [shard, []]));
	const problems: string[] = [];
	// Item pages are found by their paths, without reading every page of the site.
	for await (const file of htmlFiles(outDir)) {
		const where = relative(outDir, file).split(sep).join('/');
		const date = ITEM_PAGE_FILE.exec(where)?.[1];
		if (!date) continue;
		const shard = shardOf(date, manifest.shards);
		if (shard) pagesOf.get(shard)!.push(file);
		else problems.push(`${where}：日期 ${date} 不在检索清单的任何分片里。`);
	}
	for (const [shard, pages] of pagesOf) {
		const built = years === undefined || years.has(shard.id.slice(0, 4));
		if (built && pages.length !== shard.items) {
			problems.push(`分片 ${shard.id}：清单里有 ${shard.items} 篇稿件，构建出的页面却有 ${pages.length} 篇。`);
		} else if (!built && pages.length > 0) {
			problems.push(`分片 ${shard.id}：这次构建不含 ${shard.id.slice(0, 4)} 年，却有它的 ${pages.length} 个页面。`);
		}
	}
	if (problems.length > 0) {
		throw new SearchIndexError(
			`无法建立检索索引，${outDir} 里有 ${problems.length} 处问题：\n${problems.map((p) => `  - ${p}`).join('\n')}\n请先删除输出文件夹，再用 npm run build 完整构建。`,
		);
	}

	const indexed: IndexedShard[] = [];
	for (const [shard, pages] of pagesOf) {
		if (pages.length === 0) continue;
		const started = performance.now();
		const parts = new Map<string, string>();
		const notItems: string[] = [];
		for (const file of pages) {
			const html = await readFile(file, 'utf8');
			if (html.includes('data-pagefind-body')) parts.set(urlOf(outDir, file), indexedPart(html));
			else notItems.push(`  - ${relative(outDir, file)}`);
		}
		if (notItems.length > 0) {
			throw new SearchIndexError(
				`这些页面在稿件的地址上，却没有 data-pagefind-body，不是稿件页面：\n${notItems.join('\n')}\n稿件页面由 src/pages/[...id].astro 生成；别的页面不能用 /报纸/日期/版次-序号/ 这样的地址。`,
			);
		}
		const outputPath = join(outDir, paths.searchShard(shard.id));
		const cached = cacheDir ? join(cacheDir, shard.id) : undefined;
		const digest = cached ? await shardDigest(manifest.symbols, parts) : undefined;
		const reused = cached !== undefined && digest === (await cachedDigest(cached));
		if (reused) {
			await linkTree(join(cached!, 'bundle'), outputPath);
		} else {
			await indexShard(shard, parts, manifest, outputPath);
			if (cached) await storeInCache(outputPath, cached, digest!);
		}
		const milliseconds = Math.round(performance.now() - started);
		indexed.push({ id: shard.id, pages: pages.length, milliseconds, reused });
		log(`检索分片 ${shard.id}：${pages.length} 篇，${reused ? '未改动，沿用上次的索引' : '已索引'}（${milliseconds} ms）`);
	}
	return indexed;
}
