/**
 * Search filters and sorting: which values an item carries, and how a search is written in the
 * search page's URL (?q=…&paper=…&sort=newest), so that every search can be shared. The URL's
 * parameters are read through their `get` and written as name–value pairs, so that this file
 * needs no browser API (URLSearchParams is the search page's: src/search/client/).
 */
import type { ItemFrontmatter } from '../../schemas/item.ts';
import { pageLabel } from '../../archive/labels.ts';

export const FILTERS = [
	{ name: 'paper', label: '报纸' },
	{ name: 'year', label: '年份' },
	{ name: 'month', label: '月份' },
	{ name: 'page', label: '版次' },
	{ name: 'column', label: '栏目' },
	{ name: 'place', label: '地点' },
	{ name: 'author', label: '作者' },
] as const;

export type FilterName = (typeof FILTERS)[number]['name'];
export type Sort = 'relevance' | 'newest';

/** The filter values of one item, each filter a list (an item has several authors or places). */
export function filterValuesOf(data: ItemFrontmatter): Record<FilterName, string[]> {
	return {
		paper: [data.paper],
		year: [data.date.slice(0, 4)],
		month: [data.date.slice(0, 7)],
		page: [pageLabel(data)],
		column: data.column ? [data.column] : [],
		place: data.places,
		author: data.authors.map((a) => a.name),
	};
}

/** How a filter value reads in the search form: 2024-07 → 2024年7月. */
export function filterValueLabel(name: FilterName, value: string): string {
	if (name === 'year') return `${value}年`;
	if (name === 'month') return `${Number(value.slice(0, 4))}年${Number(value.slice(5, 7))}月`;
	return value;
}

/**
 * The time from `from` to `to` (YYYY-MM-DD) by its months, or by its years where it is whole years:
 * 2001年1月至2007年8月, 2007年9月至12月, 2001年至2006年, 2001年. Without `to`, where it starts:
 * 2007年9月, or 2008年 from the first of January.
 */
export function periodLabel(from: string, to?: string): string {
	const [fromYear, fromMonth] = [from.slice(0, 4), Number(from.slice(5, 7))];
	if (to === undefined) return from.endsWith('-01-01') ? `${fromYear}年` : `${fromYear}年${fromMonth}月`;
	const [toYear, toMonth] = [to.slice(0, 4), Number(to.slice(5, 7))];
	if (from.endsWith('-01-01') && to.endsWith('-12-31')) return fromYear === toYear ? `${fromYear}年` : `${fromYear}年至${toYear}年`;
	if (fromYear !== toYear) return `${fromYear}年${fromMonth}月至${toYear}年${toMonth}月`;
	return fromMonth === toMonth ? `${fromYear}年${fromMonth}月` : `${fromYear}年${fromMonth}月至${toMonth}月`;
}

export interface SearchState {
	query: string;
	filters: Partial<Record<FilterName, string>>;
	sort: Sort;
	/** Search every shard, not only the newest (search/shared/shards.ts, searchScope): ?scope=all. */
	wholeArchive: boolean;
}

/** What a search is read from: the page's URLSearchParams (or anything with its `get`). */
export interface SearchParams {
	get(name: string): string | null;
}

export function readSearchParams(params: SearchParams): SearchState {
	const filters: SearchState['filters'] = {};
	for (const { name } of FILTERS) {
		const value = params.get(name);
		if (value) filters[name] = value;
	}
	return { query: params.get('q') ?? '', filters, sort: params.get('sort') === 'newest' ? 'newest' : 'relevance', wholeArchive: params.get('scope') === 'all' };
}

/** The URL parameters of a search, in the order the URL shows them (new URLSearchParams(…) takes them as they are). */
export function writeSearchParams(state: SearchState): [string, string][] {
	const params: [string, string][] = [];
	if (state.query) params.push(['q', state.query]);
	for (const { name } of FILTERS) {
		const value = state.filters[name];
		if (value) params.push([name, value]);
	}
	if (state.sort === 'newest') params.push(['sort', 'newest']);
	if (state.wholeArchive) params.push(['scope', 'all']);
	return params;
}

/** A link that opens an item and highlights the match (a URL text fragment: no script needed). */
export function linkToMatch(url: string, term: string | undefined): string {
	if (!term) return url;
	// Text directives reserve - , & and need every other special character percent-encoded.
	const encoded = encodeURIComponent(term).replace(/-/g, '%2D');
	return `${url.split('#')[0]}#:~:text=${encoded}`;
}
