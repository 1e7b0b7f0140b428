/**
 * One page text in, the MDX files for its items out (as data: nothing is written here).
 */
import { relative, sep } from 'node:path';
import { itemSchema, type ItemFrontmatterInput } from '../../src/schemas/item.ts';
import { checkConservation, type ConservationReport } from './conservation.ts';
import type { PageMeta } from './page-meta.ts';
import type { ParsedItem, ParsedPage } from './parse-page.ts';
import { itemToMdx } from './to-mdx.ts';

export interface PlannedItem {
	/** Path of the MDX file relative to the items folder: kjrb/2024-07-12/00-01.mdx. */
	path: string;
	frontmatter: ItemFrontmatterInput;
	mdx: string;
}

/** Folder and file name of an item; they make its permanent URL, so they depend only on the page. */
export function itemPath(meta: Pick<PageMeta, 'paperSlug' | 'date' | 'page'>, order: number): string {
	const page = String(meta.page ?? 0).padStart(2, '0');
	return `${meta.paperSlug}/${meta.date}/${page}-${String(order).padStart(2, '0')}.mdx`;
}

export function toPosix(path: string): string {
	return path.split(sep).join('/');
}

export function frontmatterOf(item: ParsedItem, meta: PageMeta, sourceFile: string): ItemFrontmatterInput {
	const frontmatter: ItemFrontmatterInput = {
		title: item.title,
		kicker: item.kicker,
		subtitle: item.subtitle,
		paper: meta.paper,
		date: meta.date,
		page: meta.page,
		pageName: meta.pageName,
		column: item.column,
		order: item.order,
		authors: item.authors,
		byline: item.byline,
		dateline: item.dateline,
		figures: item.figures.map(({ caption, credit }) => (credit ? { caption, credit } : { caption })),
		source: { file: sourceFile, lines: [...item.lines] },
		inferred: meta.inferred.length > 0 ? meta.inferred : undefined,
	};
	for (const key of Object.keys(frontmatter) as (keyof ItemFrontmatterInput)[]) {
		const value = frontmatter[key];
		if (value === undefined || (Array.isArray(value) && value.length === 0 && key !== 'authors')) delete frontmatter[key];
	}
	return frontmatter;
}

export interface PagePlan {
	items: PlannedItem[];
	conservation: ConservationReport;
}

/**
 * Builds the files for one parsed page. The frontmatter is validated against the site's own
 * schema, so that what the ingester writes always builds.
 */
export function planPage(options: { source: string; page: ParsedPage; meta: PageMeta; sourceFile: string; projectRoot: string }): PagePlan {
	const conservation = checkConservation(options.source, options.page);
	const sourceFile = toPosix(relative(options.projectRoot, options.sourceFile));
	const items = options.page.items.map((item) => {
		const frontmatter = frontmatterOf(item, options.meta, sourceFile);
		const checked = itemSchema.safeParse(frontmatter);
		if (!checked.success) {
			const issue = checked.error.issues[0]!;
			throw new Error(`第 ${item.lines[0]} 行起的稿件生成的 ${issue.path.join('.')} 无效：${issue.message}`);
		}
		return { path: itemPath(options.meta, item.order), frontmatter, mdx: itemToMdx(frontmatter, item.body) };
	});
	return { items, conservation };
}
