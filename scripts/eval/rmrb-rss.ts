/**
 * Reads 人民日报 articles from the RSS files of the public repository ifyuls/rmrb-rss, whose items
 * hold each article's HTML as paper.people.com.cn prints it: 引题 (h3), 标题 (h1), 副标题 (h2), the
 * byline (p.sec), and the paragraphs, bold ones being section headings. This is the ground truth
 * of the development corpus (scripts/eval/make-corpus.ts): what a careful editor would make of
 * each printed page.
 */
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { rehype } from 'rehype';
import { byTag, elements, hasClass, printed, rssItems, type SourceArticle, type SourceBlock } from './rss-html.ts';

const CREDITS = /^(?:本版责编|一版责编|[一二三四五六七八九十]+版责编)/;

/** Lines of a heading element: each <p> inside it, or its whole text. */
function headingLines(el: Element | undefined): string[] {
	if (!el) return [];
	const paragraphs = byTag(el, 'p');
	const lines = (paragraphs.length > 0 ? paragraphs : [el]).map((p) => printed(toString(p)));
	return lines.filter(Boolean);
}

function articleOf(html: string, page: number, pageName: string, date: string, itemTitle: string): SourceArticle | undefined {
	const tree = rehype().parse(html);
	const article = elements(tree).find((el) => el.tagName === 'div' && hasClass(el, 'article'));
	if (!article) return undefined;
	const first = (tag: string) => byTag(article, tag)[0];
	const kicker = headingLines(first('h3')).join(' ') || undefined;
	const titleLines = headingLines(first('h1'));
	const subtitle = headingLines(first('h2')).join(' ') || undefined;
	const sec = byTag(article, 'p').find((p) => hasClass(p, 'sec'));
	// The byline is the text of p.sec before its date span (《人民日报》（2026年04月28日 第 01 版）).
	const byline = sec
		? printed(
				sec.children
					.filter((child) => !(child.type === 'element' && child.tagName === 'span'))
					.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? toString(child) : ''))
					.join(''),
			) || undefined
		: undefined;
	const content = elements(article).find((el) => el.tagName === 'div' && el.properties.id === 'ozoom');
	const blocks: SourceBlock[] = [];
	for (const p of content ? byTag(content, 'p') : []) {
		const text = printed(toString(p));
		if (!text) continue; // a photo (img) alone
		const bold = byTag(p, 'strong')
			.map((s) => printed(toString(s)))
			.join(' ');
		blocks.push({ kind: bold === text ? 'heading' : 'paragraph', text });
	}
	const title = titleLines.join(' ') || printed(itemTitle);
	return { page, pageName, date, kicker, title, subtitle, byline, blocks, credits: CREDITS.test(title), html };
}

/** Every article of one RSS file (one day of the paper), in the file's order, which is print order. */
export function readRssDay(xml: string): SourceArticle[] {
	return rssItems(xml, /content\/(\d{4})(\d{2})\/(\d{2})\//).flatMap((item) => articleOf(item.html, item.page, item.pageName, item.date, item.title) ?? []);
}
