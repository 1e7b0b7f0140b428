/** Reads the built site and the content it was built from, for tests that check one against the other. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';

export function filesUnder(dir: string, suffix: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
		.map((entry) => join(entry.parentPath, entry.name));
}

export const CONTENT_ITEMS = join(import.meta.dirname, '../../content/items');

/** Item ids (URL paths) of the bundled content: kjrb/2024-07-12/00-01. */
export function contentItemIds(): string[] {
	return filesUnder(CONTENT_ITEMS, '.mdx')
		.map((file) => relative(CONTENT_ITEMS, file).split(sep).join('/').replace(/\.mdx$/, ''))
		.sort();
}

/**
 * The text a reader can search in an item: title, kicker, subtitle, captions and credits, body.
 * Read from the MDX source, the substring oracle for search tests.
 */
export function searchableText(id: string): string {
	const mdx = readFileSync(join(CONTENT_ITEMS, `${id}.mdx`), 'utf8');
	const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx) ?? [];
	const data = parse(frontmatter) as { title: string; kicker?: string; subtitle?: string; figures?: { caption: string; credit?: string }[] };
	const figures = (data.figures ?? []).flatMap((f) => [f.caption, f.credit ?? '']);
	return [data.title, data.kicker ?? '', data.subtitle ?? '', ...figures, body.replace(/^## /gm, '')].join('\n');
}
