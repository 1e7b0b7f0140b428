/**
 * The identity of a printed page and of its items: what stays the same when the metadata that
 * makes their addresses (paper, date, page number) is corrected. A page is the digest of its text's
 * visible characters (its header line aside, so that adding 第08版：园区 on top does not make it
 * another page; whitespace aside, so that another layout of the same text is the same page); an
 * item is its page and the number of visible characters of the page before the item's first line.
 * The ingester finds a page it has seen by its identity and moves its items instead of copying them.
 */
import { createHash } from 'node:crypto';
import type { PageSection } from './page-sections.ts';
import { visibleChars } from './text.ts';

/** A printed page's identity: 16 hex digits of the SHA-256 of its visible characters. */
export function pageIdentity(section: Pick<PageSection, 'text'>): string {
	return createHash('sha256').update(visibleChars(section.text)).digest('hex').slice(0, 16);
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
