/**
 * npm run move -- <page or item id> [--page N] [--page-name 名] [--date YYYY-MM-DD] [--out content/items] [--dry-run]
 *
 * Corrects the metadata that makes addresses: moves a printed page (its record and every item)
 * or one item to the address of its corrected page number or date, in one transaction, and
 * appends each move to the redirects ledger, so that every old address leads to the new one
 * (scripts/build/redirects.ts). The steps: read the options, plan the move, report, write.
 *
 * Exit codes: 0 moved (or nothing to move), 1 the move is refused (nothing written), 2 wrong usage.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runCommand, UsageError } from './shared/command.ts';
import { lockContent } from './shared/content-lock.ts';
import { PAGE_ID_PATTERN } from '../src/archive/urls.ts';
import { appendToLedger, ledgerPath } from '../src/collection/redirects-ledger.ts';
import { Problem } from './ingest/problem.ts';
import { pageMetaInputSchema } from './ingest/page-meta.ts';
import { Transaction } from './ingest/transaction.ts';
import { planMove, type MoveRequest } from './move/plan-move.ts';

const USAGE = `用法：npm run move -- <版面或稿件编号> [--page <数字>] [--page-name <名称>] [--date <YYYY-MM-DD>]

改正版次、版名或日期：把一个版面（版面记录和它的全部稿件）或一篇稿件移到新网址，并把每个
旧网址记入 content/redirects.yaml，构建时发布为跳转页，旧链接继续有效。

  <版面或稿件编号>  content/items/ 下的路径，不带扩展名：版面 kjrb/2024-07-12/00，稿件 kjrb/2024-07-12/00-03；
                    也可以给文件的路径（content/pages/kjrb/2024-07-12/00.yaml、content/items/…/00-03.mdx）
  --page <数字>        正确的版次（分叠编号的报纸写 A03）
  --page-name <名称>   正确的版名（只改版名时网址不变）
  --date <YYYY-MM-DD>  正确的日期
  --out <文件夹>       稿件所在位置（缺省 content/items；版面记录在同级的 pages）
  --dry-run            只显示将做的移动，不写入
退出码：0 完成；1 不能移动（未写入任何文件）；2 用法错误。`;

function readOptions(args: string[]): { request: MoveRequest; roots: { items: string; pages: string }; dryRun: boolean } {
	let parsed;
	try {
		parsed = parseArgs({
			args,
			allowPositionals: true,
			options: {
				page: { type: 'string' },
				'page-name': { type: 'string' },
				date: { type: 'string' },
				out: { type: 'string', default: 'content/items' },
				'dry-run': { type: 'boolean', default: false },
			},
		});
	} catch (error) {
		throw new UsageError((error as Error).message);
	}
	const { values, positionals } = parsed;
	if (positionals.length !== 1) throw new UsageError('请给出一个版面或稿件编号。');
	const fields = pageMetaInputSchema.safeParse({ page: values.page, pageName: values['page-name'], date: values.date });
	if (!fields.success) throw new UsageError(fields.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('\n'));
	if (fields.data.page === undefined && fields.data.pageName === undefined && fields.data.date === undefined) {
		throw new UsageError('请用 --page、--page-name 或 --date 给出要改正的内容。');
	}
	const items = resolve(values.out);
	// A path such as content/items/kjrb/2024-07-12/00-03.mdx names the same item, content/pages/…/08.yaml the same page; a
	// lettered page may be typed as printed (bjqnb/2024-07-12/A03: every address is in small letters).
	const id = positionals[0]!
		.replace(/\\/g, '/')
		.replace(/^(?:.*\/)?(?:items|pages)\//, '')
		.replace(/\.(mdx|yaml)$/, '')
		.toLowerCase();
	if (!new RegExp(String.raw`^${PAGE_ID_PATTERN}(?:-\d{2,})?$`).test(id)) {
		throw new UsageError(`“${positionals[0]}”不是版面或稿件编号，例如 kjrb/2024-07-12/00 或 kjrb/2024-07-12/00-03。`);
	}
	return { request: { id, ...fields.data }, roots: { items, pages: join(dirname(items), 'pages') }, dryRun: values['dry-run'] };
}

function main(args: string[]): 0 | 1 {
	const { request, roots, dryRun } = readOptions(args);
	const shown = (path: string) => relative(process.cwd(), path) || '.';
	if (!dryRun) lockContent(dirname(roots.items), 'npm run move');
	// The ingester's transaction folder: a move never runs on top of an import that stopped half-way.
	const transaction = new Transaction(join(dirname(roots.items), '.ingest-transaction'));
	if (!dryRun && transaction.recover().length > 0) console.error('上次导入或移动中途停止，已先把内容恢复原状。');
	let plan;
	try {
		plan = planMove(roots, request, new Date().toISOString().slice(0, 10));
	} catch (error) {
		if (!(error instanceof Problem)) throw error;
		console.error(`${request.id}：${error.message}${error.hint ? `\n  提示：${error.hint}` : ''}`);
		return 1;
	}
	if (plan.redirects.length > 0) {
		const ledger = ledgerPath(roots.items);
		let current: string | undefined;
		try {
			current = readFileSync(ledger, 'utf8');
		} catch {
			current = undefined;
		}
		plan.writes.push({ path: ledger, content: appendToLedger(current, plan.redirects), label: ledger });
	}
	for (const [from, to] of plan.moves) console.log(`${dryRun ? '将' : ''}移动 ${from} → ${to}`);
	if (plan.moves.length === 0) for (const write of plan.writes) console.log(`${dryRun ? '将' : ''}更新 ${shown(write.label)}`);
	if (!dryRun) transaction.commitOrRestore(plan.writes);
	console.log(
		plan.moves.length > 0 ? `${dryRun ? '（试运行，未写入）' : ''}移动了 ${plan.moves.length} 个文件，旧网址已记入跳转记录。` : '网址不变，只更新了字段。',
	);
	return 0;
}

runCommand(main, USAGE);
