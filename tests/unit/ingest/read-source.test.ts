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

describe('decodeSource refuses what it cannot prove is Chinese text', () => {
	it('refuses UTF-32, and NUL inside UTF-16', () => {
		const utf32 = new Uint8Array([0xff, 0xfe, 0, 0, 0x11, 0x79, 0, 0]);
		expect(() => decodeSource(utf32, 'a.txt')).toThrow(/UTF-32/);
		const withNul = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('科技\n日\u0000报', 'utf16le')]);
		expect(() => decodeSource(withNul, 'a.txt')).toThrow(expect.objectContaining({ line: 2 }));
	});

	it('refuses Chinese that was once read as Latin-1 and saved as UTF-8 (À¼ÖÝ…)', () => {
		// 兰州高新区为生物医药产业注入新力 in GBK, read as Latin-1, saved as UTF-8.
		const gbk = Buffer.from([
			192, 188, 214, 221, 184, 223, 208, 194, 199, 248, 206, 170, 201, 250, 206, 239, 210, 189, 210, 169, 178, 250, 210, 181, 215, 162, 200, 235, 208, 194, 193,
			166,
		]);
		const twice = Buffer.from(gbk.toString('latin1'), 'utf8');
		expect(() => decodeSource(twice, 'a.txt')).toThrow(/À¼ÖÝ/);
		// Latin letters in Chinese text are no mojibake.
		expect(decodeSource(new TextEncoder().encode('法国总统马克龙（Emmanuel Macron）与café老板交谈。'), 'a.txt')).toContain('café');
	});

	it('refuses Japanese in Shift_JIS, which GB18030 would read as Chinese-looking text', () => {
		const sjis = new Uint8Array([
			130, 177, 130, 234, 130, 205, 147, 250, 150, 123, 140, 234, 130, 204, 144, 86, 149, 183, 139, 76, 142, 150, 130, 197, 130, 183, 129, 66,
		]);
		expect(() => decodeSource(sjis, 'a.txt')).toThrow(/Shift_JIS/);
		// GBK Chinese is still read as GBK.
		const gbk = new Uint8Array([
			191, 198, 188, 188, 200, 213, 177, 168, 209, 182, 40, 188, 199, 213, 223, 211, 186, 192, 232, 41, 55, 212, 194, 49, 48, 200, 213,
		]);
		expect(decodeSource(gbk, 'a.txt')).toBe('科技日报讯(记者雍黎)7月10日');
	});
});
