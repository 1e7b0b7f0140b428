/**
 * npm run eval:page-signs -- <corpus folder…> [--write]
 *
 * What tells a 人民日报 page whose web edition sets sub-heads in bold (要闻, 理论) from the others, read off the corpus's
 * pages of known name (every `rmrb-*.expected.json`; a page given in several layouts counts once), for a page that does
 * not say its name (plain-subheads.ts):
 * - the desk's editors: the names a 要闻 or 理论 page prints as its own editors (本版责编：…) and no other page does (the
 *   later 要闻 pages print theirs, as other pages do; the crawl keeps no page's editors, so only ifyuls/rmrb-rss's pages
 *   give them);
 * - the columns each kind of page carries alone, by the column its items' tags name (columnsOf).
 * A sign seen on pages of both kinds is in neither list. Prints the module `scripts/ingest/rmrb-page-signs.ts`;
 * `--write` writes it over the committed one.
 *
 * The corpus is what `npm run eval:corpus` makes: its April pages and the crawl's 2026 sets carry every page's name.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseCredits } from '../ingest/credits.ts';
import { boldSubheadPageNames, columnsOf, OWN_EDITORS } from '../ingest/plain-subheads.ts';
import { runCommand, UsageError } from '../shared/command.ts';
import type { ExpectedPage } from './expected.ts';
import { pagesIn } from './read-as-ingest.ts';

const USAGE = '用法：npm run eval:page-signs -- <语料文件夹…> [--write]';

/** Where the signs go, from the repository's root. */
const MODULE_PATH = 'scripts/ingest/rmrb-page-signs.ts';

/** The paper whose pages are read, and the short name its corpus files start with. */
const PAPER = { name: '人民日报', short: 'rmrb' } as const;

/** Signs of one kind of page only, each list in code-point order. */
export interface PageSigns {
	/** Editors who sign pages with bold sub-heads only. */
	deskEditors: string[];
	/** Columns of pages with bold sub-heads only, and of other pages only. */
	columns: { bold: string[]; plain: string[] };
}

/** A page as the signs need it: its name, its items' titles and kickers, and its credits. */
export type NamedPage = Pick<ExpectedPage, 'pageName' | 'items' | 'credits'>;

/** Each sign by the kinds of page it was seen on. */
type Seen = Map<string, { bold: boolean; plain: boolean }>;

function see(seen: Seen, sign: string, bold: boolean): void {
	const kinds = seen.get(sign) ?? { bold: false, plain: false };
	kinds[bold ? 'bold' : 'plain'] = true;
	seen.set(sign, kinds);
}

/** The signs seen on pages of that kind alone. */
function only(seen: Seen, kind: 'bold' | 'plain'): string[] {
	return [...seen]
		.filter(([, kinds]) => kinds[kind] && !kinds[kind === 'bold' ? 'plain' : 'bold'])
		.map(([sign]) => sign)
		.sort();
}

/**
 * The signs each kind of page carries alone. (A tag with a figure in it is no column: the crawl prints where an item was
 * printed as a title's tag, （2026年04月17日第 18 版）.)
 */
export function pageSigns(pages: Iterable<NamedPage>, boldNames: ReadonlySet<string>): PageSigns {
	const editors: Seen = new Map();
	const columns: Seen = new Map();
	for (const page of pages) {
		const bold = boldNames.has(page.pageName);
		for (const credit of page.credits)
			for (const role of parseCredits(credit)) if (OWN_EDITORS.test(role.role)) for (const name of role.names) see(editors, name, bold);
		for (const column of page.items.flatMap(columnsOf)) if (!/\d/u.test(column)) see(columns, column, bold);
	}
	return { deskEditors: only(editors, 'bold'), columns: { bold: only(columns, 'bold'), plain: only(columns, 'plain') } };
}

/** The module `scripts/ingest/rmrb-page-signs.ts` holding the signs, read off `pageCount` pages. */
export function pageSignsModule(signs: PageSigns, pageCount: number): string {
	const list = (signs: string[], indent: string) => signs.map((sign) => `${indent}${JSON.stringify(sign)},\n`).join('');
	return `/**
 * What tells ${PAPER.name}'s pages with bold sub-heads (要闻, 理论) from the others, read off ${pageCount} pages of known name by
 * \`npm run eval:page-signs -- <corpus folders…> --write\` (scripts/eval/page-signs.ts), which writes this file: regenerate
 * it rather than edit it. A page that does not say its name goes by them (plain-subheads.ts).
 */
export const RMRB_PAGE_SIGNS = {
	/** Editors seen signing only pages with bold sub-heads. */
	deskEditors: [
${list(signs.deskEditors, '\t\t')}\t],
	columns: {
		/** Columns seen only on pages whose web edition sets sub-heads in bold. */
		bold: [
${list(signs.columns.bold, '\t\t\t')}\t\t],
		/** Columns seen only on other pages, which set them plain. */
		plain: [
${list(signs.columns.plain, '\t\t\t')}\t\t],
	},
} as const;
`;
}

/** The module as the repository's prettier sets it, so that the written file passes `npm run format:check`. */
function formatted(module: string, path: string): string {
	const prettier = createRequire(import.meta.url).resolve('prettier/bin/prettier.cjs');
	return execFileSync(process.execPath, [prettier, '--stdin-filepath', path], { input: module, encoding: 'utf8' });
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
	const path = join(import.meta.dirname, '..', '..', MODULE_PATH);
	const signs = pageSigns(pages, boldSubheadPageNames(PAPER.name) ?? new Set());
	// (Without them the later 要闻 pages, which print their editors, would read as any page with its own editors does.)
	if (signs.deskEditors.length === 0)
		console.error('注意：这些版面都没有本版责编，要闻版编辑一项为空；请加上 ifyuls/rmrb-rss 的版面（eval-corpus/dev）再生成。');
	const module = formatted(pageSignsModule(signs, pages.length), path);
	if (values.write) {
		writeFileSync(path, module);
		console.log(`已写入 ${MODULE_PATH}（读了 ${pages.length} 个版面）。`);
	} else process.stdout.write(module);
	return 0;
}

if (import.meta.main) runCommand(main, USAGE);
