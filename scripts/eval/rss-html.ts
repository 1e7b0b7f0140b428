/**
 * What the readers of the corpus's sources share (scripts/eval/rmrb-rss.ts, xhmrdx-rss.ts,
 * xxsb-rss.ts): the article every source gives, the items of a paper's RSS feed with the page each
 * is printed on, and the few walks over an article's HTML they need.
 */
import type { Element, ElementContent, Root } from 'hast';

/** One article as its source prints it: the ground truth of the development corpus. */
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
	/** The item's HTML as the feed holds it (the site's article), where the source has it. */
	html?: string;
}

export interface SourceBlock {
	kind: 'paragraph' | 'heading';
	text: string;
}

/** One item of a paper's feed: where the article is printed, and its HTML. */
export interface RssItem {
	page: number;
	pageName: string;
	/** Print date, YYYY-MM-DD, from the item's link. */
	date: string;
	/** The item's title after its page: the article's title as the feed gives it. */
	title: string;
	html: string;
}

const ITEM = /<item>([\s\S]*?)<\/item>/g;
const PAGE_TITLE = /^\[(\d{2})版：([^\]]+)\]\s*(.*)$/s;

/**
 * The items of one RSS file (one day or issue of a paper), in the file's order, which is print
 * order; `linkDate` finds year, month and day in an item's link. Items without a page, a date or
 * HTML are left out.
 */
export function rssItems(xml: string, linkDate: RegExp): RssItem[] {
	const items: RssItem[] = [];
	for (const [, item] of xml.matchAll(ITEM)) {
		const heading = PAGE_TITLE.exec(xmlText(item!, 'title') ?? '');
		const day = linkDate.exec(xmlText(item!, 'link') ?? '');
		const html = xmlText(item!, 'description');
		if (!heading || !day || !html) continue;
		items.push({ page: Number(heading[1]), pageName: heading[2]!.trim(), date: `${day[1]}-${day[2]}-${day[3]}`, title: heading[3]!, html });
	}
	return items;
}

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
function xmlText(xml: string, tag: string): string | undefined {
	const match = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml);
	return match ? decodeXml(match[1]!) : undefined;
}

function decodeXml(text: string): string {
	return text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (all, name: string) => {
		if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1)));
		return ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' } as Record<string, string>)[name.toLowerCase()] ?? all;
	});
}

export const isElement = (node: ElementContent | Root['children'][number]): node is Element => node.type === 'element';

/** Every element under `node`, in document order. */
export function elements(node: Root | Element): Element[] {
	const found: Element[] = [];
	const walk = (children: (ElementContent | Root['children'][number])[]) => {
		for (const child of children) {
			if (!isElement(child)) continue;
			found.push(child);
			walk(child.children);
		}
	};
	walk(node.children);
	return found;
}

export const byTag = (node: Root | Element, tag: string) => elements(node).filter((el) => el.tagName === tag);
export const hasClass = (el: Element, name: string) => ([] as unknown[]).concat(el.properties.className ?? []).includes(name);

/** The element that holds `target` among its children. */
export function parentOf(node: Root | Element, target: Element): Root | Element | undefined {
	for (const child of node.children) {
		if (child === target) return node;
		if (!isElement(child)) continue;
		const found = parentOf(child, target);
		if (found) return found;
	}
	return undefined;
}
