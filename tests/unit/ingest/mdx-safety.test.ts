/**
 * Property test: newspaper text never becomes code. Random Chinese, Latin and punctuation (MDX's
 * dangerous characters and keywords over-represented) is written as MDX by the ingester's
 * serialiser, then read back two ways: compiled and evaluated by Sätteri (Astro's MDX compiler,
 * with the site's features), and rendered by the site's own item renderer (collection/render-item.ts,
 * which the content loader uses). Both give back the same text, and nothing ran.
 */
import fc from 'fast-check';
import { evaluate, mdxToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { rehype } from 'rehype';
import { bodyToMdx } from '../../../scripts/ingest/to-mdx.ts';
import { renderItemBody } from '../../../src/collection/render-item.ts';
import type { BodyBlock } from '../../../scripts/ingest/parse-page.ts';

const FEATURES = { gfm: false, smartPunctuation: false };

const fragments = fc.constantFrom(
	'<',
	'>',
	'{',
	'}',
	'&',
	'&amp;',
	'&#123;',
	'*',
	'**',
	'_',
	'__',
	'#',
	'## ',
	'`',
	'```',
	'[',
	']',
	'(',
	')',
	'![',
	'|',
	'~',
	'~~',
	'\\',
	'-',
	'+',
	'.',
	'1.',
	'1)',
	'---',
	'===',
	'> ',
	'import ',
	'export ',
	'import x from "y"',
	'export default 1',
	'<!--',
	'-->',
	'<div>',
	'</p>',
	'<Foo />',
	'{props.title}',
	'{1+1}',
	'http://example.org',
	'<https://a.b>',
	'$',
	'$$',
	':',
	'“',
	'”',
	'，',
	'。',
	'、',
	'（',
	'）',
	'《',
	'》',
	'——',
	'……',
	'\u3000',
	' ',
	'GLP-1',
	'web3',
	'500PFLOPS',
	'AI+',
	'兰州',
	'司美格鲁肽',
	'𠮷',
);
const han = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((code) => String.fromCodePoint(code));
const printable = fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCodePoint(code));
/** One printed line as the parser hands it over: trimmed, not empty, no line break. */
const printedLine = fc
	.array(fc.oneof({ weight: 3, arbitrary: fragments }, { weight: 2, arbitrary: han }, { weight: 2, arbitrary: printable }), { minLength: 1, maxLength: 24 })
	.map((parts) => parts.join('').replace(/^[\s\u3000]+|[\s\u3000]+$/gu, ''))
	.filter((line) => line.length > 0);

interface Node {
	type: unknown;
	props: { children?: unknown };
}

/** A JSX runtime that records elements instead of rendering them. */
const runtime = {
	Fragment: 'fragment',
	jsx: (type: unknown, props: Node['props']): Node => ({ type, props }),
	jsxs: (type: unknown, props: Node['props']): Node => ({ type, props }),
};

function render(node: unknown, elements: string[]): string {
	if (node === null || node === undefined || typeof node === 'boolean') return '';
	if (typeof node === 'string' || typeof node === 'number') return String(node);
	if (Array.isArray(node)) return node.map((child) => render(child, elements)).join('');
	const { type, props } = node as Node;
	if (typeof type === 'function') return render((type as (p: unknown) => unknown)(props), elements);
	if (type !== 'fragment') elements.push(String(type));
	return render(props.children, elements);
}

function roundTrip(blocks: BodyBlock[]) {
	const mdx = bodyToMdx(blocks);
	const module = evaluate(mdx, { ...runtime, features: FEATURES } as Parameters<typeof evaluate>[1]) as Record<string, unknown>;
	const elements: string[] = [];
	const tree = render((module.default as (p: unknown) => unknown)({}), elements);
	return { mdx, module, elements, tree };
}

describe('the MDX the ingester writes', () => {
	it('renders a paragraph as exactly its printed text, and exports nothing', () => {
		fc.assert(
			fc.property(printedLine, (text) => {
				const { mdx, module, elements, tree } = roundTrip([{ type: 'paragraph', text, lines: [1, 1] }]);
				expect(Object.keys(module), mdx).toEqual(['default']);
				expect(elements, mdx).toEqual(['p']);
				expect(tree, mdx).toBe(text);
			}),
			{ numRuns: 600 },
		);
	});

	it('renders headings and paragraphs in order, each as its own element', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.constantFrom('paragraph', 'heading'), printedLine), { minLength: 1, maxLength: 6 }), (parts) => {
				const blocks = parts.map(([type, text]): BodyBlock => (type === 'heading' ? { type, depth: 2, text, lines: [1, 1] } : { type, text, lines: [1, 1] }));
				const hast = mdxToHast(bodyToMdx(blocks), { features: FEATURES, position: false }) as {
					children: { type: string; tagName?: string; children?: { type: string; value?: string }[] }[];
				};
				const elements = hast.children.filter((node) => node.type !== 'text' || node.children);
				expect(elements.map((node) => [node.tagName, node.children?.map((c) => (c.type === 'text' ? c.value : `<${c.type}>`)).join('')])).toEqual(
					blocks.map((block) => [block.type === 'heading' ? 'h2' : 'p', block.text]),
				);
			}),
			{ numRuns: 300 },
		);
	});

	it("renders through the site's item renderer as the same text, in the same blocks, with no element of its own", () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.constantFrom('paragraph', 'heading'), printedLine), { minLength: 1, maxLength: 6 }), (parts) => {
				const blocks = parts.map(([type, text]): BodyBlock => (type === 'heading' ? { type, depth: 2, text, lines: [1, 1] } : { type, text, lines: [1, 1] }));
				const mdx = bodyToMdx(blocks);
				const body = rehype().data('settings', { fragment: true }).parse(renderItemBody(mdx).html).children as {
					type: string;
					tagName?: string;
					children: { type: string; value?: string; tagName?: string; properties?: { className?: string[] } }[];
				}[];
				const elements = body.filter((node) => node.type === 'element');
				expect(
					elements.map((node) => [
						node.tagName,
						node.children
							.filter((child) => !(child.tagName === 'a' && child.properties?.className?.includes('anchor')))
							.map((child) => (child.type === 'text' ? child.value : `<${child.tagName}>`))
							.join(''),
					]),
					mdx,
				).toEqual(blocks.map((block) => [block.type === 'heading' ? 'h2' : 'p', block.text]));
			}),
			{ numRuns: 300 },
		);
	});
});
