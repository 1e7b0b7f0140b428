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
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { UsageError, type IngestOptions } from './cli-options.ts';
import { provenanceOf } from './fingerprint.ts';
import { withoutEmpty } from './objects.ts';
import { outlineOf, type OutlinePage } from './outline.ts';
import { readSidecar, resolvePageMeta, sidecarPath, type PageMeta, type PageMetaInput, type Sidecar } from './page-meta.ts';
import { linesOf, splitSections, type PageHeader, type PageSection } from './page-sections.ts';
import { parsePage, type ParsedPage } from './parse-page.ts';
import { planPage, toPosix, type PagePlan } from './plan-page.ts';
import { Problem, ProblemGroup } from './problem.ts';
import { decodeSource } from './read-source.ts';
import { resolveHints, type HintedStart, type ResolvedHints } from './split-hints.ts';
import type { FileWrite } from './transaction.ts';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
/** A day of a paper is a few hundred kilobytes of text; anything this large is not a page text. */
const MAX_SOURCE_BYTES = 8 * 1024 * 1024;

export interface PlannedWrite extends FileWrite {
	label: string;
	kind: 'item' | 'page' | 'source';
	/** Whether the target exists already (a replacement rather than a new file). */
	replaces: boolean;
}

export interface WritePlan {
	problems: Problem[];
	warnings: Problem[];
	/** Places where the split is a guess, each with its file and line: for the maintainer to check first. */
	uncertain: Problem[];
	/** The writes of every page text without problems. */
	writes: PlannedWrite[];
	/** Each printed page planned, by the page text (as shown) it came from. */
	pages: { file: string; plan: PagePlan }[];
	/** With --outline, the split of every printed page read: also of files refused after they were parsed. */
	outline: OutlinePage[];
	/** Page texts (as shown) with problems, each with its problems: nothing of theirs is planned. */
	refused: { file: string; problems: Problem[] }[];
	/** Which page text (as shown) claimed each target path, so that no two write one file. */
	claimed: Map<string, string>;
}

type PlanOptions = Pick<IngestOptions, 'flags' | 'roots' | 'force'> & Partial<Pick<IngestOptions, 'outline'>>;

/** What one page text gives; merged into the run's plan, its writes only when it has no problem. */
interface SourcePlan {
	/** The page text as shown. */
	file: string;
	problems: Problem[];
	warnings: Problem[];
	uncertain: Problem[];
	writes: PlannedWrite[];
	pages: PagePlan[];
}

/** A printed page of a page text, parsed. */
interface ReadSection {
	section: PageSection;
	parsed: ParsedPage;
	/** The hints that started items on it. */
	hinted: HintedStart[];
}

/** What the whole run shares while planning: the plan so far and what was read of the content folders. */
interface Run {
	plan: WritePlan;
	options: PlanOptions;
	/** Folder listings of the items folder, read once per folder: many pages share a date's folder. */
	listings: Map<string, string[]>;
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
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
}

/** 第03版：要闻, as messages name a printed page. */
function pageLabel(header: PageHeader): string {
	return header.text;
}

/** Who writes a file, for the message when another would write it too: a page text, or one printed page of it (with the line of its header). */
interface Owner {
	name: string;
	line?: number;
}

/** Plans one generated file: new, unchanged, replacing the ingester's own, or refused (edited by hand). */
function planGenerated(run: Run, out: SourcePlan, target: string, content: string, kind: 'item' | 'page', owner: Owner): void {
	const label = shown(target);
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
	run.plan.claimed.set(target, owner.name);
	const existing = readIfExists(target);
	if (existing === undefined) {
		out.writes.push({ path: target, content, label, kind, replaces: false });
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
	out.writes.push({ path: target, content, label, kind, replaces: true });
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
	if (existing !== undefined && !existing.equals(raw)) {
		out.problems.push(
			new Problem(`存档中已有同名但内容不同的版面原文：${shown(archived)}。`, {
				file: out.file,
				hint: '改用不同的文件名，或确认后用新文件替换存档中的原文。',
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
	if (existing === undefined) out.writes.push({ path: archived, content: raw, label: shown(archived), kind: 'source', replaces: false });
}

/** Item files in a page's folder that this run no longer produces: left alone, but reported. */
function warnAboutStaleItems(run: Run, out: SourcePlan, page: PagePlan): void {
	const folder = join(run.options.roots.items, dirname(page.items[0]!.path));
	let names = run.listings.get(folder);
	if (!names) {
		try {
			names = readdirSync(folder);
		} catch {
			names = [];
		}
		run.listings.set(folder, names);
	}
	const prefix = `${basename(page.page.path, '.yaml')}-`;
	const produced = new Set(page.items.map((item) => basename(item.path)));
	for (const name of names) {
		if (name.startsWith(prefix) && name.endsWith('.mdx') && !produced.has(name)) {
			out.warnings.push(
				new Problem(`${shown(join(folder, name))} 不再由这个版面文本生成（稿件数变少了），未删除。`, {
					file: out.file,
					hint: '确认它已无用后手动删除；它的网址会随之失效。',
				}),
			);
		}
	}
}

/**
 * A file of several printed pages takes each page's number and name from its header: one given
 * for the whole file would put every page under one number. Flags are wrong usage; a sidecar is a
 * problem in the sidecar.
 */
function refuseOnePageForSeveral(label: string, headers: PageHeader[], flags: PageMetaInput, sidecar: Sidecar, sidecarLabel: string | undefined): void {
	const where = `${headers.length} 个版面（版面标题在第 ${headers.map((h) => h.line).join('、')} 行）`;
	if (flags.page !== undefined || flags.pageName !== undefined) {
		throw new UsageError(
			`${label} 含 ${where}，--page 和 --page-name 只能用于单个版面。去掉 --page / --page-name 再运行：各版的版次和版名取自各自的版面标题。`,
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
	out: SourcePlan,
	section: PageSection,
	hints: ResolvedHints,
	columns: string[] | undefined,
	sidecarLabel: string | undefined,
): ReadSection {
	const parse = (hinted: HintedStart[]) =>
		parsePage(section.text, {
			columns,
			firstLine: section.firstLine,
			itemStarts: new Set(hinted.map((start) => start.line)),
			titleLines: new Set(hinted.flatMap((start) => (start.titleLine === undefined ? [] : [start.titleLine]))),
			// Title hints list every item of their page.
			onlyItemStarts: hinted.some((start) => start.titleLine !== undefined),
		});
	let hinted = hints.starts.filter((start) => start.line >= section.firstLine && start.line <= section.lastLine);
	let parsed = parse(hinted);
	if (hinted.length === 0) return { section, parsed, hinted };
	const started = new Set(parsed.items.map((item) => item.lines[0]));
	const missed = hinted.filter((start) => !started.has(start.line));
	if (missed.length === 0) return { section, parsed, hinted };
	for (const start of missed) {
		const holder = parsed.items.find((item) => item.lines[0] <= start.line && start.line <= item.lines[1]);
		const where = holder
			? `第 ${start.line} 行成了第 ${holder.lines[0]} 行起的稿件“${holder.title}”的一部分（标题区或署名）`
			: `第 ${start.line} 行没有成为稿件的开头`;
		out.warnings.push(
			new Problem(`拆分提示 ${start.hint}与正文不符：${where}，已略去（其余提示照常使用）。`, {
				file: sidecarLabel,
				hint: '改成那篇稿件标题区第一行的行号，或删去这一项。用 --outline 可查看各篇稿件的行号。',
			}),
		);
	}
	hinted = hinted.filter((start) => started.has(start.line));
	parsed = parse(hinted);
	return { section, parsed, hinted };
}

/** Reads one page text into `out`: its printed pages parsed and planned, or the problems that stop it. Throws what stops it early. */
function readSource(run: Run, file: string, out: SourcePlan): void {
	const { flags, roots } = run.options;
	const label = out.file;
	const size = statSync(file).size;
	if (size > MAX_SOURCE_BYTES) {
		out.problems.push(
			new Problem(`文件过大（${(size / 1024 / 1024).toFixed(1)} MB），不像是一个版面或一天报纸的文字。`, { file: label, hint: '按版面拆成多个文件后再导入。' }),
		);
		return;
	}
	const raw = readFileSync(file);
	const text = decodeSource(raw, label);
	const sidecarFile = sidecarPath(file);
	const sidecarLabel = sidecarFile && shown(sidecarFile);
	const sidecar: Sidecar = sidecarFile ? readSidecar(sidecarFile, sidecarLabel) : {};

	const sections = splitSections(text);
	const headers = sections.flatMap((section) => (section.header ? [section.header] : []));
	if (sections.length > 1) refuseOnePageForSeveral(label, headers, flags, sidecar, sidecarLabel);
	const first = headers[0];
	if (first && first.line > 1 && sections[0]!.printed.split(/\r\n|\r|\n/, first.line - 1).some((line) => line.trim())) {
		out.warnings.push(
			new Problem(`第一个版面标题“${pageLabel(first)}”之前还有文字，已并入这一版。`, {
				file: label,
				line: first.line,
				hint: '若那是转存时加上的标题或说明，不属于任何稿件，可从文本里删去；用 --outline 可查看拆分。',
			}),
		);
	}

	const hints = sidecar.split ? resolveHints(sidecar.split, linesOf(text), new Set(headers.map((h) => h.line))) : { starts: [], stale: [] };
	for (const stale of hints.stale) {
		out.warnings.push(new Problem(`拆分提示 ${stale.hint}与正文不符：${stale.why}，已略去（其余提示照常使用）。`, { file: sidecarLabel, hint: stale.fix }));
	}
	const columns = flags.columns ?? sidecar.columns;
	const read = sections.map((section) => readSection(out, section, hints, columns, sidecarLabel));

	// Page number and name as far as known before paper and date, for the outline.
	const given = sections.length === 1 ? { page: flags.page ?? sidecar.page, pageName: flags.pageName ?? sidecar.pageName } : {};
	for (const { section, parsed, hinted } of read) {
		for (const place of parsed.uncertain) out.uncertain.push(new Problem(place.why, { file: label, line: place.line }));
		if (!run.options.outline) continue;
		run.plan.outline.push(
			outlineOf({
				file: label,
				page: given.page ?? section.header?.page,
				pageName: given.pageName ?? section.header?.pageName,
				lines: [section.firstLine, section.lastLine],
				parsed,
				hinted,
			}),
		);
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

	const meta = resolvePageMeta({
		sourcePath: label,
		source: text,
		page: { items: withItems.flatMap(({ parsed }) => parsed.items) },
		flags,
		sidecar,
		printed: sections.length === 1 ? { page: sections[0]!.header?.page, pageName: sections[0]!.header?.pageName } : undefined,
	});
	const metaOf = (section: PageSection): PageMeta =>
		sections.length === 1 ? meta : withoutEmpty<PageMeta>({ ...meta, page: section.header?.page, pageName: section.header?.pageName }, ['inferred']);
	const archived = file.startsWith(roots.sources + '/') ? file : join(roots.sources, meta.paperSlug, meta.date, basename(file));

	const planned: { section: PageSection; page: PagePlan }[] = [];
	for (const { section, parsed } of withItems) {
		const page = planPage({
			source: section.printed,
			page: parsed,
			meta: metaOf(section),
			sourceFile: archived,
			projectRoot: PROJECT_ROOT,
			firstLine: section.firstLine,
			metadata: section.header ? [{ line: section.header.line, text: section.header.text }] : [],
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
		planned.push({ section, page });
	}

	for (const field of meta.inferred) {
		const value = { paper: meta.paper, date: meta.date, page: meta.page, pageName: meta.pageName }[field];
		out.warnings.push(
			new Problem(`${field} 由正文推断为 ${value}。`, { file: label, hint: `如不正确，用 --${field === 'pageName' ? 'page-name' : field} 或旁注文件指定。` }),
		);
	}
	if (sections.length === 1 && metaOf(sections[0]!).page === undefined) {
		out.warnings.push(
			new Problem('版次未知，稿件网址中的版次记为 00。', {
				file: label,
				hint: '用 --page 或旁注文件的 page 字段指定，或在文本第一行写上“第08版：园区”这样的版面标题；指定后网址会不同，最好在首次导入时就给出。',
			}),
		);
	}

	if (archived !== file) planSourceCopy(run, out, archived, raw, sidecarFile);
	for (const { section, page } of planned) {
		const owner: Owner =
			sections.length > 1 ? { name: `${label} 第 ${section.header!.line} 行的“${pageLabel(section.header!)}”`, line: section.header!.line } : { name: label };
		for (const item of page.items) planGenerated(run, out, join(roots.items, item.path), item.content, 'item', owner);
		planGenerated(run, out, join(roots.pages, page.page.path), page.page.content, 'page', owner);
		warnAboutStaleItems(run, out, page);
		out.pages.push(page);
	}
}

/** Adds what one page text gives to the run's plan: its writes and pages only when it has no problem. */
function merge(plan: WritePlan, out: SourcePlan): void {
	plan.warnings.push(...out.warnings);
	plan.uncertain.push(...out.uncertain);
	if (out.problems.length > 0) {
		plan.problems.push(...out.problems);
		plan.refused.push({ file: out.file, problems: out.problems });
		return;
	}
	plan.writes.push(...out.writes);
	plan.pages.push(...out.pages.map((page) => ({ file: out.file, plan: page })));
}

/**
 * Reads every source (absolute paths, in order) and plans the run's writes. `onRead` is told how
 * many sources have been read after each one, for progress. Wrong usage that only a file's
 * content shows (--page for a file of several pages) throws a UsageError.
 */
export function planWrites(sources: string[], options: PlanOptions, onRead?: (done: number) => void): WritePlan {
	const plan: WritePlan = { problems: [], warnings: [], uncertain: [], writes: [], pages: [], outline: [], refused: [], claimed: new Map() };
	const run: Run = { plan, options, listings: new Map() };
	sources.forEach((file, index) => {
		const out: SourcePlan = { file: shown(file), problems: [], warnings: [], uncertain: [], writes: [], pages: [] };
		try {
			readSource(run, file, out);
		} catch (error) {
			if (error instanceof UsageError) throw error;
			out.problems.push(...problemsOf(error, out.file));
		}
		merge(plan, out);
		onRead?.(index + 1);
	});
	return plan;
}
