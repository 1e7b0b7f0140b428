/**
 * The archive's URL scheme, in one place: every address the site links to, the ingester writes
 * and the indexer reads is made here. An address once published must keep working, so a change
 * here is a change of every permanent link: see README, "Editing an item".
 *
 * Paths are relative to the site's base path (`withBase` adds it) and pages end with a slash,
 * as Astro's `build.format: 'directory'` serves them.
 */

import { pageParts } from './page-numbers.ts';

/** Joins the site's base path and a path inside the site: withBase('/archive/', 'search/') → '/archive/search/'. */
export function withBase(base: string, path: string): string {
	return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/**
 * An item's id, which is also its path: kjrb/2024-07-12/08-03 (page 00 when unknown). `unknownSlot`
 * tells apart pages of one date whose numbers are both unknown: the second is 00b (pageSlot).
 */
export function itemId(paperSlug: string, date: string, page: number | undefined, order: number, unknownSlot?: string): string {
	return `${editionId(paperSlug, date)}/${pageSlot(page, unknownSlot)}-${String(order).padStart(2, '0')}`;
}

/** A printed page's id (its record's path in content/pages/ without .yaml): kjrb/2024-07-12/08. */
export function pageRecordId(paperSlug: string, date: string, page: number | undefined, unknownSlot?: string): string {
	return `${editionId(paperSlug, date)}/${pageSlot(page, unknownSlot)}`;
}

/**
 * A page's part of an id: its number (08), or for a page of unknown number 00, then 00b, 00c… for
 * other pages of that date whose number is unknown too (`unknownSlot` is the letter).
 */
export function pageSlot(page: number | undefined, unknownSlot?: string): string {
	return page === undefined && unknownSlot ? `${pageNumber(undefined)}${unknownSlot}` : pageNumber(page);
}

/** A page number as written in ids and files: 8 → 08, unknown → 00; a lettered page with its letter, A03 (1003) → a03. */
export function pageNumber(page: number | undefined): string {
	if (page === undefined) return '00';
	const { page: number, pageSection } = pageParts(page);
	return `${pageSection?.toLowerCase() ?? ''}${String(number).padStart(2, '0')}`;
}

/**
 * A page's part of an id, as a pattern: 08, 00b (pageSlot), a03 (a lettered page, page-numbers.ts), 120. Every check of an
 * id's shape (the build's, the ledger's, the move command's) uses this one.
 */
export const PAGE_SLOT_PATTERN = String.raw`(?:[a-z]\d{2,3}|\d{2,3}[a-z]?)`;

/** A printed page's id as a pattern (kjrb/2024-07-12/08); an item's adds `-<order>` (…/08-03). */
export const PAGE_ID_PATTERN = String.raw`[a-z0-9][a-z0-9-]*\/\d{4}-\d{2}-\d{2}\/${PAGE_SLOT_PATTERN}`;

/** The id of a page's section on its edition page, from the page's id: kjrb/2024-07-12/08 → p08, …/00b → p00b. */
export function pageAnchor(pageId: string): string {
	return `p${pageId.slice(pageId.lastIndexOf('/') + 1)}`;
}

function editionId(paperSlug: string, date: string): string {
	return `${paperSlug}/${date}`;
}

/**
 * A facet's name (a person, a place, a column: text from the page) as one path segment that every
 * static host serves: the name itself when it is letters, digits and the marks names carry (·, -,
 * _), else `n-` and a hash of it (.., a?b#c%d, a/b): the page still shows the name.
 */
export function facetSegment(name: string): string {
	if (/^[\p{L}\p{N}][\p{L}\p{N}·・_-]*$/u.test(name)) return name;
	// FNV-1a, 32 bits, twice with different seeds: no Node or browser API needed, and collisions as rare as they need be.
	const hash = (seed: number) => {
		let h = seed;
		for (const char of name) h = Math.imul(h ^ char.codePointAt(0)!, 16777619) >>> 0;
		return h.toString(36);
	};
	return `n-${hash(2166136261)}${hash(0x811c9dc6)}`;
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
	/** A printed page (版), by its id (kjrb/2024-07-12/08): its section of the edition page. */
	page: (pageId: string) => `${pageId.slice(0, pageId.lastIndexOf('/'))}/#${pageAnchor(pageId)}`,
	/** A printed page's PDF, by the page's id (kjrb/2024-07-12/08): kjrb/2024-07-12/08.pdf (src/pages/[paper]/[date]/[slot].pdf.ts). */
	pagePdf: (pageId: string) => `${pageId}.pdf`,
	/** An item, by its id (kjrb/2024-07-12/00-01): its permanent address. */
	item: (id: string) => `${id}/`,
	/** The list of a facet's names (people, columns, places…). */
	facet: (facet: string) => `browse/${facet}/`,
	/** The items of one name of a facet. */
	facetName: (facet: string, name: string) => `browse/${facet}/${encodeURIComponent(facetSegment(name))}/`,
	search: () => 'search/',
	/** The corrections editors made to items, newest first (src/pages/corrections.astro). */
	corrections: () => 'corrections/',
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
