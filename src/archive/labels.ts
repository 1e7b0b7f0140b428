/**
 * What readers see for dates, pages (版), bylines and inferred fields, written the Chinese way.
 * The search filters use the same labels (src/search/shared/filters.ts), so a page filter reads
 * as the page does.
 */
import type { ItemFrontmatter } from '../schemas/item.ts';
import { printedPage, sortablePage } from './page-numbers.ts';

/** 2024-07-12 → 2024年7月12日 */
export function formatDate(iso: string): string {
	const [year, month, day] = iso.split('-').map(Number);
	return `${year}年${month}月${day}日`;
}

/** 8 → 第8版, 3 in section A → 第A03版; unknown → 版次未详. With a name: 第8版：园区. */
export function pageLabel({ page, pageSection, pageName }: { page?: number; pageSection?: string; pageName?: string }): string {
	const sortable = sortablePage(page, pageSection);
	const number = sortable === undefined ? '版次未详' : `第${printedPage(sortable)}版`;
	return pageName ? `${number}：${pageName}` : number;
}

/** Where in its page text an item stands: [3, 61] → 第 3–61 行, and a line alone, as a page saved as HTML may give, [1, 1] → 第 1 行. */
export function sourceLinesLabel([first, last]: readonly [number, number]): string {
	return first === last ? `第 ${first} 行` : `第 ${first}–${last} 行`;
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
