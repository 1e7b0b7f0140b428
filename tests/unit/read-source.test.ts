import { describe, expect, it } from 'vitest';
import { decodeSource, SourceDecodeError } from '../../scripts/lib/read-source.ts';

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
	it('refuses binary data, naming the line', () => {
		const binary = new Uint8Array([0x61, 0x0a, 0x62, 0x00, 0x63]);
		expect(() => decodeSource(binary, 'a.txt')).toThrow(SourceDecodeError);
		try {
			decodeSource(binary, 'a.txt');
		} catch (error) {
			expect((error as SourceDecodeError).line).toBe(2);
		}
	});
});
