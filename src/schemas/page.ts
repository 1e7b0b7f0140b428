/**
 * One printed page (版): what the page says about itself rather than about any item. The
 * ingester writes content/pages/<paper>/<date>/<page>.yaml for every page text it reads.
 */
import { z } from 'astro/zod';
import { calendarDate, fingerprint, inferredFields, pageIdentity, positiveInt, text } from './fields.ts';

/** One line of editor credits, as printed and as read. */
export const creditSchema = z.object({
	/** The credit line as printed (本版责编：王  彦  刘  涓  版式设计：沈亦伶). */
	text: text('credits[].text'),
	/** Each role on the line and the people it names. Defaults to none. */
	roles: z.array(z.object({ role: text('credits[].roles[].role'), names: z.array(text('credits[].roles[].names[]')).default([]) })).default([]),
});

export const pageSchema = z.object({
	/** The newspaper's name (科技日报). */
	paper: text('paper'),
	/** Publication date, YYYY-MM-DD. */
	date: calendarDate,
	/** Page (版) number; absent when unknown. */
	page: positiveInt('page').optional(),
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
	/** Hash of the file as the ingester wrote it; re-ingestion replaces the file only while it matches. */
	fingerprint,
});

export type PageRecord = z.output<typeof pageSchema>;
export type PageRecordInput = z.input<typeof pageSchema>;
