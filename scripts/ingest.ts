/**
 * npm run ingest -- <file or folder…> [options]
 *
 * Turns plain-text newspaper pages into one MDX file per news item under content/items/, one
 * YAML record per page under content/pages/, and keeps a copy of each page text under
 * content/sources/. Every problem in every file is collected and printed per file; nothing is
 * written unless all files are good, and then everything is written or nothing.
 *
 * Exit codes: 0 done, 1 a source has problems (nothing written), 2 wrong usage.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { provenanceOf } from './ingest/fingerprint.ts';
import { planPage, toPosix, type PagePlan } from './ingest/plan-page.ts';
import { PageMetaError, pageMetaInputSchema, readSidecar, resolvePageMeta, sidecarPath, type PageMetaInput } from './ingest/page-meta.ts';
import { PageParseError, parsePage } from './ingest/parse-page.ts';
import { decodeSource, SourceDecodeError } from './ingest/read-source.ts';
import { Transaction, type FileWrite } from './ingest/transaction.ts';

const PROJECT_ROOT = resolve(import.meta.dirname, '..');
/** A page of text is tens of kilobytes; anything this large is not one page. */
const MAX_SOURCE_BYTES = 8 * 1024 * 1024;

const USAGE = `用法：npm run ingest -- <文件或文件夹…> [选项]

把报纸版面的纯文本（.txt）拆成稿件，每篇写成一个 MDX 文件。

选项：
  --paper <名称>        报纸名称，如 科技日报（缺省时从“某某报讯”推断）
  --paper-slug <代号>   网址里的报纸代号，如 kjrb（缺省时取拼音首字母）
  --date <YYYY-MM-DD>   出版日期（缺省时从电头日期和年份推断）
  --page <数字>         版次，如 8
  --page-name <名称>    版名，如 园区
  --columns <名称,…>    本报特有的栏目名称，逗号分隔（常见栏目如 速览、数读 无需列出）
  --out <文件夹>        稿件输出位置（缺省 content/items；版面信息写在同级的 pages）
  --sources <文件夹>    版面原文存档位置（缺省与 --out 同级的 sources）
  --force               覆盖手工改过的稿件和版面文件
  --dry-run             只显示将写入的文件，不写入
  --json                把拆分结果（稿件的 frontmatter 字段和正文）以 JSON 输出到标准输出
  -h, --help            显示本说明

命令行参数优先于旁注文件（与原文同名的 .yaml，如 page.txt → page.yaml），旁注文件优先于推断。
退出码：0 成功；1 有文件存在问题，未写入任何文件；2 用法错误。`;

interface Notice {
	file: string;
	line?: number;
	message: string;
	hint?: string;
}

interface PlannedWrite extends FileWrite {
	label: string;
	kind: 'item' | 'page' | 'source';
	/** Whether the target exists already (a replacement rather than a new file). */
	replaces: boolean;
}

interface Run {
	problems: Notice[];
	warnings: Notice[];
	writes: PlannedWrite[];
	plans: { file: string; plan: PagePlan }[];
	claimed: Map<string, string>;
}

function fail(message: string): never {
	console.error(`错误：${message}\n\n${USAGE}`);
	process.exit(2);
}

function parseCli() {
	try {
		return parseArgs({
			allowPositionals: true,
			options: {
				paper: { type: 'string' },
				'paper-slug': { type: 'string' },
				date: { type: 'string' },
				page: { type: 'string' },
				'page-name': { type: 'string' },
				columns: { type: 'string' },
				out: { type: 'string', default: 'content/items' },
				sources: { type: 'string' },
				force: { type: 'boolean', default: false },
				'dry-run': { type: 'boolean', default: false },
				json: { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false },
			},
		});
	} catch (error) {
		fail((error as Error).message);
	}
}

function listSources(inputs: string[]): string[] {
	const files: string[] = [];
	for (const input of inputs) {
		if (!existsSync(input)) fail(`找不到 ${input}。`);
		if (statSync(input).isDirectory()) {
			for (const entry of readdirSync(input, { recursive: true, withFileTypes: true })) {
				if (entry.isFile() && entry.name.endsWith('.txt')) files.push(join(entry.parentPath, entry.name));
			}
		} else files.push(input);
	}
	return [...new Set(files.map((f) => resolve(f)))].sort();
}

const shown = (path: string) => toPosix(relative(process.cwd(), path)) || '.';

function problemOf(error: unknown, file: string): Notice {
	if (error instanceof PageParseError || error instanceof SourceDecodeError) return { file, line: error.line, message: error.message, hint: error.hint };
	if (error instanceof PageMetaError) return { file: error.file, line: error.line, message: error.message, hint: error.hint };
	return { file, message: (error as Error).message ?? String(error) };
}

function printNotices(notices: Notice[], heading: string): void {
	if (notices.length === 0) return;
	console.error(`\n${heading}`);
	for (const [file, list] of Map.groupBy(notices, (n) => n.file)) {
		console.error(`\n${file}`);
		for (const notice of list) {
			console.error(`  ${notice.line ? `第 ${notice.line} 行：` : ''}${notice.message}`);
			if (notice.hint) console.error(`    提示：${notice.hint}`);
		}
	}
}

/** Plans one generated file: new, unchanged, replacing the ingester's own, or refused (edited by hand). */
function planGenerated(run: Run, target: string, content: string, kind: 'item' | 'page', file: string, force: boolean): void {
	const label = shown(target);
	const claimedBy = run.claimed.get(target);
	if (claimedBy) {
		run.problems.push({
			file,
			message: `与 ${claimedBy} 要写入同一个文件 ${label}。`,
			hint: '两个版面文本的报纸、日期和版次相同：用 --page 或旁注文件区分版次。',
		});
		return;
	}
	run.claimed.set(target, file);
	if (!existsSync(target)) {
		run.writes.push({ path: target, content, label, kind, replaces: false });
		return;
	}
	const current = readFileSync(target, 'utf8');
	if (current === content) return;
	if (provenanceOf(current) === 'edited' && !force) {
		run.problems.push({
			file,
			message: `${label} 在上次导入后被手工修改过，未覆盖。`,
			hint: '要保留手工修改，就不必重新导入这个版面；确需用新的拆分结果覆盖时加 --force。',
		});
		return;
	}
	run.writes.push({ path: target, content, label, kind, replaces: true });
}

function planSourceCopy(run: Run, file: string, archived: string, raw: Buffer): void {
	const claimedBy = run.claimed.get(archived);
	if (claimedBy) {
		run.problems.push({
			file: shown(file),
			message: `与 ${claimedBy} 要存档为同一个文件 ${shown(archived)}。`,
			hint: '同一天同一报纸的版面文本须用不同的文件名，例如在文件名里写上版次。',
		});
		return;
	}
	run.claimed.set(archived, shown(file));
	const sidecar = sidecarPath(file);
	if (sidecar) {
		// The archived sidecar follows the one given, so that the archive tells what was used.
		const target = join(dirname(archived), basename(sidecar));
		const content = readFileSync(sidecar);
		if (!existsSync(target) || !readFileSync(target).equals(content)) {
			run.writes.push({ path: target, content, label: shown(target), kind: 'source', replaces: existsSync(target) });
		}
	}
	if (existsSync(archived)) {
		if (!readFileSync(archived).equals(raw)) {
			run.problems.push({
				file: shown(file),
				message: `存档中已有同名但内容不同的版面原文：${shown(archived)}。`,
				hint: '改用不同的文件名，或确认后用新文件替换存档中的原文。',
			});
		}
		return;
	}
	run.writes.push({ path: archived, content: raw, label: shown(archived), kind: 'source', replaces: false });
}

/** Item files in a page's folder that this run no longer produces: left alone, but reported. */
function warnAboutStaleItems(run: Run, plan: PagePlan, itemsRoot: string, file: string): void {
	const folder = join(itemsRoot, dirname(plan.items[0]!.path));
	if (!existsSync(folder)) return;
	const prefix = basename(plan.page.path, '.yaml');
	const produced = new Set(plan.items.map((item) => basename(item.path)));
	for (const name of readdirSync(folder)) {
		if (name.startsWith(`${prefix}-`) && name.endsWith('.mdx') && !produced.has(name)) {
			run.warnings.push({
				file,
				message: `${shown(join(folder, name))} 不再由这个版面文本生成（稿件数变少了），未删除。`,
				hint: '确认它已无用后手动删除；它的网址会随之失效。',
			});
		}
	}
}

function readPage(run: Run, file: string, flags: PageMetaInput, roots: { items: string; pages: string; sources: string }, force: boolean): void {
	const label = shown(file);
	const size = statSync(file).size;
	if (size > MAX_SOURCE_BYTES) {
		run.problems.push({ file: label, message: `文件过大（${(size / 1024 / 1024).toFixed(1)} MB），不像是一个版面的文字。`, hint: '按版面拆成多个文件后再导入。' });
		return;
	}
	const raw = readFileSync(file);
	const text = decodeSource(raw, label);
	const sidecarFile = sidecarPath(file);
	const sidecar = sidecarFile ? readSidecar(sidecarFile) : {};
	const page = parsePage(text, { columns: flags.columns ?? sidecar.columns });
	if (page.items.length === 0) {
		run.problems.push({ file: label, message: '文件里没有正文。', hint: '确认文件不是空的，且是版面文本。' });
		return;
	}
	const meta = resolvePageMeta({ sourcePath: label, source: text, page, flags, sidecar });
	const archived = file.startsWith(roots.sources + '/') ? file : join(roots.sources, meta.paperSlug, meta.date, basename(file));
	const plan = planPage({ source: text, page, meta, sourceFile: archived, projectRoot: PROJECT_ROOT });
	if (plan.conservation.mismatch) {
		const { line, expected, found } = plan.conservation.mismatch;
		run.problems.push({
			file: label,
			line,
			message: `拆分后的文字与原文不一致：原文为“${expected}”，拆分结果为“${found}”。`,
			hint: '这是拆分程序的缺陷，请保留该文件并报告。没有写入任何文件。',
		});
		return;
	}
	for (const field of meta.inferred) {
		const value = { paper: meta.paper, date: meta.date, page: meta.page, pageName: meta.pageName }[field];
		run.warnings.push({ file: label, message: `${field} 由正文推断为 ${value}。`, hint: `如不正确，用 --${field === 'pageName' ? 'page-name' : field} 或旁注文件指定。` });
	}
	if (meta.page === undefined) {
		run.warnings.push({ file: label, message: '版次未知，稿件网址中的版次记为 00。', hint: '用 --page 或旁注文件的 page 字段指定；指定后网址会不同，最好在首次导入时就给出。' });
	}
	if (archived !== file) planSourceCopy(run, file, archived, raw);
	for (const item of plan.items) planGenerated(run, join(roots.items, item.path), item.content, 'item', label, force);
	planGenerated(run, join(roots.pages, plan.page.path), plan.page.content, 'page', label, force);
	warnAboutStaleItems(run, plan, roots.items, label);
	run.plans.push({ file: label, plan });
}

function main(): void {
	const { values, positionals } = parseCli();
	if (values.help) {
		console.log(USAGE);
		return;
	}
	if (positionals.length === 0) fail('请给出至少一个版面文本文件或文件夹。');

	const flagsResult = pageMetaInputSchema.safeParse({
		paper: values.paper,
		paperSlug: values['paper-slug'],
		date: values.date,
		page: values.page,
		pageName: values['page-name'],
		columns: values.columns?.split(/[,，、]/).map((c) => c.trim()).filter(Boolean),
	});
	if (!flagsResult.success) {
		const flag = (field: PropertyKey) => `--${String(field).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
		fail(flagsResult.error.issues.map((i) => `${flag(i.path[0] ?? '')}: ${i.message}`).join('\n'));
	}

	const itemsRoot = resolve(values.out);
	const contentRoot = dirname(itemsRoot);
	const roots = { items: itemsRoot, pages: join(contentRoot, 'pages'), sources: resolve(values.sources ?? join(contentRoot, 'sources')) };
	// Humans read stderr when stdout carries JSON.
	const say = values.json ? console.error : console.log;

	const transaction = new Transaction(join(contentRoot, '.ingest-transaction'));
	if (values['dry-run']) {
		if (transaction.pending()) console.error('上次导入中途停止；下次正式运行时会先把内容恢复到那次导入前的样子。');
	} else {
		const restored = transaction.recover();
		if (restored.length > 0) console.error(`上次导入中途停止，已恢复 ${restored.length} 个文件到导入前的样子。`);
	}

	const sources = listSources(positionals);
	const run: Run = { problems: [], warnings: [], writes: [], plans: [], claimed: new Map() };
	const progressEvery = sources.length > 20 ? Math.ceil(sources.length / 20) : 0;
	sources.forEach((file, index) => {
		try {
			readPage(run, file, flagsResult.data, roots, values.force);
		} catch (error) {
			run.problems.push(problemOf(error, shown(file)));
		}
		if (progressEvery && ((index + 1) % progressEvery === 0 || index + 1 === sources.length)) {
			console.error(`已读取 ${index + 1}/${sources.length} 个文件`);
		}
	});

	printNotices(run.warnings, '提示：');
	if (run.problems.length > 0) {
		printNotices(run.problems, '问题：');
		console.error(`\n${sources.length} 个文件中有 ${new Set(run.problems.map((p) => p.file)).size} 个有问题，未写入任何文件。`);
		process.exit(1);
	}

	if (values.json) {
		const items = run.plans.flatMap(({ file, plan }) =>
			plan.items.map((item) => ({ id: item.path.replace(/\.mdx$/, ''), sourceFile: file, ...item.frontmatter, body: item.body })),
		);
		const pages = run.plans.map(({ plan }) => ({ id: plan.page.path.replace(/\.yaml$/, ''), ...plan.page.record }));
		console.log(JSON.stringify({ items, pages }, null, 2));
	}

	const dryRun = values['dry-run'];
	for (const write of run.writes) say(`${dryRun ? '将' : ''}${write.replaces ? '更新' : '新建'} ${write.label}`);
	if (!dryRun) {
		const testCrashAfter = Number(process.env.INGEST_TEST_CRASH_AFTER_WRITES ?? 0);
		transaction.commit(run.writes, (done) => {
			// Lets the tests check that an interrupted run is undone by the next one.
			if (testCrashAfter && done === testCrashAfter) process.exit(70);
		});
	}
	const items = run.plans.reduce((n, { plan }) => n + plan.items.length, 0);
	const itemWrites = run.writes.filter((w) => w.kind === 'item');
	say(
		`${dryRun ? '（试运行，未写入）' : ''}${sources.length} 个文件，${items} 篇稿件：` +
			`新建 ${itemWrites.filter((w) => !w.replaces).length} 篇，更新 ${itemWrites.filter((w) => w.replaces).length} 篇，` +
			`未变 ${items - itemWrites.length} 篇；${run.warnings.length} 条提示。`,
	);
}

main();
