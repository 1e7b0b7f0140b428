/**
 * Every file a shard's index depends on besides its pages: the index cache (cache.ts) hashes them
 * all, so that a change to any of them indexes every shard again instead of serving a stale one.
 * tests/unit/search-index/inputs.test.ts walks the indexer's imports and fails if one is missing.
 */

/** Paths from the repository's root: the indexer's code, the shared code it runs, and the lock file (Pagefind's and rehype's versions). */
export const INDEX_INPUTS = [
	'scripts/search-index/indexer.ts',
	'scripts/search-index/cache.ts',
	'scripts/search-index/error.ts',
	'scripts/search-index/index-shard.ts',
	'scripts/search-index/indexed-copy.ts',
	'scripts/search-index/inputs.ts',
	'src/archive/page-numbers.ts',
	'src/archive/urls.ts',
	'src/search/shared/shards.ts',
	'src/search/shared/tokens.ts',
	'package-lock.json',
] as const;
