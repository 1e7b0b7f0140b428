/**
 * The number each item of a page takes in its address (the 03 of kjrb/2024-07-12/05-03) when the page is ingested again
 * where the archive has it already, and its split changed since (a better parser, a maintainer's split hint):
 * - an item the archive holds (the same identity) keeps its address, whatever its place in print order now;
 * - a new item takes the number of its place in print order where that is free, or else the next number no item and no
 *   old address of the page has had, so that no address once published shows another item;
 * - an archived item no item is any more (merged into another) goes, its address leading to the item that now holds its
 *   first line (`holder`): an address keeps working, and no text is printed twice.
 * The order of reading stays the items' `order`; only the address is kept.
 */

/** An item of the page as the archive holds it. */
export interface ArchivedItem {
	/** Its id: kjrb/2024-07-12/05-03. */
	id: string;
	/** Its identity: the page's, a dash, and the visible characters of the page before its first line (identity.ts). */
	identity: string;
}

export interface SlotPlan {
	/** Per item of the page as ingested now, in print order: the number in its address. */
	slots: number[];
	/** Archived items no item is any more, each with the index (in print order) of the item that now holds its first line. */
	gone: { item: ArchivedItem; holder: number }[];
}

/** The visible characters of the page before an item's first line, from its identity (5f9f1409615a5128~2-3678 → 3678). */
function offsetOf(identity: string): number {
	return Number(identity.slice(identity.lastIndexOf('-') + 1));
}

/**
 * The numbers of the items whose identities are `produced` (in print order) on the page `pageId` (kjrb/2024-07-12/05),
 * given the page's `archived` items there and the ids the redirects ledger already sends elsewhere (`retired`), which no
 * item may take again.
 */
export function assignSlots(produced: readonly string[], archived: readonly ArchivedItem[], pageId: string, retired: ReadonlySet<string>): SlotPlan {
	const slotOf = (id: string) => Number(id.slice(pageId.length + 1));
	const kept = new Map(archived.map((item) => [item.identity, slotOf(item.id)]));
	const producedSet = new Set(produced);
	const orphans = archived.filter((item) => !producedSet.has(item.identity));
	const archivedSlots = new Set(archived.map((item) => slotOf(item.id)));
	const retiredSlots = new Set([...retired].filter((id) => id.startsWith(`${pageId}-`)).map(slotOf));
	const offsets = produced.map(offsetOf);
	const slots: (number | undefined)[] = produced.map((identity) => kept.get(identity));
	const taken = new Set(slots.filter((slot) => slot !== undefined));
	const takenOver = new Set<ArchivedItem>();
	produced.forEach((_, i) => {
		if (slots[i] !== undefined) return;
		const own = i + 1;
		// (An archived item whose first line this one now holds, at the number of its place, is this one read again: a kicker
		// now above its title, say. It takes that address over rather than leaving it to lead elsewhere.)
		const end = offsets[i + 1] ?? Number.POSITIVE_INFINITY;
		const replaced = orphans.find((item) => slotOf(item.id) === own && offsetOf(item.identity) >= offsets[i]! && offsetOf(item.identity) < end);
		if (!taken.has(own) && !retiredSlots.has(own) && (!archivedSlots.has(own) || replaced)) {
			slots[i] = own;
			if (replaced) takenOver.add(replaced);
		} else slots[i] = Math.max(0, ...archivedSlots, ...retiredSlots, ...taken) + 1;
		taken.add(slots[i]!);
	});
	const holderOf = (offset: number) =>
		Math.max(
			0,
			offsets.findLastIndex((start) => start <= offset),
		);
	return {
		slots: slots as number[],
		gone: orphans.filter((item) => !takenOver.has(item)).map((item) => ({ item, holder: holderOf(offsetOf(item.identity)) })),
	};
}
