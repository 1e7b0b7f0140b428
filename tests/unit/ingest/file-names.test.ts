/**
 * What a page text's file name says of it (scripts/ingest/file-names.ts): the date, and the page where the name gives it.
 */
import { describe, expect, it } from 'vitest';
import { fileNameMeta } from '../../../scripts/ingest/file-names.ts';
import { sortablePage } from '../../../src/archive/page-numbers.ts';

describe('fileNameMeta', () => {
	it('reads the date and page crawlers name their files by', () => {
		expect(fileNameMeta('20191015-01-04.txt')).toEqual({ date: '2019-10-15', page: 1 });
		// (老资料网's 人民日报, a page a file.)
		expect(fileNameMeta('19860501-4.txt')).toEqual({ date: '1986-05-01', page: 4 });
		expect(fileNameMeta('rmrb_20251020.txt')).toEqual({ date: '2025-10-20' });
		expect(fileNameMeta('人民日报_2019-10-15_第01版.txt')).toEqual({ date: '2019-10-15', page: 1 });
		expect(fileNameMeta('人民日报2019年10月5日第3版.txt')).toEqual({ date: '2019-10-05', page: 3 });
		expect(fileNameMeta('kjrb.2024.07.12.txt')).toEqual({ date: '2024-07-12' });
		// (The paper's short name, the date set apart and the page last.)
		expect(fileNameMeta('rmrb-2019-02-01-01.txt')).toEqual({ date: '2019-02-01', page: 1 });
		expect(fileNameMeta('rmrb_2019_02_01_08.txt')).toEqual({ date: '2019-02-01', page: 8 });
		expect(fileNameMeta('rmrb-2019-02-01.txt')).toEqual({ date: '2019-02-01' });
		expect(fileNameMeta('rmrb-2019-02-01-01.indent.txt')).toEqual({ date: '2019-02-01' });
	});

	it("reads a city daily's lettered page (A03: src/archive/page-numbers.ts)", () => {
		expect(fileNameMeta('北京青年报_2024-07-12_第A03版.txt')).toEqual({ date: '2024-07-12', page: sortablePage(3, 'A') });
		expect(fileNameMeta('bjqnb_20240712_A03.txt')).toEqual({ date: '2024-07-12', page: sortablePage(3, 'A') });
		expect(fileNameMeta('xjb-2024-07-12-B12.txt')).toEqual({ date: '2024-07-12', page: sortablePage(12, 'B') });
		// (Not a letter elsewhere in the name, nor a number glued to the date.)
		expect(fileNameMeta('bjqnb_20240712_A03_v2.txt')).toEqual({ date: '2024-07-12' });
		expect(fileNameMeta('bjqnb_20240712A03.txt')).toEqual({ date: '2024-07-12' });
	});

	it('says nothing where the name holds no one date', () => {
		for (const name of ['page.txt', '000_89593461d74f7736.txt', '20191332.txt', '2019-10-15至2019-10-16.txt', 'id-201910150001.txt', '08.txt']) {
			expect(fileNameMeta(name), name).toBeUndefined();
		}
	});
});
