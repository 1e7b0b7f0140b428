/**
 * Pages OCR gave with a space between Chinese characters. Tesseract's Chinese models (tessdata_best's chi_sim, and
 * tesseract.js and the text layer ocrmypdf writes, which read with them) set a space between every two words they
 * recognize, and a word of Chinese is a character or two (tesseract-ocr/tesseract#991, #4031):
 * `财 联 社 3 月 17 日 电 ， 华 为 总 裁`. Read as text, such a page has no title a reader knows, no name the byline
 * reader knows, and search finds no word in it. On a page that shows it was read so, each space OCR set next to a
 * Chinese character is layout, like an indent: out of the parser's text, kept in the archived source, and found at
 * its place by the conservation check (layout-marks.ts).
 *
 * A page shows it when a space stands between two Han characters at one place in four or more where two meet, at
 * eight places or more: a printed page spaces out a short title or a name at most (新 闻 速 递, 崔  佳).
 */
import type { LayoutMark } from './layout-marks.ts';

/** Two Han characters with one space between them, or none (the space captured): how often OCR spaced a page's words. */
const HAN_PAIR = /\p{Script=Han}(?=( ?)\p{Script=Han})/gu;
/** How many spaced pairs of Han characters, at fewest, show a page OCR spaced. */
const MIN_SPACED = 8;
/** The share of spaced pairs among all pairs of Han characters, at least, that shows it (a quarter). */
const MIN_SPACED_SHARE = 0.25;
/** A run of spaces: OCR's where it is one space inside a line next to a character that is not ASCII (ocrSpacesOf). */
const SPACES = / +/gu;
/** ASCII: a space between two such characters is a Latin text's own. */
const ASCII = /^[\x00-\x7f]$/u;

/** Whether a page text is one OCR gave with a space between its Chinese characters. */
export function spacesCharacters(source: string): boolean {
	let spaced = 0;
	let pairs = 0;
	for (const pair of source.matchAll(HAN_PAIR)) {
		pairs++;
		if (pair[1]) spaced++;
	}
	return spaced >= MIN_SPACED && spaced >= pairs * MIN_SPACED_SHARE;
}

/**
 * The spaces OCR set in one printed line (1-based `line`), each a mark the parser reads as nothing: one space with a
 * character that is not ASCII on one side or both. A run of two spaces or more is a gap the tool kept (between a
 * byline's names), spaces opening or closing a line are an indent or nothing, and Latin words keep their spaces.
 */
export function ocrSpacesOf(printed: string, line: number): LayoutMark[] {
	const marks: LayoutMark[] = [];
	for (const run of printed.matchAll(SPACES)) {
		const before = printed[run.index - 1];
		const after = printed[run.index + 1];
		if (run[0].length !== 1 || before === undefined || after === undefined) continue;
		if (ASCII.test(before) && ASCII.test(after)) continue;
		if (/\s/u.test(before) || /\s/u.test(after)) continue;
		marks.push({ line, at: run.index, text: ' ' });
	}
	return marks;
}
