/**
 * An item's address is its path, made from its paper, date and page when it was written; its
 * frontmatter may be edited since. Where they disagree (date: or page: changed by hand), the site
 * would show one thing at an address that says another, so the build stops and names the command
 * that moves the item, which keeps the old address working. Two items with one identity are two
 * copies of one printed item: the build stops too.
 */
import { pageNumber } from '../archive/urls.ts';
import type { ItemFrontmatter } from '../schemas/item.ts';

/** A disagreement, with the frontmatter field it is about. */
export interface AddressProblem {
	/** The frontmatter field, or the file's path itself. */
	field: 'date' | 'page' | 'path';
	message: string;
}

/** The shape of every item's path under the items folder: <paper slug>/<date>/<page>-<order>. */
const ITEM_ID = /^[a-z0-9][a-z0-9-]*\/\d{4}-\d{2}-\d{2}\/\d{2}[a-z]?-\d{2,}$/;

/** What the frontmatter says that the address (kjrb/2024-07-12/00-01) does not; and an address that is no item's. */
export function addressProblems(id: string, data: Pick<ItemFrontmatter, 'date' | 'page'>): AddressProblem[] {
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
	const printed = slot?.slice(0, 2);
	if (printed !== undefined && printed !== pageNumber(data.page)) {
		const fix =
			data.page === undefined ? '版次未知的稿件须在 00 版' : `npm run move -- ${pageIdOfItem(id)} --page ${data.page}（稿件移到新网址，旧网址自动跳转）`;
		problems.push({
			field: 'page',
			message: `page 是 ${data.page ?? '（未知）'}，而网址 ${id} 里的版次是 ${printed}。要改版次，运行 ${fix}；若是误改，把 page ${printed === '00' ? '删去' : `改回 ${Number(printed)}`}。`,
		});
	}
	return problems;
}

function pageIdOfItem(id: string): string {
	return id.replace(/-\d+$/, '');
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
