/**
 * Turns the bytes of a page text file into a string, or refuses with a reason: never mojibake.
 * UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such; text that is not valid
 * UTF-8 but valid GB18030 (which covers GBK and GB2312) is read as GB18030.
 */

export class SourceDecodeError extends Error {
	readonly line?: number;
	readonly hint: string;
	constructor(message: string, hint: string, line?: number) {
		super(message);
		this.name = 'SourceDecodeError';
		this.hint = hint;
		this.line = line;
	}
}

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
		throw new SourceDecodeError(
			`${file} 含有空字节（NUL），像是二进制文件或没有 BOM 的 UTF-16 文本。`,
			'请提供 UTF-8 或 GB18030 编码的纯文本；UTF-16 文本须带 BOM。',
			lineOfByte(body, nul),
		);
	}
	const utf8 = decodeStrict(body, 'utf-8');
	if (utf8 !== undefined) return utf8;
	const gb = decodeStrict(body, 'gb18030');
	if (gb !== undefined) return gb;
	throw new SourceDecodeError(`${file} 既不是有效的 UTF-8，也不是有效的 GB18030/GBK 文本。`, '用文本编辑器把文件另存为 UTF-8 后再导入。');
}

function decodeOrRefuse(bytes: Uint8Array, encoding: string, file: string): string {
	const text = decodeStrict(bytes, encoding);
	if (text === undefined) throw new SourceDecodeError(`${file} 声明为 ${encoding.toUpperCase()}（BOM），但内容不是有效的 ${encoding.toUpperCase()}。`, '用文本编辑器把文件另存为 UTF-8 后再导入。');
	return text;
}
