/**
 * Planning a run's writes, in scratch content folders: what would be new, replaced or kept, and
 * every problem collected per file rather than the first one thrown. Nothing here writes content
 * except the tests themselves, to stand for an earlier run or a maintainer's edit.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UsageError, type ContentRoots } from '../../../scripts/ingest/cli-options.ts';
import { planWrites, type WritePlan } from '../../../scripts/ingest/plan-writes.ts';
import { toPosix } from '../../../scripts/ingest/plan-page.ts';
import { isStagedContent } from '../../../scripts/ingest/transaction.ts';
import type { PageMetaInput } from '../../../scripts/ingest/page-meta.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/pages');
const INGEST_FIXTURES = join(import.meta.dirname, '../../fixtures/ingest');
const scratch: string[] = [];

/** A report as a page prints it, its title over its lead: for pages a test writes, corrects and imports again. */
const article = (title: string, reporter: string, text: string) => [title, `　　本报北京3月5日电  （记者${reporter}）${text}`];
const library = article('城东新建一座图书馆', '张三', '城东图书馆今天开馆，藏书十万册，周末向市民开放，市民凭身份证可以免费借阅。');
const park = article('城西公园完成改造', '李四', '城西公园改造工程日前完工，新建步道三公里，种植乔木两千余株，今天重新开放。');
const trade = article('一季度外贸平稳增长', '王五', '海关总署今天发布，一季度进出口同比增长百分之五，民营企业进出口增长最快。');

/** A scratch content folder with page texts copied into its inbox. */
function content(...fixtures: string[]): { dir: string; roots: ContentRoots; inbox: (name: string) => string } {
	const dir = mkdtempSync(join(tmpdir(), 'plan-'));
	scratch.push(dir);
	mkdirSync(join(dir, 'inbox'));
	for (const name of fixtures) cpSync(join(FIXTURES, name), join(dir, 'inbox', name));
	return { dir, roots: { items: join(dir, 'items'), pages: join(dir, 'pages'), sources: join(dir, 'sources') }, inbox: (name) => join(dir, 'inbox', name) };
}

/** Does what the transaction would: writes (or removes) every planned file. */
/**
 * A page of tests/fixtures/ingest read as the ingester reads it, with no problem and every character accounted for:
 * the plan, and its pages' credits and items (title, byline, source lines, body) as JSON holds them.
 */
function readIngestFixture(name: string, extension = 'txt'): { plan: WritePlan; read: unknown } {
	const { roots, inbox } = content();
	cpSync(join(INGEST_FIXTURES, `${name}.${extension}`), inbox(`page.${extension}`));
	const plan = planWrites([inbox(`page.${extension}`)], { flags: { paper: '测试日报', date: '2024-03-06' }, roots, force: false, outline: true });
	expect(plan.problems).toEqual([]);
	for (const { plan: page } of plan.pages) expect(page.conservation.mismatch).toBeUndefined();
	const read = plan.pages.map(({ plan: page }) => ({
		credits: page.page.record.credits?.map((credit) => credit.text),
		items: page.items.map(({ frontmatter, body }) => ({ title: frontmatter.title, byline: frontmatter.byline, lines: frontmatter.source.lines, body })),
	}));
	return { plan, read: JSON.parse(JSON.stringify(read)) };
}

/** The `.expected.json` beside a page of tests/fixtures/ingest. */
function expectedOf(name: string): unknown {
	return JSON.parse(readFileSync(join(INGEST_FIXTURES, `${name}.expected.json`), 'utf8'));
}

function apply(plan: WritePlan): void {
	for (const write of plan.writes) {
		if (write.remove) {
			rmSync(write.path);
			continue;
		}
		mkdirSync(join(write.path, '..'), { recursive: true });
		writeFileSync(write.path, isStagedContent(write.content) ? readFileSync(write.content.staged) : write.content);
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
			[shown(inbox('xinhua-wenlv.yaml')), 1, 'date 须为 YYYY-MM-DD 格式，例如 2024-07-12。'],
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

	it('sends the address of an item a new split merged into another to that item, and keeps every other address', () => {
		const { roots, inbox } = content();
		const page = '第一篇标题\n本报记者  王  政\n第一段。\n第二篇标题\n本报记者  李  明\n第二段。\n第三篇标题\n本报记者  赵  刚\n第三段。\n';
		writeFileSync(inbox('page.txt'), page);
		apply(planWrites([inbox('page.txt')], { flags, roots, force: false }));
		const third = readFileSync(join(roots.items, 'rmrb/2024-07-15/01-03.mdx'), 'utf8');
		// The maintainer's split hint makes one item of the first two: 01-02's text is now 01-01's.
		writeFileSync(inbox('page.yaml'), 'split:\n  titles: [第一篇标题, 第三篇标题]\n');
		const plan = planWrites([inbox('page.txt')], { flags, roots, force: false });
		expect(plan.problems).toEqual([]);
		expect(plan.warnings).toEqual([]);
		expect(plan.writes.filter((w) => w.kind === 'item').map((w) => [toPosix(relative(roots.items, w.path)), w.remove === true])).toEqual([
			['rmrb/2024-07-15/01-01.mdx', false],
			['rmrb/2024-07-15/01-03.mdx', false],
			['rmrb/2024-07-15/01-02.mdx', true],
		]);
		expect(plan.redirects.map(({ from, to }) => [from, to])).toEqual([['rmrb/2024-07-15/01-02', 'rmrb/2024-07-15/01-01']]);
		apply(plan);
		// The third item, second in print order now, keeps its address: a link to it never shows another item.
		const kept = readFileSync(join(roots.items, 'rmrb/2024-07-15/01-03.mdx'), 'utf8');
		expect(kept).toContain('title: 第三篇标题');
		expect(kept).toContain('order: 2');
		expect(kept.replace(/order: \d+/, '').replace(/fingerprint: .*/, '')).toBe(third.replace(/order: \d+/, '').replace(/fingerprint: .*/, ''));
		expect(readFileSync(join(roots.items, 'rmrb/2024-07-15/01-01.mdx'), 'utf8')).toContain('第二段。');
		// Ingested again, nothing changes.
		expect(planWrites([inbox('page.txt')], { flags, roots, force: false }).writes.filter((w) => w.kind === 'item')).toEqual([]);
	});

	it('keeps an item a new split merged into another when it was edited by hand, and says where its text went', () => {
		const { roots, inbox } = content();
		writeFileSync(inbox('page.txt'), '第一篇标题\n本报记者  王  政\n第一段。\n第二篇标题\n本报记者  李  明\n第二段。\n');
		apply(planWrites([inbox('page.txt')], { flags, roots, force: false }));
		const second = join(roots.items, 'rmrb/2024-07-15/01-02.mdx');
		writeFileSync(second, readFileSync(second, 'utf8').replace('第二段。', '第二段（有改动）。'));
		writeFileSync(inbox('page.yaml'), 'split:\n  titles: [第一篇标题]\n');
		const plan = planWrites([inbox('page.txt')], { flags, roots, force: false });
		expect(plan.problems).toEqual([]);
		expect(plan.writes.some((w) => w.path === second)).toBe(false);
		expect(plan.redirects).toEqual([]);
		expect(plan.warnings.map((w) => [w.file, w.message])).toEqual([
			[shown(inbox('page.txt')), `${shown(second)} 不再由这个版面文本生成（拆分改变了，它的文字现在属于 rmrb/2024-07-15/01-01），但它被手工修改过，未删除。`],
		]);
	});

	it('gives an item a new split finds a number no item of its page has had, so that no address shows another item', () => {
		const { roots, inbox } = content();
		writeFileSync(
			inbox('page.txt'),
			'第一篇标题\n本报记者  王  政\n　　第一段写了很多字，说的是一件事。\n　　小标题\n　　第二段也写了很多字，说的是另一件事。\n第二篇标题\n本报记者  李  明\n　　第三段。\n',
		);
		apply(planWrites([inbox('page.txt')], { flags, roots, force: false }));
		expect(readdirSync(join(roots.items, 'rmrb/2024-07-15'))).toEqual(['01-01.mdx', '01-02.mdx']);
		// The maintainer says the heading on line 4 starts an item: it is printed second, but 01-02 is the other item's address.
		writeFileSync(inbox('page.yaml'), 'split:\n  itemStarts: [4]\n');
		const plan = planWrites([inbox('page.txt')], { flags, roots, force: false });
		expect(plan.problems).toEqual([]);
		expect(plan.redirects).toEqual([]);
		apply(plan);
		const titleAndOrder = (name: string) => {
			const text = readFileSync(join(roots.items, 'rmrb/2024-07-15', name), 'utf8');
			return [/^title: (.*)$/m.exec(text)?.[1], /^order: (\d+)$/m.exec(text)?.[1]];
		};
		expect(['01-01.mdx', '01-02.mdx', '01-03.mdx'].map(titleAndOrder)).toEqual([
			['第一篇标题', '1'],
			['第二篇标题', '3'],
			['小标题', '2'],
		]);
	});

	it("refuses to give another page's address to a different page, naming the fix", () => {
		const { roots, inbox } = content('rmrb-yaowen.txt', 'gmrb-keji.txt');
		apply(planWrites([inbox('rmrb-yaowen.txt')], { flags, roots, force: false }));
		const plan = planWrites([inbox('gmrb-keji.txt')], { flags, roots, force: false });
		expect(plan.writes).toEqual([]);
		expect(plan.problems[0]!.message).toContain('网址 rmrb/2024-07-15/01-01 已属于另一个版面');
		expect(plan.problems[0]!.hint).toContain('--page');
	});

	it('moves the items of a page ingested again under another page number, and records each move', () => {
		const { roots, inbox } = content('rmrb-yaowen.txt');
		apply(planWrites([inbox('rmrb-yaowen.txt')], { flags: { paper: '人民日报', date: '2024-07-15' }, roots, force: false }));
		const plan = planWrites([inbox('rmrb-yaowen.txt')], { flags, roots, force: false });
		expect(plan.problems).toEqual([]);
		expect(plan.writes.filter((w) => w.remove).map((w) => toPosix(relative(roots.items, w.path)))).toEqual([
			'rmrb/2024-07-15/00-01.mdx',
			'rmrb/2024-07-15/00-02.mdx',
			'../pages/rmrb/2024-07-15/00.yaml',
		]);
		expect(plan.redirects.map(({ from, to }) => [from, to])).toEqual([
			['rmrb/2024-07-15/00-01', 'rmrb/2024-07-15/01-01'],
			['rmrb/2024-07-15/00-02', 'rmrb/2024-07-15/01-02'],
			['rmrb/2024-07-15/00', 'rmrb/2024-07-15/01'],
		]);
		apply(plan);
		// Once moved, the same run again changes nothing.
		expect(planWrites([inbox('rmrb-yaowen.txt')], { flags, roots, force: false }).writes).toEqual([]);
	});

	it('keeps two pages of one date whose numbers are unknown apart: 00 and 00b', () => {
		const { roots, inbox } = content('rmrb-yaowen.txt', 'gmrb-keji.txt');
		const unknownPage = { paper: '人民日报', date: '2024-07-15' };
		apply(planWrites([inbox('rmrb-yaowen.txt')], { flags: unknownPage, roots, force: false }));
		const plan = planWrites([inbox('gmrb-keji.txt')], { flags: unknownPage, roots, force: false });
		expect(plan.problems).toEqual([]);
		expect(plan.pages[0]!.plan.page.path).toBe('rmrb/2024-07-15/00b.yaml');
		expect(plan.pages[0]!.plan.items[0]!.path).toBe('rmrb/2024-07-15/00b-01.mdx');
	});

	it('refuses a paper slug that belongs to another paper, naming --paper-slug', () => {
		const { roots, inbox } = content('rmrb-yaowen.txt', 'gmrb-keji.txt');
		apply(planWrites([inbox('rmrb-yaowen.txt')], { flags: { paper: '科技日报', date: '2024-07-15', page: 1 }, roots, force: false }));
		const plan = planWrites([inbox('gmrb-keji.txt')], { flags: { paper: '空军日报', date: '2024-07-16', page: 1 }, roots, force: false });
		expect(plan.problems.map((p) => [p.message, p.hint])).toEqual([
			[
				'报纸代号 kjrb 已属于《科技日报》，不能再给《空军日报》。',
				'用 --paper-slug（或旁注文件的 paperSlug）给《空军日报》另取一个代号，例如 kjrb2，这份报纸以后的版面都沿用它（也可写进 papers.yaml）；代号出现在网址里，定下后不要再改。',
			],
		]);
	});

	it('keeps the slug a paper was first given for its later pages, or takes it from papers.yaml', () => {
		const { dir, roots, inbox } = content('rmrb-yaowen.txt', 'gmrb-keji.txt', 'kjrb-yuanqu.txt');
		apply(planWrites([inbox('rmrb-yaowen.txt')], { flags: { paper: '科技日报', date: '2024-07-15', page: 1 }, roots, force: false }));
		apply(planWrites([inbox('gmrb-keji.txt')], { flags: { paper: '空军日报', paperSlug: 'kjrb2', date: '2024-07-15', page: 1 }, roots, force: false }));
		// The next day's page of 空军日报, no slug given: it goes where the paper's pages are, not to 科技日报's kjrb.
		const later = planWrites([inbox('kjrb-yuanqu.txt')], { flags: { paper: '空军日报', date: '2024-07-16', page: 1 }, roots, force: false });
		expect(later.problems).toEqual([]);
		expect(later.pages[0]!.plan.page.path).toBe('kjrb2/2024-07-16/01.yaml');
		// A paper not yet in the archive takes the slug papers.yaml gives it.
		writeFileSync(join(dir, 'papers.yaml'), '空间日报:\n  paperSlug: kjrb-space\n');
		const styled = planWrites([inbox('kjrb-yuanqu.txt')], { flags: { paper: '空间日报', date: '2024-07-16', page: 1 }, roots, force: false });
		expect(styled.pages[0]!.plan.page.path).toBe('kjrb-space/2024-07-16/01.yaml');
	});

	it('takes the date from the day’s folder a page is filed in, and the page from its name', () => {
		const { roots, inbox } = content();
		mkdirSync(inbox('2024-03-06'));
		cpSync(join(INGEST_FIXTURES, 'rules-between-articles.txt'), inbox('2024-03-06/04_要闻.txt'));
		const plan = planWrites([inbox('2024-03-06/04_要闻.txt')], { flags: { paper: '测试日报' }, roots, force: false });
		expect(plan.problems).toEqual([]);
		expect(plan.warnings).toEqual([]);
		expect(plan.pages[0]!.plan.page.path).toBe('csrb/2024-03-06/04.yaml');
	});

	it('says what it inferred, and that the page number is unknown', () => {
		const { roots, inbox } = content('kjrb-yuanqu.txt');
		const plan = planWrites([inbox('kjrb-yuanqu.txt')], { flags: {}, roots, force: false });
		expect(plan.warnings.map((w) => [w.message, w.hint])).toEqual([
			['paper 由正文推断为 科技日报。', '如不正确，用 --paper 或旁注文件指定。'],
			[
				'date 由正文推断为 2024-07-12。',
				'这是正文里最晚的电头日期；日报的电头多在出版前一天，出版日常是 2024-07-13。如不正确，用 --date 或旁注文件指定，或把文件放在以日期命名的文件夹里（如 2024-07-13/03.txt）、在文件名里写上日期。',
			],
			[
				'版次未知，稿件网址中的版次记为 00。',
				'用 --page 或旁注文件的 page 字段指定，或在文本第一行写上“第08版：园区”这样的版面标题；指定后网址会不同，最好在首次导入时就给出。',
			],
		]);
	});

	it('plans a day file as one page per header: its number and name, its own items, every line accounted for', () => {
		const { dir, roots, inbox } = content();
		cpSync(join(INGEST_FIXTURES, 'day-three-pages.txt'), inbox('day.txt'));
		const plan = planWrites([inbox('day.txt')], { flags: { paper: '测试日报', date: '2024-03-06' }, roots, force: false, outline: true });
		expect(plan.problems).toEqual([]);
		// The outline is only kept when it is asked for.
		expect(planWrites([inbox('day.txt')], { flags: { paper: '测试日报', date: '2024-03-06' }, roots, force: false }).outline).toEqual([]);
		expect(plan.writes.map((w) => relative(dir, w.path))).toEqual([
			'sources/csrb/2024-03-06/day.txt',
			'items/csrb/2024-03-06/01-01.mdx',
			'items/csrb/2024-03-06/01-02.mdx',
			'pages/csrb/2024-03-06/01.yaml',
			'items/csrb/2024-03-06/02-01.mdx',
			'pages/csrb/2024-03-06/02.yaml',
			'items/csrb/2024-03-06/03-01.mdx',
			'pages/csrb/2024-03-06/03.yaml',
		]);
		expect(
			plan.pages.map(({ file, plan: page }) => [file, page.page.record.page, page.page.record.pageName, page.items.map((i) => i.frontmatter.source.lines)]),
		).toEqual([
			[
				shown(inbox('day.txt')),
				1,
				'要闻',
				[
					[2, 5],
					[6, 8],
				],
			],
			[shown(inbox('day.txt')), 2, '经济', [[12, 15]]],
			[shown(inbox('day.txt')), 3, '科技', [[18, 21]]],
		]);
		expect(plan.pages[0]!.plan.page.record.credits).toEqual([{ text: '本版责编：王  五', roles: [{ role: '本版责编', names: ['王五'] }] }]);
		// Paper and date given, page numbers printed: nothing inferred.
		expect(plan.pages.flatMap(({ plan: page }) => page.items.flatMap((i) => i.frontmatter.inferred ?? []))).toEqual([]);
		expect(plan.warnings).toEqual([]);
		expect(plan.outline.map((page) => [page.page, page.pageName, page.lines, page.items.length])).toEqual([
			[1, '要闻', [1, 10], 2],
			[2, '经济', [11, 16], 1],
			[3, '科技', [17, 21], 1],
		]);
	});

	it('refuses one page number for a file of several: wrong usage as a flag, a problem in the sidecar', () => {
		const { roots, inbox } = content();
		cpSync(join(INGEST_FIXTURES, 'day-three-pages.txt'), inbox('day.txt'));
		const options = { flags: { paper: '测试日报', date: '2024-03-06', pageName: '要闻' }, roots, force: false };
		expect(() => planWrites([inbox('day.txt')], options)).toThrow(UsageError);
		expect(() => planWrites([inbox('day.txt')], options)).toThrow(/含 3 个版面（版面标题在第 1、11、17 行），--page 和 --page-name 只能用于单个版面/);
		writeFileSync(inbox('day.yaml'), 'page: 2\n');
		const plan = planWrites([inbox('day.txt')], { ...options, flags: { paper: '测试日报', date: '2024-03-06' } });
		expect(plan.problems.map((p) => [p.file, p.message, p.hint])).toEqual([
			[
				shown(inbox('day.yaml')),
				`旁注文件给出了 page 或 pageName，但 ${shown(inbox('day.txt'))} 含 3 个版面（版面标题在第 1、11、17 行）。`,
				'删去旁注文件里的 page 和 pageName：各版的版次和版名取自各自的版面标题。',
			],
		]);
		expect(plan.writes).toEqual([]);
	});

	it("applies split hints of a day file to the pages they fall in, with the whole file's line numbers", () => {
		const { roots, inbox } = content();
		cpSync(join(INGEST_FIXTURES, 'day-three-pages.txt'), inbox('day.txt'));
		// Page 1 is said to hold one item only; line 13 is the byline of page 2's item; page 3 has no hint.
		writeFileSync(inbox('day.yaml'), 'split:\n  titles: [城东新建一座图书馆]\n  itemStarts: [13]\n');
		const plan = planWrites([inbox('day.txt')], { flags: { paper: '测试日报', date: '2024-03-06' }, roots, force: false });
		expect(plan.problems).toEqual([]);
		expect(plan.pages.map(({ plan: page }) => page.items.map((i) => [i.frontmatter.title, i.frontmatter.source.lines]))).toEqual([
			[['城东新建一座图书馆', [2, 8]]],
			[['一季度外贸平稳增长', [12, 15]]],
			[['新型电池通过测试', [18, 21]]],
		]);
		expect(plan.warnings.map((w) => w.message)).toEqual([
			'拆分提示 split.itemStarts 的 13与正文不符：第 13 行成了第 12 行起的稿件“一季度外贸平稳增长”的一部分（标题区或署名），已略去（其余提示照常使用）。',
		]);
	});

	it('refuses a day file with one page number twice, apart, at the second header (printed again right after its page, a header goes on with it)', () => {
		const { roots, inbox } = content();
		writeFileSync(
			inbox('day.txt'),
			'第01版：要闻\n甲标题\n本报记者  张  三\n　　正文一。\n第02版：经济\n丙标题\n本报记者  王  五\n　　正文三。\n第1版:要闻\n乙标题\n本报记者  李  四\n　　正文二。\n',
		);
		const plan = planWrites([inbox('day.txt')], { flags: { paper: '测试日报', date: '2024-03-06' }, roots, force: false });
		expect(plan.problems.map((p) => [p.line, p.message, p.hint])).toEqual([
			[
				9,
				`与 ${shown(inbox('day.txt'))} 第 1 行的“第01版：要闻” 要写入同一个文件 ${shown(join(roots.items, 'csrb/2024-03-06/01-01.mdx'))}。`,
				'同一个文件里有两个版次相同的版面标题：改正其中一个的版次。',
			],
			[
				9,
				`与 ${shown(inbox('day.txt'))} 第 1 行的“第01版：要闻” 要写入同一个文件 ${shown(join(roots.pages, 'csrb/2024-03-06/01.yaml'))}。`,
				'同一个文件里有两个版次相同的版面标题：改正其中一个的版次。',
			],
		]);
		expect(plan.writes).toEqual([]);
	});

	it('takes page number and name from the header of a single page, unless flags or the sidecar say otherwise', () => {
		const { roots, inbox } = content();
		writeFileSync(inbox('page.txt'), '第08版：园区\n城东新建一座图书馆\n本报记者  张  三\n　　城东图书馆今天开馆，藏书十万册。\n');
		const header = planWrites([inbox('page.txt')], { flags: { paper: '测试日报', date: '2024-03-06' }, roots, force: false });
		expect(header.pages.map(({ plan: page }) => [page.page.path, page.page.record.pageName])).toEqual([['csrb/2024-03-06/08.yaml', '园区']]);
		writeFileSync(inbox('page.yaml'), 'pageName: 园区周刊\n');
		const sidecar = planWrites([inbox('page.txt')], { flags: { paper: '测试日报', date: '2024-03-06', page: 9 }, roots, force: false });
		expect(sidecar.pages.map(({ plan: page }) => [page.page.path, page.page.record.pageName])).toEqual([['csrb/2024-03-06/09.yaml', '园区周刊']]);
	});

	it('plans nothing of a file with a problem, so that the good ones can be written without half of it', () => {
		const { roots, inbox } = content();
		const brief = (title: string) => `${title}\n本报记者  张  三\n　　${title}的消息，今天发布。\n`;
		writeFileSync(inbox('a.txt'), brief('城东新建一座图书馆'));
		// b's first item would write a's only item; its second item and its archived text clash with nothing.
		writeFileSync(inbox('b.txt'), brief('城西公园完成改造') + brief('城南新开一家书店'));
		const plan = planWrites([inbox('a.txt'), inbox('b.txt')], { flags: { paper: '测试日报', date: '2024-03-06', page: 1 }, roots, force: false });
		expect(plan.refused.map((r) => [r.file, r.problems.map((p) => p.message)])).toEqual([
			[
				shown(inbox('b.txt')),
				[
					`与 ${shown(inbox('a.txt'))} 要写入同一个文件 ${shown(join(roots.items, 'csrb/2024-03-06/01-01.mdx'))}。`,
					`与 ${shown(inbox('a.txt'))} 要写入同一个文件 ${shown(join(roots.pages, 'csrb/2024-03-06/01.yaml'))}。`,
				],
			],
		]);
		expect(plan.writes.map((w) => relative(roots.items, w.path))).toEqual([
			'../sources/csrb/2024-03-06/a.txt',
			'csrb/2024-03-06/01-01.mdx',
			'../pages/csrb/2024-03-06/01.yaml',
		]);
		expect(plan.pages.map((page) => page.file)).toEqual([shown(inbox('a.txt'))]);

		// A text whose archived copy differs from the one given is refused whole too.
		mkdirSync(join(roots.sources, 'csrb/2024-03-06'), { recursive: true });
		writeFileSync(join(roots.sources, 'csrb/2024-03-06/b.txt'), '别的内容\n');
		const archived = planWrites([inbox('b.txt')], { flags: { paper: '测试日报', date: '2024-03-06', page: 2 }, roots, force: false });
		expect(archived.refused.map((r) => r.problems.map((p) => p.message))).toEqual([
			[`存档中已有同名但内容不同的版面原文：${shown(join(roots.sources, 'csrb/2024-03-06/b.txt'))}。`],
		]);
		expect(archived.writes).toEqual([]);
	});

	it('reads a source line kept between an article’s header and its text as page metadata that parts nothing', () => {
		// (As a crawler of paper.people.com.cn keeps the line its pages print under the byline: 《人民日报》（…第 08 版）.)
		const { roots, inbox } = content();
		cpSync(join(INGEST_FIXTURES, 'source-line-under-header.txt'), inbox('page.txt'));
		const plan = planWrites([inbox('page.txt')], { flags: { paper: '人民日报' }, roots, force: false, outline: true });
		expect(plan.problems).toEqual([]);
		expect(plan.outline.map((page) => [page.page, page.items.map((item) => [item.title, item.subtitle, item.authors, item.paragraphs, item.lines])])).toEqual([
			[
				8,
				[
					['多地出台新政稳就业（稳就业在行动）', undefined, ['王某'], 2, [1, 5]],
					['青春不能缺了劳动课（特别策划）', '——高校劳动教育课程见闻', [], 9, [6, 17]],
				],
			],
		]);
		expect(plan.pages[0]!.plan.items.map((item) => item.frontmatter.date)).toEqual(['2026-04-29', '2026-04-29']);
	});

	it('reads the rules an export prints between articles as layout that starts the item under it', () => {
		// (----------, - - -, ==========: without them, a title with no byline under the text above reads as its heading.)
		const { roots, inbox } = content();
		cpSync(join(INGEST_FIXTURES, 'rules-between-articles.txt'), inbox('page.txt'));
		const plan = planWrites([inbox('page.txt')], { flags: { paper: '测试日报', date: '2024-03-06', page: 4 }, roots, force: false, outline: true });
		expect(plan.problems).toEqual([]);
		expect(plan.outline[0]!.items.map((item) => [item.title, item.authors, item.paragraphs, item.lines])).toEqual([
			['城东新建一座图书馆', ['王某'], 2, [1, 4]],
			['城西公园完成改造', [], 2, [6, 8]],
			['城南老街焕新颜', [], 1, [10, 11]],
		]);
		expect(plan.pages[0]!.plan.page.record.credits?.map((credit) => credit.text)).toEqual(['本版责编：张  三']);
	});

	it('reads a page whose lines end with U+2028, as some editors and pages’ scripts copy text, line by line', () => {
		const { roots, inbox } = content();
		const text = readFileSync(join(INGEST_FIXTURES, 'rules-between-articles.txt'), 'utf8');
		writeFileSync(inbox('page.txt'), text.replaceAll('\n', '\u2028'));
		const plan = planWrites([inbox('page.txt')], { flags: { paper: '测试日报', date: '2024-03-06', page: 4 }, roots, force: false, outline: true });
		expect(plan.problems).toEqual([]);
		expect(plan.outline[0]!.items.map((item) => [item.title, item.paragraphs, item.lines])).toEqual([
			['城东新建一座图书馆', 2, [1, 4]],
			['城西公园完成改造', 2, [6, 8]],
			['城南老街焕新颜', 1, [10, 11]],
		]);
	});

	it('reads a rule under an article’s last line or under an article of a title alone as a divider, not as an underline', () => {
		// (制图：李  四 and 图片报道 finish no sentence, as a title Markdown underlines does not; the article under the rule starts an item.)
		const { roots, inbox } = content();
		cpSync(join(INGEST_FIXTURES, 'rules-under-unfinished-lines.txt'), inbox('page.txt'));
		const plan = planWrites([inbox('page.txt')], { flags: { paper: '测试日报', date: '2024-03-06', page: 4 }, roots, force: false, outline: true });
		expect(plan.problems).toEqual([]);
		expect(plan.outline[0]!.items.map((item) => [item.kicker, item.title, item.paragraphs, item.lines])).toEqual([
			[undefined, '河畔新修一条绿道', 3, [1, 4]],
			[undefined, '图片报道', 0, [6, 6]],
			[undefined, '老厂房变身文创园', 2, [8, 10]],
			[undefined, '小区加装电梯', 1, [12, 13]],
		]);
	});

	it('reads the address a crawler prints under each article as that item’s link, and as a divider', () => {
		const { roots, inbox } = content();
		cpSync(join(INGEST_FIXTURES, 'links-under-articles.txt'), inbox('page.txt'));
		const plan = planWrites([inbox('page.txt')], { flags: { paper: '测试日报', date: '2024-03-06', page: 4 }, roots, force: false });
		expect(plan.problems).toEqual([]);
		expect(plan.pages[0]!.plan.items.map((item) => [item.frontmatter.title, item.frontmatter.source.link, item.body.includes('http')])).toEqual([
			['城东新建一座图书馆', 'http://paper.example.com/csrb/2024-03-06/content_101.html', false],
			['城西公园完成改造', 'http://paper.example.com/csrb/2024-03-06/content_102.html', false],
		]);
	});

	it('reads the address a crawler prints over each article as the link of the item under it', () => {
		const { roots, inbox } = content();
		const [first, second] = ['https://paper.example.com/a.html', 'https://paper.example.com/b.html'];
		writeFileSync(inbox('page.txt'), `${first}\n城东新建一座图书馆\n城东新建的图书馆日前开馆。\n${second}\n城西公园完成改造\n城西公园改造工程近日完工。\n`);
		const plan = planWrites([inbox('page.txt')], { flags: { paper: '测试日报', date: '2024-03-06', page: 4 }, roots, force: false });
		expect(plan.problems).toEqual([]);
		expect(plan.pages[0]!.plan.items.map((item) => [item.frontmatter.title, item.frontmatter.source.link])).toEqual([
			['城东新建一座图书馆', first],
			['城西公园完成改造', second],
		]);
	});

	it('reads a page text saved as Markdown by its marks: pages, titles, kickers, subtitles and headings, no mark in the text', () => {
		const { roots, inbox } = content();
		cpSync(join(INGEST_FIXTURES, 'markdown-day.txt'), inbox('day.txt'));
		const plan = planWrites([inbox('day.txt')], { flags: { paper: '测试日报', date: '2024-03-06' }, roots, force: false, outline: true });
		expect(plan.problems).toEqual([]);
		// The outline says how the pages were read, so that a split the marks made is explained.
		expect(plan.outline.map((page) => page.readAs)).toEqual([['按 Markdown 标记'], ['按 Markdown 标记']]);
		const read = plan.pages.map(({ plan: page }) => ({
			page: page.page.record.page,
			pageName: page.page.record.pageName,
			credits: page.page.record.credits?.map((credit) => credit.text),
			items: page.items.map(({ frontmatter, body }) => ({
				kicker: frontmatter.kicker,
				title: frontmatter.title,
				subtitle: frontmatter.subtitle,
				byline: frontmatter.byline,
				lines: frontmatter.source.lines,
				body,
			})),
		}));
		expect(JSON.parse(JSON.stringify(read))).toEqual(JSON.parse(readFileSync(join(INGEST_FIXTURES, 'markdown-day.expected.json'), 'utf8')));
	});

	it('reads a page text that labels its fields by its labels: pages, titles, kickers, subtitles and bylines, no label in the text', () => {
		const { roots, inbox } = content();
		cpSync(join(INGEST_FIXTURES, 'labelled-day.txt'), inbox('day.txt'));
		const plan = planWrites([inbox('day.txt')], { flags: { paper: '测试日报', date: '2024-03-06' }, roots, force: false, outline: true });
		expect(plan.problems).toEqual([]);
		expect(plan.outline.map((page) => page.readAs)).toEqual([['按字段标签（标题：、正文：等）'], ['按字段标签（标题：、正文：等）']]);
		const read = plan.pages.map(({ plan: page }) => ({
			page: page.page.record.page,
			pageName: page.page.record.pageName,
			items: page.items.map(({ frontmatter, body }) => ({
				kicker: frontmatter.kicker,
				title: frontmatter.title,
				subtitle: frontmatter.subtitle,
				byline: frontmatter.byline,
				authors: (frontmatter.authors ?? []).map((author) => author.name),
				lines: frontmatter.source.lines,
				link: frontmatter.source.link,
				body,
			})),
		}));
		expect(JSON.parse(JSON.stringify(read))).toEqual(JSON.parse(readFileSync(join(INGEST_FIXTURES, 'labelled-day.expected.json'), 'utf8')));
	});

	it('dates a labelled day by its articles’ date fields where they agree, as a header would, and infers nothing then', () => {
		const { roots, inbox } = content();
		cpSync(join(INGEST_FIXTURES, 'labelled-day.txt'), inbox('day.txt'));
		const dated = planWrites([inbox('day.txt')], { flags: { paper: '测试日报' }, roots, force: false });
		expect(dated.problems).toEqual([]);
		expect(dated.pages.map(({ plan: page }) => [page.page.record.date, page.page.record.inferred])).toEqual([
			['2024-03-06', undefined],
			['2024-03-06', undefined],
		]);
		// (Fields that disagree date nothing: the date is inferred as for any page, and said so.)
		writeFileSync(inbox('day.txt'), `${readFileSync(inbox('day.txt'), 'utf8')}\n标题：城北新添口袋公园\n日期：2024-03-07\n正文：城北新添一座口袋公园。\n`);
		const undated = planWrites([inbox('day.txt')], { flags: { paper: '测试日报' }, roots, force: false });
		expect(undated.pages.every(({ plan: page }) => page.page.record.inferred?.includes('date'))).toBe(true);
	});

	it('reads under a title the maintainer names the subtitle the parser reads there, dash or none, but not a bare name or a sentence', () => {
		const { roots, inbox } = content();
		writeFileSync(
			inbox('page.txt'),
			'城东新建一座图书馆（城市更新）\n藏书十万余册　设有少儿阅览区\n本报讯  城东新建的图书馆日前开馆。\n走好自己的创业路\n李彦君\n创业路上，没有捷径。\n' +
				'读书的乐趣（随笔）\n说起读书，很多人心里都会冒出一个问题：在今天这样一个信息随手可得的时代，读书究竟还有什么用？\n读书使人充实。\n',
		);
		writeFileSync(
			inbox('page.yaml'),
			'paper: 测试日报\ndate: 2024-03-06\npage: 4\nsplit:\n  titles: [城东新建一座图书馆（城市更新）, 走好自己的创业路, 读书的乐趣（随笔）]\n',
		);
		const plan = planWrites([inbox('page.txt')], { flags: {}, roots, force: false, outline: true });
		expect(plan.problems).toEqual([]);
		expect(plan.outline[0]!.items.map((item) => [item.title, item.subtitle, item.authors])).toEqual([
			['城东新建一座图书馆（城市更新）', '藏书十万余册　设有少儿阅览区', []],
			['走好自己的创业路', undefined, ['李彦君']],
			// (A question as long as a paragraph's line opens the text.)
			['读书的乐趣（随笔）', undefined, []],
		]);
	});

	it('says in the outline that a page whose punctuation was made half-width was read as full-width, and keeps its marks', () => {
		const { roots, inbox } = content();
		cpSync(join(FIXTURES, 'half-width-punctuation.txt'), inbox('page.txt'));
		const plan = planWrites([inbox('page.txt')], { flags: { paper: '测试日报', date: '2024-03-06' }, roots, force: false, outline: true });
		expect(plan.problems).toEqual([]);
		expect(plan.outline.map((page) => page.readAs)).toEqual([['半角标点当作全角']]);
		const [page] = plan.pages;
		expect(page!.plan.conservation.mismatch).toBeUndefined();
		expect(page!.plan.items.map((item) => item.frontmatter.title)).toEqual(['某县加快建设现代农业产业园', '家风:在乡村振兴中传承好家训', '图片报道']);
	});

	it('reads a byline a Markdown page sets in italics as a byline, its stars and underscores accounted for', () => {
		const { plan, read } = readIngestFixture('markdown-italic-bylines');
		expect(plan.outline.map((page) => page.readAs)).toEqual([['按 Markdown 标记']]);
		expect(read).toEqual(expectedOf('markdown-italic-bylines'));
		expect(plan.pages[0]!.plan.items.map((item) => item.frontmatter.authors)).toEqual([
			[{ name: '王林', role: '本报记者' }],
			[{ name: '许晴', role: '本报记者' }],
		]);
	});

	it('reads a page saved from HTML with its character references left as the characters they name, every one accounted for', () => {
		const { plan, read } = readIngestFixture('html-references');
		expect(plan.outline.map((page) => page.readAs)).toEqual([['按 HTML 字符引用']]);
		expect(read).toEqual(expectedOf('html-references'));
	});

	it('reads a page saved as HTML through its text: a block to a line, its headings as the header’s fields, what a browser hides left out', () => {
		const { plan, read } = readIngestFixture('html-page', 'html');
		expect(plan.outline.map((page) => page.readAs)).toEqual([['按网页（HTML）的段落和标题']]);
		expect(read).toEqual(expectedOf('html-page'));
		expect(plan.pages[0]!.plan.items.map((item) => [item.frontmatter.kicker, item.frontmatter.title, item.frontmatter.subtitle])).toEqual([
			['文化设施建设提速', '城东新建一座图书馆', '——藏书十万余册，设有少儿阅览区'],
			[undefined, '城西公园完成改造', undefined],
		]);
		// The archive keeps the HTML as given, and each item says the HTML's lines it comes from.
		expect(plan.writes.find((write) => write.kind === 'source')?.path).toMatch(/page\.html$/u);
	});

	it('reads a page whose paragraphs a crawler ran together parted at the indents in its lines: a sub-head a heading, each line the file’s', () => {
		const { plan, read } = readIngestFixture('run-together-page');
		expect(plan.outline.map((page) => page.readAs)).toEqual([['连排的段落按缩进分开']]);
		expect(read).toEqual(expectedOf('run-together-page'));
		// (A photo's caption run in after the text is the photo's, over its credit.)
		expect(plan.pages[0]!.plan.items[1]!.frontmatter.figures).toEqual([{ caption: '图为改造后的城西公园。', credit: '本报记者  王  五摄' }]);
	});

	it('honours split hints on a page saved as HTML: a title as printed, a line as the HTML numbers it, and names one that starts nothing', () => {
		const { roots, inbox } = content();
		writeFileSync(
			inbox('page.html'),
			'<html><body>\n<h1>城东新建一座图书馆</h1>\n<p>　　城东新建的图书馆日前开馆。</p>\n<p>城西公园完成改造</p><p>　　城西公园改造工程近日完工。</p>\n' +
				'<p>城北新添口袋公园</p>\n<p>　　城北新添一座口袋公园。</p>\n</body></html>\n',
		);
		// (Line 4 holds two blocks: the first, 城西公园完成改造, starts the item. Line 8 starts no block.)
		writeFileSync(inbox('page.yaml'), 'split:\n  itemStarts: [4, 5, 8]\n');
		const plan = planWrites([inbox('page.html')], { flags: { paper: '测试日报', date: '2024-03-06', page: 4 }, roots, force: false, outline: true });
		expect(plan.problems).toEqual([]);
		expect(plan.pages[0]!.plan.items.map((item) => [item.frontmatter.title, item.frontmatter.source.lines])).toEqual([
			['城东新建一座图书馆', [2, 3]],
			['城西公园完成改造', [4, 4]],
			['城北新添口袋公园', [5, 6]],
		]);
		expect(plan.warnings.map((warning) => warning.message)).toEqual([
			'拆分提示 split.itemStarts 的 8与正文不符：第 8 行上没有开始的段落或标题，已略去（其余提示照常使用）。',
		]);
		// (The outline names each hint by the HTML's line, as the maintainer wrote it.)
		expect(plan.outline[0]!.items.map((item) => item.hint)).toEqual([undefined, 'split.itemStarts 的 4', 'split.itemStarts 的 5']);
	});

	it('finds a title a split hint names on a page saved as Markdown, its marks aside', () => {
		const { roots, inbox } = content();
		writeFileSync(
			inbox('page.txt'),
			'# 城东新建一座图书馆\n城东新建的图书馆日前开馆。\n城西公园完成改造\n城西公园改造工程近日完工。\n# 城北新添口袋公园\n城北新添一座口袋公园。\n',
		);
		writeFileSync(inbox('page.yaml'), 'split:\n  titles: [城东新建一座图书馆, 城西公园完成改造]\n');
		const plan = planWrites([inbox('page.txt')], { flags: { paper: '测试日报', date: '2024-03-06', page: 4 }, roots, force: false });
		expect(plan.problems).toEqual([]);
		expect(plan.warnings).toEqual([]);
		expect(plan.pages[0]!.plan.items.map((item) => item.frontmatter.title)).toEqual(['城东新建一座图书馆', '城西公园完成改造', '城北新添口袋公园']);
	});

	it('leaves out what a copy of a web page kept around its articles (its date line, widgets, pictures’ placeholders, （图） after a title), every character accounted for', () => {
		// (Text that only looks like it stays the item's: a compiled piece's 来源：… and a date alone.)
		const { plan, read } = readIngestFixture('web-copy-furniture');
		expect(plan.outline.map((page) => page.readAs)).toEqual([['略去标题后网站加的“（图）”', '略去网页附带的 9 行（发布时间、按钮和导航、图片占位等）']]);
		expect(read).toEqual(expectedOf('web-copy-furniture'));
		expect(plan.pages[0]!.plan.items.map((item) => item.frontmatter.kicker)).toEqual([undefined, '“老街坊”说新变化：', undefined]);
	});

	it('reads a page OCR gave with a space between its Chinese characters without those spaces, every one accounted for', () => {
		const { plan, read } = readIngestFixture('ocr-spaced');
		expect(plan.outline.map((page) => page.readAs)).toEqual([['略去 OCR 字间空格']]);
		expect(read).toEqual(expectedOf('ocr-spaced'));
		expect(plan.pages[0]!.plan.items[0]!.frontmatter.authors).toEqual([{ name: '王某', role: '本报记者' }]);
	});

	it('reads a page’s article files as the crawler saved them: date and page from their names, one item each, its header as the file gives it', () => {
		const { roots, inbox } = content();
		cpSync(join(INGEST_FIXTURES, 'article-files'), inbox('20240306'), { recursive: true });
		const files = readdirSync(inbox('20240306'), { recursive: true })
			.map((name) => inbox(join('20240306', String(name))))
			.filter((path) => path.endsWith('.txt'))
			.sort();
		const plan = planWrites(files, { flags: { paper: '测试日报' }, roots, force: false, outline: true });
		expect(plan.problems).toEqual([]);
		// Nothing inferred, nothing to check: the names give date and page, the headers the split.
		expect(plan.warnings).toEqual([]);
		expect(plan.uncertain).toEqual([]);
		const read = plan.pages.map(({ plan: page }) => ({
			page: page.page.record.page,
			date: page.page.record.date,
			items: page.items.map(({ frontmatter, body }) => ({
				kicker: frontmatter.kicker,
				title: frontmatter.title,
				subtitle: frontmatter.subtitle,
				source: [frontmatter.source.file.split('/').slice(-3).join('/'), ...frontmatter.source.lines],
				body,
			})),
		}));
		expect(JSON.parse(JSON.stringify(read))).toEqual(expectedOf('article-files'));
		// Each article file is archived as it came, and a second run changes nothing, from the inbox or from the archive.
		expect(plan.writes.filter((write) => write.kind === 'source').map((write) => write.path.split('/').at(-1))).toEqual(
			files.map((file) => file.split('/').at(-1)),
		);
		apply(plan);
		expect(planWrites(files, { flags: { paper: '测试日报' }, roots, force: false }).writes).toEqual([]);
		const archived = plan.writes.filter((write) => write.kind === 'source').map((write) => write.path);
		expect(planWrites(archived, { flags: { paper: '测试日报' }, roots, force: false }).writes).toEqual([]);
		expect(plan.outline.map((page) => page.items.map((item) => `${item.file?.split('/').at(-1)}:${item.lines.join('-')}`))).toEqual([
			['20240306-01-01.txt:2-5', '20240306-01-02.txt:2-5', '20240306-01-10.txt:1-5'],
			['20240306-02-01.txt:2-7', '20240306-02-02.txt:2-5'],
			['20240306-03-01.txt:2-9'],
		]);
	});

	it('completes a page of article files a crawl had missed an article of: every article keeps its address, the new one takes the next', () => {
		const { roots, inbox } = content();
		cpSync(join(INGEST_FIXTURES, 'article-files'), inbox('20240306'), { recursive: true });
		const all = readdirSync(inbox('20240306/20240306'))
			.filter((name) => name.endsWith('.txt'))
			.sort()
			.map((name) => inbox(`20240306/20240306/${name}`));
		const missed = all.filter((path) => !path.endsWith('20240306-01-02.txt'));
		const options = { flags: { paper: '测试日报' }, roots, force: false };
		const itemsOfPage = () =>
			readdirSync(join(roots.items, 'csrb/2024-03-06'))
				.filter((name) => name.startsWith('01-'))
				.sort()
				.map((name) => {
					const text = readFileSync(join(roots.items, 'csrb/2024-03-06', name), 'utf8');
					return `${name}: ${/^title: (.+)$/m.exec(text)![1]} ← ${/^ {2}file: (.+)$/m.exec(text)![1]!.split('/').at(-1)}`;
				});

		const first = planWrites(missed, options);
		expect(first.problems).toEqual([]);
		apply(first);
		expect(itemsOfPage()).toEqual(['01-01.mdx: 城东新建一座图书馆 ← 20240306-01-01.txt', '01-02.mdx: 三项工程年内完工 ← 20240306-01-10.txt']);

		// The whole crawl again: the page's text is another now, and the article it lacked is added, not put in another's place.
		const completed = planWrites(all, options);
		expect(completed.problems).toEqual([]);
		expect(completed.redirects).toEqual([]);
		apply(completed);
		expect(itemsOfPage()).toEqual([
			'01-01.mdx: 城东新建一座图书馆 ← 20240306-01-01.txt',
			'01-02.mdx: 三项工程年内完工 ← 20240306-01-10.txt',
			'01-03.mdx: 一季度外贸平稳增长 ← 20240306-01-02.txt',
		]);
		expect(planWrites(all, options).writes).toEqual([]);

		// A crawl that misses an article the archive holds replaces nothing: the article's text would be lost.
		const short = planWrites(missed, options);
		expect(short.writes).toEqual([]);
		expect(short.problems.map((problem) => problem.message)).toEqual([expect.stringMatching(/^存档中的 csrb\/2024-03-06\/01 版还有.*20240306-01-02\.txt。/u)]);
		// Unless the maintainer says the files given are the page now: the article left out goes, its address leading on.
		const dropped = planWrites(missed, { ...options, replace: true });
		expect(dropped.problems).toEqual([]);
		expect(dropped.redirects.map(({ from, to }) => [from, to])).toEqual([['csrb/2024-03-06/01-03', 'csrb/2024-03-06/01-01']]);
		apply(dropped);
		expect(itemsOfPage()).toEqual(['01-01.mdx: 城东新建一座图书馆 ← 20240306-01-01.txt', '01-02.mdx: 三项工程年内完工 ← 20240306-01-10.txt']);
	});

	it('replaces an archived page text with its corrected text under --replace: every item keeps its address, by title or by text', () => {
		const { roots, inbox } = content();
		const page = (...articles: string[][]) => writeFileSync(inbox('page.txt'), [...articles.flat(), ''].join('\n'));
		const options = { flags: { paper: '测试日报', date: '2024-03-06', page: 1 }, roots, force: false };
		const itemsOfPage = () =>
			readdirSync(join(roots.items, 'csrb/2024-03-06'))
				.sort()
				.map((name) => `${name}: ${/^title: (.+)$/m.exec(readFileSync(join(roots.items, 'csrb/2024-03-06', name), 'utf8'))![1]}`);

		page(library, trade);
		apply(planWrites([inbox('page.txt')], options));
		expect(itemsOfPage()).toEqual(['01-01.mdx: 城东新建一座图书馆', '01-02.mdx: 一季度外贸平稳增长']);

		// The text completed: refused without --replace, for the archive holds another text of that name.
		page(library, park, trade);
		const refused = planWrites([inbox('page.txt')], options);
		expect(refused.writes).toEqual([]);
		expect(refused.problems.map((problem) => problem.hint)).toEqual([expect.stringContaining('加 --replace 再导入')]);

		const completed = planWrites([inbox('page.txt')], { ...options, replace: true });
		expect(completed.problems).toEqual([]);
		expect(completed.redirects).toEqual([]);
		apply(completed);
		expect(itemsOfPage()).toEqual(['01-01.mdx: 城东新建一座图书馆', '01-02.mdx: 一季度外贸平稳增长', '01-03.mdx: 城西公园完成改造']);
		expect(readFileSync(join(roots.sources, 'csrb/2024-03-06/page.txt'), 'utf8')).toBe(readFileSync(inbox('page.txt'), 'utf8'));

		// A title corrected keeps its item's address (by its text); an article left out leads to the item now where it stood.
		page(['城东新建一座大型图书馆', library[1]!], park);
		const corrected = planWrites([inbox('page.txt')], { ...options, replace: true });
		expect(corrected.problems).toEqual([]);
		expect(corrected.redirects.map(({ from, to, reason }) => [from, to, reason])).toEqual([
			['csrb/2024-03-06/01-02', 'csrb/2024-03-06/01-03', '更正原文：新的原文里没有这篇，跳转到同版的 csrb/2024-03-06/01-03'],
		]);
		expect(corrected.writes.find((write) => write.remove)).toMatchObject({ path: join(roots.items, 'csrb/2024-03-06/01-02.mdx'), dropped: true });
		expect(corrected.redirects[0]).toMatchObject({ dropped: true });
		apply(corrected);
		expect(itemsOfPage()).toEqual(['01-01.mdx: 城东新建一座大型图书馆', '01-03.mdx: 城西公园完成改造']);
		expect(planWrites([inbox('page.txt')], { ...options, replace: true }).writes).toEqual([]);

		// So too an item of fewer Chinese characters than the opening words items are matched by.
		const brief = article('城南学校开学', '赵六', '城南学校今天开学。');
		page(['城东新建一座大型图书馆', library[1]!], brief, park);
		apply(planWrites([inbox('page.txt')], { ...options, replace: true }));
		page(['城东新建一座大型图书馆', library[1]!], park);
		const shortened = planWrites([inbox('page.txt')], { ...options, replace: true });
		expect(shortened.redirects.map(({ from, to, reason, dropped }) => [from, to, reason, dropped])).toEqual([
			['csrb/2024-03-06/01-04', 'csrb/2024-03-06/01-03', '更正原文：新的原文里没有这篇，跳转到同版的 csrb/2024-03-06/01-03', true],
		]);
	});

	it('keeps a title-only article in a file of its own an item, under another whatever its title reads as', () => {
		// (The web edition prints each painting on a 副刊 page as an article of its title alone: 逐浪戏银珠（中国画） / 兰香（中国画）.)
		const { roots, inbox } = content();
		const day = (name: string, text: string) => (writeFileSync(inbox(name), text), inbox(name));
		const files = [
			day('20190217-08-03.txt', '\r\n导应有道（艺坛走笔）\r\n\r\n\u3000\u3000当今书法界，各种层面的“导师”骤然大增。\r\n'),
			day('20190217-08-04.txt', '\r\n逐浪戏银珠（中国画）\r\n\r\n\r\n'),
			day('20190217-08-05.txt', '\r\n兰香（中国画）\r\n\r\n\r\n'),
		];
		const plan = planWrites(files, { flags: { paper: '人民日报' }, roots, force: false, outline: true });
		expect(plan.problems).toEqual([]);
		expect(plan.pages[0]!.plan.items.map(({ frontmatter }) => [frontmatter.title, frontmatter.authors, frontmatter.source.file.split('/').at(-1)])).toEqual([
			['导应有道（艺坛走笔）', [], '20190217-08-03.txt'],
			['逐浪戏银珠（中国画）', [], '20190217-08-04.txt'],
			['兰香（中国画）', [], '20190217-08-05.txt'],
		]);
	});

	it('reads an address alone in an article file as its text, no divider between articles: the file is one article', () => {
		const { roots, inbox } = content();
		writeFileSync(
			inbox('20200527-15-01.txt'),
			'\r\n某市全力打造工业互联网之都\r\n\r\n\u3000\u3000面对工业互联网浪潮，某市积极谋划。\r\n\u3000\u3000某某平台\r\n\u3000\u3000https://www.example.com\r\n\u3000\u3000数据来源：某市委宣传部\r\n',
		);
		const plan = planWrites([inbox('20200527-15-01.txt')], { flags: { paper: '人民日报' }, roots, force: false });
		expect(plan.problems).toEqual([]);
		expect(
			plan.pages[0]!.plan.items.map(({ frontmatter, body }) => [frontmatter.title, frontmatter.source.link, body.includes('https://www.example.com')]),
		).toEqual([['某市全力打造工业互联网之都', undefined, true]]);
	});

	it('dates a page by its file’s name, under a header, over inference, and takes its number where the name gives it', () => {
		const { roots, inbox } = content();
		writeFileSync(inbox('19860501-4.txt'), '城东新建一座图书馆\n　　本报讯  城东新图书馆今天开馆，首批藏书十万册。\n');
		writeFileSync(inbox('rmrb_19860502.txt'), '第05版：国际\n城西公园完成改造\n　　本报讯  城西公园改造完工。\n');
		const plan = planWrites([inbox('19860501-4.txt'), inbox('rmrb_19860502.txt')], { flags: { paper: '测试日报' }, roots, force: false });
		expect(plan.problems).toEqual([]);
		expect(plan.warnings).toEqual([]);
		expect(plan.pages.map(({ plan: page }) => [page.page.record.date, page.page.record.page, page.page.record.inferred])).toEqual([
			['1986-05-01', 4, undefined],
			['1986-05-02', 5, undefined],
		]);
	});

	it('keeps two pages that print the same text where they are, run after run', () => {
		const { roots, inbox } = content();
		for (const page of [15, 18]) {
			writeFileSync(inbox(`${page}.txt`), '广告\n');
			writeFileSync(inbox(`${page}.yaml`), `paper: 测试日报\ndate: 2024-03-06\npage: ${page}\n`);
		}
		const sources = [inbox('15.txt'), inbox('18.txt')];
		const first = planWrites(sources, { flags: {}, roots, force: false });
		// (Each is a printing of its own: the build refuses two items of one identity.)
		expect(first.pages.flatMap(({ plan: page }) => page.items.map((item) => item.frontmatter.identity))).toEqual([
			'5f9f1409615a5128-0',
			'5f9f1409615a5128~2-0',
		]);
		apply(first);
		const again = planWrites(sources, { flags: {}, roots, force: false });
		expect(again.problems).toEqual([]);
		expect(again.writes).toEqual([]);
		// (In either order.)
		expect(planWrites([...sources].reverse(), { flags: {}, roots, force: false }).writes).toEqual([]);
	});

	it('keeps a page number and a date the maintainer corrected when the file whose name gave the old ones is ingested again', () => {
		const { roots, inbox } = content();
		writeFileSync(inbox('20190201-08.txt'), '城东新建一座图书馆\n　　本报讯  城东新图书馆今天开馆。\n');
		apply(planWrites([inbox('20190201-08.txt')], { flags: { paper: '人民日报' }, roots, force: false }));
		const corrected = planWrites([inbox('20190201-08.txt')], { flags: { paper: '人民日报', page: 9, date: '2019-01-31' }, roots, force: false });
		expect(corrected.redirects.map((redirect) => redirect.to)).toEqual(['rmrb/2019-01-31/09-01', 'rmrb/2019-01-31/09']);
		apply(corrected);
		// (The name still says 2019-02-01, page 8: the correction stands.)
		const again = planWrites([inbox('20190201-08.txt')], { flags: { paper: '人民日报' }, roots, force: false });
		expect(again.problems).toEqual([]);
		expect(again.redirects).toEqual([]);
		expect(again.pages.map(({ plan: page }) => [page.page.record.date, page.page.record.page])).toEqual([['2019-01-31', 9]]);
	});

	it('replaces a page of unknown number where it is (00b) under --replace, though 00 is free now', () => {
		const { roots, inbox } = content();
		const school = article('城南学校今天开学', '赵六', '城南学校今天迎来第一批新生，学校设有二十四个班，开设书法、围棋等课程。');
		const write = (name: string, ...articles: string[][]) => writeFileSync(inbox(name), [...articles.flat(), ''].join('\n'));
		const unknownPage = { paper: '测试日报', date: '2024-03-06' };
		write('first.txt', library, park);
		write(
			'second.txt',
			trade,
			school,
			park.map((line) => line.replace('城西', '城北')),
		);
		apply(planWrites([inbox('first.txt')], { flags: unknownPage, roots, force: false }));
		apply(planWrites([inbox('second.txt')], { flags: unknownPage, roots, force: false }));
		// The first page's number found since: 00 is free.
		apply(planWrites([inbox('first.txt')], { flags: { ...unknownPage, page: 1 }, roots, force: false }));
		write(
			'second.txt',
			trade,
			park.map((line) => line.replace('城西', '城北')),
		);
		const corrected = planWrites([inbox('second.txt')], { flags: unknownPage, roots, force: false, replace: true });
		expect(corrected.problems).toEqual([]);
		expect(corrected.redirects.map(({ from, to, dropped }) => [from, to, dropped])).toEqual([['csrb/2024-03-06/00b-02', 'csrb/2024-03-06/00b-03', true]]);
		expect(corrected.pages[0]!.plan.page.path).toBe('csrb/2024-03-06/00b.yaml');
	});

	it('replaces the page at the place a corrected text of another name goes, under --replace: one page of a day’s file', () => {
		const { roots, inbox } = content();
		const page = (header: string, title: string, text: string) => [header, title, `　　本报北京3月5日电  （记者张三）${text}`];
		const first = page('第01版：要闻', '城东新建一座图书馆', '城东图书馆今天开馆，藏书十万册，周末向市民开放，市民凭身份证可以免费借阅。');
		const second = page('第02版：要闻', '城西公园完成改造', '城西公园改造工程日前完工，新建步道三公里，种植乔木两千余株，今天重新开放。');
		writeFileSync(inbox('day.txt'), [...first, ...second, ''].join('\n'));
		const options = { flags: { paper: '测试日报', date: '2024-03-06' }, roots, force: false };
		apply(planWrites([inbox('day.txt')], options));
		// The second page again, corrected, from a crawler's file of its own.
		writeFileSync(inbox('page-02.txt'), [...second.slice(1, 2), second[2]!.replace('三公里', '五公里'), ''].join('\n'));
		const pageOptions = { ...options, flags: { ...options.flags, page: 2 } };
		const refused = planWrites([inbox('page-02.txt')], pageOptions);
		expect(refused.writes).toEqual([]);
		expect(refused.problems.map((problem) => problem.hint)).toContain(
			'两个版面的报纸、日期和版次相同：用 --page（或旁注文件的 page）给出这一版的版次，或用 --date 改正日期；若这是那一版更正或补全了的文本，加 --replace 再导入，原有稿件的网址不变。',
		);
		const replaced = planWrites([inbox('page-02.txt')], { ...pageOptions, replace: true });
		expect(replaced.problems).toEqual([]);
		expect(replaced.redirects).toEqual([]);
		expect(replaced.writes.filter((write) => write.kind !== 'source').map((write) => [relative(roots.items, write.path), write.replaces])).toEqual([
			['csrb/2024-03-06/02-01.mdx', true],
			['../pages/csrb/2024-03-06/02.yaml', true],
		]);
		apply(replaced);
		expect(readFileSync(join(roots.items, 'csrb/2024-03-06/02-01.mdx'), 'utf8')).toContain('五公里');
		expect(readFileSync(join(roots.items, 'csrb/2024-03-06/01-01.mdx'), 'utf8')).toContain('十万册');
	});

	it('replaces a page the maintainer moved since where it now is, when its corrected text comes under its old name (--replace)', () => {
		const { roots, inbox } = content();
		writeFileSync(inbox('20190201-08.txt'), '城东新建一座图书馆\n　　本报讯  城东新图书馆今天开馆，藏书十万册，周末向市民开放。\n');
		apply(planWrites([inbox('20190201-08.txt')], { flags: { paper: '人民日报' }, roots, force: false }));
		apply(planWrites([inbox('20190201-08.txt')], { flags: { paper: '人民日报', page: 9, date: '2019-01-31' }, roots, force: false }));
		writeFileSync(inbox('20190201-08.txt'), '城东新建一座图书馆\n　　本报讯  城东新图书馆今天开馆，藏书十二万册，周末向市民开放。\n');
		const corrected = planWrites([inbox('20190201-08.txt')], { flags: { paper: '人民日报' }, roots, force: false, replace: true });
		expect(corrected.problems).toEqual([]);
		// (The name still says 2019-02-01, page 8: the correction stands, and no address moves.)
		expect(corrected.redirects).toEqual([]);
		expect(corrected.writes.filter((write) => write.kind === 'item').map((write) => [relative(roots.items, write.path), write.replaces])).toEqual([
			['rmrb/2019-01-31/09-01.mdx', true],
		]);
		apply(corrected);
		expect(planWrites([inbox('20190201-08.txt')], { flags: { paper: '人民日报' }, roots, force: false }).writes).toEqual([]);
		// (And corrected again: the page is found where the redirects ledger says it went, whatever the copy under the old date holds.)
		writeFileSync(inbox('20190201-08.txt'), '城东新建一座图书馆\n　　本报讯  城东新图书馆今天开馆，藏书十二万册，周末和节假日向市民开放。\n');
		const again = planWrites([inbox('20190201-08.txt')], { flags: { paper: '人民日报' }, roots, force: false, replace: true });
		expect(again.redirects).toEqual([]);
		expect(again.writes.filter((write) => write.kind !== 'source').map((write) => relative(roots.items, write.path))).toEqual([
			'rmrb/2019-01-31/09-01.mdx',
			'../pages/rmrb/2019-01-31/09.yaml',
		]);
	});

	it('reads the text of a page already at the place it goes as that page, whatever the file’s name: another layout of it', () => {
		const { roots, inbox } = content();
		writeFileSync(inbox('page.txt'), '城东新建一座图书馆\n本报讯  城东新图书馆今天开馆。\n');
		apply(planWrites([inbox('page.txt')], { flags: { paper: '人民日报', date: '2019-02-01', page: 8 }, roots, force: false }));
		writeFileSync(inbox('rmrb-2019-02-01-08.txt'), '城东新建一座图书馆\n　　本报讯  城东新图书馆今天开馆。\n');
		const again = planWrites([inbox('rmrb-2019-02-01-08.txt')], { flags: { paper: '人民日报' }, roots, force: false });
		expect(again.problems).toEqual([]);
		expect(again.redirects).toEqual([]);
		expect(again.pages.flatMap(({ plan: page }) => page.items.map((item) => [item.path, item.frontmatter.identity?.includes('~')]))).toEqual([
			['rmrb/2019-02-01/08-01.mdx', false],
		]);
	});

	it('takes one page’s text given twice in one run once: a page in two layouts, one file naming its page and one not', () => {
		const { roots, inbox } = content();
		writeFileSync(inbox('rmrb-2019-02-01-08.txt'), '城东新建一座图书馆\n　　本报讯  城东新图书馆今天开馆。\n');
		writeFileSync(inbox('plain.txt'), '城东新建一座图书馆\n本报讯  城东新图书馆今天开馆。\n');
		const twice = planWrites([inbox('rmrb-2019-02-01-08.txt'), inbox('plain.txt')], { flags: { paper: '人民日报', date: '2019-02-01' }, roots, force: false });
		expect(twice.refused.map((refused) => [refused.file, refused.problems.map((problem) => problem.message)])).toEqual([
			[shown(inbox('plain.txt')), [`与 ${shown(inbox('rmrb-2019-02-01-08.txt'))} 是同一版面的文字（人民日报 2019-02-01）：同一次导入只收一份。`]],
		]);
		// (The same text on another day's page is another printing of it, as a full-page 广告 is: both are filed.)
		writeFileSync(inbox('rmrb-2019-02-02-08.txt'), '城东新建一座图书馆\n　　本报讯  城东新图书馆今天开馆。\n');
		const printings = planWrites([inbox('rmrb-2019-02-01-08.txt'), inbox('rmrb-2019-02-02-08.txt')], { flags: { paper: '人民日报' }, roots, force: false });
		expect(printings.problems).toEqual([]);
		expect(printings.pages.map(({ plan: page }) => page.page.path)).toEqual(['rmrb/2019-02-01/08.yaml', 'rmrb/2019-02-02/08.yaml']);
	});

	it('moves a page filed with no number when a file of another name gives its number, and files no second copy either way', () => {
		// (A backlog imported from files that name no page, then the same pages saved again by a crawler that names them.)
		const { roots, inbox } = content();
		writeFileSync(inbox('page.txt'), '城东新建一座图书馆\n本报讯  城东新图书馆今天开馆。\n');
		apply(planWrites([inbox('page.txt')], { flags: { paper: '人民日报', date: '2019-02-01' }, roots, force: false }));
		writeFileSync(inbox('rmrb-2019-02-01-08.txt'), '城东新建一座图书馆\n　　本报讯  城东新图书馆今天开馆。\n');
		const numbered = planWrites([inbox('rmrb-2019-02-01-08.txt')], { flags: { paper: '人民日报' }, roots, force: false });
		expect(numbered.problems).toEqual([]);
		expect(numbered.redirects.map((redirect) => [redirect.from, redirect.to])).toEqual([
			['rmrb/2019-02-01/00-01', 'rmrb/2019-02-01/08-01'],
			['rmrb/2019-02-01/00', 'rmrb/2019-02-01/08'],
		]);
		apply(numbered);
		// (And the text again from a third file that names no page: the page it is, where it is.)
		writeFileSync(inbox('copy.txt'), '城东新建一座图书馆\n本报讯  城东新图书馆今天开馆。\n');
		const unnumbered = planWrites([inbox('copy.txt')], { flags: { paper: '人民日报', date: '2019-02-01' }, roots, force: false });
		expect(unnumbered.redirects).toEqual([]);
		expect(unnumbered.pages.flatMap(({ plan: page }) => page.items.map((item) => item.path))).toEqual(['rmrb/2019-02-01/08-01.mdx']);
		apply(unnumbered);
		expect(readdirSync(join(roots.items, 'rmrb/2019-02-01'))).toEqual(['08-01.mdx']);
	});

	it('replaces the pages a page text gave before and gives no more, read otherwise now: no second copy, every address leading on', () => {
		// (A day's file that an older ingester read as one page, its headers unread, and this one reads as its two pages. The
		// older reading is made here by reading the text without its headers, then archiving the file as it is.)
		const { roots, inbox } = content();
		const day = ['', '城东新建一座图书馆', '本报讯  城东新图书馆今天开馆。', '', '一季度外贸平稳增长', '本报讯  一季度进出口同比增长百分之五。', ''];
		writeFileSync(inbox('day.txt'), day.join('\n'));
		apply(planWrites([inbox('day.txt')], { flags: { paper: '人民日报', date: '2019-02-01' }, roots, force: false }));
		expect(readdirSync(join(roots.items, 'rmrb/2019-02-01'))).toEqual(['00-01.mdx', '00-02.mdx']);
		const headed = ['第01版：要闻', ...day.slice(1, 3), '第02版：经济', ...day.slice(4)].join('\n');
		writeFileSync(inbox('day.txt'), headed);
		writeFileSync(join(roots.sources, 'rmrb/2019-02-01/day.txt'), headed);
		const reread = planWrites([inbox('day.txt')], { flags: { paper: '人民日报', date: '2019-02-01' }, roots, force: false });
		expect(reread.problems).toEqual([]);
		expect(reread.redirects.map((redirect) => [redirect.from, redirect.to])).toEqual([
			['rmrb/2019-02-01/00-01', 'rmrb/2019-02-01/01-01'],
			['rmrb/2019-02-01/00-02', 'rmrb/2019-02-01/02-01'],
			['rmrb/2019-02-01/00', 'rmrb/2019-02-01/01'],
		]);
		apply(reread);
		expect(readdirSync(join(roots.items, 'rmrb/2019-02-01'))).toEqual(['01-01.mdx', '02-01.mdx']);
		expect(readdirSync(join(roots.pages, 'rmrb/2019-02-01'))).toEqual(['01.yaml', '02.yaml']);
		expect(planWrites([inbox('day.txt')], { flags: { paper: '人民日报', date: '2019-02-01' }, roots, force: false }).writes).toEqual([]);
	});

	it('gives the address of a page its text gave before to the page it gives now, read otherwise, and keeps its items’ addresses', () => {
		// (A page whose fields an older ingester read as text, labels and all, read again by their labels. The older reading is
		// made here by a text whose titles alone are labelled, which reads as plain text, then archiving the labelled one.)
		const { roots, inbox } = content();
		const plain = ['标题：城东新建一座图书馆', '本报讯  城东新图书馆今天开馆。', '标题：城西公园完成改造', '本报讯  城西公园改造完工。', ''].join('\n');
		writeFileSync(inbox('page.txt'), plain);
		apply(planWrites([inbox('page.txt')], { flags: { paper: '人民日报', date: '2019-02-01', page: 8 }, roots, force: false }));
		const labelled = [
			'标题：城东新建一座图书馆',
			'正文：本报讯  城东新图书馆今天开馆。',
			'标题：城西公园完成改造',
			'正文：本报讯  城西公园改造完工。',
			'',
		].join('\n');
		writeFileSync(inbox('page.txt'), labelled);
		writeFileSync(join(roots.sources, 'rmrb/2019-02-01/page.txt'), labelled);
		const reread = planWrites([inbox('page.txt')], { flags: { paper: '人民日报', date: '2019-02-01', page: 8 }, roots, force: false });
		expect(reread.problems).toEqual([]);
		expect(reread.redirects).toEqual([]);
		expect(reread.pages.flatMap(({ plan: page }) => page.items.map((item) => [item.path, item.frontmatter.title]))).toEqual([
			['rmrb/2019-02-01/08-01.mdx', '城东新建一座图书馆'],
			['rmrb/2019-02-01/08-02.mdx', '城西公园完成改造'],
		]);
	});

	it('keeps a page where it is when a later day prints its text again: another printing, no move', () => {
		// (人民日报 prints a full page of 广告 day after day; a crawler names each day's file by its date.)
		const { roots, inbox } = content();
		writeFileSync(inbox('20190201-08-01.txt'), '\r\n广告\r\n\r\n');
		apply(planWrites([inbox('20190201-08-01.txt')], { flags: { paper: '人民日报' }, roots, force: false }));
		writeFileSync(inbox('20190202-08-01.txt'), '\r\n广告\r\n\r\n');
		const next = planWrites([inbox('20190202-08-01.txt')], { flags: { paper: '人民日报' }, roots, force: false });
		expect(next.problems).toEqual([]);
		expect(next.redirects).toEqual([]);
		expect(next.writes.filter((write) => write.kind === 'item').map((write) => [toPosix(relative(roots.items, write.path)), write.remove ?? false])).toEqual([
			['rmrb/2019-02-02/08-01.mdx', false],
		]);
		apply(next);
		expect(readdirSync(join(roots.items, 'rmrb'))).toEqual(['2019-02-01', '2019-02-02']);
		// (The same file again, under a corrected date, is that page again: it moves.)
		const corrected = planWrites([inbox('20190202-08-01.txt')], { flags: { paper: '人民日报', date: '2019-02-03' }, roots, force: false });
		expect(corrected.redirects.map((redirect) => [redirect.from, redirect.to])).toEqual([
			['rmrb/2019-02-02/08-01', 'rmrb/2019-02-03/08-01'],
			['rmrb/2019-02-02/08', 'rmrb/2019-02-03/08'],
		]);
	});

	it('refuses a split hint in an article file’s sidecar, and two sidecars of one page that disagree, at the sidecar', () => {
		const { roots, inbox } = content();
		cpSync(join(INGEST_FIXTURES, 'article-files/20240306'), inbox('day'), { recursive: true });
		const files = ['20240306-01-01.txt', '20240306-01-02.txt'].map((name) => inbox(`day/${name}`));
		writeFileSync(inbox('day/20240306-01-01.yaml'), 'split:\n  titles: [城东新建一座图书馆]\n');
		const hinted = planWrites(files, { flags: { paper: '测试日报' }, roots, force: false });
		expect(hinted.problems.map((problem) => [problem.file?.split('/').at(-1), problem.message])).toEqual([
			['20240306-01-01.yaml', '逐篇存放的稿件文件不读旁注里的 split。'],
		]);
		writeFileSync(inbox('day/20240306-01-01.yaml'), 'date: 2024-03-07\n');
		writeFileSync(inbox('day/20240306-01-02.yaml'), 'date: 2024-03-08\n');
		const disagreeing = planWrites(files, { flags: { paper: '测试日报' }, roots, force: false });
		expect(disagreeing.problems.map((problem) => problem.file?.split('/').at(-1))).toEqual(['20240306-01-02.yaml']);
		expect(disagreeing.writes).toEqual([]);
	});

	it('lets no line start an item but those the maintainer’s titles name, however it reads', () => {
		const { roots, inbox } = content();
		writeFileSync(
			inbox('page.txt'),
			'一季度外贸平稳增长\n\n本报北京4月10日电  （记者李四）海关总署10日发布，一季度进出口同比增长百分之五。\n\n出口结构持续优化\n\n机电产品出口占比进一步提高。\n\n本版责编：张  三\n',
		);
		writeFileSync(inbox('page.yaml'), 'paper: 测试日报\ndate: 2024-03-06\npage: 4\nsplit:\n  titles: [一季度外贸平稳增长]\n');
		const plan = planWrites([inbox('page.txt')], { flags: {}, roots, force: false, outline: true });
		expect(plan.problems).toEqual([]);
		// (Read freely, the heading with its paragraph over the page's credits reads as a short item of its own.)
		expect(plan.outline[0]!.items.map((item) => [item.title, item.lines])).toEqual([['一季度外贸平稳增长', [1, 7]]]);
	});

	it('reads at a hinted start the header the parser reads there: a title over its writer’s bare name', () => {
		const { roots, inbox } = content();
		writeFileSync(inbox('page.txt'), '城东新建一座图书馆\n城东新建的图书馆日前开馆。\n读书的乐趣\n李  某\n读书使人充实。\n');
		writeFileSync(inbox('page.yaml'), 'paper: 测试日报\ndate: 2024-03-06\npage: 4\nsplit:\n  itemStarts: [3]\n');
		const plan = planWrites([inbox('page.txt')], { flags: {}, roots, force: false, outline: true });
		expect(plan.problems).toEqual([]);
		expect(plan.outline[0]!.items.map((item) => [item.title, item.subtitle, item.authors])).toEqual([
			['城东新建一座图书馆', undefined, []],
			['读书的乐趣', undefined, ['李某']],
		]);
	});

	it("splits at the sidecar's hints, and names in the sidecar each hint that no longer matches", () => {
		const { roots, inbox } = content();
		cpSync(join(INGEST_FIXTURES, 'split-hint.txt'), inbox('page.txt'));
		writeFileSync(
			inbox('page.yaml'),
			'paper: 测试日报\ndate: 2024-03-06\nsplit:\n  titles: [城东新建一座图书馆, 城西公园完成改造, 城南新开一家书店]\n  itemStarts: [3, 50]\n',
		);
		const plan = planWrites([inbox('page.txt')], { flags: {}, roots, force: false, outline: true });
		expect(plan.problems).toEqual([]);
		expect(plan.pages[0]!.plan.items.map((i) => [i.frontmatter.title, i.frontmatter.source.lines])).toEqual([
			['城东新建一座图书馆', [2, 5]],
			['城西公园完成改造', [6, 8]],
		]);
		expect(plan.warnings.map((w) => [w.file, w.message])).toEqual([
			[shown(inbox('page.yaml')), '拆分提示 split.titles 第 3 项“城南新开一家书店”与正文不符：在正文里找不到这一行，已略去（其余提示照常使用）。'],
			[shown(inbox('page.yaml')), '拆分提示 split.itemStarts 的 50与正文不符：超出了文件末尾（文件共 8 行），已略去（其余提示照常使用）。'],
			[
				shown(inbox('page.yaml')),
				'拆分提示 split.itemStarts 的 3与正文不符：第 3 行成了第 2 行起的稿件“城东新建一座图书馆”的一部分（标题区或署名），已略去（其余提示照常使用）。',
			],
		]);
		expect(plan.outline[0]!.items.map((item) => item.hint)).toEqual(['split.titles 第 1 项“城东新建一座图书馆”', 'split.titles 第 2 项“城西公园完成改造”']);
	});

	it('collects the places where the split is a guess with file and line, and outlines a page even when the file is refused later', () => {
		const { roots, inbox } = content();
		writeFileSync(
			inbox('page.txt'),
			'　　这一版从上一版转来的文字开始，没有标题，说的是图书馆开馆以后，读者越来越多，周末常常一座难求。\n城东新建一座图书馆\n本报记者  张  三\n　　城东图书馆今天开馆。\n',
		);
		const plan = planWrites([inbox('page.txt')], { flags: {}, roots, force: false, outline: true });
		expect(plan.uncertain.map((p) => [p.file, p.line])).toEqual([[shown(inbox('page.txt')), 1]]);
		expect(plan.refused.map((r) => r.problems[0]!.message)).toEqual(['无法确定报纸名称：正文里没有“某某报讯”之类的电头。']);
		expect(plan.outline.map((page) => page.items.map((item) => item.title))).toEqual([
			[expect.stringContaining('这一版从上一版转来的文字开始'), '城东新建一座图书馆'],
		]);
		expect(plan.outline[0]!.items[0]!.uncertain.map((place) => place.line)).toEqual([1]);
	});

	it("takes a scanned page's paper, date, number and name from its running head, which no item takes in", () => {
		const { dir, roots, inbox } = content();
		writeFileSync(inbox('scan.txt'), '测试日报\n2024年3月6日  星期三\n要闻  3\n城东新建一座图书馆\n本报记者  张  三\n　　城东图书馆今天开馆。\n');
		const plan = planWrites([inbox('scan.txt')], { flags: {}, roots, force: false, outline: true });
		expect(plan.problems).toEqual([]);
		expect(plan.writes.map((w) => relative(dir, w.path))).toContain('items/csrb/2024-03-06/03-01.mdx');
		expect(plan.outline[0]!.items.map((item) => [item.kicker, item.title])).toEqual([[undefined, '城东新建一座图书馆']]);
		expect([plan.outline[0]!.page, plan.outline[0]!.pageName]).toEqual([3, '要闻']);
	});

	it('files articles saved from people.com.cn under the paper, date and page their source lines name, with no warning', () => {
		const { dir, roots, inbox } = content();
		const articles = ['城东新建一座图书馆', '　　本报北京3月5日电  （记者张三）城东图书馆今天开馆。', '《 测试日报 》（ 2024年03月06日 02 版）'];
		writeFileSync(
			inbox('articles.txt'),
			[...articles, '城西公园完成改造', '　　本报北京3月5日电  （记者李四）城西公园今天开放。', '《 测试日报 》（ 2024年03月06日 05 版）', ''].join('\n'),
		);
		const plan = planWrites([inbox('articles.txt')], { flags: {}, roots, force: false });
		expect([plan.problems, plan.warnings]).toEqual([[], []]);
		expect(plan.writes.map((w) => relative(dir, w.path)).filter((path) => path.startsWith('items/'))).toEqual([
			'items/csrb/2024-03-06/02-01.mdx',
			'items/csrb/2024-03-06/05-01.mdx',
		]);
	});

	it("reads two header lines with no dash by the paper's house style, from the flag or the sidecar", () => {
		const { roots, inbox } = content();
		writeFileSync(inbox('page.txt'), '一座老粮仓的新生\n某县老粮仓改造成乡村书房\n新华社记者  周一鸣\n　　老粮仓如今成了村民读书的好去处。\n');
		const headers = (plan: ReturnType<typeof planWrites>) => plan.outline[0]!.items.map((item) => [item.kicker, item.title, item.subtitle]);
		const flags = { paper: '测试日报', date: '2024-03-06' };
		expect(headers(planWrites([inbox('page.txt')], { flags, roots, force: false, outline: true }))).toEqual([
			['一座老粮仓的新生', '某县老粮仓改造成乡村书房', undefined],
		]);
		expect(headers(planWrites([inbox('page.txt')], { flags: { ...flags, titleFirst: true }, roots, force: false, outline: true }))).toEqual([
			[undefined, '一座老粮仓的新生', '某县老粮仓改造成乡村书房'],
		]);
		writeFileSync(inbox('page.yaml'), 'titleFirst: true\n');
		expect(headers(planWrites([inbox('page.txt')], { flags, roots, force: false, outline: true }))).toEqual([
			[undefined, '一座老粮仓的新生', '某县老粮仓改造成乡村书房'],
		]);
	});

	it("reads a paper's pages in its house style from papers.yaml, whether a flag, the header or the text names the paper", () => {
		const { dir, roots, inbox } = content();
		const item = ['一座老粮仓的新生', '某县老粮仓改造成乡村书房', '新华社记者  周一鸣', '　　老粮仓如今成了村民读书的好去处。'];
		writeFileSync(inbox('flag.txt'), `${item.join('\n')}\n`);
		writeFileSync(inbox('header.txt'), `新华每日电讯 2024年03月06日 第03版：要闻\n${item.join('\n')}\n`);
		// (No paper named anywhere but the dateline: inferred from it.)
		writeFileSync(inbox('dateline.txt'), `${item.slice(0, 2).join('\n')}\n　　测试晚报讯（记者周一鸣）老粮仓如今成了村民读书的好去处。\n`);
		const headers = (file: string, given: PageMetaInput) =>
			planWrites([inbox(file)], { flags: given, roots, force: false, outline: true }).outline[0]!.items.map((i) => [i.kicker, i.title, i.subtitle]);
		const asKicker = [['一座老粮仓的新生', '某县老粮仓改造成乡村书房', undefined]];
		const asSubtitle = [[undefined, '一座老粮仓的新生', '某县老粮仓改造成乡村书房']];
		const given = { paper: '新华每日电讯', date: '2024-03-06' };
		for (const [file, named] of [
			['flag.txt', given],
			['header.txt', {}],
			['dateline.txt', { date: '2024-03-06' }],
		] as const) {
			expect(headers(file, named)).toEqual(asKicker);
		}
		writeFileSync(join(dir, 'papers.yaml'), '新华每日电讯:\n  titleFirst: true\n测试晚报:\n  titleFirst: true\n');
		expect(headers('flag.txt', given)).toEqual(asSubtitle);
		expect(headers('header.txt', {})).toEqual(asSubtitle);
		expect(headers('dateline.txt', { date: '2024-03-06' })).toEqual(asSubtitle);
		// Another paper keeps the default; the page's own sidecar still wins over the house style.
		expect(headers('flag.txt', { ...given, paper: '测试日报' })).toEqual(asKicker);
		writeFileSync(inbox('flag.yaml'), 'titleFirst: false\n');
		expect(headers('flag.txt', given)).toEqual(asKicker);
	});

	it('reads no page while papers.yaml is wrong, and says where', () => {
		const { dir, roots, inbox } = content();
		writeFileSync(inbox('page.txt'), '一座老粮仓的新生\n　　老粮仓如今成了村民读书的好去处。\n');
		writeFileSync(join(dir, 'papers.yaml'), '新华每日电讯:\n  titlefirst: true\n');
		const plan = planWrites([inbox('page.txt')], { flags: { paper: '新华每日电讯', date: '2024-03-06' }, roots, force: false });
		expect(plan.problems.map((p) => [p.file, p.line, p.message])).toEqual([[shown(join(dir, 'papers.yaml')), 2, '《新华每日电讯》下有未知字段：titlefirst。']]);
		expect(plan.refused.map((r) => r.file)).toEqual([shown(inbox('page.txt'))]);
		expect(plan.writes).toEqual([]);
	});

	it("keeps sub-heads as 人民日报's web edition sets them: plain outside 要闻 and 理论, unless the text is of the printed page", () => {
		const { roots, inbox } = content();
		const feature = [
			'老粮仓变身乡村书房',
			'本报记者  周一鸣',
			'　　老粮仓如今成了村民读书的好去处。',
			'　　旧貌换新颜',
			'　　改造保留了粮仓的木梁。',
			'本版责编：张  三',
		];
		writeFileSync(inbox('page.txt'), `${feature.join('\n')}\n`);
		const subheads = (plan: ReturnType<typeof planWrites>) => plan.outline.flatMap((page) => page.items.flatMap((item) => item.headings));
		const run = (flags: PageMetaInput) => subheads(planWrites([inbox('page.txt')], { flags, roots, force: false, outline: true }));
		const flags = { paper: '人民日报', date: '2024-03-06' };
		// A page that prints its own editors is none of the first 要闻 pages: the web edition sets its sub-heads plain.
		expect(run(flags)).toEqual([]);
		expect(run({ ...flags, pageName: '要闻' })).toEqual(['旧貌换新颜']);
		// Its pages 1 to 4 are always 要闻; a later page with its own editors is another.
		expect(run({ ...flags, page: 3 })).toEqual(['旧貌换新颜']);
		expect(run({ ...flags, page: 8 })).toEqual([]);
		// A later 要闻 page prints its own editors too, and is known by them: two of the desk's sign it.
		writeFileSync(inbox('page.txt'), `${[...feature.slice(0, -1), '本版责编：康  岩  宋  宇  张智琪'].join('\n')}\n`);
		expect(run(flags)).toEqual(['旧貌换新颜']);
		expect(run({ ...flags, pageName: '经济' })).toEqual([]);
		writeFileSync(inbox('page.txt'), `${feature.join('\n')}\n`);
		expect(run({ ...flags, printedHeadings: true })).toEqual(['旧貌换新颜']);
		// Another paper's sub-heads are headings wherever they stand.
		expect(run({ ...flags, paper: '测试日报' })).toEqual(['旧貌换新颜']);
		// The page's name from its header, and the maintainer's word from the sidecar.
		writeFileSync(inbox('page.txt'), `第02版：要闻\n${feature.join('\n')}\n`);
		expect(run(flags)).toEqual(['旧貌换新颜']);
		writeFileSync(inbox('page.txt'), `第05版：社会\n${feature.join('\n')}\n`);
		expect(run(flags)).toEqual([]);
		writeFileSync(inbox('page.yaml'), 'printedHeadings: true\n');
		expect(run(flags)).toEqual(['旧貌换新颜']);
	});
});
