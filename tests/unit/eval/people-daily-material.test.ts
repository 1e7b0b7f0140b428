import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCrawledDay } from '../../../scripts/eval/people-daily-material.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/eval');

describe('readCrawledDay', () => {
	it('reads each article page by page in print order: kicker, title, subtitle, the byline before the paper and date, bold paragraphs as headings; the series label and a picture alone are no text', () => {
		const articles = readCrawledDay(readFileSync(join(FIXTURES, 'crawl-day.json'), 'utf8'));
		expect(articles).toEqual(JSON.parse(readFileSync(join(FIXTURES, 'crawl-day.expected.json'), 'utf8')));
	});

	it('leaves out an article the crawler kept only the link of, with no title and no text', () => {
		const linkOnly = { url: 'https://paper.people.com.cn/rmrb/pc/content/202602/08/../../', date: '2026-02-08', section_no: '', section_name: '', title: '' };
		expect(readCrawledDay(JSON.stringify([linkOnly]))).toEqual([]);
	});
});
