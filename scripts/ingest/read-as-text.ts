/**
 * The text the parser reads of a page text where it is not the file's own lines: a page saved as HTML, read through its
 * text a block to a line (html-pages.ts), and a page whose paragraphs a crawler ran together on its lines, each line parted
 * at the indents inside it (inline-indents.ts). The file is what the archive keeps; each line of the text read comes from a
 * line of the file, where the maintainer is sent to look (`lines`): in every message, the outline and each item's
 * `source.lines`.
 */
import { htmlPageText, isHtmlPage } from './html-pages.ts';
import { partedRuns, runsTogether } from './inline-indents.ts';
import { unmarkedLines } from './markdown-marks.ts';
import { linesOf } from './page-sections.ts';
import { parsePage } from './parse-page.ts';

/** The text read of a page text, and where each of its lines stands in the file. */
export interface TextRead {
	/** The text, line for line as the parser reads it. */
	text: string;
	/** For each line of `text` (0-based), the 1-based line of the file it comes from. */
	lines: number[];
	/** How the page was read so, for the outline (按网页（HTML）的段落和标题, 连排的段落按缩进分开). */
	readAs: string[];
}

/** The text read of a page text, or undefined where the parser reads the file's own lines. */
export function readAsText(source: string): TextRead | undefined {
	const html = isHtmlPage(source) ? htmlPageText(source) : undefined;
	const text = html?.text ?? source;
	// (Parted where the page as parsed runs them together too, in two items or more: not one article the source holds so.
	// A page saved as HTML is parsed for that with its headings' marks aside.)
	const runs = partedRuns(text);
	const parsed = runs && parsePage(html ? unmarkedLines(linesOf(text)).join('\n') : text, { keepRuns: true });
	const parted = parsed && runsTogether(parsed) ? runs : undefined;
	if (!html && !parted) return undefined;
	const readAs = [...(html ? ['按网页（HTML）的段落和标题'] : []), ...(parted ? ['连排的段落按缩进分开'] : [])];
	if (!parted) return { ...html!, readAs };
	return { text: parted.text, lines: html ? parted.lines.map((line) => html.lines[line - 1]!) : parted.lines, readAs };
}

/** The line of the file that a line of the text read (1-based) comes from. */
export function fileLine(read: Pick<TextRead, 'lines'>, line: number): number {
	return read.lines[line - 1] ?? read.lines.at(-1) ?? 1;
}

/**
 * The line of the text read (1-based) of the first that comes from a line of the file (as a split hint names it), or
 * undefined where none does.
 */
export function firstLineReadFrom(read: Pick<TextRead, 'lines'>, line: number): number | undefined {
	const at = read.lines.indexOf(line);
	return at < 0 ? undefined : at + 1;
}
