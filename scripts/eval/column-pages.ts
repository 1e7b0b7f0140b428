/**
 * npm run eval:columns -- <corpus folder…> [--write]
 *
 * Which of 人民日报's columns stand only on pages whose web edition sets sub-heads in bold (要闻, 理论) and which only on
 * other pages, read off the corpus's pages of known name (every `rmrb-*.expected.json`; a page given in several layouts
 * counts once): the table `scripts/ingest/column-pages.ts`, by which the ingester reads a page that names neither itself
 * nor its editors (plain-subheads.ts). A column seen on pages of both kinds is in neither list. Prints the module;
 * `--write` writes it over the committed one.
 *
 * The corpus is what `npm run eval:corpus` makes (its April pages and the crawl's 2026 sets carry every page's name).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { boldSubheadPageNames, columnOf } from '../ingest/plain-subheads.ts';
import { runCommand, UsageError } from '../shared/command.ts';
import type { ExpectedPage } from './expected.ts';
import { pagesIn } from './read-as-ingest.ts';

const USAGE = '用法：npm run eval:columns -- <语料文件夹…> [--write]';

/** Where the table goes, from the repository's root. */
const MODULE_PATH = 'scripts/ingest/column-pages.ts';

/** The paper whose pages are read, and the short name its corpus files start with. */
const PAPER = { name: '人民日报', short: 'rmrb' } as const;

/** The columns of pages with bold sub-heads only, and of other pages only, each list in code-point order. */
export interface ColumnPages {
	bold: string[];
	plain: string[];
}

/** A page as the table needs it: its name, and the titles and kickers of its items. */
export type NamedPage = Pick<ExpectedPage, 'pageName' | 'items'>;

/**
 * The columns each kind of page carries alone. (A tag with a figure in it is no column: the crawl prints where an item was
 * printed as a title's tag, （2026年04月17日第 18 版）.)
 */
export function columnPages(pages: Iterable<NamedPage>, boldNames: ReadonlySet<string>): ColumnPages {
	const seen = new Map<string, { bold: boolean; plain: boolean }>();
	for (const page of pages) {
		const bold = boldNames.has(page.pageName);
		for (const item of page.items) {
			for (const text of [item.kicker ?? '', item.title]) {
				const column = columnOf(text);
				if (column === undefined || /\d/u.test(column)) continue;
				const kinds = seen.get(column) ?? { bold: false, plain: false };
				kinds[bold ? 'bold' : 'plain'] = true;
				seen.set(column, kinds);
			}
		}
	}
	const only = (kind: 'bold' | 'plain') =>
		[...seen]
			.filter(([, kinds]) => kinds[kind] && !kinds[kind === 'bold' ? 'plain' : 'bold'])
			.map(([column]) => column)
			.sort();
	return { bold: only('bold'), plain: only('plain') };
}

/** The module `scripts/ingest/column-pages.ts` holding the table, read off `pageCount` pages. */
export function columnPagesModule(table: ColumnPages, pageCount: number): string {
	// (Quoted as prettier quotes them, so that the written file passes `npm run format:check`.)
	const quoted = (column: string) => (/['\\]/u.test(column) ? JSON.stringify(column) : `'${column}'`);
	const list = (columns: string[]) => columns.map((column) => `\t\t${quoted(column)},\n`).join('');
	return `/**
 * ${PAPER.name}'s columns by the pages they stand on, read off ${pageCount} pages of known name by \`npm run eval:columns -- <corpus
 * folders…> --write\` (scripts/eval/column-pages.ts), which writes this file: regenerate it rather than edit it. A page
 * that names neither itself nor its editors goes by its columns (plain-subheads.ts).
 */
export const RMRB_COLUMN_PAGES = {
	/** Columns seen only on pages whose web edition sets sub-heads in bold (要闻, 理论). */
	bold: [
${list(table.bold)}\t],
	/** Columns seen only on other pages, which set them plain. */
	plain: [
${list(table.plain)}\t],
} as const;
`;
}

/** Every page of the paper in the folders, once each, by its source's name. */
function namedPages(folders: string[]): NamedPage[] {
	const pages = new Map<string, NamedPage>();
	for (const file of folders.flatMap(pagesIn)) {
		if (!basename(file).startsWith(`${PAPER.short}-`)) continue;
		const expected = JSON.parse(readFileSync(file.replace(/\.txt$/u, '.expected.json'), 'utf8')) as ExpectedPage;
		if (expected.pageName) pages.set(expected.source, expected);
	}
	return [...pages.values()];
}

function main(args: string[]): number {
	if (args.includes('--help') || args.includes('-h')) {
		console.log(USAGE);
		return 0;
	}
	const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { write: { type: 'boolean', default: false } } });
	if (positionals.length === 0) throw new UsageError('请给出至少一个语料文件夹（npm run eval:corpus 生成的）。');
	const pages = namedPages(positionals.map((folder) => resolve(folder)));
	if (pages.length === 0) throw new UsageError(`这些文件夹里没有${PAPER.name}的版面（${PAPER.short}-*.expected.json）。`);
	const module = columnPagesModule(columnPages(pages, boldSubheadPageNames(PAPER.name) ?? new Set()), pages.length);
	if (values.write) {
		const path = join(import.meta.dirname, '..', '..', MODULE_PATH);
		writeFileSync(path, module);
		console.log(`已写入 ${MODULE_PATH}（读了 ${pages.length} 个版面）。`);
	} else process.stdout.write(module);
	return 0;
}

if (import.meta.main) runCommand(main, USAGE);
