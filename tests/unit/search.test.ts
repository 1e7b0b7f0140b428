import { describe, expect, it } from 'vitest';
import { parseQuery, toIndexQuery } from '../../src/utils/search-query.ts';
import { fromIndexExcerpt, symbolsIn, symbolsIndexed, toIndexText } from '../../src/utils/search-tokens.ts';

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
		expect(fromIndexExcerpt('正 在 <mark>司</mark> <mark>美</mark> 格 G L P - 1')).toBe('正在<mark>司美</mark>格GLP-1');
	});
});

describe('rankResults', async () => {
	const { rankResults } = await import('../../src/utils/search-rank.ts');
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
