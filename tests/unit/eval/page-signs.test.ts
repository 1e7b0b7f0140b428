import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageSigns, pageSignsModule, type NamedPage } from '../../../scripts/eval/page-signs.ts';

const BOLD = new Set(['要闻', '理论']);

/** A page of that name whose items have these titles, and no credits. */
const page = (pageName: string, ...titles: string[]): NamedPage => ({ pageName, items: titles.map((title) => ({ title, blocks: [] })), credits: [] });

/** A page of that name that these credits sign. */
const signed = (pageName: string, ...credits: string[]): NamedPage => ({ pageName, items: [], credits });

describe('pageSigns', () => {
	it('lists each column under the kind of page it stands on', () => {
		const signs = pageSigns([page('要闻', '一座老城的新生（今日谈）'), page('社会', '停车难，也要慢慢解（民生观）')], BOLD);
		expect(signs.columns).toEqual({ bold: ['今日谈'], plain: ['民生观'] });
	});

	it('lists a column seen on both kinds of page under neither', () => {
		const signs = pageSigns(
			[page('要闻', '用得上、用得好（编辑手记）'), page('社会', '人心向善（编辑手记）'), page('理论', '把需要和可能统一起来（思想纵横）')],
			BOLD,
		);
		expect(signs.columns).toEqual({ bold: ['思想纵横'], plain: [] });
	});

	it('reads kickers’ tags too, and leaves out tags with figures, which say where an item was printed', () => {
		const kicked: NamedPage = { pageName: '国际', items: [{ kicker: '古城新貌（环球走笔）', title: '老街里的新生活', blocks: [] }], credits: [] };
		const signs = pageSigns([kicked, page('绿色', '李某《人民日报》（2026年04月17日第 18 版）')], BOLD);
		expect(signs.columns).toEqual({ bold: [], plain: ['环球走笔'] });
	});

	it('takes as the desk’s editors those who sign only its pages as their own editors, names as they read', () => {
		const signs = pageSigns(
			[
				signed('要闻', '本版责编：康  某  宋  某  张某某'),
				signed('要闻', '本版责编：纪某某  宋  某'),
				signed('社会', '本版责编：程  某  纪某某 版式设计：康  某'),
			],
			BOLD,
		);
		expect(signs.deskEditors).toEqual(['宋某', '康某', '张某某']);
	});
});

describe('pageSignsModule', () => {
	it('writes a module that gives the signs back', async () => {
		const signs = { deskEditors: ['宋某'], columns: { bold: ['今日谈', '“十五五”开好局起好步'], plain: ["it's", '民生观'] } };
		const file = join(mkdtempSync(join(tmpdir(), 'page-signs-')), 'rmrb-page-signs.ts');
		writeFileSync(file, pageSignsModule(signs, 2));
		const { RMRB_PAGE_SIGNS } = await import(file);
		expect(RMRB_PAGE_SIGNS).toEqual(signs);
	});
});
