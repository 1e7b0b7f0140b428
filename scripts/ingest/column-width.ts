/**
 * The width of a page's printed column, read off the pieces of its paragraphs that column breaks cut.
 * A piece between two column breaks is whole column lines, so its length is a multiple of the
 * column's width (a mark or two hanging past it, as print lets them): where a page without indents
 * cuts its paragraphs so, a line of another length is no such piece but a whole line, a heading set
 * as text (创新投资回报机制，让民营资本“进得来、能赚钱”).
 */
import { isUnterminated, type Line } from './line-kinds.ts';

/** Printed columns this narrow or wide are the only ones read as a column's width. */
const MIN_WIDTH = 10;
const MAX_WIDTH = 30;
/** The fewest cut pieces a page needs before their lengths say anything. */
const MIN_PIECES = 6;
/** The share of its cut pieces that must be whole column lines for a width to be the page's. */
const WHOLE_LINES_SHARE = 0.9;
/** Characters a piece may run past whole column lines: marks kept from starting the next line hang at its end. */
const MAX_OVERHANG = 3;

/** A line's length, counting each character, or counting Latin letters and digits as half a Han character, as print sets them. */
export type Measure = (text: string) => number;
export const CHARACTERS: Measure = (text) => [...text].length;
export const PRINTED: Measure = (text) => [...text].reduce((width, char) => width + (/[\x21-\x7e]/u.test(char) ? 0.5 : 1), 0);

export interface ColumnWidth {
	width: number;
	measure: Measure;
}

/**
 * The column's width on a page whose paragraphs column breaks cut, if its pieces show one: the widest
 * that nine in ten of its unfinished lines of running text run a whole number of lines of.
 */
export function columnWidth(lines: readonly Line[]): ColumnWidth | undefined {
	const unfinished = lines.filter((line) => line.kind === 'body' && !line.indented && isUnterminated(line.text));
	for (const measure of [CHARACTERS, PRINTED])
		for (let width = MAX_WIDTH; width >= MIN_WIDTH; width--) {
			// A line shorter than one column line is no piece a break cut but whole (a caption, a name, a heading): it says nothing of the width.
			const pieces = unfinished.filter((line) => measure(line.text) >= width);
			if (pieces.length < MIN_PIECES) continue;
			const whole = pieces.filter((line) => runsWholeLines(line, { width, measure })).length;
			if (whole >= pieces.length * WHOLE_LINES_SHARE) return { width, measure };
		}
	return undefined;
}

/**
 * Whether the line runs a whole number of column lines, a mark or a few past them: a piece a column break may have cut.
 * (Counted with and without the spaces after it: a break that fell on a space leaves it at the piece's end, and some
 * exports end every line with one.)
 */
export function runsWholeLines(line: Pick<Line, 'text' | 'trailingSpaces'>, column: ColumnWidth): boolean {
	return [line.text, line.text + line.trailingSpaces].some((text) => {
		const length = column.measure(text);
		return length >= column.width && length % column.width <= MAX_OVERHANG;
	});
}
