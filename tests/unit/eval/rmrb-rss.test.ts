import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRssDay } from '../../../scripts/eval/rmrb-rss.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/eval');

describe('readRssDay', () => {
	it('reads each article of a day as printed: kicker, title, subtitle lines, byline, headings and paragraphs', () => {
		const articles = readRssDay(readFileSync(join(FIXTURES, 'rmrb-day.xml'), 'utf8'));
		expect(articles.map(({ html: _, ...article }) => article)).toEqual(JSON.parse(readFileSync(join(FIXTURES, 'rmrb-day.expected.json'), 'utf8')));
	});

	it('keeps each article’s HTML as the feed holds it, for the corpus’s pages saved as HTML', () => {
		const articles = readRssDay(readFileSync(join(FIXTURES, 'rmrb-day.xml'), 'utf8'));
		expect(articles.every((article) => article.html?.includes('<div class="article">'))).toBe(true);
		expect(articles[0]!.html).toContain(`<h1>`);
	});
});
