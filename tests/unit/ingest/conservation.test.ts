/**
 * The check that nothing is lost or invented, on parsed pages written out here: a page header is
 * page metadata and must be accounted for, and a page cut from a file of several is checked with
 * the file's own line numbers.
 */
import { describe, expect, it } from 'vitest';
import { checkConservation } from '../../../scripts/ingest/conservation.ts';
import type { ParsedPage } from '../../../scripts/ingest/parse-page.ts';

/** The second page of a day file: header on line 5, the item on lines 6–7. */
const SECTION = '第02版：经济\n一季度外贸平稳增长\n　　进出口同比增长百分之五。\n';
const PARSED: ParsedPage = {
	items: [
		{
			order: 1,
			title: '一季度外贸平稳增长',
			authors: [],
			body: [{ type: 'paragraph', text: '进出口同比增长百分之五。', lines: [7, 7] }],
			figures: [],
			lines: [6, 7],
		},
	],
	columns: [],
	credits: [],
	uncertain: [],
};

describe('checkConservation', () => {
	it('counts the page header as placed when it is given as page metadata', () => {
		const report = checkConservation(SECTION, PARSED, { firstLine: 5, metadata: [{ line: 5, text: '第02版：经济' }] });
		expect(report).toEqual({ sourceChars: 28, keptChars: 28 });
	});

	it('reports a header nobody accounted for as lost, at its line in the file', () => {
		const report = checkConservation(SECTION, PARSED, { firstLine: 5 });
		expect(report.mismatch).toEqual({ line: 5, expected: '第02版：经济一季度外贸平稳增长进出口同', found: '一季度外贸平稳增长进出口同比增长百分之五' });
	});

	it('numbers a mismatch further down with the file’s lines', () => {
		const changed = {
			...PARSED,
			items: [{ ...PARSED.items[0]!, body: [{ type: 'paragraph' as const, text: '进出口同比增长百分之六。', lines: [7, 7] as [number, number] }] }],
		};
		const report = checkConservation(SECTION, changed, { firstLine: 5, metadata: [{ line: 5, text: '第02版：经济' }] });
		expect(report.mismatch?.line).toBe(7);
	});

	it('numbers lines as the parser does when they end in a lone carriage return', () => {
		const changed = {
			...PARSED,
			items: [{ ...PARSED.items[0]!, body: [{ type: 'paragraph' as const, text: '进出口同比增长百分之六。', lines: [7, 7] as [number, number] }] }],
		};
		const report = checkConservation(SECTION.replaceAll('\n', '\r'), changed, { firstLine: 5, metadata: [{ line: 5, text: '第02版：经济' }] });
		expect(report.mismatch?.line).toBe(7);
	});

	it('places a line of metadata between a title and its byline where it stands, and still finds header lines out of order', () => {
		const copied = '第02版：经济\n一季度外贸平稳增长\n2024-03-06 08:22  来源：测试日报\n本报记者  王  某\n　　进出口同比增长百分之五。\n';
		const signed: ParsedPage = {
			...PARSED,
			items: [{ ...PARSED.items[0]!, byline: '本报记者  王  某', authors: [{ name: '王某', role: '本报记者' }], lines: [6, 9] }],
		};
		signed.items[0]!.body = [{ type: 'paragraph', text: '进出口同比增长百分之五。', lines: [9, 9] }];
		const metadata = [
			{ line: 5, text: '第02版：经济' },
			{ line: 7, text: '2024-03-06 08:22  来源：测试日报' },
		];
		expect(checkConservation(copied, signed, { firstLine: 5, metadata }).mismatch).toBeUndefined();
		// (A title and byline placed the other way round are found out still.)
		const swapped = { ...signed, items: [{ ...signed.items[0]!, title: '本报记者  王  某', byline: '一季度外贸平稳增长' }] };
		expect(checkConservation(copied, swapped, { firstLine: 5, metadata }).mismatch?.line).toBe(6);
	});

	it('counts Markdown’s marks as kept at their place, and reports one the text still holds', () => {
		const marked = '第02版：经济\n# 一季度外贸平稳增长\n　　进出口同比增长百分之五。\n';
		const marks = [{ line: 6, at: 0, text: '# ' }];
		const metadata = [{ line: 5, text: '第02版：经济' }];
		expect(checkConservation(marked, PARSED, { firstLine: 5, metadata, marks })).toEqual({ sourceChars: 29, keptChars: 29 });
		// A mark recorded on the wrong line is not blanked where it stands: the check finds it there.
		const misplaced = checkConservation(marked, PARSED, { firstLine: 5, metadata, marks: [{ line: 7, at: 0, text: '# ' }] });
		expect(misplaced.mismatch).toEqual({ line: 6, expected: '#一季度外贸平稳增长进出口同比增长百分之', found: '一季度外贸平稳增长进出口同比增长百分之五' });
	});
});
