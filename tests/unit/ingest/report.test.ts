/**
 * What the ingest command prints: problems grouped per file with line and hint, the count of files
 * with problems, progress over many files, and the summary on the channel people read.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WritePlan } from '../../../scripts/ingest/plan-writes.ts';
import { Problem } from '../../../scripts/ingest/problem.ts';
import { printProblems, printSummary, printWarnings, progress } from '../../../scripts/ingest/report.ts';

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
		printWarnings([]);
		expect(stderr).toEqual([]);
	});
});

describe('progress', () => {
	it('reports about twenty times over a long run, the last file included, and not at all over a short one', () => {
		expect(progress(20)).toBeUndefined();
		const onRead = progress(45)!;
		for (let done = 1; done <= 45; done++) onRead(done);
		expect(stderr.length).toBeGreaterThanOrEqual(15);
		expect(stderr.length).toBeLessThanOrEqual(20);
		expect(stderr.at(-1)).toBe('已读取 45/45 个文件');
	});
});

describe('printSummary', () => {
	const item = (replaces: boolean) => ({ path: '', content: '', label: '', kind: 'item' as const, replaces });
	const plan = {
		problems: [],
		warnings: [new Problem('版次未知。', { file: 'a.txt' })],
		writes: [item(false), item(true), { ...item(false), kind: 'page' as const }],
		pages: [{ file: 'a.txt', plan: { items: [{}, {}, {}, {}] } }],
		claimed: new Map(),
	} as unknown as WritePlan;

	it('counts items new, updated and unchanged', () => {
		printSummary(plan, 1, { dryRun: false, json: false });
		expect(stdout).toEqual(['1 个文件，4 篇稿件：新建 1 篇，更新 1 篇，未变 2 篇；1 条提示。']);
	});

	it('says a dry run wrote nothing, and leaves stdout to the JSON of --json', () => {
		printSummary(plan, 1, { dryRun: true, json: true });
		expect(stdout).toEqual([]);
		expect(stderr).toEqual(['（试运行，未写入）1 个文件，4 篇稿件：新建 1 篇，更新 1 篇，未变 2 篇；1 条提示。']);
	});
});
