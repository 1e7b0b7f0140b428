/**
 * What the ingest command tells the maintainer: progress over many files, warnings and problems
 * grouped per file (each with its line and a hint; the places where the split is a guess first,
 * as file:line), the files it writes, the split as a table of contents (--outline), the files not
 * imported (--keep-going), and a summary. Problems and progress go to stderr; the list of writes,
 * the outline and the summary to stdout, or to stderr too when stdout carries the JSON of --json.
 */
import type { IngestOptions } from './cli-options.ts';
import { formatOutline } from './outline.ts';
import type { PlannedWrite, WritePlan } from './plan-writes.ts';
import type { Problem } from './problem.ts';

type OutputOptions = Pick<IngestOptions, 'dryRun' | 'json'>;

/** Where lines for people go: stdout, unless it carries JSON. */
function sayer(json: boolean): (line: string) => void {
	return json ? console.error : console.log;
}

/** Seconds as people say them: 8 秒, 2 分 05 秒. */
function duration(seconds: number): string {
	const whole = Math.max(0, Math.round(seconds));
	return whole < 60 ? `${whole} 秒` : `${Math.floor(whole / 60)} 分 ${String(whole % 60).padStart(2, '0')} 秒`;
}

/**
 * Progress after each file read, for runs of more than twenty files (nothing for fewer): files
 * read, files per second and the time left, at most once a second, and the last file always.
 * `now` (milliseconds) is for tests.
 */
export function progress(total: number, now: () => number = () => performance.now()): ((done: number) => void) | undefined {
	if (total <= 20) return undefined;
	const started = now();
	let shownAt = started;
	return (done) => {
		const at = now();
		if (done < total && at - shownAt < 1000) return;
		shownAt = at;
		const seconds = (at - started) / 1000;
		const rate = seconds > 0 ? done / seconds : Infinity;
		const rateText = Number.isFinite(rate) ? `每秒 ${rate < 10 ? rate.toFixed(1) : Math.round(rate)} 个` : '';
		const left = (total - done) / rate;
		const time = done === total ? `用时 ${duration(seconds)}` : left < 1 ? '还需不到 1 秒' : `还需约 ${duration(left)}`;
		console.error(`已读取 ${done}/${total} 个文件（${[rateText, time].filter(Boolean).join('，')}）`);
	};
}

function printProblem(problem: Problem): void {
	console.error(`  ${problem.line ? `第 ${problem.line} 行：` : ''}${problem.message}`);
	if (problem.hint) console.error(`    提示：${problem.hint}`);
}

function printGrouped(problems: Problem[], heading: string): void {
	if (problems.length === 0) return;
	console.error(`\n${heading}`);
	for (const [file, list] of Map.groupBy(problems, (p) => p.file)) {
		console.error(`\n${file}`);
		for (const problem of list) printProblem(problem);
	}
}

/**
 * Warnings per file; in each file first the places where the split is a guess, as file:line and
 * why, so that the maintainer checks those first.
 */
export function printWarnings(warnings: Problem[], uncertain: Problem[] = []): void {
	if (warnings.length === 0 && uncertain.length === 0) return;
	console.error('\n提示：');
	const guess = new Set(uncertain);
	for (const [file, list] of Map.groupBy([...uncertain, ...warnings], (p) => p.file)) {
		console.error(`\n${file}`);
		const guesses = list.filter((p) => guess.has(p));
		if (guesses.length > 0) {
			console.error(`  拆分待核对 ${guesses.length} 处（请先核对）：`);
			for (const place of guesses) console.error(`    ${file}:${place.line}  ${place.message}`);
			console.error(
				'    提示：用 --outline 查看拆分；拆分不对时，在旁注文件（与原文同名的 .yaml）里写上 split: { titles: [标题一, 标题二] } 或 split: { itemStarts: [行号] }。',
			);
		}
		for (const warning of list.filter((p) => !guess.has(p))) printProblem(warning);
	}
}

/**
 * Every problem, per file, and how many of the files read have any (`refused`, by default the
 * files the problems name). With --keep-going the others are written all the same.
 */
export function printProblems(problems: Problem[], sourceCount: number, { refused, keepGoing = false }: { refused?: number; keepGoing?: boolean } = {}): void {
	printGrouped(problems, '问题：');
	const count = refused ?? new Set(problems.map((p) => p.file)).size;
	const outcome = keepGoing ? '这些文件没有导入，其余文件照常处理（--keep-going）。' : '未写入任何文件。';
	console.error(`\n${sourceCount} 个文件中有 ${count} 个有问题，${outcome}`);
}

/** With --keep-going, after everything else: the page texts not imported, each with its first problem. */
export function printRefused(refused: WritePlan['refused'], { dryRun }: Pick<IngestOptions, 'dryRun'>): void {
	if (refused.length === 0) return;
	console.error(`\n${dryRun ? '将不导入' : '未导入'}的文件（${refused.length} 个，原因见上面的“问题”）：`);
	for (const { file, problems } of refused) {
		const more = problems.length > 1 ? `（另有 ${problems.length - 1} 个问题）` : '';
		console.error(`  ${file}：${problems[0]!.message}${more}`);
	}
}

/** --outline: the split as a table of contents on stdout, or as JSON with --json. */
export function printOutline(plan: WritePlan, { json }: Pick<IngestOptions, 'json'>): void {
	if (json) console.log(JSON.stringify({ pages: plan.outline }, null, 2));
	else for (const line of formatOutline(plan.outline)) console.log(line);
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
	for (const write of writes) {
		// A removed file is the old address of a move, told with the move, or an item the new split merged into another.
		if (write.remove) {
			if (write.mergedInto)
				say(
					`${dryRun ? '将' : ''}删除 ${write.label}（${write.dropped ? `新的原文里没有这篇，旧网址跳转到同版的 ${write.mergedInto}` : `拆分改变，文字归入 ${write.mergedInto}，旧网址跳转到那里`}）`,
				);
			continue;
		}
		say(`${dryRun ? '将' : ''}${write.movedFrom ? `移动 ${write.movedFrom} → ` : write.replaces ? '更新 ' : '新建 '}${write.label}`);
	}
}

/**
 * Files and items read (printed pages too, when files held several, and files not imported);
 * items new, updated and unchanged; warnings and places where the split is a guess.
 */
export function printSummary(plan: WritePlan, sourceCount: number, { dryRun, json }: OutputOptions): void {
	const items = plan.counts.items;
	const itemWrites = plan.writes.filter((w) => w.kind === 'item' && !w.remove);
	const moved = itemWrites.filter((w) => w.movedFrom).length;
	const merged = plan.writes.filter((w) => w.kind === 'item' && w.mergedInto && !w.dropped).length;
	const dropped = plan.writes.filter((w) => w.kind === 'item' && w.dropped).length;
	const files: string[] = [];
	if (plan.counts.pages > sourceCount) files.push(`${plan.counts.pages} 个版面`);
	if (plan.refused.length > 0) files.push(`${plan.refused.length} 个未导入`);
	const uncertain = plan.uncertain.length > 0 ? `，${plan.uncertain.length} 处拆分待核对` : '';
	sayer(json)(
		`${dryRun ? '（试运行，未写入）' : ''}${sourceCount} 个文件${files.length > 0 ? `（${files.join('，')}）` : ''}，${items} 篇稿件：` +
			`新建 ${itemWrites.filter((w) => !w.replaces && !w.movedFrom).length} 篇，更新 ${itemWrites.filter((w) => w.replaces && !w.movedFrom).length} 篇，` +
			`${moved > 0 ? `移到新网址 ${moved} 篇（旧网址记入跳转记录），` : ''}` +
			`${merged > 0 ? `并入别篇 ${merged} 篇（旧网址跳转到并入的稿件），` : ''}` +
			`${dropped > 0 ? `删去 ${dropped} 篇（新的原文里没有；旧网址跳转到同版稿件），` : ''}` +
			`未变 ${items - itemWrites.length} 篇；${plan.warnings.length} 条提示${uncertain}。`,
	);
}
