/**
 * The search itself, without the page: given the manifest, a loader of Pagefind indexes and a
 * search state, which shards to read, how many items match, and the results a batch at a time,
 * ranked or newest first across shards. Tested against a fake of Pagefind's API
 * (tests/unit/search/engine.test.ts); the page (search-page.ts) shows what it finds.
 */
import type { SearchState } from '../shared/filters.ts';
import { parseQuery, toIndexQuery } from '../shared/query.ts';
import { rankResults } from '../shared/rank.ts';
import { itemsPerYear, searchScope, type SearchManifest, type SearchScope, type SearchShard } from '../shared/shards.ts';
import { fromIndexExcerpt, symbolsIndexed } from '../shared/tokens.ts';
import { SHARD_FILTER, type Loader, type SearchIndex } from './load.ts';
import type { PagefindFilterCounts, PagefindSearchFragment, PagefindSearchOptions, PagefindSearchResult } from './pagefind.ts';

/** Results shown (and fetched) at a time; the rest load on request, so a common word costs little. */
export const BATCH_SIZE = 10;

/** A search run: what it read, what it found, and its results on request. */
export interface Search {
	/** The terms as typed. */
	terms: string[];
	/** The terms as they matched (Traditional ones converted to Simplified). */
	matched: string[];
	/** True when filters narrow the search. */
	filtered: boolean;
	/** The shards read, and those left for a search of the whole archive. */
	scope: SearchScope;
	/** How many items match. */
	count: number;
	/** BATCH_SIZE results from the `from`th, their data fetched and, unless sorted by date, ranked: title and whole-phrase hits first. */
	results(from: number): Promise<PagefindSearchFragment[]>;
	/** True while fewer than all results are shown. */
	hasMore(shown: number): boolean;
}

interface Found {
	/** How many items match. */
	count: number;
	/** `size` matching results from the `from`th, in Pagefind's order (by relevance, or newest first). */
	slice(from: number, size: number): Promise<PagefindSearchResult[]>;
	/** The terms as they matched (Traditional ones converted to Simplified). */
	terms: string[];
}

/** True when the state asks for nothing: no terms, no filters. */
export function isBlank(state: SearchState): boolean {
	return parseQuery(state.query).length === 0 && Object.keys(state.filters).length === 0;
}

export type SearchEngine = ReturnType<typeof createSearchEngine>;

export function createSearchEngine(manifest: SearchManifest, loader: Loader) {
	/**
	 * Items holding one term. A term in Traditional characters that finds nothing is tried in
	 * Simplified, unless `convert` is false (the term is already as it matched).
	 */
	async function searchTerm(
		index: SearchIndex,
		term: string,
		options: PagefindSearchOptions,
		convert = true,
	): Promise<{ term: string; results: PagefindSearchResult[] }> {
		const run = async (text: string) => (symbolsIndexed(text, index.symbols) ? (await index.pagefind.search(toIndexQuery(text), options)).results : []);
		const results = await run(term);
		if (!convert || results.length > 0 || !/\p{Script=Han}/u.test(term)) return { term, results };
		const simplified = (await loader.converter())(term);
		return simplified === term ? { term, results } : { term: simplified, results: await run(simplified) };
	}

	/** Items holding every term (or, with no terms, every item the filters let through), in Pagefind's order. */
	async function searchTerms(
		index: SearchIndex,
		terms: string[],
		options: PagefindSearchOptions,
		convert = true,
	): Promise<{ results: PagefindSearchResult[]; terms: string[] }> {
		if (terms.length === 0) return { results: (await index.pagefind.search(null, options)).results, terms };
		const perTerm = await Promise.all(terms.map((term) => searchTerm(index, term, options, convert)));
		const [first, ...rest] = perTerm;
		const others = rest.map(({ results }) => new Set(results.map((r) => r.id)));
		return { results: first!.results.filter((result) => others.every((ids) => ids.has(result.id))), terms: perTerm.map((p) => p.term) };
	}

	/**
	 * The search of the given state. Newest first over several shards goes one shard at a time, newest
	 * shard first, as far as the results shown need: a search over merged shards orders their results
	 * by score, and a sorted search's score is an item's place in its own shard. The count comes from
	 * one search over all of them.
	 */
	async function searchAll(shards: SearchShard[], terms: string[], state: SearchState): Promise<Found> {
		if (shards.length === 0) return { count: 0, slice: async () => [], terms };
		const index = await loader.index(shards);
		const newest = state.sort === 'newest';
		if (!newest || shards.length === 1) {
			const found = await searchTerms(index, terms, { filters: state.filters, ...(newest ? { sort: { date: 'desc' } } : {}) });
			return { count: found.results.length, slice: async (from, size) => found.results.slice(from, from + size), terms: found.terms };
		}
		const all = await searchTerms(index, terms, { filters: state.filters });
		const ordered: PagefindSearchResult[] = [];
		let nextShard = 0;
		return {
			count: all.results.length,
			terms: all.terms,
			async slice(from, size) {
				while (ordered.length < from + size && nextShard < shards.length) {
					const filters = { ...state.filters, [SHARD_FILTER]: shards[nextShard]!.id };
					ordered.push(...(await searchTerms(index, all.terms, { filters, sort: { date: 'desc' } }, false)).results);
					// Only once the shard's results are in: a failed search is tried again on the next request.
					nextShard++;
				}
				return ordered.slice(from, from + size);
			},
		};
	}

	return {
		/** Runs the search of `state` over the shards it reads (searchScope) and counts its results. */
		async search(state: SearchState): Promise<Search> {
			const terms = parseQuery(state.query);
			const scope = searchScope(manifest, state.filters, state.wholeArchive);
			const found = await searchAll(scope.shards, terms, state);
			return {
				terms,
				matched: found.terms,
				filtered: Object.keys(state.filters).length > 0,
				scope,
				count: found.count,
				async results(from) {
					const data = await Promise.all((await found.slice(from, BATCH_SIZE)).map((r) => r.data()));
					if (state.sort === 'newest' || found.terms.length === 0) return data;
					const candidates = data.map((d) => ({ data: d, title: d.meta.title ?? '', text: fromIndexExcerpt(d.content), matches: d.locations.length }));
					return rankResults(candidates, found.terms).map((candidate) => candidate.data);
				},
				hasMore: (shown) => shown < found.count,
			};
		},

		/**
		 * The filter menus' values and their counts. Years come from the manifest; the other menus
		 * from the index the search reads (the chosen year's, or else the first search's newest
		 * shards until the whole archive is asked for), so that opening the menus downloads no more
		 * than searching does, and their counts are those of what is searched.
		 */
		async filterCounts(state: SearchState): Promise<PagefindFilterCounts> {
			// The chosen year, not month, so that the month menu lists the year's months (or every month
			// searched); a month chosen without its year (a shared link) stands for its year.
			const year = state.filters.year ?? state.filters.month?.slice(0, 4);
			const { shards } = searchScope(manifest, { year }, state.wholeArchive);
			const available = shards.length > 0 ? await (await loader.index(shards)).pagefind.filters() : {};
			return { ...available, year: Object.fromEntries(itemsPerYear(manifest.shards)) };
		},
	};
}
