import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnPages, columnPagesModule, type NamedPage } from '../../../scripts/eval/column-pages.ts';

const BOLD = new Set(['要闻', '理论']);

/** A page of that name whose items have these titles. */
const page = (pageName: string, ...titles: string[]): NamedPage => ({ pageName, items: titles.map((title) => ({ title, blocks: [] })) });

describe('columnPages', () => {
	it('lists each column under the kind of page it stands on', () => {
		const table = columnPages([page('要闻', '一座老城的新生（今日谈）'), page('社会', '停车难，也要慢慢解（民生观）')], BOLD);
		expect(table).toEqual({ bold: ['今日谈'], plain: ['民生观'] });
	});

	it('lists a column seen on both kinds of page under neither', () => {
		const table = columnPages(
			[page('要闻', '用得上、用得好（编辑手记）'), page('社会', '人心向善（编辑手记）'), page('理论', '把需要和可能统一起来（思想纵横）')],
			BOLD,
		);
		expect(table).toEqual({ bold: ['思想纵横'], plain: [] });
	});

	it('reads kickers’ tags too, and leaves out tags with figures, which say where an item was printed', () => {
		const kicked: NamedPage = { pageName: '国际', items: [{ kicker: '古城新貌（环球走笔）', title: '老街里的新生活', blocks: [] }] };
		const table = columnPages([kicked, page('绿色', '李某《人民日报》（2026年04月17日第 18 版）')], BOLD);
		expect(table).toEqual({ bold: [], plain: ['环球走笔'] });
	});
});

describe('columnPagesModule', () => {
	it('writes a module that gives the table back', async () => {
		const table = { bold: ['今日谈', '“十五五”开好局起好步'], plain: ["it's", '民生观'] };
		const file = join(mkdtempSync(join(tmpdir(), 'column-pages-')), 'column-pages.ts');
		writeFileSync(file, columnPagesModule(table, 2));
		const { RMRB_COLUMN_PAGES } = await import(file);
		expect(RMRB_COLUMN_PAGES).toEqual(table);
	});
});
