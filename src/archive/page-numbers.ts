/**
 * Page (版) numbers. Most papers number their pages straight through (第8版); city dailies number
 * them within lettered sections (叠): A01–A16, then B01–B08 (北京青年报, 新京报, 南方都市报). An item's
 * frontmatter and a page record keep the number and the letter apart (page: 3, pageSection: A),
 * as a maintainer reads and corrects them. Code that compares, sorts or addresses pages uses one
 * number for both, the section's place in the alphabet times 1000 plus the number (A03 → 1003):
 * print order is then the numbers' order, and a page is one value wherever it goes.
 */

/** The largest page number papers print, in a section or not; anything larger is not a page. */
export const MAX_PAGE = 999;

/** What one section of the alphabet spans in a sortable page number. */
const SECTION_SPAN = MAX_PAGE + 1;

/** The letters sections are named by. */
const SECTION_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A section's letter as frontmatter and page records write it: one capital Latin letter. */
export const PAGE_SECTION = /^[A-Z]$/;

/** The sortable number of a page: 8 → 8; 3 in section A → 1003. Undefined for a page of unknown number. */
export function sortablePage(page: number | undefined, pageSection?: string): number | undefined {
	if (page === undefined) return undefined;
	return pageSection ? (SECTION_LETTERS.indexOf(pageSection) + 1) * SECTION_SPAN + page : page;
}

/** A sortable page number's parts, as frontmatter writes them: 1003 → { page: 3, pageSection: 'A' }. */
export function pageParts(sortable: number): { page: number; pageSection?: string } {
	const section = Math.floor(sortable / SECTION_SPAN);
	const page = sortable % SECTION_SPAN;
	return section === 0 ? { page } : { page, pageSection: SECTION_LETTERS[section - 1]! };
}

/** A page as print names it: 8 → 8, 1003 → A03 (a lettered page keeps two digits, as city dailies print them). */
export function printedPage(sortable: number): string {
	const { page, pageSection } = pageParts(sortable);
	return pageSection ? `${pageSection}${String(page).padStart(2, '0')}` : String(page);
}

/**
 * The sortable number of a page as a maintainer or a page text writes it: 8, 08, A03, a3, Ａ０３ (full-width as
 * OCR gives it). Undefined for anything else, and for page 0.
 */
export function readPrintedPage(text: string): number | undefined {
	const halfWidth = text.trim().replace(/[Ａ-Ｚａ-ｚ０-９]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
	const match = /^(?<section>[A-Za-z])?(?<page>\d{1,3})$/u.exec(halfWidth);
	if (!match?.groups) return undefined;
	const page = Number(match.groups.page);
	if (page < 1) return undefined;
	return sortablePage(page, match.groups.section?.toUpperCase());
}
