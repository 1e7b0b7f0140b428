/**
 * Field types shared by the archive's schemas, each with a message that says how to fix it.
 */
import { z } from 'astro/zod';
import { MAX_PAGE, PAGE_SECTION } from '../archive/page-numbers.ts';

/**
 * How a schema reads a picture's path: Astro's image() in the build (the picture, resolved beside
 * the file), a plain string where files are read outside it (the ingester, tests).
 */
export type ImageField = () => z.ZodType;

/** Page metadata that the ingester may infer from the text instead of being told. */
export const INFERABLE_FIELDS = ['paper', 'date', 'page', 'pageName'] as const;
export type InferableField = (typeof INFERABLE_FIELDS)[number];

export const text = (field: string) =>
	z
		.string({ error: `${field} 须为文字（字符串）。` })
		.trim()
		.min(1, { error: `${field} 不能为空：填写内容，或删去这一项。` });

export const positiveInt = (field: string) =>
	z
		.number({ error: `${field} 须为正整数，例如 3（不加引号）。` })
		.int({ error: `${field} 须为整数。` })
		.positive({ error: `${field} 须大于 0。` });

/** A page (版) number: within its section for a lettered page (3 of A03). */
export const pageNumberField = positiveInt('page').max(MAX_PAGE, { error: `page 最大为 ${MAX_PAGE}：A03 这样的版次写成 page: 3 和 pageSection: A。` });

/** The lettered section (叠) of a page numbered within sections, the A of A03 (src/archive/page-numbers.ts). */
export const pageSectionField = z
	.string({ error: 'pageSection 须为文字（字符串）。' })
	.regex(PAGE_SECTION, { error: 'pageSection 须为一个大写拉丁字母，例如 A（A03 版的 A）；版次连续编号的报纸不写这一项。' });

/** YAML readers may turn an unquoted 2024-07-12 into a Date; the archive keeps the calendar day. */
export const calendarDate = z.preprocess(
	(value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
	z.iso.date({ error: 'date 须为 YYYY-MM-DD 格式的日期，例如 2024-07-12。' }),
);

/** Which page metadata was inferred from the text rather than given. Defaults to none. */
export const inferredFields = z.array(z.enum(INFERABLE_FIELDS, { error: `inferred 的每一项须是 ${INFERABLE_FIELDS.join('、')} 之一。` })).default([]);

/** Written by the ingester: a hash of the file as it wrote it, so that it can tell hand edits apart. */
export const fingerprint = z
	.string()
	.regex(/^[0-9a-f]{16}$/, { error: 'fingerprint 由导入程序写入，请勿修改；不需要时可整行删除。' })
	.optional();

/**
 * Written by the ingester: which printed page (the digest of its text, and `~2`, `~3`… for a second or later printing of
 * the same text on another page) and, for an item, where in that text it starts. It stays when metadata changes, so that
 * a page ingested again under a new page number or date is recognised and moved, never copied (scripts/ingest/identity.ts).
 */
export const pageIdentity = z
	.string()
	.regex(/^[0-9a-f]{16}(?:~[1-9]\d*)?$/, { error: 'identity 由导入程序写入，请勿修改。' })
	.optional();

export const itemIdentity = z
	.string()
	.regex(/^[0-9a-f]{16}(?:~[1-9]\d*)?-\d+$/, { error: 'identity 由导入程序写入，请勿修改。' })
	.optional();
