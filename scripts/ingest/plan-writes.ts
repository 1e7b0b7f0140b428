/**
 * Reads every page text and plans the files the run would write: items, page records and archived
 * page texts with their sidecars. Nothing is written here. Every problem in every file is
 * collected (with warnings apart), so that the command can show them all and write nothing when
 * there is any; a file is planned only when it is new or changed, and a file edited by hand since
 * the last run is kept unless the maintainer forces it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { IngestOptions } from './cli-options.ts';
import { provenanceOf } from './fingerprint.ts';
import { readSidecar, resolvePageMeta, sidecarPath } from './page-meta.ts';
import { parsePage } from './parse-page.ts';
import { planPage, toPosix, type PagePlan } from './plan-page.ts';
import { Problem } from './problem.ts';
import { decodeSource } from './read-source.ts';
import type { FileWrite } from './transaction.ts';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
/** A page of text is tens of kilobytes; anything this large is not one page. */
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
	writes: PlannedWrite[];
	/** Each page read, by the source file as shown. */
	pages: { file: string; plan: PagePlan }[];
	/** Which source (as shown) claimed each target path, so that no two write one file. */
	claimed: Map<string, string>;
}

type PlanOptions = Pick<IngestOptions, 'flags' | 'roots' | 'force'>;

/** A path as the maintainer would type it from here. */
const shown = (path: string) => toPosix(relative(process.cwd(), path)) || '.';

/** What went wrong reading `file`, as a Problem in that file (or in the sidecar it names). */
function problemOf(error: unknown, file: string): Problem {
	if (error instanceof Problem) return error.in(file);
	return new Problem((error as Error).message ?? String(error), { file });
}

/** Plans one generated file: new, unchanged, replacing the ingester's own, or refused (edited by hand). */
function planGenerated(plan: WritePlan, target: string, content: string, kind: 'item' | 'page', file: string, force: boolean): void {
	const label = shown(target);
	const claimedBy = plan.claimed.get(target);
	if (claimedBy) {
		plan.problems.push(
			new Problem(`与 ${claimedBy} 要写入同一个文件 ${label}。`, { file, hint: '两个版面文本的报纸、日期和版次相同：用 --page 或旁注文件区分版次。' }),
		);
		return;
	}
	plan.claimed.set(target, file);
	if (!existsSync(target)) {
		plan.writes.push({ path: target, content, label, kind, replaces: false });
		return;
	}
	const current = readFileSync(target, 'utf8');
	if (current === content) return;
	if (provenanceOf(current) === 'edited' && !force) {
		plan.problems.push(
			new Problem(`${label} 在上次导入后被手工修改过，未覆盖。`, {
				file,
				hint: '要保留手工修改，就不必重新导入这个版面；确需用新的拆分结果覆盖时加 --force。',
			}),
		);
		return;
	}
	plan.writes.push({ path: target, content, label, kind, replaces: true });
}

/** Plans the archived copy of a page text (and of its sidecar), unless the archive holds it already. */
function planSourceCopy(plan: WritePlan, file: string, archived: string, raw: Buffer): void {
	const claimedBy = plan.claimed.get(archived);
	if (claimedBy) {
		plan.problems.push(
			new Problem(`与 ${claimedBy} 要存档为同一个文件 ${shown(archived)}。`, {
				file: shown(file),
				hint: '同一天同一报纸的版面文本须用不同的文件名，例如在文件名里写上版次。',
			}),
		);
		return;
	}
	plan.claimed.set(archived, shown(file));
	const sidecar = sidecarPath(file);
	if (sidecar) {
		// The archived sidecar follows the one given, so that the archive tells what was used.
		const target = join(dirname(archived), basename(sidecar));
		const content = readFileSync(sidecar);
		if (!existsSync(target) || !readFileSync(target).equals(content)) {
			plan.writes.push({ path: target, content, label: shown(target), kind: 'source', replaces: existsSync(target) });
		}
	}
	if (existsSync(archived)) {
		if (!readFileSync(archived).equals(raw)) {
			plan.problems.push(
				new Problem(`存档中已有同名但内容不同的版面原文：${shown(archived)}。`, {
					file: shown(file),
					hint: '改用不同的文件名，或确认后用新文件替换存档中的原文。',
				}),
			);
		}
		return;
	}
	plan.writes.push({ path: archived, content: raw, label: shown(archived), kind: 'source', replaces: false });
}

/** Item files in a page's folder that this run no longer produces: left alone, but reported. */
function warnAboutStaleItems(plan: WritePlan, page: PagePlan, itemsRoot: string, file: string): void {
	const folder = join(itemsRoot, dirname(page.items[0]!.path));
	if (!existsSync(folder)) return;
	const prefix = basename(page.page.path, '.yaml');
	const produced = new Set(page.items.map((item) => basename(item.path)));
	for (const name of readdirSync(folder)) {
		if (name.startsWith(`${prefix}-`) && name.endsWith('.mdx') && !produced.has(name)) {
			plan.warnings.push(
				new Problem(`${shown(join(folder, name))} 不再由这个版面文本生成（稿件数变少了），未删除。`, { file, hint: '确认它已无用后手动删除；它的网址会随之失效。' }),
			);
		}
	}
}

/** Reads one page text and plans its files; throws a Problem when the text cannot be read as a page. */
function planSource(plan: WritePlan, file: string, { flags, roots, force }: PlanOptions): void {
	const label = shown(file);
	const size = statSync(file).size;
	if (size > MAX_SOURCE_BYTES) {
		plan.problems.push(new Problem(`文件过大（${(size / 1024 / 1024).toFixed(1)} MB），不像是一个版面的文字。`, { file: label, hint: '按版面拆成多个文件后再导入。' }));
		return;
	}
	const raw = readFileSync(file);
	const text = decodeSource(raw, label);
	const sidecarFile = sidecarPath(file);
	const sidecar = sidecarFile ? readSidecar(sidecarFile) : {};
	const parsed = parsePage(text, { columns: flags.columns ?? sidecar.columns });
	if (parsed.items.length === 0) {
		plan.problems.push(new Problem('文件里没有正文。', { file: label, hint: '确认文件不是空的，且是版面文本。' }));
		return;
	}
	const meta = resolvePageMeta({ sourcePath: label, source: text, page: parsed, flags, sidecar });
	const archived = file.startsWith(roots.sources + '/') ? file : join(roots.sources, meta.paperSlug, meta.date, basename(file));
	const page = planPage({ source: text, page: parsed, meta, sourceFile: archived, projectRoot: PROJECT_ROOT });
	if (page.conservation.mismatch) {
		const { line, expected, found } = page.conservation.mismatch;
		plan.problems.push(
			new Problem(`拆分后的文字与原文不一致：原文为“${expected}”，拆分结果为“${found}”。`, {
				file: label,
				line,
				hint: '这是拆分程序的缺陷，请保留该文件并报告。没有写入任何文件。',
			}),
		);
		return;
	}
	for (const field of meta.inferred) {
		const value = { paper: meta.paper, date: meta.date, page: meta.page, pageName: meta.pageName }[field];
		plan.warnings.push(
			new Problem(`${field} 由正文推断为 ${value}。`, { file: label, hint: `如不正确，用 --${field === 'pageName' ? 'page-name' : field} 或旁注文件指定。` }),
		);
	}
	if (meta.page === undefined) {
		plan.warnings.push(
			new Problem('版次未知，稿件网址中的版次记为 00。', {
				file: label,
				hint: '用 --page 或旁注文件的 page 字段指定；指定后网址会不同，最好在首次导入时就给出。',
			}),
		);
	}
	if (archived !== file) planSourceCopy(plan, file, archived, raw);
	for (const item of page.items) planGenerated(plan, join(roots.items, item.path), item.content, 'item', label, force);
	planGenerated(plan, join(roots.pages, page.page.path), page.page.content, 'page', label, force);
	warnAboutStaleItems(plan, page, roots.items, label);
	plan.pages.push({ file: label, plan: page });
}

/**
 * Reads every source (absolute paths, in order) and plans the run's writes. `onRead` is told how
 * many sources have been read after each one, for progress.
 */
export function planWrites(sources: string[], options: PlanOptions, onRead?: (done: number) => void): WritePlan {
	const plan: WritePlan = { problems: [], warnings: [], writes: [], pages: [], claimed: new Map() };
	sources.forEach((file, index) => {
		try {
			planSource(plan, file, options);
		} catch (error) {
			plan.problems.push(problemOf(error, shown(file)));
		}
		onRead?.(index + 1);
	});
	return plan;
}
