/**
 * What the archive knows of an item: its id (which is also its path) and its frontmatter, and
 * the ids its own id contains. Every other module of src/archive/ works on these.
 */
import type { ItemFrontmatter } from '../schemas/item.ts';

/** What the archive needs of a content entry: its id (the URL path) and its frontmatter. */
export interface ArchiveItem {
	id: string;
	data: ItemFrontmatter;
}

/** The paper an item was printed in, as its id names it: kjrb/2024-07-12/00-01 → kjrb. */
export function paperSlugOf(item: ArchiveItem): string {
	return item.id.split('/')[0]!;
}

/** The id of the page record an item was printed on: kjrb/2024-07-12/00-01 → kjrb/2024-07-12/00. */
export function pageIdOf(item: ArchiveItem): string {
	return item.id.replace(/-\d+$/, '');
}
