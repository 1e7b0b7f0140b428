/**
 * A build of some years only, for an archive built on several machines: ARCHIVE_YEARS=2023,2024
 * builds those years' items, editions and year pages, their search shards, and every page that
 * spans the archive (home, papers, browse, feeds). Builds of disjoint years, merged with
 * `npm run merge-builds`, make the whole site. Without ARCHIVE_YEARS every year is built.
 */

/** The years ARCHIVE_YEARS names, or undefined for all; throws a message naming the fix. */
export function parseBuiltYears(value: string | undefined): Set<string> | undefined {
	if (value === undefined || value.trim() === '') return undefined;
	const years = value.split(',').map((year) => year.trim());
	const wrong = years.filter((year) => !/^\d{4}$/.test(year));
	if (wrong.length > 0) {
		throw new Error(`ARCHIVE_YEARS 里的“${wrong.join('”“')}”不是四位年份。请写成用逗号分开的年份，例如 ARCHIVE_YEARS=2023,2024；要构建全部年份，不设 ARCHIVE_YEARS。`);
	}
	return new Set(years);
}

const builtYears = parseBuiltYears(process.env.ARCHIVE_YEARS);

/** Whether this build makes the pages of items printed on `date` (YYYY-MM-DD or YYYY). */
export function isBuiltYear(date: string): boolean {
	return builtYears === undefined || builtYears.has(date.slice(0, 4));
}
