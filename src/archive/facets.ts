/**
 * Ways to browse the archive besides the calendar: by column, by place, by person
 * (pages/browse/). Each facet names the values an item has; the items under a value are listed
 * newest first.
 */
import type { ItemFrontmatter } from '../schemas/item.ts';
import type { ArchiveItem } from './item.ts';
import { compareChinese, compareForReading } from './order.ts';

/** The facets, by the name their pages go under (paths.facet). */
export const FACETS = {
	columns: { label: '栏目', valuesOf: (data: ItemFrontmatter) => (data.column ? [data.column] : []) },
	places: { label: '地点', valuesOf: (data: ItemFrontmatter) => data.places },
	people: { label: '人物', valuesOf: (data: ItemFrontmatter) => data.authors.map((a) => a.name) },
} as const;

export type Facet = keyof typeof FACETS;

/** The items under each value of a facet (each column, place or person), newest first; values in Chinese order. */
export function groupByFacet(items: ArchiveItem[], facet: Facet): [string, ArchiveItem[]][] {
	const groups = new Map<string, ArchiveItem[]>();
	for (const item of [...items].sort(compareForReading)) {
		for (const value of FACETS[facet].valuesOf(item.data)) {
			if (!groups.has(value)) groups.set(value, []);
			groups.get(value)!.push(item);
		}
	}
	return [...groups].sort(([a], [b]) => compareChinese(a, b));
}
