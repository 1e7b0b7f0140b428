/**
 * Substring search over Pagefind. Pagefind matches words, and Chinese has no spaces between
 * them; its index-time and query-time segmenters also disagree. So the indexer sees a copy of
 * each page in which every character is a word of its own (`司美格鲁肽` → `司 美 格 鲁 肽`), with
 * punctuation and symbols kept as words too (Pagefind's includeCharacters), and every query is
 * sent as an exact phrase of single characters. A run of characters is found exactly where it
 * occurs; matching ignores letter case and whitespace.
 */

const WHITESPACE = /[\s\u3000\u00a0\u2000-\u200b\ufeff]+/gu;
/** Characters Pagefind drops unless told to index them: everything but letters and digits. */
const SYMBOL = /[^\p{L}\p{N}\p{M}\s\u3000\u00a0\u2000-\u200b\ufeff]/gu;

/**
 * Marks the end of each block (paragraph, heading, caption) in the indexed copy. Pagefind keeps
 * it in the text but not as a word, so it takes a place of its own: a phrase never runs from a
 * paragraph into the next, and excerpts can show where a block ended.
 */
export const BLOCK_END = '¶';

/** Every character its own word; whitespace only separates. */
export function toIndexText(text: string): string {
	const characters = [...text.replace(WHITESPACE, '')];
	return characters.length > 0 ? ` ${characters.join(' ')} ` : text;
}

/** The punctuation and symbols in `text`, which Pagefind must be told to index. */
export function symbolsIn(text: string, into: Set<string> = new Set()): Set<string> {
	for (const match of text.matchAll(SYMBOL)) into.add(match[0]);
	return into;
}

/** The text of HTML's character references (&#39;, &amp;…), which stand for characters of the text. */
export function decodeEntities(html: string): string {
	return html.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (entity, hex?: string, dec?: string, name?: string) => {
		if (hex) return String.fromCodePoint(parseInt(hex, 16));
		if (dec) return String.fromCodePoint(Number(dec));
		return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name!.toLowerCase() as 'amp'] ?? entity;
	});
}

/** True when every punctuation mark or symbol of the query occurs somewhere in the archive. */
export function symbolsIndexed(query: string, indexed: Set<string>): boolean {
	return [...symbolsIn(query)].every((symbol) => indexed.has(symbol));
}

/**
 * Turns an excerpt of the single-character copy (HTML with <mark> tags from Pagefind) back into
 * running text: the spaces between characters go, and adjacent highlights join.
 */
export function fromIndexExcerpt(html: string): string {
	return (
		html
			// An ampersand of the text stands alone between spaces; left bare, joined to the characters
			// after it, it would read as a reference (& l t ; → &lt; → <). Pagefind's own references
			// (&lt; for a < of the text) are written whole.
			.replace(/&(?=\s)/g, '&amp;')
			.replace(/\s+/g, '')
			.replace(/<\/mark><mark>/g, '')
			.replaceAll(BLOCK_END, '　')
			.replace(/^　+|　+$/g, '')
	);
}
