/**
 * The archive's structure: print order, editions (one paper on one day), pages (版) and columns,
 * and the labels readers see for them. Pure functions over entries, so they are tested without
 * a build.
 */
import type { ItemFrontmatter } from '../schemas/item.ts';
import { paths } from './urls.ts';

/** What the archive needs of a content entry: its id (the URL path) and its frontmatter. */
export interface ArchiveItem {
	id: string;
	data: ItemFrontmatter;
}

const collator = new Intl.Collator('zh-Hans-CN');

/** Newest edition first; inside an edition, print order: page, then position on the page. */
export function compareForReading(a: ArchiveItem, b: ArchiveItem): number {
	return (
		b.data.date.localeCompare(a.data.date) ||
		collator.compare(a.data.paper, b.data.paper) ||
		(a.data.page ?? Number.MAX_SAFE_INTEGER) - (b.data.page ?? Number.MAX_SAFE_INTEGER) ||
		a.data.order - b.data.order ||
		a.id.localeCompare(b.id)
	);
}

export function paperSlugOf(item: ArchiveItem): string {
	return item.id.split('/')[0]!;
}

/** The id of the page record an item was printed on: kjrb/2024-07-12/00-01 → kjrb/2024-07-12/00. */
export function pageIdOf(item: ArchiveItem): string {
	return item.id.replace(/-\d+$/, '');
}

export interface ColumnGroup {
	/** Column name, or undefined for items printed outside any column. */
	column?: string;
	items: ArchiveItem[];
}

export interface PageGroup {
	page?: number;
	pageName?: string;
	columns: ColumnGroup[];
	/** Editor credits printed on the page, as printed (本版责编：…). */
	credits: string[];
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
		if (!page || page.page !== item.data.page) {
			page = { page: item.data.page, pageName: item.data.pageName, columns: [], credits: [] };
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
	const sequence = [...items].sort(
		(a, b) => paperSlugOf(a).localeCompare(paperSlugOf(b)) || a.data.date.localeCompare(b.data.date) || compareForReading(a, b),
	);
	return neighboursInPaper(sequence, (item) => item.id, paperSlugOf);
}

/** A page (版) of an edition, as a stop in print order; it lives as a section of its edition page. */
export interface PageStop {
	/** The page record's id: kjrb/2024-07-12/08. */
	id: string;
	paperSlug: string;
	date: string;
	page?: number;
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
				id: pageIdOf(group.columns[0]!.items[0]!),
				paperSlug: edition.paperSlug,
				date: edition.date,
				page: group.page,
				pageName: group.pageName,
				path: paths.page(edition.paperSlug, edition.date, group.page),
			})),
		);
	return neighboursInPaper(stops, (stop) => stop.id, (stop) => stop.paperSlug);
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

/** 2024-07-12 → 2024年7月12日 */
export function formatDate(iso: string): string {
	const [year, month, day] = iso.split('-').map(Number);
	return `${year}年${month}月${day}日`;
}

/** 8 → 第8版; unknown → 版次未详. With a name: 第8版 园区. */
export function pageLabel(page: number | undefined, pageName?: string): string {
	const number = page === undefined ? '版次未详' : `第${page}版`;
	return pageName ? `${number}：${pageName}` : number;
}

/** Display names of the roles, joined as printed: 本报记者 顾满斌、通讯员 赵智和. */
export function authorsLabel(authors: ItemFrontmatter['authors']): string {
	return authors.map((a) => (a.role ? `${a.role} ${a.name}` : a.name)).join('、');
}

/** The explanation shown next to an inferred field. */
export const INFERRED_NOTE: Record<ItemFrontmatter['inferred'][number], string> = {
	paper: '报纸名称据正文电头（如“科技日报讯”）推断',
	date: '日期据正文中最晚的电头日期及提及的最晚年份推断，可能早于实际出版日',
	page: '版次据正文推断',
	pageName: '版名据正文推断',
};

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

export interface CalendarDay {
	day: number;
	/** YYYY-MM-DD */
	date: string;
	/** Whether the archive holds an edition of that day. */
	exists: boolean;
}

/** A month as weeks from Monday to Sunday (the Chinese week); empty cells are null. */
export function monthCalendar(year: number, month: number, existing: Set<string>): (CalendarDay | null)[][] {
	const first = new Date(Date.UTC(year, month - 1, 1));
	const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
	const lead = (first.getUTCDay() + 6) % 7;
	const cells: (CalendarDay | null)[] = Array.from({ length: lead }, () => null);
	for (let day = 1; day <= days; day++) {
		const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
		cells.push({ day, date, exists: existing.has(date) });
	}
	while (cells.length % 7 !== 0) cells.push(null);
	return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

/** Ways to browse the archive besides the calendar: by column, by place, by person. */
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
	return [...groups].sort(([a], [b]) => collator.compare(a, b));
}
