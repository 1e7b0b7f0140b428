/**
 * What the indexer makes of an item page before Pagefind sees it: the page's indexed part alone,
 * and a copy of it in which every character stands alone (see src/search/shared/tokens.ts), so
 * that readers get the page as printed, the index gets single characters, and search finds any
 * run of characters. Pure string → string, so they are tested without Pagefind.
 */
import type { Element, Root, RootContent } from 'hast';
import { rehype } from 'rehype';
import { BLOCK_END, symbolsIn, toIndexText } from '../../src/search/shared/tokens.ts';

const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript']);
/** Elements whose text is a block of its own: a phrase never runs from one into the next. */
const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'figcaption', 'blockquote', 'dt', 'dd', 'td', 'th']);

/**
 * Spaces out the characters of the text under [data-pagefind-body], leaving metadata as it is.
 * The punctuation and symbols of the text Pagefind will index are added to `symbols`.
 */
export function singleCharacterCopy(html: string, symbols?: Set<string>): string {
	const processor = rehype().use(() => (tree: Root) => {
		const visit = (node: Root | RootContent, inBody: boolean, ignored = false): void => {
			if (node.type === 'text') {
				if (inBody && symbols && !ignored) symbolsIn(node.value, symbols);
				if (inBody) node.value = toIndexText(node.value);
				return;
			}
			if (node.type !== 'root' && node.type !== 'element') return;
			if (node.type === 'element') {
				const element = node as Element;
				if (SKIPPED_TAGS.has(element.tagName)) return;
				const props = element.properties;
				// Metadata and filters are shown to readers as they are: keep them unspaced.
				if (props.dataPagefindMeta !== undefined || props.dataPagefindFilter !== undefined || props.dataPagefindSort !== undefined) return;
				inBody ||= props.dataPagefindBody !== undefined;
				ignored ||= props.dataPagefindIgnore !== undefined;
				if (inBody && BLOCK_TAGS.has(element.tagName)) {
					for (const child of element.children) visit(child, inBody, ignored);
					element.children.push({ type: 'text', value: ` ${BLOCK_END} ` });
					return;
				}
			}
			for (const child of node.children) visit(child, inBody, ignored);
		};
		visit(tree, false);
	});
	return String(processor.processSync(html));
}

/**
 * The part of an item page the indexer needs, its [data-pagefind-body] element (metadata, filters
 * and section ids are inside it), in a bare document: the sidebar and head are most of a page's
 * bytes, and parsing them for every item was most of the indexing time.
 */
export function indexedPart(html: string): string {
	const attribute = html.indexOf('data-pagefind-body');
	const start = html.lastIndexOf('<', attribute);
	const tag = /^<([a-z][a-z0-9]*)/i.exec(html.slice(start))?.[1];
	const end = tag ? html.indexOf(`</${tag}>`, attribute) : -1;
	if (attribute < 0 || !tag || end < 0) return html;
	return `<!doctype html><html lang="zh-CN"><head><title></title></head><body>${html.slice(start, end + tag.length + 3)}</body></html>`;
}
