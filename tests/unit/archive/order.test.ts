import { describe, expect, it } from 'vitest';
import { compareForReading, editionYears, groupEditions, neighbourMap, pageNeighbourMap } from '../../../src/archive/order.ts';
import { archiveItem as item } from '../../support/sample-items.ts';

const archive = [
	item('kjrb/2024-07-12/08-02', { page: 8, column: '园镜头' }),
	item('kjrb/2024-07-13/01-01', { date: '2024-07-13', page: 1 }),
	item('kjrb/2024-07-12/08-01', { page: 8 }),
	item('kjrb/2024-07-12/01-01', { page: 1 }),
	item('kjrb/2024-07-12/08-03', { page: 8, column: '园镜头' }),
	item('rmrb/2024-07-12/01-01', { paper: '人民日报', page: 1 }),
];

describe('compareForReading', () => {
	it('puts the newest edition first, then papers in pinyin order, then print order, an unknown page last', () => {
		const items = [
			item('kjrb/2024-07-12/00-01'),
			item('rmrb/2024-07-13/01-01', { paper: '人民日报', date: '2024-07-13', page: 1 }),
			item('rmrb/2024-07-12/01-01', { paper: '人民日报', page: 1 }),
			item('kjrb/2024-07-12/08-02', { page: 8 }),
			item('kjrb/2024-07-12/08-01', { page: 8 }),
		];
		expect([...items].sort(compareForReading).map((i) => i.id)).toEqual([
			'rmrb/2024-07-13/01-01',
			'kjrb/2024-07-12/08-01',
			'kjrb/2024-07-12/08-02',
			'kjrb/2024-07-12/00-01',
			'rmrb/2024-07-12/01-01',
		]);
	});

	it("puts a city daily's lettered pages in print order: a section's pages in number order, A before B", () => {
		const lettered = (page: number, pageSection: string) =>
			item(`bjqnb/2024-07-12/${pageSection.toLowerCase()}${String(page).padStart(2, '0')}-01`, { paper: '北京青年报', page, pageSection });
		const items = [lettered(1, 'B'), lettered(10, 'A'), lettered(2, 'A'), lettered(12, 'B')];
		expect([...items].sort(compareForReading).map((i) => i.id.split('/')[2])).toEqual(['a02-01', 'a10-01', 'b01-01', 'b12-01']);
	});
});

describe('groupEditions', () => {
	it('lists editions newest first, pages and items in print order, columns grouped', () => {
		const editions = groupEditions(archive);
		// Newest first; papers of the same day in pinyin order (科 kē before 人 rén).
		expect(editions.map((e) => `${e.paperSlug}/${e.date}`)).toEqual(['kjrb/2024-07-13', 'kjrb/2024-07-12', 'rmrb/2024-07-12']);
		const kjrb = editions.find((e) => e.paperSlug === 'kjrb' && e.date === '2024-07-12')!;
		expect(kjrb.items.map((i) => i.id)).toEqual(['kjrb/2024-07-12/01-01', 'kjrb/2024-07-12/08-01', 'kjrb/2024-07-12/08-02', 'kjrb/2024-07-12/08-03']);
		expect(kjrb.pages.map((p) => [p.page, p.columns.map((c) => [c.column, c.items.length])])).toEqual([
			[1, [[undefined, 1]]],
			[
				8,
				[
					[undefined, 1],
					['园镜头', 2],
				],
			],
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
