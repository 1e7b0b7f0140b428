import { describe, expect, it } from 'vitest';
import { addressProblems, emptiedPages, sharedIdentities, vanishedItems } from '../../../src/collection/address-check.ts';

describe('addressProblems', () => {
	it('finds nothing when the frontmatter says what the address says', () => {
		expect(addressProblems('kjrb/2024-07-12/08-03', { date: '2024-07-12', page: 8 })).toEqual([]);
		expect(addressProblems('kjrb/2024-07-12/00-03', { date: '2024-07-12', page: undefined })).toEqual([]);
		expect(addressProblems('kjrb/2024-07-12/00b-03', { date: '2024-07-12', page: undefined })).toEqual([]);
		expect(addressProblems('bjqnb/2024-07-12/a03-02', { date: '2024-07-12', page: 3, pageSection: 'A' })).toEqual([]);
		expect(addressProblems('rmrb/2024-07-12/120-01', { date: '2024-07-12', page: 120 })).toEqual([]);
	});

	it('tells a lettered page from the same number in another section or none', () => {
		const [section] = addressProblems('bjqnb/2024-07-12/a03-02', { date: '2024-07-12', page: 3, pageSection: 'B' });
		expect(section!.message).toContain('npm run move -- bjqnb/2024-07-12/a03 --page B03');
		expect(section!.message).toContain('把 page 改回 3、pageSection 改回 A');
		const [none] = addressProblems('bjqnb/2024-07-12/a03-02', { date: '2024-07-12', page: 3 });
		expect(none!.field).toBe('page');
	});

	it('names the field and the move command when page: or date: was changed by hand', () => {
		const [page] = addressProblems('kjrb/2024-07-12/00-03', { date: '2024-07-12', page: 8 });
		expect(page!.field).toBe('page');
		expect(page!.message).toContain('npm run move -- kjrb/2024-07-12/00 --page 8');
		const [date] = addressProblems('kjrb/2024-07-12/08-03', { date: '2024-07-13', page: 8 });
		expect(date!.field).toBe('date');
		expect(date!.message).toContain('npm run move -- kjrb/2024-07-12/08 --date 2024-07-13');
	});
});

describe('addressProblems on a file placed by hand', () => {
	it('refuses a path that is no item address (a route of the site, a # in the name)', () => {
		for (const id of ['search', 'browse/people/x', 'kjrb/2024-07-12/08-03#x', 'KJRB/2024-07-12/08-03', 'kjrb/2024-7-12/08-03']) {
			const problems = addressProblems(id, { date: '2024-07-12', page: 8 });
			expect(
				problems.map((p) => p.field),
				id,
			).toEqual(['path']);
			expect(problems[0]!.message, id).toContain('items/<报纸代号>/<日期>/<版次>-<序号>.mdx');
		}
	});
});

describe('emptiedPages', () => {
	it('names a page whose record stands while none of its items does and the ledger sends none of them anywhere', () => {
		const pages = ['kjrb/2024-07-12/08', 'kjrb/2024-07-12/09', 'kjrb/2024-07-12/10', 'kjrb/2024-07-12/a03'];
		const items = ['kjrb/2024-07-12/08-01', 'kjrb/2024-07-12/08-02'];
		// 09's only item was deleted by hand; 10's was moved alone to page 11, which the ledger says; a03's all deleted.
		expect(emptiedPages(pages, items, [{ from: 'kjrb/2024-07-12/10-01' }])).toEqual(['kjrb/2024-07-12/09', 'kjrb/2024-07-12/a03']);
		// (A page the ledger moves whole, its old record left behind, is no page emptied by hand.)
		expect(emptiedPages(['kjrb/2024-07-12/09'], items, [{ from: 'kjrb/2024-07-12/09' }])).toEqual([]);
	});
});

describe('vanishedItems', () => {
	const page = (order: number, slot = '08') => `kjrb/2024-07-12/${slot}-${String(order).padStart(2, '0')}`;

	it('names a number under a page’s highest that no item holds and the ledger sends nowhere', () => {
		const ids = [page(1), page(3), page(5), page(2, '09'), page(1, 'a03')];
		// 08-02 was merged into 08-01, its address in the ledger; 08-04 and 09-01 were deleted by hand.
		expect(vanishedItems(ids, [{ from: page(2), to: page(1) }])).toEqual([page(4), page(1, '09')]);
		expect(vanishedItems([page(1, '00b'), page(2, '00b')], [])).toEqual([]);
	});

	it('reads no gap under an item moved alone to another page, which keeps its number there, but does under a moved page', () => {
		// 00b-07 moved alone to page 30 (its page stays): 30-07 is 30's only item.
		expect(vanishedItems([page(1, '00b'), page(7, '30')], [{ from: page(7, '00b'), to: page(7, '30') }])).toEqual([]);
		// Page 00 moved to 01 with its items, and 01-02 deleted since.
		const moved = [1, 2, 3].map((order) => ({ from: page(order, '00'), to: page(order, '01') }));
		expect(vanishedItems([page(1, '01'), page(3, '01')], [...moved, { from: 'kjrb/2024-07-12/00', to: 'kjrb/2024-07-12/01' }])).toEqual([page(2, '01')]);
	});

	it('names a page’s last item deleted by hand where the page’s record says its number, unless the ledger sends it on', () => {
		const lastItems = new Map([['kjrb/2024-07-12/08', 3]]);
		expect(vanishedItems([page(1), page(2)], [], lastItems)).toEqual([page(3)]);
		expect(vanishedItems([page(1), page(2)], [{ from: page(3), to: page(2) }], lastItems)).toEqual([]);
		// (A record written before it said so: the last item is unseen, as before.)
		expect(vanishedItems([page(1), page(2)], [])).toEqual([]);
		// (An item moved here alone keeps its number, above the record's.)
		expect(vanishedItems([page(1), page(2), page(3), page(9)], [{ from: page(9, '07'), to: page(9) }], lastItems)).toEqual([]);
	});
});

describe('sharedIdentities', () => {
	it('lists each identity held by more than one item, with the items', () => {
		expect(
			sharedIdentities([
				{ id: 'kjrb/2024-07-12/08-01', identity: 'a-0' },
				{ id: 'kjrb/2024-07-12/00-01', identity: 'a-0' },
				{ id: 'kjrb/2024-07-12/08-02', identity: 'a-9' },
				{ id: 'kjrb/2024-07-12/08-03' },
			]),
		).toEqual([['a-0', ['kjrb/2024-07-12/00-01', 'kjrb/2024-07-12/08-01']]]);
	});
});
