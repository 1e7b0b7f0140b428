/**
 * What a reader types, turned into what the index is asked. Terms separated by spaces must all
 * occur (AND); text in straight quotes ("…") is one term, its inner spaces included. Chinese
 * quotation marks (“…”) are part of the text, as printed: 向“新”力 is one term.
 */
import { toIndexText } from './tokens.ts';

/**
 * The longest query the search page runs, in characters: a news search is a few words, and the
 * index is asked once per character of each term, so a query of thousands froze the page.
 */
export const MAX_QUERY_LENGTH = 200;

/** Whether a query is longer than the search page runs. */
export function isTooLong(input: string): boolean {
	return [...input].length > MAX_QUERY_LENGTH;
}

/** Splits the search box text into terms: 生物医药 "AI 制药" → ['生物医药', 'AI 制药']. */
export function parseQuery(input: string): string[] {
	const terms: string[] = [];
	const pattern = /"([^"]*)"?|([^\s"\u3000]+)/gu;
	for (const match of input.matchAll(pattern)) {
		const term = (match[1] ?? match[2] ?? '').trim().replace(/\s+/g, ' ');
		if (term && !terms.some((t) => t.toLowerCase() === term.toLowerCase())) terms.push(term);
	}
	return terms;
}

/** The Pagefind query for one term: an exact phrase over the single-character index. */
export function toIndexQuery(term: string): string {
	return `"${toIndexText(term).trim()}"`;
}
