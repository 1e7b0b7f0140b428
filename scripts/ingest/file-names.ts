/**
 * What a page text's file name says of it. Crawlers name what they save by date and page: an article file
 * `<YYYYMMDD>-<page>-<article>.txt` (article-files.ts), a page `<YYYYMMDD>-<page>.txt` (the crawler of 老资料网's
 * 人民日报 of 1946–2003 in caspiankexin/people-daily-crawler-date), a day `rmrb_20251020.txt`, a page
 * `人民日报_2019-10-15_第01版.txt`; or a folder a day, its pages named by number in it, `2019-10-15/03.txt`,
 * `2019/10/15/第03版：国际.txt`. What the name says stands under flags, sidecar and a page header, and above inference
 * from the text, which can only guess the year (and reads a news item's dateline, the day before the paper's).
 */
import { basename, dirname } from 'node:path';
import { z } from 'astro/zod';
import { articleFileName } from './article-files.ts';
import { readPrintedPage } from '../../src/archive/page-numbers.ts';
import { isoDate } from './text.ts';

export interface NamedMeta {
	/** YYYY-MM-DD. */
	date: string;
	/** The page's number (sortable: src/archive/page-numbers.ts), where the name gives it. */
	page?: number;
}

/** A date in a name: 20191015, 2019-10-15 (or with _ or .), 2019年10月15日; not inside a longer run of digits. */
const NAMED_DATE = /(?<![\d０-９])((?:19|20)\d{2})(?:(\d{2})(\d{2})|([-_.])(\d{1,2})\4(\d{1,2})|年(\d{1,2})月(\d{1,2})日)(?![\d０-９])/gu;
/**
 * A page in a name: 第01版, 第A03版 (a city daily's lettered page, src/archive/page-numbers.ts), or 03版 with no 第 after a
 * separator (2019-10-15_03版_国际.txt).
 */
const NAMED_PAGE = /第([A-Z]?\d{1,3})版|(?:^|[-_\s])([A-Z]?\d{1,3})版/u;
/**
 * The page last in a name, right after its date and a dash or an underscore, however the date is written:
 * `<YYYYMMDD>-<page>.txt` (or `.html`), and the same under the paper's short name, `rmrb-2019-02-01-01.txt`, `rmrb_2019_02_01_08.txt`,
 * `人民日报_20191015_03.txt`, `rmrb_2019-10-15_03.txt`; a city daily's lettered page so, `bjqnb_20240712_A03.txt`.
 */
const DATE_THEN_PAGE = /(?<![\d０-９])(?:19|20)\d{2}(?:\d{4}|-\d{2}-\d{2}|_\d{2}_\d{2}|\.\d{2}\.\d{2})[-_]([A-Z]?\d{1,3})\.(?:txt|html?)$/u;
/**
 * The page a file in a day's folder is named by, its number first: `03.txt`, `A03.txt`, `03版.txt`, `03_国际.txt`,
 * `03-要闻.txt` (or 第03版 anywhere in the name: NAMED_PAGE).
 */
const PAGE_FIRST = /^([A-Z]?\d{1,3})(?:版)?(?:[-_\s：:][^.]*)?\.(?:txt|html?)$/u;

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
	const page = namedPage(name, DATE_THEN_PAGE);
	return page === undefined ? { date: dates[0]! } : { date: dates[0]!, page };
}

/** The page a name gives (第03版, 03版, or as `last` finds it), if it gives one. */
function namedPage(name: string, last: RegExp): number | undefined {
	const named = NAMED_PAGE.exec(name);
	const printed = named?.[1] ?? named?.[2] ?? last.exec(name)?.[1];
	return printed === undefined ? undefined : readPrintedPage(printed);
}

/**
 * The archive's own folder of a page text, `sources/<paper>/<date>/` (plan-writes.ts keeps each text so): its date is the
 * one the archive gave the page, inferred or not, and says nothing new of a text imported again from there.
 */
const ARCHIVE_FOLDER = /(?:^|[\\/])sources[\\/][a-z0-9-]+[\\/]\d{4}-\d{2}-\d{2}$/u;

/**
 * What a file's path says of the page text in it: its name (fileNameMeta), or where the name gives no date, the day its
 * folder is named by (2019-10-15/, 20191015/, 2019/10/15/) and the page the name gives (03.txt, 第03版：国际.txt).
 */
export function filePathMeta(path: string): NamedMeta | undefined {
	const name = basename(path);
	const own = fileNameMeta(name);
	if (own || datesIn(name).length > 0 || ARCHIVE_FOLDER.test(dirname(path))) return own;
	const date = folderDate(dirname(path));
	if (date === undefined) return undefined;
	const page = namedPage(name, PAGE_FIRST);
	return page === undefined ? { date } : { date, page };
}

/** The one date a folder is named by, or its last three folders are (2019/10/15), if it is so named. */
function folderDate(folder: string): string | undefined {
	const parts = folder.split(/[\\/]/u);
	const dates = datesIn(parts.at(-1) ?? '');
	if (dates.length === 1) return dates[0];
	const [year, month, day] = parts.slice(-3);
	if (!/^(?:19|20)\d{2}$/u.test(year ?? '') || !/^\d{1,2}$/u.test(month ?? '') || !/^\d{1,2}$/u.test(day ?? '')) return undefined;
	return isoDate(`${year}-${month}-${day}`);
}
