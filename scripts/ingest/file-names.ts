/**
 * What a page text's file name says of it. Crawlers name what they save by date and page: an article file
 * `<YYYYMMDD>-<page>-<article>.txt` (article-files.ts), a page `<YYYYMMDD>-<page>.txt` (the crawler of 老资料网's
 * 人民日报 of 1946–2003 in caspiankexin/people-daily-crawler-date), a day `rmrb_20251020.txt`, a page
 * `人民日报_2019-10-15_第01版.txt`. What the name says stands under flags, sidecar and a page header, and above
 * inference from the text, which can only guess the year.
 */
import { z } from 'astro/zod';
import { articleFileName } from './article-files.ts';
import { readPrintedPage } from '../../src/archive/page-numbers.ts';

export interface NamedMeta {
	/** YYYY-MM-DD. */
	date: string;
	/** The page's number (sortable: src/archive/page-numbers.ts), where the name gives it. */
	page?: number;
}

/** A date in a name: 20191015, 2019-10-15 (or with _ or .), 2019年10月15日; not inside a longer run of digits. */
const NAMED_DATE = /(?<![\d０-９])((?:19|20)\d{2})(?:(\d{2})(\d{2})|([-_.])(\d{1,2})\4(\d{1,2})|年(\d{1,2})月(\d{1,2})日)(?![\d０-９])/gu;
/** A page in a name: 第01版, 第A03版 (a city daily's lettered page, src/archive/page-numbers.ts). */
const NAMED_PAGE = /第([A-Z]?\d{1,3})版/u;
/**
 * The number last in a name, right after its date: `<YYYYMMDD>-<page>.txt`, and the same under the paper's short name with
 * the date set apart, `rmrb-2019-02-01-01.txt`, `rmrb_2019_02_01_08.txt`.
 */
const DATE_THEN_PAGE = /(?<![\d０-９])(?:19|20)\d{2}(?:\d{4}-|-\d{2}-\d{2}-|_\d{2}_\d{2}_)(\d{1,3})\.txt$/u;
/** A lettered page last in a name, after its date and a dash or an underscore: `bjqnb_20240712_A03.txt`, `2024-07-12-B01.txt`. */
const DATE_THEN_LETTERED_PAGE = /(?<![\d０-９])(?:19|20)\d{2}(?:\d{4}|-\d{2}-\d{2}|_\d{2}_\d{2})[-_]([A-Z]\d{1,3})\.txt$/u;

/** Every valid date a name holds, once each. */
function datesIn(name: string): string[] {
	const dates = new Set<string>();
	for (const match of name.matchAll(NAMED_DATE)) {
		const [, year, ...rest] = match;
		const [month, day] = rest.filter((part, index) => part !== undefined && index !== 2);
		const iso = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
		if (z.iso.date().safeParse(iso).success) dates.add(iso);
	}
	return [...dates];
}

/** What a file's name (its base name) says of the page text in it, or undefined where it names no one date. */
export function fileNameMeta(name: string): NamedMeta | undefined {
	const article = articleFileName(name);
	if (article) return { date: article.date, page: article.page };
	const dates = datesIn(name);
	// (Two dates, a range or a date and an id, say nothing sure.)
	if (dates.length !== 1) return undefined;
	const printed = NAMED_PAGE.exec(name)?.[1] ?? DATE_THEN_PAGE.exec(name)?.[1] ?? DATE_THEN_LETTERED_PAGE.exec(name)?.[1];
	const page = printed === undefined ? undefined : readPrintedPage(printed);
	return page === undefined ? { date: dates[0]! } : { date: dates[0]!, page };
}
