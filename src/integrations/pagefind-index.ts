/**
 * Builds the Pagefind index after the site is built, through Pagefind's Node API.
 *
 * Each item page is indexed from a copy that only the indexer sees, in which every character
 * stands alone (see utils/search-tokens.ts): readers get the page as printed, the index gets
 * single characters, and search finds any run of characters. Every Pagefind call's `errors`
 * array is checked; any error fails the build.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Element, Root, RootContent } from 'hast';
import * as pagefind from 'pagefind';
import { rehype } from 'rehype';
import { INDEXED_SYMBOLS_FILE } from '../utils/search-files.ts';
import { BLOCK_END, symbolsIn, toIndexText } from '../utils/search-tokens.ts';

const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript']);
/** Elements whose text is a block of its own: a phrase never runs from one into the next. */
const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'figcaption', 'blockquote', 'dt', 'dd', 'td', 'th']);

function check<T extends { errors: string[] }>(step: string, result: T): T {
	if (result.errors.length > 0) {
		throw new Error(`Pagefind 在“${step}”时出错：\n${result.errors.join('\n')}\n请检查上面提到的页面；修正后重新构建。`);
	}
	return result;
}

/** Spaces out the characters of the text under [data-pagefind-body], leaving metadata as it is. */
export function singleCharacterCopy(html: string): string {
	const processor = rehype().use(() => (tree: Root) => {
		const visit = (node: Root | RootContent, inBody: boolean): void => {
			if (node.type === 'text') {
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
				if (inBody && BLOCK_TAGS.has(element.tagName)) {
					for (const child of element.children) visit(child, inBody);
					element.children.push({ type: 'text', value: ` ${BLOCK_END} ` });
					return;
				}
			}
			for (const child of node.children) visit(child, inBody);
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

function decodeEntities(html: string): string {
	return html.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (entity, hex?: string, dec?: string, name?: string) => {
		if (hex) return String.fromCodePoint(parseInt(hex, 16));
		if (dec) return String.fromCodePoint(Number(dec));
		return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name!.toLowerCase() as 'amp'] ?? entity;
	});
}

async function* htmlFiles(dir: string): AsyncGenerator<string> {
	for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
		if (entry.isFile() && entry.name.endsWith('.html')) yield join(entry.parentPath, entry.name);
	}
}

/** /kjrb/2024-07-12/00-01/index.html → /kjrb/2024-07-12/00-01/ (without the site's base path). */
function urlOf(outDir: string, file: string): string {
	const path = relative(outDir, file).split(sep).join('/');
	return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

export function pagefindIndex(): AstroIntegration {
	return {
		name: 'news-archive:pagefind-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const started = performance.now();
				try {
					// Pagefind must be told which punctuation and symbols to keep as words before it
					// reads any page; a superset (markup included) does no harm.
					const pages: string[] = [];
					const symbols = new Set<string>();
					for await (const file of htmlFiles(outDir)) {
						const html = await readFile(file, 'utf8');
						if (!html.includes('data-pagefind-body')) continue;
						pages.push(file);
						// Entities (&#39;, &amp;…) stand for characters the text holds. Only the part that
						// is indexed matters.
						symbolsIn(decodeEntities(indexedPart(html)), symbols);
					}
					// A straight double quote delimits phrase queries; it cannot be a word as well. The
					// block end mark must stay out of words, so that it holds a place between blocks.
					symbols.delete('"');
					symbols.delete(BLOCK_END);
					const includeCharacters = [...symbols].sort().join('');
					const { index } = check('创建索引', await pagefind.createIndex({ forceLanguage: 'zh', includeCharacters }));
					if (!index) throw new Error('Pagefind 没有返回索引对象。');
					// Pagefind's indexer is a process of its own: keep a few pages in flight, so that it
					// indexes while this process prepares the next copies.
					const IN_FLIGHT = 8;
					for (let i = 0; i < pages.length; i += IN_FLIGHT) {
						await Promise.all(
							pages.slice(i, i + IN_FLIGHT).map(async (file) => {
								const html = await readFile(file, 'utf8');
								const content = singleCharacterCopy(indexedPart(html));
								check(`索引 ${relative(outDir, file)}`, await index.addHTMLFile({ url: urlOf(outDir, file), content }));
							}),
						);
					}
					const outputPath = join(outDir, 'pagefind');
					check('写入索引文件', await index.writeFiles({ outputPath }));
					await writeFile(join(outputPath, INDEXED_SYMBOLS_FILE), JSON.stringify(includeCharacters));
					logger.info(`已为 ${pages.length} 篇稿件建立检索索引（${Math.round(performance.now() - started)} ms）。`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
