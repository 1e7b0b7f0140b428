import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Problem } from '../../../scripts/ingest/problem.ts';
import { decodeSource } from '../../../scripts/ingest/read-source.ts';
import { encodeLegacy } from '../../support/legacy-encoding.ts';
import { filesUnder } from '../../../scripts/shared/files.ts';

const ROOT = join(import.meta.dirname, '../../..');

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
	it('reads the line ends Unicode counts besides CR and LF (U+2028, U+2029, NEL, a vertical tab) as LF', () => {
		const lines = ['城东新建一座图书馆', '本报记者  王  某', '　　新馆日前开馆。'];
		for (const end of ['\u2028', '\u2029', '\u0085', '\u000b']) {
			expect(decodeSource(new TextEncoder().encode(lines.join(end)), 'a.txt'), JSON.stringify(end)).toBe(lines.join('\n'));
		}
		// (In GBK too, and where they mix with CRLF: a word processor's line break inside a paragraph.)
		expect(decodeSource(encodeLegacy(`${lines[0]}\u000b${lines[1]}\r\n${lines[2]}`, 'gbk'), 'a.txt')).toBe(`${lines[0]}\n${lines[1]}\r\n${lines[2]}`);
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

	it('reads a list padded with no-break spaces, as a web page sets its columns, as the Chinese it is', () => {
		// (A crawler of paper.people.com.cn keeps the &nbsp; a book list is aligned with: 952 of them on one real page.)
		const list = ['风云初记', '铁道游击队', '青春之歌']
			.map((book, i) => `\u3000\u3000书名：${book}${'\u00a0'.repeat(13)}作者：${['孙犁', '知侠', '杨沫'][i]}`)
			.join('\n');
		expect(decodeSource(new TextEncoder().encode(`书目\n${list}\n`), 'a.txt')).toContain('作者：孙犁');
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

describe('decodeSource refuses Korean in EUC-KR, which GB18030 would read as common Chinese characters', () => {
	/** tests/fixtures/encodings/korean-news.euc-kr.txt as written, before `iconv -f UTF-8 -t EUC-KR`. */
	const KOREAN_NEWS = [
		'도서관 예약 서비스 새로 시작…스마트폰으로도 이용 가능',
		'',
		'한 시립 도서관은 다음 달부터 시민들이 더 쉽게 책을 빌릴 수 있도록 새로운 온라인 예약 서비스를 시작한다고 밝혔다. 이 서비스는 스마트폰으로도 이용할 수 있으며, 대출 기간도 2주에서 3주로 늘어난다.',
		'도서관 관계자는 “앞으로 더 많은 시민이 책을 가까이할 수 있기를 바란다”고 말했다.',
		'/김민수 기자',
		'',
	].join('\n');
	const fixture = readFileSync(join(ROOT, 'tests/fixtures/encodings/korean-news.euc-kr.txt'));

	it('refuses a Korean news text saved by iconv as EUC-KR, naming the file and the fix', () => {
		// What it was taken for: valid GB18030, all of it Chinese characters (图书馆 → 档辑包).
		expect(new TextDecoder('gb18030', { fatal: true }).decode(fixture)).toMatch(/^档辑包 抗距 辑厚胶/);
		expect(() => decodeSource(fixture, 'korean.txt')).toThrow(Problem);
		expect(() => decodeSource(fixture, 'korean.txt')).toThrow(
			expect.objectContaining({ file: 'korean.txt', message: expect.stringMatching(/^korean\.txt .*EUC-KR.*韩文/), hint: expect.stringContaining('UTF-8') }),
		);
	});

	it('refuses Korean of any length from a paragraph up, with its own punctuation or ASCII', () => {
		// The encoder of these tests writes what iconv wrote.
		expect(Buffer.from(encodeLegacy(KOREAN_NEWS, 'euc-kr')).equals(fixture)).toBe(true);
		const korean = [
			KOREAN_NEWS.split('\n')[2]!,
			'서울시는 오늘 시민들이 더 쉽게 도서관을 이용할 수 있도록 새로운 서비스를 시작했다.',
			'「경제 회복」 기대감… 시장은 “신중하게” 지켜보는 분위기다. 전문가들은 하반기를 주목하고 있다.',
			'政府는 來年 豫算案을 國會에 提出했다고 밝혔다. 기획재정부 관계자는 경제 성장률을 2.5%로 전망했다.',
		];
		for (const text of korean) expect(() => decodeSource(encodeLegacy(text, 'euc-kr'), 'a.txt'), text).toThrow(/EUC-KR/);
	});

	it('reads every Chinese page of the fixtures and the bundled content saved as GBK, though most of them are valid EUC-KR too', () => {
		const pages = [
			...filesUnder(join(ROOT, 'tests/fixtures/pages'), '.txt'),
			...filesUnder(join(ROOT, 'tests/fixtures/ingest'), '.txt').filter((file) => !file.endsWith('.outline.txt')),
			...filesUnder(join(ROOT, 'content/sources'), '.txt'),
		];
		let read = 0;
		let validKorean = 0;
		for (const file of pages) {
			const text = decodeSource(readFileSync(file), file);
			let gbk: Uint8Array;
			try {
				gbk = encodeLegacy(text.replace(/^\ufeff/, ''), 'gbk');
			} catch {
				continue; // A character GBK does not have (a zero-width space): such a page was never GBK.
			}
			expect(decodeSource(gbk, file), file).toBe(text.replace(/^\ufeff/, ''));
			read++;
			try {
				new TextDecoder('euc-kr', { fatal: true }).decode(gbk);
				validKorean++;
			} catch {
				// Not valid EUC-KR: the easy case.
			}
		}
		expect(read).toBeGreaterThanOrEqual(18);
		// Most of them: the decoder cannot lean on EUC-KR rejecting Chinese bytes.
		expect(validKorean).toBeGreaterThanOrEqual(0.9 * read);
	});

	it('reads short Chinese texts that read as nearly all Hangul in EUC-KR, bylines with their spaced names too', () => {
		for (const text of [
			// 4 characters, all of them Hangul read as EUC-KR (옰세휑괩): too few to tell.
			'科技日报',
			// 20 of 24 Hangul (굶괩션諒  멕  붉…): Korean by its letters, but the spaces follow only names.
			'本报记者  高  河\n本报记者  李  刚\n本报记者  陈  海\n本报记者  黄  磊\n',
			'团结奋进共谋发展  凝心聚力共创未来\n科技创新赋能乡村振兴\n',
			// 25 of 31 Hangul, half of them Korean endings (客 → 와, 促 → 다…), but Chinese prose: no spaces.
			'促进客流回暖，客运档案管理促进篮球客场促销，客房档期促成客源。',
		]) {
			expect(decodeSource(encodeLegacy(text, 'gbk'), 'a.txt'), text).toBe(text);
		}
	});
});
