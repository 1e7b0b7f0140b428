/**
 * Marks in a printed line that are layout, not the page's text: the character references of a page saved from HTML
 * (character-references.ts), the marks of a page saved as Markdown (markdown-marks.ts), the spaces OCR set between
 * Chinese characters (ocr-spaces.ts) and a site's mark after a title that its article has pictures (picture-markers.ts).
 * Each is read off its line before the page is parsed, the parser reading the line without it (or with the character a reference names in its
 * place), and the conservation check finds each where it stands in the printed line.
 */
import { keepsCharacterReferences, referencesOf } from './character-references.ts';
import { isLabelled, labelledLineReader, labelledLines, type LabelledLine } from './field-labels.ts';
import { isMarkdown, readMarkdownLine, type MarkdownLines } from './markdown-marks.ts';
import { ocrSpacesOf, spacesCharacters } from './ocr-spaces.ts';
import { pictureMarkerOf } from './picture-markers.ts';
import { visibleChars } from './text.ts';

/** A mark in a printed line: layout, not the page's text. */
export interface LayoutMark {
	/** 1-based line of the file. */
	line: number;
	/** Where in the printed line the mark starts (UTF-16 units). */
	at: number;
	/** The mark as printed (`## `, `**`, `&ldquo;`, a space OCR set). */
	text: string;
	/** What the parser reads in its place: a reference's character. Default: nothing. */
	as?: string;
}

/** The layout marks of a page text, and what a page saved as Markdown marks. */
export interface LayoutReading {
	/** The text as the parser reads it, line for line (line ends kept). */
	text: string;
	marks: LayoutMark[];
	/**
	 * For a page saved as Markdown, the lines its marks set as headings, in bold, or as markup alone; for a page that labels
	 * its fields (field-labels.ts), its labelled titles, kickers and subtitles as Markdown would mark them.
	 */
	markdown?: MarkdownLines;
	/** Whether the page labels its fields (标题：…, 正文：), `markdown` holding what the labels say. */
	labelled?: true;
	/** Whether the page is one OCR gave with a space between its Chinese characters, each such space a mark. */
	ocrSpaces?: true;
	/** Whether titles on the page end with a site's mark that the article has pictures (（图）: picture-markers.ts), each a mark. */
	pictureMarkers?: true;
}

/** The printed line with its marks taken out, each reference's character in its place. */
export function withoutMarks(printed: string, marks: readonly LayoutMark[]): string {
	let text = '';
	let from = 0;
	for (const mark of [...marks].sort((a, b) => a.at - b.at)) {
		text += printed.slice(from, mark.at) + (mark.as ?? '');
		from = mark.at + mark.text.length;
	}
	return text + printed.slice(from);
}

/**
 * The layout marks of a page text, or undefined for a page that has none to read (neither saved from HTML with its
 * references left, nor Markdown, nor spaced by OCR, nor copied with a site's picture marks after its titles). A page saved
 * as Markdown is read so after its references, its marks placed on the printed line (a mark that holds a reference, a
 * link's address with &amp; in it, holds it as printed). Only a page that is neither is read for OCR's spaces: Markdown's
 * marks are spaced by their own rules. Any page is read for the picture marks at its titles' ends.
 */
export function readLayoutMarks(source: string): LayoutReading | undefined {
	return withPictureMarkers(source, readPageMarks(source));
}

/**
 * The reading with the picture mark at the end of each title's line taken out (picture-markers.ts), or the reading as it
 * was where no line has one. The mark is looked for on the printed line and taken off the end of the line as read.
 */
function withPictureMarkers(source: string, reading: LayoutReading | undefined): LayoutReading | undefined {
	const printed = source.split(/\r\n|\r|\n/u);
	const parts = (reading?.text ?? source).split(/(\r\n|\r|\n)/u);
	const found: LayoutMark[] = [];
	for (let i = 0; i < parts.length; i += 2) {
		const mark = pictureMarkerOf(printed[i / 2] ?? '', i / 2 + 1);
		const read = parts[i]!;
		const end = read.trimEnd().length;
		if (!mark || !read.slice(0, end).endsWith(mark.text)) continue;
		parts[i] = read.slice(0, end - mark.text.length) + read.slice(end);
		found.push(mark);
	}
	if (found.length === 0) return reading;
	const base = reading ?? { text: source, marks: [] };
	const marks = [...base.marks, ...found].sort((a, b) => a.line - b.line || a.at - b.at);
	return { ...base, text: parts.join(''), marks, pictureMarkers: true };
}

function readPageMarks(source: string): LayoutReading | undefined {
	const references = keepsCharacterReferences(source);
	const parts = source.split(/(\r\n|\r|\n)/u);
	const lines = parts.filter((_, i) => i % 2 === 0);
	const lineReferences = lines.map((printed, i) => (references ? referencesOf(printed, i + 1) : []));
	const decoded = references ? lines.map((printed, i) => withoutMarks(printed, lineReferences[i]!)) : lines;
	const decodedSource = references ? decoded.join('\n') : source;
	const markdown = isMarkdown(decodedSource);
	// (Labels are read on a page that is no Markdown: Markdown marks its fields itself.)
	const labelled = !markdown && isLabelled(decodedSource);
	if (!references && !markdown && !labelled) return readOcrSpaces(source, parts);
	const reading: LayoutReading = { text: '', marks: [] };
	if (markdown) reading.markdown = { levels: new Map(), bold: new Set(), markupLines: new Set() };
	const readLabelled = labelled ? labelledLineReader() : undefined;
	if (labelled) {
		reading.markdown = labelledLines();
		reading.labelled = true;
	}
	lines.forEach((printed, i) => {
		const line = i + 1;
		let own = lineReferences[i]!;
		let text = decoded[i]!;
		if (markdown || labelled) {
			const read: LabelledLine & { bold?: boolean } = markdown ? readMarkdownLine(text, line) : readLabelled!(text, line);
			text = withoutMarks(text, read.marks);
			const at = printedOffsets(printed, own);
			const placed = read.marks.map((mark) => ({ ...mark, at: at(mark.at), text: printed.slice(at(mark.at), at(mark.at + mark.text.length)) }));
			own = [...own.filter((reference) => !placed.some((mark) => reference.at >= mark.at && reference.at < mark.at + mark.text.length)), ...placed];
			if (read.level !== undefined) reading.markdown!.levels.set(line, read.level);
			if (read.bold) reading.markdown!.bold.add(line);
			if (read.markup) reading.markdown!.markupLines.add(line);
			if (read.field) reading.markdown!.fields?.set(line, read.field);
			if (read.link !== undefined) reading.markdown!.links?.set(line, read.link);
			if (read.date !== undefined) reading.markdown!.dates?.set(line, read.date);
		}
		reading.text += text + (parts[i * 2 + 1] ?? '');
		reading.marks.push(...own.sort((a, b) => a.at - b.at));
	});
	return reading;
}

/** The spaces of a page OCR gave with a space between its Chinese characters, or undefined for a page that has none. */
function readOcrSpaces(source: string, parts: readonly string[]): LayoutReading | undefined {
	if (!spacesCharacters(source)) return undefined;
	const reading: LayoutReading = { text: '', marks: [], ocrSpaces: true };
	for (let i = 0; i < parts.length; i += 2) {
		const marks = ocrSpacesOf(parts[i]!, i / 2 + 1);
		reading.text += withoutMarks(parts[i]!, marks) + (parts[i + 1] ?? '');
		reading.marks.push(...marks);
	}
	return reading;
}

/** Where an offset in a line read with its references decoded stands in the line as printed. */
function printedOffsets(printed: string, references: readonly LayoutMark[]): (at: number) => number {
	return (at) => {
		let shift = 0;
		for (const reference of references) {
			const decodedAt = reference.at - shift;
			if (decodedAt >= at) break;
			shift += reference.text.length - (reference.as ?? '').length;
		}
		return at + shift;
	};
}

/**
 * The printed text with each mark blanked where it stands (a reference's character and spaces in its place, so that
 * lines and every other character keep their place): what the conservation check compares with the parser's text. A
 * mark not found at its place is left as printed, for the check to report.
 */
export function blankMarks(printed: string, marks: readonly LayoutMark[], firstLine = 1): string {
	if (marks.length === 0) return printed;
	const parts = printed.split(/(\r\n|\r|\n)/u);
	for (const mark of marks) {
		const index = (mark.line - firstLine) * 2;
		const text = parts[index];
		if (text === undefined || text.slice(mark.at, mark.at + mark.text.length) !== mark.text) continue;
		parts[index] = text.slice(0, mark.at) + (mark.as ?? '').padEnd(mark.text.length, ' ') + text.slice(mark.at + mark.text.length);
	}
	return parts.join('');
}

/** The visible characters marks take in the printed text beyond what the parser reads in their place. */
export function markCharacters(marks: readonly LayoutMark[]): number {
	return marks.reduce((count, mark) => count + [...visibleChars(mark.text)].length - [...visibleChars(mark.as ?? '')].length, 0);
}
