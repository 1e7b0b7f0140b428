/**
 * Articles saved one per file (scripts/ingest/article-files.ts): what a name says, how a run's files are grouped into
 * page texts, and what the crawler's three header lines say of the split.
 */
import { describe, expect, it } from 'vitest';
import { articleFileName, groupArticleFiles, joinArticles, locateLine } from '../../../scripts/ingest/article-files.ts';
import { sortablePage } from '../../../src/archive/page-numbers.ts';

describe('articleFileName', () => {
	it('reads the date, the page and the article’s number from the crawler’s names', () => {
		expect(articleFileName('20191015-01-04.txt')).toEqual({ date: '2019-10-15', page: 1, article: 4 });
		expect(articleFileName('20200102-16-1.txt')).toEqual({ date: '2020-01-02', page: 16, article: 1 });
	});

	it('reads a city daily’s lettered page as printed, A before B', () => {
		expect(articleFileName('20240712-A03-01.txt')).toEqual({ date: '2024-07-12', page: sortablePage(3, 'A'), article: 1 });
		expect(articleFileName('20240712-b01-2.txt')).toEqual({ date: '2024-07-12', page: sortablePage(1, 'B'), article: 2 });
		expect(articleFileName('20240712-A00-01.txt')).toBeUndefined();
	});

	it('takes no other name for one: no day, no page, another pattern', () => {
		for (const name of ['20191332-01-01.txt', '20190229-01-01.txt', '20191015-00-01.txt', 'rmrb-2026-04-28-01.txt', '20191015-01.txt', '20191015-01-04.md']) {
			expect(articleFileName(name), name).toBeUndefined();
		}
	});
});

describe('groupArticleFiles', () => {
	it('reads a page’s article files in one folder as one page text, in their numbers’ order, and other files alone', () => {
		const files = ['/a/20191015-01-10.txt', '/a/20191015-01-2.txt', '/a/20191015-02-01.txt', '/a/page.txt', '/b/20191015-01-01.txt', '/a/20191015-01-01.txt'];
		expect(groupArticleFiles(files)).toEqual([
			['/a/20191015-01-01.txt', '/a/20191015-01-2.txt', '/a/20191015-01-10.txt'],
			['/a/20191015-02-01.txt'],
			['/a/page.txt'],
			['/b/20191015-01-01.txt'],
		]);
	});
});

describe('joinArticles', () => {
	it('says which line is each article’s kicker, title and subtitle where the file keeps the crawler’s header', () => {
		const page = joinArticles([
			{ file: 'a', text: '\r\n一季度外贸平稳增长\r\n民营企业成为带动增长的主要力量\r\n\u3000\u3000正文。\r\n' },
			{ file: 'b', text: '城西公园改造提速\n三项工程年内完工\n\n\u3000\u3000正文。\n' },
		]);
		expect(page.text.split('\n')).toHaveLength(9);
		expect([...page.starts]).toEqual([2, 5]);
		expect([...page.titles]).toEqual([2, 6]);
		expect([...page.subtitles]).toEqual([3]);
		// The header's empty lines part nothing: a page of many articles is not one whose blank lines part paragraphs.
		expect([...page.partNothing]).toEqual([1, 7]);
		expect(locateLine(page, 6)).toEqual({ file: 'b', line: 2 });
	});

	it('leaves a file that does not keep that header to the parser, one item still', () => {
		const page = joinArticles([{ file: 'a', text: '城东新建一座图书馆\n\u3000\u3000正文。\n' }]);
		expect([...page.starts]).toEqual([1]);
		expect(page.titles.size).toBe(0);
		expect(page.headers.size).toBe(0);
	});
});
