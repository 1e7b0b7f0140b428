/**
 * One shard's index, made by Pagefind's Node API from the shard's item pages. Each shard is
 * indexed by a Pagefind process of its own, closed before the next starts, so that memory is
 * bounded by the largest shard rather than the archive. Every Pagefind call's `errors` array is
 * checked; every problem fails the run, all of them listed.
 */
import * as pagefind from 'pagefind';
import { paths } from '../../src/archive/urls.ts';
import type { SearchManifest, SearchShard } from '../../src/search/shared/shards.ts';
import { BLOCK_END } from '../../src/search/shared/tokens.ts';
import { SearchIndexError } from './error.ts';
import { singleCharacterCopy } from './indexed-copy.ts';

/** Pages in Pagefind's hands at a time, so that it indexes while this process prepares the next. */
const IN_FLIGHT = 8;

function check<T extends { errors: string[] }>(step: string, result: T): T {
	if (result.errors.length > 0) {
		throw new SearchIndexError(`Pagefind 在“${step}”时出错：\n${result.errors.join('\n')}\n请检查上面提到的页面；修正后重新构建。`);
	}
	return result;
}

/** Indexes the given pages (URL → indexed part) into `outputPath`; throws on any problem. */
export async function indexShard(shard: SearchShard, parts: Map<string, string>, manifest: SearchManifest, outputPath: string): Promise<void> {
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
			throw new SearchIndexError(
				`分片 ${shard.id} 的页面含有检索清单（${paths.searchManifest()}）没有的符号，搜索会找不到含它们的文字：\n${unknownSymbols.join('\n')}\n请把这些页面模板里加进索引的文字也计入 src/search/shared/manifest.ts 的符号。`,
			);
		}
		check('写入索引文件', await index.writeFiles({ outputPath }));
	} finally {
		// A process per shard: its memory is returned before the next shard starts.
		await pagefind.close();
	}
}
