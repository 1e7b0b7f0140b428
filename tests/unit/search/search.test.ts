import { describe, expect, it } from 'vitest';
import { parseQuery, toIndexQuery } from '../../../src/search/shared/query.ts';
import { fromIndexExcerpt, symbolsIn, symbolsIndexed, toIndexText } from '../../../src/search/shared/tokens.ts';

describe('parseQuery', () => {
	it('splits on spaces, full-width ones included', () => {
		expect(parseQuery(' 生物医药  算力\u3000明月湖 ')).toEqual(['生物医药', '算力', '明月湖']);
	});
	it('keeps straight-quoted text as one term', () => {
		expect(parseQuery('"AI 制药" 嘉兴')).toEqual(['AI 制药', '嘉兴']);
	});
	it('treats Chinese quotation marks as text', () => {
		expect(parseQuery('向“新”力')).toEqual(['向“新”力']);
	});
	it('drops repeated terms, ignoring case', () => {
		expect(parseQuery('GLP-1 glp-1')).toEqual(['GLP-1']);
	});
	it('returns nothing for blank input or empty quotes', () => {
		expect(parseQuery('  ""  ')).toEqual([]);
	});
});

describe('toIndexQuery', () => {
	it('asks for an exact phrase of single characters', () => {
		expect(toIndexQuery('GLP-1受体')).toBe('"G L P - 1 受 体"');
	});
	it('ignores whitespace inside a term', () => {
		expect(toIndexQuery('AI 制药')).toBe('"A I 制 药"');
	});
});

describe('toIndexText', () => {
	it('makes every character a word and keeps words apart from neighbours', () => {
		expect(toIndexText('司美格鲁肽')).toBe(' 司 美 格 鲁 肽 ');
	});
	it('leaves whitespace-only text alone', () => {
		expect(toIndexText('\n')).toBe('\n');
	});
	it('counts a character outside the Basic Multilingual Plane as one', () => {
		expect(toIndexText('𠮷野')).toBe(' 𠮷 野 ');
	});
});

describe('symbolsIn / symbolsIndexed', () => {
	it('collects punctuation and symbols, not letters, digits or Han', () => {
		expect([...symbolsIn('AI+智能，“新”500%')].sort()).toEqual(['%', '+', '“', '”', '，'].sort());
	});
	it('rejects a query with a symbol the archive never prints', () => {
		const indexed = symbolsIn('GLP-1，');
		expect(symbolsIndexed('GLP-1', indexed)).toBe(true);
		expect(symbolsIndexed('GLP@1', indexed)).toBe(false);
	});
});

describe('fromIndexExcerpt', () => {
	it('removes the spaces between characters and joins highlights', () => {
		expect(fromIndexExcerpt('正 在 <mark>司</mark> <mark>美</mark> 格 G L P - 1 ¶ 下 一 段 ¶ ')).toBe('正在<mark>司美</mark>格GLP-1　下一段');
	});
});

describe('rankResults', async () => {
	const { rankResults } = await import('../../../src/search/shared/rank.ts');
	it('puts title hits first, then the items that match most often', () => {
		const ranked = rankResults(
			[
				{ title: '浙江嘉兴南湖高新区', matches: 1 },
				{ title: '兰州高新区招商', matches: 40 },
				{ title: '生物 医药简讯', matches: 2 },
				{ title: '北京南中轴', matches: 3 },
				{ title: '深圳前海', matches: 3 },
			],
			['生物医药'],
		);
		expect(ranked.map((r) => r.title)).toEqual(['生物 医药简讯', '兰州高新区招商', '北京南中轴', '深圳前海', '浙江嘉兴南湖高新区']);
	});
});

describe('rankResults with several terms', async () => {
	const { rankResults } = await import('../../../src/search/shared/rank.ts');
	it('puts items holding the terms side by side before items holding them apart', () => {
		const ranked = rankResults(
			[
				{ title: 'A', text: '生物产业与医药企业', matches: 9 },
				{ title: 'B', text: '发展生物医药产业', matches: 1 },
			],
			['生物', '医药'],
		);
		expect(ranked.map((r) => r.title)).toEqual(['B', 'A']);
	});
});

describe('search URLs', async () => {
	const { readSearchParams, writeSearchParams, linkToMatch, filterValuesOf, periodLabel } = await import('../../../src/search/shared/filters.ts');
	it('names a time in whole years where it can', () => {
		expect(periodLabel('2001-01-01', '2001-12-31')).toBe('2001年');
		expect(periodLabel('2001-01-01', '2006-12-31')).toBe('2001年至2006年');
		expect(periodLabel('2001-01-01', '2007-08-31')).toBe('2001年1月至2007年8月');
		expect(periodLabel('2007-09-01', '2007-12-31')).toBe('2007年9月至12月');
		expect(periodLabel('2007-09-01', '2007-09-30')).toBe('2007年9月');
		expect(periodLabel('2007-09-01')).toBe('2007年9月');
		expect(periodLabel('2008-01-01')).toBe('2008年');
	});
	it('round-trips a search with filters and sorting', () => {
		const state = { query: '生物医药 "AI 制药"', filters: { paper: '科技日报', month: '2024-07' }, sort: 'newest' as const, wholeArchive: false };
		const params = writeSearchParams(state);
		expect(params.toString()).toBe('q=%E7%94%9F%E7%89%A9%E5%8C%BB%E8%8D%AF+%22AI+%E5%88%B6%E8%8D%AF%22&paper=%E7%A7%91%E6%8A%80%E6%97%A5%E6%8A%A5&month=2024-07&sort=newest');
		expect(readSearchParams(params)).toEqual(state);
	});
	it('round-trips a search of the whole archive', () => {
		const state = { query: '疫苗', filters: {}, sort: 'relevance' as const, wholeArchive: true };
		expect(writeSearchParams(state).toString()).toBe('q=%E7%96%AB%E8%8B%97&scope=all');
		expect(readSearchParams(writeSearchParams(state))).toEqual(state);
	});
	it('ignores unknown parameters and defaults to relevance', () => {
		expect(readSearchParams(new URLSearchParams('q=x&colour=red&sort=oldest'))).toEqual({ query: 'x', filters: {}, sort: 'relevance', wholeArchive: false });
	});
	it('links to the match with a text fragment, hyphens escaped', () => {
		expect(linkToMatch('/a/b/#sec', 'GLP-1受体')).toBe('/a/b/#:~:text=GLP%2D1%E5%8F%97%E4%BD%93');
		expect(linkToMatch('/a/b/', undefined)).toBe('/a/b/');
	});
	it('gives every item its filter values', () => {
		const values = filterValuesOf({
			title: 't', paper: '科技日报', date: '2024-07-12', order: 1, authors: [{ name: '华凌', role: '本报记者' }], places: ['北京'], figures: [], inferred: [],
			source: { file: 'x', lines: [1, 2] },
		});
		expect(values).toEqual({ paper: ['科技日报'], year: ['2024'], month: ['2024-07'], page: ['版次未详'], column: [], place: ['北京'], author: ['华凌'] });
	});
});
