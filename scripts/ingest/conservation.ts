/**
 * The ingester's promise: no character of the source is lost or invented. Every printed line
 * lands in exactly one place (a title, a byline, a body paragraph, a caption, a column name, an
 * editor credit, a page header such as 第03版：要闻), and the visible characters of those places,
 * read in line order, are the source's own. A page cut from a file of several pages is checked
 * against its own lines, numbered as in the file.
 */
import { blankMarks, type LayoutMark } from './layout-marks.ts';
import type { ParsedPage } from './parse-page.ts';
import { visibleChars } from './text.ts';

export interface ConservationReport {
	/** Visible (non-whitespace) characters in the source. */
	sourceChars: number;
	/** Visible characters placed in items and page metadata. */
	keptChars: number;
	/** Where the placed text first differs from the source, when it does. */
	mismatch?: { line: number; expected: string; found: string };
}

/** Text placed somewhere, with the line it was printed on. */
export interface Piece {
	line: number;
	text: string;
}

export interface ConservationOptions {
	/** The number, in its file, of the source's first line (a page cut from a file of several). Default: 1. */
	firstLine?: number;
	/** Lines the page's metadata holds besides editor credits: its header line (第03版：要闻). */
	metadata?: readonly Piece[];
	/**
	 * The layout marks of the page (a character reference, Markdown's # or **: layout-marks.ts), which the parser's text
	 * holds only as a reference's character: each is looked for at its place in its line, and counts as kept there.
	 * Default: none.
	 */
	marks?: readonly LayoutMark[];
}

/**
 * `sourceLines`: the source's lines, as numbered in its file (the first `firstLine`), for where each header line stands.
 */
function placedPieces(page: ParsedPage, metadata: readonly Piece[], sourceLines: ReadonlyMap<number, string>): Piece[] {
	const pieces: Piece[] = [
		...metadata,
		...page.columns.map((c) => ({ line: c.line, text: c.name })),
		...page.credits.map((c) => ({ line: c.line, text: c.text })),
	];
	// (A column's name over an item's header is a piece of its own, as metadata is.)
	const ownLines = new Set([...metadata.map((piece) => piece.line), ...page.columns.map((column) => column.line)]);
	for (const item of page.items) {
		// Header lines sit in order above the body; their own line numbers are not kept, so they are ordered kicker → title →
		// subtitle → byline (or as printed where they differ) and given the lines above the body that hold text, where there
		// are as many, the page's metadata aside (a web page's date line between a title and its byline: web-furniture.ts);
		// else the item's first line.
		const header = item.printedHeader ?? [item.kicker, item.title, item.subtitle, item.byline].filter((t): t is string => Boolean(t));
		const bodyStart = Math.min(item.lines[1] + 1, ...item.body.map((block) => block.lines[0]), ...item.figures.map((figure) => figure.lines[0]));
		const headerLines: number[] = [];
		for (let line = item.lines[0]; line < bodyStart; line++) {
			if (!ownLines.has(line) && visibleChars(sourceLines.get(line) ?? '') !== '') headerLines.push(line);
		}
		const placed = headerLines.length === header.length;
		header.forEach((text, i) => pieces.push({ line: placed ? headerLines[i]! : item.lines[0] + i / 10, text }));
		for (const block of item.body) {
			if (block.type !== 'paragraph' || !block.joins) {
				pieces.push({ line: block.lines[0], text: block.text });
				continue;
			}
			// A paragraph joined across a column break (perhaps across a caption) is checked part by part.
			const starts = [{ line: block.lines[0], at: 0 }, ...block.joins];
			starts.forEach((part, i) => pieces.push({ line: part.line, text: block.text.slice(part.at, starts[i + 1]?.at) }));
		}
		for (const figure of item.figures) pieces.push({ line: figure.lines[0], text: figure.caption + (figure.credit ?? '') });
	}
	return pieces.sort((a, b) => a.line - b.line);
}

/** Compares what the parser placed (and the page's metadata lines) with the source, character by character. */
export function checkConservation(source: string, page: ParsedPage, options: ConservationOptions = {}): ConservationReport {
	const marks = options.marks ?? [];
	// The marks are blanked where they stand, and the rest compared in order; a mark not at its place stays to differ.
	const unmarked = blankMarks(source, marks, options.firstLine);
	const expected = visibleChars(unmarked);
	const firstLine = options.firstLine ?? 1;
	const sourceLines = new Map(unmarked.split(/\r\n|\r|\n/u).map((text, i) => [i + firstLine, text] as const));
	const pieces = placedPieces(page, options.metadata ?? [], sourceLines);
	const found = pieces.map((p) => visibleChars(p.text)).join('');
	const sourceChars = [...visibleChars(source)].length;
	const report: ConservationReport = { sourceChars, keptChars: [...found].length + sourceChars - [...expected].length };
	if (expected === found) return report;

	let at = 0;
	while (at < expected.length && expected[at] === found[at]) at++;
	const line = lineOfVisibleChar(unmarked, at) + (options.firstLine ?? 1) - 1;
	report.mismatch = { line, expected: expected.slice(at, at + 20), found: found.slice(at, at + 20) };
	return report;
}

function lineOfVisibleChar(source: string, index: number): number {
	let seen = 0;
	let line = 1;
	let previous = '';
	for (const char of source) {
		// Lines end as the parser splits them (line-kinds.ts): \r\n, \n or a lone \r.
		if (char === '\n' ? previous !== '\r' : char === '\r') line++;
		previous = char;
		if (char === '\n' || char === '\r') continue;
		else if (visibleChars(char)) {
			if (seen === index) return line;
			seen += char.length;
		}
	}
	return line;
}
