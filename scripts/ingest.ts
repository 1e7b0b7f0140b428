/**
 * npm run ingest -- <file or folder…> [options]
 *
 * Turns plain-text newspaper pages into one MDX file per news item under content/items/, and
 * keeps a copy of each page text under content/sources/. Every problem in every file is
 * collected and printed per file; nothing is written unless all files are good.
 *
 * Exit codes: 0 done, 1 a source has problems (nothing written), 2 wrong usage.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { planPage, toPosix, type PlannedItem } from './lib/ingest-page.ts';
import { PageMetaError, pageMetaInputSchema, readSidecar, resolvePageMeta, sidecarPath, type PageMetaInput } from './lib/page-meta.ts';
import { PageParseError, parsePage } from './lib/parse-page.ts';
import { decodeSource, SourceDecodeError } from './lib/read-source.ts';

const PROJECT_ROOT = resolve(import.meta.dirname, '..');

const USAGE = `用法：npm run ingest -- <文件或文件夹…> [选项]

把报纸版面的纯文本（.txt）拆成稿件，每篇写成一个 MDX 文件。

选项：
  --paper <名称>        报纸名称，如 科技日报（缺省时从“某某报讯”推断）
  --paper-slug <代号>   网址里的报纸代号，如 kjrb（缺省时取拼音首字母）
  --date <YYYY-MM-DD>   出版日期（缺省时从电头日期和年份推断）
  --page <数字>         版次，如 8
  --page-name <名称>    版名，如 园区
  --out <文件夹>        稿件输出位置（缺省 content/items）
  --sources <文件夹>    版面原文存档位置（缺省 content/sources）
  --force               覆盖已存在且内容不同的稿件文件（例如手工改过的）
  --dry-run             只显示将写入的文件，不写入
  -h, --help            显示本说明

命令行参数优先于旁注文件（与原文同名的 .yaml，如 page.txt → page.yaml），旁注文件优先于推断。`;

interface Problem {
	file: string;
	line?: number;
	message: string;
	hint?: string;
}

interface Write {
	path: string;
	content: string | Buffer;
	label: string;
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
				out: { type: 'string', default: 'content/items' },
				sources: { type: 'string', default: 'content/sources' },
				force: { type: 'boolean', default: false },
				'dry-run': { type: 'boolean', default: false },
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

/** Writes through a temporary file and a rename, so that no reader ever sees half a file. */
function writeAtomically(path: string, content: string | Buffer): void {
	mkdirSync(dirname(path), { recursive: true });
	const temporary = `${path}.${process.pid}.tmp`;
	writeFileSync(temporary, content);
	renameSync(temporary, path);
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
	});
	if (!flagsResult.success) fail(flagsResult.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('\n'));
	const flags: PageMetaInput = flagsResult.data;

	const itemsRoot = resolve(values.out);
	const sourcesRoot = resolve(values.sources);
	const sources = listSources(positionals);
	const problems: Problem[] = [];
	const writes: Write[] = [];
	const unchanged: string[] = [];
	const plannedPaths = new Map<string, string>();
	let itemCount = 0;

	for (const file of sources) {
		const shown = toPosix(relative(process.cwd(), file));
		try {
			const raw = readFileSync(file);
			const text = decodeSource(raw, shown);
			const page = parsePage(text);
			if (page.items.length === 0) {
				problems.push({ file: shown, message: '文件里没有正文。', hint: '确认文件不是空的，且是版面文本。' });
				continue;
			}
			const sidecar = sidecarPath(file);
			const meta = resolvePageMeta({ sourcePath: shown, source: text, page, flags, sidecar: sidecar ? readSidecar(sidecar) : {} });
			const archived = file.startsWith(sourcesRoot + '/') ? file : join(sourcesRoot, meta.paperSlug, meta.date, basename(file));
			const plan = planPage({ source: text, page, meta, sourceFile: archived, projectRoot: PROJECT_ROOT });
			if (plan.conservation.mismatch) {
				const { line, expected, found } = plan.conservation.mismatch;
				problems.push({
					file: shown,
					line,
					message: `拆分后的文字与原文不一致：原文为“${expected}”，拆分结果为“${found}”。`,
					hint: '这是拆分程序的缺陷，请保留该文件并报告。没有写入任何文件。',
				});
				continue;
			}
			if (archived !== file) planSourceCopy(file, archived, raw, writes, problems, shown);
			for (const item of plan.items) planItemWrite(item, itemsRoot, shown, values.force, plannedPaths, writes, unchanged, problems);
			itemCount += plan.items.length;
		} catch (error) {
			problems.push(problemOf(error, shown));
		}
	}

	if (problems.length > 0) {
		printProblems(problems);
		console.error(`\n${sources.length} 个文件中有 ${new Set(problems.map((p) => p.file)).size} 个有问题，未写入任何文件。`);
		process.exit(1);
	}

	for (const write of writes) {
		console.log(`${values['dry-run'] ? '将写入' : '写入'} ${write.label}`);
		if (!values['dry-run']) writeAtomically(write.path, write.content);
	}
	const itemWrites = writes.filter((w) => w.path.endsWith('.mdx')).length;
	console.log(
		`${values['dry-run'] ? '（试运行，未写入）' : ''}${sources.length} 个文件，${itemCount} 篇稿件：写入 ${itemWrites} 篇，未变 ${unchanged.length} 篇。`,
	);
}

function planSourceCopy(file: string, archived: string, raw: Buffer, writes: Write[], problems: Problem[], shown: string): void {
	if (existsSync(archived)) {
		if (!readFileSync(archived).equals(raw)) {
			problems.push({
				file: shown,
				message: `存档中已有同名但内容不同的版面原文：${toPosix(relative(process.cwd(), archived))}。`,
				hint: '改用不同的文件名，或确认后用新文件替换存档中的原文。',
			});
		}
		return;
	}
	writes.push({ path: archived, content: raw, label: toPosix(relative(process.cwd(), archived)) });
	const sidecar = sidecarPath(file);
	if (sidecar) {
		const target = join(dirname(archived), basename(sidecar));
		writes.push({ path: target, content: readFileSync(sidecar), label: toPosix(relative(process.cwd(), target)) });
	}
}

function planItemWrite(
	item: PlannedItem,
	itemsRoot: string,
	shown: string,
	force: boolean,
	plannedPaths: Map<string, string>,
	writes: Write[],
	unchanged: string[],
	problems: Problem[],
): void {
	const target = join(itemsRoot, item.path);
	const label = toPosix(relative(process.cwd(), target));
	const claimedBy = plannedPaths.get(target);
	if (claimedBy) {
		problems.push({
			file: shown,
			message: `与 ${claimedBy} 的稿件要写入同一个文件 ${label}。`,
			hint: '两个版面文本的报纸、日期和版次相同：用 --page 或旁注文件区分版次。',
		});
		return;
	}
	plannedPaths.set(target, shown);
	if (existsSync(target)) {
		const current = readFileSync(target, 'utf8');
		if (current === item.mdx) {
			unchanged.push(label);
			return;
		}
		if (!force) {
			problems.push({
				file: shown,
				message: `${label} 已存在且内容不同（可能手工修改过），未覆盖。`,
				hint: '保留手工修改就不必重新导入；确需覆盖时加 --force。',
			});
			return;
		}
	}
	writes.push({ path: target, content: item.mdx, label });
}

function problemOf(error: unknown, file: string): Problem {
	if (error instanceof PageParseError) return { file, line: error.line, message: error.message, hint: error.hint };
	if (error instanceof PageMetaError) return { file: error.file, line: error.line, message: error.message, hint: error.hint };
	if (error instanceof SourceDecodeError) return { file, line: error.line, message: error.message, hint: error.hint };
	return { file, message: (error as Error).message ?? String(error) };
}

function printProblems(problems: Problem[]): void {
	const byFile = Map.groupBy(problems, (p) => p.file);
	for (const [file, list] of byFile) {
		console.error(`\n${file}`);
		for (const problem of list) {
			console.error(`  ${problem.line ? `第 ${problem.line} 行：` : ''}${problem.message}`);
			if (problem.hint) console.error(`    提示：${problem.hint}`);
		}
	}
}

main();
