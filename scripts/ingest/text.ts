/** Small text helpers for the ingester: trimming, visible characters, brackets, joins. */

/** Whitespace as printed pages use it: ASCII, full-width space (U+3000), NBSP and friends. */
const SPACE = /[\s\u3000\u00a0\u2000-\u200b\ufeff]/u;

/** Removes leading/trailing whitespace, full-width indents (　　) included. */
export function trimLine(line: string): string {
	return line.replace(/^[\s\u3000\u00a0\u2000-\u200b\ufeff]+|[\s\u3000\u00a0\u2000-\u200b\ufeff]+$/gu, '');
}

/** The characters of `text` that carry content: everything but whitespace. */
export function visibleChars(text: string): string {
	let out = '';
	for (const char of text) if (!SPACE.test(char)) out += char;
	return out;
}

/** Full-width digits (１２, as crawlers and older OCR give them) as ASCII digits (12), every character in its place. */
export function asciiDigits(text: string): string {
	return text.replace(/[０-９]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}

/** Number of user-perceived characters (code points), for length limits on headings and titles. */
export function charLength(text: string): number {
	let n = 0;
	for (const _ of text) n++;
	return n;
}

const OPENING_QUOTES = '“‘「『《〈（([【';
const CLOSING_QUOTES = '”’」』》〉）)]】';

/** True when every opening bracket or quote in `text` is closed, in order. */
export function bracketsBalanced(text: string): boolean {
	const stack: string[] = [];
	for (const char of text) {
		const open = OPENING_QUOTES.indexOf(char);
		if (open >= 0) {
			stack.push(CLOSING_QUOTES[open]!);
			continue;
		}
		if (CLOSING_QUOTES.includes(char)) {
			if (stack.pop() !== char) return false;
		}
	}
	return stack.length === 0;
}

/**
 * Joins two halves of a paragraph that a layout column break split. Chinese needs no separator;
 * two Latin words do, and that space is whitespace, not an invented character.
 */
export function joinBrokenParagraph(head: string, tail: string): string {
	const needsSpace = /[A-Za-z]$/.test(head) && /^[A-Za-z]/.test(tail);
	return needsSpace ? `${head} ${tail}` : head + tail;
}
