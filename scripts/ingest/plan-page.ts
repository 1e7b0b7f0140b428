/**
 * One printed page in (its text and its parsed items); the files for its items and for the page
 * itself out (as data: nothing is written here). Every file is validated against the site's own
 * schema, so that what the ingester writes always builds.
 */
import { dirname, join, relative, sep } from 'node:path';
import { stringify } from 'yaml';
import { pageParts } from '../../src/archive/page-numbers.ts';
import { itemId, pageRecordId } from '../../src/archive/urls.ts';
import { itemFileSchema, type ItemFrontmatterInput } from '../../src/schemas/item.ts';
import { pageFileSchema, type PageRecordInput } from '../../src/schemas/page.ts';
import type { LayoutMark } from './layout-marks.ts';
import { checkConservation, type ConservationReport, type Piece } from './conservation.ts';
import { withFingerprint } from './fingerprint.ts';
import { withoutEmpty } from './objects.ts';
import type { PageMeta } from './page-meta.ts';
import type { LineRange, ParsedItem, ParsedPage } from './parse-page.ts';
import { placesIn } from './places.ts';
import { bodyToMdx, frontmatterToYaml } from './to-mdx.ts';

export interface PlannedItem {
	/** Path of the MDX file relative to the items folder: kjrb/2024-07-12/00-01.mdx. */
	path: string;
	frontmatter: ItemFrontmatterInput;
	/** The MDX body (Markdown after the frontmatter). */
	body: string;
	/** The whole file, fingerprint included. */
	content: string;
}

export interface PlannedPage {
	/** Path of the page record relative to the pages folder: kjrb/2024-07-12/00.yaml. */
	path: string;
	record: PageRecordInput;
	content: string;
}

export interface PagePlan {
	items: PlannedItem[];
	page: PlannedPage;
	conservation: ConservationReport;
}

/**
 * Where a printed page goes: its metadata, and for a page of unknown number the slot that tells it
 * from other such pages of its date (00, 00b…: urls.ts, pageSlot).
 */
export type PagePlace = Pick<PageMeta, 'paperSlug' | 'date' | 'page'> & { unknownSlot?: string };

/** Folder and file name of an item; they make its permanent URL, so they depend only on the page. */
export function itemPath(meta: PagePlace, order: number): string {
	return `${itemId(meta.paperSlug, meta.date, meta.page, order, meta.unknownSlot)}.mdx`;
}

export function pagePath(meta: PagePlace): string {
	return `${pageRecordId(meta.paperSlug, meta.date, meta.page, meta.unknownSlot)}.yaml`;
}

export function toPosix(path: string): string {
	return path.split(sep).join('/');
}

/** A page's number as frontmatter and page records write it: page: 8, or page: 3 and pageSection: A for A03 (page-numbers.ts). */
function printedPageFields(page: number | undefined): { page?: number; pageSection?: string } {
	return page === undefined ? {} : pageParts(page);
}

/** An item's frontmatter as the ingester writes it; `link`, the article's address online where the page text gives it. */
export function frontmatterOf(item: ParsedItem, meta: PageMeta, sourceFile: string, identity?: string, link?: string): ItemFrontmatterInput {
	return withoutEmpty<ItemFrontmatterInput>(
		{
			title: item.title,
			kicker: item.kicker,
			subtitle: item.subtitle,
			paper: meta.paper,
			date: meta.date,
			...printedPageFields(meta.page),
			pageName: meta.pageName,
			column: item.column,
			order: item.order,
			authors: item.authors,
			byline: item.byline,
			dateline: item.dateline,
			places: placesIn(item.title, item.dateline),
			figures: item.figures.map(({ caption, credit }) => (credit ? { caption, credit } : { caption })),
			source: { file: sourceFile, lines: [...item.lines], ...(link ? { link } : {}) },
			inferred: meta.inferred,
			identity,
		},
		['authors'],
	);
}

/** Where a page's pictures are archived (absolute paths), and the folders the files pointing at them go to. */
export interface PagePictures {
	itemsRoot: string;
	pagesRoot: string;
	scan: { image?: string; pdf?: string };
	/** By `<item order>:<figure index>`. */
	figureImages: Map<string, string>;
}

/** A path from the file at `from` to `to`, as a relative import (./x.jpg, ../../x.jpg). */
function relativeImport(from: string, to: string): string {
	const path = toPosix(relative(dirname(from), to));
	return path.startsWith('.') ? path : `./${path}`;
}

function withFigureImages(frontmatter: ItemFrontmatterInput, order: number, pictures: PagePictures, itemFile: string): void {
	frontmatter.figures?.forEach((figure, index) => {
		const image = pictures.figureImages.get(`${order}:${index}`);
		if (image) figure.image = relativeImport(itemFile, image);
	});
}

function scanOf(pictures: PagePictures, recordFile: string, projectRoot: string): PageRecordInput['scan'] | undefined {
	const { image, pdf } = pictures.scan;
	if (!image && !pdf) return undefined;
	return { ...(image ? { image: relativeImport(recordFile, image) } : {}), ...(pdf ? { pdf: toPosix(relative(projectRoot, pdf)) } : {}) };
}

function pageRecordOf(page: ParsedPage, meta: PageMeta, sourceFile: string, identity?: string, lastItem?: number): PageRecordInput {
	return withoutEmpty<PageRecordInput>({
		paper: meta.paper,
		date: meta.date,
		...printedPageFields(meta.page),
		pageName: meta.pageName,
		columns: page.columns.map((c) => c.name),
		credits: page.credits.map(({ text, roles }) => ({ text, roles })),
		source: { file: sourceFile },
		inferred: meta.inferred,
		identity,
		lastItem,
	});
}

/** The number in the address of the page's last item (its highest slot, of the items it holds): none for a page of no items. */
function lastItemOf({ page, slots, elsewhere }: { page: ParsedPage; slots?: readonly number[]; elsewhere?: ReadonlySet<number> }): number | undefined {
	const numbers = page.items.flatMap((item, index) => (elsewhere?.has(index) ? [] : [slots?.[index] ?? item.order]));
	return numbers.length === 0 ? undefined : Math.max(...numbers);
}

function check<T>(
	schema: { safeParse(value: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } },
	value: T,
	what: string,
): T {
	const checked = schema.safeParse(value);
	if (!checked.success) {
		const issue = checked.error!.issues[0]!;
		throw new Error(`${what}生成的 ${issue.path.join('.')} 无效：${issue.message}`);
	}
	return value;
}

/**
 * Builds the files for one parsed page. `source` is the page's text as printed (for a page cut
 * from a file of several, its own lines from `firstLine` on, header included), `metadata` the
 * lines that only the page record accounts for (its header), so that the conservation check
 * covers every character of the file.
 */
export function planPage(options: {
	source: string;
	page: ParsedPage;
	meta: PageMeta;
	sourceFile: string;
	projectRoot: string;
	firstLine?: number;
	metadata?: readonly Piece[];
	/** The page's layout marks (layout-marks.ts: character references, Markdown's marks), which its parsed text does not hold. Default: none. */
	marks?: readonly LayoutMark[];
	/** Each item's address online, by its index, where the page text gives it (page-sections.ts, articleLinks). Default: none. */
	links?: ReadonlyMap<number, string>;
	/**
	 * Where an item (by its lines of `source`) was read from, where that is not `sourceFile` itself: for a page of article
	 * files (article-files.ts), the item's own file and lines. Default: `sourceFile`, at the item's lines.
	 */
	sourceOf?: (lines: LineRange) => { file: string; lines: LineRange };
	/** The page's identity and its items', in order (identity.ts); none for a page planned outside a run. */
	identity?: { page: string; items: string[] };
	/** For a page of unknown number, its slot among such pages of its date (00 when absent, 00b…). */
	unknownSlot?: string;
	/** The number in each item's address, in print order (item-slots.ts). Default: its order. */
	slots?: readonly number[];
	/** The items (by index) a maintainer moved alone to another page, which stay there: not among the page's addresses. Default: none. */
	elsewhere?: ReadonlySet<number>;
	/** The page's scan and its figures' photos, archived beside its text (page-pictures.ts); none when it has none. */
	pictures?: PagePictures;
}): PagePlan {
	const conservation = checkConservation(options.source, options.page, {
		firstLine: options.firstLine,
		metadata: options.metadata,
		marks: options.marks,
	});
	const sourceFile = toPosix(relative(options.projectRoot, options.sourceFile));
	const place: PagePlace = { ...options.meta, unknownSlot: options.unknownSlot };
	const pictures = options.pictures;
	const items = options.page.items.map((item, index) => {
		// (An item of a page of article files names its own file and lines.)
		const own = options.sourceOf?.(item.lines);
		const read = own ? { item: { ...item, lines: own.lines }, file: toPosix(relative(options.projectRoot, own.file)) } : { item, file: sourceFile };
		const written = frontmatterOf(read.item, options.meta, read.file, options.identity?.items[index], options.links?.get(index));
		const path = itemPath(place, options.slots?.[index] ?? item.order);
		if (pictures) withFigureImages(written, item.order, pictures, join(pictures.itemsRoot, path));
		const frontmatter = check(itemFileSchema, written, `第 ${item.lines[0]} 行起的稿件`);
		const body = bodyToMdx(item.body);
		const content = withFingerprint(`---\n${frontmatterToYaml(frontmatter)}`, `---\n\n${body}`);
		return { path, frontmatter, body, content };
	});
	const scan = pictures && scanOf(pictures, join(pictures.pagesRoot, pagePath(place)), options.projectRoot);
	const record = check(
		pageFileSchema,
		{ ...pageRecordOf(options.page, options.meta, sourceFile, options.identity?.page, lastItemOf(options)), ...(scan ? { scan } : {}) },
		'版面信息',
	);
	const page = { path: pagePath(place), record, content: withFingerprint(stringify(record, { lineWidth: 0 })) };
	return { items, page, conservation };
}
