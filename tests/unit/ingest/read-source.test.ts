import { describe, expect, it } from 'vitest';
import { Problem } from '../../../scripts/ingest/problem.ts';
import { decodeSource } from '../../../scripts/ingest/read-source.ts';

const text = '科技日报讯(记者雍黎)7月10日\n';

describe('decodeSource', () => {
	it('reads UTF-8 with or without a BOM', () => {
		const utf8 = new TextEncoder().encode(text);
		expect(decodeSource(utf8, 'a.txt')).toBe(text);
		expect(decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), 'a.txt')).toBe(text);
	});
	it('reads UTF-16 with a BOM', () => {
		const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
		expect(decodeSource(le, 'a.txt')).toBe(text);
	});
	it('reads GB18030 (GBK) text', () => {
		// 科技日报 in GBK.
		const gbk = new Uint8Array([0xbf, 0xc6, 0xbc, 0xbc, 0xc8, 0xd5, 0xb1, 0xa8]);
		expect(decodeSource(gbk, 'a.txt')).toBe('科技日报');
	});
	it('refuses binary data, naming the file and the line', () => {
		const binary = new Uint8Array([0x61, 0x0a, 0x62, 0x00, 0x63]);
		expect(() => decodeSource(binary, 'a.txt')).toThrow(Problem);
		expect(() => decodeSource(binary, 'a.txt')).toThrow(expect.objectContaining({ file: 'a.txt', line: 2 }));
	});
});

describe('decodeSource on legacy Chinese encodings', () => {
	it('reads Big5 as Big5, not as GB18030 mojibake', () => {
		// 科技日報訊（記者王華） in Big5.
		const big5 = new Uint8Array([
			0xac, 0xec, 0xa7, 0xde, 0xa4, 0xe9, 0xb3, 0xf8, 0xb0, 0x54, 0xa1, 0x5d, 0xb0, 0x4f, 0xaa, 0xcc, 0xa4, 0xfd, 0xb5, 0xd8, 0xa1, 0x5e,
		]);
		expect(decodeSource(big5, 'a.txt')).toBe('科技日報訊（記者王華）');
	});
	it('refuses bytes that decode to no plausible Chinese', () => {
		const noise = new Uint8Array(Array.from({ length: 64 }, (_, i) => 0x81 + ((i * 37) % 0x7e)));
		expect(() => decodeSource(noise, 'a.txt')).toThrow(/不像是/);
	});
});
