/**
 * The elements of a built HTML page, parsed the way a browser parses it (rehype, i.e. parse5), for
 * the checks that read the built site: links, ids, scripts and stylesheets.
 */
import type { Element, Root, RootContent } from 'hast';
import { rehype } from 'rehype';

/** Every element of the document, in document order. */
export function htmlElements(html: string): Element[] {
	const found: Element[] = [];
	const visit = (node: Root | RootContent) => {
		if (node.type === 'element') found.push(node);
		if ('children' in node) for (const child of node.children) visit(child);
	};
	visit(rehype().parse(html));
	return found;
}

/** An attribute as a string (class lists and other lists joined by spaces), or undefined. */
export function attribute(element: Element, name: string): string | undefined {
	const value = element.properties[name];
	if (Array.isArray(value)) return value.join(' ');
	return typeof value === 'string' ? value : undefined;
}

/** The text inside an element, such as an inline script's code. */
export function textOf(element: Element): string {
	return element.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : '')).join('');
}

/**
 * Scripts that run when the page loads, each as its src or its inline code: not data blocks such
 * as JSON-LD.
 */
export function runningScripts(elements: Element[]): string[] {
	return elements
		.filter((e) => e.tagName === 'script' && (!e.properties.type || /^(module|(text|application)\/(java|ecma)script)$/i.test(String(e.properties.type))))
		.map((e) => attribute(e, 'src') ?? textOf(e));
}
