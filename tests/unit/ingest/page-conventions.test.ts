import { describe, expect, it } from 'vitest';
import { setsArticlesUnderNote } from '../../../scripts/ingest/page-conventions.ts';

describe('setsArticlesUnderNote', () => {
	it('holds for 人民日报’s 文化遗产 page', () => {
		expect(setsArticlesUnderNote({ paper: '人民日报', pageName: '文化遗产' })).toBe(true);
	});

	it('holds for no other page of the paper, nor for that page name in another paper', () => {
		expect(setsArticlesUnderNote({ paper: '人民日报', pageName: '文化' })).toBe(false);
		expect(setsArticlesUnderNote({ paper: '新华每日电讯', pageName: '文化遗产' })).toBe(false);
	});

	it('does not hold where the paper or the page name is unknown', () => {
		expect(setsArticlesUnderNote({ pageName: '文化遗产' })).toBe(false);
		expect(setsArticlesUnderNote({ paper: '人民日报' })).toBe(false);
	});
});
