import { describe, expect, it } from 'vitest';
import { assignSlots } from '../../../scripts/ingest/item-slots.ts';

const PAGE = 'rmrb/2024-07-15/01';
/** An archived item of the page: its number and the offset of its first line. */
const archived = (slot: number, offset: number) => ({ id: `${PAGE}-${String(slot).padStart(2, '0')}`, identity: `abc-${offset}` });

describe('assignSlots', () => {
	it('gives every item its print order where the archive holds the same items', () => {
		expect(assignSlots(['abc-0', 'abc-40', 'abc-90'], [archived(1, 0), archived(2, 40), archived(3, 90)], PAGE, new Set())).toEqual({
			slots: [1, 2, 3],
			gone: [],
		});
	});

	it('keeps the address of each archived item, whatever its place now, and sends a merged one to the item that holds its first line', () => {
		const plan = assignSlots(['abc-0', 'abc-90'], [archived(1, 0), archived(2, 40), archived(3, 90)], PAGE, new Set());
		expect(plan.slots).toEqual([1, 3]);
		expect(plan.gone).toEqual([{ item: archived(2, 40), holder: 0 }]);
	});

	it('gives a new item its print order where no item had it, else the next number no item and no old address has had', () => {
		// (A new item printed second: 02 is the third item's address, 04 went to the ledger once.)
		const plan = assignSlots(['abc-0', 'abc-30', 'abc-40', 'abc-90'], [archived(1, 0), archived(2, 40), archived(3, 90)], PAGE, new Set([`${PAGE}-04`]));
		expect(plan.slots).toEqual([1, 5, 2, 3]);
		expect(plan.gone).toEqual([]);
	});

	it('lets an item read again with another first line (a kicker now above its title) take over its own old address', () => {
		const plan = assignSlots(['abc-0', 'abc-35'], [archived(1, 0), archived(2, 40)], PAGE, new Set());
		expect(plan).toEqual({ slots: [1, 2], gone: [] });
	});

	it('gives no item a number the ledger sends elsewhere', () => {
		expect(assignSlots(['abc-0', 'abc-40'], [archived(1, 0)], PAGE, new Set([`${PAGE}-02`])).slots).toEqual([1, 3]);
	});
});
