/** The one error the indexer throws: its message says what is wrong and what to do, in full. */
export class SearchIndexError extends Error {
	override name = 'SearchIndexError';
}
