/**
 * Pages whose Chinese punctuation was made half-width on the way: text pipelines often turn full-width forms into ASCII
 * (全角转半角, or Unicode's NFKC), so that a page reads 溯源:在数字时代…, 这项任务为何摆在首位?, 陶维明摄(影像中国), and
 * 超百万次...... for 超百万次…… (NFKC writes an ellipsis as three dots). The parser's rules read these marks as the paper
 * prints them, full-width; so such a page is parsed as though each of them were printed full-width, and every string of
 * what it returns is given its marks back as the page printed them. The text is never changed: only the parser's reading.
 *
 * A mark is read full-width only where it stands by Chinese text (a Han character or Chinese punctuation on either side):
 * 10:30, 1,000, 3.14 and http:// stay as they are. A bracket is read so with every bracket of its line, so that a pair is
 * never read half one way. Dots are read as an ellipsis three or more at a time, by Chinese text or alone on their line
 * (a line of dots marks text left out), each dot one ellipsis, so that a line keeps its length. And a mark is read so only
 * on a page that prints none of its full-width form: giving the marks back then turns every full-width one in what the
 * parser returns into the half-width one it was read from, and nothing else.
 */
import { withStringsMapped } from './objects.ts';
import type { ParsedPage } from './parse-page.ts';

/** Each half-width mark with the full-width form the paper prints. */
const FULL_WIDTH_OF: ReadonlyMap<string, string> = new Map([
	[',', '，'],
	[':', '：'],
	[';', '；'],
	['?', '？'],
	['!', '！'],
	['(', '（'],
	[')', '）'],
]);

/** The brackets, read full-width with every other bracket of their line. */
const BRACKETS: ReadonlySet<string> = new Set(['(', ')']);

const ELLIPSIS = '…';
/** Dots that may stand for an ellipsis: three or more. */
const DOTS = /\.{3,}/gu;

const EM_DASH = '—';
const DASH = EM_DASH + EM_DASH;
/**
 * The dash (——) as pipelines and OCR set it on a page that prints none (a single — between two dates or words it may
 * print): two hyphens (a keyboard's, or NFKC's of two full-width ones), two full-width hyphens, or 一一, as OCR reads the
 * dash. Hyphens are read so by Chinese text, as the other marks are; 一一 only where a dash opens a line (一一访…) or
 * closes one (…谌强一一), since 一一 inside a line is a word (一一对应). Each form is two characters, as the dash is, so
 * that a line keeps its length.
 */
const DASH_FORMS: readonly { form: string; at: RegExp; byChinese: boolean }[] = [
	{ form: '--', at: /(?<!-)--(?!-)/gu, byChinese: true },
	{ form: '－－', at: /(?<!－)－－(?!－)/gu, byChinese: true },
	{ form: '一一', at: /(?<=^[\s\u3000]*)一一(?=[\p{Script=Han}“《（])|(?<=[\p{Script=Han}”》）])一一(?=[\s\u3000]*$)/gu, byChinese: false },
];

/** Chinese text beside a mark: a Han character, or Chinese punctuation (、。“”《》…——, and the full-width forms). */
const CHINESE = /[\p{Script=Han}\u3000-\u303f\u2018\u2019\u201c\u201d\u2026\u2014\uff01-\uff5e]/u;

/** A page's reading with the half-width marks it read as full-width, and how to give them back. */
export interface PunctuationReading {
	/** The page as the parser reads it: line for line, and as many UTF-16 units on each. */
	text: string;
	/** Each full-width form the reading put in, with the half-width mark the page prints. */
	printedAs: ReadonlyMap<string, string>;
	/** The form the page prints the dash in, where the reading put in the dash (——) for it. */
	dashPrintedAs?: string;
}

/**
 * How the parser reads a page whose Chinese punctuation is half-width, or undefined for a page that has none to read
 * so (every page printed full-width).
 */
export function readHalfWidthPunctuation(source: string): PunctuationReading | undefined {
	const readable = new Set([...FULL_WIDTH_OF].filter(([, full]) => !source.includes(full)).map(([half]) => half));
	const dotsReadable = !source.includes(ELLIPSIS);
	const sourceLines = source.split('\n');
	// (One form of the dash a page: the first that it prints where a dash stands, read so everywhere it does.)
	const dash = source.includes(DASH) ? undefined : DASH_FORMS.find((form) => sourceLines.some((line) => dashesIn(line, form).length > 0));
	if (readable.size === 0 && !dotsReadable && dash === undefined) return undefined;
	const printedAs = new Map<string, string>();
	const lines = sourceLines.map((raw) => {
		const printed = dash === undefined ? raw : withDashes(raw, dash);
		const line = dotsReadable
			? printed.replace(DOTS, (dots, at: number) => {
					const alone = printed.trim() === dots;
					if (!alone && !byChinese(printed[at - 1], printed[at + dots.length])) return dots;
					printedAs.set(ELLIPSIS, '.');
					return ELLIPSIS.repeat(dots.length);
				})
			: printed;
		const marks = [...line].map((char, at, chars) => ({ char, byChinese: byChinese(chars[at - 1], chars[at + 1]) }));
		const bracketsByChinese = marks.some(({ char, byChinese }) => BRACKETS.has(char) && readable.has(char) && byChinese);
		return marks
			.map(({ char, byChinese }) => {
				if (!readable.has(char) || !(BRACKETS.has(char) ? bracketsByChinese : byChinese)) return char;
				const full = FULL_WIDTH_OF.get(char)!;
				printedAs.set(full, char);
				return full;
			})
			.join('');
	});
	const dashed = dash !== undefined && lines.some((line) => line.includes(DASH));
	if (printedAs.size === 0 && !dashed) return undefined;
	return { text: lines.join('\n'), printedAs, ...(dashed ? { dashPrintedAs: dash.form } : {}) };
}

/** Where the line prints the dash in `dash`'s form, by the offset of each. */
function dashesIn(line: string, dash: (typeof DASH_FORMS)[number]): number[] {
	return [...line.matchAll(dash.at)].filter((match) => !dash.byChinese || byChinese(line[match.index - 1], line[match.index + 2])).map((match) => match.index);
}

/** The line with each dash it prints in `dash`'s form read as the dash. */
function withDashes(line: string, dash: (typeof DASH_FORMS)[number]): string {
	let read = line;
	for (const at of dashesIn(line, dash)) read = read.slice(0, at) + DASH + read.slice(at + 2);
	return read;
}

/** Whether a mark stands by Chinese text, given the characters before and after it. */
function byChinese(before: string | undefined, after: string | undefined): boolean {
	return CHINESE.test(before ?? '') || CHINESE.test(after ?? '');
}

/**
 * What the parser returned for a page read so, with the page's own marks in every string of its items, columns and
 * credits. (The places to check keep the reading: their words are the parser's, with its own full-width punctuation.)
 */
export function withPrintedPunctuation(page: ParsedPage, reading: PunctuationReading): ParsedPage {
	const pattern = new RegExp(`[${[...reading.printedAs.keys()].join('')}]`, 'gu');
	// (The dash first, as a pair: a single — is the page's own.)
	const dashed = (text: string) => (reading.dashPrintedAs === undefined ? text : text.replaceAll(DASH, reading.dashPrintedAs));
	const printed = (text: string) => dashed(text).replace(pattern, (full) => reading.printedAs.get(full)!);
	return {
		...page,
		items: withStringsMapped(page.items, printed),
		columns: withStringsMapped(page.columns, printed),
		credits: withStringsMapped(page.credits, printed),
	};
}
