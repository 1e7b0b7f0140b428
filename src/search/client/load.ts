/**
 * What the search page downloads, and only when a search needs it: the Pagefind index of the
 * shards a search reads, and the Traditional → Simplified converter. A loader keeps what it has
 * loaded for the page that created it (no state of this module's own), and forgets a download
 * that failed, so that the next search tries it again.
 */
import { paths, withBase } from '../../archive/urls.ts';
import type { SearchManifest, SearchShard } from '../shared/shards.ts';
import type { PagefindInstance, PagefindModule } from './pagefind.ts';

/** The filter each shard's pages carry (Pagefind's mergeFilter), so that one shard can be searched alone. */
export const SHARD_FILTER = 'shard';

export interface SearchIndex {
	pagefind: PagefindInstance;
	/** The shards this index reads, newest first. */
	shards: SearchShard[];
	/** Punctuation and symbols the index holds; a query with any other can match nothing. */
	symbols: Set<string>;
}

export interface Loader {
	/**
	 * The index of the given shards (newest first): the first shard's Pagefind, with the others
	 * merged into it (Pagefind's mergeIndex), so that they are searched as one and share its code
	 * and WebAssembly. A search within a year reads only that year's shards.
	 */
	index(shards: SearchShard[]): Promise<SearchIndex>;
	/** The Traditional → Simplified converter, downloaded only when a query needs it. */
	converter(): Promise<(text: string) => string>;
}

/** pagefind.js at `url`; a module's own import() in the page, another in tests. */
export type ImportPagefind = (url: string) => Promise<PagefindModule>;

const importPagefind: ImportPagefind = (url) => import(/* @vite-ignore */ url) as Promise<PagefindModule>;

/** A loader of the manifest's shards, served under the site's base path `base`. */
export function createLoader(manifest: SearchManifest, base: string, importModule: ImportPagefind = importPagefind): Loader {
	let pagefindModule: Promise<PagefindModule> | undefined;
	/** A search index for each set of shards searched so far, by their ids. */
	const indexes = new Map<string, Promise<SearchIndex>>();
	let toSimplified: Promise<(text: string) => string> | undefined;

	return {
		index(shards) {
			const key = shards.map((shard) => shard.id).join(' ');
			let index = indexes.get(key);
			if (index) return index;
			index = (async () => {
				pagefindModule ??= importModule(withBase(base, `${paths.searchShard(manifest.shards[0]!.id)}pagefind.js`));
				const module = await pagefindModule;
				const [first, ...others] = shards;
				const options = { baseUrl: base, excerptLength: 40 };
				const pagefind = module.createInstance({ basePath: withBase(base, paths.searchShard(first!.id)) });
				await pagefind.options(options);
				await pagefind.init();
				await pagefind.options({ mergeFilter: { [SHARD_FILTER]: first!.id } });
				await Promise.all(
					others.map((shard) => pagefind.mergeIndex(withBase(base, paths.searchShard(shard.id)), { ...options, mergeFilter: { [SHARD_FILTER]: shard.id } })),
				);
				return { pagefind, shards, symbols: new Set(manifest.symbols) };
			})();
			indexes.set(key, index);
			// A failed download is tried again on the next search, not remembered.
			index.catch(() => {
				indexes.delete(key);
				pagefindModule = undefined;
			});
			return index;
		},
		converter() {
			toSimplified ??= import('opencc-js/t2cn').then((OpenCC) => OpenCC.Converter({ from: 'tw', to: 'cn' }));
			toSimplified.catch(() => (toSimplified = undefined));
			return toSimplified;
		},
	};
}
