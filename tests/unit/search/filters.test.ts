import { describe, expect, it } from 'vitest';
import { filterValueLabel, filterValuesOf, linkToMatch, periodLabel, readSearchParams, writeSearchParams } from '../../../src/search/shared/filters.ts';

describe('periodLabel', () => {
	it('names a time in whole years where it can', () => {
		expect(periodLabel('2001-01-01', '2001-12-31')).toBe('2001年');
		expect(periodLabel('2001-01-01', '2006-12-31')).toBe('2001年至2006年');
		expect(periodLabel('2001-01-01', '2007-08-31')).toBe('2001年1月至2007年8月');
		expect(periodLabel('2007-09-01', '2007-12-31')).toBe('2007年9月至12月');
		expect(periodLabel('2007-09-01', '2007-09-30')).toBe('2007年9月');
		expect(periodLabel('2007-09-01')).toBe('2007年9月');
		expect(periodLabel('2008-01-01')).toBe('2008年');
	});
});

describe('filterValueLabel', () => {
	it('writes years and months the Chinese way, and other values as they are', () => {
		expect(filterValueLabel('year', '2024')).toBe('2024年');
		expect(filterValueLabel('month', '2024-07')).toBe('2024年7月');
		expect(filterValueLabel('page', '第8版')).toBe('第8版');
	});
});

describe('readSearchParams / writeSearchParams', () => {
	it('writes a search with filters and sorting in the URL’s order, and reads it back', () => {
		const state = { query: '生物医药 "AI 制药"', filters: { paper: '科技日报', month: '2024-07' }, sort: 'newest' as const, wholeArchive: false };
		expect(writeSearchParams(state)).toEqual([
			['q', '生物医药 "AI 制药"'],
			['paper', '科技日报'],
			['month', '2024-07'],
			['sort', 'newest'],
		]);
		expect(readSearchParams(new URLSearchParams(writeSearchParams(state)))).toEqual(state);
	});
	it('round-trips a search of the whole archive', () => {
		const state = { query: '疫苗', filters: {}, sort: 'relevance' as const, wholeArchive: true };
		expect(new URLSearchParams(writeSearchParams(state)).toString()).toBe('q=%E7%96%AB%E8%8B%97&scope=all');
		expect(readSearchParams(new URLSearchParams(writeSearchParams(state)))).toEqual(state);
	});
	it('writes nothing for an empty search', () => {
		expect(writeSearchParams({ query: '', filters: {}, sort: 'relevance', wholeArchive: false })).toEqual([]);
	});
	it('ignores unknown parameters and defaults to relevance', () => {
		expect(readSearchParams(new URLSearchParams('q=x&colour=red&sort=oldest'))).toEqual({ query: 'x', filters: {}, sort: 'relevance', wholeArchive: false });
	});
});

describe('linkToMatch', () => {
	it('links to the match with a text fragment, hyphens escaped', () => {
		expect(linkToMatch('/a/b/#sec', 'GLP-1受体')).toBe('/a/b/#:~:text=GLP%2D1%E5%8F%97%E4%BD%93');
		expect(linkToMatch('/a/b/', undefined)).toBe('/a/b/');
	});
});

describe('filterValuesOf', () => {
	it('gives every item its filter values', () => {
		const values = filterValuesOf({
			title: 't',
			paper: '科技日报',
			date: '2024-07-12',
			order: 1,
			authors: [{ name: '华凌', role: '本报记者' }],
			places: ['北京'],
			figures: [],
			inferred: [],
			source: { file: 'x', lines: [1, 2] },
		});
		expect(values).toEqual({ paper: ['科技日报'], year: ['2024'], month: ['2024-07'], page: ['版次未详'], column: [], place: ['北京'], author: ['华凌'] });
	});
});
