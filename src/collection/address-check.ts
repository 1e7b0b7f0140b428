/**
 * An item's address is its path, made from its paper, date and page when it was written; its
 * frontmatter may be edited since. Where they disagree (date: or page: changed by hand), the site
 * would show one thing at an address that says another, so the build stops and names the command
 * that moves the item, which keeps the old address working. Two items with one identity are two
 * copies of one printed item: the build stops too.
 */
import { pageParts, printedPage, readPrintedPage, sortablePage } from '../archive/page-numbers.ts';
import { isItemId } from '../archive/redirects.ts';
import { PAGE_ID_PATTERN, pageNumber } from '../archive/urls.ts';
import type { ItemFrontmatter } from '../schemas/item.ts';

/** A disagreement, with the frontmatter field it is about. */
export interface AddressProblem {
	/** The frontmatter field, or the file's path itself. */
	field: 'date' | 'page' | 'path';
	message: string;
}

/** The shape of every item's path under the items folder: <paper slug>/<date>/<page>-<order>. */
const ITEM_ID = new RegExp(String.raw`^${PAGE_ID_PATTERN}-\d{2,}$`);

/** What the frontmatter says that the address (kjrb/2024-07-12/00-01) does not; and an address that is no item's. */
export function addressProblems(id: string, data: Pick<ItemFrontmatter, 'date' | 'page' | 'pageSection'>): AddressProblem[] {
	if (!ITEM_ID.test(id)) {
		// items/search.mdx would take the search page's address; a name with # or ? gives dead links.
		return [
			{
				field: 'path',
				message: `文件的位置 ${id} 不是稿件的网址：稿件须放在 items/<报纸代号>/<日期>/<版次>-<序号>.mdx，例如 items/kjrb/2024-07-12/08-03.mdx（小写字母、数字和连字符）。把文件移到那里，或用 npm run ingest 导入。`,
			},
		];
	}
	const [, date, slot] = id.split('/');
	const problems: AddressProblem[] = [];
	if (date !== undefined && date !== data.date) {
		problems.push({
			field: 'date',
			message: `date 是 ${data.date}，而网址 ${id} 里的日期是 ${date}。要改日期，运行 npm run move -- ${pageIdOfItem(id)} --date ${data.date}（稿件移到新网址，旧网址自动跳转）；若是误改，把 date 改回 ${date}。`,
		});
	}
	// The page's part of the slot: 08 of 08-03, a03 of a03-01, 00 of 00b-01 (a second page of unknown number).
	const printed = slot?.split('-')[0]!.replace(/^(\d+)[a-z]$/u, '$1');
	const page = sortablePage(data.page, data.pageSection);
	if (printed !== undefined && printed !== pageNumber(page)) {
		const fix =
			page === undefined ? '版次未知的稿件须在 00 版' : `npm run move -- ${pageIdOfItem(id)} --page ${printedPage(page)}（稿件移到新网址，旧网址自动跳转）`;
		problems.push({
			field: 'page',
			message: `page 是 ${page === undefined ? '（未知）' : printedPage(page)}，而网址 ${id} 里的版次是 ${printed}。要改版次，运行 ${fix}；若是误改，${undoOf(printed)}。`,
		});
	}
	return problems;
}

/** How to put back the page an id's slot prints: 00 → no page; 08 → page: 8; a03 → page: 3 and pageSection: A. */
function undoOf(slot: string): string {
	const was = readPrintedPage(slot);
	if (was === undefined) return '把 page 删去';
	const { page, pageSection } = pageParts(was);
	return pageSection ? `把 page 改回 ${page}、pageSection 改回 ${pageSection}` : `把 page 改回 ${page}`;
}

function pageIdOfItem(id: string): string {
	return id.replace(/-\d+$/, '');
}

/**
 * Addresses the archive gave items that nothing holds now, as when an item's file was deleted by hand. The ingester numbers
 * a page's items 1, 2, 3… and never leaves a number out: an item it removes (merged into another, left out of a corrected
 * text) or moves leaves its old id in the redirects ledger. So a number under a page's highest that is no item's and that
 * the ledger sends nowhere is an address that would stop working. (An item moved alone to another page, `npm run move`,
 * keeps its number there: it says nothing of the numbers under it. One moved with its whole page does.) A page's record
 * that says its last item's number (`lastItem`, by page id) makes that number its highest too, so that its last item
 * deleted by hand is seen as well.
 */
export function vanishedItems(
	ids: Iterable<string>,
	ledger: readonly { from: string; to: string }[],
	lastItems: ReadonlyMap<string, number> = new Map(),
): string[] {
	const retired = new Set(ledger.map((redirect) => redirect.from));
	const movedAlone = new Set(ledger.filter((redirect) => isItemId(redirect.from) && !retired.has(pageIdOfItem(redirect.from))).map((redirect) => redirect.to));
	const orders = new Map<string, { held: Set<number>; highest: number }>();
	for (const id of ids) {
		const page = pageIdOfItem(id);
		const order = Number(id.slice(page.length + 1));
		const numbers = orders.get(page) ?? { held: new Set(), highest: 0 };
		numbers.held.add(order);
		if (!movedAlone.has(id)) numbers.highest = Math.max(numbers.highest, order);
		orders.set(page, numbers);
	}
	const vanished: string[] = [];
	for (const [page, { held, highest }] of orders) {
		for (let order = 1; order <= Math.max(highest, lastItems.get(page) ?? 0); order++) {
			const id = `${page}-${String(order).padStart(2, '0')}`;
			if (!held.has(order) && !retired.has(id)) vanished.push(id);
		}
	}
	return vanished.sort();
}

/**
 * Pages whose record the archive holds while no item of theirs is left and the ledger sends none anywhere: every item's
 * file deleted by hand, the page's only one too, which vanishedItems cannot see (no higher number stands above it). A page
 * whose items were moved or merged away has them in the ledger; a page moved whole, its record too.
 */
export function emptiedPages(pageIds: Iterable<string>, itemIds: Iterable<string>, ledger: readonly { from: string }[]): string[] {
	const holding = new Set([...itemIds].map(pageIdOfItem));
	const redirected = new Set(ledger.map((redirect) => (isItemId(redirect.from) ? pageIdOfItem(redirect.from) : redirect.from)));
	return [...pageIds].filter((page) => !holding.has(page) && !redirected.has(page)).sort();
}

/** Identities held by more than one item: each with the ids that hold it. */
export function sharedIdentities(entries: Iterable<{ id: string; identity?: string }>): [identity: string, ids: string[]][] {
	const holders = new Map<string, string[]>();
	for (const { id, identity } of entries) {
		if (!identity) continue;
		const ids = holders.get(identity) ?? [];
		ids.push(id);
		holders.set(identity, ids);
	}
	return [...holders].filter(([, ids]) => ids.length > 1).map(([identity, ids]) => [identity, ids.sort()]);
}
