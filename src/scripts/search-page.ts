/**
 * The search page's behaviour: read ?q=, query the Pagefind index, render the results.
 * Query parsing and excerpt repair live in utils/ and are tested there.
 */
import { formatDate } from '../utils/archive.ts';
import { joinBase } from '../utils/base-path.ts';
import { INDEXED_SYMBOLS_FILE } from '../utils/search-files.ts';
import { parseQuery, toIndexQuery } from '../utils/search-query.ts';
import { rankResults } from '../utils/search-rank.ts';
import { fromIndexExcerpt, symbolsIndexed } from '../utils/search-tokens.ts';

interface PagefindSubResult {
	title: string;
	url: string;
	anchor?: { id: string };
	excerpt: string;
}

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
	locations: number[];
	sub_results: PagefindSubResult[];
}

interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindResultData>;
}

interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(query: string): Promise<{ results: PagefindResult[] }>;
}

interface SearchIndex {
	pagefind: Pagefind;
	/** Punctuation and symbols the index holds; a query with any other can match nothing. */
	symbols: Set<string>;
}

const base = import.meta.env.BASE_URL;
let indexPromise: Promise<SearchIndex> | undefined;

function loadIndex(): Promise<SearchIndex> {
	indexPromise ??= (async () => {
		const [pagefind, symbols] = await Promise.all([
			import(/* @vite-ignore */ joinBase(base, 'pagefind/pagefind.js')) as Promise<Pagefind>,
			fetch(joinBase(base, `pagefind/${INDEXED_SYMBOLS_FILE}`)).then((r) => r.json() as Promise<string>),
		]);
		await pagefind.options({ baseUrl: base, excerptLength: 40 });
		await pagefind.init();
		return { pagefind, symbols: new Set(symbols) };
	})();
	return indexPromise;
}

/** Results containing every term, in the order of the first term's ranking. */
async function searchAll(terms: string[]): Promise<PagefindResult[]> {
	const { pagefind, symbols } = await loadIndex();
	if (!terms.every((term) => symbolsIndexed(term, symbols))) return [];
	const perTerm = await Promise.all(terms.map((term) => pagefind.search(toIndexQuery(term)).then((s) => s.results)));
	const [first = [], ...rest] = perTerm;
	const others = rest.map((results) => new Set(results.map((r) => r.id)));
	return first.filter((result) => others.every((ids) => ids.has(result.id)));
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string) {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
	if (text !== undefined) node.textContent = text;
	return node;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
	const item = element('li', { class: 'search-result' });
	const heading = element('h2');
	heading.append(element('a', { href: data.url }, data.meta.title ?? data.url));
	item.append(heading);
	const meta = [data.meta.paper, data.meta.date && formatDate(data.meta.date)].filter(Boolean).join(' · ');
	if (meta) item.append(element('p', { class: 'search-result-meta' }, meta));
	const excerpt = element('p', { class: 'search-result-excerpt' });
	// Pagefind escapes the page text in excerpts and adds only <mark>.
	excerpt.innerHTML = fromIndexExcerpt(data.excerpt);
	item.append(excerpt);
	const sections = data.sub_results.filter((sub) => sub.anchor);
	if (sections.length > 0) {
		const list = element('ul', { class: 'search-result-sections' });
		for (const sub of sections) {
			const entry = element('li');
			entry.append(element('a', { href: sub.url }, sub.title));
			list.append(entry);
		}
		item.append(list);
	}
	return item;
}

async function run(input: string, status: HTMLElement, list: HTMLElement): Promise<void> {
	const terms = parseQuery(input);
	list.replaceChildren();
	list.dataset.resultCount = '0';
	if (terms.length === 0) {
		status.textContent = '';
		return;
	}
	status.textContent = '正在搜索……';
	try {
		const results = await searchAll(terms);
		const data = await Promise.all(results.map((r) => r.data()));
		const ranked = rankResults(
			data.map((d) => ({ ...d, title: d.meta.title ?? '', matches: d.locations.length })),
			terms,
		);
		list.replaceChildren(...ranked.map(renderResult));
		list.dataset.resultCount = String(results.length);
		status.textContent = results.length > 0 ? `找到 ${results.length} 篇稿件含“${terms.join('”和“')}”。` : `没有稿件含“${terms.join('”和“')}”。`;
	} catch (error) {
		status.textContent = '搜索索引加载失败，请稍后重试。';
		console.error(error);
	}
}

export function runSearchPage(): void {
	const form = document.querySelector<HTMLFormElement>('#search-form')!;
	const input = document.querySelector<HTMLInputElement>('#search-input')!;
	const status = document.querySelector<HTMLElement>('#search-status')!;
	const list = document.querySelector<HTMLElement>('#search-results')!;
	const query = new URLSearchParams(location.search).get('q') ?? '';
	input.value = query;
	if (query) void run(query, status, list);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const url = new URL(location.href);
		url.searchParams.set('q', input.value);
		history.replaceState(null, '', url);
		void run(input.value, status, list);
	});
}
