/**
 * Typed bindings of the part of Pagefind's browser API (each shard's pagefind.js, Pagefind 1.x)
 * this site uses, named and documented after Pagefind's own declarations
 * (pagefind_web_js/types/index.d.ts), which its npm package does not ship: it types the Node API
 * alone. Only what the site calls or reads is declared, so that a fake of the API for tests
 * (tests/unit/search/engine.test.ts) is small, and a field the site starts to read is added here.
 */

/** Options of an index: createInstance, options() and mergeIndex() take them. */
export interface PagefindIndexOptions {
	/** Where the index's bundle is: the shard's folder. */
	basePath?: string;
	/** Prefixed to every result's URL: the site's base path. */
	baseUrl?: string;
	/** Words in an excerpt. */
	excerptLength?: number;
	/** Filters added to every page of this index: how the site tells merged shards apart. */
	mergeFilter?: Record<string, string>;
}

/** Filter name → the one value a result must carry. */
export type PagefindFilters = Partial<Record<string, string>>;

export interface PagefindSearchOptions {
	filters?: PagefindFilters;
	/** Sort by a data-pagefind-sort key instead of relevance. */
	sort?: Record<string, 'asc' | 'desc'>;
}

/** Filter name → value → how many pages carry it. */
export type PagefindFilterCounts = Record<string, Record<string, number>>;

export interface PagefindSearchResults {
	/** Every matching page, in Pagefind's order (by score, or by the sort asked for). */
	results: PagefindSearchResult[];
}

/** A matching page before its data is loaded: loading is one request per result. */
export interface PagefindSearchResult {
	/** Unique across the merged index. */
	id: string;
	data(): Promise<PagefindSearchFragment>;
}

/** A result's data. */
export interface PagefindSearchFragment {
	/** The page's URL, baseUrl included. */
	url: string;
	/** The page's indexed text. */
	content: string;
	/** Escaped page text around the match, the matching words in <mark>. */
	excerpt: string;
	/** data-pagefind-meta values: title, paper, date. */
	meta: Record<string, string>;
	/** Where the query's words matched, as word positions in `content`. */
	locations: number[];
	/** The page's sections (headings with ids) that matched. */
	sub_results: PagefindSubResult[];
}

export interface PagefindSubResult {
	title: string;
	/** The page's URL with the heading's #id. */
	url: string;
	excerpt: string;
	/** The heading; absent for the text before the page's first heading with an id. */
	anchor?: { id: string };
}

/** An index of its own settings, created by createInstance(); other indexes can be merged into it. */
export interface PagefindInstance {
	options(options: PagefindIndexOptions): Promise<void>;
	init(): Promise<void>;
	/** Adds another index (another shard) to this one, searched with it as one. */
	mergeIndex(indexPath: string, options?: PagefindIndexOptions): Promise<void>;
	/** A null query finds every page the filters let through. */
	search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindSearchResults>;
	/** Every filter value of the index and its count. */
	filters(): Promise<PagefindFilterCounts>;
}

/** pagefind.js, as imported: every shard carries the same code. */
export interface PagefindModule {
	createInstance(options: PagefindIndexOptions): PagefindInstance;
}
