/**
 * The archive as the pages see it: every item, its editions and its print-order neighbours,
 * read from the content collection once per build.
 */
import { getCollection } from 'astro:content';
import { groupEditions, neighbourMap, pageIdOf, type ArchiveItem, type Edition, type Neighbours } from './archive.ts';

interface Archive {
	items: ArchiveItem[];
	editions: Edition[];
	neighbours: Map<string, Neighbours>;
	editionOf: (item: ArchiveItem) => Edition;
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
			}
		}
		const byItem = new Map<string, Edition>();
		for (const edition of editions) for (const item of edition.items) byItem.set(item.id, edition);
		return { items, editions, neighbours: neighbourMap(items), editionOf: (item) => byItem.get(item.id)! };
	})();
	return cached;
}
