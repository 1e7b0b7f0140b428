import { describe, expect, it } from 'vitest';
import { authorsLabel, formatDate, INFERRED_NOTE, pageLabel, sourceLinesLabel } from '../../../src/archive/labels.ts';

describe('labels', () => {
	it('formats dates, pages and bylines the Chinese way', () => {
		expect(formatDate('2024-07-09')).toBe('2024年7月9日');
		expect(pageLabel({ page: 8, pageName: '园区' })).toBe('第8版：园区');
		expect(pageLabel({})).toBe('版次未详');
		// A city daily's lettered page, as it prints it.
		expect(pageLabel({ page: 3, pageSection: 'A', pageName: '要闻' })).toBe('第A03版：要闻');
		expect(authorsLabel([{ name: '华凌', role: '本报记者' }, { name: '邸金' }])).toBe('本报记者 华凌、邸金');
	});

	it('names an item’s lines in its page text, a line alone as one', () => {
		expect(sourceLinesLabel([3, 61])).toBe('第 3–61 行');
		expect(sourceLinesLabel([1, 1])).toBe('第 1 行');
	});

	it('explains every field the ingester may infer', () => {
		expect(Object.keys(INFERRED_NOTE).sort()).toEqual(['date', 'page', 'pageName', 'paper']);
		expect(Object.values(INFERRED_NOTE).every((note) => note.includes('推断'))).toBe(true);
	});
});
