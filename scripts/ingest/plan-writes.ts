/**
 * Reads every page text and plans the files the run would write: items, page records and archived
 * page texts with their sidecars. Nothing is written here. Every problem in every file is
 * collected (with warnings apart, and the places where the split is a guess apart again), so that
 * the command can show them all; a file with any problem plans nothing, so that with --keep-going
 * the good files can be written without half of a bad one. A file is planned only when it is new
 * or changed, and a file edited by hand since the last run is kept unless the maintainer forces it.
 *
 * A page text may hold several printed pages (page-sections.ts): each is parsed on its own and
 * planned as a page of its own, with the number and name of its header; paper and date are the
 * file's. The sidecar's split hints (split-hints.ts) are applied to the pages they fall in.
 *
 * Every printed page and item has an identity that metadata does not change (identity.ts). A page
 * ingested again under another number, date or paper slug is moved: its files at the old address
 * are removed, the new ones written, and each move recorded in the redirects ledger, so that the
 * old address leads to the new one. An address that belongs to another page, or a paper slug that
 * belongs to another paper, is refused with the fix.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { moved } from '../move/plan-move.ts';
import { pageRecordId } from '../../src/archive/urls.ts';
import type { Redirect } from '../../src/schemas/redirect.ts';
import { appendToLedger, ledgerPath, readLedger } from '../../src/collection/redirects-ledger.ts';
import {
	articleFileName,
	articlePageStem,
	groupArticleFiles,
	joinArticles,
	locateLine,
	withArticleHeaders,
	withArticleSplit,
	type ArticlePage,
} from './article-files.ts';
import { UsageError, type IngestOptions } from './cli-options.ts';
import { readContentIndex, type ContentIndex, type IndexedFile } from './content-index.ts';
import { provenanceOf } from './fingerprint.ts';
import { itemIdentities, pageIdentity, pageOfItemIdentity, printingIdentity, samePrintedPage, type Printing } from './identity.ts';
import { assignSlots, type ArchivedItem, type SlotPlan } from './item-slots.ts';
import { withoutEmpty } from './objects.ts';
import { filePathMeta } from './file-names.ts';
import { outlineOf, type OutlinePage } from './outline.ts';
import { inferPaper, readSidecar, resolvePageMeta, sidecarPath, slugForPaper, type PageMeta, type PageMetaInput, type Sidecar } from './page-meta.ts';
import { placePhotos, scanOf } from './page-pictures.ts';
import { readPaperStyles, PAPER_STYLES_FILE, type PaperStyle, type PaperStyles } from './paper-styles.ts';
import {
	articleLinks,
	layoutHints,
	linesOf,
	metadataLines,
	sectionPage,
	sheetNumbered,
	splitSections,
	type PageHeader,
	type PageSection,
} from './page-sections.ts';
import { parsePage, type LineRange, type ParsedItem, type ParsedPage } from './parse-page.ts';
import type { PageSource } from './plain-subheads.ts';
import { planPage, toPosix, type PagePictures, type PagePlan } from './plan-page.ts';
import { Problem, ProblemGroup } from './problem.ts';
import { readHalfWidthPunctuation } from './punctuation-widths.ts';
import { decodeSource } from './read-source.ts';
import { fileLine, firstLineReadFrom, readAsText, type TextRead } from './read-as-text.ts';
import { unmarkedLines } from './markdown-marks.ts';
import { resolveHints, type HintedStart, type ResolvedHints, type SplitHints } from './split-hints.ts';
import { isStagedContent, type FileWrite, type StagedContent } from './transaction.ts';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
/** A day of a paper is a few hundred kilobytes of text; anything this large is not a page text. */
const MAX_SOURCE_BYTES = 8 * 1024 * 1024;

export interface PlannedWrite extends FileWrite {
	label: string;
	kind: 'item' | 'page' | 'source' | 'ledger';
	/** Whether the target exists already (a replacement rather than a new file). */
	replaces: boolean;
	/** For an item or page record moved to a new address: its old file (as shown), removed by another write. */
	movedFrom?: string;
	/** For an item removed because the page's new split merged it into another: that item's id, where its address now leads. */
	mergedInto?: string;
	/**
	 * For such an item: its text is in no item now, since the corrected page text that replaced the archived one (--replace)
	 * leaves it out; its address leads to the item of the page that now stands where it stood.
	 */
	dropped?: boolean;
}

export interface WritePlan {
	problems: Problem[];
	warnings: Problem[];
	/** Places where the split is a guess, each with its file and line: for the maintainer to check first. */
	uncertain: Problem[];
	/** The writes of every page text without problems. */
	writes: PlannedWrite[];
	/** Each printed page planned, by the page text (as shown) it came from; empty unless asked for (keepParsed). */
	pages: { file: string; plan: PagePlan }[];
	/** How many printed pages and items were planned, kept or not. */
	counts: { pages: number; items: number };
	/** With --outline, the split of every printed page read: also of files refused after they were parsed. */
	outline: OutlinePage[];
	/** Page texts (as shown) with problems, each with its problems: nothing of theirs is planned. */
	refused: { file: string; problems: Problem[] }[];
	/** Which page text (as shown) claimed each target path, so that no two write one file. */
	claimed: Map<string, string>;
	/** The moves of this run, for the redirects ledger. */
	redirects: Redirect[];
}

type PlanOptions = Pick<IngestOptions, 'flags' | 'roots' | 'force'> &
	Partial<Pick<IngestOptions, 'outline' | 'replace'>> & {
		/**
		 * Where each write's content goes as soon as its page text is planned (Transaction.stage), so
		 * that a backlog of any size is planned in bounded memory. Default: kept in memory.
		 */
		stage?: (content: string | Uint8Array) => StagedContent;
		/** Whether to keep every page's parse in `pages` (for --json); default true. Counts are kept either way. */
		keepParsed?: boolean;
	};

/** What one page text gives; merged into the run's plan, its writes only when it has no problem. */
interface SourcePlan {
	/** The page text as shown. */
	file: string;
	problems: Problem[];
	warnings: Problem[];
	uncertain: Problem[];
	writes: PlannedWrite[];
	pages: PagePlan[];
	redirects: Redirect[];
	/** For a page of article files, where a line of their joined text is: the file (as shown) and its line there. */
	locate?: (line: number) => { file: string; line: number };
}

/** How a page is set, as flags and sidecar give it (undefined where they say nothing). */
type PageStyle = { [Field in keyof PaperStyle]: PaperStyle[Field] | undefined };

/** A printed page of a page text, parsed. */
interface ReadSection {
	section: PageSection;
	parsed: ParsedPage;
	/** The hints that started items on it. */
	hinted: HintedStart[];
	/** Hints that did not match the text, reported as warnings of the sidecar. */
	warnings: Problem[];
}

/** What the whole run shares while planning: the plan so far and what was read of the content folders. */
interface Run {
	plan: WritePlan;
	options: PlanOptions;
	/** What the content folders held when the run began, read once. */
	index: ContentIndex;
	/** Identities this run moves away from an address, so that another page may take it. */
	movedOut: Set<string>;
	/** Page identities this run gave a page already: another page of the same text is another printing (printingIdentity). */
	printings: Set<string>;
	/** The places each page text (its digest) was given in this run, and where it was read: one page's text twice is refused. */
	printedPages: Map<string, { printing: Printing; label: string }[]>;
	/** The paper each slug is given to in this run. */
	slugs: Map<string, string>;
	/** Each paper's house style (papers.yaml in the content folder), read once. */
	styles: PaperStyles;
	/** Today, as moves are dated. */
	today: string;
	/** The ids the redirects ledger sent elsewhere when the run began, read when first needed. */
	retired?: Set<string>;
	/** Where the redirects ledger sends each id it moved, read when first needed. */
	moves?: Map<string, string>;
}

/** A path as the maintainer would type it from here. */
const shown = (path: string) => toPosix(relative(process.cwd(), path)) || '.';

/** What went wrong reading `file`, as Problems in that file (or in the sidecar they name). */
function problemsOf(error: unknown, file: string): Problem[] {
	if (error instanceof ProblemGroup) return error.problems.map((p) => p.in(file));
	if (error instanceof Problem) return [error.in(file)];
	return [new Problem((error as Error).message ?? String(error), { file })];
}

/** A file's bytes, or undefined when there is none: one system call where exists-then-read takes two. */
function readIfExists(path: string): Buffer | undefined {
	try {
		return readFileSync(path);
	} catch (error) {
		// ENOTDIR: a file stands where a folder of the path should be; the write will say so.
		if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
		throw error;
	}
}

/** The slug a paper's pages have in the archive or in this run, if it has pages; its initials' slug where it has that too. */
function slugHeld(run: Run, paper: string): string | undefined {
	const held = [...run.index.paperOfSlug, ...run.slugs].filter(([, owner]) => owner === paper).map(([slug]) => slug);
	return held.includes(slugForPaper(paper)) ? slugForPaper(paper) : held.sort()[0];
}

/** 第03版：要闻, as messages name a printed page. */
function pageLabel(header: PageHeader): string {
	return header.text;
}

/**
 * Where one printed page of a file of several stands, as messages name it: its header's line and text, or for a page a
 * form feed parts from the others (a PDF's text) its first line and its place among them.
 */
function sectionPlace(section: PageSection): { line: number; label: string } {
	return section.header
		? { line: section.header.line, label: pageLabel(section.header) }
		: { line: section.firstLine, label: `分页符分开的第 ${section.sheet ?? 1} 页` };
}

/** Who writes a file, for the message when another would write it too: a page text, or one printed page of it (with the line of its header). */
interface Owner {
	name: string;
	line?: number;
}

/** An item's or a page record's identity, and the page text (as archived) it came from. */
interface Identity {
	own: string;
	/** The page's identity: an item of the same page may take the address of another. */
	page: string;
	sourceFile: string;
}

/** Whether the file at an address belongs to the same printed page (same identity, or an older file of the same page text). */
function samePage(occupant: IndexedFile, identity: Identity): boolean {
	if (occupant.identity) return pageOfItemIdentity(occupant.identity) === identity.page;
	return occupant.sourceFile === identity.sourceFile;
}

/** Why an address changed, for the ledger: kjrb/2024-07-12/00-01 → kjrb/2024-07-12/08-01. */
function moveReason(from: string, to: string): string {
	const [fromSlug, fromDate, fromPage] = from.split('/');
	const [toSlug, toDate, toPage] = to.split('/');
	const changes: string[] = [];
	if (fromSlug !== toSlug) changes.push(`报纸代号 ${fromSlug} → ${toSlug}`);
	if (fromDate !== toDate) changes.push(`日期 ${fromDate} → ${toDate}`);
	if (fromPage!.split('-')[0] !== toPage!.split('-')[0]) changes.push(`版次 ${fromPage!.split('-')[0]} → ${toPage!.split('-')[0]}`);
	if (fromPage!.split('-')[1] !== toPage!.split('-')[1]) changes.push(`版内序号 ${fromPage!.split('-')[1]} → ${toPage!.split('-')[1]}`);
	return `重新导入：${changes.join('，') || '位置改变'}`;
}

/**
 * Plans one generated file: new, unchanged, replacing the ingester's own, moved from the address
 * its identity had, or refused (edited by hand; an address of another page).
 */
function planGenerated(run: Run, out: SourcePlan, target: string, content: string, kind: 'item' | 'page', owner: Owner, identity: Identity): void {
	const label = shown(target);
	const root = kind === 'item' ? run.options.roots.items : run.options.roots.pages;
	const id = toPosix(relative(root, target)).replace(/\.(mdx|yaml)$/, '');
	const claimedBy = run.plan.claimed.get(target);
	if (claimedBy) {
		const sameFile = claimedBy.startsWith(`${out.file} 第 `);
		out.problems.push(
			new Problem(`与 ${claimedBy} 要写入同一个文件 ${label}。`, {
				file: out.file,
				line: owner.line,
				hint: sameFile ? '同一个文件里有两个版次相同的版面标题：改正其中一个的版次。' : '两个版面文本的报纸、日期和版次相同：用 --page 或旁注文件区分版次。',
			}),
		);
		return;
	}
	const occupant = (kind === 'item' ? run.index.items : run.index.pages).get(id);
	if (occupant && !samePage(occupant, identity) && !(occupant.identity && run.movedOut.has(occupant.identity))) {
		out.problems.push(
			new Problem(`网址 ${id} 已属于另一个版面${occupant.sourceFile ? `（原文 ${occupant.sourceFile}）` : ''}，不能给这个版面。`, {
				file: out.file,
				line: owner.line,
				hint: '两个版面的报纸、日期和版次相同：用 --page（或旁注文件的 page）给出这一版的版次，或用 --date 改正日期；若这是那一版更正或补全了的文本，加 --replace 再导入，原有稿件的网址不变。',
			}),
		);
		return;
	}
	run.plan.claimed.set(target, owner.name);
	const previous = (kind === 'item' ? run.index.itemByIdentity : run.index.pageByIdentity).get(identity.own);
	let movedFrom: string | undefined;
	// (Two pages may print the same text, a page of one advertisement on 15 and on 18: where the address holds this
	// identity already, the page is in place, whichever of the two the index found first.)
	if (previous && previous.id !== id && occupant?.identity !== identity.own) {
		if (provenanceOf(readFileSync(previous.path, 'utf8')) === 'edited' && !run.options.force) {
			out.problems.push(
				new Problem(`${shown(previous.path)} 要移到新网址 ${id}，但它在上次导入后被手工修改过，未移动。`, {
					file: out.file,
					hint: `用 npm run move -- ${pageIdOfId(previous.id, kind)} 加上新的版次或日期来移动（保留手工修改）；或加 --force 用新的拆分结果覆盖。`,
				}),
			);
			return;
		}
		run.movedOut.add(identity.own);
		out.writes.push({ path: previous.path, content: '', remove: true, label: shown(previous.path), kind, replaces: true });
		out.redirects.push({ from: previous.id, to: id, reason: moveReason(previous.id, id), date: run.today });
		movedFrom = shown(previous.path);
	}
	const existing = readIfExists(target);
	if (existing === undefined) {
		out.writes.push({ path: target, content, label, kind, replaces: false, ...(movedFrom ? { movedFrom } : {}) });
		return;
	}
	const current = existing.toString('utf8');
	if (current === content) return;
	if (provenanceOf(current) === 'edited' && !run.options.force) {
		out.problems.push(
			new Problem(`${label} 在上次导入后被手工修改过，未覆盖。`, {
				file: out.file,
				hint: '要保留手工修改，就不必重新导入这个版面；确需用新的拆分结果覆盖时加 --force。',
			}),
		);
		return;
	}
	out.writes.push({ path: target, content, label, kind, replaces: true, ...(movedFrom ? { movedFrom } : {}) });
}

/**
 * Where the archived item of an identity (`own`) stands apart from its page (`page`, the page's identity): moved there
 * alone by the maintainer (npm run move of one item), its file and the place its frontmatter gives; or the one such item
 * a corrected text's item is (`away`, inheritedItems). Undefined where it stands with its page's record, or the archive
 * has none: the ingester files an item with its page, and moves the two together.
 */
function movedAlone(
	run: Run,
	page: string,
	own: string,
	away: ReadonlyMap<string, IndexedFile>,
): { path: string; place: { page?: number; date?: string; pageName?: string } } | undefined {
	let item = away.get(own);
	if (!item) {
		const archived = run.index.itemByIdentity.get(own);
		const record = run.index.pageByIdentity.get(page);
		if (!archived || !record || pageIdOfId(archived.id, 'item') === record.id) return undefined;
		item = archived;
	}
	// (The index read the place from its frontmatter.)
	const { page: number, date, pageName } = item;
	return { path: item.path, place: { ...(number !== undefined ? { page: number } : {}), ...(date ? { date } : {}), ...(pageName ? { pageName } : {}) } };
}

/** The page id of an item id or page id, as `npm run move` takes it: kjrb/2024-07-12/00-01 → kjrb/2024-07-12/00. */
function pageIdOfId(id: string, kind: 'item' | 'page'): string {
	return kind === 'item' ? id.replace(/-\d+$/, '') : id;
}

/**
 * The slot of a page of unknown number among such pages of its date: the one its identity has
 * already, or the one of the page it replaces (`replacing`, --replace), or the first that no other
 * page holds (00, then 00b, 00c…).
 */
function unknownSlotFor(run: Run, place: { paperSlug: string; date: string }, identity: Identity, replacing?: IndexedFile): string | undefined {
	const previous = run.index.pageByIdentity.get(identity.own) ?? replacing;
	const match = previous && new RegExp(`^${place.paperSlug}/${place.date}/00([a-z]?)$`).exec(previous.id);
	if (match) return match[1] || undefined;
	for (const letter of ['', ...'bcdefghijklmnopqrstuvwxyz']) {
		const id = pageRecordId(place.paperSlug, place.date, undefined, letter || undefined);
		const occupant = run.index.pages.get(id);
		const free = !occupant || samePage(occupant, identity) || (occupant.identity !== undefined && run.movedOut.has(occupant.identity));
		if (free && !run.plan.claimed.has(join(run.options.roots.pages, `${id}.yaml`))) return letter || undefined;
	}
	return undefined;
}

/** Plans the archived copy of a page text (and of its sidecar), unless the archive holds it already. */
function planSourceCopy(run: Run, out: SourcePlan, archived: string, raw: Buffer, sidecar: string | undefined): void {
	const claimedBy = run.plan.claimed.get(archived);
	if (claimedBy) {
		out.problems.push(
			new Problem(`与 ${claimedBy} 要存档为同一个文件 ${shown(archived)}。`, {
				file: out.file,
				hint: '同一天同一报纸的版面文本须用不同的文件名，例如在文件名里写上版次。',
			}),
		);
		return;
	}
	run.plan.claimed.set(archived, out.file);
	const existing = readIfExists(archived);
	const replaced = existing !== undefined && !existing.equals(raw);
	if (replaced && !run.options.replace) {
		out.problems.push(
			new Problem(`存档中已有同名但内容不同的版面原文：${shown(archived)}。`, {
				file: out.file,
				hint: '若这是那一版更正或补全了的文本，加 --replace 再导入：它替换存档中的原文，已有稿件的网址不变；若存档中的才是更正过的（以前用 --replace 导入过），把它复制过来替换这个文件；若是另一版，改用不同的文件名。',
			}),
		);
		return;
	}
	if (sidecar) {
		// The archived sidecar follows the one given, so that the archive tells what was used (split hints included).
		const target = join(dirname(archived), basename(sidecar));
		const content = readFileSync(sidecar);
		const current = readIfExists(target);
		if (!current?.equals(content)) out.writes.push({ path: target, content, label: shown(target), kind: 'source', replaces: current !== undefined });
	}
	if (existing === undefined || replaced) out.writes.push({ path: archived, content: raw, label: shown(archived), kind: 'source', replaces: replaced });
}

/**
 * The pictures of a one-page text (page-pictures.ts): its scan, found beside it, and the photos its
 * sidecar names, placed on the figures whose captions they start; each archived beside the text.
 * A photo that cannot be placed is a warning at its line of the sidecar.
 */
function picturesOf(
	run: Run,
	out: SourcePlan,
	options: {
		file: string;
		label: string;
		archived: string;
		sections: number;
		items: ParsedItem[];
		sidecar: Sidecar;
		sidecarFile?: string;
		sidecarLabel?: string;
	},
): (PagePictures & { copies: { from: string; to: string }[] }) | undefined {
	const scan = scanOf(options.file);
	const photos = options.sidecar.photos ?? [];
	if (!scan.image && !scan.pdf && photos.length === 0) return undefined;
	if (options.sections > 1) {
		out.warnings.push(
			new Problem('这个文件有几个版面，版面图和旁注里的 photos 只能配一个版面的文本，已略去。', {
				file: options.label,
				hint: '把各版的文本分成各自的文件（08.txt 配 08.jpg、08.pdf、08.yaml），再导入。',
			}),
		);
		return undefined;
	}
	const folder = dirname(options.archived);
	const copies: { from: string; to: string }[] = [];
	const archive = (from: string) => {
		const to = join(folder, basename(from));
		if (!copies.some((copy) => copy.to === to)) copies.push({ from, to });
		return to;
	};
	const placement = placePhotos(photos, options.items, dirname(options.sidecarFile ?? options.file));
	for (const { index, why } of placement.unplaced) {
		out.warnings.push(
			new Problem(`旁注 photos 第 ${index + 1} 项（${photos[index]!.file}）没有用上：${why}。`, {
				file: options.sidecarLabel,
				hint: 'caption 写图片说明的开头（与版面文本相同，空格不计），file 写旁注文件旁的图片文件名；用 --outline 可查看各篇稿件的图片说明。',
			}),
		);
	}
	return {
		itemsRoot: run.options.roots.items,
		pagesRoot: run.options.roots.pages,
		scan: { ...(scan.image ? { image: archive(scan.image) } : {}), ...(scan.pdf ? { pdf: archive(scan.pdf) } : {}) },
		figureImages: new Map(placement.placed.map(({ order, figure, file }) => [`${order}:${figure}`, archive(file)])),
		copies,
	};
}

/** Plans the archived copy of a file that comes with a page text (a scan, a photo), unless the archive holds it already. */
function planArchivedCopy(run: Run, out: SourcePlan, from: string, to: string): void {
	const claimedBy = run.plan.claimed.get(to);
	if (claimedBy && claimedBy !== out.file) {
		out.problems.push(new Problem(`与 ${claimedBy} 要存档为同一个文件 ${shown(to)}。`, { file: out.file, hint: '同一天同一报纸的图片须用不同的文件名。' }));
		return;
	}
	run.plan.claimed.set(to, out.file);
	const content = readFileSync(from);
	const existing = readIfExists(to);
	if (existing?.equals(content)) return;
	if (existing !== undefined) {
		out.problems.push(
			new Problem(`存档中已有同名但内容不同的文件：${shown(to)}。`, { file: out.file, hint: '改用不同的文件名，或确认后用新文件替换存档中的那一个。' }),
		);
		return;
	}
	out.writes.push({ path: to, content, label: shown(to), kind: 'source', replaces: false });
}

/**
 * Where the items of a page ingested again at the place the archive has it go (item-slots.ts): undefined where the page is
 * new, or moves (its items then take their print order's numbers, and move as planGenerated moves them).
 */
function slotsFor(
	run: Run,
	out: SourcePlan,
	pageId: string,
	identity: string,
	items: readonly string[],
	inherited: readonly ArchivedItem[] = [],
): SlotPlan | undefined {
	const all = [
		...(run.index.itemsOfPage.get(identity) ?? []).flatMap((item) => (item.identity === undefined ? [] : [{ id: item.id, identity: item.identity }])),
		...inherited,
	];
	// (A page moved whole is numbered afresh where it goes; an item moved alone keeps the address it was moved to: movedAlone.)
	const archived = all.filter((item) => item.id.startsWith(`${pageId}-`));
	if (archived.length === 0) return undefined;
	run.retired ??= retiredIds(run);
	const retired = new Set([...run.retired, ...run.plan.redirects.map((entry) => entry.from), ...out.redirects.map((entry) => entry.from)]);
	return assignSlots(items, archived, pageId, retired);
}

/** The ids the redirects ledger sends elsewhere. */
function retiredIds(run: Run): Set<string> {
	return new Set(readLedgerOrNone(run).map((entry) => entry.from));
}

/** The redirects ledger's entries. (A ledger that cannot be read is the build's to report, with its line.) */
function readLedgerOrNone(run: Run): Redirect[] {
	try {
		return readLedger(ledgerPath(run.options.roots.items));
	} catch {
		return [];
	}
}

/**
 * The archived items of a page that no item is any more, its split changed (merged into another): each goes, its address
 * leading to the item that now holds its first line; one edited by hand stays, reported.
 */
function planGoneItems(run: Run, out: SourcePlan, page: PagePlan, slotting: SlotPlan): void {
	for (const { item, holder } of slotting.gone) {
		const path = run.index.items.get(item.id)?.path;
		if (path === undefined) continue;
		removeGoneItem(run, out, { id: item.id, path, content: readFileSync(path, 'utf8') }, page.items[holder]!.path.replace(/\.mdx$/, ''), (opening) =>
			page.items.some((candidate) => hanOf(candidate.content).includes(opening)),
		);
	}
}

/**
 * Plans the removal of an archived item that a page's text no longer gives, its address leading to `to`: the item that
 * holds its text now, or for one a corrected text (--replace) left out, whose opening words no new item `holds`, the
 * item now where it stood (`dropped`). An item edited by hand stays, reported.
 */
function removeGoneItem(run: Run, out: SourcePlan, item: { id: string; path: string; content: string }, to: string, holds: (opening: string) => boolean): void {
	// (Only a corrected text leaves text out: read again, a text's every character is in its items, checked.)
	const opening = openingWords(item.content);
	const dropped = run.options.replace === true && opening !== undefined && !holds(opening);
	if (provenanceOf(item.content) === 'edited' && !run.options.force) {
		out.warnings.push(
			new Problem(`${shown(item.path)} 不再由这个版面文本生成（拆分改变了，它的文字现在属于 ${to}），但它被手工修改过，未删除。`, {
				file: out.file,
				hint: `确认后删除它，并在 redirects.yaml 里加一条从 ${item.id} 到 ${to} 的跳转；或加 --force 删除它并自动记下跳转。`,
			}),
		);
		return;
	}
	out.writes.push({ path: item.path, content: '', remove: true, label: shown(item.path), kind: 'item', replaces: true, mergedInto: to, dropped });
	out.redirects.push({
		from: item.id,
		to,
		reason: dropped ? `更正原文：新的原文里没有这篇，跳转到同版的 ${to}` : `重新导入：拆分改变，文字归入 ${to}`,
		date: run.today,
		...(dropped ? { dropped } : {}),
	});
}

/** Items of a page that this run no longer produces (the page has fewer items now): left alone, but reported. */
function warnAboutStaleItems(run: Run, out: SourcePlan, page: PagePlan, identity: string, handled: boolean): void {
	const produced = new Set(page.items.map((item) => item.frontmatter.identity));
	const producedPaths = new Set(page.items.map((item) => item.path.replace(/\.mdx$/, '')));
	const pageId = page.page.path.replace(/\.yaml$/, '');
	// (Where item-slots.ts placed the page's items, it has planned those the archive holds with an identity: planGoneItems.)
	const ofThisPage = [
		...(handled ? [] : (run.index.itemsOfPage.get(identity) ?? [])),
		...run.index.itemsWithoutIdentity.filter((item) => item.id.startsWith(`${pageId}-`)),
	];
	for (const item of ofThisPage) {
		if (item.identity ? produced.has(item.identity) : producedPaths.has(item.id)) continue;
		out.warnings.push(
			new Problem(`${shown(item.path)} 不再由这个版面文本生成（稿件数变少了，或拆分改变了），未删除。`, {
				file: out.file,
				hint: '确认它已无用后手动删除；它的网址会随之失效。',
			}),
		);
	}
}

/**
 * What the file's page headers print of its metadata: a single page's number and name; the paper
 * and the date where every header that prints them agrees (a day's pages under one date), a date
 * its articles' labelled fields give (日期：2026-04-26, field-labels.ts) with them.
 */
function printedMeta(sections: PageSection[]): { page?: number; pageName?: string; paper?: string; date?: string } {
	// A scanned page's running head (报眉) prints the same metadata as a header.
	const headers = sections.flatMap((section) => [section.header, section.runningHead].filter((header) => header !== undefined));
	const labelledDates = sections.flatMap((section) => [...(section.markdown?.dates?.values() ?? [])]);
	const agreed = (field: 'paper' | 'date') => {
		const values = new Set([...headers.flatMap((header) => (header[field] ? [header[field]] : [])), ...(field === 'date' ? labelledDates : [])]);
		return values.size === 1 ? [...values][0] : undefined;
	};
	const first = sections[0]!;
	const single =
		sections.length === 1 ? { page: first.header?.page ?? first.runningHead?.page, pageName: first.header?.pageName ?? first.runningHead?.pageName } : {};
	return { ...single, paper: agreed('paper'), date: agreed('date') };
}

/**
 * A file of several printed pages takes each page's number and name from its header: one given
 * for the whole file would put every page under one number. Flags are wrong usage; a sidecar is a
 * problem in the sidecar.
 */
function refuseOnePageForSeveral(label: string, sections: PageSection[], flags: PageMetaInput, sidecar: Sidecar, sidecarLabel: string | undefined): void {
	// (Pages parted by form feeds, a PDF's text, are where their first lines are.)
	const lines = sections.map((section) => sectionPlace(section).line).join('、');
	const where = `${sections.length} 个版面（${sections.every((section) => section.header) ? `版面标题在第 ${lines} 行` : `各版从第 ${lines} 行起`}）`;
	if (flags.page !== undefined || flags.pageName !== undefined) {
		throw new UsageError(
			`${label} 含 ${where}，--page 和 --page-name 只能用于单个版面。去掉 --page / --page-name 再运行：各版的版次和版名取自各自的版面标题（没有标题的，取自它在分页符间的先后）。`,
		);
	}
	if (sidecar.page !== undefined || sidecar.pageName !== undefined) {
		throw new Problem(`旁注文件给出了 page 或 pageName，但 ${label} 含 ${where}。`, {
			file: sidecarLabel,
			hint: '删去旁注文件里的 page 和 pageName：各版的版次和版名取自各自的版面标题。',
		});
	}
}

/**
 * Parses one printed page with the hints that fall in it. A hint whose line did not start an item
 * (it fell in the header or byline of another) is reported and left out, and the page read again
 * without it, so that the split is that of the hints that match.
 */
function readSection(
	section: PageSection,
	hints: ResolvedHints,
	style: { given: PageStyle; source: PageSource; styles: PaperStyles; inferredPaper?: string },
	sidecarLabel: string | undefined,
	articles?: ArticlePage,
): ReadSection {
	const { given, styles, inferredPaper } = style;
	// The page's paper, name and number from its header or running head, where flags and sidecar give none.
	const source: PageSource = {
		...style.source,
		paper: style.source.paper ?? section.header?.paper ?? section.runningHead?.paper,
		pageName: style.source.pageName ?? section.header?.pageName ?? section.runningHead?.pageName,
		page: style.source.page ?? sectionPage(section),
	};
	// The paper's house style (papers.yaml) where neither flags nor sidecar say otherwise.
	const house = styles.get(source.paper ?? inferredPaper ?? '') ?? {};
	const layout = withArticleSplit(layoutHints(section), articles);
	const parse = (hinted: HintedStart[]) =>
		withArticleHeaders(
			parsePage(section.text, {
				columns: given.columns ?? house.columns,
				titleFirst: given.titleFirst ?? house.titleFirst,
				source: { ...source, printedHeadings: given.printedHeadings ?? house.printedHeadings },
				firstLine: section.firstLine,
				partNothing: layout.partNothing,
				itemStarts: new Set([...hinted.map((start) => start.line), ...layout.itemStarts]),
				titleLines: new Set([...hinted.flatMap((start) => (start.titleLine === undefined ? [] : [start.titleLine])), ...layout.titleLines]),
				// Title hints list every item of their page, as Markdown's marks may.
				onlyItemStarts: hinted.some((start) => start.titleLine !== undefined) || layout.onlyItemStarts,
				fixedStarts: layout.fixedStarts,
				marked: layout.marked,
				wholeLines: layout.wholeLines,
			}),
			articles,
		);
	let hinted = hints.starts.filter((start) => start.line >= section.firstLine && start.line <= section.lastLine);
	let parsed = parse(hinted);
	if (hinted.length === 0) return { section, parsed, hinted, warnings: [] };
	const started = new Set(parsed.items.map((item) => item.lines[0]));
	const missed = hinted.filter((start) => !started.has(start.line));
	if (missed.length === 0) return { section, parsed, hinted, warnings: [] };
	const warnings: Problem[] = [];
	for (const start of missed) {
		const holder = parsed.items.find((item) => item.lines[0] <= start.line && start.line <= item.lines[1]);
		const where = holder
			? `第 ${start.line} 行成了第 ${holder.lines[0]} 行起的稿件“${holder.title}”的一部分（标题区或署名）`
			: `第 ${start.line} 行没有成为稿件的开头`;
		warnings.push(
			new Problem(`拆分提示 ${start.hint}与正文不符：${where}，已略去（其余提示照常使用）。`, {
				file: sidecarLabel,
				hint: '改成那篇稿件标题区第一行的行号，或删去这一项。用 --outline 可查看各篇稿件的行号。',
			}),
		);
	}
	hinted = hinted.filter((start) => started.has(start.line));
	parsed = parse(hinted);
	return { section, parsed, hinted, warnings };
}

/**
 * How a printed page was read besides as plain text (layout-marks.ts), for the outline: 按 HTML 字符引用, 按 Markdown 标记,
 * 按字段标签, 略去 OCR 字间空格, 略去网页附带的 3 行（…）. (A page read through its text says so first, read-as-text.ts: a page
 * saved as HTML has its headings marked as Markdown marks them, which is no Markdown page's.)
 */
function readAsOf(section: PageSection, readThrough: boolean): string[] {
	return [
		...((section.marks ?? []).some((mark) => mark.as !== undefined) ? ['按 HTML 字符引用'] : []),
		...(section.labelled ? ['按字段标签（标题：、正文：等）'] : section.markdown && !readThrough ? ['按 Markdown 标记'] : []),
		...(section.ocrSpaces ? ['略去 OCR 字间空格'] : []),
		...(section.pictureMarkers ? ['略去标题后网站加的“（图）”'] : []),
		// (Lines a copy of a web page kept around its articles: web-furniture.ts.)
		...((section.furniture ?? []).length > 0 ? [`略去网页附带的 ${section.furniture!.length} 行（发布时间、按钮和导航、图片占位等）`] : []),
		// (As parsePage reads it: punctuation-widths.ts.)
		...(readHalfWidthPunctuation(section.text) ? ['半角标点当作全角'] : []),
	];
}

/**
 * A sidecar's split hints on a page read through its text (read-as-text.ts): each line a hint names is the file's, as
 * --outline shows it, and stands for the first line read from it; a line from which none is read is named in a warning.
 */
function splitOnTextRead(split: SplitHints, textRead: TextRead, out: SourcePlan, sidecarLabel: string | undefined): SplitHints {
	if (!split.itemStarts) return split;
	const itemStarts = split.itemStarts.flatMap((line) => {
		const at = firstLineReadFrom(textRead, line);
		if (at !== undefined) return [at];
		out.warnings.push(
			new Problem(`拆分提示 split.itemStarts 的 ${line}与正文不符：第 ${line} 行上没有开始的段落或标题，已略去（其余提示照常使用）。`, {
				file: sidecarLabel,
				hint: '改成稿件标题区第一行（引题或主标题）所在的行号，或删去这一项。用 --outline 可查看各篇稿件的行号。',
			}),
		);
		return [];
	});
	return { ...split, itemStarts };
}

/**
 * Reads one page text into `out`: its printed pages parsed and planned, or the problems that stop it. Throws what stops
 * it early. The page text is one file, or a page's article files (article-files.ts), read as their texts joined.
 */
function readSource(run: Run, files: string[], out: SourcePlan): void {
	const { flags, roots } = run.options;
	const label = out.file;
	const file = files[0]!;
	for (const path of files) {
		const size = statSync(path).size;
		if (size > MAX_SOURCE_BYTES) {
			out.problems.push(
				new Problem(`文件过大（${(size / 1024 / 1024).toFixed(1)} MB），不像是一个版面或一天报纸的文字。`, {
					file: shown(path),
					hint: '按版面拆成多个文件后再导入。',
				}),
			);
			return;
		}
	}
	const raws = files.map((path) => readFileSync(path));
	const articles = articleFileName(basename(file))
		? joinArticles(files.map((path, i) => ({ file: path, text: decodeSource(raws[i]!, shown(path)) })))
		: undefined;
	// What the file's name (or its day's folder) says of the page: its date, and perhaps its number (file-names.ts).
	const named = filePathMeta(file);
	if (articles) {
		out.locate = (line) => {
			const at = locateLine(articles, line);
			return { file: shown(at.file), line: at.line };
		};
	}
	const decoded = articles ? undefined : decodeSource(raws[0]!, label);
	// A page saved as HTML, or whose paragraphs run together, is read through its text, each line at its line of the file (read-as-text.ts).
	const textRead = decoded === undefined ? undefined : readAsText(decoded);
	if (textRead) out.locate = (line) => ({ file: label, line: fileLine(textRead, line) });
	const text = articles?.text ?? textRead?.text ?? decoded!;
	const sidecarFile = articles ? undefined : sidecarPath(file);
	const sidecarLabel = sidecarFile && shown(sidecarFile);
	const sidecar: Sidecar = articles ? readArticleSidecars(files) : sidecarFile ? readSidecar(sidecarFile, sidecarLabel) : {};

	const sections = splitSections(text, { dividers: articles === undefined });
	const headers = sections.flatMap((section) => (section.header ? [section.header] : []));
	if (sections.length > 1) refuseOnePageForSeveral(label, sections, flags, sidecar, sidecarLabel);
	const first = headers[0];
	// (A source line printed under its article closes the text above it.)
	if (first && !first.closes && first.line > 1 && sections[0]!.printed.split(/\r\n|\r|\n/, first.line - 1).some((line) => line.trim())) {
		out.warnings.push(
			new Problem(`第一个版面标题“${pageLabel(first)}”之前还有文字，已并入这一版。`, {
				file: label,
				line: first.line,
				hint: '若那是转存时加上的标题或说明，不属于任何稿件，可从文本里删去；用 --outline 可查看拆分。',
			}),
		);
	}

	const split = textRead && sidecar.split ? splitOnTextRead(sidecar.split, textRead, out, sidecarLabel) : sidecar.split;
	const hints = split
		? resolveHints(split, unmarkedLines(linesOf(text)), new Set(headers.map((h) => h.line)), textRead && ((line) => fileLine(textRead, line)))
		: { starts: [], stale: [] };
	for (const stale of hints.stale) {
		out.warnings.push(new Problem(`拆分提示 ${stale.hint}与正文不符：${stale.why}，已略去（其余提示照常使用）。`, { file: sidecarLabel, hint: stale.fix }));
	}
	// What the maintainer says of the source; a header may still name the paper and each page (readSection).
	const source: PageSource = {
		paper: flags.paper ?? sidecar.paper,
		pageName: sections.length === 1 ? (flags.pageName ?? sidecar.pageName) : undefined,
		page: sections.length === 1 ? (flags.page ?? sidecar.page ?? named?.page) : undefined,
	};
	// How this page is set, as flags and sidecar say; the paper's house style fills the rest (readSection).
	const style: PageStyle = {
		columns: flags.columns ?? sidecar.columns,
		titleFirst: flags.titleFirst ?? sidecar.titleFirst,
		printedHeadings: flags.printedHeadings ?? sidecar.printedHeadings,
	};
	const readAll = (inferredPaper?: string) =>
		sections.map((section) => readSection(section, hints, { given: style, source, styles: run.styles, inferredPaper }, sidecarLabel, articles));
	let read = readAll();
	// A paper known only from the text (科技日报讯) has its house style too: the page is read again in it.
	const inferred = inferPaper({ items: read.flatMap(({ parsed }) => parsed.items) });
	if (source.paper === undefined && inferred !== undefined && run.styles.has(inferred)) read = readAll(inferred);
	for (const { warnings } of read) out.warnings.push(...warnings);

	// Page number and name as far as known before paper and date, for the outline.
	const given = sections.length === 1 ? { page: flags.page ?? sidecar.page ?? named?.page, pageName: flags.pageName ?? sidecar.pageName } : {};
	for (const { section, parsed, hinted } of read) {
		for (const place of parsed.uncertain) out.uncertain.push(new Problem(place.why, { file: label, line: place.line }));
		if (!run.options.outline) continue;
		const outline = outlineOf({
			file: label,
			page: given.page ?? sectionPage(section),
			pageName: given.pageName ?? section.header?.pageName ?? section.runningHead?.pageName,
			lines: textRead ? [fileLine(textRead, section.firstLine), fileLine(textRead, section.lastLine)] : [section.firstLine, section.lastLine],
			parsed,
			hinted,
			readAs: [...(textRead?.readAs ?? []), ...readAsOf(section, textRead !== undefined)],
		});
		run.plan.outline.push(out.locate ? inArticleFiles(outline, out.locate) : outline);
	}

	const withItems = read.filter(({ parsed }) => parsed.items.length > 0);
	if (withItems.length === 0) {
		out.problems.push(new Problem('文件里没有正文。', { file: label, hint: '确认文件不是空的，且是版面文本。' }));
		return;
	}
	for (const { section } of read) {
		if (section.header && !withItems.some((r) => r.section === section)) {
			out.warnings.push(
				new Problem(`版面标题“${pageLabel(section.header)}”下没有正文，这一版没有生成版面记录。`, {
					file: label,
					line: section.header.line,
					hint: '确认这一版的文字没有漏掉。',
				}),
			);
		}
	}

	const printed = withoutEmpty(printedMeta(sections));
	const meta = resolvePageMeta({
		sourcePath: label,
		source: text,
		page: { items: withItems.flatMap(({ parsed }) => parsed.items) },
		flags,
		sidecar,
		// (What the file's name says stands under what a header prints.)
		printed: { ...named, ...printed },
	});
	// A paper's slug said once: by the --paper-slug its pages were first imported with (江津日报 as jjrb2 beside 经济日报's jjrb),
	// or in papers.yaml for a paper the archive has no page of yet. Without it, every later page of the paper would take the
	// slug of its initials, another paper's; and a slug once in addresses stays.
	if (flags.paperSlug === undefined && sidecar.paperSlug === undefined) {
		meta.paperSlug = slugHeld(run, meta.paper) ?? run.styles.get(meta.paper)?.paperSlug ?? meta.paperSlug;
	}
	// (Where only the file's name gives a page's number or date, the maintainer who corrected it later said better.)
	const namedOnly = (field: 'page' | 'date') =>
		named?.[field] !== undefined && flags[field] === undefined && sidecar[field] === undefined && printed[field] === undefined;
	// A page seen before keeps what its record says where this run knows nothing better: a page
	// number or date the maintainer corrected (npm run move) is not undone by ingesting the text again.
	// Each printed page's identity, hashed once.
	const identities = new Map<PageSection, string>();
	for (const { section } of withItems) {
		const printing = { fileName: basename(file), paper: meta.paper, date: meta.date, page: sections.length === 1 ? meta.page : sectionPage(section) };
		const digest = pageIdentity(section);
		// The same text for a page twice in one run, one file naming its page and one not (a page in two layouts): both
		// would be filed, at its number and at 00, each item twice. (Two that name the same page meet at its address, and
		// are refused there; two that name none go to 00 and 00b, as two pages of one text may be.)
		const twin = run.printedPages
			.get(digest)
			?.find((other) => (other.printing.page === undefined) !== (printing.page === undefined) && samePrintedPage(other.printing, printing));
		if (twin) {
			const place = sections.length > 1 ? sectionPlace(section) : undefined;
			out.problems.push(
				new Problem(
					`${place ? `第 ${place.line} 行的“${place.label}”` : ''}与 ${twin.label} 是同一版面的文字（${meta.paper} ${meta.date}）：同一次导入只收一份。`,
					{
						file: label,
						line: place?.line,
						hint: '移开其中一个文件再导入：留下给出版次、拆分更好的那一份；若两份确是同一天的两个版面（如两版相同的广告），用旁注文件的 page 给出各自的版次。',
					},
				),
			);
			return;
		}
		const identity = printingIdentity(digest, printing, run.printings, (candidate) => run.index.pageByIdentity.get(candidate));
		identities.set(section, identity);
		run.printings.add(identity);
		run.printedPages.set(digest, [
			...(run.printedPages.get(digest) ?? []),
			{ printing, label: sections.length > 1 ? `${label} 第 ${sectionPlace(section).line} 行` : label },
		]);
	}
	// The identities of the pages this text gives: a page the archive holds under one of them is this text's still.
	const produced = new Set(identities.values());
	const archivedOf = (path: string) => (path.startsWith(roots.sources + '/') ? path : join(roots.sources, meta.paperSlug, meta.date, basename(path)));
	// A corrected text (--replace) replaces the pages that the archived text of its name gave, or else the page at each place
	// it goes; a page number or date the maintainer corrected since (npm run move) stands, as for the same text again.
	const replacedPages =
		run.options.replace && !articles
			? pagesReplaced(
					run,
					toPosix(relative(PROJECT_ROOT, archivedOf(file))),
					sections.flatMap((section) => {
						const page = sections.length === 1 ? meta.page : sectionPage(section);
						return page === undefined ? [] : [pageRecordId(meta.paperSlug, meta.date, page)];
					}),
					produced,
				)
			: [];
	const replacedRecord = sections.length === 1 && replacedPages.length === 1 ? replacedPages[0] : undefined;
	const known = run.index.pageByIdentity.get(identities.get(withItems[0]!.section)!) ?? replacedRecord;
	// (Inference gives the same date from the same text: a different date on record was corrected.)
	if (known?.date && (meta.inferred.includes('date') || namedOnly('date')) && known.date !== meta.date) {
		meta.date = known.date;
		meta.inferred = meta.inferred.filter((field) => field !== 'date');
	}
	const metaOf = (section: PageSection): PageMeta => {
		// (A page of a PDF's text that prints no number takes its place among the file's pages, as inferred.)
		const own =
			sections.length === 1
				? meta
				: withoutEmpty<PageMeta>(
						{
							...meta,
							page: sectionPage(section),
							pageName: section.header?.pageName ?? section.runningHead?.pageName,
							inferred: sheetNumbered(section) ? [...meta.inferred, 'page'] : meta.inferred,
						},
						['inferred'],
					);
		const identity = identities.get(section);
		const record = identity === undefined ? undefined : (run.index.pageByIdentity.get(identity) ?? (sections.length === 1 ? replacedRecord : undefined));
		if (!record) return own;
		const page = namedOnly('page') && sections.length === 1 ? (record.page ?? own.page) : (own.page ?? record.page);
		return withoutEmpty<PageMeta>({ ...own, page, pageName: own.pageName ?? (own.page === undefined || page === record.page ? record.pageName : undefined) }, [
			'inferred',
		]);
	};
	const archived = archivedOf(file);
	const sourceFile = toPosix(relative(PROJECT_ROOT, archived));

	// A slug is one paper's: 空军日报 and 科技日报 both read kjrb.
	const slugOwner = run.slugs.get(meta.paperSlug) ?? run.index.paperOfSlug.get(meta.paperSlug);
	if (slugOwner !== undefined && slugOwner !== meta.paper) {
		out.problems.push(
			new Problem(`报纸代号 ${meta.paperSlug} 已属于《${slugOwner}》，不能再给《${meta.paper}》。`, {
				file: label,
				hint: `用 --paper-slug（或旁注文件的 paperSlug）给《${meta.paper}》另取一个代号，例如 ${meta.paperSlug}2，这份报纸以后的版面都沿用它（也可写进 papers.yaml）；代号出现在网址里，定下后不要再改。`,
			}),
		);
		return;
	}

	// (A page of article files has no scan beside it, and its sidecars no photos: readArticleSidecars.)
	const pictures = articles
		? undefined
		: picturesOf(run, out, {
				file,
				label,
				archived,
				sections: sections.length,
				items: withItems[0]!.parsed.items,
				sidecar,
				sidecarFile,
				sidecarLabel,
			});
	files.forEach((path, i) => {
		if (archivedOf(path) !== path) planSourceCopy(run, out, archivedOf(path), raws[i]!, articles ? sidecarPath(path) : sidecarFile);
	});
	// (A text the archive holds otherwise under its name is refused before it frees any address.)
	if (out.problems.length > 0) return;

	// The pages this page text gave before and gives no more, read otherwise now, or corrected (--replace): their addresses
	// are free for its pages.
	const ownSources = articles ? files.map((path) => toPosix(relative(PROJECT_ROOT, archivedOf(path)))) : [sourceFile];
	const { superseded, lacking } = supersededPages(run, ownSources, produced, replacedPages);
	for (const { page, files: missing } of lacking) {
		out.problems.push(
			new Problem(
				`存档中的 ${page.id} 版还有这次没有给出的稿件文件：${missing.map((file) => shown(join(PROJECT_ROOT, file))).join('、')}。这次的稿件文件少了这些，不能替换存档中的这一版。`,
				{
					file: label,
					hint: '把这些文件（存档里有副本）和这一版的其他稿件文件放在一起再导入；若它们确实不属于这一版，加 --replace 再导入：由它们生成的稿件删去，旧网址跳转到同版的稿件。',
				},
			),
		);
	}
	if (lacking.length > 0) return;
	for (const page of superseded)
		for (const identity of [page.identity!, ...(run.index.itemsOfPage.get(page.identity!) ?? []).flatMap((item) => item.identity ?? [])])
			run.movedOut.add(identity);

	const planned: { section: PageSection; page: PagePlan; identity: string; slotting?: SlotPlan; away: ReadonlyMap<string, IndexedFile> }[] = [];
	for (const { section, parsed } of withItems) {
		const identity = identities.get(section)!;
		const sectionMeta = metaOf(section);
		const unknownSlot =
			sectionMeta.page === undefined
				? unknownSlotFor(run, sectionMeta, { own: identity, page: identity, sourceFile }, sections.length === 1 ? replacedRecord : undefined)
				: undefined;
		const itemsIdentities = itemIdentities(
			section,
			parsed.items.map((item) => item.lines[0]),
			identity,
		);
		const pageId = pageRecordId(sectionMeta.paperSlug, sectionMeta.date, sectionMeta.page, unknownSlot);
		// (An article is its file's; an item of a page text, its title's, or where a correction changed that, its text's.)
		const inherited = inheritedItems(
			run,
			superseded.filter((page) => page.id === pageId),
			parsed.items.map((item, i) => ({
				keys: articles
					? [toPosix(relative(PROJECT_ROOT, articleSource(articles, item.lines, archivedOf).file))]
					: [titleKey(item.title), openingKey(item.body.map((block) => block.text).join(''))],
				identity: itemsIdentities[i]!,
			})),
			(item) => {
				if (articles) return [item.sourceFile];
				const { title, body } = archivedItem(item.path);
				return [titleKey(title), openingKey(body)];
			},
		);
		const slotting = slotsFor(run, out, pageId, identity, itemsIdentities, inherited);
		const away = new Map(inherited.flatMap((item) => (item.id.startsWith(`${pageId}-`) ? [] : [[item.identity, run.index.items.get(item.id)!] as const])));
		const page = planPage({
			source: section.printed,
			page: parsed,
			meta: sectionMeta,
			sourceFile: archived,
			projectRoot: PROJECT_ROOT,
			firstLine: section.firstLine,
			metadata: metadataLines(section),
			marks: section.marks,
			links: articleLinks(section, parsed.items),
			sourceOf: articles
				? (lines) => articleSource(articles, lines, archivedOf)
				: textRead && ((lines) => ({ file: archived, lines: [fileLine(textRead, lines[0]), fileLine(textRead, lines[1])] })),
			identity: { page: identity, items: itemsIdentities },
			unknownSlot,
			slots: slotting?.slots,
			elsewhere: new Set(itemsIdentities.flatMap((own, index) => (movedAlone(run, identity, own, away) ? [index] : []))),
			pictures,
		});
		if (page.conservation.mismatch) {
			const { line, expected, found } = page.conservation.mismatch;
			out.problems.push(
				new Problem(`拆分后的文字与原文不一致：原文为“${expected}”，拆分结果为“${found}”。`, {
					file: label,
					line,
					hint: '这是拆分程序的缺陷，请保留该文件并报告。这个文件没有写入任何内容。',
				}),
			);
			return;
		}
		planned.push({ section, page, identity, slotting, away });
	}

	const sheets = sections.filter(sheetNumbered);
	if (sheets.length > 0) {
		out.warnings.push(
			new Problem(`${sheets.length} 个版面没有印出版次，按分页符的先后推断为第 ${sheets.map((section) => section.sheet).join('、')} 版。`, {
				file: label,
				line: sheets[0]!.firstLine,
				hint: '整期 PDF 的文字按版序分页时这是对的；如不对，在每一版文字的第一行写上“第08版：园区”这样的版面标题再导入，或导入后用 npm run move 改正。',
			}),
		);
	}
	for (const field of meta.inferred) {
		const value = { paper: meta.paper, date: meta.date, page: meta.page, pageName: meta.pageName }[field];
		const given = `用 --${field === 'pageName' ? 'page-name' : field} 或旁注文件指定`;
		// (The date read is the latest dateline's: a daily's news is dated the day before it prints, on 97% of the development
		// corpus's pages with a dateline, 2026 and 2019 alike. Saying so, rather than guessing the day after, keeps the address
		// of a page already imported with the date read.)
		const hint =
			field === 'date'
				? `这是正文里最晚的电头日期；日报的电头多在出版前一天，出版日常是 ${dayAfter(meta.date)}。如不正确，${given}，或把文件放在以日期命名的文件夹里（如 ${dayAfter(meta.date)}/03.txt）、在文件名里写上日期。`
				: `如不正确，${given}。`;
		out.warnings.push(new Problem(`${field} 由正文推断为 ${value}。`, { file: label, hint }));
	}
	if (sections.length === 1 && metaOf(sections[0]!).page === undefined) {
		out.warnings.push(
			new Problem('版次未知，稿件网址中的版次记为 00。', {
				file: label,
				hint: '用 --page 或旁注文件的 page 字段指定，或在文本第一行写上“第08版：园区”这样的版面标题；指定后网址会不同，最好在首次导入时就给出。',
			}),
		);
	}

	for (const picture of pictures?.copies ?? []) planArchivedCopy(run, out, picture.from, picture.to);
	for (const { section, page, identity, slotting, away: movedAway } of planned) {
		const place = sections.length > 1 ? sectionPlace(section) : undefined;
		const owner: Owner = place ? { name: `${label} 第 ${place.line} 行的“${place.label}”`, line: place.line } : { name: label };
		for (const item of page.items) {
			const own = item.frontmatter.identity!;
			// An item the maintainer moved to another page alone (npm run move of one item) stays where it was moved.
			const away = movedAlone(run, identity, own, movedAway);
			if (away) {
				// (Only what the move changed: a field it left, the date inferred, stays as the page gives it.)
				const { frontmatter } = item;
				const place = Object.fromEntries(Object.entries(away.place).filter(([field, value]) => frontmatter[field as keyof typeof away.place] !== value));
				planGenerated(run, out, away.path, moved(item.content, place, true), 'item', owner, { own, page: identity, sourceFile });
				continue;
			}
			planGenerated(run, out, join(roots.items, item.path), item.content, 'item', owner, { own, page: identity, sourceFile });
		}
		planGenerated(run, out, join(roots.pages, page.page.path), page.page.content, 'page', owner, { own: identity, page: identity, sourceFile });
		if (slotting) planGoneItems(run, out, page, slotting);
		warnAboutStaleItems(run, out, page, identity, slotting !== undefined);
		out.pages.push(page);
	}
	planSupersededPages(
		run,
		out,
		superseded,
		planned.map(({ page }) => page),
	);
	if (out.problems.length === 0) run.slugs.set(meta.paperSlug, meta.paper);
}

/**
 * The pages the archive holds from a page text (`sourceFiles`: its archived copy, or a page's article files) that the text no
 * longer gives (`produced`, the identities of the pages it gives now): read again by a newer reading, it was cut into other
 * pages (a day's headers now read between rules) or its text read otherwise (its fields' labels taken out); or a page of
 * article files was completed (the crawl had missed an article), so that its pages have other identities now. Kept, they
 * would print the text twice. A page with items from files this text does not hold (`lacking`) is not superseded: their
 * text would be lost (a crawl that missed an article the archive has), unless the maintainer says so (--replace).
 */
function supersededPages(
	run: Run,
	sourceFiles: readonly string[],
	produced: ReadonlySet<string>,
	replaced: readonly IndexedFile[] = [],
): { superseded: IndexedFile[]; lacking: { page: IndexedFile; files: string[] }[] } {
	const own = new Set(sourceFiles);
	const superseded: IndexedFile[] = [];
	const lacking: { page: IndexedFile; files: string[] }[] = [];
	for (const page of new Set(sourceFiles.flatMap((file) => run.index.pagesOfSource.get(file) ?? []))) {
		if (page.identity === undefined || produced.has(page.identity) || run.movedOut.has(page.identity)) continue;
		const missing = (run.index.itemsOfPage.get(page.identity) ?? []).flatMap((item) =>
			item.sourceFile === undefined || own.has(item.sourceFile) ? [] : [item.sourceFile],
		);
		// (Unless the maintainer says the files given are the page now, --replace: its other articles go, each address leading on.)
		if (missing.length === 0 || run.options.replace) superseded.push(page);
		else lacking.push({ page, files: [...new Set(missing)].sort() });
	}
	// (And the pages a corrected text replaces, as the maintainer said: pagesReplaced.)
	for (const page of replaced) if (!superseded.includes(page) && !run.movedOut.has(page.identity!)) superseded.push(page);
	return { superseded, lacking };
}

/**
 * The pages a corrected page text replaces (--replace): those that the archived text of its name (`named`) gave, or else
 * the page at each place it goes (`places`, its pages' ids: a better crawl of a page imported from another file), or, where
 * none is there now, at the place the redirects ledger says that page was moved to (npm run move, or corrected flags).
 * None of those it gives again (`produced`). A page of unknown number replaces only what its name's text gave: 00 on
 * that date may be another page.
 */
function pagesReplaced(run: Run, named: string, places: readonly string[], produced: ReadonlySet<string>): IndexedFile[] {
	const ofName = run.index.pagesOfSource.get(named) ?? [];
	run.moves ??= new Map(readLedgerOrNone(run).map((entry) => [entry.from, entry.to]));
	const moves = run.moves;
	/** The page at a place, or where the page there went (a page moved more than once is followed; a loop stops). */
	const pageAt = (place: string) => {
		let id = place;
		for (const seen = new Set<string>(); !run.index.pages.has(id) && moves.has(id) && !seen.has(id); id = moves.get(id)!) seen.add(id);
		return run.index.pages.get(id);
	};
	const pages = ofName.length > 0 ? ofName : places.flatMap((place) => pageAt(place) ?? []);
	return [...new Set(pages)].filter((page) => page.identity !== undefined && !produced.has(page.identity));
}

/**
 * The addresses a page keeps from the page it supersedes at the same place (`superseded`): each archived item's, for the
 * item now read that is the same (`items`, in print order, each with its `key`; `keyOf` an archived item's): the same
 * article file, or the same title in a corrected text. An item added to the page takes a new address, and no address once
 * published shows another item. (A page text read again keeps its items' addresses by identity: item-slots.ts.)
 */
function inheritedItems(
	run: Run,
	superseded: readonly IndexedFile[],
	items: readonly { keys: (string | undefined)[]; identity: string }[],
	keysOf: (item: IndexedFile) => (string | undefined)[],
): ArchivedItem[] {
	// (An item the maintainer moved to another page alone is matched too: the item that is it now stays there, movedAlone.)
	const archived = superseded.flatMap((page) => (run.index.itemsOfPage.get(page.identity!) ?? []).toSorted((a, b) => a.id.localeCompare(b.id)));
	if (archived.length === 0) return [];
	const keys = new Map(archived.map((item) => [item, keysOf(item)]));
	const taken = new Set<string>();
	const inherited = new Map<IndexedFile, ArchivedItem>();
	// Each key in turn, the surest first: an item matched by its title is not matched again by its text.
	for (let k = 0; k < Math.max(...items.map((item) => item.keys.length)); k++) {
		for (const item of archived) {
			const key = keys.get(item)![k];
			if (key === undefined || inherited.has(item)) continue;
			const holder = items.find((candidate) => candidate.keys[k] === key && !taken.has(candidate.identity));
			if (!holder) continue;
			taken.add(holder.identity);
			inherited.set(item, { id: item.id, identity: holder.identity });
		}
	}
	return [...inherited.values()];
}

/**
 * Removes the files of `superseded` pages that no file of the new ones (`pages`) overwrites, each address leading to the page
 * or item that now holds its first line, as merged items lead (planGoneItems); an item edited by hand stays, reported.
 */
function planSupersededPages(run: Run, out: SourcePlan, superseded: readonly IndexedFile[], pages: readonly PagePlan[]): void {
	if (superseded.length === 0 || pages.length === 0) return;
	// (An item the run writes over, or removes already as merged into another, is planned.)
	const planned = new Set(out.writes.map((write) => write.path));
	const items = pages.flatMap((page) =>
		page.items.map((item) => ({
			id: item.path.replace(/\.mdx$/, ''),
			file: item.frontmatter.source.file,
			lines: item.frontmatter.source.lines,
			han: hanOf(item.content),
			page,
		})),
	);
	/**
	 * The new item that holds a line of a file: the last of that file that starts at or above it, or the file's first
	 * (an article file's item), or else the page's first.
	 */
	const holderOf = (file: string | undefined, line: number | undefined) =>
		items.findLast((item) => item.file === file && line !== undefined && item.lines[0] <= line) ?? items.find((item) => item.file === file) ?? items[0];
	for (const page of superseded) {
		let first: { file: string | undefined; line: number | undefined } | undefined;
		for (const item of run.index.itemsOfPage.get(page.identity!) ?? []) {
			const content = readFileSync(item.path, 'utf8');
			const line = firstSourceLine(content);
			if (first === undefined || (line !== undefined && (first.line === undefined || line < first.line))) first = { file: item.sourceFile, line };
			if (planned.has(item.path)) continue;
			// The item that holds its opening words now, or else the one that stands where it stood.
			const opening = openingWords(content);
			const holding = opening === undefined ? undefined : items.find((candidate) => candidate.han.includes(opening));
			const to = (holding ?? holderOf(item.sourceFile, line))?.id;
			if (to === undefined) continue;
			removeGoneItem(run, out, { id: item.id, path: item.path, content }, to, (key) => items.some((candidate) => candidate.han.includes(key)));
		}
		if (planned.has(page.path)) continue;
		const to = holderOf(first?.file, first?.line)!.page.page.path.replace(/\.yaml$/, '');
		out.writes.push({ path: page.path, content: '', remove: true, label: shown(page.path), kind: 'page', replaces: true });
		out.redirects.push({ from: page.id, to, reason: moveReason(page.id, to), date: run.today });
	}
}

/** A title as items are matched by it: its visible characters (a corrected text may space it otherwise). */
function titleKey(title: string | undefined): string | undefined {
	return title?.replace(/[\s\u3000]+/gu, '') || undefined;
}

/** The fewest Chinese characters that open an item's text and tell it from the others of its page. */
const OPENING_KEY_LENGTH = 24;
/** The fewest Chinese characters of an archived item's text that are looked for among a page's new items. */
const MIN_OPENING_WORDS = 6;

/**
 * The words an archived item's text (its MDX file) opens with, looked for among a page's new items to find where its text
 * went: its first 24 Chinese characters, or all of a brief's (six at least); undefined for a text with fewer.
 */
function openingWords(content: string): string | undefined {
	const opening = hanOf(splitItem(content).body).slice(0, OPENING_KEY_LENGTH);
	return opening.length >= MIN_OPENING_WORDS ? opening : undefined;
}

/** An item's text as items are matched by it where a corrected title no longer matches: its first Chinese characters. */
function openingKey(text: string): string | undefined {
	const opening = hanOf(text).slice(0, OPENING_KEY_LENGTH);
	return opening.length === OPENING_KEY_LENGTH ? opening : undefined;
}

/** The Chinese characters of a text, in order: what is compared of items whatever their markup and spacing. */
function hanOf(text: string): string {
	return text.match(/\p{Script=Han}/gu)?.join('') ?? '';
}

/** The title an archived item's frontmatter gives, and its MDX body. */
function archivedItem(path: string): { title: string | undefined; body: string } {
	const { frontmatter, body } = splitItem(readFileSync(path, 'utf8'));
	const data: unknown = frontmatter === undefined ? undefined : parseYaml(frontmatter);
	const title = data && typeof data === 'object' && 'title' in data && typeof data.title === 'string' ? data.title : undefined;
	return { title, body };
}

/** An item file's frontmatter (its YAML, between the --- lines) and its MDX body. */
function splitItem(content: string): { frontmatter: string | undefined; body: string } {
	const end = content.indexOf('\n---', 4);
	return end > 0 ? { frontmatter: content.slice(4, end), body: content.slice(end + 4) } : { frontmatter: undefined, body: '' };
}

/** The first line of its page text an item's frontmatter gives (source.lines), if it gives one. */
function firstSourceLine(content: string): number | undefined {
	const match = /^source:\n(?:[ \t]+.*\n)*?[ \t]+lines:\n[ \t]+- (\d+)$/mu.exec(content);
	return match ? Number(match[1]) : undefined;
}

/** A page text as the maintainer is told of it: its file, or for a page of article files, their names' pattern (20191015-01-*.txt). */
function pageTextLabel(files: readonly string[]): string {
	const first = files[0]!;
	return articleFileName(basename(first)) ? join(dirname(first), `${articlePageStem(basename(first))}-*.txt`) : first;
}

/** A page of article files' problems and warnings, each at its line of the article file it falls in rather than of their joined text. */
function inFilesRead(out: SourcePlan): SourcePlan {
	const { locate } = out;
	if (!locate) return out;
	const place = (problem: Problem) =>
		problem.file === out.file && problem.line !== undefined ? new Problem(problem.message, { ...locate(problem.line), hint: problem.hint }) : problem;
	return { ...out, problems: out.problems.map(place), warnings: out.warnings.map(place), uncertain: out.uncertain.map(place) };
}

/** A page of article files' outline, each item at the lines of its own file. */
function inArticleFiles(outline: OutlinePage, locate: (line: number) => { file: string; line: number }): OutlinePage {
	const placed = (place: { line: number; why: string }) => ({ ...place, line: locate(place.line).line });
	return {
		...outline,
		items: outline.items.map((item) => ({
			...item,
			file: locate(item.lines[0]).file,
			lines: [locate(item.lines[0]).line, locate(item.lines[1]).line],
			uncertain: item.uncertain.map(placed),
		})),
	};
}

/** Where an item of a page of article files comes from: its archived article file, and its lines there. */
function articleSource(articles: ArticlePage, [first, last]: LineRange, archivedOf: (path: string) => string): { file: string; lines: LineRange } {
	const from = locateLine(articles, first);
	const to = locateLine(articles, last);
	return { file: archivedOf(from.file), lines: [from.line, to.file === from.file ? to.line : from.line] };
}

/**
 * The page metadata the sidecars of a page's article files give (`20191015-01-04.txt` → `20191015-01-04.yaml`): what
 * one says holds for the page, and two that say it otherwise are a problem. A split hint or a photo belongs to one page
 * text's lines and captions, so it is not read there: each article file is one item already.
 */
function readArticleSidecars(files: readonly string[]): Sidecar {
	const merged: Sidecar = {};
	const from = new Map<string, string>();
	for (const path of files) {
		const sidecarFile = sidecarPath(path);
		if (!sidecarFile) continue;
		const sidecarLabel = shown(sidecarFile);
		const sidecar = readSidecar(sidecarFile, sidecarLabel);
		for (const [field, value] of Object.entries(sidecar) as [keyof Sidecar, unknown][]) {
			if (field === 'split' || field === 'photos') {
				throw new Problem(`逐篇存放的稿件文件不读旁注里的 ${field}。`, {
					file: sidecarLabel,
					hint:
						field === 'split'
							? '每个稿件文件就是一篇稿件，不必再给拆分提示；标题区读错时直接改稿件 frontmatter 的 kicker、title、subtitle（手工修改会保留）。'
							: '删去 photos；图片说明仍随稿件导入。',
				});
			}
			const earlier = from.get(field);
			if (earlier !== undefined && JSON.stringify(merged[field]) !== JSON.stringify(value)) {
				throw new Problem(`同一版的两个旁注文件给出的 ${field} 不同：${earlier} 与 ${sidecarLabel}。`, {
					file: sidecarLabel,
					hint: '同一版各篇稿件的旁注须一致；只在一个旁注里写这一版的 paper、date、page 等即可。',
				});
			}
			(merged as Record<string, unknown>)[field] = value;
			from.set(field, sidecarLabel);
		}
	}
	return merged;
}

/** Adds what one page text gives to the run's plan: its writes and pages only when it has no problem. */
function merge(plan: WritePlan, out: SourcePlan, { stage, keepParsed = true }: Pick<PlanOptions, 'stage' | 'keepParsed'> = {}): void {
	plan.warnings.push(...out.warnings);
	plan.uncertain.push(...out.uncertain);
	if (out.problems.length > 0) {
		plan.problems.push(...out.problems);
		plan.refused.push({ file: out.file, problems: out.problems });
		return;
	}
	for (const write of out.writes) {
		if (stage && !write.remove && !isStagedContent(write.content)) write.content = stage(write.content);
		plan.writes.push(write);
	}
	plan.redirects.push(...out.redirects);
	plan.counts.pages += out.pages.length;
	plan.counts.items += out.pages.reduce((n, page) => n + page.items.length, 0);
	if (keepParsed) plan.pages.push(...out.pages.map((page) => ({ file: out.file, plan: page })));
}

/** The ledger with this run's moves appended, as one more write. */
function planLedger(plan: WritePlan, itemsRoot: string): void {
	if (plan.redirects.length === 0) return;
	const path = ledgerPath(itemsRoot);
	const current = readIfExists(path)?.toString('utf8');
	plan.writes.push({ path, content: appendToLedger(current, plan.redirects), label: shown(path), kind: 'ledger', replaces: current !== undefined });
}

/**
 * Reads every source (absolute paths, in order) and plans the run's writes. `onRead` is told how
 * many sources have been read after each one, for progress. Wrong usage that only a file's
 * content shows (--page for a file of several pages) throws a UsageError.
 */
export function planWrites(sources: string[], options: PlanOptions, onRead?: (done: number) => void): WritePlan {
	const plan: WritePlan = {
		problems: [],
		warnings: [],
		uncertain: [],
		writes: [],
		pages: [],
		counts: { pages: 0, items: 0 },
		outline: [],
		refused: [],
		claimed: new Map(),
		redirects: [],
	};
	const run: Run = {
		plan,
		options,
		index: readContentIndex(options.roots),
		movedOut: new Set(),
		printings: new Set(),
		printedPages: new Map(),
		slugs: new Map(),
		styles: new Map(),
		today: new Date().toISOString().slice(0, 10),
	};
	// A wrong house style would split every page of its paper wrongly: nothing is read until it is fixed.
	const stylesFile = join(dirname(options.roots.pages), PAPER_STYLES_FILE);
	try {
		run.styles = readPaperStyles(dirname(options.roots.pages), shown(stylesFile));
	} catch (error) {
		const problems = problemsOf(error, shown(stylesFile));
		plan.problems.push(...problems);
		plan.refused.push(...sources.map((file) => ({ file: shown(file), problems })));
		return plan;
	}
	let read = 0;
	for (const files of groupArticleFiles(sources)) {
		const out: SourcePlan = { file: shown(pageTextLabel(files)), problems: [], warnings: [], uncertain: [], writes: [], pages: [], redirects: [] };
		try {
			readSource(run, files, out);
		} catch (error) {
			if (error instanceof UsageError) throw error;
			out.problems.push(...problemsOf(error, out.file));
		}
		merge(plan, inFilesRead(out), options);
		read += files.length;
		onRead?.(read);
	}
	planLedger(plan, options.roots.items);
	return plan;
}

/** The day after an ISO date (2024-07-12 → 2024-07-13). */
function dayAfter(iso: string): string {
	const next = new Date(`${iso}T00:00:00Z`);
	next.setUTCDate(next.getUTCDate() + 1);
	return next.toISOString().slice(0, 10);
}
