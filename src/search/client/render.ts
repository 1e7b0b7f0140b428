/**
 * What the search page shows of a search: each result (title, paper and date, excerpt, matching
 * sections) and the status line that says what was searched and found.
 */
import { formatDate } from '../../archive/labels.ts';
import { linkToMatch, periodLabel } from '../shared/filters.ts';
import type { SearchShard } from '../shared/shards.ts';
import { fromIndexExcerpt } from '../shared/tokens.ts';
import type { Search } from './engine.ts';
import type { PagefindSearchFragment } from './pagefind.ts';

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string) {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
	if (text !== undefined) node.textContent = text;
	return node;
}

/** One result; its link opens the item at the first term as it matched. */
export function renderResult(data: PagefindSearchFragment, terms: string[]): HTMLLIElement {
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

/** The status line of a search that ran: how many items hold the terms, and where they were looked for. */
export function describeSearch({ count, terms, matched, filtered, scope }: Search): string {
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
export function describeOlder(older: SearchShard[]): string {
	const items = older.reduce((total, shard) => total + shard.items, 0);
	return `再搜索更早的 ${items.toLocaleString('zh-CN')} 篇稿件（${periodLabel(older.at(-1)!.from, older[0]!.to)}）`;
}
