/**
 * Writes one parsed item as an MDX file: YAML frontmatter, then the body serialised through mdast
 * so that newspaper text can never become code. mdast-util-mdx escapes `<` and `{`; this module
 * adds the ESM keywords (`import`, `export` at the start of a paragraph), which MDX would run.
 */
import type { Heading, Paragraph, Root } from 'mdast';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown, type Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';
import type { ItemFrontmatterInput } from '../../src/schemas/item.ts';
import type { BodyBlock } from './parse-page.ts';

const MARKDOWN_OPTIONS: ToMarkdownOptions = {
	extensions: [mdxToMarkdown()],
	// A paragraph starting with `import` or `export` is ESM in MDX: encode its first letter.
	unsafe: [
		{ atBreak: true, character: 'i', after: 'mport\\b' },
		{ atBreak: true, character: 'e', after: 'xport\\b' },
	],
	bullet: '-',
	emphasis: '_',
	fences: true,
	rule: '-',
};

export function bodyToMdast(body: BodyBlock[]): Root {
	return {
		type: 'root',
		children: body.map((block): Paragraph | Heading =>
			block.type === 'heading'
				? { type: 'heading', depth: block.depth, children: [{ type: 'text', value: block.text }] }
				: { type: 'paragraph', children: [{ type: 'text', value: block.text }] },
		),
	};
}

export function bodyToMdx(body: BodyBlock[]): string {
	return toMarkdown(bodyToMdast(body), MARKDOWN_OPTIONS);
}

export function frontmatterToYaml(frontmatter: ItemFrontmatterInput): string {
	return stringify(frontmatter, {
		lineWidth: 0,
		// Flow style keeps `lines: [3, 61]` on one line; block style for everything else.
		collectionStyle: 'any',
	});
}
