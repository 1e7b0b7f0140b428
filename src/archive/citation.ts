/** How to cite an item: the reference the item page offers to copy (components/CiteThis.astro). */
import type { ArchiveItem } from './item.ts';
import { printedPage, sortablePage } from './page-numbers.ts';

/**
 * A reference to an item in the GB/T 7714-2015 style for newspaper articles:
 * 作者. 题名[N/OL]. 报纸名, 出版日期(版次)[引用日期]. 网址.
 * The date of citing is left to the reader; the page number only when known.
 */
export function citationOf(item: ArchiveItem, url: string): string {
	const { authors, title, paper, date, page, pageSection } = item.data;
	const names = authors.map((a) => a.name).join(', ');
	// (A city daily's lettered page as it prints it: A03.)
	const printed = page === undefined ? undefined : printedPage(sortablePage(page, pageSection)!).padStart(2, '0');
	return `${names ? `${names}. ` : ''}${title}[N/OL]. ${paper}, ${date}${printed ? `(${printed})` : ''}. ${url}.`;
}
