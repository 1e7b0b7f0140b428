/**
 * The substring oracle for search: an item matches a query when every term occurs in one block
 * of the item's searchable text (title, kicker, subtitle, a caption with its credit, a heading, a
 * paragraph), ignoring letter case and whitespace. Read from the MDX sources, independently of
 * the site and its index.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import type { ItemFrontmatter } from '../../src/schemas/item.ts';
import { blocksOfMdx } from '../../src/collection/mdx-text.ts';
import { filesUnder } from '../../scripts/shared/files.ts';

export interface OracleItem {
	/** The item's id, which is also its URL path: kjrb/2024-07-12/00-01. */
	id: string;
	/** The blocks of text, one per line. */
	text: string;
	/** The same blocks, whitespace removed and lower-cased, as matching compares them, NUL between blocks. */
	folded: string;
}

export function fold(text: string): string {
	return text.replace(/[\s\u3000\u00a0]+/gu, '').toLowerCase();
}

export function loadOracle(itemsDir: string): OracleItem[] {
	return filesUnder(itemsDir, '.mdx')
		.map((file) => {
			const mdx = readFileSync(file, 'utf8');
			const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx) ?? [];
			const data = parse(frontmatter) as ItemFrontmatter;
			const figures = (data.figures ?? []).map((f) => f.caption + (f.credit ?? ''));
			const blocks = [data.title, data.kicker ?? '', data.subtitle ?? '', ...figures, ...blocksOfMdx(body)].filter(Boolean);
			const id = relative(itemsDir, file)
				.split(sep)
				.join('/')
				.replace(/\.mdx$/, '');
			return { id, text: blocks.join('\n'), folded: blocks.map(fold).join('\u0000') };
		})
		.sort((a, b) => a.id.localeCompare(b.id));
}

/** Ids of the items that hold every term. */
export function expectedIds(items: OracleItem[], terms: string[]): string[] {
	const folded = terms.map(fold);
	return items.filter((item) => folded.every((term) => item.folded.includes(term))).map((item) => item.id);
}
