import { describe, expect, it } from 'vitest';
import { monthCalendar } from '../../../src/archive/calendar.ts';

describe('monthCalendar', () => {
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
		expect(
			monthCalendar(2024, 9, new Set())[0]!
				.slice(0, 7)
				.map((cell) => cell?.day ?? null),
		).toEqual([null, null, null, null, null, null, 1]);
	});
});
