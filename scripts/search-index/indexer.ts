/**
 * Builds the Pagefind index of a built site, one shard at a time (src/search/shared/shards.ts),
 * through Pagefind's Node API.
 *
 * Each item page is indexed from a copy that only the indexer sees, in which every character
 * stands alone (see src/search/shared/tokens.ts): readers get the page as printed, the index gets
 * single characters, and search finds any run of characters. Each shard is indexed by a Pagefind
 * process of its own, closed before the next starts, so that memory is bounded by the largest
 * shard rather than the archive. Every Pagefind call's `errors` array is checked; every problem
 * fails the run, all of them listed.
 */
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import * as pagefind from 'pagefind';
import { rehype } from 'rehype';
import { SEARCH_MANIFEST_FILE } from '../../src/search/shared/files.ts';
import { shardOf, type SearchManifest, type SearchShard } from '../../src/search/shared/shards.ts';
import { BLOCK_END, symbolsIn, toIndexText } from '../../src/search/shared/tokens.ts';

const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript']);
/** Elements whose text is a block of its own: a phrase never runs from one into the next. */
const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'figcaption', 'blockquote', 'dt', 'dd', 'td', 'th']);
/** Pages in Pagefind's hands at a time, so that it indexes while this process prepares the next. */
const IN_FLIGHT = 8;

export class SearchIndexError extends Error {
	override name = 'SearchIndexError';
}

function check<T extends { errors: string[] }>(step: string, result: T): T {
	if (result.errors.length > 0) {
		throw new SearchIndexError(`Pagefind 在“${step}”时出错：\n${result.errors.join('\n')}\n请检查上面提到的页面；修正后重新构建。`);
	}
	return result;
}

/**
 * Spaces out the characters of the text under [data-pagefind-body], leaving metadata as it is.
 * The punctuation and symbols of the text Pagefind will index are added to `symbols`.
 */
export function singleCharacterCopy(html: string, symbols?: Set<string>): string {
	const processor = rehype().use(() => (tree: Root) => {
		const visit = (node: Root | RootContent, inBody: boolean, ignored = false): void => {
			if (node.type === 'text') {
				if (inBody && symbols && !ignored) symbolsIn(node.value, symbols);
				if (inBody) node.value = toIndexText(node.value);
				return;
			}
			if (node.type !== 'root' && node.type !== 'element') return;
			if (node.type === 'element') {
				const element = node as Element;
				if (SKIPPED_TAGS.has(element.tagName)) return;
				const props = element.properties;
				// Metadata and filters are shown to readers as they are: keep them unspaced.
				if (props.dataPagefindMeta !== undefined || props.dataPagefindFilter !== undefined || props.dataPagefindSort !== undefined) return;
				inBody ||= props.dataPagefindBody !== undefined;
				ignored ||= props.dataPagefindIgnore !== undefined;
				if (inBody && BLOCK_TAGS.has(element.tagName)) {
					for (const child of element.children) visit(child, inBody, ignored);
					element.children.push({ type: 'text', value: ` ${BLOCK_END} ` });
					return;
				}
			}
			for (const child of node.children) visit(child, inBody, ignored);
		};
		visit(tree, false);
	});
	return String(processor.processSync(html));
}

/**
 * The part of an item page the indexer needs, its [data-pagefind-body] element (metadata, filters
 * and section ids are inside it), in a bare document: the sidebar and head are most of a page's
 * bytes, and parsing them for every item was most of the indexing time.
 */
export function indexedPart(html: string): string {
	const attribute = html.indexOf('data-pagefind-body');
	const start = html.lastIndexOf('<', attribute);
	const tag = /^<([a-z][a-z0-9]*)/i.exec(html.slice(start))?.[1];
	const end = tag ? html.indexOf(`</${tag}>`, attribute) : -1;
	if (attribute < 0 || !tag || end < 0) return html;
	return `<!doctype html><html lang="zh-CN"><head><title></title></head><body>${html.slice(start, end + tag.length + 3)}</body></html>`;
}

/**
 * An item page's file in the built site, with its print date: items live at their permanent
 * URLs, /<paper>/<YYYY-MM-DD>/<page>-<order>/ (src/pages/[...id].astro).
 */
const ITEM_PAGE = /^[^/]+\/(\d{4}-\d{2}-\d{2})\/[^/]+\/index\.html$/;

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

/**
 * What a shard's index is made from: the indexer's own code, the versions of every dependency
 * (Pagefind, and rehype, which makes the indexed copy), the symbols and every page's URL and
 * indexed part. Equal digests make equal indexes.
 */
async function shardDigest(symbols: string, parts: Map<string, string>): Promise<string> {
	const hash = createHash('sha256');
	const root = join(import.meta.dirname, '../..');
	for (const file of [import.meta.filename, join(root, 'src/search/shared/tokens.ts'), join(root, 'package-lock.json')]) {
		hash.update(await readFile(file)).update('\0');
	}
	hash.update(symbols).update('\0');
	for (const url of [...parts.keys()].sort()) hash.update(url).update('\0').update(parts.get(url)!).update('\0');
	return hash.digest('hex');
}

async function cachedDigest(dir: string): Promise<string | undefined> {
	return readFile(join(dir, 'digest'), 'utf8').catch(() => undefined);
}

/**
 * Puts the files of `from` at the same places under `to`, as hard links: an index is tens of
 * thousands of files that are never changed in place, and linking them is much faster than
 * copying. Copies where a link cannot be made (another file system).
 */
async function linkTree(from: string, to: string): Promise<void> {
	for (const entry of await readdir(from, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		const source = join(entry.parentPath, entry.name);
		const target = join(to, relative(from, source));
		await mkdir(dirname(target), { recursive: true });
		await link(source, target).catch(async (error: NodeJS.ErrnoException) => {
			if (error.code !== 'EXDEV' && error.code !== 'EPERM') throw error;
			await copyFile(source, target);
		});
	}
}

/** Keeps a shard's index, replacing the old one only once the new one is whole. */
async function storeInCache(bundle: string, dir: string, digest: string): Promise<void> {
	// A name of this process's own: two builds sharing the cache never write into one folder.
	const staging = `${dir}.${process.pid}.new`;
	await rm(staging, { recursive: true, force: true });
	await mkdir(staging, { recursive: true });
	await linkTree(bundle, join(staging, 'bundle'));
	await writeFile(join(staging, 'digest'), digest);
	await rm(dir, { recursive: true, force: true });
	await rename(staging, dir);
}

/** Indexes the given pages (URL → indexed part) into `outputPath`; throws on any problem. */
async function indexShard(shard: SearchShard, parts: Map<string, string>, manifest: SearchManifest, outputPath: string): Promise<void> {
	const symbols = new Set(manifest.symbols);
	try {
		// The indexed copy is single characters of no language (BCP 47 `und`): Pagefind then neither
		// segments nor stems it, which Chinese segmentation of one-character words only slowed down
		// (by a third), and searches it as it searches Chinese, with no stemmer.
		const { index } = check('创建索引', await pagefind.createIndex({ forceLanguage: 'und', includeCharacters: manifest.symbols }));
		if (!index) throw new SearchIndexError('Pagefind 没有返回索引对象。');
		const unknownSymbols: string[] = [];
		const pages = [...parts];
		// Pages are handed over one after another, IN_FLIGHT at a time, so that Pagefind's process
		// never waits for this one to prepare a whole batch.
		let next = 0;
		const addPages = async () => {
			while (next < pages.length) {
				const [url, part] = pages[next++]!;
				const pageSymbols = new Set<string>();
				const content = singleCharacterCopy(part, pageSymbols);
				const unknown = [...pageSymbols].filter((symbol) => !symbols.has(symbol) && symbol !== '"' && symbol !== BLOCK_END);
				if (unknown.length > 0) unknownSymbols.push(`  - ${url}：${unknown.join(' ')}`);
				check(`索引 ${url}`, await index.addHTMLFile({ url, content }));
			}
		};
		await Promise.all(Array.from({ length: IN_FLIGHT }, addPages));
		if (unknownSymbols.length > 0) {
			// The manifest's symbols come from the content collection; a page template that adds
			// indexed text with other symbols must add them to the manifest as well.
			throw new SearchIndexError(`分片 ${shard.id} 的页面含有检索清单（${SEARCH_MANIFEST_FILE}）没有的符号，搜索会找不到含它们的文字：\n${unknownSymbols.join('\n')}\n请把这些页面模板里加进索引的文字也计入 src/search/shared/manifest.ts 的符号。`);
		}
		check('写入索引文件', await index.writeFiles({ outputPath }));
	} finally {
		// A process per shard: its memory is returned before the next shard starts.
		await pagefind.close();
	}
}

async function readManifest(outDir: string): Promise<SearchManifest> {
	const file = join(outDir, SEARCH_MANIFEST_FILE);
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
		const date = ITEM_PAGE.exec(where)?.[1];
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
		throw new SearchIndexError(`无法建立检索索引，${outDir} 里有 ${problems.length} 处问题：\n${problems.map((p) => `  - ${p}`).join('\n')}\n请先删除输出文件夹，再用 npm run build 完整构建。`);
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
			throw new SearchIndexError(`这些页面在稿件的地址上，却没有 data-pagefind-body，不是稿件页面：\n${notItems.join('\n')}\n稿件页面由 src/pages/[...id].astro 生成；别的页面不能用 /报纸/日期/版次-序号/ 这样的地址。`);
		}
		const outputPath = join(outDir, 'pagefind', shard.id);
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
