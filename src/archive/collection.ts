/**
 * The archive as the pages see it: every item, its editions and the print-order neighbours of
 * items and pages, read from the content collection once per build.
 */
import { resolve } from 'node:path';
import { getCollection } from 'astro:content';
import { ledgerPath, readLedger } from '../collection/redirects-ledger.ts';
import { pageIdOf, type ArchiveItem } from './item.ts';
import { groupEditions, neighbourMap, pageNeighbourMap, type Edition, type Neighbours, type PageStop } from './order.ts';
import { isItemId, resolveRedirects } from './redirects.ts';
import { searchManifest } from '../search/shared/manifest.ts';
import { buildSettings } from '../settings/build-settings.ts';
import type { SearchManifest } from '../search/shared/shards.ts';

interface Archive {
	items: ArchiveItem[];
	editions: Edition[];
	neighbours: Map<string, Neighbours>;
	/** Previous and next page (版) of each page id, in print order. */
	pageNeighbours: Map<string, { previous?: PageStop; next?: PageStop }>;
	editionOf: (item: ArchiveItem) => Edition;
	/** The title of an item by its id; undefined for none. */
	titleOf: (id: string) => string | undefined;
}

let cached: Promise<Archive> | undefined;

export function loadArchive(): Promise<Archive> {
	cached ??= (async () => {
		const items: ArchiveItem[] = await getCollection('items');
		const pages = new Map((await getCollection('pages')).map((page) => [page.id, page.data]));
		const editions = groupEditions(items);
		for (const edition of editions) {
			for (const group of edition.pages) {
				const record = pages.get(pageIdOf(group.columns[0]!.items[0]!));
				group.credits = record?.credits.map((credit) => credit.text) ?? [];
				group.scan = record?.scan;
			}
		}
		// A page moved within its edition (00 → 08) keeps its old section anchor (#p00) on the edition page.
		const groups = new Map(editions.flatMap((edition) => edition.pages.map((group) => [group.id, group] as const)));
		const ledger = readLedger(ledgerPath(resolve(buildSettings().itemsDir)));
		// Items are left out (taken as current): only moves of pages are followed here.
		for (const { from, to } of resolveRedirects(ledger, (id) => isItemId(id) || groups.has(id)).redirects) {
			const group = groups.get(to);
			if (group && from.slice(0, from.lastIndexOf('/')) === to.slice(0, to.lastIndexOf('/'))) group.aliases.push(from);
		}
		// Once per build, not once per item page: a related item is named by its title.
		const titles = new Map(items.map((item) => [item.id, item.data.title]));
		const byItem = new Map<string, Edition>();
		for (const edition of editions) for (const item of edition.items) byItem.set(item.id, edition);
		return {
			items,
			editions,
			neighbours: neighbourMap(items),
			pageNeighbours: pageNeighbourMap(editions),
			editionOf: (item) => byItem.get(item.id)!,
			titleOf: (id) => titles.get(id),
		};
	})();
	return cached;
}

let manifest: Promise<SearchManifest> | undefined;

/** The search manifest (search/shared/manifest.ts), computed once per build for the pages that need it. */
export function loadSearchManifest(): Promise<SearchManifest> {
	manifest ??= getCollection('items').then((items) => searchManifest(items, buildSettings().searchFirstItems));
	return manifest;
}
