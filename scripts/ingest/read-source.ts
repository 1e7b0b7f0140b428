/**
 * Turns the bytes of a page text file into a string, or refuses with a reason (a Problem naming
 * the file, and the line where it can): never mojibake.
 * UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such; text that is not valid
 * UTF-8 is read as GB18030 (which covers GBK and GB2312) when that gives plausible Chinese, else
 * as Big5 when that does. GB18030 decodes almost any byte string, so plausibility matters: Big5
 * text read as GB18030 comes out full of Cyrillic, kana and rare characters.
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

export function decodeSource(bytes: Uint8Array, file: string): string {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeOrRefuse(bytes.subarray(2), 'utf-16le', file);
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeOrRefuse(bytes.subarray(2), 'utf-16be', file);
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
	if (utf8 !== undefined) return utf8;
	for (const encoding of ['gb18030', 'big5']) {
		const text = decodeStrict(body, encoding);
		if (text !== undefined && looksLikeChinese(text)) return text;
	}
	throw new Problem(`${file} 既不是 UTF-8，也不像是 GB18030/GBK 或 Big5 编码的中文。`, { file, hint: '用文本编辑器把文件另存为 UTF-8 后再导入。' });
}

/** Characters that mojibake is made of and Chinese newspaper text is not. */
const UNLIKELY = /[\u0370-\u052f\u3040-\u30ff\u2500-\u257f\ue000-\uf8ff\u3400-\u4dbf\ufffd]/u;

/** True when at most 1% of the non-ASCII characters are of kinds that mojibake produces. */
function looksLikeChinese(text: string): boolean {
	let nonAscii = 0;
	let unlikely = 0;
	for (const character of text) {
		if (character.charCodeAt(0) < 0x80) continue;
		nonAscii++;
		if (UNLIKELY.test(character)) unlikely++;
	}
	return unlikely <= nonAscii * 0.01;
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
