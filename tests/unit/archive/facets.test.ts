import { describe, expect, it } from 'vitest';
import { groupByFacet } from '../../../src/archive/facets.ts';
import { archiveItem as item } from '../../support/sample-items.ts';

describe('groupByFacet', () => {
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

	it('leaves out items without a value, and lists an item under each of its values', () => {
		const items = [item('kjrb/2024-07-12/08-01', { column: '园镜头', places: ['兰州', '北京'] }), item('kjrb/2024-07-12/08-02')];
		expect(groupByFacet(items, 'columns').map(([name, list]) => [name, list.length])).toEqual([['园镜头', 1]]);
		// 北 běi before 兰 lán.
		expect(groupByFacet(items, 'places').map(([name]) => name)).toEqual(['北京', '兰州']);
	});
});
