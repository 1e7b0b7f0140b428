/**
 * Reads 人民日报 articles from the RSS files of the public repository ifyuls/rmrb-rss, whose items
 * hold each article's HTML as paper.people.com.cn prints it: 引题 (h3), 标题 (h1), 副标题 (h2), the
 * byline (p.sec), and the paragraphs, bold ones being section headings. This is the ground truth
 * of the development corpus (scripts/eval/make-corpus.ts): what a careful editor would make of
 * each printed page.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { rehype } from 'rehype';

export interface SourceArticle {
	/** Page (版) number and name, from the item title "[01版：要闻] …". */
	page: number;
	pageName: string;
	/** Print date, YYYY-MM-DD. */
	date: string;
	kicker?: string;
	title: string;
	subtitle?: string;
	/** The byline as printed above the text (本报记者  朱  隽  郁静娴), when there is one. */
	byline?: string;
	/** The text in print order: paragraphs, bold section headings and photo captions. */
	blocks: SourceBlock[];
	/** Whether the item is the page's editor credits (本版责编：…) rather than an article. */
	credits: boolean;
}

export interface SourceBlock {
	kind: 'paragraph' | 'heading';
	text: string;
}

const ITEM = /<item>([\s\S]*?)<\/item>/g;
const PAGE_TITLE = /^\[(\d{2})版：([^\]]+)\]\s*(.*)$/s;
const CREDITS = /^(?:本版责编|一版责编|[一二三四五六七八九十]+版责编)/;

/**
 * A block's text as a crawler of the page would give it: no-break spaces as spaces, line breaks
 * of the HTML source and the leading indent gone, the spaces printed inside the text kept
 * (本报记者  朱  隽: two spaces part names, a space inside a two-character name pads it).
 */
export function printed(text: string): string {
	return text
		.replace(/\u00a0/g, ' ')
		.replace(/[\t\r\n]+/g, '')
		.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '');
}

/** The text of an RSS item's element, its XML entities decoded. */
export function xmlText(xml: string, tag: string): string | undefined {
	const match = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml);
	return match ? decodeXml(match[1]!) : undefined;
}

function decodeXml(text: string): string {
	return text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (all, name: string) => {
		if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1)));
		return ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' } as Record<string, string>)[name.toLowerCase()] ?? all;
	});
}

function elements(node: Root | Element): Element[] {
	const found: Element[] = [];
	const walk = (children: (ElementContent | Root['children'][number])[]) => {
		for (const child of children) {
			if (child.type !== 'element') continue;
			found.push(child);
			walk(child.children);
		}
	};
	walk(node.children);
	return found;
}

const byTag = (node: Root | Element, tag: string) => elements(node).filter((el) => el.tagName === tag);
const hasClass = (el: Element, name: string) => ([] as unknown[]).concat(el.properties.className ?? []).includes(name);

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
	return { page, pageName, date, kicker, title, subtitle, byline, blocks, credits: CREDITS.test(title) };
}

/** Every article of one RSS file (one day of the paper), in the file's order, which is print order. */
export function readRssDay(xml: string): SourceArticle[] {
	const articles: SourceArticle[] = [];
	for (const [, item] of xml.matchAll(ITEM)) {
		const heading = PAGE_TITLE.exec(xmlText(item!, 'title') ?? '');
		const link = xmlText(item!, 'link') ?? '';
		const day = /content\/(\d{4})(\d{2})\/(\d{2})\//.exec(link);
		const description = xmlText(item!, 'description');
		if (!heading || !day || !description) continue;
		const article = articleOf(description, Number(heading[1]), heading[2]!.trim(), `${day[1]}-${day[2]}-${day[3]}`, heading[3]!);
		if (article) articles.push(article);
	}
	return articles;
}
