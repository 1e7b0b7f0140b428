import { describe, expect, it } from 'vitest';
import { readPrintedPage } from '../../../src/archive/page-numbers.ts';
import { facetSegment, ITEM_PAGE_FILE, itemId, pageAnchor, pageRecordId, paths, withBase } from '../../../src/archive/urls.ts';

describe('withBase', () => {
	it('joins the base path and a path without doubling slashes', () => {
		expect(withBase('/archive/', '/search/')).toBe('/archive/search/');
		expect(withBase('/', 'kjrb/')).toBe('/kjrb/');
		expect(withBase('/archive/', paths.home())).toBe('/archive/');
	});
});

describe('the URL scheme', () => {
	it('gives items and printed pages ids from paper, date, page and order, 00 for an unknown page', () => {
		expect(itemId('kjrb', '2024-07-12', 8, 3)).toBe('kjrb/2024-07-12/08-03');
		expect(itemId('kjrb', '2024-07-12', undefined, 12)).toBe('kjrb/2024-07-12/00-12');
		expect(pageRecordId('rmrb', '2024-07-15', 1)).toBe('rmrb/2024-07-15/01');
		// A city daily's lettered page (A03: page-numbers.ts), its letter in lower case as every address is.
		expect(itemId('bjqnb', '2024-07-12', readPrintedPage('A03'), 2)).toBe('bjqnb/2024-07-12/a03-02');
		expect(pageRecordId('bjqnb', '2024-07-12', readPrintedPage('B12'))).toBe('bjqnb/2024-07-12/b12');
		expect(pageAnchor('kjrb/2024-07-12/00')).toBe('p00');
	});

	it('tells apart two pages of one date whose numbers are both unknown: 00, then 00b', () => {
		expect(pageRecordId('kjrb', '2024-07-12', undefined, 'b')).toBe('kjrb/2024-07-12/00b');
		expect(itemId('kjrb', '2024-07-12', undefined, 3, 'b')).toBe('kjrb/2024-07-12/00b-03');
		// A known page number has no second slot.
		expect(itemId('kjrb', '2024-07-12', 8, 3, 'b')).toBe('kjrb/2024-07-12/08-03');
		expect(paths.page('kjrb/2024-07-12/00b')).toBe('kjrb/2024-07-12/#p00b');
	});

	it('addresses every kind of page under the base path, ending with a slash', () => {
		expect(withBase('/archive/', paths.paper('kjrb'))).toBe('/archive/kjrb/');
		expect(paths.year('kjrb', 2024)).toBe('kjrb/2024/');
		expect(paths.edition('kjrb', '2024-07-12')).toBe('kjrb/2024-07-12/');
		expect(paths.page('kjrb/2024-07-12/08')).toBe('kjrb/2024-07-12/#p08');
		expect(paths.item('kjrb/2024-07-12/00-01')).toBe('kjrb/2024-07-12/00-01/');
		expect(paths.facet('people')).toBe('browse/people/');
		expect(paths.searchShard('2024')).toBe('pagefind/2024/');
		expect(withBase('/archive/', paths.feed('rss.xml'))).toBe('/archive/rss.xml');
	});

	it('makes any facet name one path segment that every static host serves', () => {
		expect(paths.facetName('places', '兰州')).toBe('browse/places/%E5%85%B0%E5%B7%9E/');
		expect(paths.facetName('people', '罗伯特·库恩')).toBe(`browse/people/${encodeURIComponent('罗伯特·库恩')}/`);
		for (const name of ['..', '.', 'a/b', 'a?b', 'a#b', '100%', '']) {
			expect(facetSegment(name), name).toMatch(/^n-[0-9a-z]+$/);
			expect(paths.facetName('people', name), name).toMatch(/^browse\/people\/n-[0-9a-z]+\/$/);
		}
		expect(facetSegment('a?b')).not.toBe(facetSegment('a#b'));
	});

	it('recognises an item page in the built site, and its print date', () => {
		expect(ITEM_PAGE_FILE.exec(`${paths.item(itemId('kjrb', '2024-07-12', 8, 3))}index.html`)?.[1]).toBe('2024-07-12');
		expect(ITEM_PAGE_FILE.test('kjrb/2024/index.html')).toBe(false);
		expect(ITEM_PAGE_FILE.test('browse/people/index.html')).toBe(false);
	});
});
