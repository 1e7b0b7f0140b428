/**
 * What the content folders already hold, by identity: which item and which page record each
 * printed page's identity has (scripts/ingest/identity.ts), and which paper each paper slug
 * belongs to. Read once per run, from the head of each file, so that the ingester can recognise a
 * page it has seen under other metadata, and refuse to give one page's address to another.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { filesUnder } from '../shared/files.ts';
import { pageOfItemIdentity } from './identity.ts';
import { sortablePage } from '../../src/archive/page-numbers.ts';

export interface IndexedFile {
	/** The id (path under its folder, without extension): kjrb/2024-07-12/00-01. */
	id: string;
	path: string;
	/** The identity the ingester wrote in it; absent in files written before identities or by hand. */
	identity?: string;
	/** The archived page text it was read from (source.file). */
	sourceFile?: string;
	/** The paper's name (page records). */
	paper?: string;
	/** The place a page record or an item's frontmatter gives, which a maintainer may have corrected (npm run move). */
	date?: string;
	/** Sortable (src/archive/page-numbers.ts): 1003 for a page: 3 in pageSection: A. */
	page?: number;
	pageName?: string;
}

export interface ContentIndex {
	items: Map<string, IndexedFile>;
	pages: Map<string, IndexedFile>;
	itemByIdentity: Map<string, IndexedFile>;
	/**
	 * The items of each page identity (an item's identity opens with its page's), and apart the
	 * items with no identity: a page's own items are found without reading every item of the
	 * archive for each page of a backlog.
	 */
	itemsOfPage: Map<string, IndexedFile[]>;
	itemsWithoutIdentity: IndexedFile[];
	pageByIdentity: Map<string, IndexedFile>;
	/**
	 * The page records of each archived page text (source.file): the pages it gave when last ingested. A page of article
	 * files is found under each of its files, as its items name them, not only under the first, which its record names.
	 */
	pagesOfSource: Map<string, IndexedFile[]>;
	/** The paper of each slug, from its page records. */
	paperOfSlug: Map<string, string>;
}

const IDENTITY = /^identity: "?([0-9a-f~-]+)"?$/m;
const SOURCE_FILE = /^source:\n(?:[ \t]+.*\n)*?[ \t]+file: (.+)$/m;
const PAPER = /^paper: (.+)$/m;
const DATE = /^date: (.+)$/m;
const PAGE = /^page: (\d+)$/m;
const PAGE_NAME = /^pageName: (.+)$/m;
const PAGE_SECTION = /^pageSection: (.+)$/m;

function unquote(value: string): string {
	return value.trim().replace(/^(['"])(.*)\1$/, '$2');
}

function indexFile(root: string, path: string, extension: string): IndexedFile {
	const text = readFileSync(path, 'utf8');
	// The frontmatter or the record: identity and source are in the first lines.
	const head = text.slice(0, text.indexOf('\n---', 4) > 0 ? text.indexOf('\n---', 4) + 1 : text.length);
	const id = relative(root, path).split(sep).join('/').slice(0, -extension.length);
	const identity = IDENTITY.exec(head)?.[1];
	const sourceFile = SOURCE_FILE.exec(head)?.[1];
	const paper = PAPER.exec(head)?.[1];
	const date = DATE.exec(head)?.[1];
	// (A lettered page, A03, is one sortable number in the ingester: src/archive/page-numbers.ts.)
	const page = sortablePage(Number(PAGE.exec(head)?.[1] ?? 0) || undefined, unquote(PAGE_SECTION.exec(head)?.[1] ?? '') || undefined);
	const pageName = PAGE_NAME.exec(head)?.[1];
	return {
		id,
		path,
		...(identity ? { identity } : {}),
		...(sourceFile ? { sourceFile: unquote(sourceFile) } : {}),
		...(paper ? { paper: unquote(paper) } : {}),
		...(date ? { date: unquote(date) } : {}),
		...(page ? { page } : {}),
		...(pageName ? { pageName: unquote(pageName) } : {}),
	};
}

function indexFolder(root: string, extension: string): IndexedFile[] {
	return existsSync(root) ? filesUnder(root, extension).map((path) => indexFile(root, path, extension)) : [];
}

/** The page records of each archived page text: the one their record names, and the ones their items name (article files). */
function pagesOfSources(pages: IndexedFile[], items: IndexedFile[], pageByIdentity: Map<string, IndexedFile>): Map<string, IndexedFile[]> {
	const bySource = new Map<string, Set<IndexedFile>>();
	const add = (sourceFile: string, page: IndexedFile) => bySource.set(sourceFile, (bySource.get(sourceFile) ?? new Set()).add(page));
	for (const page of pages) if (page.sourceFile !== undefined) add(page.sourceFile, page);
	for (const item of items) {
		const page = item.identity === undefined ? undefined : pageByIdentity.get(pageOfItemIdentity(item.identity));
		if (page && item.sourceFile !== undefined) add(item.sourceFile, page);
	}
	return new Map([...bySource].map(([sourceFile, found]) => [sourceFile, [...found]]));
}

/** Reads the items and page records under `roots`. */
export function readContentIndex(roots: { items: string; pages: string }): ContentIndex {
	const items = indexFolder(roots.items, '.mdx');
	const pages = indexFolder(roots.pages, '.yaml');
	const paperOfSlug = new Map<string, string>();
	for (const page of pages) if (page.paper && !paperOfSlug.has(page.id.split('/')[0]!)) paperOfSlug.set(page.id.split('/')[0]!, page.paper);
	const byIdentity = (files: IndexedFile[]) => new Map(files.flatMap((file) => (file.identity ? [[file.identity, file] as const] : [])));
	const pageByIdentity = byIdentity(pages);
	return {
		items: new Map(items.map((file) => [file.id, file])),
		pages: new Map(pages.map((file) => [file.id, file])),
		itemByIdentity: byIdentity(items),
		itemsOfPage: Map.groupBy(
			items.filter((file) => file.identity !== undefined),
			(file) => pageOfItemIdentity(file.identity!),
		),
		itemsWithoutIdentity: items.filter((file) => file.identity === undefined),
		pageByIdentity,
		pagesOfSource: pagesOfSources(pages, items, pageByIdentity),
		paperOfSlug,
	};
}
