/**
 * The identity of a printed page and of its items: what stays the same when the metadata that
 * makes their addresses (paper, date, page number) is corrected. A page is the digest of its text's
 * visible characters (its header line aside, so that adding 第08版：园区 on top does not make it
 * another page; whitespace aside, so that another layout of the same text is the same page); an
 * item is its page and the number of visible characters of the page before the item's first line.
 * The ingester finds a page it has seen by its identity and moves its items instead of copying them. Another page that
 * prints the same text (a full-page advertisement, day after day) is another printing, with an identity of its own
 * (printingIdentity).
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { PageSection } from './page-sections.ts';
import { visibleChars } from './text.ts';

/** A printed page's identity: 16 hex digits of the SHA-256 of its visible characters. */
export function pageIdentity(section: Pick<PageSection, 'text'>): string {
	return createHash('sha256').update(visibleChars(section.text)).digest('hex').slice(0, 16);
}

/** What is known of a page that holds an identity: where it was read from, and where it is. */
export interface IdentityHolder {
	/** The archived page text's path (source.file), if the record gives it. */
	sourceFile?: string;
	paper?: string;
	date?: string;
	page?: number;
}

/** Where a page text is about to go, and the name of the file it was read from. */
export interface Printing {
	fileName: string;
	paper: string;
	date: string;
	/** Undefined where nothing gives the page's number. */
	page?: number;
}

/**
 * Whether the page that holds an identity is `printing` again, to leave in place or to move to corrected metadata: its
 * text archived under the same file's name, or the page at the very place this text goes. A record with no source named
 * is the page it always was. Where one of the two gives no page number (a page first filed as 00, then the same text
 * from a file that names its page), the same paper and date are that place: a page of unknown number is no other page,
 * and taking it for one would file a second copy of every item.
 */
function holdsThisPrinting(holder: IdentityHolder, printing: Printing): boolean {
	if (holder.sourceFile === undefined || basename(holder.sourceFile) === printing.fileName) return true;
	return samePrintedPage(holder, printing);
}

/**
 * Whether two places are one printed page: the same paper and date, and the same number where both give one (a page of
 * unknown number is no other page of its paper and date).
 */
export function samePrintedPage(a: Omit<IdentityHolder, 'sourceFile'>, b: Omit<IdentityHolder, 'sourceFile'>): boolean {
	return a.paper !== undefined && a.paper === b.paper && a.date === b.date && (a.page === undefined || b.page === undefined || a.page === b.page);
}

/**
 * The identity of one printing of a page's text. Two printed pages may carry the same text (a full-page 广告 on many days,
 * a document the web edition gives whole under each page it fills): the first keeps the text's digest, each other one
 * the digest and its printing's number (`~2`, `~3`…). A page that holds an identity is this page again where
 * holdsThisPrinting says so; any other is another printing. `taken`: identities this run gave another page already.
 * `holderOf`: the page that holds an identity in the archive, if any.
 */
export function printingIdentity(
	digest: string,
	printing: Printing,
	taken: ReadonlySet<string>,
	holderOf: (identity: string) => IdentityHolder | undefined,
): string {
	for (let number = 1; ; number++) {
		const identity = number === 1 ? digest : `${digest}~${number}`;
		if (taken.has(identity)) continue;
		const holder = holderOf(identity);
		if (holder === undefined || holdsThisPrinting(holder, printing)) return identity;
	}
}

/**
 * The identities of the items of a page that start at `firstLines` (line numbers of the file):
 * `<page identity>-<visible characters of the page above the item>`; `page`: the page's identity,
 * when the caller has it already.
 */
export function itemIdentities(section: Pick<PageSection, 'text' | 'firstLine'>, firstLines: number[], page = pageIdentity(section)): string[] {
	const lines = section.text.split(/\r\n|\r|\n/);
	// Visible characters above each line of the section, counted once.
	const above: number[] = [0];
	for (const line of lines) above.push(above.at(-1)! + visibleChars(line).length);
	return firstLines.map((line) => `${page}-${above[Math.min(Math.max(line - section.firstLine, 0), lines.length)]}`);
}

/** The page identity an item identity belongs to. */
export function pageOfItemIdentity(identity: string): string {
	const dash = identity.indexOf('-');
	return dash < 0 ? identity : identity.slice(0, dash);
}
