/**
 * Reads 学习时报 articles from the RSS files of the public repository ifyuls/xxsb-rss, whose items
 * hold each article's page from paper.studytimes.cn: the 引题 (h3.headline), the 标题 (h1), the 副题
 * (h3.subtitle), the author as the site prints it above the text (p.datesource: 中国作家协会党组书记、
 * 主席 张宏森 字数: 2959), and the paragraphs, bold ones being section headings. A third paper: long
 * theory articles signed by a name, often with the writer's posts, under bold section headings.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { rehype } from 'rehype';
import { elements, hasClass, printed, rssItems, type SourceArticle, type SourceBlock } from './rss-html.ts';

/** The date in the article's link: https://paper.studytimes.cn/cntheory/2026-04/27/content_9956472.html. */
const LINK_DATE = /cntheory\/(\d{4})-(\d{2})\/(\d{2})\//;

const descendants = (node: Root | Element, test: (el: Element) => boolean) => elements(node).filter(test);
const textOf = (el: Element | undefined) => (el ? printed(toString(el).replace(/\s*[\r\n]+\s*/gu, '')) : '');

/** The paragraphs of the text: each <p> that holds text and no other <p> (the site nests them), bold ones headings. */
function blocksOf(content: Element): SourceBlock[] {
	const paragraphs = descendants(content, (el) => el.tagName === 'p' && descendants(el, (inner) => inner.tagName === 'p').length === 0);
	const blocks: SourceBlock[] = [];
	for (const p of paragraphs) {
		const text = textOf(p);
		if (!text) continue; // an empty paragraph, or a picture alone
		const bold = descendants(p, (el) => el.tagName === 'strong' || el.tagName === 'b')
			.map((el) => textOf(el))
			.join('');
		blocks.push({ kind: bold.replace(/\s+/gu, '') === text.replace(/\s+/gu, '') ? 'heading' : 'paragraph', text });
	}
	return blocks;
}

function articleOf(html: string, page: number, pageName: string, date: string, itemTitle: string): SourceArticle | undefined {
	const tree = rehype().parse(html);
	const first = (test: (el: Element) => boolean) => descendants(tree, test)[0];
	const content = first((el) => el.tagName === 'cms-content');
	if (!content) return undefined;
	const blocks = blocksOf(content);
	if (blocks.length === 0) return undefined; // a page's picture (本期导读), an advertisement
	const kicker = textOf(first((el) => el.tagName === 'h3' && hasClass(el, 'headline'))) || undefined;
	const title = textOf(first((el) => el.tagName === 'h1')) || printed(itemTitle);
	const subtitle = textOf(first((el) => el.tagName === 'h3' && hasClass(el, 'subtitle'))) || undefined;
	// The author is what p.datesource prints before the word count.
	const source = textOf(first((el) => el.tagName === 'p' && hasClass(el, 'datesource')));
	const byline =
		source
			.replace(/\s*字数[:：]?\s*\d*\s*$/u, '')
			.replace(/\s+/gu, ' ')
			.trim() || undefined;
	return { page, pageName, date, kicker, title, subtitle, byline, blocks, credits: false };
}

/**
 * Every article of one RSS file (one issue), in the file's order, which is print order. An
 * article the feed gives twice (on the front page and again on its own page) is read once, where
 * it first appears.
 */
export function readStudyTimesDay(xml: string): SourceArticle[] {
	const seen = new Set<string>();
	return rssItems(xml, LINK_DATE).flatMap((item) => {
		const article = articleOf(item.html, item.page, item.pageName, item.date, item.title);
		const key = article && `${article.title}\n${article.blocks[0]!.text}`;
		if (!article || seen.has(key!)) return [];
		seen.add(key!);
		return [article];
	});
}
