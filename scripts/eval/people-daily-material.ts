/**
 * Reads 人民日报 articles from the crawl the public repository leeperfect/PeopleDailyMaterial keeps
 * in `data/raw/articles_YYYYMMDD.json`: one JSON array per day, each article with its page
 * (section_no, section_name), its link, and `markdown_body`, the article as paper.people.com.cn
 * prints it turned into Markdown: 引题 as `###`, 标题 as `#`, 副标题 as `##`, the byline line as a
 * quote before 《人民日报》 and the date, bold paragraphs (section headings) as `**…**`.
 *
 * Its days of 2025 are not in ifyuls/rmrb-rss (which starts on 2026-04-26), so they are real pages
 * the evaluation does not reserve and the parser was never tuned on. The crawl keeps the articles
 * of a page it classified and leaves out the page's editor credits, so a page of this corpus may
 * hold fewer articles than the printed one; each article is as printed.
 */
import type { SourceArticle, SourceBlock } from './rss-html.ts';

/** The fields of one article of the crawl that the corpus reads. */
export interface CrawledArticle {
	url: string;
	date: string;
	section_no: string;
	section_name: string;
	title: string;
	/** The article's text; missing where the crawler kept only the link (every article of 2026-02-08). */
	markdown_body?: string;
}

/** The byline quote: the names before the paper's name and the date (本报记者  金  歆《人民日报》（2025年04月10日第 04 版）). */
const BYLINE = /^>\s?(.*?)《人民日报》（\d{4}年\d{2}月\d{2}日\s*第\s*\d+\s*版）\s*$/u;
/** A label the crawler adds from the page's column list (系列：深阅读), not printed in the article. */
const SERIES = /^>\s?系列：/u;
/** A picture alone on its line. */
const PICTURE = /^!\[[^\]]*\]\([^)]*\)$/u;

/** The paper's name, date and page, which the crawl prints under an article's header: 《人民日报》（2025年03月06日第 04 版）. */
const EDITION_STAMP = /^《人民日报》[（(]\d{4}年\d{2}月\d{2}日第\s*\d+\s*版[）)]$/u;

/** A line's text as a reader of the page sees it: no-break spaces as spaces, the ends trimmed, the spaces inside kept. */
function printed(text: string): string {
	return text.replace(/\u00a0/g, ' ').replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '');
}

/** One article of the crawl as the corpus's ground truth, or undefined for one without a title. */
export function articleOf(crawled: CrawledArticle): SourceArticle | undefined {
	const kicker: string[] = [];
	const title: string[] = [];
	const subtitle: string[] = [];
	let byline: string | undefined;
	const blocks: SourceBlock[] = [];
	for (const raw of (crawled.markdown_body ?? '').split(/\r\n|\r|\n/u)) {
		const line = raw.trimEnd();
		if (!line.trim() || PICTURE.test(line.trim())) continue;
		const heading = /^(#{1,3})\s+(.*)$/u.exec(line);
		if (heading && blocks.length === 0) {
			const text = printed(heading[2]!);
			if (text) (({ 1: title, 2: subtitle, 3: kicker }) as Record<number, string[]>)[heading[1]!.length]!.push(text);
			continue;
		}
		const quote = BYLINE.exec(line);
		if (quote && blocks.length === 0) {
			byline = printed(quote[1]!) || undefined;
			continue;
		}
		if (SERIES.test(line) && blocks.length === 0) continue;
		// A rule of stars between parts (***  ***) is printed as it stands, not bold type.
		if (/^[*\s\u3000]+$/u.test(line)) {
			blocks.push({ kind: 'paragraph', text: printed(line) });
			continue;
		}
		// A paragraph all in bold, in one run or several (**线上对接供需****盘活闲置资产**), is a heading.
		const bold = /^(?:\*\*[^*]+\*\*)+$/u.test(line.trim());
		const text = printed(line.replace(/\*\*/gu, ''));
		if (text) blocks.push({ kind: bold ? 'heading' : 'paragraph', text });
	}
	const page = Number(crawled.section_no);
	// (Where the crawl lost the title line, its title field holds only the paper and the page, 《人民日报》（…第 04 版）:
	// the article's title is unknown, so it is left out.)
	const theTitle = title.join(' ') || (EDITION_STAMP.test(printed(crawled.title)) ? '' : printed(crawled.title));
	if (!theTitle || !Number.isInteger(page)) return undefined;
	return {
		page,
		pageName: crawled.section_name,
		date: crawled.date,
		kicker: kicker.join(' ') || undefined,
		title: theTitle,
		subtitle: subtitle.join(' ') || undefined,
		byline,
		blocks,
		credits: false,
	};
}

/** The article's number on paper.people.com.cn (content_30066896.html), which follows print order within a page. */
function contentNumber(url: string): number {
	return Number(/content_(\d+)\.html/u.exec(url)?.[1] ?? Number.MAX_SAFE_INTEGER);
}

/** Every article of one day's file, page by page and in print order within each page. */
export function readCrawledDay(json: string): SourceArticle[] {
	const crawled = JSON.parse(json) as CrawledArticle[];
	return crawled
		.toSorted((a, b) => Number(a.section_no) - Number(b.section_no) || contentNumber(a.url) - contentNumber(b.url))
		.flatMap((article) => articleOf(article) ?? []);
}
