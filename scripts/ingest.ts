/**
 * npm run ingest -- <file or folder…> [options]
 *
 * Turns plain-text newspaper pages into one MDX file per news item under content/items/, one
 * YAML record per printed page under content/pages/, and keeps a copy of each page text under
 * content/sources/. A page text may hold one printed page or a whole day (pages under headers
 * such as 第03版：要闻). Every problem in every file is collected and printed per file; nothing is
 * written unless all files are good (with --keep-going, every good file is written and the bad
 * ones are listed), and then everything is written or nothing. --outline shows the split and
 * writes nothing.
 *
 * The run is a pipeline of steps (scripts/ingest/): read the options, undo an interrupted run,
 * list the page texts, read and plan each page, report, write, sum up.
 *
 * Exit codes: 0 done, 1 a source has problems (nothing written; with --keep-going, the others
 * written), 2 wrong usage.
 */
import { readOptions, USAGE } from './ingest/cli-options.ts';
import { dirname } from 'node:path';
import { runCommand } from './shared/command.ts';
import { lockContent } from './shared/content-lock.ts';
import { listSources } from './ingest/list-sources.ts';
import { planWrites } from './ingest/plan-writes.ts';
import { printJson, printOutline, printProblems, printRefused, printSummary, printWarnings, printWrites, progress } from './ingest/report.ts';
import { Transaction } from './ingest/transaction.ts';

/**
 * Puts back what an interrupted run changed, so that this run starts from the content as it was
 * before that one. A dry run changes nothing, so it only says that the next run will.
 */
function undoInterruptedRun(transaction: Transaction, dryRun: boolean): void {
	if (dryRun) {
		if (transaction.pending()) console.error('上次导入中途停止；下次正式运行时会先把内容恢复到那次导入前的样子。');
		return;
	}
	const restored = transaction.recover();
	if (restored.length > 0) console.error(`上次导入中途停止，已恢复 ${restored.length} 个文件到导入前的样子。`);
}

/** Runs the command on `args`; returns the exit code, or throws a UsageError. */
function main(args: string[]): 0 | 1 {
	const options = readOptions(args);
	if (options === 'help') {
		console.log(USAGE);
		return 0;
	}
	// One writer at a time: a dry run writes nothing and needs no lock.
	if (!options.dryRun) lockContent(dirname(options.roots.items), 'npm run ingest');
	const transaction = new Transaction(options.transactionDir);
	undoInterruptedRun(transaction, options.dryRun);
	const sources = listSources(options.inputs);
	// A real run stages each page's files as soon as they are planned: a backlog of any size is
	// planned in bounded memory, and the content folder still changes only at commit, all or nothing.
	const stage = options.dryRun ? undefined : (content: string | Uint8Array) => transaction.stage(content);
	let plan;
	try {
		plan = planWrites(sources, { ...options, stage, keepParsed: options.json }, progress(sources.length));
	} catch (error) {
		transaction.discard();
		throw error;
	}
	printWarnings(plan.warnings, plan.uncertain);
	// --outline writes nothing, whatever --keep-going says.
	const keepGoing = options.keepGoing && !options.outline;
	if (plan.problems.length > 0) printProblems(plan.problems, sources.length, { refused: plan.refused.length, keepGoing });
	if (options.outline) {
		printOutline(plan, options);
		return plan.problems.length > 0 ? 1 : 0;
	}
	if (plan.problems.length > 0 && !keepGoing) {
		transaction.discard();
		return 1;
	}
	if (options.json) printJson(plan);
	printWrites(plan.writes, options);
	if (!options.dryRun) {
		if (sources.length > 20 && plan.writes.length > 0) console.error(`正在写入 ${plan.writes.length} 个文件…`);
		transaction.commitOrRestore(plan.writes);
	}
	printSummary(plan, sources.length, options);
	printRefused(plan.refused, options);
	return plan.problems.length > 0 ? 1 : 0;
}

runCommand(main, USAGE);
