/**
 * Old addresses and where they lead now, from the redirects ledger (src/schemas/redirect.ts). An
 * address may have moved more than once (00-01 → 08-01 → 07-01): a reader following the oldest
 * link lands on the current address in one step. An address that is current again (a move undone)
 * leads nowhere: it is served as what it is now.
 */
import type { Redirect } from '../schemas/redirect.ts';
import { PAGE_SLOT_PATTERN } from './urls.ts';

export interface ResolvedRedirect {
	/** The old id. */
	from: string;
	/** The current id it leads to. */
	to: string;
	/** Whether its item was left out of a corrected page text, and `to` is another item of its page (Redirect.dropped). */
	dropped?: boolean;
}

export interface RedirectProblem {
	from: string;
	message: string;
}

/** The longest chain of moves followed; a longer one is a cycle. */
const MAX_HOPS = 1000;

/**
 * Every old id of the ledger that is not current, with the current id it leads to; `isCurrent`
 * says whether an id is an item's or a page's address now. An old id whose chain ends at no
 * current address is a problem (the item was deleted, or the ledger edited by hand).
 */
export function resolveRedirects(
	ledger: readonly Redirect[],
	isCurrent: (id: string) => boolean,
): { redirects: ResolvedRedirect[]; problems: RedirectProblem[] } {
	// The latest move of an address wins: it was moved again after a move was undone.
	const next = new Map<string, string>();
	const dropped = new Set<string>();
	for (const entry of ledger) {
		next.set(entry.from, entry.to);
		if (entry.dropped) dropped.add(entry.from);
		else dropped.delete(entry.from);
	}
	const redirects: ResolvedRedirect[] = [];
	const problems: RedirectProblem[] = [];
	for (const from of next.keys()) {
		if (isCurrent(from)) continue;
		let to = next.get(from)!;
		let hops = 0;
		while (!isCurrent(to) && next.has(to) && hops < MAX_HOPS) {
			to = next.get(to)!;
			hops++;
		}
		if (isCurrent(to)) redirects.push({ from, to, ...(dropped.has(from) ? { dropped: true } : {}) });
		else problems.push({ from, message: `旧网址 ${from} 跳转到的 ${to} 已不存在。` });
	}
	return { redirects, problems };
}

/** Whether an id is an item's (kjrb/2024-07-12/08-03) rather than a printed page's (kjrb/2024-07-12/08). */
export function isItemId(id: string): boolean {
	return new RegExp(String.raw`\/${PAGE_SLOT_PATTERN}-\d+$`).test(id);
}
