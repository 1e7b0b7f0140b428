import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStudyTimesDay } from '../../../scripts/eval/xxsb-rss.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/eval');

describe('readStudyTimesDay', () => {
	it('reads each article once: kicker, title, subtitle, the author above the text, bold headings and paragraphs; a picture alone is no article', () => {
		const articles = readStudyTimesDay(readFileSync(join(FIXTURES, 'xxsb-day.xml'), 'utf8'));
		expect(articles).toEqual(JSON.parse(readFileSync(join(FIXTURES, 'xxsb-day.expected.json'), 'utf8')));
	});
});
