/**
 * A page text may hold more than one printed page: crawlers dump a whole day of a paper into one
 * file, each page under a header line such as `第03版：要闻`. This module finds those headers and
 * cuts the file into sections, one per printed page, each parsed on its own (with its line numbers
 * kept as lines of the whole file). A file without headers is one section; a single page that
 * opens with a header takes its page number and name from it.
 *
 * A header is a whole line and nothing else: 第 + a page number in digits (a city daily's with its
 * section's letter before it, 第A03版) + 版, and optionally the page's name after a colon, a space or
 * a dot, or in brackets (第03版：要闻, 第3版, 第 03 版 要闻, 【第03版：要闻】, 第03版（要闻）); or, as
 * paper.people.com.cn titles its pages, a two-digit number with no 第 and the name after a colon
 * ([03版：要闻], 03版：要闻), as city dailies' sites title a lettered page (A03版：要闻). The paper's name and the date may
 * stand before it, and the date after it (人民日报 2026年04月28日 第05版：评论). Numbers in Chinese
 * numerals are not taken, and neither is any line with the punctuation of a sentence, so that
 * 第十六届…, 第3版规划发布 or a sentence that mentions 第3版 never cut a page.
 *
 * Other lines are layout too, read off each section before it is parsed: a scan's running head (报眉), the source line a
 * crawler keeps under each article, and the lines an export prints between articles (a rule, an article's address).
 */
import { isCreditLine } from './credits.ts';
import { isDocumentDate, isUnterminated, kindOf } from './line-kinds.ts';
import { readLayoutMarks, type LayoutMark, type LayoutReading } from './layout-marks.ts';
import { markedSplit, type MarkdownLines } from './markdown-marks.ts';
import type { ParseOptions } from './parse-page.ts';
import { withoutEmpty } from './objects.ts';
import { isPictureMarker } from './picture-markers.ts';
import { isOutletSource, isWebFurniture } from './web-furniture.ts';
import { asciiDigits, isoDate, trimLine } from './text.ts';
import { MAX_PAGE, readPrintedPage } from '../../src/archive/page-numbers.ts';

/** The header of a printed page, as read from its line. */
export interface PageHeader {
	/** 1-based line of the header in the file. */
	line: number;
	/** The line as printed (trimmed): page metadata, accounted for by the conservation check. */
	text: string;
	/** The page's number, sortable (src/archive/page-numbers.ts): 3, or 1003 for a city daily's A03. */
	page: number;
	pageName?: string;
	/** The paper's name, where the header prints it (人民日报 2026年04月28日 第05版). */
	paper?: string;
	/** The date of print (YYYY-MM-DD), where the header prints it. */
	date?: string;
	/**
	 * What the line prints after a header in brackets: an article's title, as dumps of
	 * paper.people.com.cn write each article under "[01版：要闻] 标题". The parser reads it on that line.
	 */
	textAfter?: string;
	/**
	 * Whether the line is printed under the text it names the page of, as people.com.cn prints the
	 * source under each article it took from the paper (《 人民日报 》（ 2026年04月30日 01 版）).
	 */
	closes?: boolean;
}

/**
 * The running head a scanned page prints over its text (报眉), as OCR gives it: the paper's name, the
 * date with its weekday, the page's number and name, on a line or a few (人民日报 / 2026年4月30日
 * 星期四 / 要闻  3). Page metadata like a header, blank for the parser.
 */
export interface RunningHead {
	lines: { line: number; text: string }[];
	page?: number;
	pageName?: string;
	paper?: string;
	date?: string;
}

/** A line that divides one article from the next (PageSection.dividers). */
export interface Divider {
	line: number;
	text: string;
	/** The address the line gives, for a line that gives an article's address online. */
	link?: string;
}

export interface PageSection {
	/** The page's header line; absent for a file without headers. */
	header?: PageHeader;
	/** The running head over the page's text, when OCR kept it. */
	runningHead?: RunningHead;
	/**
	 * The same header printed again inside the page, as crawlers that dump a paper article by
	 * article write it over each article, and the source line a crawler keeps under each article's
	 * header (`closes`, 《人民日报》（2026年01月11日第 05 版）): page metadata like the header, blank for the parser.
	 */
	repeats: PageHeader[];
	/**
	 * The lines that divide one article from the next, as exports and crawlers print them: a rule (----------), or an
	 * article's address online (http://paper.people.com.cn/…, 原文链接：http://…), its `link`. Layout, blank for the parser.
	 */
	dividers?: Divider[];
	/**
	 * The lines a news site prints around an article that a copy of its web page kept (web-furniture.ts: 2026年04月26日08:22 |
	 * 来源：人民网－人民日报, 分享到：, [图片]): layout like the dividers, blank for the parser, but starting nothing.
	 */
	furniture?: { line: number; text: string }[];
	/**
	 * The layout marks in the section's lines (layout-marks.ts: a page saved from HTML with its character references, as
	 * Markdown, or spaced by OCR), taken out of `text` and kept in `printed`.
	 */
	marks?: LayoutMark[];
	/**
	 * For a page text saved as Markdown, the lines its marks set as headings (by level), in bold, or as markup alone; for a
	 * page that labels its fields, what its labels set so (field-labels.ts).
	 */
	markdown?: MarkdownLines;
	/** Whether the page text labels its fields (标题：…, 正文：), `markdown` holding what the labels say. */
	labelled?: true;
	/** Whether the page text is one OCR gave with a space between its Chinese characters (its `marks` those spaces). */
	ocrSpaces?: true;
	/** Whether titles in the section end with a site's mark that the article has pictures (（图）), each one of its `marks`. */
	pictureMarkers?: true;
	/** In a file of pages parted by form feeds (a PDF's text, formFedSections), the page's place among them, 1-based. */
	sheet?: number;
	/** 1-based lines of the file the section spans, inclusive (the header line and any text above the first header included). */
	firstLine: number;
	lastLine: number;
	/** The section's text as the parser reads it: its lines, with the header line left blank so that line numbers stay the file's. */
	text: string;
	/** The section's text as printed, header included: what the conservation check compares with. */
	printed: string;
}

/** A page name: a few characters of Han, Latin letters or digits, with the dots of 要闻·综合. */
const PAGE_NAME = String.raw`[\p{Script=Han}A-Za-z0-9·・]{1,16}`;
/** A page's number, in digits, with its section's letter before it on a city daily's lettered page (A03: page-numbers.ts). */
const NUMBER = String.raw`[A-ZＡ-Ｚ]?[0-9０-９]{1,3}`;
const PAGE_NUMBER = String.raw`第[\s\u3000]*(?<page>${NUMBER})[\s\u3000]*版`;
/**
 * The number without 第, as paper.people.com.cn titles pages: two digits, the name after a colon ([03版：要闻]); and a
 * lettered page so, as city dailies' sites title theirs (A03版：要闻).
 */
const BARE_PAGE_NUMBER = String.raw`(?<bare>[A-ZＡ-Ｚ][0-9０-９]{1,3}|[0-9０-９]{2})版(?=[\s\u3000]*[：:])`;
/**
 * A paper's name before the number: 人民日报, 科技日报, 经济日报, an edition of one (人民日报海外版),
 * and the papers not named …报 (新华每日电讯, 参考消息, 南方周末).
 */
const PAPER = String.raw`(?<paper>\p{Script=Han}{1,8}(?:日报|晚报|早报|时报|报|电讯|消息|周末|周刊)(?:海外版|农村版|英文版)?)`;
/** A date of print: 2026年04月28日, 2026年4月28日, 2026-04-28, 2026/4/28, 2026.04.28, with its weekday or not (星期五, 周五). */
const DATE = String.raw`(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?:[\s\u3000]*(?:星期|周)[一二三四五六日天])?`;
const BEFORE = String.raw`(?:${PAPER}[\s\u3000]*)?(?:(?<dateBefore>${DATE})[\s\u3000]*)?`;
const AFTER = String.raw`(?:[\s\u3000]+(?<dateAfter>${DATE}))?`;
/** What parts the number from the name: a colon, a dot, a bar, a slash or a dash (spaces around it or not), or spaces alone. */
const SEPARATOR = String.raw`(?:[\s\u3000]*[：:·・|｜/／—-][\s\u3000]*|[\s\u3000]+)`;
/** The page's name after a separator, or in brackets: 第03版：要闻, 第03版（要闻）. */
const NAME_PART = String.raw`(?:${SEPARATOR}(?<name>${PAGE_NAME})|[\s\u3000]*[（(](?<bracketed>${PAGE_NAME})[）)])`;
const HEADER = new RegExp(String.raw`^(?<open>[【\[]?)${BEFORE}(?:${PAGE_NUMBER}|${BARE_PAGE_NUMBER})${NAME_PART}?${AFTER}(?<close>[】\]]?)$`, 'u');

/**
 * A page's number in Chinese numerals, as some sites title their pages (第一版：要闻, 第十二版：理论): only with a name after
 * a colon, since a front page's index prints 第九版 alone over each story it points to.
 */
const CHINESE_HEADER = new RegExp(
	String.raw`^(?<open>[【\[]?)第(?<numerals>[一二三四五六七八九十]{1,3})版[\s\u3000]*[：:][\s\u3000]*(?<name>${PAGE_NAME})(?<close>[】\]]?)$`,
	'u',
);

/** A number from one to ninety-nine in Chinese numerals (九, 十二, 二十, 二十三), if the text is one. */
function chineseNumber(numerals: string): number | undefined {
	const match = /^(?:(?<tens>[一二三四五六七八九])?(?<ten>十))?(?<units>[一二三四五六七八九])?$/u.exec(numerals);
	if (!match?.groups) return undefined;
	const digit = (character: string | undefined) => (character === undefined ? 0 : '一二三四五六七八九'.indexOf(character) + 1);
	const tens = match.groups.ten === undefined ? 0 : match.groups.tens === undefined ? 1 : digit(match.groups.tens);
	return tens * 10 + digit(match.groups.units);
}

/**
 * A header set off by a rule of the same mark on each side, as a script that writes a day's pages in one file prints it:
 * ==== 第01版：要闻 ====, ----- 第3版 -----, *** 第05版 ***. The header is what the rules stand around.
 */
const RULED = /^(?<rule>[=＝\-－*＊#＃~～_])\k<rule>+[\s\u3000]*(?<inner>[^=＝\-－*＊#＃~～_].*?)[\s\u3000]*\k<rule>{2,}$/u;

/** Between rules, a number and 版 with no 第 are a header too, the name after a space or none: ==== 01版 要闻 ====. */
const RULED_BARE = new RegExp(String.raw`^(?<page>${NUMBER})[\s\u3000]*版(?:${SEPARATOR}(?<name>${PAGE_NAME}))?$`, 'u');

/**
 * A header a crawler labels as it labels an article's fields (版面：01 要闻, 版次：03, 版面：A03版 要闻; field-labels.ts reads
 * a page whose every field is labelled): after the label, a header, or a number alone with 版 or not and the name after it.
 */
const LABELLED = /^(?:版面|版次)[\s\u3000]*[：:][\s\u3000]*(?<value>\S.*)$/u;
const LABELLED_BARE = new RegExp(String.raw`^(?<page>${NUMBER})[\s\u3000]*版?(?:${SEPARATOR}(?<name>${PAGE_NAME}))?$`, 'u');

/**
 * A page's number and name alone on a line, the way a script that writes a day's pages in one file may head each (01 要闻,
 * A03 北京新闻): two digits, or a section's letter and two, a space, and a name of Han characters. Only a file's own run of
 * them heads its pages (bareHeaders): a list's lines read so too.
 */
const BARE_HEADER = /^(?<page>[0-9０-９]{2}|[A-ZＡ-Ｚ][0-9０-９]{2})[\s\u3000]+(?<name>\p{Script=Han}{2,8})$/u;

/**
 * The headers of a day's file that heads each page with its number and name alone (BARE_HEADER): where the file's first line
 * with text is one, two or more are, their numbers rise in the file's order, and text stands under each; else none.
 */
function bareHeaders(lines: readonly string[]): PageHeader[] {
	const headers: PageHeader[] = [];
	let textUnder = true;
	let first = true;
	for (const [index, line] of lines.entries()) {
		const text = trimLine(line);
		if (!text) continue;
		const match = BARE_HEADER.exec(text)?.groups;
		const page = match ? readPrintedPage(match.page!) : undefined;
		if (page === undefined) {
			if (first) return [];
			textUnder = true;
		} else {
			if (!textUnder || (headers.length > 0 && page <= headers.at(-1)!.page)) return [];
			headers.push({ line: index + 1, text, page, pageName: match!.name! });
			textUnder = false;
		}
		first = false;
	}
	return headers.length >= 2 && textUnder ? headers : [];
}

/** Whether the brackets around a header come in pairs: 【第03版】, not 【第03版. */
function pairedBrackets(open: string | undefined, close: string | undefined): boolean {
	return (open === '【') === (close === '】') && (open === '[') === (close === ']');
}

/** The page number and name a line announces, if the line is a page header and nothing else. */
export function readPageHeader(line: string): Pick<PageHeader, 'page' | 'pageName' | 'paper' | 'date'> | undefined {
	const trimmed = trimLine(line);
	if (!trimmed.includes('版')) return undefined;
	const labelled = LABELLED.exec(trimmed)?.groups?.value;
	if (labelled !== undefined) {
		const bare = LABELLED_BARE.exec(labelled)?.groups;
		const page = bare ? readPrintedPage(bare.page!) : undefined;
		if (page !== undefined) return { page, ...(bare!.name ? { pageName: bare!.name } : {}) };
		return readPageHeader(labelled);
	}
	const ruled = RULED.exec(trimmed)?.groups!.inner;
	const text = ruled ?? trimmed;
	const bare = ruled === undefined ? undefined : RULED_BARE.exec(ruled)?.groups;
	if (bare) {
		const page = readPrintedPage(bare.page!);
		return page === undefined ? undefined : { page, ...(bare.name ? { pageName: bare.name } : {}) };
	}
	const chinese = CHINESE_HEADER.exec(text)?.groups;
	if (chinese && pairedBrackets(chinese.open, chinese.close)) {
		const page = chineseNumber(chinese.numerals!);
		return page === undefined ? undefined : { page, pageName: chinese.name! };
	}
	const match = HEADER.exec(text);
	if (!match?.groups) return undefined;
	const { open, close, name, bracketed, paper, dateBefore, dateAfter } = match.groups;
	if (!pairedBrackets(open, close)) return undefined;
	const page = readPrintedPage(match.groups.page ?? match.groups.bare!);
	if (page === undefined) return undefined;
	const pageName = name ?? bracketed;
	// Without 第, only a name read after the colon makes the line a header.
	if (match.groups.bare !== undefined && pageName === undefined) return undefined;
	const printedDate = dateBefore ?? dateAfter;
	const date = printedDate === undefined ? undefined : isoDate(printedDate);
	if (printedDate !== undefined && date === undefined) return undefined;
	return { page, ...(pageName ? { pageName } : {}), ...(paper ? { paper } : {}), ...(date ? { date } : {}) };
}

/** The line people.com.cn prints under each article it took from the paper: 《 人民日报 》（ 2026年04月30日 01 版）. */
const SOURCE_LINE = new RegExp(
	String.raw`^《?[\s\u3000]*${PAPER}[\s\u3000]*》?[\s\u3000]*[（(][\s\u3000]*(?<date>${DATE})[\s\u3000]*(?:第[\s\u3000]*)?(?<page>[0-9０-９]{1,3})[\s\u3000]*版[\s\u3000]*[）)]$`,
	'u',
);

/** The paper, date and page an article's source line names, if the line is one and nothing else. */
export function readSourceLine(line: string): Pick<PageHeader, 'page' | 'paper' | 'date'> | undefined {
	const match = SOURCE_LINE.exec(trimLine(line));
	if (!match?.groups) return undefined;
	const page = Number(asciiDigits(match.groups.page!));
	const date = isoDate(match.groups.date!);
	if (page < 1 || page > MAX_PAGE || date === undefined) return undefined;
	return { page, paper: match.groups.paper!, date };
}

/** A header in brackets with text after it on its line: [01版：要闻] 深化环大院大所创新创业生态圈建设. */
const BRACKETED_HEADER_THEN_TEXT = /^[\s\u3000]*([【[][^【】[\]]{2,60}[】\]])[\s\u3000]*(\S.*)$/u;

/** A page header in brackets that opens a line, with the text printed after it (an article's title). */
export function readHeaderBeforeText(line: string): Pick<PageHeader, 'text' | 'page' | 'pageName' | 'paper' | 'date' | 'textAfter'> | undefined {
	const match = BRACKETED_HEADER_THEN_TEXT.exec(trimLine(line));
	const header = match ? readPageHeader(match[1]!) : undefined;
	return header && { text: match![1]!, ...header, textAfter: match![2]! };
}

/** A date of print with its weekday, as a running head prints it: 2026年4月30日  星期四, 一九八六年五月一日 星期四. */
const HEAD_DATE = String.raw`(?<date>(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d〇零一二三四五六七八九十]{1,3}月[\d〇零一二三四五六七八九十]{1,3}日)[\s\u3000]*(?:星期|周)[一二三四五六日天]`;
/** The page in Chinese numerals, as older pages print it under the date: 第一版, 第四版　国际. */
const HEAD_PAGE_IN_NUMERALS = String.raw`第[\s\u3000]*(?<pageInNumerals>[一二三四五六七八九十]{1,3})[\s\u3000]*版(?:[\s\u3000]+(?<nameAfterNumerals>\p{Script=Han}{2,8}))?`;
/** The page's number and name beside each other, either first: 要闻  3, 3  要闻, 第3版  要闻, A03  要闻, 第一版. */
const HEAD_PAGE = String.raw`(?:(?<nameFirst>\p{Script=Han}{2,8})[\s\u3000]+(?:第[\s\u3000]*)?(?<pageAfter>[A-Z]?\d{1,3})(?:[\s\u3000]*版)?|(?:第[\s\u3000]*)?(?<pageFirst>[A-Z]?\d{1,3})(?:[\s\u3000]*版)?[\s\u3000]+(?<nameAfter>\p{Script=Han}{2,8})|${HEAD_PAGE_IN_NUMERALS})`;
const HEAD_DATE_LINE = new RegExp(String.raw`^(?:${PAPER}[\s\u3000]*)?${HEAD_DATE}(?:[\s\u3000]+${HEAD_PAGE})?$`, 'u');
const HEAD_PAGE_LINE = new RegExp(String.raw`^${HEAD_PAGE}$`, 'u');
const HEAD_PAPER_LINE = new RegExp(String.raw`^${PAPER}$`, 'u');
/** How many lines a running head runs to, at most. */
const MAX_HEAD_LINES = 3;

/** A date of print in Chinese numerals or digits as YYYY-MM-DD: 一九八六年五月一日 → 1986-05-01. */
/** Chinese numerals as ASCII digits, each in its place (二〇二六 → 2026). */
function digitsOf(text: string): string {
	return text.replace(/[〇零一二三四五六七八九]/gu, (c) => String('〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c)));
}

/** A number up to 99 in digits or in Chinese numerals, which may carry 十 (十二, 二十五). */
function numberOf(text: string): number {
	if (/^\d+$/u.test(text)) return Number(text);
	const [tens, ones] = text.split('十') as [string, string | undefined];
	return ones === undefined ? Number(digitsOf(tens)) : (tens === '' ? 1 : Number(digitsOf(tens))) * 10 + (ones === '' ? 0 : Number(digitsOf(ones)));
}

function headDate(printed: string): string | undefined {
	const [, year, month, day] = /^(.{4})年(.+)月(.+)日$/u.exec(printed)!;
	return isoDate(`${digitsOf(year!)}年${numberOf(month!)}月${numberOf(day!)}日`);
}

/**
 * The running head at the top of a page's lines (from index `from`): up to three lines, one of
 * them the date with its weekday, which no article opens with; the others the paper's name or the
 * page's number and name. Undefined where the page prints none.
 */
export function readRunningHead(lines: readonly string[], from = 0): RunningHead | undefined {
	const head: RunningHead = { lines: [] };
	let dated = false;
	for (let index = from; index < lines.length && head.lines.length < MAX_HEAD_LINES; index++) {
		const text = trimLine(lines[index]!);
		if (!text) continue;
		const onDate = HEAD_DATE_LINE.exec(text);
		const onPage = onDate ? undefined : HEAD_PAGE_LINE.exec(text);
		const onPaper = onDate || onPage ? undefined : HEAD_PAPER_LINE.exec(text);
		const groups = (onDate ?? onPage ?? onPaper)?.groups;
		if (!groups) break;
		if (onDate) {
			head.date = headDate(groups.date!);
			if (head.date === undefined) return undefined;
			dated = true;
		}
		const page = groups.pageAfter ?? groups.pageFirst;
		const inNumerals = groups.pageInNumerals;
		if (page !== undefined || inNumerals !== undefined) {
			head.page = page === undefined ? numberOf(inNumerals!) : readPrintedPage(page);
			head.pageName = groups.nameFirst ?? groups.nameAfter ?? groups.nameAfterNumerals;
		}
		if (groups.paper) head.paper = groups.paper;
		head.lines.push({ line: index + 1, text });
	}
	return dated ? withoutEmpty(head) : undefined;
}

/**
 * The lines of a section that are page metadata, not text: its header and the header's repeats, a scan's running head, the
 * lines dividing its articles, and a web page's furniture around them.
 */
export function metadataLines(section: PageSection): { line: number; text: string }[] {
	const headers = [section.header, ...section.repeats].filter((header) => header !== undefined);
	return [
		...headers.map(({ line, text }) => ({ line, text })),
		...(section.runningHead?.lines ?? []),
		...(section.dividers ?? []).map(({ line, text }) => ({ line, text })),
		...(section.furniture ?? []),
	].sort((a, b) => a.line - b.line);
}

/**
 * The lines of a section left blank in its text that part nothing: its articles' source lines (《人民日报》（2026年04月28日
 * 第 06 版）), which a crawler may keep between an article's header and its text, where print has no break; the lines
 * dividing its articles, which start an item instead (dividerStarts); a web page's furniture (分享到：, [图片]), which
 * stands between a title and its text as often as between two articles; and the lines of a page saved as Markdown that
 * are markup alone (a photo, ![…](…), where the page printed one; a crawler's label).
 */
export function partNothingLines(section: PageSection): ReadonlySet<number> {
	const sourceLines = [section.header, ...section.repeats].flatMap((header) => (header?.closes ? [header.line] : []));
	return new Set([
		...sourceLines,
		...(section.dividers ?? []).map((divider) => divider.line),
		...(section.furniture ?? []).map((furniture) => furniture.line),
		...(section.markdown?.markupLines ?? []),
	]);
}

/**
 * The lines that start an item because a divider stands over them: the first line of text under each, unless it is the
 * page's credits (本版责编：…), which no item holds. A rule right under an unfinished line that opens its block (a title, a
 * byline) underlines a header, as Markdown's text sets one (标题 / ======): it starts nothing. (Not under the last line of an
 * article's text, a credit under its paragraphs with no blank line over it: 制图：蔡华伟 / ----------, between two articles.)
 */
export function dividerStarts(section: PageSection): ReadonlySet<number> {
	const own = section.text.split(/\r\n|\r|\n/u);
	const starts = new Set<number>();
	for (const { line, link } of section.dividers ?? []) {
		const at = line - section.firstLine;
		if (link === undefined && underlinesLineAbove(own, at)) continue;
		const under = own.findIndex((text, index) => index > at && trimLine(text) !== '');
		if (under >= 0 && !isCreditLine(trimLine(own[under]!))) starts.add(under + section.firstLine);
	}
	return starts;
}

/**
 * Whether the rule at `at` (an index into the section's lines, its dividers blank) underlines the line right above it as
 * Markdown's text sets a header: a line with no sentence finished that opens its block (the section's first, or under a blank
 * line or another rule), over its article's byline or text. (Over a line that reads as a header, the line above is an article
 * of a title alone, as a crawler saves a photo's or an advertisement's: 图片报道 / ---------- / 乙文标题.)
 */
function underlinesLineAbove(own: readonly string[], at: number): boolean {
	const above = own[at - 1];
	if (above === undefined || trimLine(above) === '' || !isUnterminated(trimLine(above))) return false;
	if (at - 1 > 0 && trimLine(own[at - 2]!) !== '') return false;
	const under = own.slice(at + 1).find((text) => trimLine(text) !== '');
	return under === undefined || kindOf(trimLine(under)) !== 'title-like';
}

/** The lines of a text, split as the parser splits them (any line end); the end of the last line ends no line of its own. */
export function linesOf(source: string): string[] {
	const lines = source.split(/\r\n|\r|\n/);
	if (lines.length > 1 && lines.at(-1) === '') lines.pop();
	return lines;
}

/** A text of one page without a header: all of it. */
function whole(source: string, lineCount: number): PageSection {
	return { repeats: [], firstLine: 1, lastLine: Math.max(lineCount, 1), text: source, printed: source };
}

/** How a page text is cut into its pages. */
export interface SectionOptions {
	/**
	 * Whether lines that divide one article from the next (a rule, an article's address alone) are read as such, and a web
	 * page's furniture around them (web-furniture.ts). Not in a page joined from article files (article-files.ts): each file is
	 * one article as a crawler saved its text, and an address alone in it is its text (a company's website in an
	 * advertisement). Default: true.
	 */
	dividers?: boolean;
}

/**
 * The printed pages in a page text. Text above the first header (a crawler's title line) goes
 * with the first page, so that nothing is lost; the parser reads it as that page's top.
 */
export function splitSections(source: string, options: SectionOptions = {}): PageSection[] {
	const marked = readLayoutMarks(source);
	const sections = sectionsOf(marked?.text ?? source)
		.map(withRunningHead)
		.map((section) => (options.dividers === false ? section : withWebFurniture(withDividers(section))));
	if (!marked) return sections;
	const printedLines = linesOf(source);
	return sections.map((section) => withMarks(section, source, printedLines, marked));
}

/** The section of a page text with layout marks with its own, and its printed text as printed, marks and all. */
function withMarks(section: PageSection, source: string, printedLines: readonly string[], marked: LayoutReading): PageSection {
	const own = (line: number) => line >= section.firstLine && line <= section.lastLine;
	const printed = section.printed === marked.text ? source : printedLines.slice(section.firstLine - 1, section.lastLine).join('\n');
	const markdown = marked.markdown && {
		levels: new Map([...marked.markdown.levels].filter(([line]) => own(line))),
		bold: new Set([...marked.markdown.bold].filter(own)),
		markupLines: new Set([...marked.markdown.markupLines].filter(own)),
		...(marked.markdown.fields ? { fields: new Map([...marked.markdown.fields].filter(([line]) => own(line))) } : {}),
		...(marked.markdown.links ? { links: new Map([...marked.markdown.links].filter(([line]) => own(line))) } : {}),
		...(marked.markdown.dates ? { dates: new Map([...marked.markdown.dates].filter(([line]) => own(line))) } : {}),
	};
	const marks = marked.marks.filter((mark) => own(mark.line));
	return {
		...section,
		printed,
		marks,
		...(markdown ? { markdown } : {}),
		...(marked.labelled ? { labelled: true } : {}),
		...(marked.ocrSpaces ? { ocrSpaces: true } : {}),
		...(marked.pictureMarkers && marks.some((mark) => isPictureMarker(mark.text)) ? { pictureMarkers: true } : {}),
	};
}

/**
 * What a section's layout tells the parser: the lines that part nothing, the items its dividers and its Markdown marks
 * start (with the titles the marks give), and the headings and subtitles the marks set.
 */
export function layoutHints(
	section: PageSection,
): Required<Pick<ParseOptions, 'partNothing' | 'itemStarts' | 'titleLines' | 'onlyItemStarts'>> & Pick<ParseOptions, 'marked'> {
	const partNothing = partNothingLines(section);
	const dividers = dividerStarts(section);
	if (!section.markdown) return { partNothing, itemStarts: dividers, titleLines: new Set(), onlyItemStarts: false };
	const marked = markedSplit(section.text, section.firstLine, section.markdown, !section.labelled);
	return {
		partNothing,
		itemStarts: new Set([...dividers, ...marked.starts]),
		titleLines: marked.titles,
		onlyItemStarts: marked.everyItem,
		marked: { headings: marked.headings, subtitles: marked.subtitles, ...(section.markdown.fields ? { fields: section.markdown.fields } : {}) },
	};
}

/**
 * A line of rule characters alone, three or more (----------, ==========, ─────, - - -), or six dashes or more (——————):
 * what an export or a crawler prints between two articles. (Print's ornaments between a piece's sections, *** or ※, are not.)
 */
const RULE_LINE = /^(?:[-=_~─━═](?:[\s\u3000]*[-=_~─━═]){2,}|—{6,})$/u;
/**
 * A web address alone on its line, or after a label that says it is the article's (原文链接：, 链接：): what a crawler prints
 * above or under each article it saved. (Not 网址：…, which a notice prints as its own text.)
 */
const LINK_LINE = /^(?:(?:原文|文章|本文)?(?:链接|地址)[：:][\s\u3000]*)?(?<link>https?:\/\/[^\s\u3000，。；）)》”]+)$/u;

/** The divider a line is (a rule between articles, or an article's address), if it is one. */
function dividerOf(text: string, line: number): Divider | undefined {
	if (RULE_LINE.test(text)) return { line, text };
	const link = LINK_LINE.exec(text)?.groups?.link;
	return link === undefined ? undefined : { line, text, link };
}

/**
 * The section with a web page's furniture copied with its articles read as layout: blank for the parser, starting nothing.
 * (A line that names the article's outlet alone is so only right under an article's header, or where it names it under
 * several: isOutletSource.)
 */
function withWebFurniture(section: PageSection): PageSection {
	const own = section.text.split(/\r\n|\r|\n/u);
	const nextText = (index: number, step: 1 | -1) => {
		for (let at = index + step; at >= 0 && at < own.length; at += step) if (trimLine(own[at]!) !== '') return trimLine(own[at]!);
		return undefined;
	};
	const underHeader = (index: number) => {
		const [above, below] = [nextText(index, -1), nextText(index, 1)];
		// Under a title, or a document's date (（二〇一九年二月三日）), it is the site's even over nothing or over the page's
		// credits: an article of a title alone (a picture, 广告). A line led by a dash closes a header (its subtitle) but also a
		// quoted piece (its speaker, ——某纪念馆馆长, which print's note of sources follows): only the article's text under it says.
		// (A line of credits above is whole, no header: isUnterminated.)
		if (above === undefined) return false;
		if (isDocumentDate({ text: above })) return true;
		if (!isUnterminated(above)) return false;
		return !/^[—－-]/u.test(above) || (below !== undefined && !isCreditLine(below));
	};
	// The same outlet named on two lines or more is the site's template, set under every article's header however it ends
	// (a question, 校庆公告 over （第一号）): print names a compiled piece's sources once, under it.
	const outletLines = own.map(trimLine).filter(isOutletSource);
	const repeated = (text: string) => outletLines.indexOf(text) !== outletLines.lastIndexOf(text);
	const isFurniture = (text: string, index: number) => isWebFurniture(text) || (isOutletSource(text) && (repeated(text) || underHeader(index)));
	const furniture = own.flatMap((text, index) => (isFurniture(trimLine(text), index) ? [{ line: index + section.firstLine, text: trimLine(text) }] : []));
	if (furniture.length === 0) return section;
	for (const { line } of furniture) own[line - section.firstLine] = '';
	return { ...section, furniture, text: own.join('\n') };
}

/** The section with the lines dividing its articles read as layout: blank for the parser, each starting an item under it. */
function withDividers(section: PageSection): PageSection {
	const own = section.text.split(/\r\n|\r|\n/u);
	const dividers = own.flatMap((text, index) => dividerOf(trimLine(text), index + section.firstLine) ?? []);
	if (dividers.length === 0) return section;
	for (const { line } of dividers) own[line - section.firstLine] = '';
	return { ...section, dividers, text: own.join('\n') };
}

/**
 * The address online of each item, as the section's dividers give it (by the item's index): a crawler prints an article's
 * address either over each article or under each, and which the section shows by its first line of text: an address
 * there opens the article under it; anywhere else, an address closes the article above it. On a page that labels its fields,
 * an address labelled as the article's (链接：…) gives the link too.
 */
export function articleLinks(section: PageSection, items: readonly { lines: readonly [number, number] }[]): Map<number, string> {
	const links = (section.dividers ?? []).filter((divider) => divider.link !== undefined);
	const firstText = section.text.split(/\r\n|\r|\n/u).findIndex((text) => trimLine(text) !== '') + section.firstLine;
	const opens = links.length > 0 && links[0]!.line < firstText;
	const byItem = new Map<number, string>();
	for (const { line, link } of links) {
		const index = opens ? items.findIndex((item) => item.lines[0] > line) : items.findLastIndex((item) => item.lines[0] < line);
		// (One address to an item: a second over the same item is left in the archived text, not guessed at.)
		if (index >= 0 && !byItem.has(index)) byItem.set(index, link!);
	}
	// On a page that labels its fields, an address labelled so (链接：http://…) is the link of the article whose fields or text it
	// stands among: the last that starts above it.
	for (const [line, link] of section.markdown?.links ?? []) {
		const index = items.findLastIndex((item) => item.lines[0] < line);
		if (index >= 0 && !byItem.has(index)) byItem.set(index, link);
	}
	return byItem;
}

/** The section with the running head over its text, if it prints one, read as metadata and blanked for the parser. */
function withRunningHead(section: PageSection): PageSection {
	const own = section.text.split(/\r\n|\r|\n/u);
	const head = readRunningHead(own);
	if (!head) return section;
	for (const { line } of head.lines) own[line - 1] = '';
	const lines = head.lines.map(({ line, text }) => ({ line: line + section.firstLine - 1, text }));
	return { ...section, runningHead: { ...head, lines }, text: own.join('\n') };
}

function sectionsOf(source: string): PageSection[] {
	const lines = linesOf(source);
	const headers: PageHeader[] = [];
	// (Most files hold one page without a header: no need to read every line where none says 版.)
	if (source.includes('版')) {
		lines.forEach((line, index) => {
			const header = readPageHeader(line);
			if (header) headers.push({ line: index + 1, text: trimLine(line), ...header });
			else {
				const beforeText = readHeaderBeforeText(line);
				if (beforeText) headers.push({ line: index + 1, ...beforeText });
			}
		});
		dropIndexEntries(headers);
	}
	if (headers.length === 0) headers.push(...bareHeaders(lines));
	if (headers.length === 0) return (source.includes('版') ? closedSections(lines) : undefined) ?? formFedSections(lines) ?? [whole(source, lines.length)];
	// A header that repeats the one before it (same number, and same name where both print one)
	// goes on with that page: crawlers that dump articles print the page's header over each.
	const pages: { header: PageHeader; repeats: PageHeader[] }[] = [];
	for (const header of headers) {
		const current = pages.at(-1)?.header;
		const repeats =
			current !== undefined &&
			current.page === header.page &&
			(current.pageName === undefined || header.pageName === undefined || current.pageName === header.pageName);
		if (repeats) pages.at(-1)!.repeats.push(header);
		else pages.push({ header, repeats: [] });
	}
	return pages.map(({ header, repeats }, index) => {
		const firstLine = index === 0 ? 1 : header.line;
		const lastLine = (pages[index + 1]?.header.line ?? lines.length + 1) - 1;
		const own = lines.slice(firstLine - 1, lastLine);
		const printed = own.join('\n');
		// The source line a crawler keeps under each article (《人民日报》（2026年01月11日第 05 版）) is page metadata here too.
		const sourceLines = own.flatMap((text, i): PageHeader[] => {
			const read = i + firstLine === header.line ? undefined : readSourceLine(text);
			return read ? [{ line: i + firstLine, text: trimLine(text), ...read, closes: true }] : [];
		});
		const all = [...repeats, ...sourceLines].sort((a, b) => a.line - b.line);
		for (const { line, textAfter } of [header, ...all]) own[line - firstLine] = textAfter ?? '';
		return { header, repeats: all, firstLine, lastLine, text: own.join('\n'), printed };
	});
}

/** How close two lines that read as headers of different pages may stand before they are an index's entries. */
const MAX_INDEX_GAP = 2;

/** The shortest headline an index entry names; page names run shorter (要闻, 经济社会). */
const MIN_INDEX_HEADLINE = 5;

/**
 * Takes out of `headers` the lines of a front page's index (导读 / 第2版　某地推进乡村振兴 /
 * 第3版　某市建设智慧城市): bare lines (no colon, no brackets) naming different pages with a
 * headline rather than a page's name, one right under another, which no day's pages are (each
 * prints its text under its header).
 */
function dropIndexEntries(headers: PageHeader[]): void {
	const bare = (header: PageHeader) =>
		header.textAfter === undefined &&
		!/[：:【】[\]（）()]/u.test(header.text) &&
		[...(header.pageName ?? '')].length >= MIN_INDEX_HEADLINE &&
		!/[·・]/u.test(header.pageName ?? '');
	const entry = (header: PageHeader, other: PageHeader | undefined) =>
		other !== undefined && bare(header) && bare(other) && other.page !== header.page && Math.abs(other.line - header.line) <= MAX_INDEX_GAP;
	const entries = new Set(headers.filter((header, i) => entry(header, headers[i - 1]) || entry(header, headers[i + 1])));
	for (let i = headers.length - 1; i >= 0; i--) if (entries.has(headers[i]!)) headers.splice(i, 1);
}

/**
 * A file of several pages as pdftotext writes a PDF of several (a whole issue): each page's text ended by a form feed,
 * the next page's first line opening after it. Cut at each line a form feed opens, the pages in the file's order, each
 * numbered by its running head where it prints one (withRunningHead), else by its place (`sheet`, sectionPage). Undefined
 * where the file holds one page with text (a form feed at its end alone, as pdftotext ends every page).
 */
function formFedSections(lines: string[]): PageSection[] | undefined {
	const starts = lines.flatMap((line, index) => (index > 0 && line.startsWith(FORM_FEED) ? [index + 1] : []));
	if (starts.length === 0) return undefined;
	const bounds = [1, ...starts].map((firstLine, index, all) => ({ firstLine, lastLine: (all[index + 1] ?? lines.length + 1) - 1 }));
	// (Text only in the last page's form feed, or none between two: it joins the page before, so that nothing is lost.)
	const pages = bounds.filter(({ firstLine, lastLine }, index) => index === 0 || lines.slice(firstLine - 1, lastLine).some((line) => trimLine(line) !== ''));
	if (pages.length < 2) return undefined;
	return pages.map(({ firstLine }, index) => {
		const lastLine = (pages[index + 1]?.firstLine ?? lines.length + 1) - 1;
		const own = lines.slice(firstLine - 1, lastLine).join('\n');
		return { repeats: [], sheet: index + 1, firstLine, lastLine, text: own, printed: own };
	});
}

const FORM_FEED = '\f';

/**
 * The number of one printed page of a file: its header's, else its running head's, else for a page a form feed parts
 * from the others (a PDF's text) its place among them, as a whole issue's PDF orders its pages (sheetNumbered).
 */
export function sectionPage(section: PageSection): number | undefined {
	return section.header?.page ?? section.runningHead?.page ?? section.sheet;
}

/** Whether a page's number is its place among the pages of a PDF's text alone, nothing printed on it saying it: a guess. */
export function sheetNumbered(section: PageSection): boolean {
	return section.header?.page === undefined && section.runningHead?.page === undefined && section.sheet !== undefined;
}

/**
 * A file of articles each closed by its source line (《 人民日报 》（ 2026年04月30日 01 版）), as
 * crawlers of people.com.cn save them: cut after each page's last source line, the lines above it
 * its text; the source lines are page metadata, blank for the parser. Undefined where the file
 * prints none.
 */
function closedSections(lines: string[]): PageSection[] | undefined {
	const closers: PageHeader[] = [];
	lines.forEach((line, index) => {
		const read = readSourceLine(line);
		if (read) closers.push({ line: index + 1, text: trimLine(line), ...read, closes: true });
	});
	if (closers.length === 0) return undefined;
	// Articles of one page one after another close one section.
	const pages: PageHeader[][] = [];
	for (const closer of closers) {
		const current = pages.at(-1)?.[0];
		if (current && current.page === closer.page && current.date === closer.date && current.paper === closer.paper) pages.at(-1)!.push(closer);
		else pages.push([closer]);
	}
	return pages.map((group, index) => {
		const firstLine = index === 0 ? 1 : pages[index - 1]!.at(-1)!.line + 1;
		// Text after the last source line goes with the last page, so that nothing is lost.
		const lastLine = index === pages.length - 1 ? Math.max(lines.length, group.at(-1)!.line) : group.at(-1)!.line;
		const own = lines.slice(firstLine - 1, lastLine);
		const printed = own.join('\n');
		for (const { line } of group) own[line - firstLine] = '';
		return { header: group[0]!, repeats: group.slice(1), firstLine, lastLine, text: own.join('\n'), printed };
	});
}
