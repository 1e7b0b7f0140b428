/**
 * What the ingest command prints: problems grouped per file with line and hint, the count of files
 * with problems, progress over many files, and the summary on the channel people read.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WritePlan } from '../../../scripts/ingest/plan-writes.ts';
import { Problem } from '../../../scripts/ingest/problem.ts';
import { printOutline, printProblems, printRefused, printSummary, printWarnings, printWrites, progress } from '../../../scripts/ingest/report.ts';

let stdout: string[];
let stderr: string[];

beforeEach(() => {
	stdout = [];
	stderr = [];
	vi.spyOn(console, 'log').mockImplementation((line: string) => void stdout.push(line));
	vi.spyOn(console, 'error').mockImplementation((line: string) => void stderr.push(line));
});
afterEach(() => {
	vi.restoreAllMocks();
});

describe('printProblems', () => {
	it('groups problems under their file, in the order met, with line and hint', () => {
		printProblems(
			[
				new Problem('文件里没有正文。', { file: 'inbox/a.txt', hint: '确认文件不是空的。' }),
				new Problem('date 须为 YYYY-MM-DD 格式。', { file: 'inbox/b.yaml', line: 2 }),
				new Problem('与 inbox/c.txt 要写入同一个文件。', { file: 'inbox/a.txt', hint: '用 --page 区分版次。' }),
			],
			5,
		);
		expect(stderr.join('\n')).toBe(
			[
				'',
				'问题：',
				'',
				'inbox/a.txt',
				'  文件里没有正文。',
				'    提示：确认文件不是空的。',
				'  与 inbox/c.txt 要写入同一个文件。',
				'    提示：用 --page 区分版次。',
				'',
				'inbox/b.yaml',
				'  第 2 行：date 须为 YYYY-MM-DD 格式。',
				'',
				'5 个文件中有 2 个有问题，未写入任何文件。',
			].join('\n'),
		);
		expect(stdout).toEqual([]);
	});

	it('prints no warnings heading when there are none', () => {
		printWarnings([], []);
		expect(stderr).toEqual([]);
	});

	it('says with --keep-going that only the files with problems are left out', () => {
		printProblems([new Problem('文件里没有正文。', { file: 'inbox/a.txt' }), new Problem('date 须为 YYYY-MM-DD 格式。', { file: 'inbox/b.yaml' })], 5, {
			refused: 2,
			keepGoing: true,
		});
		expect(stderr.at(-1)).toBe('\n5 个文件中有 2 个有问题，这些文件没有导入，其余文件照常处理（--keep-going）。');
	});
});

describe('printWarnings', () => {
	it('puts the places where the split is a guess first in each file, as file:line, with how to fix a split', () => {
		printWarnings(
			[
				new Problem('date 由正文推断为 2024-07-12。', { file: 'inbox/a.txt', hint: '如不正确，用 --date 或旁注文件指定。' }),
				new Problem('拆分提示 split.itemStarts 的 50与正文不符：超出了文件末尾。', { file: 'inbox/b.yaml' }),
			],
			[new Problem('这一行可能是小标题。', { file: 'inbox/a.txt', line: 12 }), new Problem('版面开头的这一行不像标题。', { file: 'inbox/a.txt', line: 1 })],
		);
		expect(stderr.join('\n')).toBe(
			[
				'',
				'提示：',
				'',
				'inbox/a.txt',
				'  拆分待核对 2 处（请先核对）：',
				'    inbox/a.txt:12  这一行可能是小标题。',
				'    inbox/a.txt:1  版面开头的这一行不像标题。',
				'    提示：用 --outline 查看拆分；拆分不对时，在旁注文件（与原文同名的 .yaml）里写上 split: { titles: [标题一, 标题二] } 或 split: { itemStarts: [行号] }。',
				'  date 由正文推断为 2024-07-12。',
				'    提示：如不正确，用 --date 或旁注文件指定。',
				'',
				'inbox/b.yaml',
				'  拆分提示 split.itemStarts 的 50与正文不符：超出了文件末尾。',
			].join('\n'),
		);
	});
});

describe('printRefused', () => {
	it('lists each file not imported with its first problem, last', () => {
		printRefused(
			[
				{ file: 'inbox/a.txt', problems: [new Problem('文件里没有正文。')] },
				{ file: 'inbox/b.txt', problems: [new Problem('与 inbox/c.txt 要写入同一个文件 x.mdx。'), new Problem('与 inbox/c.txt 要写入同一个文件 y.yaml。')] },
			],
			{ dryRun: false },
		);
		expect(stderr).toEqual([
			'\n未导入的文件（2 个，原因见上面的“问题”）：',
			'  inbox/a.txt：文件里没有正文。',
			'  inbox/b.txt：与 inbox/c.txt 要写入同一个文件 x.mdx。（另有 1 个问题）',
		]);
	});

	it('prints nothing when every file was imported', () => {
		printRefused([], { dryRun: true });
		expect(stderr).toEqual([]);
	});
});

describe('printOutline', () => {
	const plan = {
		outline: [{ file: 'a.txt', page: 3, pageName: '要闻', lines: [1, 4], items: [], uncertain: [] }],
	} as unknown as WritePlan;

	it('prints the table of contents on stdout', () => {
		printOutline(plan, { json: false });
		expect(stdout).toEqual(['a.txt  第03版：要闻（第 1–4 行，0 篇稿件）', '', '共 1 个版面，0 篇稿件。只显示拆分，未写入任何文件。']);
	});

	it('prints it as JSON with --json', () => {
		printOutline(plan, { json: true });
		expect(JSON.parse(stdout.join('\n'))).toEqual({ pages: [{ file: 'a.txt', page: 3, pageName: '要闻', lines: [1, 4], items: [], uncertain: [] }] });
	});
});

describe('progress', () => {
	it('says nothing over a short run', () => {
		expect(progress(20)).toBeUndefined();
	});

	it('reports at most once a second, with the rate and the time left, and the last file always', () => {
		let now = 0;
		const onRead = progress(300, () => now)!;
		// 100 files a second: three reports over three seconds, then the last one.
		for (let done = 1; done <= 300; done++) {
			now += 10;
			onRead(done);
		}
		expect(stderr).toEqual([
			'已读取 100/300 个文件（每秒 100 个，还需约 2 秒）',
			'已读取 200/300 个文件（每秒 100 个，还需约 1 秒）',
			'已读取 300/300 个文件（每秒 100 个，用时 3 秒）',
		]);
	});

	it('says when less than a second is left', () => {
		let now = 0;
		const onRead = progress(1010, () => now)!;
		now = 1000;
		onRead(1000);
		expect(stderr).toEqual(['已读取 1000/1010 个文件（每秒 1000 个，还需不到 1 秒）']);
	});

	it('gives long times in minutes and slow rates with a decimal', () => {
		let now = 0;
		const onRead = progress(1000, () => now)!;
		now = 2000;
		onRead(5);
		expect(stderr).toEqual(['已读取 5/1000 个文件（每秒 2.5 个，还需约 6 分 38 秒）']);
	});
});

describe('printSummary', () => {
	const item = (replaces: boolean) => ({ path: '', content: '', label: '', kind: 'item' as const, replaces });
	const plan = {
		problems: [],
		warnings: [new Problem('版次未知。', { file: 'a.txt' })],
		writes: [item(false), item(true), { ...item(false), kind: 'page' as const }],
		pages: [],
		counts: { pages: 1, items: 4 },
		uncertain: [],
		refused: [],
		outline: [],
		claimed: new Map(),
	} as unknown as WritePlan;

	it('counts items new, updated and unchanged', () => {
		printSummary(plan, 1, { dryRun: false, json: false });
		expect(stdout).toEqual(['1 个文件，4 篇稿件：新建 1 篇，更新 1 篇，未变 2 篇；1 条提示。']);
	});

	it('counts printed pages when files held several, files not imported and places to check', () => {
		const more = {
			...plan,
			counts: { pages: 2, items: 5 },
			uncertain: [new Problem('可能是小标题。', { file: 'a.txt', line: 3 })],
			refused: [{ file: 'b.txt', problems: [] }],
		} as unknown as WritePlan;
		printSummary(more, 1, { dryRun: false, json: false });
		expect(stdout).toEqual(['1 个文件（2 个版面，1 个未导入），5 篇稿件：新建 1 篇，更新 1 篇，未变 3 篇；1 条提示，1 处拆分待核对。']);
	});

	it('tells an item merged into another from one a corrected text left out, each leading on', () => {
		const removed = (mergedInto: string, dropped: boolean) => ({ ...item(true), remove: true, label: `${mergedInto}-old.mdx`, mergedInto, dropped });
		const gone = { ...plan, writes: [...plan.writes, removed('a/01-01', false), removed('a/01-03', true)] } as unknown as WritePlan;
		printWrites(gone.writes, { dryRun: false, json: false });
		printSummary(gone, 1, { dryRun: false, json: false });
		expect(stdout.slice(-3)).toEqual([
			'删除 a/01-01-old.mdx（拆分改变，文字归入 a/01-01，旧网址跳转到那里）',
			'删除 a/01-03-old.mdx（新的原文里没有这篇，旧网址跳转到同版的 a/01-03）',
			'1 个文件，4 篇稿件：新建 1 篇，更新 1 篇，并入别篇 1 篇（旧网址跳转到并入的稿件），删去 1 篇（新的原文里没有；旧网址跳转到同版稿件），未变 2 篇；1 条提示。',
		]);
	});

	it('says a dry run wrote nothing, and leaves stdout to the JSON of --json', () => {
		printSummary(plan, 1, { dryRun: true, json: true });
		expect(stdout).toEqual([]);
		expect(stderr).toEqual(['（试运行，未写入）1 个文件，4 篇稿件：新建 1 篇，更新 1 篇，未变 2 篇；1 条提示。']);
	});
});
