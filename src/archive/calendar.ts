/** A paper's month as a calendar (components/MonthCalendar.astro): the way into every date. */

export interface CalendarDay {
	day: number;
	/** YYYY-MM-DD */
	date: string;
	/** Whether the archive holds an edition of that day. */
	exists: boolean;
}

/** A month as weeks from Monday to Sunday (the Chinese week); empty cells are null. */
export function monthCalendar(year: number, month: number, existing: Set<string>): (CalendarDay | null)[][] {
	const first = new Date(Date.UTC(year, month - 1, 1));
	const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
	const lead = (first.getUTCDay() + 6) % 7;
	const cells: (CalendarDay | null)[] = Array.from({ length: lead }, () => null);
	for (let day = 1; day <= days; day++) {
		const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
		cells.push({ day, date, exists: existing.has(date) });
	}
	while (cells.length % 7 !== 0) cells.push(null);
	return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}
