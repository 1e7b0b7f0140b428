/**
 * One site from builds of different years (ARCHIVE_YEARS=…, see README), made on different
 * machines from the same content and settings: the library behind `npm run merge-builds`
 * (scripts/merge-builds.ts). A file present in several parts must be the same in all of them,
 * except the sitemap, whose entries are joined. Every search shard the manifest names must come
 * from some part. All problems are listed together; nothing is written unless there are none,
 * and the output folder is replaced whole.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { paths } from '../../src/archive/urls.ts';
import type { SearchManifest } from '../../src/search/shared/shards.ts';
import { filesUnder } from '../shared/files.ts';

const SEARCH_MANIFEST_FILE = paths.searchManifest();

/** @astrojs/sitemap's files: sitemap-index.xml and its sitemap-0.xml, sitemap-1.xml… */
const SITEMAP = /^sitemap-(index|\d+)\.xml$/;
/** URLs per sitemap file, as @astrojs/sitemap writes them (the protocol allows 50,000). */
const URLS_PER_SITEMAP = 45_000;

export class MergeError extends Error {
	override name = 'MergeError';
}

/** The sitemap of all parts: every part's <url> entries once, in URL order, in files of 45,000. */
export function mergeSitemaps(partDirs: string[]): Map<string, string> | undefined {
	const indexes = partDirs.map((dir) => join(dir, 'sitemap-index.xml')).filter((file) => existsSync(file));
	if (indexes.length === 0) return undefined;
	const index = readFileSync(indexes[0]!, 'utf8');
	const firstLoc = /<sitemap><loc>([^<]*)<\/loc><\/sitemap>/.exec(index)?.[1];
	if (!firstLoc) throw new MergeError(`${indexes[0]}：读不出站点地图文件的地址。`);
	const urls = new Map<string, string>();
	let header = '';
	for (const dir of partDirs) {
		for (const name of readdirSync(dir).filter((name) => /^sitemap-\d+\.xml$/.test(name))) {
			const xml = readFileSync(join(dir, name), 'utf8');
			header ||= xml.slice(0, xml.indexOf('<url>'));
			for (const entry of xml.match(/<url>.*?<\/url>/gs) ?? []) urls.set(/<loc>([^<]*)<\/loc>/.exec(entry)?.[1] ?? entry, entry);
		}
	}
	const sorted = [...urls].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
	const files = new Map<string, string>();
	const locs: string[] = [];
	for (let i = 0; i * URLS_PER_SITEMAP < Math.max(sorted.length, 1); i++) {
		files.set(`sitemap-${i}.xml`, `${header}${sorted.slice(i * URLS_PER_SITEMAP, (i + 1) * URLS_PER_SITEMAP).join('')}</urlset>`);
		locs.push(`<sitemap><loc>${firstLoc.replace(/sitemap-0\.xml$/, `sitemap-${i}.xml`)}</loc></sitemap>`);
	}
	const indexHeader = index.slice(0, index.indexOf('<sitemap>'));
	files.set('sitemap-index.xml', `${indexHeader}${locs.join('')}</sitemapindex>`);
	return files;
}

/** Merges the parts into `outDir`; throws a MergeError listing every problem. */
export function mergeBuilds(partDirs: string[], outDir: string): { files: number; shards: number } {
	const problems: string[] = [];
	// Whether some file differs between parts: built from different content or settings.
	let differ = false;
	const sources = new Map<string, string>();
	for (const dir of partDirs) {
		if (!existsSync(join(dir, SEARCH_MANIFEST_FILE))) {
			problems.push(`${dir}：没有 ${SEARCH_MANIFEST_FILE}，不像本项目 npm run build 的输出。`);
			continue;
		}
		for (const file of filesUnder(dir, '')) {
			const path = relative(dir, file);
			if (SITEMAP.test(path)) continue;
			const earlier = sources.get(path);
			if (earlier === undefined) sources.set(path, file);
			else if (!readFileSync(earlier).equals(readFileSync(file))) {
				problems.push(`${path}：${earlier} 与 ${file} 不同。`);
				differ = true;
			}
		}
	}
	const manifestFile = sources.get(SEARCH_MANIFEST_FILE);
	const manifest = manifestFile ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as SearchManifest) : undefined;
	const versions = new Map<string, string>();
	for (const shard of manifest?.shards ?? []) {
		const entry = sources.get(`${paths.searchShard(shard.id)}pagefind-entry.json`);
		if (!entry)
			problems.push(`检索分片 ${shard.id}（${shard.from} 至 ${shard.to}）不在任何一部分里：请构建 ARCHIVE_YEARS=${shard.id.slice(0, 4)} 并一起合并。`);
		else versions.set(shard.id, (JSON.parse(readFileSync(entry, 'utf8')) as { version: string }).version);
	}
	// The search page runs the newest shard's Pagefind over every shard: all must be of its version.
	if (new Set(versions.values()).size > 1) {
		problems.push(
			`检索分片由不同版本的 Pagefind 建立（${[...versions].map(([id, version]) => `${id}：${version}`).join('，')}）：请在各台机器上用同一份 package-lock.json 安装后重新构建。`,
		);
	}
	if (problems.length > 0) {
		const fix = differ ? '\n各部分须用同一版内容、同样的 BASE_PATH、SITE_URL 和 SEARCH_FIRST_ITEMS 构建。' : '';
		throw new MergeError(`无法合并 ${partDirs.length} 个构建，有 ${problems.length} 处问题：\n${problems.map((p) => `  - ${p}`).join('\n')}${fix}`);
	}
	const sitemap = mergeSitemaps(partDirs);
	// Written beside the output and swapped in whole: a failed merge leaves the old site as it was.
	const staging = `${outDir}.merging`;
	const previous = `${outDir}.previous`;
	rmSync(staging, { recursive: true, force: true });
	try {
		for (const [path, file] of sources) {
			mkdirSync(dirname(join(staging, path)), { recursive: true });
			copyFileSync(file, join(staging, path));
		}
		for (const [name, xml] of sitemap ?? []) writeFileSync(join(staging, name), xml);
	} catch (error) {
		rmSync(staging, { recursive: true, force: true });
		throw error;
	}
	rmSync(previous, { recursive: true, force: true });
	if (existsSync(outDir)) renameSync(outDir, previous);
	renameSync(staging, outDir);
	rmSync(previous, { recursive: true, force: true });
	return { files: sources.size + (sitemap?.size ?? 0), shards: manifest?.shards.length ?? 0 };
}
