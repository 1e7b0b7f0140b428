/**
 * The search page's behaviour: read the search from the URL, query the Pagefind index, render
 * the results, keep the URL in step. Query parsing, ranking, filters and excerpt repair live in
 * src/search/shared/ and are tested there.
 */
import { formatDate } from '../../archive/archive.ts';
import { withBase } from '../../archive/urls.ts';
import { FILTERS, filterValueLabel, linkToMatch, periodLabel, readSearchParams, writeSearchParams, type FilterName, type SearchState } from '../shared/filters.ts';
import { parseQuery, toIndexQuery } from '../shared/query.ts';
import { rankResults } from '../shared/rank.ts';
import { itemsPerYear, searchScope, type SearchManifest, type SearchScope, type SearchShard } from '../shared/shards.ts';
import { fromIndexExcerpt, symbolsIndexed } from '../shared/tokens.ts';

interface PagefindSubResult {
	title: string;
	url: string;
	anchor?: { id: string };
	excerpt: string;
}

interface PagefindResultData {
	url: string;
	content: string;
	excerpt: string;
	meta: Record<string, string>;
	locations: number[];
	sub_results: PagefindSubResult[];
}

interface PagefindResult {
	id: string;
	data(): Promise<PagefindResultData>;
}

interface PagefindSearchOptions {
	filters?: Partial<Record<FilterName | typeof SHARD_FILTER, string>>;
	sort?: Record<string, 'asc' | 'desc'>;
}

interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
	search(query: string | null, options?: PagefindSearchOptions): Promise<{ results: PagefindResult[] }>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

/** pagefind.js: each shard carries the same code. */
interface PagefindModule {
	createInstance(options: { basePath: string }): Pagefind;
}

interface SearchIndex {
	pagefind: Pagefind;
	/** The shards this index reads, newest first. */
	shards: SearchShard[];
	/** Punctuation and symbols the index holds; a query with any other can match nothing. */
	symbols: Set<string>;
}

const base = import.meta.env.BASE_URL;
/** Results shown (and fetched) at a time; the rest load on request, so a common word costs little. */
const PAGE_SIZE = 10;
/** The filter each shard's pages carry (Pagefind's mergeFilter), so that one shard can be searched alone. */
const SHARD_FILTER = 'shard';
let pagefindModule: Promise<PagefindModule> | undefined;
/** A search index for each set of shards searched so far, by their ids. */
const indexes = new Map<string, Promise<SearchIndex>>();
let toSimplified: Promise<(text: string) => string> | undefined;

/**
 * The index of the given shards (newest first): the first shard's Pagefind, with the others merged
 * into it (Pagefind's mergeIndex), so that they are searched as one and share its code and
 * WebAssembly. A search within a year reads only that year's shards.
 */
function loadIndex(manifest: SearchManifest, shards: SearchShard[]): Promise<SearchIndex> {
	const key = shards.map((shard) => shard.id).join(' ');
	let index = indexes.get(key);
	if (index) return index;
	index = (async () => {
		pagefindModule ??= import(/* @vite-ignore */ withBase(base, `pagefind/${manifest.shards[0]!.id}/pagefind.js`)) as Promise<PagefindModule>;
		const module = await pagefindModule;
		const [first, ...others] = shards;
		const options = { baseUrl: base, excerptLength: 40 };
		const pagefind = module.createInstance({ basePath: withBase(base, `pagefind/${first!.id}/`) });
		await pagefind.options(options);
		await pagefind.init();
		await pagefind.options({ mergeFilter: { [SHARD_FILTER]: first!.id } });
		await Promise.all(others.map((shard) => pagefind.mergeIndex(withBase(base, `pagefind/${shard.id}/`), { ...options, mergeFilter: { [SHARD_FILTER]: shard.id } })));
		return { pagefind, shards, symbols: new Set(manifest.symbols) };
	})();
	indexes.set(key, index);
	// A failed download is tried again on the next search, not remembered.
	index.catch(() => {
		indexes.delete(key);
		pagefindModule = undefined;
	});
	return index;
}

/** The Traditional → Simplified converter, downloaded only when a query needs it. */
function loadConverter(): Promise<(text: string) => string> {
	toSimplified ??= import('opencc-js/t2cn').then((OpenCC) => OpenCC.Converter({ from: 'tw', to: 'cn' }));
	toSimplified.catch(() => (toSimplified = undefined));
	return toSimplified;
}

interface Found {
	/** How many items match. */
	count: number;
	/** `size` matching results from the `from`th, in Pagefind's order (by relevance, or newest first). */
	slice(from: number, size: number): Promise<PagefindResult[]>;
	/** The terms as they matched (Traditional ones converted to Simplified). */
	terms: string[];
}

interface Shown {
	data: PagefindResultData;
	terms: string[];
}

/**
 * Items holding one term. A term in Traditional characters that finds nothing is tried in
 * Simplified, unless `convert` is false (the term is already as it matched).
 */
async function searchTerm(index: SearchIndex, term: string, options: PagefindSearchOptions, convert = true): Promise<{ term: string; results: PagefindResult[] }> {
	const run = async (text: string) => (symbolsIndexed(text, index.symbols) ? (await index.pagefind.search(toIndexQuery(text), options)).results : []);
	const results = await run(term);
	if (!convert || results.length > 0 || !/\p{Script=Han}/u.test(term)) return { term, results };
	const simplified = (await loadConverter())(term);
	return simplified === term ? { term, results } : { term: simplified, results: await run(simplified) };
}

/** Items holding every term (or, with no terms, every item the filters let through), in Pagefind's order. */
async function searchTerms(index: SearchIndex, terms: string[], options: PagefindSearchOptions, convert = true): Promise<{ results: PagefindResult[]; terms: string[] }> {
	if (terms.length === 0) return { results: (await index.pagefind.search(null, options)).results, terms };
	const perTerm = await Promise.all(terms.map((term) => searchTerm(index, term, options, convert)));
	const [first, ...rest] = perTerm;
	const others = rest.map(({ results }) => new Set(results.map((r) => r.id)));
	return { results: first!.results.filter((result) => others.every((ids) => ids.has(result.id))), terms: perTerm.map((p) => p.term) };
}

/**
 * The search of the given state. Newest first over several shards goes one shard at a time, newest
 * shard first, as far as the results shown need: a search over merged shards orders their results
 * by score, and a sorted search's score is an item's place in its own shard. The count comes from
 * one search over all of them.
 */
async function searchAll(manifest: SearchManifest, shards: SearchShard[], terms: string[], state: SearchState): Promise<Found> {
	if (shards.length === 0) return { count: 0, slice: async () => [], terms };
	const index = await loadIndex(manifest, shards);
	const newest = state.sort === 'newest';
	if (!newest || shards.length === 1) {
		const found = await searchTerms(index, terms, { filters: state.filters, ...(newest ? { sort: { date: 'desc' } } : {}) });
		return { count: found.results.length, slice: async (from, size) => found.results.slice(from, from + size), terms: found.terms };
	}
	const all = await searchTerms(index, terms, { filters: state.filters });
	const ordered: PagefindResult[] = [];
	let nextShard = 0;
	return {
		count: all.results.length,
		terms: all.terms,
		async slice(from, size) {
			while (ordered.length < from + size && nextShard < shards.length) {
				const filters = { ...state.filters, [SHARD_FILTER]: shards[nextShard]!.id };
				ordered.push(...(await searchTerms(index, all.terms, { filters, sort: { date: 'desc' } }, false)).results);
				// Only once the shard's results are in: a failed search is tried again on the next request.
				nextShard++;
			}
			return ordered.slice(from, from + size);
		},
	};
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string) {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
	if (text !== undefined) node.textContent = text;
	return node;
}

function renderResult({ data, terms }: Shown): HTMLLIElement {
	const item = element('li', { class: 'search-result' });
	const heading = element('h2');
	heading.append(element('a', { href: linkToMatch(data.url, terms[0]) }, data.meta.title ?? data.url));
	item.append(heading);
	const meta = [data.meta.paper, data.meta.date && formatDate(data.meta.date)].filter(Boolean).join(' · ');
	if (meta) item.append(element('p', { class: 'search-result-meta' }, meta));
	const excerpt = element('p', { class: 'search-result-excerpt' });
	// Pagefind escapes the page text in excerpts and adds only <mark>.
	excerpt.innerHTML = fromIndexExcerpt(data.excerpt);
	item.append(excerpt);
	const sections = data.sub_results.filter((sub) => sub.anchor);
	if (sections.length > 0) {
		const list = element('ul', { class: 'search-result-sections', 'aria-label': '匹配的小节' });
		for (const sub of sections) {
			const entry = element('li');
			entry.append(element('a', { href: sub.url }, fromIndexExcerpt(sub.title)));
			list.append(entry);
		}
		item.append(list);
	}
	return item;
}

/** One page of results, fetched and, unless sorted by date, ranked: title and whole-phrase hits first. */
async function showPage(found: Found, from: number, state: SearchState): Promise<HTMLLIElement[]> {
	const data = await Promise.all((await found.slice(from, PAGE_SIZE)).map((r) => r.data()));
	const shown = data.map((d) => ({ data: d, terms: found.terms, title: d.meta.title ?? '', text: fromIndexExcerpt(d.content), matches: d.locations.length }));
	const ordered = state.sort === 'newest' || found.terms.length === 0 ? shown : rankResults(shown, found.terms);
	return ordered.map(renderResult);
}

function describe(count: number, terms: string[], matched: string[], filtered: boolean, scope: SearchScope): string {
	const quoted = (list: string[]) => `“${list.join('”和“')}”`;
	const converted = matched.some((term, i) => term !== terms[i]) ? `（已按简体${quoted(matched)}搜索）` : '';
	const narrowed = filtered ? '（已筛选）' : '';
	// Only the newest shards were read: say from when, so that nobody takes it for the whole archive.
	const since = scope.older.length > 0 ? `${periodLabel(scope.shards.at(-1)!.from)}以来的稿件中，` : '';
	const total = count.toLocaleString('zh-CN');
	if (terms.length === 0) return `${since}共 ${total} 篇稿件${narrowed}。`;
	return count > 0 ? `${since}找到 ${total} 篇稿件含${quoted(terms)}${converted}${narrowed}。` : `${since}没有稿件含${quoted(terms)}${converted}${narrowed}。`;
}

/** The offer to search the shards the first search left out: their time and how many items they hold. */
function describeOlder(older: SearchShard[]): string {
	const items = older.reduce((total, shard) => total + shard.items, 0);
	return `再搜索更早的 ${items.toLocaleString('zh-CN')} 篇稿件（${periodLabel(older.at(-1)!.from, older[0]!.to)}）`;
}

/** Counts searches, so that a slow earlier one never overwrites a later one's results. */
let latestRun = 0;

interface Controls {
	status: HTMLElement;
	list: HTMLElement;
	more: HTMLButtonElement;
	/** Searches the whole archive, where the first search read only its newest shards. */
	older: HTMLButtonElement;
}

async function run(manifest: SearchManifest, state: SearchState, { status, list, more, older }: Controls): Promise<void> {
	const runId = ++latestRun;
	const current = () => runId === latestRun;
	const terms = parseQuery(state.query);
	const filtered = Object.keys(state.filters).length > 0;
	list.replaceChildren();
	list.dataset.resultCount = '0';
	more.hidden = true;
	more.disabled = false;
	older.hidden = true;
	if (terms.length === 0 && !filtered) {
		status.textContent = '';
		return;
	}
	if (manifest.shards.length === 0) {
		status.textContent = '档案里还没有稿件。';
		return;
	}
	status.textContent = '正在搜索……';
	try {
		const scope = searchScope(manifest, state.filters, state.wholeArchive);
		const found = await searchAll(manifest, scope.shards, terms, state);
		const firstPage = await showPage(found, 0, state);
		if (!current()) return;
		list.replaceChildren(...firstPage);
		list.dataset.resultCount = String(found.count);
		status.textContent = describe(found.count, terms, found.terms, filtered, scope);
		more.hidden = found.count <= PAGE_SIZE;
		if (scope.older.length > 0) {
			older.textContent = describeOlder(scope.older);
			older.hidden = false;
		}
		more.onclick = async () => {
			more.disabled = true;
			const shownCount = list.children.length;
			try {
				const nextPage = await showPage(found, shownCount, state);
				if (!current()) return;
				list.append(...nextPage);
				more.hidden = list.children.length >= found.count;
				(list.children[shownCount]?.querySelector('a') as HTMLElement | null)?.focus();
			} catch (error) {
				if (current()) status.textContent = '更多结果加载失败，请再试一次。';
				console.error(error);
			} finally {
				more.disabled = false;
			}
		};
	} catch (error) {
		if (!current()) return;
		status.textContent = '搜索索引加载失败，请稍后重试。';
		console.error(error);
	}
}

/** Chinese order, numbers by value: 第2版 before 第10版. */
const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });

/** Counts menu fillings, so that a slow earlier one never overwrites a later one's menus. */
let latestMenus = 0;

/**
 * Fills the filter menus with the values and their counts. Years come from the manifest; the
 * other menus from the index the search reads (the chosen year's, or else the first search's
 * newest shards until the whole archive is asked for), so that opening the menus downloads no
 * more than searching does, and their counts are those of what is searched.
 */
async function loadFilterOptions(manifest: SearchManifest, form: HTMLFormElement): Promise<void> {
	const menusId = ++latestMenus;
	// The chosen year, not month, so that the month menu lists the year's months (or every month
	// searched); a month chosen without its year (a shared link) stands for its year.
	const state = stateOf(form);
	const year = state.filters.year ?? state.filters.month?.slice(0, 4);
	const { shards } = searchScope(manifest, { year }, state.wholeArchive);
	const available = shards.length > 0 ? await (await loadIndex(manifest, shards)).pagefind.filters() : {};
	if (menusId !== latestMenus) return;
	available.year = Object.fromEntries(itemsPerYear(manifest.shards));
	for (const { name } of FILTERS) {
		const select = form.querySelector<HTMLSelectElement>(`select[data-filter="${name}"]`)!;
		const chosen = select.value;
		const values = Object.entries(available[name] ?? {}).sort(([a], [b]) => (name === 'year' || name === 'month' ? b.localeCompare(a) : collator.compare(a, b)));
		// A value chosen earlier stays on the menu even where the new counts have none of it.
		if (chosen && !values.some(([value]) => value === chosen)) values.unshift([chosen, 0]);
		select.replaceChildren(element('option', { value: '' }, '全部'), ...values.map(([value, count]) => element('option', { value }, `${filterValueLabel(name, value)}（${count}）`)));
		select.value = chosen;
	}
}

function stateOf(form: HTMLFormElement): SearchState {
	return readSearchParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

export function runSearchPage(): void {
	const form = document.querySelector<HTMLFormElement>('#search-form')!;
	const input = document.querySelector<HTMLInputElement>('#search-input')!;
	const filters = document.querySelector<HTMLDetailsElement>('#search-filters')!;
	const status = document.querySelector<HTMLElement>('#search-status')!;
	const list = document.querySelector<HTMLElement>('#search-results')!;
	const more = document.querySelector<HTMLButtonElement>('#search-more')!;
	const older = document.querySelector<HTMLButtonElement>('#search-older')!;
	const wholeArchive = form.querySelector<HTMLInputElement>('input[name="scope"]')!;
	const controls = { status, list, more, older };
	const manifest = JSON.parse(document.querySelector('#search-manifest')!.textContent!) as SearchManifest;

	const initial = readSearchParams(new URLSearchParams(location.search));
	input.value = initial.query;
	form.querySelector<HTMLSelectElement>('select[name="sort"]')!.value = initial.sort;
	// A shared ?scope=all link searches the whole archive from the start.
	wholeArchive.disabled = !initial.wholeArchive;
	for (const [name, value] of Object.entries(initial.filters)) {
		// A shared link names its filter values before the menus are loaded.
		const select = form.querySelector<HTMLSelectElement>(`select[data-filter="${name}"]`)!;
		select.append(element('option', { value }, filterValueLabel(name as FilterName, value)));
		select.value = value;
		filters.open = true;
	}
	const refreshMenus = () => filters.open && void loadFilterOptions(manifest, form);
	refreshMenus();
	filters.addEventListener('toggle', refreshMenus);
	void run(manifest, initial, controls);

	/** The search on screen: the one the older-items button widens. */
	let shown = initial;
	const update = () => {
		// A new query starts again from the newest shard; sorting or filtering the same one does not.
		const narrowed = !wholeArchive.disabled && input.value !== shown.query;
		if (narrowed) wholeArchive.disabled = true;
		const state = stateOf(form);
		shown = state;
		if (narrowed) refreshMenus();
		const params = writeSearchParams(state).toString();
		history.replaceState(null, '', params ? `?${params}` : location.pathname);
		void run(manifest, state, controls);
	};
	older.addEventListener('click', () => {
		// The search shown, not a query typed since and not yet sent.
		input.value = shown.query;
		wholeArchive.disabled = false;
		update();
		refreshMenus();
		// The button is gone with the search it offered; the results (or the status) come next.
		status.focus();
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		update();
	});
	form.addEventListener('change', (event) => {
		const target = event.target as HTMLSelectElement;
		if (target.tagName !== 'SELECT') return;
		update();
		// The other menus count the chosen year's items (or those of the whole search).
		if (target.name === 'year') refreshMenus();
	});
}
