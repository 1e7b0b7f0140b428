import { describe, expect, it } from 'vitest';
import { pageIdOf, paperSlugOf } from '../../../src/archive/item.ts';
import { archiveItem as item } from '../../support/sample-items.ts';

describe('ids within an item id', () => {
	it('names the paper and the printed page an item belongs to', () => {
		expect(paperSlugOf(item('kjrb/2024-07-12/08-03'))).toBe('kjrb');
		expect(pageIdOf(item('kjrb/2024-07-12/08-03'))).toBe('kjrb/2024-07-12/08');
		expect(pageIdOf(item('rmrb/2024-07-15/00-12'))).toBe('rmrb/2024-07-15/00');
	});
});
