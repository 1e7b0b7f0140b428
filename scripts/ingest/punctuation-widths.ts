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

/** Chinese text beside a mark: a Han character, or Chinese punctuation (、。“”《》…——, and the full-width forms). */
const CHINESE = /[\p{Script=Han}\u3000-\u303f\u2018\u2019\u201c\u201d\u2026\u2014\uff01-\uff5e]/u;

/** A page's reading with the half-width marks it read as full-width, and how to give them back. */
export interface PunctuationReading {
	/** The page as the parser reads it: line for line, and as many UTF-16 units on each. */
	text: string;
	/** Each full-width form the reading put in, with the half-width mark the page prints. */
	printedAs: ReadonlyMap<string, string>;
}

/**
 * How the parser reads a page whose Chinese punctuation is half-width, or undefined for a page that has none to read
 * so (every page printed full-width).
 */
export function readHalfWidthPunctuation(source: string): PunctuationReading | undefined {
	const readable = new Set([...FULL_WIDTH_OF].filter(([, full]) => !source.includes(full)).map(([half]) => half));
	const dotsReadable = !source.includes(ELLIPSIS);
	if (readable.size === 0 && !dotsReadable) return undefined;
	const printedAs = new Map<string, string>();
	const lines = source.split('\n').map((printed) => {
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
	return printedAs.size === 0 ? undefined : { text: lines.join('\n'), printedAs };
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
	const printed = (text: string) => text.replace(pattern, (full) => reading.printedAs.get(full)!);
	return {
		...page,
		items: withStringsMapped(page.items, printed),
		columns: withStringsMapped(page.columns, printed),
		credits: withStringsMapped(page.credits, printed),
	};
}
