/**
 * The search form's filter menus (paper, year, month, page, column, place, author): their values
 * with counts of what is searched (engine.ts, filterCounts), and the values a shared link chose.
 */
import { FILTERS, filterValueLabel, type FilterName, type SearchState } from '../shared/filters.ts';
import type { SearchEngine } from './engine.ts';
import { element } from './render.ts';

/** Chinese order, numbers by value: 第2版 before 第10版. */
const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });

function menu(form: HTMLFormElement, name: string): HTMLSelectElement {
	return form.querySelector<HTMLSelectElement>(`select[data-filter="${name}"]`)!;
}

/** Puts the values a shared link chose on their menus before the menus are loaded, so that they show and are sent. */
export function showChosen(form: HTMLFormElement, chosen: SearchState['filters']): void {
	for (const [name, value] of Object.entries(chosen)) {
		const select = menu(form, name);
		select.append(element('option', { value }, filterValueLabel(name as FilterName, value)));
		select.value = value;
	}
}

/** The menus of `form`, filled on request; a slow earlier filling never overwrites a later one. */
export function createMenus(form: HTMLFormElement, engine: SearchEngine) {
	let latest = 0;
	return {
		/** Fills every menu with the values and counts of what `state` searches, keeping the values chosen. */
		async fill(state: SearchState): Promise<void> {
			const id = ++latest;
			const available = await engine.filterCounts(state);
			if (id !== latest) return;
			for (const { name } of FILTERS) {
				const select = menu(form, name);
				const chosen = select.value;
				const values = Object.entries(available[name] ?? {}).sort(([a], [b]) =>
					name === 'year' || name === 'month' ? b.localeCompare(a) : collator.compare(a, b),
				);
				// A value chosen earlier stays on the menu even where the new counts have none of it.
				if (chosen && !values.some(([value]) => value === chosen)) values.unshift([chosen, 0]);
				select.replaceChildren(
					element('option', { value: '' }, '全部'),
					...values.map(([value, count]) => element('option', { value }, `${filterValueLabel(name, value)}（${count}）`)),
				);
				select.value = chosen;
			}
		},
	};
}
