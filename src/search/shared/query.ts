/**
 * What a reader types, turned into what the index is asked. Terms separated by spaces must all
 * occur (AND); text in straight quotes ("…") is one term, its inner spaces included. Chinese
 * quotation marks (“…”) are part of the text, as printed: 向“新”力 is one term.
 */
import { toIndexText } from './tokens.ts';

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
