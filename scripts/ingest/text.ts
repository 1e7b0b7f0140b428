/** Small text helpers for the ingester: trimming, visible characters, brackets, joins. */

/**
 * Whitespace as printed pages use it: ASCII, full-width space (U+3000), NBSP and friends, and the
 * characters that take no room at all (zero-width space and joiners, direction marks, word joiner,
 * a BOM in mid-file), which web pages and copy-paste leave before a line.
 */
const BLANK = String.raw`\s\u3000\u00a0\u2000-\u200f\u2060-\u2064\ufeff`;
const SPACE = new RegExp(`[${BLANK}]`, 'u');
const EDGES = new RegExp(`^[${BLANK}]+|[${BLANK}]+$`, 'gu');

/** Removes leading/trailing whitespace, full-width indents (　　) and invisible marks included. */
export function trimLine(line: string): string {
	return line.replace(EDGES, '');
}

/**
 * Marks that take no room and carry nothing (zero-width space and non-joiner, direction marks, word
 * joiner, BOM), which web pages and copy-paste leave inside text: one inside a word would hide the
 * word from search. (The zero-width joiner stays: it holds an emoji together.)
 */
const INVISIBLE_MARKS = /[\u200b\u200c\u200e\u200f\u2060-\u2064\ufeff]/gu;

/** A line as printed: trimmed, with no invisible marks inside it. */
export function printedText(line: string): string {
	return trimLine(line).replace(INVISIBLE_MARKS, '');
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

/** Whether `text` opens more round brackets than it closes: a note it has not finished ((本报记者吴丹、人民网). */
export function leavesBracketOpen(text: string): boolean {
	return (text.match(/[（(]/gu)?.length ?? 0) > (text.match(/[）)]/gu)?.length ?? 0);
}

const OPENING_QUOTES = '“‘「『《〈（([【';
const CLOSING_QUOTES = '”’」』》〉）)]】';
/** A closing bracket and the one of the other width it may close for: a title set （…) where the web edition mixed them. */
const PAIRED_WIDTHS: Readonly<Record<string, string>> = { ')': '）', '）': ')' };
/** Every mark scanQuotes reads: the opening and closing ones, and the straight quote that may close a curly one. */
const QUOTE_MARK = new RegExp(`[${`${OPENING_QUOTES}${CLOSING_QUOTES}"`.replace(/[\\\]\[^-]/gu, '\\$&')}]`, 'gu');

/**
 * The brackets and quotes `text` leaves open (their closing marks, innermost last), and whether it closes one it never
 * opened. (A straight quote closes a curly one, as a typesetting slip prints it: （迈向“十五五"的创新图景）; so does a bracket
 * of the other width: 在民宿体验年味儿（新春新年俗).)
 */
function scanQuotes(text: string): { open: string[]; strayClose: boolean } {
	const open: string[] = [];
	let strayClose = false;
	// (Only the marks themselves change what is open: the regular expression skips the rest at native speed. A batch import
	// asks this of every line many times over, and walking each line character by character took a tenth of its time.)
	for (const [char] of text.matchAll(QUOTE_MARK)) {
		const opening = OPENING_QUOTES.indexOf(char);
		if (opening >= 0) open.push(CLOSING_QUOTES[opening]!);
		else if (char === open.at(-1) || (char === '"' && open.at(-1) === '”') || (PAIRED_WIDTHS[char] !== undefined && PAIRED_WIDTHS[char] === open.at(-1)))
			open.pop();
		else if (CLOSING_QUOTES.includes(char)) strayClose = true;
	}
	return { open, strayClose };
}

/** True when every opening bracket or quote in `text` is closed, in order. */
export function bracketsBalanced(text: string): boolean {
	const { open, strayClose } = scanQuotes(text);
	return !strayClose && open.length === 0;
}

/**
 * True when `text` opens a bracket or quote that it leaves open (…签署《全民健身与全民健): a line a break cut inside a
 * quotation. A closing mark with no opening one before it opens nothing: a title that lost its opening quote
 * (习近平新时代中国特色社会主义思想在粤港澳大湾区的实践”专题宣介会举行) leaves nothing open.
 */
export function leavesQuoteOpen(text: string): boolean {
	return scanQuotes(text).open.length > 0;
}

/** The run of ASCII an address is written in (rmrbpl@peopledaily.cn, http://www.people.com.cn/): at a line's end, at its start. */
const ADDRESS_RUN_END = /[\w@./:%?=&+-]+$/u;
const ADDRESS_RUN_START = /^[\w@./:%?=&+-]+/u;
/** An e-mail address or a web address, or the start of one. */
const ADDRESS = /[\w.+-]@[\w-]|^(?:https?:\/\/|www\.)/u;

/** Whether a break between `above` and `line` fell inside an address: the run of ASCII across it reads as one. */
export function cutsAddress(above: string, line: string): boolean {
	const [end, start] = [ADDRESS_RUN_END.exec(above)?.[0], ADDRESS_RUN_START.exec(line)?.[0]];
	return end !== undefined && start !== undefined && ADDRESS.test(end + start);
}

/**
 * Joins two halves of a paragraph that a layout column break split. Chinese needs no separator;
 * two Latin words do, and that space is whitespace, not an invented character.
 */
export function joinBrokenParagraph(head: string, tail: string): string {
	// (Not inside an address, which has no space: plbj@e / xample.com.cn.)
	const needsSpace = /[A-Za-z]$/.test(head) && /^[A-Za-z]/.test(tail) && !cutsAddress(head, tail);
	return needsSpace ? `${head} ${tail}` : head + tail;
}

/** Chinese word boundaries, as ICU's dictionary finds them. */
const WORDS = new Intl.Segmenter('zh', { granularity: 'word' });
/** How many characters on each side of a break the word test looks at: longer than most words. */
const WORD_REACH = 6;

/**
 * Whether a word runs across the break between `before` and `after` (…现代化夯 / 实基础…, 发言人表 / 示，…):
 * the break cuts a sentence mid-word, as a column break does and as the end of a heading never does.
 * ICU knows common words only, so a false answer says nothing.
 */
export function breaksWord(before: string, after: string): boolean {
	const left = [...before].slice(-WORD_REACH).join('');
	const text = left + [...after].slice(0, WORD_REACH).join('');
	for (const { index, segment } of WORDS.segment(text)) if (index < left.length && index + segment.length > left.length) return true;
	return false;
}

/** A printed date as YYYY-MM-DD (its first three numbers: year, month, day), if it is a day of the calendar. */
export function isoDate(printed: string): string | undefined {
	const [year, month, day] = printed.match(/\d+/gu)!.map(Number) as [number, number, number];
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
	return date.toISOString().slice(0, 10);
}
