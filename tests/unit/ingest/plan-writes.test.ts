/**
 * Planning a run's writes, in scratch content folders: what would be new, replaced or kept, and
 * every problem collected per file rather than the first one thrown. Nothing here writes content
 * except the tests themselves, to stand for an earlier run or a maintainer's edit.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContentRoots } from '../../../scripts/ingest/cli-options.ts';
import { planWrites, type WritePlan } from '../../../scripts/ingest/plan-writes.ts';
import { toPosix } from '../../../scripts/ingest/plan-page.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/pages');
const scratch: string[] = [];

/** A scratch content folder with page texts copied into its inbox. */
function content(...fixtures: string[]): { dir: string; roots: ContentRoots; inbox: (name: string) => string } {
	const dir = mkdtempSync(join(tmpdir(), 'plan-'));
	scratch.push(dir);
	mkdirSync(join(dir, 'inbox'));
	for (const name of fixtures) cpSync(join(FIXTURES, name), join(dir, 'inbox', name));
	return { dir, roots: { items: join(dir, 'items'), pages: join(dir, 'pages'), sources: join(dir, 'sources') }, inbox: (name) => join(dir, 'inbox', name) };
}

/** Does what the transaction would: writes every planned file. */
function apply(plan: WritePlan): void {
	for (const write of plan.writes) {
		mkdirSync(join(write.path, '..'), { recursive: true });
		writeFileSync(write.path, write.content);
	}
}

const shown = (path: string) => toPosix(relative(process.cwd(), path));
const flags = { paper: '人民日报', date: '2024-07-15', page: 1 };

afterEach(() => {
	for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('planWrites', () => {
	it('plans each item, the page record and the archived page text, and writes none of them', () => {
		const { dir, roots, inbox } = content('rmrb-yaowen.txt');
		const plan = planWrites([inbox('rmrb-yaowen.txt')], { flags, roots, force: false });
		expect(plan.problems).toEqual([]);
		expect(plan.writes.map((w) => [relative(dir, w.path), w.kind, w.replaces])).toEqual([
			['sources/rmrb/2024-07-15/rmrb-yaowen.txt', 'source', false],
			['items/rmrb/2024-07-15/01-01.mdx', 'item', false],
			['items/rmrb/2024-07-15/01-02.mdx', 'item', false],
			['pages/rmrb/2024-07-15/01.yaml', 'page', false],
		]);
		expect(plan.pages.map((page) => page.file)).toEqual([shown(inbox('rmrb-yaowen.txt'))]);
		expect(() => readFileSync(join(dir, 'items/rmrb/2024-07-15/01-01.mdx'))).toThrow();
	});

	it('plans nothing for files that are as this run would write them, and replaces its own when they change', () => {
		const { roots, inbox } = content('rmrb-yaowen.txt');
		apply(planWrites([inbox('rmrb-yaowen.txt')], { flags, roots, force: false }));
		expect(planWrites([inbox('rmrb-yaowen.txt')], { flags, roots, force: false }).writes).toEqual([]);
		const renamed = planWrites([inbox('rmrb-yaowen.txt')], { flags: { ...flags, pageName: '要闻' }, roots, force: false });
		expect(renamed.writes.map((w) => [w.kind, w.replaces])).toEqual([
			['item', true],
			['item', true],
			['page', true],
		]);
	});

	it('keeps a file edited by hand, as a problem, unless forced', () => {
		const { roots, inbox } = content('rmrb-yaowen.txt');
		apply(planWrites([inbox('rmrb-yaowen.txt')], { flags, roots, force: false }));
		const edited = join(roots.items, 'rmrb/2024-07-15/01-02.mdx');
		writeFileSync(edited, readFileSync(edited, 'utf8').replace('增强发展后劲', '【更正】增强发展后劲'));
		const plan = planWrites([inbox('rmrb-yaowen.txt')], { flags: { ...flags, pageName: '要闻' }, roots, force: false });
		expect(plan.problems.map((p) => [p.file, p.message])).toEqual([[shown(inbox('rmrb-yaowen.txt')), `${shown(edited)} 在上次导入后被手工修改过，未覆盖。`]]);
		const forced = planWrites([inbox('rmrb-yaowen.txt')], { flags: { ...flags, pageName: '要闻' }, roots, force: true });
		expect(forced.problems).toEqual([]);
		expect(forced.writes.map((w) => w.path)).toContain(edited);
	});

	it('collects a problem for every bad file, in the file it is in, and reads the good ones', () => {
		const { roots, inbox } = content('kjrb-yuanqu.txt', 'rmrb-yaowen.txt', 'xinhua-wenlv.txt');
		writeFileSync(inbox('empty.txt'), '\n\n');
		writeFileSync(inbox('xinhua-wenlv.yaml'), 'date: 7月9日\n');
		const sources = ['empty.txt', 'kjrb-yuanqu.txt', 'rmrb-yaowen.txt', 'xinhua-wenlv.txt'].map(inbox);
		const plan = planWrites(sources, { flags: { paper: '人民日报', page: 1 }, roots, force: false });
		expect(plan.problems.map((p) => [p.file, p.line, p.message])).toEqual([
			[shown(inbox('empty.txt')), undefined, '文件里没有正文。'],
			[shown(inbox('rmrb-yaowen.txt')), undefined, '无法确定出版日期：正文里没有可用的电头日期和年份。'],
			[inbox('xinhua-wenlv.yaml'), 1, 'date 须为 YYYY-MM-DD 格式，例如 2024-07-12。'],
		]);
		expect(plan.problems.every((p) => p.hint)).toBe(true);
		expect(plan.pages.map((page) => page.file)).toEqual([shown(inbox('kjrb-yuanqu.txt'))]);
	});

	it('refuses two page texts that would write one page, naming the other', () => {
		const { roots, inbox } = content('rmrb-yaowen.txt', 'xinhua-wenlv.txt');
		const plan = planWrites([inbox('rmrb-yaowen.txt'), inbox('xinhua-wenlv.txt')], { flags, roots, force: false });
		expect(plan.problems.map((p) => p.file)).toEqual([shown(inbox('xinhua-wenlv.txt')), shown(inbox('xinhua-wenlv.txt')), shown(inbox('xinhua-wenlv.txt'))]);
		expect(plan.problems[0]!.message).toBe(`与 ${shown(inbox('rmrb-yaowen.txt'))} 要写入同一个文件 ${shown(join(roots.items, 'rmrb/2024-07-15/01-01.mdx'))}。`);
	});

	it('warns about items a page no longer produces', () => {
		const { roots, inbox } = content('rmrb-yaowen.txt', 'gmrb-keji.txt');
		apply(planWrites([inbox('rmrb-yaowen.txt')], { flags, roots, force: false }));
		const plan = planWrites([inbox('gmrb-keji.txt')], { flags, roots, force: false });
		expect(plan.problems).toEqual([]);
		expect(plan.warnings.map((w) => [w.file, w.message])).toEqual([
			[shown(inbox('gmrb-keji.txt')), `${shown(join(roots.items, 'rmrb/2024-07-15/01-02.mdx'))} 不再由这个版面文本生成（稿件数变少了），未删除。`],
		]);
	});

	it('says what it inferred, and that the page number is unknown', () => {
		const { roots, inbox } = content('kjrb-yuanqu.txt');
		const plan = planWrites([inbox('kjrb-yuanqu.txt')], { flags: {}, roots, force: false });
		expect(plan.warnings.map((w) => [w.message, w.hint])).toEqual([
			['paper 由正文推断为 科技日报。', '如不正确，用 --paper 或旁注文件指定。'],
			['date 由正文推断为 2024-07-12。', '如不正确，用 --date 或旁注文件指定。'],
			['版次未知，稿件网址中的版次记为 00。', '用 --page 或旁注文件的 page 字段指定；指定后网址会不同，最好在首次导入时就给出。'],
		]);
	});
});
