/**
 * Plain text from the MDX the ingester writes, for places that show an item's words outside
 * its rendered body (the page description). The ingester escapes with backslashes and numeric
 * character references only, so undoing those two gives the printed text back.
 */

/** Undoes the ingester's escapes in one block of MDX. */
export function unescapeMdx(block: string): string {
	// One pass, so that an escaped \& stays a literal & and never starts a reference.
	return block
		.replace(
			/\\([!-/:-@[-`{-~])|&#x([0-9a-f]+);|&#(\d+);/gi,
			(_, escaped?: string, hex?: string, dec?: string) => escaped ?? String.fromCodePoint(hex ? parseInt(hex, 16) : Number(dec)),
		)
		.replace(/\s*\n\s*/g, ' ');
}

/** The paragraphs and headings of an MDX body as plain text, one per entry. */
export function blocksOfMdx(body: string): string[] {
	return body
		.split(/\n{2,}/)
		.map((block) => block.trim())
		.filter(Boolean)
		.map((block) => unescapeMdx(block.replace(/^#{1,6} /, '')));
}

/** The first paragraph of an MDX body, as plain text, cut to `maxLength` characters. */
export function leadText(body: string, maxLength = 120): string | undefined {
	const paragraph = body
		.split(/\n{2,}/)
		.map((block) => block.trim())
		.find((block) => block && !block.startsWith('#'));
	if (!paragraph) return undefined;
	const text = unescapeMdx(paragraph);
	const characters = [...text];
	return characters.length > maxLength ? `${characters.slice(0, maxLength).join('')}…` : text;
}
