/**
 * What a page text's file name says of it (scripts/ingest/file-names.ts): the date, and the page where the name gives it.
 */
import { describe, expect, it } from 'vitest';
import { fileNameMeta, filePathMeta } from '../../../scripts/ingest/file-names.ts';
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

	it('reads the page after any form of the date, and a page named with 版 but no 第', () => {
		expect(fileNameMeta('人民日报_20191015_03.txt')).toEqual({ date: '2019-10-15', page: 3 });
		expect(fileNameMeta('rmrb_2019-10-15_03.txt')).toEqual({ date: '2019-10-15', page: 3 });
		expect(fileNameMeta('kjrb.2024.07.12-08.txt')).toEqual({ date: '2024-07-12', page: 8 });
		expect(fileNameMeta('2019-10-15_03版_国际.txt')).toEqual({ date: '2019-10-15', page: 3 });
		// (Not a date and a page run together into one number: rmrb2019101503 may be anything.)
		expect(fileNameMeta('rmrb2019101503.txt')).toBeUndefined();
	});

	it('says nothing where the name holds no one date', () => {
		for (const name of ['page.txt', '000_89593461d74f7736.txt', '20191332.txt', '2019-10-15至2019-10-16.txt', 'id-201910150001.txt', '08.txt']) {
			expect(fileNameMeta(name), name).toBeUndefined();
		}
	});
});

describe('filePathMeta', () => {
	it('reads the day a folder is named by, and the page the file in it is named by', () => {
		expect(filePathMeta('inbox/2019-10-15/03.txt')).toEqual({ date: '2019-10-15', page: 3 });
		expect(filePathMeta('inbox/20191015/03版.txt')).toEqual({ date: '2019-10-15', page: 3 });
		expect(filePathMeta('inbox/2019/10/15/03_国际.txt')).toEqual({ date: '2019-10-15', page: 3 });
		expect(filePathMeta('inbox/2019-10-15/第03版：国际.txt')).toEqual({ date: '2019-10-15', page: 3 });
		expect(filePathMeta('inbox/2024-07-12/A03.txt')).toEqual({ date: '2024-07-12', page: sortablePage(3, 'A') });
		expect(filePathMeta('inbox/2019-10-15/要闻.txt')).toEqual({ date: '2019-10-15' });
	});

	it('takes the name’s own date first, and nothing from a folder where the name is unsure or the folder names no day', () => {
		expect(filePathMeta('inbox/2019-10-15/rmrb-2019-10-16-02.txt')).toEqual({ date: '2019-10-16', page: 2 });
		expect(filePathMeta('inbox/2019-10-15/2019-10-15至2019-10-16.txt')).toBeUndefined();
		expect(filePathMeta('inbox/03.txt')).toBeUndefined();
		// (Nor the archive's own folder of a text, whose date is the one the archive gave it.)
		expect(filePathMeta('content/sources/kjrb/2024-07-12/000_89593461d74f7736.txt')).toBeUndefined();
		expect(filePathMeta('content/sources/kjrb/2024-07-12/08.txt')).toBeUndefined();
		expect(filePathMeta('inbox/2019/13/15/03.txt')).toBeUndefined();
		expect(filePathMeta('2019-10-15至2019-10-16/03.txt')).toBeUndefined();
	});
});
