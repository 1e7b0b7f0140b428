import { describe, expect, it } from 'vitest';
import { authorsLabel, editionYears, formatDate, groupEditions, neighbourMap, pageLabel, pageNeighbourMap } from '../../../src/archive/archive.ts';
import { archiveItem } from '../../support/sample-items.ts';

const item = archiveItem;

const archive = [
	item('kjrb/2024-07-12/08-02', { page: 8, column: '园镜头' }),
	item('kjrb/2024-07-13/01-01', { date: '2024-07-13', page: 1 }),
	item('kjrb/2024-07-12/08-01', { page: 8 }),
	item('kjrb/2024-07-12/01-01', { page: 1 }),
	item('kjrb/2024-07-12/08-03', { page: 8, column: '园镜头' }),
	item('rmrb/2024-07-12/01-01', { paper: '人民日报', page: 1 }),
];

describe('groupEditions', () => {
	it('lists editions newest first, pages and items in print order, columns grouped', () => {
		const editions = groupEditions(archive);
		// Newest first; papers of the same day in pinyin order (科 kē before 人 rén).
		expect(editions.map((e) => `${e.paperSlug}/${e.date}`)).toEqual(['kjrb/2024-07-13', 'kjrb/2024-07-12', 'rmrb/2024-07-12']);
		const kjrb = editions.find((e) => e.paperSlug === 'kjrb' && e.date === '2024-07-12')!;
		expect(kjrb.items.map((i) => i.id)).toEqual(['kjrb/2024-07-12/01-01', 'kjrb/2024-07-12/08-01', 'kjrb/2024-07-12/08-02', 'kjrb/2024-07-12/08-03']);
		expect(kjrb.pages.map((p) => [p.page, p.columns.map((c) => [c.column, c.items.length])])).toEqual([
			[1, [[undefined, 1]]],
			[8, [[undefined, 1], ['园镜头', 2]]],
		]);
	});
});

describe('neighbourMap', () => {
	const neighbours = neighbourMap(archive);
	it('walks a paper in print order across pages and editions', () => {
		expect(neighbours.get('kjrb/2024-07-12/01-01')).toMatchObject({ previous: undefined, next: { id: 'kjrb/2024-07-12/08-01' } });
		expect(neighbours.get('kjrb/2024-07-12/08-03')?.next?.id).toBe('kjrb/2024-07-13/01-01');
	});
	it('never crosses into another paper', () => {
		expect(neighbours.get('rmrb/2024-07-12/01-01')).toEqual({ previous: undefined, next: undefined });
		expect(neighbours.get('kjrb/2024-07-13/01-01')?.next).toBeUndefined();
	});
});

describe('labels', () => {
	it('formats dates, pages and bylines the Chinese way', () => {
		expect(formatDate('2024-07-09')).toBe('2024年7月9日');
		expect(pageLabel(8, '园区')).toBe('第8版：园区');
		expect(pageLabel(undefined)).toBe('版次未详');
		expect(authorsLabel([{ name: '华凌', role: '本报记者' }, { name: '邸金' }])).toBe('本报记者 华凌、邸金');
	});
});

describe('citationOf', async () => {
	const { citationOf } = await import('../../../src/archive/archive.ts');
	it('writes a GB/T 7714 newspaper reference', () => {
		const cited = item('kjrb/2024-07-12/08-05', { title: '北京南中轴国际文化科技园', page: 8, authors: [{ name: '华凌', role: '本报记者' }, { name: '赵智和', role: '通讯员' }] });
		expect(citationOf(cited, 'https://example.org/kjrb/2024-07-12/08-05/')).toBe('华凌, 赵智和. 北京南中轴国际文化科技园[N/OL]. 科技日报, 2024-07-12(08). https://example.org/kjrb/2024-07-12/08-05/.');
	});
	it('leaves out what is unknown', () => {
		expect(citationOf(item('kjrb/2024-07-12/00-01', { title: '标题' }), '/kjrb/2024-07-12/00-01/')).toBe('标题[N/OL]. 科技日报, 2024-07-12. /kjrb/2024-07-12/00-01/.');
	});
});

describe('monthCalendar', async () => {
	const { monthCalendar } = await import('../../../src/archive/archive.ts');
	it('lays a month out in weeks from Monday, marking the days the archive holds', () => {
		// July 2024 began on a Monday and has 31 days.
		const weeks = monthCalendar(2024, 7, new Set(['2024-07-12']));
		expect(weeks).toHaveLength(5);
		expect(weeks[0]![0]).toEqual({ day: 1, date: '2024-07-01', exists: false });
		expect(weeks[1]![4]).toEqual({ day: 12, date: '2024-07-12', exists: true });
		expect(weeks[4]!.map((cell) => cell?.day ?? null)).toEqual([29, 30, 31, null, null, null, null]);
	});
	it('leaves the days before the first of the month empty', () => {
		// September 2024 began on a Sunday.
		expect(monthCalendar(2024, 9, new Set())[0]!.slice(0, 7).map((cell) => cell?.day ?? null)).toEqual([null, null, null, null, null, null, 1]);
	});
});

describe('groupByFacet', async () => {
	const { groupByFacet } = await import('../../../src/archive/archive.ts');
	it('groups items by column, place or person, each group newest first', () => {
		const people = groupByFacet(
			[
				item('kjrb/2024-07-12/08-01', { authors: [{ name: '华凌' }, { name: '邸金' }] }),
				item('kjrb/2024-07-13/01-01', { date: '2024-07-13', authors: [{ name: '华凌' }] }),
			],
			'people',
		);
		// Names in pinyin order: 邸 dǐ before 华 huá.
		expect(people.map(([name, items]) => [name, items.map((i) => i.id)])).toEqual([
			['邸金', ['kjrb/2024-07-12/08-01']],
			['华凌', ['kjrb/2024-07-13/01-01', 'kjrb/2024-07-12/08-01']],
		]);
	});
});

describe('pageNeighbourMap', () => {
	const pages = pageNeighbourMap(groupEditions(archive));
	it('walks the pages (版) of a paper in print order, across editions', () => {
		expect(pages.get('kjrb/2024-07-12/01')).toMatchObject({ previous: undefined, next: { id: 'kjrb/2024-07-12/08', path: 'kjrb/2024-07-12/#p08' } });
		expect(pages.get('kjrb/2024-07-12/08')).toMatchObject({
			previous: { id: 'kjrb/2024-07-12/01' },
			next: { id: 'kjrb/2024-07-13/01', date: '2024-07-13', page: 1 },
		});
	});
	it('never crosses into another paper', () => {
		expect(pages.get('kjrb/2024-07-13/01')?.next).toBeUndefined();
		expect(pages.get('rmrb/2024-07-12/01')).toEqual({ previous: undefined, next: undefined });
	});
});

describe('editionYears', () => {
	it('groups editions by year, newest year first', () => {
		const editions = groupEditions([item('kjrb/2023-12-31/01-01', { date: '2023-12-31' }), ...archive.filter((i) => i.id.startsWith('kjrb'))]);
		expect(editionYears(editions).map(({ year, editions: ofYear }) => [year, ofYear.map((e) => e.date)])).toEqual([
			[2024, ['2024-07-13', '2024-07-12']],
			[2023, ['2023-12-31']],
		]);
	});
});
