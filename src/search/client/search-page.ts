/**
 * The search page's wiring: read the search from the URL, run it (engine.ts, over the indexes
 * load.ts downloads), show it (render.ts, menus.ts), and keep the URL in step with the form.
 * Query parsing, ranking, filters and excerpt repair live in src/search/shared/ and are tested there.
 */
import { readSearchParams, writeSearchParams, type SearchState } from '../shared/filters.ts';
import { isTooLong, MAX_QUERY_LENGTH } from '../shared/query.ts';
import type { SearchManifest } from '../shared/shards.ts';
import { BATCH_SIZE, createSearchEngine, isBlank, type SearchEngine } from './engine.ts';
import { createLoader } from './load.ts';
import { createMenus, showChosen } from './menus.ts';
import { describeOlder, describeSearch, renderResult } from './render.ts';

interface Controls {
	status: HTMLElement;
	list: HTMLElement;
	more: HTMLButtonElement;
	/** Searches the whole archive, where the first search read only its newest shards. */
	older: HTMLButtonElement;
}

/** Shows searches in `controls`; a slow earlier search never overwrites a later one's results. */
function createResults(manifest: SearchManifest, engine: SearchEngine, { status, list, more, older }: Controls): (state: SearchState) => Promise<void> {
	let latestRun = 0;
	return async (state) => {
		const runId = ++latestRun;
		const current = () => runId === latestRun;
		list.replaceChildren();
		// The count is there only once a search has answered: absent, nothing was searched yet.
		delete list.dataset.resultCount;
		list.removeAttribute('aria-busy');
		more.hidden = true;
		more.disabled = false;
		older.hidden = true;
		if (isBlank(state)) {
			status.textContent = '';
			return;
		}
		if (manifest.shards.length === 0) {
			status.textContent = '档案里还没有稿件。';
			list.dataset.resultCount = '0';
			return;
		}
		if (isTooLong(state.query)) {
			status.textContent = `搜索词太长：最多 ${MAX_QUERY_LENGTH} 个字，请缩短后再搜索。`;
			return;
		}
		status.textContent = '正在搜索……';
		// While busy, the count says nothing yet; a later search takes over (current()).
		list.setAttribute('aria-busy', 'true');
		try {
			const search = await engine.search(state);
			const firstBatch = (await search.results(0)).map((data) => renderResult(data, search.matched));
			if (!current()) return;
			list.removeAttribute('aria-busy');
			list.replaceChildren(...firstBatch);
			list.dataset.resultCount = String(search.count);
			status.textContent = describeSearch(search);
			more.hidden = !search.hasMore(BATCH_SIZE);
			if (search.scope.older.length > 0) {
				older.textContent = describeOlder(search.scope.older);
				older.hidden = false;
			}
			more.onclick = async () => {
				more.disabled = true;
				const shownCount = list.children.length;
				try {
					const nextBatch = (await search.results(shownCount)).map((data) => renderResult(data, search.matched));
					if (!current()) return;
					list.append(...nextBatch);
					more.hidden = !search.hasMore(list.children.length);
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
			list.removeAttribute('aria-busy');
			status.textContent = '搜索索引加载失败，请稍后重试。';
			console.error(error);
		}
	};
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
	const manifest = JSON.parse(document.querySelector('#search-manifest')!.textContent!) as SearchManifest;
	const engine = createSearchEngine(manifest, createLoader(manifest, import.meta.env.BASE_URL));
	const menus = createMenus(form, engine);
	const run = createResults(manifest, engine, { status, list, more, older });

	const initial = readSearchParams(new URLSearchParams(location.search));
	input.value = initial.query;
	form.querySelector<HTMLSelectElement>('select[name="sort"]')!.value = initial.sort;
	// A shared ?scope=all link searches the whole archive from the start.
	wholeArchive.disabled = !initial.wholeArchive;
	// A shared link names its filter values before the menus are loaded.
	showChosen(form, initial.filters);
	if (Object.keys(initial.filters).length > 0) filters.open = true;
	const refreshMenus = () => filters.open && void menus.fill(stateOf(form));
	refreshMenus();
	filters.addEventListener('toggle', refreshMenus);
	void run(initial);

	/** The search on screen: the one the older-items button widens. */
	let shown = initial;
	const update = () => {
		// A new query starts again from the newest shard; sorting or filtering the same one does not.
		const narrowed = !wholeArchive.disabled && input.value !== shown.query;
		if (narrowed) wholeArchive.disabled = true;
		const state = stateOf(form);
		shown = state;
		if (narrowed) refreshMenus();
		const params = new URLSearchParams(writeSearchParams(state)).toString();
		history.replaceState(null, '', params ? `?${params}` : location.pathname);
		void run(state);
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
