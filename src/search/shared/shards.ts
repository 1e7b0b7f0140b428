/**
 * The search index is cut into shards by print date, so that no indexing run has to hold the
 * whole archive, and so that separate machines can each index some years and serve one search.
 *
 * A shard is a year, or, for a year of more than `maxItems` items, a run of whole months: as few
 * runs as keep each within `maxItems`, as even as whole months allow. The
 * plan depends only on how many items each month has, so every machine that has the same
 * content computes the same shards, and adding items to one year changes that year's shards alone.
 */

/** One shard of the search index: its own Pagefind bundle under pagefind/<id>/. */
export interface SearchShard {
	/** `2024` for a whole year; `2024-07` for a run of months starting in July. */
	id: string;
	/** First and last day the shard covers, inclusive (YYYY-MM-DD). */
	from: string;
	to: string;
	/** Items printed in that time. */
	items: number;
}

/** What the search page reads first: the shards, newest first, and the symbols they index. */
export interface SearchManifest {
	shards: SearchShard[];
	/**
	 * Punctuation and symbols held as words, the same in every shard: Pagefind splits queries on
	 * characters it was not told to keep, so shards told differently would match differently.
	 */
	symbols: string;
	/**
	 * How many of the newest shards a search reads until the reader asks for the older ones: each
	 * shard read costs its metadata and an index chunk per character of the query, so a search of
	 * the whole archive would cost a phone reader megabytes. A search within a year or month reads
	 * that time's shards instead.
	 */
	firstSearch: number;
}

/**
 * Default largest shard. A first search reads the newest shard and costs a reader about 180 KB
 * plus 27 KB per 1,000 items it holds (npm run bench:search: 197 KB at 707 items, 253 KB at 2,761,
 * 314 KB at 5,000), so 4,000 keeps it under 300 KB; indexing needs about 0.2 MB per item.
 */
export const SHARD_MAX_ITEMS = 4000;

/**
 * Default least number of items the first search covers: 1, the newest shard alone. Each shard a
 * query reads costs its metadata and, per character, an index chunk of at least 20,000 places,
 * so one shard keeps a phone reader's first search within about 300 KB. SEARCH_FIRST_ITEMS
 * widens it: older shards are added while together they hold fewer items.
 */
export const FIRST_SEARCH_MIN_ITEMS = 1;

/** How many of the newest `shards` (newest first) the first search reads: as few as hold `minItems`. */
export function firstSearchShards(shards: readonly SearchShard[], minItems = FIRST_SEARCH_MIN_ITEMS): number {
	let items = 0;
	for (const [i, shard] of shards.entries()) {
		items += shard.items;
		if (items >= minItems) return i + 1;
	}
	return shards.length;
}

function dayBefore(month: string): string {
	return new Date(Date.parse(`${month}-01T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

const sum = (months: [string, number][]) => months.reduce((total, [, count]) => total + count, 0);

/** `months` cut into `count` runs of consecutive months, as even in items as whole months allow. */
function cutEvenly(months: [string, number][], count: number): [string, number][][] {
	const total = sum(months);
	const runs: [string, number][][] = [[]];
	let before = 0;
	for (const month of months) {
		// A month goes to the next run when most of it lies past the current run's share.
		if (runs.at(-1)!.length > 0 && runs.length < count && before + month[1] / 2 > (total * runs.length) / count) runs.push([]);
		runs.at(-1)!.push(month);
		before += month[1];
	}
	return runs;
}

/** Consecutive months in as few even runs as keep each within `maxItems` (a month over it alone). */
function monthRuns(months: [string, number][], maxItems: number): [string, number][][] {
	for (let count = Math.ceil(sum(months) / maxItems); count < months.length; count++) {
		const runs = cutEvenly(months, count);
		if (runs.every((run) => sum(run) <= maxItems)) return runs;
	}
	return months.map((month) => [month]);
}

/**
 * Shards for items printed on `dates` (YYYY-MM-DD, one per item, any order), newest first.
 * Every day of a year with items belongs to exactly one shard; months are never cut.
 */
export function planShards(dates: Iterable<string>, maxItems = SHARD_MAX_ITEMS): SearchShard[] {
	const perMonth = new Map<string, number>();
	for (const date of dates) {
		const month = date.slice(0, 7);
		perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
	}
	const perYear = Map.groupBy(
		[...perMonth].sort(([a], [b]) => a.localeCompare(b)),
		([month]) => month.slice(0, 4),
	);
	const shards: SearchShard[] = [];
	for (const [year, months] of perYear) {
		if (sum(months) <= maxItems) {
			shards.push({ id: year, from: `${year}-01-01`, to: `${year}-12-31`, items: sum(months) });
			continue;
		}
		const runs = monthRuns(months, maxItems);
		runs.forEach((run, i) => {
			const next = runs[i + 1];
			shards.push({
				id: run[0]![0],
				from: i === 0 ? `${year}-01-01` : `${run[0]![0]}-01`,
				to: next ? dayBefore(next[0]![0]) : `${year}-12-31`,
				items: sum(run),
			});
		});
	}
	return shards.sort((a, b) => b.from.localeCompare(a.from));
}

/** The shard holding items printed on `date`, or undefined when no shard covers that day. */
export function shardOf(date: string, shards: readonly SearchShard[]): SearchShard | undefined {
	return shards.find((shard) => shard.from <= date && date <= shard.to);
}

/**
 * The shards a search must read: with a year or month filter, only the shards of that time, so
 * that a search within a year downloads that year's index and not the archive's.
 */
export function shardsToSearch(shards: readonly SearchShard[], filters: { year?: string; month?: string }): SearchShard[] {
	const periods = [filters.year && [`${filters.year}-01-01`, `${filters.year}-12-31`], filters.month && [`${filters.month}-01`, `${filters.month}-31`]].filter(
		(period): period is string[] => Boolean(period),
	);
	return shards.filter((shard) => periods.every(([from, to]) => shard.from <= to! && from! <= shard.to));
}

/** What a search reads: its shards, newest first, and the older shards it leaves for later. */
export interface SearchScope {
	shards: SearchShard[];
	/** Shards left out until the reader asks for the whole archive; empty when the search reads all. */
	older: SearchShard[];
}

/**
 * The shards a search reads: with a year or month filter that time's shards; asked for the whole
 * archive, every shard; otherwise the manifest's first-search shards, the newest.
 */
export function searchScope(manifest: SearchManifest, filters: { year?: string; month?: string }, wholeArchive: boolean): SearchScope {
	if (filters.year || filters.month) return { shards: shardsToSearch(manifest.shards, filters), older: [] };
	if (wholeArchive) return { shards: [...manifest.shards], older: [] };
	return { shards: manifest.shards.slice(0, manifest.firstSearch), older: manifest.shards.slice(manifest.firstSearch) };
}

/** Items per year, newest year first, from the shards alone (a year's shards are all its items). */
export function itemsPerYear(shards: readonly SearchShard[]): [string, number][] {
	const years = new Map<string, number>();
	for (const shard of shards) years.set(shard.id.slice(0, 4), (years.get(shard.id.slice(0, 4)) ?? 0) + shard.items);
	return [...years].sort(([a], [b]) => b.localeCompare(a));
}
