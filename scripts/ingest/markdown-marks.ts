/**
 * Pages some crawlers save as Markdown: the article's 标题 under `#`, its 引题 under `###` and 副标题 under `##`, a bold
 * paragraph (a section heading) between `**`, a byline quoted with `>`, ASCII punctuation escaped with `\`, a list item
 * after `- `, a link as `[text](address)`, a photo as a line `![…](address)`; and what a crawler adds: its stamp after
 * the byline it quotes (> 本报记者  金  歆《人民日报》（2025年04月10日第 04 版）), the series it labels an article with (> 系列：…). Read as plain
 * text, those marks would be text: `# 标题` a title with a hash in it, `**小标题**` a paragraph with stars. This module reads
 * the marks off such a page before it is parsed. They are layout, like an indent: taken out of the text the parser reads,
 * they say which lines are titles and headings, and the conservation check finds each at its place in the printed line.
 *
 * The marks are read line by line, not by a CommonMark parser: CommonMark's emphasis rules fail next to Chinese
 * punctuation (文字**“引号”**文字 is no bold there), and its other rules would read a plain page's lines as code, lists
 * or setext headings. A page is read as Markdown only where it marks a heading (`# …`) or a whole line in bold
 * (`**…**`), which no printed newspaper text does.
 */
import { parseSignatureLine } from './bylines.ts';
import { withoutMarks, type LayoutMark } from './layout-marks.ts';
import { isUnterminated, readLines } from './line-kinds.ts';
import { trimLine } from './text.ts';

/** A header line under an article's title, as a page's labels name it. */
export type HeaderField = 'kicker' | 'subtitle' | 'byline';

/** What a page saved as Markdown marks, line by line. */
export interface MarkdownLines {
	/** The level (1–6) of each line marked as a heading (`#` … `######`), by line. */
	levels: Map<number, number>;
	/** The lines all in bold (`**…**`, one run or several). */
	bold: Set<number>;
	/** The lines that are markup and nothing else (a photo, `![…](…)`; a crawler's label, `> 系列：…`): blank for the parser, parting nothing. */
	markupLines: Set<number>;
	/**
	 * On a page that labels its fields (field-labels.ts), the header lines under each article's title that its labels name,
	 * in whatever order the crawler wrote them (副标题：, 作者：, 引题： written after 标题：): none on a Markdown page.
	 */
	fields?: Map<number, HeaderField>;
	/** The addresses online labelled so (链接：http://…), by line, on a page that labels its fields; none on a Markdown page. */
	links?: Map<number, string>;
	/** The paper's dates labelled so (日期：2026-04-26), by line, as YYYY-MM-DD, on a page that labels its fields. */
	dates?: Map<number, string>;
}

/**
 * A heading's hashes and the spaces after them, after an indent of up to three spaces, over text that reads as a heading:
 * not a sentence closed by a full stop, which no title or heading is (# 这不是标题，…也只是文字。 is a line of text that opens
 * with a hash). `#` alone is an empty heading, left as text.
 */
const HEADING_MARK = /^(?<indent>[ \t]{0,3})(?<hashes>#{1,6})[ \t\u3000]+(?=\S)(?!.*[。.][”’」』）)]*[ \t\u3000#]*$)/u;
/** The hashes that may close a heading line (## 标题 ##). */
const CLOSING_HASHES = /[ \t\u3000]+#+[ \t]*$/u;
/** A quote's marks (> or > > ), after an indent of up to three spaces. */
const QUOTE_MARK = /^[ \t]{0,3}(?:>[ \t]?)+/u;
/** A run in bold: two stars, text that neither starts nor ends with a space, two stars. */
const BOLD_RUN = /\*\*(?=[^\s*])(?<inner>.*?[^\s*])\*\*/gu;
/** A backslash escaping ASCII punctuation (1\. , \*), as converters to Markdown write it, or ending a line (a hard break). */
const ESCAPE = /\\(?=[!-/:-@[-`{-~]|[ \t]*$)/gu;
/** A list item's bullet (- , * , + ) at the line's start. */
const BULLET = /^[ \t]{0,3}[-*+][ \t\u3000]+(?=\S)/u;
/** A line of rule characters and spaces alone (- - -, * * *): a rule, not a list item (page-sections.ts reads rules). */
const RULE_CHARACTERS = /^[-*+_=\s\u3000]+$/u;
/** A link around text ([text](address "title")): the brackets and the address are marks, the text is the page's. */
const LINK = /\[(?<text>[^\]]+)\]\((?<address>[^)\s]*)(?:\s+"[^"]*")?\)/gu;
/**
 * The paper, date and page a crawler stamps after the byline it quotes (> 本报记者  金  歆《人民日报》（2025年04月10日第 04 版）, its
 * spaces no-break ones where a site's page had them):
 * the crawler's, not the article's. (A stamp alone on its line is a source line, page metadata: page-sections.ts.)
 */
const BYLINE_STAMP =
	/(?<=\S)[ \t\u3000\u00a0]*《\p{Script=Han}{2,12}》[（(]\d{4}年\d{1,2}月\d{1,2}日[ \t\u3000\u00a0]*第?[ \t\u3000\u00a0]*\d{1,3}[ \t\u3000\u00a0]*版[）)][ \t\u3000\u00a0]*$/u;
/** A line in italics from end to end, one star or underscore on each side (not bold's two): *本报记者  孟祥夫*. */
const ITALIC_LINE = /^(?<indent>[ \t\u3000]*)(?<mark>[*_])(?![*_\s])(?<inner>[^*_]*[^*_\s])\k<mark>[ \t\u3000]*$/u;
/** A picture alone on its line (![alt](address)), which a crawler writes where the page printed a photo: markup, all of it. */
const PICTURE_LINE = /^(?<indent>[ \t\u3000]*)(?<markup>!\[[^\]]*\]\([^)]*\))[ \t\u3000]*$/u;
/** The series a crawler labels an article with from the page's list of columns, quoted under its title (> 系列：深阅读): not printed. */
const SERIES_LABEL_LINE = /^(?<indent>[ \t]{0,3})(?<markup>>[ \t]?系列[：:].*?)[ \t\u3000]*$/u;

/** Whether a line ends with the paper, date and page a site stamps after a byline (BYLINE_STAMP), text before it. */
export function endsWithBylineStamp(line: string): boolean {
	return BYLINE_STAMP.test(line);
}

/** Whether a page text is Markdown: some line is a heading (`# …`) or all in bold. */
export function isMarkdown(source: string): boolean {
	if (!source.includes('#') && !source.includes('**')) return false;
	return source.split(/\r\n|\r|\n/u).some((line) => HEADING_MARK.test(line) || isAllBold(trimLine(line)));
}

/**
 * A page's lines as the parser reads their text: on a page saved as Markdown, each with its marks taken out (`# 标题` is
 * 标题), so that a split hint names a title as the page prints it; any other page's as they are.
 */
export function unmarkedLines(lines: readonly string[]): string[] {
	if (!isMarkdown(lines.join('\n'))) return [...lines];
	return lines.map((line, index) => withoutMarks(line, readMarkdownLine(line, index + 1).marks));
}

/** Whether a line, trimmed, is bold from end to end (in one run or several: **线上对接供需****盘活闲置资产**). */
function isAllBold(line: string): boolean {
	if (!line.startsWith('**') || !line.endsWith('**')) return false;
	// (Nothing left once the bold runs are out: the line is one run or several, as `****` alone is none.)
	return line.replace(BOLD_RUN, '') === '';
}

/** The Markdown marks of one line (1-based `line`, its references read), and what they make of the line. */
export function readMarkdownLine(printed: string, line: number): { marks: LayoutMark[]; level?: number; bold: boolean; markup: boolean } {
	const markup = (PICTURE_LINE.exec(printed) ?? SERIES_LABEL_LINE.exec(printed))?.groups;
	if (markup) {
		const mark = { line, at: markup.indent!.length, text: markup.markup! };
		return { marks: [mark], bold: false, markup: true };
	}
	const marks: LayoutMark[] = [];
	let level: number | undefined;
	let body = printed;
	let offset = 0;
	// A heading, a quote or a list item's bullet marks the line's start; a heading may close with hashes too.
	const heading = HEADING_MARK.exec(body);
	const quote = heading ? undefined : QUOTE_MARK.exec(body);
	const bullet = heading || quote || RULE_CHARACTERS.test(body) ? undefined : BULLET.exec(body);
	const opening = heading?.[0] ?? quote?.[0] ?? bullet?.[0];
	if (opening !== undefined) {
		const indent = heading?.groups?.indent?.length ?? 0;
		marks.push({ line, at: indent, text: opening.slice(indent) });
		level = heading?.groups?.hashes?.length;
		body = body.slice(opening.length);
		offset = opening.length;
	}
	const closing = heading ? CLOSING_HASHES.exec(body) : quote ? BYLINE_STAMP.exec(body) : null;
	if (closing) {
		marks.push({ line, at: offset + closing.index, text: closing[0] });
		body = body.slice(0, closing.index);
	}
	const bold = isAllBold(trimLine(body));
	// Bold runs and escapes anywhere in the rest, in order.
	const inner: LayoutMark[] = [];
	// A whole line in italics (*本报记者  孟祥夫*, as a converter writes a byline a page set in <em>): its stars are marks, and
	// unlike bold it makes the line nothing more than its text.
	const italic = ITALIC_LINE.exec(body)?.groups;
	if (italic) {
		inner.push({ line, at: offset + italic.indent!.length, text: italic.mark! });
		inner.push({ line, at: offset + italic.indent!.length + 1 + italic.inner!.length, text: italic.mark! });
	}
	for (const run of body.matchAll(BOLD_RUN)) {
		inner.push({ line, at: offset + run.index, text: '**' });
		inner.push({ line, at: offset + run.index + 2 + run.groups!.inner!.length, text: '**' });
	}
	for (const link of body.matchAll(LINK)) {
		inner.push({ line, at: offset + link.index, text: '[' });
		inner.push({ line, at: offset + link.index + 1 + link.groups!.text!.length, text: link[0].slice(1 + link.groups!.text!.length) });
	}
	let escaped: number | undefined;
	for (const escape of body.matchAll(ESCAPE)) {
		const at = offset + escape.index;
		// (Not a backslash another escapes, \\ being one backslash of text, nor one inside a link's address.)
		if ((escaped !== undefined && at === escaped + 1) || inner.some((mark) => at >= mark.at && at < mark.at + mark.text.length)) continue;
		inner.push({ line, at, text: '\\' });
		escaped = at;
	}
	inner.sort((a, b) => a.at - b.at);
	marks.push(...inner);
	return { marks, level, bold, markup: false };
}

/** What the marks of a page written in Markdown say of its split (markedSplit). */
export interface MarkedSplit {
	/** The lines that start an item: each title's, or its kicker's above it. */
	starts: Set<number>;
	/** The lines that are an item's title. */
	titles: Set<number>;
	/** Whether the marks give every item of the page: no text stands above the first. */
	everyItem: boolean;
	/** The lines the marks set as section headings, each with its depth (2, or 3 under a shallower mark). */
	headings: Map<number, 2 | 3>;
	/** The lines the marks set as subtitles: a deeper-marked line right under a title (## 副标题). */
	subtitles: Set<number>;
}

/** How bold ranks among headings' levels: under ###### and the like, a bold paragraph is the body's plainest heading. */
const BOLD_LEVEL = 7;

/**
 * The split a page's Markdown marks give (`text` the page as the parser reads it, `firstLine` its first line in the file).
 * The page's titles are its lines under the fewest hashes (# 标题): each starts an item, or a deeper-marked line right above
 * it does (### 引题), and a deeper-marked line right under it is its subtitle (## 副标题). Other marked lines are section
 * headings (**小标题**, ### 小标题). A page whose one line under the fewest hashes is its first
 * line, right over a marked line, with more under the next level, names the page or the paper (# 人民日报 / ## 标题): the
 * titles are the next level's. (A page of one article under its title, # 标题 / 本报记者… / ### 小标题, has no such line.)
 * `plainKickers`: whether a kicker may stand unmarked over its marked title, as on a page whose marks set no kicker; not
 * where every field is labelled (field-labels.ts), whose kickers are labelled too. Default: true.
 */
export function markedSplit(text: string, firstLine: number, marked: Pick<MarkdownLines, 'levels' | 'bold'>, plainKickers = true): MarkedSplit {
	const own = text.split(/\r\n|\r|\n/u);
	const textLines = own.flatMap((line, index) => (trimLine(line) === '' ? [] : [index + firstLine]));
	const previous = (line: number) => textLines.findLast((other) => other < line);
	const next = (line: number) => textLines.find((other) => other > line);
	const levelOf = (line: number) => marked.levels.get(line) ?? (marked.bold.has(line) ? BOLD_LEVEL : undefined);
	const markedLines = textLines.filter((line) => levelOf(line) !== undefined);
	const headingLevels = [...new Set(markedLines.flatMap((line) => marked.levels.get(line) ?? []))].sort((a, b) => a - b);
	let titleLevel = headingLevels[0];
	const atLevel = (level: number | undefined) => markedLines.filter((line) => marked.levels.get(line) === level);
	const top = atLevel(titleLevel);
	const only = top.length === 1 ? top[0] : undefined;
	const namesPage = only !== undefined && only === textLines[0] && levelOf(next(only) ?? -1) !== undefined && atLevel(headingLevels[1]).length > 1;
	if (namesPage) titleLevel = headingLevels[1];
	const titles = new Set(titleLevel === undefined ? [] : atLevel(titleLevel));
	const starts = new Set<number>();
	const subtitles = new Set<number>();
	const markedKicker = (title: number) => {
		const above = previous(title);
		return above !== undefined && !titles.has(above) && levelOf(above)! > titleLevel! && !titles.has(previous(above) ?? -1);
	};
	// Where the page marks no kicker, a kicker is printed plain over its marked title: an unfinished line right above it.
	const marksKickers = [...titles].some(markedKicker);
	const kinds = marksKickers ? undefined : new Map(readLines(text, firstLine).map((line) => [line.number, line.kind]));
	// (A line like a title and unfinished, or one that ends with a colon, a speaker's over the words quoted as the title:
	// 中国科学院合肥物质科学研究院副院长宋云涛： / # “为最终解决能源问题贡献中国智慧”. Not a paragraph's last sentence.)
	const plainKicker = (title: number) => {
		const above = previous(title);
		if (!plainKickers || above === undefined || levelOf(above) !== undefined || kinds === undefined) return false;
		const printed = trimLine(own[above - firstLine]!);
		if (/[：:]$/u.test(printed)) return true;
		// (Not a name alone, which signs the text above or credits its photo: 徐之文.)
		return kinds.get(above) === 'title-like' && isUnterminated(printed) && parseSignatureLine(printed) === undefined;
	};
	for (const title of titles) {
		const above = previous(title);
		starts.add(markedKicker(title) || plainKicker(title) ? above! : title);
		const under = next(title);
		if (under !== undefined && !titles.has(under) && levelOf(under) !== undefined) subtitles.add(under);
	}
	const firstStart = textLines.find((line) => starts.has(line)) ?? 0;
	const headingLines = markedLines.filter((line) => !titles.has(line) && !starts.has(line) && !subtitles.has(line) && line > firstStart);
	const depths = [...new Set(headingLines.map((line) => levelOf(line)!))].sort((a, b) => a - b);
	const headings = new Map(headingLines.map((line) => [line, depths.indexOf(levelOf(line)!) === 0 ? 2 : 3] as const));
	const first = textLines[0];
	return { starts, titles, everyItem: first !== undefined && starts.has(first), headings, subtitles };
}
