/**
 * What the ingest command tells the maintainer: progress over many files, warnings and problems
 * grouped per file (each with its line and a hint), the files it writes, and a summary. Problems
 * and progress go to stderr; the list of writes and the summary to stdout, or to stderr too when
 * stdout carries the JSON of --json.
 */
import type { IngestOptions } from './cli-options.ts';
import type { PlannedWrite, WritePlan } from './plan-writes.ts';
import type { Problem } from './problem.ts';

type OutputOptions = Pick<IngestOptions, 'dryRun' | 'json'>;

/** Where lines for people go: stdout, unless it carries JSON. */
function sayer(json: boolean): (line: string) => void {
	return json ? console.error : console.log;
}

/** Progress after each file read, some twenty times over a run of more than twenty files; nothing for fewer. */
export function progress(total: number): ((done: number) => void) | undefined {
	if (total <= 20) return undefined;
	const every = Math.ceil(total / 20);
	return (done) => {
		if (done % every === 0 || done === total) console.error(`已读取 ${done}/${total} 个文件`);
	};
}

function printGrouped(problems: Problem[], heading: string): void {
	if (problems.length === 0) return;
	console.error(`\n${heading}`);
	for (const [file, list] of Map.groupBy(problems, (p) => p.file)) {
		console.error(`\n${file}`);
		for (const problem of list) {
			console.error(`  ${problem.line ? `第 ${problem.line} 行：` : ''}${problem.message}`);
			if (problem.hint) console.error(`    提示：${problem.hint}`);
		}
	}
}

export function printWarnings(warnings: Problem[]): void {
	printGrouped(warnings, '提示：');
}

/** Every problem, per file, and how many of the files read have any. */
export function printProblems(problems: Problem[], sourceCount: number): void {
	printGrouped(problems, '问题：');
	console.error(`\n${sourceCount} 个文件中有 ${new Set(problems.map((p) => p.file)).size} 个有问题，未写入任何文件。`);
}

/** The parsed items (with the frontmatter's field names, `id` and `body`) and page records, as JSON on stdout. */
export function printJson(plan: WritePlan): void {
	const items = plan.pages.flatMap(({ file, plan: page }) =>
		page.items.map((item) => ({ id: item.path.replace(/\.mdx$/, ''), sourceFile: file, ...item.frontmatter, body: item.body })),
	);
	const pages = plan.pages.map(({ plan: page }) => ({ id: page.page.path.replace(/\.yaml$/, ''), ...page.page.record }));
	console.log(JSON.stringify({ items, pages }, null, 2));
}

export function printWrites(writes: PlannedWrite[], { dryRun, json }: OutputOptions): void {
	const say = sayer(json);
	for (const write of writes) say(`${dryRun ? '将' : ''}${write.replaces ? '更新' : '新建'} ${write.label}`);
}

/** Files and items read; items new, updated and unchanged; warnings. */
export function printSummary(plan: WritePlan, sourceCount: number, { dryRun, json }: OutputOptions): void {
	const items = plan.pages.reduce((n, { plan: page }) => n + page.items.length, 0);
	const itemWrites = plan.writes.filter((w) => w.kind === 'item');
	sayer(json)(
		`${dryRun ? '（试运行，未写入）' : ''}${sourceCount} 个文件，${items} 篇稿件：` +
			`新建 ${itemWrites.filter((w) => !w.replaces).length} 篇，更新 ${itemWrites.filter((w) => w.replaces).length} 篇，` +
			`未变 ${items - itemWrites.length} 篇；${plan.warnings.length} 条提示。`,
	);
}
