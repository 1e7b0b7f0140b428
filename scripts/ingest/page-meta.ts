/**
 * Page metadata the text itself does not print, or prints only in a page header: paper, date,
 * page number and page name. It comes, in order of precedence, from command-line flags, from a
 * sidecar YAML file next to the source (`page.txt` → `page.yaml`), from the page's header line
 * (第03版：要闻, page-sections.ts), or from inference over the text, which is then recorded as
 * inferred so that the site can say so. The sidecar may also carry a correction of the split
 * (split-hints.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { LineCounter, isMap, isSeq, parseDocument, type Document } from 'yaml';
import { z } from 'astro/zod';
import { datelineMonthDay } from './bylines.ts';
import { withoutEmpty } from './objects.ts';
import type { ParsedPage } from './parse-page.ts';
import { Problem, ProblemGroup } from './problem.ts';
import { decodeSource } from './read-source.ts';
import { sidecarPhotosSchema } from './page-pictures.ts';
import { splitHintsSchema } from './split-hints.ts';
import { asciiDigits } from './text.ts';
import { MAX_PAGE, readPrintedPage } from '../../src/archive/page-numbers.ts';
import type { InferableField } from '../../src/schemas/item.ts';

export interface PageMeta {
	paper: string;
	/** Short ASCII name of the paper used in URLs (科技日报 → kjrb). */
	paperSlug: string;
	date: string;
	page?: number;
	pageName?: string;
	inferred: InferableField[];
}

/** The longest paper slug: it is part of every address and a folder name. */
const MAX_PAPER_SLUG = 32;
/** The site's own pages, at the top of its addresses as a paper's would be (src/archive/urls.ts). */
const RESERVED_SLUGS: ReadonlySet<string> = new Set(['browse', 'search', 'pagefind', 'corrections']);
/** The longest paper name. */
const MAX_PAPER_NAME = 64;

/** What flags or a sidecar may say about a page; every field optional. */
export const pageMetaInputSchema = z.strictObject({
	// Visible characters: a name of zero-width spaces alone is empty.
	paper: z
		.string()
		.trim()
		.refine((value) => /[^\s\u200b-\u200f\u2060\ufeff]/u.test(value), { error: 'paper 不能为空。' })
		// A paper's name is a few words; its initials make the slug, which is a folder name.
		.refine((value) => [...value].length <= MAX_PAPER_NAME, { error: `paper 最长 ${MAX_PAPER_NAME} 个字。` })
		.optional(),
	paperSlug: z
		.string()
		.regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'paperSlug 只能用小写字母、数字和连字符，例如 kjrb。' })
		.max(MAX_PAPER_SLUG, { error: `paperSlug 最长 ${MAX_PAPER_SLUG} 个字符：它在每个网址里。` })
		.refine((value) => !RESERVED_SLUGS.has(value), { error: `paperSlug 不能是 ${[...RESERVED_SLUGS].join('、')}：这些是网站自己页面的网址。` })
		.optional(),
	date: z
		.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.iso.date({ error: 'date 须为 YYYY-MM-DD 格式，例如 2024-07-12。' }))
		.optional(),
	// Decimal digits only: 0x10, 1e1 and true are no page numbers. A city daily's lettered page (A03) is read as one
	// sortable number (src/archive/page-numbers.ts), as every page is inside the ingester; a number is its page alone.
	page: z
		.preprocess(
			(value) => {
				const number = typeof value === 'string' && /^\s*\d+\s*$/u.test(value) ? Number(value) : value;
				if (typeof number === 'string') return readPrintedPage(number) ?? Number.NaN;
				return typeof number === 'number' && number > MAX_PAGE ? Number.NaN : number;
			},
			z
				.number({ error: `page 须为正整数（最大 ${MAX_PAGE}），例如 8；分叠编号的报纸写成 A03。` })
				.int({ error: 'page 须为整数。' })
				.positive({ error: 'page 须大于 0。' }),
		)
		.optional(),
	pageName: z.string().trim().min(1, { error: 'pageName 不能为空。' }).optional(),
	/** Column names this paper prints, besides the common ones (速览, 数读, 图片报道…). */
	columns: z.array(z.string().trim().min(1), { error: 'columns 须为栏目名称的列表，例如 [园镜头, 科技观察]。' }).optional(),
	/** Whether this paper sets two header lines with no dash as title over subtitle (parse-page.ts, ParseOptions.titleFirst). */
	titleFirst: z.boolean({ error: 'titleFirst 须为 true 或 false。' }).optional(),
	/**
	 * Whether the text is of the printed page (OCR of a scan), whose sub-heads are bold on every page,
	 * rather than of a web edition that sets some in plain type (plain-subheads.ts).
	 */
	printedHeadings: z.boolean({ error: 'printedHeadings 须为 true 或 false。' }).optional(),
});

export type PageMetaInput = z.infer<typeof pageMetaInputSchema>;

/**
 * A sidecar, `page.txt` → `page.yaml`: the page metadata flags can give, and the maintainer's
 * correction of the split, which only a sidecar carries (it is archived with the page text, so it
 * holds on every later ingest):
 *
 *   paper: 人民日报
 *   date: 2026-04-26
 *   page: 3                 # not for a file of several pages: each takes its number from its header
 *   pageName: 要闻
 *   columns: [园镜头]
 *   titleFirst: true          # two header lines with no dash are title and subtitle (新华每日电讯), not kicker and title
 *   printedHeadings: true     # OCR of the printed page: sub-heads are headings on every page (plain-subheads.ts)
 *   split:
 *     titles: [标题一, 标题二]  # the titles of every item of the page, in print order: the split follows them
 *     itemStarts: [42, 88]     # lines (of the whole file) where an item starts, besides the parser's own
 *   photos:                     # pictures for captions the page prints (page-pictures.ts)
 *     - { caption: 兰州高新区一角, file: lanzhou.jpg }
 *
 * See split-hints.ts for how hints are matched, and what happens to one that no longer matches.
 */
export const sidecarSchema = pageMetaInputSchema.extend({ split: splitHintsSchema.optional(), photos: sidecarPhotosSchema.optional() });

export type Sidecar = z.infer<typeof sidecarSchema>;

/** The sidecar next to a source file, if there is one: `x.txt` → `x.yaml` or `x.yml`. */
export function sidecarPath(sourcePath: string): string | undefined {
	const stem = sourcePath.replace(/\.[^./\\]+$/, '');
	return [`${stem}.yaml`, `${stem}.yml`].find((candidate) => existsSync(candidate));
}

/** The line in a YAML file (a sidecar, papers.yaml) of the field at `path` (a key, or a list entry), or of the nearest field above it that exists. */
export function lineOf(document: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): number | undefined {
	let node: unknown = document.contents;
	let offset: number | undefined;
	for (const segment of path) {
		if (isMap(node)) {
			const pair = node.items.find((p) => String((p.key as { value?: unknown })?.value) === String(segment));
			if (!pair) break;
			offset = (pair.key as { range?: number[] } | undefined)?.range?.[0] ?? offset;
			node = pair.value;
		} else if (isSeq(node) && typeof segment === 'number') {
			node = node.items[segment];
			offset = (node as { range?: number[] } | undefined)?.range?.[0] ?? offset;
		} else break;
	}
	return offset === undefined ? undefined : lineCounter.linePos(offset).line;
}

/**
 * A YAML file the maintainer writes (a sidecar, papers.yaml), decoded as page texts are (a GBK file
 * is read as GBK), with its line counter for reporting a field at its line. Throws a Problem at the
 * line of the first syntax error, naming the file as `what` and saying how to write it (`hint`).
 */
export function readYamlFile(path: string, shownAs: string, { what, hint }: { what: string; hint: string }) {
	const text = decodeSource(readFileSync(path), shownAs);
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter });
	if (document.errors.length > 0) {
		const error = document.errors[0]!;
		throw new Problem(`${what}不是有效的 YAML：${error.message}`, { file: shownAs, line: error.linePos?.[0].line, hint });
	}
	const data: unknown = document.toJS() ?? {};
	return { document, lineCounter, data };
}

/**
 * Reads and checks a sidecar. Every wrong field is a Problem of its own, in the sidecar (shown as
 * `shownAs`) at the field's line; several are thrown together as a ProblemGroup.
 */
export function readSidecar(path: string, shownAs = path): Sidecar {
	const { document, lineCounter, data } = readYamlFile(path, shownAs, { what: '旁注文件', hint: '按 YAML 格式书写，例如 `paper: 科技日报`。' });
	const result = sidecarSchema.safeParse(data);
	if (result.success) return result.data;
	const problems = result.error.issues.map((issue) => {
		if (issue.path[0] === 'photos') {
			return new Problem(issue.code === 'unrecognized_keys' ? `photos 里有未知字段：${issue.keys.join('、')}。` : issue.message, {
				file: shownAs,
				line: lineOf(document, lineCounter, issue.path),
				hint: '写法如 photos: [{caption: 图为…（图片说明的开头）, file: lanzhou.jpg（旁注文件旁的图片）}]。',
			});
		}
		const nested = issue.path[0] === 'split';
		if (issue.code === 'unrecognized_keys') {
			const where = nested ? 'split ' : '旁注文件';
			return new Problem(`${where}有未知字段：${issue.keys.join('、')}。`, {
				file: shownAs,
				line: lineOf(document, lineCounter, [...issue.path, issue.keys[0]!]),
				hint: `可用字段：${Object.keys(nested ? splitHintsSchema.shape : sidecarSchema.shape).join('、')}。`,
			});
		}
		return new Problem(issue.message, {
			file: shownAs,
			line: lineOf(document, lineCounter, issue.path),
			hint: nested
				? '写法如 split: { titles: [标题一, 标题二] }（按版面顺序列出各篇稿件的标题）或 split: { itemStarts: [42, 88] }（稿件开始的行号）；用 --outline 可查看现在的拆分。'
				: `可用字段：${Object.keys(sidecarSchema.shape).join('、')}。`,
		});
	});
	throw problems.length === 1 ? problems[0]! : new ProblemGroup(problems);
}

export function slugForPaper(paper: string): string {
	const initials = pinyin(paper, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('');
	const slug = initials
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return slug || 'paper';
}

/** 科技日报讯 → 科技日报; 本报 and agencies (新华社) say nothing about which paper printed the page. */
export function inferPaper(page: Pick<ParsedPage, 'items'>): string | undefined {
	const agencies = page.items.map((i) => i.agency).filter((a): a is string => Boolean(a) && a !== '本报' && /报$/.test(a!));
	return agencies[0];
}

/**
 * The page's date, from the latest dateline on the page and the latest year the text mentions
 * (a page is printed on or just after the days it reports).
 */
function inferDate(source: string, page: Pick<ParsedPage, 'items'>, today: Date): string | undefined {
	const days = page.items.map((i) => (i.dateline ? datelineMonthDay(i.dateline) : undefined)).filter((d): d is { month: number; day: number } => Boolean(d));
	if (days.length === 0) return undefined;
	// Datelines on both sides of a new year leave the year in doubt: ask rather than guess.
	const months = new Set(days.map((d) => d.month));
	if (months.has(12) && months.has(1)) return undefined;
	// (Full-width digits too: ２０２６年.)
	const years = [...asciiDigits(source).matchAll(/(?<!\d)((?:19|20)\d{2})年/g)].map((m) => Number(m[1])).filter((y) => y <= today.getUTCFullYear());
	if (years.length === 0) return undefined;
	const year = Math.max(...years);
	const latest = days.reduce((a, b) => (b.month * 100 + b.day > a.month * 100 + a.day ? b : a));
	const iso = `${year}-${String(latest.month).padStart(2, '0')}-${String(latest.day).padStart(2, '0')}`;
	const valid = z.iso.date().safeParse(iso).success && iso <= today.toISOString().slice(0, 10);
	return valid ? iso : undefined;
}

/**
 * Combines flags, sidecar, the page's printed header and inference; throws a Problem when paper or
 * date stays unknown. `page` holds the items inference reads: for a file of several pages, all of
 * them, so that every page of the file gets the same paper and date.
 */
export function resolvePageMeta(options: {
	sourcePath: string;
	source: string;
	page: Pick<ParsedPage, 'items'>;
	flags: PageMetaInput;
	sidecar: PageMetaInput;
	/**
	 * Page number and name from the page's header line (第03版：要闻), and the paper and date where
	 * it prints them (人民日报 2026年04月28日 第05版：评论): below flags and sidecar, above inference.
	 */
	printed?: { page?: number; pageName?: string; paper?: string; date?: string };
	today?: Date;
}): PageMeta {
	const given = { ...withoutEmpty({ ...options.printed }), ...withoutEmpty({ ...options.sidecar }), ...withoutEmpty({ ...options.flags }) };
	const inferred: InferableField[] = [];
	let paper = given.paper;
	if (!paper) {
		paper = inferPaper(options.page);
		if (paper) inferred.push('paper');
	}
	let date = given.date;
	if (!date) {
		date = inferDate(options.source, options.page, options.today ?? new Date());
		if (date) inferred.push('date');
	}
	if (!paper) {
		throw new Problem('无法确定报纸名称：正文里没有“某某报讯”之类的电头。', {
			file: options.sourcePath,
			hint: '用 --paper 科技日报 指定，或写在旁注文件（同名 .yaml）的 paper 字段。',
		});
	}
	if (!date) {
		throw new Problem('无法确定出版日期：正文里没有可用的电头日期和年份。', {
			file: options.sourcePath,
			hint: '用 --date 2024-07-12 指定，或写在旁注文件（同名 .yaml）的 date 字段。',
		});
	}
	return withoutEmpty<PageMeta>(
		{
			paper,
			paperSlug: given.paperSlug ?? slugForPaper(paper),
			date,
			page: given.page,
			pageName: given.pageName,
			inferred,
		},
		['inferred'],
	);
}
