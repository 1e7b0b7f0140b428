/**
 * Page metadata the text itself does not print: paper, date, page number and page name.
 * It comes, in order of precedence, from command-line flags, from a sidecar YAML file next to the
 * source (`page.txt` → `page.yaml`), or from inference over the text, which is then recorded as
 * inferred so that the site can say so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { LineCounter, isMap, parseDocument } from 'yaml';
import { z } from 'astro/zod';
import { datelineMonthDay } from './bylines.ts';
import { withoutEmpty } from './objects.ts';
import type { ParsedPage } from './parse-page.ts';
import { Problem } from './problem.ts';
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

/** What flags or a sidecar may say about a page; every field optional. */
export const pageMetaInputSchema = z.strictObject({
	paper: z.string().trim().min(1, { error: 'paper 不能为空。' }).optional(),
	paperSlug: z
		.string()
		.regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'paperSlug 只能用小写字母、数字和连字符，例如 kjrb。' })
		.optional(),
	date: z
		.preprocess(
			(v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
			z.iso.date({ error: 'date 须为 YYYY-MM-DD 格式，例如 2024-07-12。' }),
		)
		.optional(),
	page: z.coerce.number({ error: 'page 须为正整数。' }).int({ error: 'page 须为整数。' }).positive({ error: 'page 须大于 0。' }).optional(),
	pageName: z.string().trim().min(1, { error: 'pageName 不能为空。' }).optional(),
	/** Column names this paper prints, besides the common ones (速览, 数读, 图片报道…). */
	columns: z.array(z.string().trim().min(1), { error: 'columns 须为栏目名称的列表，例如 [园镜头, 科技观察]。' }).optional(),
});

export type PageMetaInput = z.infer<typeof pageMetaInputSchema>;

/** The sidecar next to a source file, if there is one: `x.txt` → `x.yaml` or `x.yml`. */
export function sidecarPath(sourcePath: string): string | undefined {
	const stem = sourcePath.replace(/\.[^./\\]+$/, '');
	return [`${stem}.yaml`, `${stem}.yml`].find((candidate) => existsSync(candidate));
}

export function readSidecar(path: string): PageMetaInput {
	const text = readFileSync(path, 'utf8');
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter });
	if (document.errors.length > 0) {
		const error = document.errors[0]!;
		throw new Problem(`旁注文件不是有效的 YAML：${error.message}`, { file: path, line: error.linePos?.[0].line, hint: '按 YAML 格式书写，例如 `paper: 科技日报`。' });
	}
	const data = document.toJS() ?? {};
	const result = pageMetaInputSchema.safeParse(data);
	if (!result.success) {
		const issue = result.error.issues[0]!;
		const key = String(issue.path[0] ?? '');
		let line: number | undefined;
		if (isMap(document.contents)) {
			const pair = document.contents.items.find((p) => String((p.key as { value?: unknown })?.value) === key);
			const offset = (pair?.key as { range?: number[] } | undefined)?.range?.[0];
			if (offset !== undefined) line = lineCounter.linePos(offset).line;
		}
		const message = issue.code === 'unrecognized_keys' ? `旁注文件有未知字段：${issue.keys.join('、')}。` : issue.message;
		throw new Problem(message, { file: path, line, hint: `可用字段：${Object.keys(pageMetaInputSchema.shape).join('、')}。` });
	}
	return result.data;
}

export function slugForPaper(paper: string): string {
	const initials = pinyin(paper, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('');
	const slug = initials.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
	return slug || 'paper';
}

/** 科技日报讯 → 科技日报; 本报 and agencies (新华社) say nothing about which paper printed the page. */
function inferPaper(page: ParsedPage): string | undefined {
	const agencies = page.items.map((i) => i.agency).filter((a): a is string => Boolean(a) && /报$/.test(a!));
	return agencies[0];
}

/**
 * The page's date, from the latest dateline on the page and the latest year the text mentions
 * (a page is printed on or just after the days it reports).
 */
function inferDate(source: string, page: ParsedPage, today: Date): string | undefined {
	const days = page.items
		.map((i) => (i.dateline ? datelineMonthDay(i.dateline) : undefined))
		.filter((d): d is { month: number; day: number } => Boolean(d));
	if (days.length === 0) return undefined;
	// Datelines on both sides of a new year leave the year in doubt: ask rather than guess.
	const months = new Set(days.map((d) => d.month));
	if (months.has(12) && months.has(1)) return undefined;
	const years = [...source.matchAll(/(?<!\d)((?:19|20)\d{2})年/g)].map((m) => Number(m[1])).filter((y) => y <= today.getUTCFullYear());
	if (years.length === 0) return undefined;
	const year = Math.max(...years);
	const latest = days.reduce((a, b) => (b.month * 100 + b.day > a.month * 100 + a.day ? b : a));
	const iso = `${year}-${String(latest.month).padStart(2, '0')}-${String(latest.day).padStart(2, '0')}`;
	const valid = z.iso.date().safeParse(iso).success && iso <= today.toISOString().slice(0, 10);
	return valid ? iso : undefined;
}

/** Combines flags, sidecar and inference; throws a Problem when paper or date stays unknown. */
export function resolvePageMeta(options: {
	sourcePath: string;
	source: string;
	page: ParsedPage;
	flags: PageMetaInput;
	sidecar: PageMetaInput;
	today?: Date;
}): PageMeta {
	const given = { ...options.sidecar, ...withoutEmpty({ ...options.flags }) };
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
	return withoutEmpty<PageMeta>({
		paper,
		paperSlug: given.paperSlug ?? slugForPaper(paper),
		date,
		page: given.page,
		pageName: given.pageName,
		inferred,
	}, ['inferred']);
}
