/**
 * The archive in print order: editions (one paper on one day) with their pages (版) and columns,
 * the previous and next item and page of each, and a paper's editions by year. Pure functions
 * over items, so they are tested without a build.
 */
import type { ItemFrontmatter } from '../schemas/item.ts';
import type { PageRecord } from '../schemas/page.ts';
import { pageIdOf, paperSlugOf, type ArchiveItem } from './item.ts';
import { sortablePage } from './page-numbers.ts';
import { paths } from './urls.ts';

const collator = new Intl.Collator('zh-Hans-CN');

/** Chinese order of names (papers, columns, places, people): by pinyin, 科 kē before 人 rén. */
export function compareChinese(a: string, b: string): number {
	return collator.compare(a, b);
}

/** Where an item's page comes in its edition: by number (A before B for lettered pages), a page of unknown number last. */
function pagePlace(item: ArchiveItem): number {
	return sortablePage(item.data.page, item.data.pageSection) ?? Number.MAX_SAFE_INTEGER;
}

/** Newest edition first; inside an edition, print order: page, then position on the page. */
export function compareForReading(a: ArchiveItem, b: ArchiveItem): number {
	return (
		b.data.date.localeCompare(a.data.date) ||
		compareChinese(a.data.paper, b.data.paper) ||
		pagePlace(a) - pagePlace(b) ||
		// Two pages of unknown number on one day (00, 00b) stay apart.
		pageIdOf(a).localeCompare(pageIdOf(b)) ||
		a.data.order - b.data.order ||
		a.id.localeCompare(b.id)
	);
}

export interface ColumnGroup {
	/** Column name, or undefined for items printed outside any column. */
	column?: string;
	items: ArchiveItem[];
}

export interface PageGroup {
	/** The page record's id: kjrb/2024-07-12/08 (00, 00b… for pages of unknown number). */
	id: string;
	page?: number;
	/** The page's lettered section (A of A03), for a paper that numbers its pages so. */
	pageSection?: string;
	pageName?: string;
	columns: ColumnGroup[];
	/** Editor credits printed on the page, as printed (本版责编：…). */
	credits: string[];
	/** Ids this page had before it moved within its edition (00 → 08): their #p00 anchors still lead here. */
	aliases: string[];
	/** The printed page as a picture (its page record's scan), when the archive has one. */
	scan?: PageRecord['scan'];
}

export interface Edition {
	paper: string;
	paperSlug: string;
	date: string;
	/** Fields of this edition that were inferred from the text (shown as such). */
	inferred: ItemFrontmatter['inferred'];
	pages: PageGroup[];
	/** All items of the edition, in print order. */
	items: ArchiveItem[];
}

/** Groups items into editions (paper × date), newest first, each in print order. */
export function groupEditions(items: ArchiveItem[]): Edition[] {
	const editions = new Map<string, Edition>();
	for (const item of [...items].sort(compareForReading)) {
		const slug = paperSlugOf(item);
		const key = `${slug}/${item.data.date}`;
		let edition = editions.get(key);
		if (!edition) {
			edition = { paper: item.data.paper, paperSlug: slug, date: item.data.date, inferred: item.data.inferred, pages: [], items: [] };
			editions.set(key, edition);
		}
		edition.items.push(item);
		let page = edition.pages.at(-1);
		if (!page || page.id !== pageIdOf(item)) {
			page = {
				id: pageIdOf(item),
				page: item.data.page,
				pageSection: item.data.pageSection,
				pageName: item.data.pageName,
				columns: [],
				credits: [],
				aliases: [],
			};
			edition.pages.push(page);
		}
		let column = page.columns.at(-1);
		if (!column || column.column !== item.data.column) {
			column = { column: item.data.column, items: [] };
			page.columns.push(column);
		}
		column.items.push(item);
	}
	return [...editions.values()];
}

export interface Neighbours {
	previous?: ArchiveItem;
	next?: ArchiveItem;
}

/**
 * Previous and next item of every item, in print order within each paper: editions from oldest
 * to newest, pages in order, items as printed. Computed once for the whole archive.
 */
export function neighbourMap(items: ArchiveItem[]): Map<string, Neighbours> {
	const sequence = [...items].sort((a, b) => paperSlugOf(a).localeCompare(paperSlugOf(b)) || a.data.date.localeCompare(b.data.date) || compareForReading(a, b));
	return neighboursInPaper(sequence, (item) => item.id, paperSlugOf);
}

/** A page (版) of an edition, as a stop in print order; it lives as a section of its edition page. */
export interface PageStop {
	/** The page record's id: kjrb/2024-07-12/08. */
	id: string;
	paperSlug: string;
	date: string;
	page?: number;
	pageSection?: string;
	pageName?: string;
	/** Site path of the page's section: kjrb/2024-07-12/#p08. */
	path: string;
}

/**
 * Previous and next page (版) of every page, keyed by page id, in print order within each paper:
 * editions from oldest to newest, pages in order, so the last page of a day leads to the first
 * page of the next day that the archive holds.
 */
export function pageNeighbourMap(editions: Edition[]): Map<string, { previous?: PageStop; next?: PageStop }> {
	const stops = [...editions]
		.sort((a, b) => a.paperSlug.localeCompare(b.paperSlug) || a.date.localeCompare(b.date))
		.flatMap((edition) =>
			edition.pages.map((group): PageStop => ({
				id: group.id,
				paperSlug: edition.paperSlug,
				date: edition.date,
				page: group.page,
				pageSection: group.pageSection,
				pageName: group.pageName,
				path: paths.page(group.id),
			})),
		);
	return neighboursInPaper(
		stops,
		(stop) => stop.id,
		(stop) => stop.paperSlug,
	);
}

/** Links each entry of a sequence in reading order to the entries before and after it in the same paper. */
function neighboursInPaper<T>(sequence: T[], keyOf: (entry: T) => string, paperOf: (entry: T) => string) {
	const neighbours = new Map<string, { previous?: T; next?: T }>();
	sequence.forEach((entry, index) => {
		const previous = sequence[index - 1];
		const next = sequence[index + 1];
		neighbours.set(keyOf(entry), {
			previous: previous && paperOf(previous) === paperOf(entry) ? previous : undefined,
			next: next && paperOf(next) === paperOf(entry) ? next : undefined,
		});
	});
	return neighbours;
}

/** A paper's editions by year, newest year first (editions keep their order). */
export function editionYears(editions: Edition[]): { year: number; editions: Edition[] }[] {
	const years = Map.groupBy(editions, (edition) => Number(edition.date.slice(0, 4)));
	return [...years].sort(([a], [b]) => b - a).map(([year, ofYear]) => ({ year, editions: ofYear }));
}
