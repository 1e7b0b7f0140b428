import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../scripts/ingest/parse-page.ts';
import { readHalfWidthPunctuation, withPrintedPunctuation } from '../../../scripts/ingest/punctuation-widths.ts';

describe('readHalfWidthPunctuation', () => {
	it('reads the marks by Chinese text full-width, line for line and as long', () => {
		const source = '家风:在乡村振兴中传承好家训\n这项工作为何放在首位?\n李小明摄(某某图片)\n';
		const reading = readHalfWidthPunctuation(source)!;
		expect(reading.text).toBe('家风：在乡村振兴中传承好家训\n这项工作为何放在首位？\n李小明摄（某某图片）\n');
		expect(reading.text.length).toBe(source.length);
	});

	it('leaves the marks of numbers, times, addresses and English as they are', () => {
		const source = '会议10:30开始,投资1,000万元。\n详见http://example.org/a?b=1\nHello, world!\n圆周率约3.14。\n';
		expect(readHalfWidthPunctuation(source)!.text).toBe('会议10:30开始，投资1,000万元。\n详见http://example.org/a?b=1\nHello, world!\n圆周率约3.14。\n');
	});

	it('reads both brackets of a line so, where one of them stands by Chinese text', () => {
		expect(readHalfWidthPunctuation('据新华社(2026)\n')!.text).toBe('据新华社（2026）\n');
	});

	it('reads dots as ellipses, one for each, by Chinese text or alone on their line', () => {
		expect(readHalfWidthPunctuation('超过千次......\n............\nv1...v2\n')!.text).toBe(`超过千次${'…'.repeat(6)}\n${'…'.repeat(12)}\nv1...v2\n`);
	});

	it('reads the dash set as two hyphens, or as 一一 where OCR opens or closes a line with it, on a page that prints none', () => {
		const hyphens = readHalfWidthPunctuation('--访某省农业农村厅负责人\n某村党支部书记王林--\n时间10--12点\n')!;
		expect(hyphens.text).toBe('——访某省农业农村厅负责人\n某村党支部书记王林——\n时间10--12点\n');
		expect(hyphens.dashPrintedAs).toBe('--');
		const ocr = readHalfWidthPunctuation('一一访某省农业农村厅负责人\n两组数据一一对应。\n某村党支部书记王林一一\n')!;
		expect(ocr.text).toBe('——访某省农业农村厅负责人\n两组数据一一对应。\n某村党支部书记王林——\n');
		// (Not on a page that prints the dash: there 一一 and -- are what they say.)
		expect(readHalfWidthPunctuation('——访某省农业农村厅负责人\n一一访谈\n')).toBeUndefined();
		// (A single — between dates is the page's own.)
		expect(readHalfWidthPunctuation('2024—2035年规划--访某专家\n')!.text).toBe('2024—2035年规划——访某专家\n');
	});

	it('reads no mark whose full-width form the page prints', () => {
		expect(readHalfWidthPunctuation('一是,二是，三是?\n')!.text).toBe('一是,二是，三是？\n');
		expect(readHalfWidthPunctuation('全都是全角，没有半角。\n')).toBeUndefined();
	});
});

describe('withPrintedPunctuation', () => {
	it('gives every string of the items, columns and credits its marks back, and the places to check their words', () => {
		const source = '这项工作为何放在首位?\n本报记者  王  林\n　　记者从某省获悉:一季度,全省外贸进出口总值三百亿元。\n';
		const reading = readHalfWidthPunctuation(source)!;
		const page = withPrintedPunctuation(parsePage(reading.text), reading);
		expect(page.items[0]!.title).toBe('这项工作为何放在首位?');
		expect(page.items[0]!.body[0]!.text).toBe('记者从某省获悉:一季度,全省外贸进出口总值三百亿元。');
	});

	it('gives a dash read from 一一 back as printed, a single — of the page’s own left as it is', () => {
		const source = '让文物活起来\n一一访某省博物馆馆长王林\n　　2024—2025年，某省博物馆接待观众五百万人次。\n';
		const reading = readHalfWidthPunctuation(source)!;
		const page = withPrintedPunctuation(parsePage(reading.text), reading);
		expect(page.items[0]!.subtitle).toBe('一一访某省博物馆馆长王林');
		expect(page.items[0]!.body[0]!.text).toBe('2024—2025年，某省博物馆接待观众五百万人次。');
	});
});
