/**
 * Turns the bytes of a page text file into a string, or refuses with a reason (a Problem naming
 * the file, and the line where it can): never mojibake.
 * UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such; text that is not valid
 * UTF-8 is read as GB18030 (which covers GBK and GB2312) when that gives plausible Chinese, else
 * as Big5 when that does. GB18030 decodes almost any byte string, so plausibility matters: Big5
 * text read as GB18030 comes out full of Cyrillic, kana and rare characters. Japanese (Shift_JIS)
 * and Korean (EUC-KR), which GB18030 would read as Chinese-looking characters, are refused. Line ends other than CR and
 * LF are read as LF (OTHER_LINE_ENDS).
 */
import { Problem } from './problem.ts';

function decodeStrict(bytes: Uint8Array, encoding: string): string | undefined {
	try {
		return new TextDecoder(encoding, { fatal: true }).decode(bytes);
	} catch {
		return undefined;
	}
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
	return line;
}

/**
 * The line ends Unicode counts besides CR and LF (its Newline Guidelines): U+2028 LINE SEPARATOR and U+2029 PARAGRAPH
 * SEPARATOR, as some editors, web pages' scripts and PDF readers copy text with them, U+0085 NEXT LINE, and the vertical tab
 * a word processor marks a line break inside a paragraph with. Read as LF, so that such a page is read line by line (and
 * numbered as an editor that shows them as line ends numbers it), not as one line.
 */
const OTHER_LINE_ENDS = /[\u2028\u2029\u0085\u000b]/gu;

export function decodeSource(bytes: Uint8Array, file: string): string {
	return decodeText(bytes, file).replace(OTHER_LINE_ENDS, '\n');
}

function decodeText(bytes: Uint8Array, file: string): string {
	// UTF-32's BOM starts as UTF-16's does: FF FE 00 00.
	if (
		(bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) ||
		(bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)
	) {
		throw new Problem(`${file} 是 UTF-32 编码的文本，导入程序不读这种编码。`, { file, hint: '用文本编辑器把文件另存为 UTF-8 后再导入。' });
	}
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return withoutNul(decodeOrRefuse(bytes.subarray(2), 'utf-16le', file), file);
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return withoutNul(decodeOrRefuse(bytes.subarray(2), 'utf-16be', file), file);
	const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
	const nul = body.indexOf(0);
	if (nul >= 0) {
		throw new Problem(`${file} 含有空字节（NUL），像是二进制文件或没有 BOM 的 UTF-16 文本。`, {
			file,
			line: lineOfByte(body, nul),
			hint: '请提供 UTF-8 或 GB18030 编码的纯文本；UTF-16 文本须带 BOM。',
		});
	}
	const utf8 = decodeStrict(body, 'utf-8');
	if (utf8 !== undefined) {
		if (isLatin1Mojibake(utf8)) {
			throw new Problem(
				`${file} 的文字像是乱码（如“${utf8.match(/[\u0080-\u009f\u00a1-\u00ff]{2,8}/u)?.[0] ?? ''}”）：中文被当作西文（Latin-1）读过一次又存成了 UTF-8。`,
				{
					file,
					hint: '请找回原始文件（GB18030/GBK 或 UTF-8），不要用把它当作西文打开过的副本。',
				},
			);
		}
		return utf8;
	}
	// Japanese (Shift_JIS) text would read as Chinese-looking GB18030: it reads as Japanese, with its kana.
	const japanese = decodeStrict(body, 'shift_jis');
	if (japanese !== undefined && hasKana(japanese)) {
		throw new Problem(`${file} 像是 Shift_JIS 编码的日文，不是中文报纸的文字。`, { file, hint: '确认文件没有放错；中文文本请存为 UTF-8 后再导入。' });
	}
	// Korean (EUC-KR) would read as GB18030's commonest characters (부산항 → 何魂亲): it reads as Korean.
	const korean = decodeStrict(body, 'euc-kr');
	if (korean !== undefined && isKorean(korean, decodeStrict(body, 'gb18030'))) {
		throw new Problem(`${file} 像是 EUC-KR 编码的韩文，不是中文报纸的文字。`, { file, hint: '确认文件没有放错；中文文本请存为 UTF-8 后再导入。' });
	}
	for (const encoding of ['gb18030', 'big5']) {
		const text = decodeStrict(body, encoding);
		if (text !== undefined && looksLikeChinese(text)) return text;
	}
	throw new Problem(`${file} 既不是 UTF-8，也不像是 GB18030/GBK 或 Big5 编码的中文。`, { file, hint: '用文本编辑器把文件另存为 UTF-8 后再导入。' });
}

/** Decoded UTF-16 with NUL in it is binary, or text in another encoding. */
function withoutNul(text: string, file: string): string {
	const nul = text.indexOf('\u0000');
	if (nul < 0) return text;
	throw new Problem(`${file} 含有空字符（NUL），不是纯文本。`, {
		file,
		line: text.slice(0, nul).split('\n').length,
		hint: '请提供 UTF-8 或 GB18030 编码的纯文本。',
	});
}

/** How many of the non-ASCII characters of `text` pass `test`, and how many there are. */
function countNonAscii(text: string, test: (character: string) => boolean): { passing: number; all: number } {
	let passing = 0;
	let all = 0;
	for (const character of text) {
		if (character.charCodeAt(0) < 0x80) continue;
		all++;
		if (test(character)) passing++;
	}
	return { passing, all };
}

/**
 * Whether text is Chinese read once as Latin-1 and saved as UTF-8 (兰州 → À¼ÖÝ): letters of
 * U+0080–U+00FF outnumber Chinese characters, and make a tenth of the text's non-ASCII at least.
 * (Not the no-break space, which web pages pad with: a crawled book list aligns its columns with
 * hundreds of them.)
 */
function isLatin1Mojibake(text: string): boolean {
	const latin1 = countNonAscii(text, (character) => character.codePointAt(0)! <= 0xff && character !== '\u00a0');
	const han = countNonAscii(text, (character) => /\p{Script=Han}/u.test(character)).passing;
	return latin1.passing > han && latin1.passing >= latin1.all * 0.1 && latin1.passing >= 4;
}

/** Whether Japanese kana make a tenth of the non-ASCII characters (Chinese read as Shift_JIS has hardly any). */
function hasKana(text: string): boolean {
	const { passing, all } = countNonAscii(text, (character) => /[\u3041-\u30ff]/u.test(character));
	return all > 0 && passing >= all * 0.1;
}

/** Korean particles and endings (은, 는, 이, 를, 다…): a fifth to a third of the syllables of Korean prose. */
const KOREAN_GRAMMAR = /[은는이가을를의에도로와과고다하한했서]/u;

/**
 * Whether bytes that read as `korean` in EUC-KR (and as `gb18030` in GB18030, when they do) are
 * Korean text. GBK Chinese mostly reads as valid EUC-KR too, because EUC-KR's Hangul block lies
 * where GB2312 keeps its commonest characters, so three signs must agree:
 * - Hangul makes seven in ten of the non-ASCII characters, at least 20 of them (Korean prose: nine
 *   in ten; Chinese read as EUC-KR: about half, at most 58% in 276 人民日报 pages and the fixtures);
 * - the syllables are Korean's, a tenth of them or more particles and endings (Korean: 23–36%;
 *   Chinese read as EUC-KR hits them by chance: at most 3% of a page, 15% of any 40 characters);
 * - the GB18030 reading is not Chinese prose: a space follows a tenth of its characters, where
 *   Korean puts one after each word (a third) and Chinese after a byline's names, hardly elsewhere.
 */
function isKorean(korean: string, gb18030: string | undefined): boolean {
	const hangul = countNonAscii(korean, (character) => /[\uac00-\ud7a3]/u.test(character));
	if (hangul.passing < 20 || hangul.passing < hangul.all * 0.7) return false;
	const grammar = countNonAscii(korean, (character) => KOREAN_GRAMMAR.test(character)).passing;
	if (grammar < hangul.passing * 0.1) return false;
	return gb18030 === undefined || wordSpacing(gb18030) >= 0.1;
}

/** The share of the non-ASCII characters of `text` that a space or a tab follows. */
function wordSpacing(text: string): number {
	let spaced = 0;
	let all = 0;
	let previousNonAscii = false;
	for (const character of text) {
		if (previousNonAscii && (character === ' ' || character === '\t')) spaced++;
		previousNonAscii = character.charCodeAt(0) >= 0x80;
		if (previousNonAscii) all++;
	}
	return all === 0 ? 0 : spaced / all;
}

/** Characters that mojibake is made of and Chinese newspaper text is not. */
const UNLIKELY = /[\u0370-\u052f\u3040-\u30ff\u2500-\u257f\ue000-\uf8ff\u3400-\u4dbf\ufffd]/u;

/** True when at most 1% of the non-ASCII characters are of kinds that mojibake produces. */
function looksLikeChinese(text: string): boolean {
	const { passing, all } = countNonAscii(text, (character) => UNLIKELY.test(character));
	return passing <= all * 0.01;
}

function decodeOrRefuse(bytes: Uint8Array, encoding: string, file: string): string {
	const text = decodeStrict(bytes, encoding);
	if (text === undefined) {
		throw new Problem(`${file} 声明为 ${encoding.toUpperCase()}（BOM），但内容不是有效的 ${encoding.toUpperCase()}。`, {
			file,
			hint: '用文本编辑器把文件另存为 UTF-8 后再导入。',
		});
	}
	return text;
}
