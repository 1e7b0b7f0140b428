/**
 * Plain text from the MDX the ingester writes, for places that show an item's words outside
 * its rendered body (the page description). The ingester escapes with backslashes and numeric
 * character references only, so undoing those two gives the printed text back.
 */

/** A character by its number; one past Unicode's last (&#x110000;) is shown as U+FFFD, as a browser does. */
function codePoint(value: number): string {
	return value <= 0x10ffff ? String.fromCodePoint(value) : '\uFFFD';
}

/** Undoes the ingester's escapes in one block of MDX. */
export function unescapeMdx(block: string): string {
	// One pass, so that an escaped \& stays a literal & and never starts a reference.
	return block
		.replace(
			/\\([!-/:-@[-`{-~])|&#x([0-9a-f]+);|&#(\d+);/gi,
			(_, escaped?: string, hex?: string, dec?: string) => escaped ?? codePoint(hex ? parseInt(hex, 16) : Number(dec)),
		)
		.replace(/\s*\n\s*/g, ' ');
}

/**
 * The blocks of an MDX body that hold printed text: the editors' components (<Correction>…
 * </Correction>, <Photo … />) left out, however many blocks they span. The ingester escapes every
 * < of the text, so a block that opens with one opens a component.
 */
function printedBlocks(body: string): string[] {
	const blocks: string[] = [];
	let open: string | undefined;
	const closes = (block: string, name: string) => new RegExp(`</${name}\\s*>$`).test(block);
	for (const block of body.split(/(?:\r?\n){2,}/).map((part) => part.trim())) {
		if (!block) continue;
		if (open) {
			if (closes(block, open)) open = undefined;
			continue;
		}
		const name = /^<([A-Za-z][\w.]*)/.exec(block)?.[1];
		if (name) {
			// A self-closing component may have text right under it, on the next line.
			const selfClosing = /^<[^>]*\/>/.exec(block);
			if (selfClosing) {
				const rest = block.slice(selfClosing[0].length).trim();
				if (rest) blocks.push(rest);
			} else if (!closes(block, name)) open = name;
			continue;
		}
		blocks.push(block);
	}
	return blocks;
}

/** The paragraphs and headings of an MDX body as plain text, one per entry. */
export function blocksOfMdx(body: string): string[] {
	return printedBlocks(body).map((block) => unescapeMdx(block.replace(/^#{1,6} /, '')));
}

/** The first paragraph of an MDX body, as plain text, cut to `maxLength` characters. */
export function leadText(body: string, maxLength = 120): string | undefined {
	const paragraph = printedBlocks(body).find((block) => !block.startsWith('#'));
	if (!paragraph) return undefined;
	const text = unescapeMdx(paragraph);
	const characters = [...text];
	return characters.length > maxLength ? `${characters.slice(0, maxLength).join('')}…` : text;
}
