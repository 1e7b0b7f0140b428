/** How to cite an item: the reference the item page offers to copy (components/CiteThis.astro). */
import type { ArchiveItem } from './item.ts';

/**
 * A reference to an item in the GB/T 7714-2015 style for newspaper articles:
 * 作者. 题名[N/OL]. 报纸名, 出版日期(版次)[引用日期]. 网址.
 * The date of citing is left to the reader; the page number only when known.
 */
export function citationOf(item: ArchiveItem, url: string): string {
	const { authors, title, paper, date, page } = item.data;
	const names = authors.map((a) => a.name).join(', ');
	return `${names ? `${names}. ` : ''}${title}[N/OL]. ${paper}, ${date}${page ? `(${String(page).padStart(2, '0')})` : ''}. ${url}.`;
}
