import { describe, expect, it } from 'vitest';
import {
	FIRST_SEARCH_MIN_ITEMS,
	firstSearchShards,
	itemsPerYear,
	planShards,
	searchScope,
	shardOf,
	shardsToSearch,
} from '../../../src/search/shared/shards.ts';

/** `count` items printed on each day from `from` for `days` days. */
function dates(from: string, days: number, count = 1): string[] {
	return Array.from({ length: days }, (_, i) => new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10)).flatMap((day) =>
		Array.from({ length: count }, () => day),
	);
}

/** `counts[month]` items printed in each month (YYYY-MM), on its first day. */
function months(counts: Record<string, number>): string[] {
	return Object.entries(counts).flatMap(([month, count]) => Array.from({ length: count }, () => `${month}-01`));
}

/**
 * Years cut by hand, their shards written out: where a month straddles a run's even share
 * (total ÷ runs), it goes to the next run only when more than half of it lies past the share.
 */
describe('planShards, month by month', () => {
	it('moves a month to the next run when most of it lies past the even share, and keeps it when less does', () => {
		// 3,000 items, at most 1,200 a shard: three runs, shares ending at 1,000 and 2,000. February
		// (700 + 500) lies 200 of 500 past 1,000 and stays; May (1,800 + 500) lies 300 of 500 past
		// 2,000 and moves.
		const shards = planShards(months({ '2024-01': 700, '2024-02': 500, '2024-03': 300, '2024-04': 300, '2024-05': 500, '2024-06': 700 }), 1200);
		expect(shards).toEqual([
			{ id: '2024-05', from: '2024-05-01', to: '2024-12-31', items: 1200 },
			{ id: '2024-03', from: '2024-03-01', to: '2024-04-30', items: 600 },
			{ id: '2024-01', from: '2024-01-01', to: '2024-02-29', items: 1200 },
		]);
	});

	it('keeps a month exactly half of which lies past the even share in the earlier run', () => {
		// 1,200 items, at most 700 a shard: two runs, the share ending at 600. March (500 + 200)
		// lies 100 of 200 past it: half, not most.
		const shards = planShards(months({ '2023-01': 300, '2023-02': 200, '2023-03': 200, '2023-04': 200, '2023-05': 300 }), 700);
		expect(shards).toEqual([
			{ id: '2023-04', from: '2023-04-01', to: '2023-12-31', items: 500 },
			{ id: '2023-01', from: '2023-01-01', to: '2023-03-31', items: 700 },
		]);
	});

	it('cuts into as few runs as keep each within the limit', () => {
		// 2,400 items, at most 1,200 a shard: two runs fit, evenly; a third would be one too many.
		const shards = planShards(months({ '2022-02': 600, '2022-04': 600, '2022-06': 600, '2022-08': 600 }), 1200);
		expect(shards.map((s) => [s.id, s.from, s.to, s.items])).toEqual([
			['2022-06', '2022-06-01', '2022-12-31', 1200],
			['2022-02', '2022-01-01', '2022-05-31', 1200],
		]);
	});

	it('gives each month a shard of its own when no fewer runs fit', () => {
		// 1,800 items, at most 1,000: two runs cannot hold three months of 600.
		const shards = planShards(months({ '2021-03': 600, '2021-07': 600, '2021-11': 600 }), 1000);
		expect(shards.map((s) => [s.id, s.from, s.to, s.items])).toEqual([
			['2021-11', '2021-11-01', '2021-12-31', 600],
			['2021-07', '2021-07-01', '2021-10-31', 600],
			['2021-03', '2021-01-01', '2021-06-30', 600],
		]);
	});
});

describe('planShards', () => {
	it('makes a shard of each year that fits, newest first, covering the whole year', () => {
		const shards = planShards([...dates('2023-03-01', 10), ...dates('2024-07-12', 3)]);
		expect(shards).toEqual([
			{ id: '2024', from: '2024-01-01', to: '2024-12-31', items: 3 },
			{ id: '2023', from: '2023-01-01', to: '2023-12-31', items: 10 },
		]);
	});

	it('cuts a year that does not fit into runs of whole months, which together cover the year', () => {
		// 2024 is a leap year: 366 days of 50 items.
		const shards = planShards(dates('2024-01-01', 366, 50), 5000);
		expect(shards.map((s) => s.id)).toEqual(['2024-10', '2024-07', '2024-04', '2024-01']);
		expect(shards.every((s) => s.items <= 5000)).toBe(true);
		expect(shards.reduce((sum, s) => sum + s.items, 0)).toBe(366 * 50);
		const ordered = [...shards].reverse();
		expect(ordered[0]!.from).toBe('2024-01-01');
		expect(ordered.at(-1)!.to).toBe('2024-12-31');
		for (let i = 1; i < ordered.length; i++) {
			const dayAfter = new Date(Date.parse(`${ordered[i - 1]!.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
			expect(ordered[i]!.from).toBe(dayAfter);
		}
	});

	it('cuts a year into runs as even as whole months allow', () => {
		// 20 items a day: 7,300 in the year, two runs of about 3,650 rather than 5,000 and 2,300.
		const shards = planShards(dates('2001-01-01', 365, 20), 5000);
		expect(shards.map((s) => [s.id, s.items])).toEqual([
			['2001-07', 184 * 20],
			['2001-01', 181 * 20],
		]);
	});

	it('never cuts a month, even one over the limit', () => {
		const shards = planShards([...dates('2024-01-01', 31, 200), ...dates('2024-02-01', 3)], 1000);
		expect(shards.map((s) => [s.id, s.items])).toEqual([
			['2024-02', 3],
			['2024-01', 6200],
		]);
	});

	it('leaves the shards of other years as they were when one year grows', () => {
		const before = planShards([...dates('2023-01-01', 200, 30), ...dates('2024-01-01', 10)], 5000);
		const after = planShards([...dates('2023-01-01', 200, 30), ...dates('2024-01-01', 300, 30)], 5000);
		const of2023 = (shards: typeof before) => shards.filter((s) => s.id.startsWith('2023'));
		expect(of2023(after)).toEqual(of2023(before));
	});

	it('finds the shard of a date, and none for a year without items', () => {
		const shards = planShards(dates('2024-01-01', 366, 50), 5000);
		expect(shardOf('2024-07-01', shards)?.id).toBe('2024-07');
		expect(shardOf('2024-06-30', shards)?.id).toBe('2024-04');
		expect(shardOf('2023-12-31', shards)).toBeUndefined();
	});
});

describe('shardsToSearch', () => {
	const shards = planShards([...dates('2023-03-01', 10), ...dates('2024-01-01', 366, 50)], 5000);

	it('reads every shard without a time filter', () => {
		expect(shardsToSearch(shards, {})).toEqual(shards);
	});

	it('reads only the shards of the year or month asked for', () => {
		expect(shardsToSearch(shards, { year: '2023' }).map((s) => s.id)).toEqual(['2023']);
		expect(shardsToSearch(shards, { year: '2024' }).map((s) => s.id)).toEqual(['2024-10', '2024-07', '2024-04', '2024-01']);
		expect(shardsToSearch(shards, { month: '2024-08' }).map((s) => s.id)).toEqual(['2024-07']);
		expect(shardsToSearch(shards, { year: '2024', month: '2024-12' }).map((s) => s.id)).toEqual(['2024-10']);
	});

	it('reads none for a time without items, or a month outside the year', () => {
		expect(shardsToSearch(shards, { year: '2022' })).toEqual([]);
		expect(shardsToSearch(shards, { year: '2023', month: '2024-01' })).toEqual([]);
	});
});

describe('the first search', () => {
	// 2024 in four shards of 4,575 items; 2025 holds 10 days of 50.
	const shards = planShards([...dates('2024-01-01', 366, 50), ...dates('2025-01-01', 10, 50)], 5000);

	it('reads the newest shard, and older ones while together they hold fewer than the least asked for', () => {
		expect(shards.map((s) => [s.id, s.items])).toEqual([
			['2025', 500],
			['2024-10', 4600],
			['2024-07', 4600],
			['2024-04', 4550],
			['2024-01', 4550],
		]);
		expect(firstSearchShards(shards, 1)).toBe(1);
		expect(firstSearchShards(shards, 500)).toBe(1);
		expect(firstSearchShards(shards, 501)).toBe(2);
		expect(firstSearchShards(shards, 5100)).toBe(2);
		expect(firstSearchShards(shards, 5101)).toBe(3);
		expect(firstSearchShards(shards, 1_000_000)).toBe(5);
		expect(firstSearchShards([], 2500)).toBe(0);
		expect(firstSearchShards(shards)).toBe(1);
	});

	it('leaves the older shards for later, unless the whole archive or a time is asked for', () => {
		const manifest = { shards, symbols: '', firstSearch: 2 };
		const ids = ({ shards, older }: { shards: { id: string }[]; older: { id: string }[] }) => [shards.map((s) => s.id), older.map((s) => s.id)];
		expect(ids(searchScope(manifest, {}, false))).toEqual([
			['2025', '2024-10'],
			['2024-07', '2024-04', '2024-01'],
		]);
		expect(ids(searchScope(manifest, {}, true))).toEqual([['2025', '2024-10', '2024-07', '2024-04', '2024-01'], []]);
		// A time reads its own shards, however old.
		expect(ids(searchScope(manifest, { month: '2024-02' }, false))).toEqual([['2024-01'], []]);
		expect(ids(searchScope(manifest, { year: '2024' }, false))).toEqual([['2024-10', '2024-07', '2024-04', '2024-01'], []]);
	});
});

describe('itemsPerYear', () => {
	it('counts each year’s items over its shards, newest year first', () => {
		const shards = planShards([...dates('2023-03-01', 10), ...dates('2024-01-01', 366, 50)], 5000);
		expect(itemsPerYear(shards)).toEqual([
			['2024', 366 * 50],
			['2023', 10],
		]);
	});
});
