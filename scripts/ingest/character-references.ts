/**
 * Pages a crawler took from a web page's HTML, tags stripped but its character references left as they were written:
 * each paragraph opened by `&nbsp;&nbsp;&nbsp;&nbsp;` or `&emsp;&emsp;`, quotes as `&ldquo;` and `&rdquo;`, dashes as
 * `&mdash;`. Read as text, a page so saved has no indent and its every quote is seven letters. On such a page each
 * reference is read as the character it names (`decode-named-character-reference`, the table micromark reads HTML's
 * names with): the reference is layout, like an indent, its character the parser's text, and the conservation check
 * finds the reference where it stands (layout-marks.ts).
 *
 * Only a page that shows it was saved so is read so: one whose line opens with a space written as a reference, or that
 * writes three typographic characters or more as references. Elsewhere `&lt;` in a text is what the paper printed.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { LayoutMark } from './layout-marks.ts';

/** A character reference, closed by its semicolon: named (&ldquo;), decimal (&#8220;) or hexadecimal (&#x201C;). */
const REFERENCE = /&(?:#(?<decimal>\d{1,7})|#[xX](?<hex>[0-9a-fA-F]{1,6})|(?<name>[A-Za-z][A-Za-z0-9]{1,31}));/gu;
/** A space written as a reference opening a line: the indent of a paragraph an HTML page set so. */
const INDENT_REFERENCE = /^[ \t]*&(?:nbsp|ensp|emsp|thinsp|#160|#12288|#x[aA]0|#x3000);/mu;
/** The typographic characters a web page writes as references: quotes, dashes, an ellipsis, a middle dot, a space. */
const TYPOGRAPHIC = /&(?:[lr][sd]quo|[mn]dash|hellip|middot|nbsp|emsp|ensp|bull|#82(?:1[0-9]|2[0-6])|#8230|#183|#12288);/gu;
/** How many typographic references make a page one saved from HTML with its references left. */
const MIN_TYPOGRAPHIC = 3;

/** Whether a page text was saved from HTML with its character references left undecoded. */
export function keepsCharacterReferences(source: string): boolean {
	if (!source.includes('&')) return false;
	return INDENT_REFERENCE.test(source) || (source.match(TYPOGRAPHIC)?.length ?? 0) >= MIN_TYPOGRAPHIC;
}

/** The character a reference names, or undefined for one that names none (&#0;, &#xD800;, &madeup;). */
function characterOf(groups: Record<string, string | undefined>): string | undefined {
	if (groups.name !== undefined) return decodeNamedCharacterReference(groups.name) || undefined;
	const code = groups.decimal !== undefined ? Number(groups.decimal) : Number.parseInt(groups.hex!, 16);
	const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
	return valid ? String.fromCodePoint(code) : undefined;
}

/** The references of one printed line (1-based `line`), each a mark standing for its character. */
export function referencesOf(printed: string, line: number): LayoutMark[] {
	const marks: LayoutMark[] = [];
	for (const reference of printed.matchAll(REFERENCE)) {
		const character = characterOf(reference.groups!);
		if (character !== undefined) marks.push({ line, at: reference.index, text: reference[0], as: character });
	}
	return marks;
}
