/**
 * rehype plugin: gives every section heading (h2, h3) that has an id its permanent-link anchor,
 * `<a class="anchor" href="#id">#</a>`, after the heading's text. The layout's script makes a
 * click on it also copy the link; without script it is an ordinary permanent link. Kept out of the
 * search index (data-pagefind-ignore), so "#" never matches.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface SectionAnchorOptions {
	/** Heading elements that get an anchor. Default: ['h2', 'h3']. */
	headings?: string[];
	/** The anchor's accessible name. Default: '本节的永久链接（点击复制）'. */
	label?: string;
}

export default function rehypeSectionAnchors(options: SectionAnchorOptions = {}) {
	const headings = new Set(options.headings ?? ['h2', 'h3']);
	const label = options.label ?? '本节的永久链接（点击复制）';
	return (tree: Root) => {
		visit(tree, 'element', (node: Element) => {
			const id = node.properties.id;
			if (!headings.has(node.tagName) || typeof id !== 'string' || id === '') return;
			node.children.push({
				type: 'element',
				tagName: 'a',
				properties: { className: ['anchor'], href: `#${id}`, ariaLabel: label, dataPagefindIgnore: true },
				children: [{ type: 'text', value: '#' }],
			});
		});
	};
}
