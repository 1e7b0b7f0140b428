/**
 * The frontmatter of one news item. The ingester writes it, maintainers edit it by hand, and the
 * build validates it: a malformed entry fails the build naming the file, the field and the fix.
 * Field names are fixed so that other tools can read the archive.
 */
import type { ImageFunction } from 'astro/content/config';
import { z } from 'astro/zod';
import { type ImageField, calendarDate, fingerprint, inferredFields, itemIdentity, pageNumberField, pageSectionField, positiveInt, text } from './fields.ts';

/** One person in the byline. */
export const authorSchema = z.object({
	/** The name as printed, without spaces (韩鑫). */
	name: text('authors[].name'),
	/** The role printed before the name (本报记者, 通讯员…); absent when none is printed. */
	role: text('authors[].role').optional(),
});

/** A photo or graphic, known from its caption; the picture itself when a maintainer has it. */
const figureSchema = <Image extends ImageField>(image: Image) =>
	z.strictObject({
		/** What the picture shows, as printed. */
		caption: text('figures[].caption'),
		/** Who took or supplied it, as printed (曾文溪摄, 视觉中国供图); absent when not printed. */
		credit: text('figures[].credit').optional(),
		/** The picture's file next to the item's (./lanzhou.jpg), shown through Astro's image pipeline; absent when the archive has only the caption. */
		image: image().optional(),
	});

/**
 * A photo an editor placed in the body with <Photo src="./…" caption="…" />. The archive's loader
 * writes these from the body (collection/items-loader.ts), so that the picture goes through the
 * same pipeline as a figure's; a frontmatter holding `photos:` is refused.
 */
const bodyPhotoSchema = <Image extends ImageField>(image: Image) =>
	z.object({
		/** The picture, from the component's src. */
		src: image(),
		/** The caption under it. */
		caption: z.string(),
		/** Who took or supplied it; absent when not known. */
		credit: z.string().optional(),
		/** The text that stands for it where it is not seen. */
		alt: z.string(),
	});

/** Where in the archived page text the item was read from. */
export const sourceSchema = z
	.object({
		/** Path of the page text, relative to the project root (content/sources/…). */
		file: text('source.file'),
		/** First and last line of the item in that file, 1-based and inclusive. */
		lines: z.tuple([positiveInt('source.lines[0]'), positiveInt('source.lines[1]')], {
			error: 'source.lines 须为两个行号，例如 [3, 61]。',
		}),
		/** The article's address online, where the page text gives it (a crawler's 原文链接); absent when none is given. */
		link: z.url({ protocol: /^https?$/, error: 'source.link 须为网址，以 http:// 或 https:// 开头。' }).optional(),
	})
	.refine((s) => s.lines[0] <= s.lines[1], { error: 'source.lines 的起始行须不大于结束行。', path: ['lines'] });

/** A misspelt field (subtitel) would be dropped without a word: every field must be one of these. */
export const itemSchema = <Image extends ImageField>(image: Image) =>
	z.strictObject(
		{
			/** The headline (主标题) as printed. */
			title: text('title'),
			/** The line above the headline (引题, kicker); absent when none is printed. */
			kicker: text('kicker').optional(),
			/** The line below the headline (副标题), often starting with ——; absent when none is printed. */
			subtitle: text('subtitle').optional(),
			/** The newspaper's name (科技日报). */
			paper: text('paper'),
			/** Publication date of the page, YYYY-MM-DD. */
			date: calendarDate,
			/** Page (版) number, within its section for a lettered page (3 of A03); absent when unknown. */
			page: pageNumberField.optional(),
			/** The page's lettered section (叠), the A of A03; absent for papers that number their pages straight through. */
			pageSection: pageSectionField.optional(),
			/** Page (版) name, such as 要闻 or 园区; absent when unknown. */
			pageName: text('pageName').optional(),
			/** The column (栏目) that holds the item, such as 园镜头; absent for items outside a column. */
			column: text('column').optional(),
			/** Position of the item on its page in print order, from 1. */
			order: positiveInt('order'),
			/** People in the byline, in printed order. Defaults to none. */
			authors: z.array(authorSchema, { error: 'authors 须为列表，每项形如 {name: 张三, role: 本报记者}。' }).default([]),
			/** The byline line as printed (◎ 邸金 本报记者 顾满斌); absent when the byline is inside the lead. */
			byline: text('byline').optional(),
			/** Date (and place) the item was filed, as printed in its lead (7月9日). */
			dateline: text('dateline').optional(),
			/** Regions and parks the item is about, as named in its title or dateline (兰州, 兰州高新区). Defaults to none. */
			places: z.array(text('places[]'), { error: 'places 须为地名列表，例如 [兰州, 兰州高新区]。' }).default([]),
			/** Photos and graphics, in printed order. Defaults to none. */
			figures: z.array(figureSchema(image), { error: 'figures 须为列表，每项形如 {caption: 图为…, credit: 某某摄, image: ./photo.jpg}。' }).default([]),
			/** Photos placed in the body, in its order: written by the loader, never by hand; absent when none. */
			photos: z.array(bodyPhotoSchema(image)).optional(),
			/** The page text the item came from. */
			source: sourceSchema,
			/** Which of paper, date, page and pageName were inferred from the text rather than given. */
			inferred: inferredFields,
			/** The printed page and the place in its text the item starts at; absent in items written by hand. */
			identity: itemIdentity,
			/** Hash of the file as the ingester wrote it; re-ingestion replaces the file only while it matches. */
			fingerprint,
		},
		{
			error: (issue) =>
				issue.code === 'unrecognized_keys' ? `未知字段：${issue.keys.join('、')}。检查拼写（例如 subtitle、pageName），或删去这一项。` : undefined,
		},
	);

/** As the build reads it: each picture resolved by Astro's image(). */
export type ItemFrontmatter = z.output<ReturnType<typeof itemSchema<ImageFunction>>>;
/** As written to a file: each picture a path. */
export type ItemFrontmatterInput = z.input<typeof itemFileSchema>;
export { INFERABLE_FIELDS, type InferableField } from './fields.ts';

/**
 * The same schema for reading items outside Astro's build (the ingester, tests): a picture is
 * its path, checked by the build when it resolves it.
 */
export const itemFileSchema = itemSchema(() => z.string());
