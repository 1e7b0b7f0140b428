/**
 * The search engine against a small fake of Pagefind's browser API: a few items in four shards,
 * searched as Pagefind searches the single-character index (an exact phrase), with its filters,
 * its merged indexes and its date sort, which over merged shards orders by each item's place in
 * its own shard, not by date.
 */
import { describe, expect, it } from 'vitest';
import { createSearchEngine, isBlank } from '../../../src/search/client/engine.ts';
import type { Loader } from '../../../src/search/client/load.ts';
import type { PagefindFilterCounts, PagefindInstance, PagefindSearchOptions } from '../../../src/search/client/pagefind.ts';
import type { SearchState } from '../../../src/search/shared/filters.ts';
import { shardOf, type SearchManifest, type SearchShard } from '../../../src/search/shared/shards.ts';
import { toIndexText } from '../../../src/search/shared/tokens.ts';

const manifest: SearchManifest = {
	shards: [
		{ id: '2025', from: '2025-01-01', to: '2025-12-31', items: 3 },
		{ id: '2024-07', from: '2024-07-01', to: '2024-12-31', items: 5 },
		{ id: '2024-01', from: '2024-01-01', to: '2024-06-30', items: 5 },
		{ id: '2023', from: '2023-01-01', to: '2023-12-31', items: 3 },
	],
	symbols: '，',
	firstSearch: 1,
};

/** The items, in the order of Pagefind's score for every query: not by date. */
const ITEMS: [date: string, title: string, text: string, paper: string][] = [
	['2024-03-01', '算力中心', '科技，算力', '科技日报'],
	['2025-02-01', '生物医药园', '科技，医药园区', '人民日报'],
	['2025-01-01', '新材料', '科技，量子量子', '科技日报'],
	['2024-10-01', '园区', '科技，量子量子量子', '科技日报'],
	['2025-03-01', '新年展望', '科技，展望', '科技日报'],
	['2024-05-01', '医药产业', '科技，生物医药', '科技日报'],
	['2023-12-01', '年终', '科技，回顾', '人民日报'],
	['2024-08-01', '算力网络', '科技，算力', '科技日报'],
	['2023-06-01', '量子通信', '科技，量子', '科技日报'],
	['2024-02-01', '种业', '科技，种业', '科技日报'],
	['2024-11-01', '医药研发', '科技，医药', '人民日报'],
	['2024-06-01', '航天', '科技，航天', '科技日报'],
	['2023-01-01', '开年', '科技，开年', '科技日报'],
	['2024-09-01', '芯片', '科技，芯片', '科技日报'],
	['2024-04-01', '海洋', '科技，海洋', '科技日报'],
	['2024-07-01', '电池', '科技，电池', '科技日报'],
];

const pages = ITEMS.map(([date, title, text, paper], i) => {
	const shard = shardOf(date, manifest.shards)!.id;
	const filters: Record<string, string[]> = { paper: [paper], year: [date.slice(0, 4)], month: [date.slice(0, 7)], shard: [shard] };
	return { id: `page${i}`, url: `/kjrb/${date}/01-01/`, date, title, text, filters };
});
type Page = (typeof pages)[number];

/** Newest first as Pagefind sorts merged shards: by each page's place in its own shard, then by shard. */
function sortedAsMerged(found: Page[]): Page[] {
	const place = (page: Page) => found.filter((other) => other.filters.shard![0] === page.filters.shard![0] && other.date > page.date).length;
	return found
		.map((page, i) => ({ page, i }))
		.sort((a, b) => place(a.page) - place(b.page) || a.i - b.i)
		.map(({ page }) => page);
}

interface Logged {
	query: string | null;
	/** The shards of the index searched. */
	index: string[];
	filters: PagefindSearchOptions['filters'];
	sorted: boolean;
}

/** A fake of Pagefind's index of `shards`, logging every search. */
function fakePagefind(shards: SearchShard[], log: Logged[]): PagefindInstance {
	const ids = shards.map((shard) => shard.id);
	const indexed = pages.filter((page) => ids.includes(page.filters.shard![0]!));
	return {
		options: async () => {},
		init: async () => {},
		mergeIndex: async () => {},
		async search(query, options = {}) {
			log.push({ query, index: ids, filters: options.filters, sorted: options.sort !== undefined });
			// The query is an exact phrase of single characters: "科 技".
			const phrase = query?.replace(/[" ]/g, '');
			const found = indexed.filter(
				(page) =>
					(phrase === undefined || page.text.includes(phrase)) &&
					Object.entries(options.filters ?? {}).every(([name, value]) => value === undefined || page.filters[name]?.includes(value)),
			);
			const ordered = options.sort?.date === 'desc' ? sortedAsMerged(found) : found;
			return {
				results: ordered.map((page) => ({
					id: page.id,
					data: async () => ({
						url: page.url,
						content: toIndexText(page.text),
						excerpt: toIndexText(page.text),
						meta: { title: page.title, date: page.date },
						locations: phrase
							? page.text
									.split(phrase)
									.slice(1)
									.map((_, i) => i)
							: [],
						sub_results: [],
					}),
				})),
			};
		},
		async filters() {
			const counts: PagefindFilterCounts = {};
			for (const page of indexed) {
				for (const [name, values] of Object.entries(page.filters)) {
					for (const value of values) (counts[name] ??= {})[value] = (counts[name]![value] ?? 0) + 1;
				}
			}
			return counts;
		},
	};
}

/** An engine over the fake, with the indexes it loaded and the searches it ran. */
function engine() {
	const loaded: string[][] = [];
	const searches: Logged[] = [];
	const loader: Loader = {
		async index(shards) {
			loaded.push(shards.map((shard) => shard.id));
			return { pagefind: fakePagefind(shards, searches), shards, symbols: new Set(manifest.symbols) };
		},
		converter: async () => (text) => text.replace(/醫/g, '医').replace(/藥/g, '药'),
	};
	return { engine: createSearchEngine(manifest, loader), loaded, searches };
}

function state(query: string, more: Partial<SearchState> = {}): SearchState {
	return { query, filters: {}, sort: 'relevance', wholeArchive: false, ...more };
}

const urlsOf = (results: { url: string }[]) => results.map((result) => result.url);
const dateOf = (url: string) => url.split('/')[2]!;

describe('which shards a search reads', () => {
	it('reads the newest shard first, and names the older ones it left', async () => {
		const { engine: search, loaded } = engine();
		const found = await search.search(state('科技'));
		expect(loaded).toEqual([['2025']]);
		expect(found.count).toBe(3);
		expect(found.scope.shards.map((s) => s.id)).toEqual(['2025']);
		expect(found.scope.older.map((s) => s.id)).toEqual(['2024-07', '2024-01', '2023']);
	});

	it('reads every shard as one index for the whole archive', async () => {
		const { engine: search, loaded } = engine();
		const found = await search.search(state('科技', { wholeArchive: true }));
		expect(loaded).toEqual([['2025', '2024-07', '2024-01', '2023']]);
		expect(found.count).toBe(16);
		expect(found.scope.older).toEqual([]);
	});

	it('reads only the shards of a chosen year or month, however old', async () => {
		const { engine: search, loaded } = engine();
		expect((await search.search(state('科技', { filters: { year: '2024' } }))).count).toBe(10);
		expect((await search.search(state('科技', { filters: { month: '2024-03' } }))).count).toBe(1);
		expect((await search.search(state('科技', { filters: { year: '2023' } }))).count).toBe(3);
		expect(loaded).toEqual([['2024-07', '2024-01'], ['2024-01'], ['2023']]);
	});

	it('reads nothing for a year without items, and finds nothing', async () => {
		const { engine: search, loaded } = engine();
		const found = await search.search(state('科技', { filters: { year: '2022' } }));
		expect(loaded).toEqual([]);
		expect(found.count).toBe(0);
		expect(await found.results(0)).toEqual([]);
	});
});

describe('what a search counts', () => {
	it('counts the items holding every term, within the filters', async () => {
		const { engine: search } = engine();
		expect((await search.search(state('医药', { wholeArchive: true }))).count).toBe(3);
		expect((await search.search(state('科技 医药', { wholeArchive: true }))).count).toBe(3);
		expect((await search.search(state('医药 算力', { wholeArchive: true }))).count).toBe(0);
		const narrowed = await search.search(state('医药', { wholeArchive: true, filters: { paper: '人民日报' } }));
		expect(narrowed.count).toBe(2);
		expect(narrowed.filtered).toBe(true);
	});

	it('counts every item the filters let through when there are no terms', async () => {
		const { engine: search, searches } = engine();
		const found = await search.search(state('', { filters: { paper: '人民日报' }, wholeArchive: true }));
		expect(found.count).toBe(3);
		expect(found.terms).toEqual([]);
		expect(searches.map((s) => s.query)).toEqual([null]);
	});

	it('tries a Traditional term that finds nothing in Simplified, and says so', async () => {
		const { engine: search } = engine();
		const found = await search.search(state('醫藥', { wholeArchive: true }));
		expect(found.terms).toEqual(['醫藥']);
		expect(found.matched).toEqual(['医药']);
		expect(found.count).toBe(3);
	});

	it('finds nothing, without asking the index, for a symbol the archive never prints', async () => {
		const { engine: search, searches } = engine();
		expect((await search.search(state('科技@', { wholeArchive: true }))).count).toBe(0);
		expect(searches).toEqual([]);
	});
});

describe('the results of a search', () => {
	it('come newest first across shards, one shard searched at a time as far as they are shown', async () => {
		const { engine: search, searches } = engine();
		const found = await search.search(state('科技', { sort: 'newest', wholeArchive: true }));
		const first = urlsOf(await found.results(0)).map(dateOf);
		expect(first).toEqual([
			'2025-03-01',
			'2025-02-01',
			'2025-01-01',
			'2024-11-01',
			'2024-10-01',
			'2024-09-01',
			'2024-08-01',
			'2024-07-01',
			'2024-06-01',
			'2024-05-01',
		]);
		// Ten results need the three newest shards; the oldest is not searched yet.
		expect(searches.filter((s) => s.sorted).map((s) => s.filters?.shard)).toEqual(['2025', '2024-07', '2024-01']);
		const rest = urlsOf(await found.results(10)).map(dateOf);
		expect(rest).toEqual(['2024-04-01', '2024-03-01', '2024-02-01', '2023-12-01', '2023-06-01', '2023-01-01']);
		expect(searches.filter((s) => s.sorted).map((s) => s.filters?.shard)).toEqual(['2025', '2024-07', '2024-01', '2023']);
	});

	it('come newest first within one shard by the index’s own sort', async () => {
		const { engine: search } = engine();
		const found = await search.search(state('科技', { sort: 'newest', filters: { month: '2024-10' } }));
		expect(urlsOf(await found.results(0))).toEqual(['/kjrb/2024-10-01/01-01/']);
		const year = await search.search(state('科技', { sort: 'newest', filters: { year: '2023' } }));
		expect(urlsOf(await year.results(0)).map(dateOf)).toEqual(['2023-12-01', '2023-06-01', '2023-01-01']);
	});

	it('come ten at a time, each once, with more to show until all are', async () => {
		const { engine: search } = engine();
		const found = await search.search(state('科技', { wholeArchive: true }));
		const first = await found.results(0);
		const rest = await found.results(10);
		expect(first).toHaveLength(10);
		expect(rest).toHaveLength(6);
		expect(new Set(urlsOf([...first, ...rest])).size).toBe(16);
		expect(found.hasMore(10)).toBe(true);
		expect(found.hasMore(16)).toBe(false);
	});

	it('are ranked by relevance, title hits first, then the most matches', async () => {
		const { engine: search } = engine();
		const found = await search.search(state('量子', { wholeArchive: true }));
		// Pagefind's order: 新材料 (2025, 2 matches), 园区 (2024, 3 matches), 量子通信 (2023, the title hit, 1 match).
		expect(urlsOf(await found.results(0)).map(dateOf)).toEqual(['2023-06-01', '2024-10-01', '2025-01-01']);
		const two = await search.search(state('量子 科技', { wholeArchive: true }));
		expect(urlsOf(await two.results(0)).map(dateOf)).toEqual(['2024-10-01', '2025-01-01', '2023-06-01']);
	});

	it('are not ranked when sorted by date', async () => {
		const { engine: search } = engine();
		const found = await search.search(state('量子', { wholeArchive: true, sort: 'newest' }));
		expect(urlsOf(await found.results(0)).map(dateOf)).toEqual(['2025-01-01', '2024-10-01', '2023-06-01']);
	});
});

describe('the filter menus', () => {
	it('count the values of what the search reads, and every year from the manifest', async () => {
		const { engine: search, loaded } = engine();
		const counts = await search.filterCounts(state(''));
		expect(loaded).toEqual([['2025']]);
		expect(counts.paper).toEqual({ 科技日报: 2, 人民日报: 1 });
		expect(counts.year).toEqual({ 2025: 3, 2024: 10, 2023: 3 });
	});

	it('count a chosen month’s whole year, and the whole archive when asked', async () => {
		const { engine: search, loaded } = engine();
		expect((await search.filterCounts(state('', { filters: { month: '2024-03' } }))).month).toEqual({
			'2024-07': 1,
			'2024-08': 1,
			'2024-09': 1,
			'2024-10': 1,
			'2024-11': 1,
			'2024-02': 1,
			'2024-03': 1,
			'2024-04': 1,
			'2024-05': 1,
			'2024-06': 1,
		});
		expect((await search.filterCounts(state('', { wholeArchive: true }))).paper).toEqual({ 科技日报: 13, 人民日报: 3 });
		expect(loaded).toEqual([
			['2024-07', '2024-01'],
			['2025', '2024-07', '2024-01', '2023'],
		]);
	});
});

describe('isBlank', () => {
	it('is true only for a search without terms or filters', () => {
		expect(isBlank(state(''))).toBe(true);
		expect(isBlank(state('  ""  '))).toBe(true);
		expect(isBlank(state('', { filters: { paper: '科技日报' } }))).toBe(false);
		expect(isBlank(state('科技'))).toBe(false);
	});
});
