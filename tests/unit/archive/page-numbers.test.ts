import { describe, expect, it } from 'vitest';
import { pageParts, printedPage, readPrintedPage, sortablePage } from '../../../src/archive/page-numbers.ts';

describe('page-numbers', () => {
	it('reads a page as maintainers and page texts write it', () => {
		expect(readPrintedPage('8')).toBe(8);
		expect(readPrintedPage('08')).toBe(8);
		expect(readPrintedPage('A03')).toBe(sortablePage(3, 'A'));
		expect(readPrintedPage('a3')).toBe(sortablePage(3, 'A'));
		expect(readPrintedPage('Ｂ１２')).toBe(sortablePage(12, 'B'));
		for (const text of ['0', 'A0', 'AA3', '3A', 'A1000', '八', '']) expect(readPrintedPage(text), text).toBeUndefined();
	});

	it('keeps a lettered page one value, in print order', () => {
		const pages = ['B01', 'A16', 'A02', 'C03', 'A10'].map((text) => readPrintedPage(text)!);
		expect(pages.sort((a, b) => a - b).map(printedPage)).toEqual(['A02', 'A10', 'A16', 'B01', 'C03']);
		expect(pageParts(sortablePage(16, 'A')!)).toEqual({ page: 16, pageSection: 'A' });
		expect(pageParts(999)).toEqual({ page: 999 });
		expect(printedPage(8)).toBe('8');
	});
});
