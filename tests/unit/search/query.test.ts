import { describe, expect, it } from 'vitest';
import { isTooLong, MAX_QUERY_LENGTH, parseQuery, toIndexQuery } from '../../../src/search/shared/query.ts';

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

describe('isTooLong', () => {
	it('counts characters, not UTF-16 units, up to the limit', () => {
		expect(isTooLong('字'.repeat(MAX_QUERY_LENGTH))).toBe(false);
		expect(isTooLong('字'.repeat(MAX_QUERY_LENGTH + 1))).toBe(true);
		expect(isTooLong('𠀀'.repeat(MAX_QUERY_LENGTH))).toBe(false);
	});
});
