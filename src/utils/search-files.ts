/** Files the indexer writes next to Pagefind's own, for the search page. */

/** JSON string of the punctuation and symbols the index holds as words. */
export const INDEXED_SYMBOLS_FILE = 'indexed-symbols.json';
