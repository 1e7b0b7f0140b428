/**
 * One printed page (版): what the page says about itself rather than about any item. The
 * ingester writes content/pages/<paper>/<date>/<page>.yaml for every page text it reads.
 */
import type { ImageFunction } from 'astro/content/config';
import { posix } from 'node:path';
import { z } from 'astro/zod';
import { type ImageField, calendarDate, fingerprint, inferredFields, pageIdentity, pageNumberField, pageSectionField, text } from './fields.ts';

/** One line of editor credits, as printed and as read. */
export const creditSchema = z.object({
	/** The credit line as printed (本版责编：王  彦  刘  涓  版式设计：沈亦伶). */
	text: text('credits[].text'),
	/** Each role on the line and the people it names. Defaults to none. */
	roles: z.array(z.object({ role: text('credits[].roles[].role'), names: z.array(text('credits[].roles[].names[]')).default([]) })).default([]),
});

/** The printed page as a picture, archived beside its text by the ingester (scripts/ingest/page-pictures.ts). */
const scanSchema = <Image extends ImageField>(image: Image) =>
	z.strictObject({
		/** The page as an image, relative to this record: ../../../sources/kjrb/2024-07-12/08.jpg; absent when there is none. */
		image: z
			.string()
			// A record is pages/<paper>/<date>/<page>.yaml: its picture must not lead out of the content folder.
			.refine((path) => !posix.isAbsolute(path) && !posix.normalize(posix.join('pages/paper/date', path)).startsWith('..'), {
				error: 'scan.image 须为内容文件夹里的图片，相对于版面记录，例如 ../../../sources/kjrb/2024-07-12/08.jpg。',
			})
			// (Astro types image() by its output; it reads a path.)
			.pipe(image() as unknown as z.ZodType<z.output<ReturnType<Image>>, string>)
			.optional(),
		/** The page as a PDF, relative to the project root like source.file; absent when there is none. */
		pdf: text('scan.pdf').optional(),
	});

export const pageSchema = <Image extends ImageField>(image: Image) =>
	z.object({
		/** The newspaper's name (科技日报). */
		paper: text('paper'),
		/** Publication date, YYYY-MM-DD. */
		date: calendarDate,
		/** Page (版) number, within its section for a lettered page (3 of A03); absent when unknown. */
		page: pageNumberField.optional(),
		/** The page's lettered section (叠), the A of A03; absent for papers that number their pages straight through. */
		pageSection: pageSectionField.optional(),
		/** Page (版) name, such as 要闻; absent when unknown. */
		pageName: text('pageName').optional(),
		/** Column names printed on the page, in order. Defaults to none. */
		columns: z.array(text('columns[]')).default([]),
		/** Editor credits printed on the page. Defaults to none. */
		credits: z.array(creditSchema).default([]),
		/** The archived page text, relative to the project root. */
		source: z.object({ file: text('source.file') }),
		/** Which of paper, date, page and pageName were inferred from the text rather than given. */
		inferred: inferredFields,
		/** The digest of the page's text: the page's identity, whatever its number or date. */
		identity: pageIdentity,
		/**
		 * The number in the address of the page's last item (5 of 08-05), as the ingester wrote them: the build warns of an
		 * address up to it that no item holds and no redirect leads on from, as the last item's file deleted by hand. Absent in
		 * records written before the ingester said it, which the build reads as saying nothing.
		 */
		lastItem: z.number().int().positive().optional(),
		/** The printed page as an image or a PDF, shown on the edition page; absent when the archive has only its text. */
		scan: scanSchema(image).optional(),
		/** Hash of the file as the ingester wrote it; re-ingestion replaces the file only while it matches. */
		fingerprint,
	});

/** As the build reads it: each picture resolved by Astro's image(). */
export type PageRecord = z.output<ReturnType<typeof pageSchema<ImageFunction>>>;
/** As written to a file: each picture a path. */
export type PageRecordInput = z.input<typeof pageFileSchema>;

/** The same schema for reading records outside Astro's build (the ingester, tests): a picture is its path. */
export const pageFileSchema = pageSchema(() => z.string());
