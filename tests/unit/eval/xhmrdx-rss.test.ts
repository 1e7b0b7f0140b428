import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMrdxDay } from '../../../scripts/eval/xhmrdx-rss.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/eval');

describe('readMrdxDay', () => {
	it('reads each article of a day as printed: kicker, title on two lines, subtitle, the flush byline, centred bold headings and paragraphs', () => {
		const articles = readMrdxDay(readFileSync(join(FIXTURES, 'xhmrdx-day.xml'), 'utf8'));
		expect(articles).toEqual(JSON.parse(readFileSync(join(FIXTURES, 'xhmrdx-day.expected.json'), 'utf8')));
	});
});
