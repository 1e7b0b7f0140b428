import { describe, expect, it } from 'vitest';
import { isItemId, resolveRedirects } from '../../../src/archive/redirects.ts';
import type { Redirect } from '../../../src/schemas/redirect.ts';

const move = (from: string, to: string): Redirect => ({ from, to, reason: '测试', date: '2026-12-01' });

describe('resolveRedirects', () => {
	it('leads an address moved more than once straight to the current one', () => {
		const current = new Set(['kjrb/2024-07-12/07-01']);
		const { redirects, problems } = resolveRedirects(
			[move('kjrb/2024-07-12/00-01', 'kjrb/2024-07-12/08-01'), move('kjrb/2024-07-12/08-01', 'kjrb/2024-07-12/07-01')],
			(id) => current.has(id),
		);
		expect(problems).toEqual([]);
		expect(redirects).toEqual([
			{ from: 'kjrb/2024-07-12/00-01', to: 'kjrb/2024-07-12/07-01' },
			{ from: 'kjrb/2024-07-12/08-01', to: 'kjrb/2024-07-12/07-01' },
		]);
	});

	it('publishes nothing for an address that is current again, and follows no cycle forever', () => {
		const current = new Set(['kjrb/2024-07-12/00-01']);
		const { redirects } = resolveRedirects(
			[move('kjrb/2024-07-12/00-01', 'kjrb/2024-07-12/08-01'), move('kjrb/2024-07-12/08-01', 'kjrb/2024-07-12/00-01')],
			(id) => current.has(id),
		);
		expect(redirects).toEqual([{ from: 'kjrb/2024-07-12/08-01', to: 'kjrb/2024-07-12/00-01' }]);
		const cycle = resolveRedirects([move('a/2024-01-01/01-01', 'a/2024-01-01/02-01'), move('a/2024-01-01/02-01', 'a/2024-01-01/01-01')], () => false);
		expect(cycle.problems).toHaveLength(2);
	});

	it('reports an address whose chain ends where nothing is', () => {
		const { problems } = resolveRedirects([move('kjrb/2024-07-12/00-01', 'kjrb/2024-07-12/08-01')], () => false);
		expect(problems).toEqual([{ from: 'kjrb/2024-07-12/00-01', message: '旧网址 kjrb/2024-07-12/00-01 跳转到的 kjrb/2024-07-12/08-01 已不存在。' }]);
	});
});

describe('isItemId', () => {
	it("tells an item's id from a page's", () => {
		expect(isItemId('kjrb/2024-07-12/08-03')).toBe(true);
		expect(isItemId('kjrb/2024-07-12/00b-03')).toBe(true);
		expect(isItemId('kjrb/2024-07-12/08')).toBe(false);
	});
});
