/**
 * What the archive's loader keeps of an item's body beside its HTML: the headings for the table of
 * contents, and the editors' additions the pages, feeds and structured data show apart from the
 * printed text (collection/render-item.ts).
 */
import type { ItemCorrection, ItemHeading, RelatedItem } from './render-item.ts';

export interface ItemRenderMetadata {
	headings: ItemHeading[];
	/** Oldest first. */
	corrections: ItemCorrection[];
	/** The items the body links to with <Related>. */
	related: RelatedItem[];
}

/** An entry as the content layer gives it, with what the loader rendered. */
interface RenderedEntry {
	rendered?: { metadata?: Record<string, unknown> };
}

/** The additions of an entry (none for an entry stored before the archive kept them). */
export function additionsOf(entry: RenderedEntry): Pick<ItemRenderMetadata, 'corrections' | 'related'> {
	const metadata = entry.rendered?.metadata as Partial<ItemRenderMetadata> | undefined;
	return { corrections: metadata?.corrections ?? [], related: metadata?.related ?? [] };
}

/** The day of an item's latest correction (YYYY-MM-DD), if it has one. */
export function lastCorrected(entry: RenderedEntry): string | undefined {
	return additionsOf(entry)
		.corrections.map((correction) => correction.date)
		.sort()
		.at(-1);
}
