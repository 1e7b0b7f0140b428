/** Files of the search index that are the archive's own, beside Pagefind's. */

/** The search manifest (search/shared/shards.ts), written by the build, read by the indexer and the search page. */
export const SEARCH_MANIFEST_FILE = 'pagefind/shards.json';
