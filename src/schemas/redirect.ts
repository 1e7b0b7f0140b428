/**
 * The redirects ledger, content/redirects.yaml: every address that an item or a printed page left,
 * and where it went. The ingester and `npm run move` append to it; the build publishes each old
 * address as a redirect (scripts/build/redirects.ts). Entries are never removed, so that a link
 * once published keeps working through any number of later moves.
 */
import { z } from 'astro/zod';
import { PAGE_ID_PATTERN } from '../archive/urls.ts';
import { calendarDate, text } from './fields.ts';

/** An item's id (kjrb/2024-07-12/08-03) or a printed page's (kjrb/2024-07-12/08, 00b for a second page of unknown number). */
const archiveId = (field: string) =>
	text(field).regex(new RegExp(String.raw`^${PAGE_ID_PATTERN}(?:-\d{2,})?$`), {
		error: `${field} 须为稿件或版面的编号，例如 kjrb/2024-07-12/08-03 或 kjrb/2024-07-12/08。`,
	});

export const redirectSchema = z
	.object({
		/** The old address, an item's or a page's id. */
		from: archiveId('from'),
		/** The new address, of the same kind. */
		to: archiveId('to'),
		/** Why it moved, for the maintainer (版次由未知改为 8). */
		reason: text('reason'),
		/** When it moved, YYYY-MM-DD. */
		date: calendarDate,
		/**
		 * Whether the old address's item is in no item now: a corrected page text left it out (ingest --replace), and it
		 * leads to an item of the same page, not to itself. Absent (false) for a move or a merge.
		 */
		dropped: z.boolean().optional(),
	})
	.refine((entry) => /-\d+$/.test(entry.from) === /-\d+$/.test(entry.to), { error: 'from 和 to 须同为稿件编号或同为版面编号。', path: ['to'] });

export const redirectsLedgerSchema = z.array(redirectSchema, { error: '跳转记录须为列表，每项含 from、to、reason、date。' }).default([]);

export type Redirect = z.output<typeof redirectSchema>;
