import { describe, expect, it } from 'vitest';
import { decodeEntities, fromIndexExcerpt, symbolsIn, symbolsIndexed, toIndexText } from '../../../src/search/shared/tokens.ts';

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

describe('decodeEntities', () => {
	it('gives back the characters of numeric and named references, and leaves unknown ones', () => {
		expect(decodeEntities('A&amp;B &#39;x&#x27; &lt;&GT; &quot;&apos; &nbsp;')).toBe(`A&B 'x' <> "' &nbsp;`);
	});
});

describe('fromIndexExcerpt', () => {
	it('removes the spaces between characters and joins highlights', () => {
		expect(fromIndexExcerpt('正 在 <mark>司</mark> <mark>美</mark> 格 G L P - 1 ¶ 下 一 段 ¶ ')).toBe('正在<mark>司美</mark>格GLP-1　下一段');
	});

	it('keeps an ampersand of the text a character, never the start of a reference', () => {
		// The text "&lt;b&gt;" spaced out, as an excerpt gives it; and a "<" of the text, which Pagefind writes &lt;.
		const html = fromIndexExcerpt(' 写 作 & l t ; b & g t ; 与 &lt; 号 ');
		expect(html).toBe('写作&amp;lt;b&amp;gt;与&lt;号');
		expect(decodeEntities(html)).toBe('写作&lt;b&gt;与<号');
	});
});
