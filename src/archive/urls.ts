/**
 * The archive's URL scheme, in one place: every address the site links to, the ingester writes
 * and the indexer reads is made here. An address once published must keep working, so a change
 * here is a change of every permanent link: see README, "Editing an item".
 *
 * Paths are relative to the site's base path (`withBase` adds it) and pages end with a slash,
 * as Astro's `build.format: 'directory'` serves them.
 */

/** Joins the site's base path and a path inside the site: withBase('/archive/', 'search/') → '/archive/search/'. */
export function withBase(base: string, path: string): string {
	return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** An item's id, which is also its path: kjrb/2024-07-12/08-03 (page 00 when unknown). */
export function itemId(paperSlug: string, date: string, page: number | undefined, order: number): string {
	return `${editionId(paperSlug, date)}/${pageNumber(page)}-${String(order).padStart(2, '0')}`;
}

/** A printed page's id (its record's path in content/pages/ without .yaml): kjrb/2024-07-12/08. */
export function pageRecordId(paperSlug: string, date: string, page: number | undefined): string {
	return `${editionId(paperSlug, date)}/${pageNumber(page)}`;
}

/** A page number as written in ids and files: 8 → 08, unknown → 00. */
export function pageNumber(page: number | undefined): string {
	return String(page ?? 0).padStart(2, '0');
}

/** The id of a page's section on its edition page: page 8 → p08, unknown → p00. */
export function pageAnchor(page: number | undefined): string {
	return `p${pageNumber(page)}`;
}

function editionId(paperSlug: string, date: string): string {
	return `${paperSlug}/${date}`;
}

/** Every page of the site, by what it shows. */
export const paths = {
	home: () => '',
	/** A paper's page: its years and latest editions. */
	paper: (paperSlug: string) => `${paperSlug}/`,
	/** A paper's editions of one year. */
	year: (paperSlug: string, year: number | string) => `${paperSlug}/${year}/`,
	/** One day's edition of a paper: every page (版) and item. */
	edition: (paperSlug: string, date: string) => `${editionId(paperSlug, date)}/`,
	/** A printed page (版): its section of the edition page. */
	page: (paperSlug: string, date: string, page: number | undefined) => `${editionId(paperSlug, date)}/#${pageAnchor(page)}`,
	/** An item, by its id (kjrb/2024-07-12/00-01): its permanent address. */
	item: (id: string) => `${id}/`,
	/** The list of a facet's names (people, columns, places…). */
	facet: (facet: string) => `browse/${facet}/`,
	/** The items of one name of a facet. */
	facetName: (facet: string, name: string) => `browse/${facet}/${encodeURIComponent(name)}/`,
	search: () => 'search/',
	/** One search shard's Pagefind bundle (src/search/shared/shards.ts). */
	searchShard: (shardId: string) => `pagefind/${shardId}/`,
	/** The search manifest: shards and indexed symbols, written by the build, read by the indexer and the search page. */
	searchManifest: () => 'pagefind/shards.json',
	/** A feed of the latest items, by its file name (src/metadata/feeds.ts, src/pages/[feed].ts): rss.xml. */
	feed: (file: string) => file,
	favicon: () => 'favicon.svg',
	sitemap: () => 'sitemap-index.xml',
} as const;

/**
 * An item page's file in the built site, capturing its print date: items live at
 * paths.item(id), <paper>/<YYYY-MM-DD>/<page>-<order>/ (src/pages/[...id].astro).
 */
export const ITEM_PAGE_FILE = /^[^/]+\/(\d{4}-\d{2}-\d{2})\/[^/]+\/index\.html$/;
