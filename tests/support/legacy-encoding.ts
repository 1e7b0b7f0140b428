/**
 * Text written in a legacy double-byte encoding (GBK, EUC-KR), as a tool on a reader's machine
 * would save it, for the decoding tests. Node can read these encodings but not write them, and the
 * project has no encoding library: the encoder is the decoder's table turned round (every
 * one-character reading of a lead and trail byte), so that the bytes are exactly what the
 * decoder under test knows. tests/unit/ingest/read-source.test.ts checks it against iconv's output.
 */

export type LegacyEncoding = 'gbk' | 'euc-kr';

const tables = new Map<LegacyEncoding, Map<string, number[]>>();

/** Each character of the encoding and its two bytes; the first (lowest) code wins, as in iconv. */
function tableOf(encoding: LegacyEncoding): Map<string, number[]> {
	let table = tables.get(encoding);
	if (table) return table;
	table = new Map();
	const decoder = new TextDecoder(encoding, { fatal: true });
	for (let lead = 0x81; lead <= 0xfe; lead++) {
		for (let trail = 0x40; trail <= 0xfe; trail++) {
			let character: string;
			try {
				character = decoder.decode(new Uint8Array([lead, trail]));
			} catch {
				continue;
			}
			if ([...character].length === 1 && character.charCodeAt(0) >= 0x80 && !table.has(character)) table.set(character, [lead, trail]);
		}
	}
	tables.set(encoding, table);
	return table;
}

/** `text` in `encoding`; throws on a character the encoding does not have. */
export function encodeLegacy(text: string, encoding: LegacyEncoding): Uint8Array {
	const table = tableOf(encoding);
	const bytes: number[] = [];
	for (const character of text) {
		const code = character.codePointAt(0)!;
		if (code < 0x80) {
			bytes.push(code);
			continue;
		}
		const pair = table.get(character);
		if (!pair) throw new Error(`${encoding.toUpperCase()} 没有字符“${character}”（U+${code.toString(16).toUpperCase().padStart(4, '0')}）`);
		bytes.push(...pair);
	}
	return new Uint8Array(bytes);
}
