import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageMetaInputSchema, readSidecar, resolvePageMeta, type PageMetaInput } from '../../../scripts/ingest/page-meta.ts';
import { parsePage } from '../../../scripts/ingest/parse-page.ts';
import { Problem, ProblemGroup } from '../../../scripts/ingest/problem.ts';
import { sortablePage } from '../../../src/archive/page-numbers.ts';

function metaOf(source: string, today = new Date('2026-11-24T00:00:00Z')) {
	return resolvePageMeta({ sourcePath: 'a.txt', source, page: parsePage(source), flags: {}, sidecar: {}, today });
}

const brief = (title: string, lead: string) => `${title}\n\n${lead}\n\n`;

describe('page metadata inference', () => {
	it('takes the paper from 某某报讯 and the date from the latest dateline and year', () => {
		const meta = metaOf(brief('甲', '科技日报讯（记者 王华）7月9日，2024年的活动开幕。') + brief('乙', '科技日报讯（记者 李明）7月12日，又一场活动开幕。'));
		expect(meta).toMatchObject({ paper: '科技日报', paperSlug: 'kjrb', date: '2024-07-12', inferred: ['paper', 'date'] });
	});
	it('reads the year and the datelines in full-width digits too', () => {
		const meta = metaOf(brief('甲', '科技日报讯（记者 王华）７月９日，２０２４年的活动开幕。'));
		expect(meta).toMatchObject({ paper: '科技日报', date: '2024-07-09', inferred: ['paper', 'date'] });
	});
	it('does not take 本报 for the name of a paper', () => {
		expect(() => metaOf(brief('甲', '本报讯（记者 王华）7月9日，2024年的活动开幕。'))).toThrow(/无法确定报纸名称/);
	});
	it('does not guess the year when datelines straddle a new year', () => {
		const source = brief('甲', '科技日报讯（记者 王华）12月30日，2025年的总结发布。') + brief('乙', '科技日报讯（记者 李明）1月1日，新年活动开幕。');
		expect(() => metaOf(source)).toThrow(Problem);
	});
	it('never infers a date after today', () => {
		expect(() => metaOf(brief('甲', '科技日报讯（记者 王华）12月30日，2026年的总结发布。'))).toThrow(/无法确定出版日期/);
	});
	it('lets flags and sidecar win over inference', () => {
		const source = brief('甲', '科技日报讯（记者 王华）7月9日，2024年的活动开幕。');
		const meta = resolvePageMeta({
			sourcePath: 'a.txt',
			source,
			page: parsePage(source),
			flags: { date: '2024-07-15' },
			sidecar: { page: 8, date: '2024-07-14' },
		});
		expect(meta).toMatchObject({ date: '2024-07-15', page: 8, inferred: ['paper'] });
	});
});

describe('page metadata from a page header', () => {
	const source = brief('甲', '科技日报讯（记者 王华）7月9日，2024年的活动开幕。');
	const resolve = (flags: PageMetaInput, sidecar: PageMetaInput) =>
		resolvePageMeta({ sourcePath: 'a.txt', source, page: parsePage(source), flags, sidecar, printed: { page: 3, pageName: '要闻' } });

	it('takes page and name from the header, below sidecar and flags, field by field, and never marks them inferred', () => {
		expect(resolve({}, {})).toMatchObject({ page: 3, pageName: '要闻', inferred: ['paper', 'date'] });
		expect(resolve({}, { pageName: '综合' })).toMatchObject({ page: 3, pageName: '综合' });
		expect(resolve({ page: 5 }, { page: 4, pageName: '综合' })).toMatchObject({ page: 5, pageName: '综合' });
	});
});

describe('readSidecar', () => {
	const dir = mkdtempSync(join(tmpdir(), 'sidecar-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const sidecar = (name: string, text: string) => {
		writeFileSync(join(dir, name), text);
		return join(dir, name);
	};

	it('reads page metadata and split hints', () => {
		const path = sidecar('good.yaml', 'paper: 人民日报\ndate: 2026-04-26\nsplit:\n  titles: [甲, 乙]\n  itemStarts:\n    - 42\n');
		expect(readSidecar(path)).toEqual({ paper: '人民日报', date: '2026-04-26', split: { titles: ['甲', '乙'], itemStarts: [42] } });
	});

	it("reads the paper's house style for header lines with no dash, and names a value that is no yes or no", () => {
		expect(readSidecar(sidecar('style.yaml', 'paper: 新华每日电讯\ntitleFirst: true\n'))).toEqual({ paper: '新华每日电讯', titleFirst: true });
		expect(() => readSidecar(sidecar('style-bad.yaml', 'titleFirst: 是\n'), 'style-bad.yaml')).toThrow(/titleFirst 须为 true 或 false/u);
	});

	it('names every wrong field, each at its own line, in the sidecar as shown', () => {
		const path = sidecar('bad.yaml', 'paper: 人民日报\ndate: 4月26日\nsplit:\n  titles: []\n  itemStarts:\n    - 42\n    - 0\n  lines: [3]\ncolor: red\n');
		let thrown: unknown;
		try {
			readSidecar(path, 'inbox/bad.yaml');
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toBeInstanceOf(ProblemGroup);
		const problems = (thrown as ProblemGroup).problems;
		expect(problems.map((p) => [p.file, p.line, p.message])).toEqual([
			['inbox/bad.yaml', 2, 'date 须为 YYYY-MM-DD 格式，例如 2024-07-12。'],
			['inbox/bad.yaml', 4, 'split.titles 是空列表：列出各篇稿件的标题，或删去这一项。'],
			['inbox/bad.yaml', 7, 'split.itemStarts 的行号须大于 0。'],
			['inbox/bad.yaml', 8, 'split 有未知字段：lines。'],
			['inbox/bad.yaml', 9, '旁注文件有未知字段：color。'],
		]);
		expect(problems[3]!.hint).toBe('可用字段：titles、itemStarts。');
		expect(problems[4]!.hint).toBe('可用字段：paper、paperSlug、date、page、pageName、columns、titleFirst、printedHeadings、split、photos。');
	});

	it('reads a sidecar saved in GBK as GBK, like a page text', () => {
		const path = join(dir, 'gbk.yaml');
		writeFileSync(path, new Uint8Array([112, 97, 112, 101, 114, 58, 32, 200, 203, 195, 241, 200, 213, 177, 168, 10]));
		expect(readSidecar(path)).toEqual({ paper: '人民日报' });
	});

	it('takes no boolean for a page number', () => {
		expect(() => readSidecar(sidecar('true.yaml', 'page: true\n'), 'true.yaml')).toThrow(/page 须为正整数/);
		expect(readSidecar(sidecar('eight.yaml', 'page: 8\n'))).toEqual({ page: 8 });
	});

	it("reads a city daily's lettered page as printed, and no number larger than a page", () => {
		expect(readSidecar(sidecar('a03.yaml', 'page: A03\n'))).toEqual({ page: sortablePage(3, 'A') });
		expect(pageMetaInputSchema.parse({ page: 'b7' })).toEqual({ page: sortablePage(7, 'B') });
		// (1003 is how the ingester holds A03 inside: a maintainer's number is a page alone.)
		for (const page of [1003, 'AB3', '3A', 'A0']) {
			expect(pageMetaInputSchema.safeParse({ page }).error?.issues[0]?.message, String(page)).toBe(
				'page 须为正整数（最大 999），例如 8；分叠编号的报纸写成 A03。',
			);
		}
	});

	it('throws a single wrong field as a Problem', () => {
		const path = sidecar('one.yaml', 'paper: 人民日报\nsplit: [42]\n');
		expect(() => readSidecar(path)).toThrow(Problem);
		expect(() => readSidecar(path)).toThrow(
			expect.objectContaining({
				file: path,
				line: 2,
				message: 'split 须为一组拆分提示，例如 split: { titles: [标题一, 标题二] } 或 split: { itemStarts: [42, 88] }。',
			}),
		);
	});
});

describe('paper slugs', () => {
	it("refuses a slug that is one of the site's own addresses, saying why", () => {
		for (const paperSlug of ['browse', 'search', 'pagefind', 'corrections']) {
			const checked = pageMetaInputSchema.safeParse({ paperSlug });
			expect(checked.success, paperSlug).toBe(false);
			expect(checked.error!.issues[0]!.message).toContain('网站自己页面的网址');
		}
		expect(pageMetaInputSchema.safeParse({ paperSlug: 'searchrb' }).success).toBe(true);
	});
});
