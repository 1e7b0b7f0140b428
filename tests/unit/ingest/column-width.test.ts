import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { columnWidth, runsWholeLines } from '../../../scripts/ingest/column-width.ts';
import { readLines } from '../../../scripts/ingest/line-kinds.ts';

const fixture = readFileSync(new URL('../../fixtures/pages/flat-heading-by-column-width.txt', import.meta.url), 'utf8');

describe('columnWidth', () => {
	it('reads the width of the column from the pieces column breaks cut, on a page without indents', () => {
		expect(columnWidth(readLines(fixture))?.width).toBe(13);
	});

	it('reads none where too few pieces show it', () => {
		expect(columnWidth(readLines(fixture.split('\n').slice(0, 8).join('\n')))).toBeUndefined();
	});

	it('reads none from paragraphs no column break cut', () => {
		const whole = Array.from({ length: 12 }, (_, i) => `第${i}段说的是一件事，${'也说到另一件事，'.repeat(i % 5)}`);
		expect(columnWidth(readLines(whole.join('\n')))).toBeUndefined();
	});
});

describe('runsWholeLines', () => {
	const column = columnWidth(readLines(fixture))!;
	const line = (text: string, trailingSpaces = '') => ({ text, trailingSpaces });

	it('takes a piece of whole column lines, a mark or two past them, for one a break may have cut', () => {
		expect(runsWholeLines(line('运营三年来，这条由民营资本控股的高铁线路客流稳步增长'), column)).toBe(true);
		expect(runsWholeLines(line('运营三年来，这条由民营资本控股的高铁线路客流稳步增长，沿”'), column)).toBe(true);
	});

	it('takes a line of another length for a whole one', () => {
		expect(runsWholeLines(line('创新投资回报机制，让民间资本“进得来、留得住”'), column)).toBe(false);
		expect(runsWholeLines(line('加强安全管理，守牢运营底线，筑牢安全防线'), column)).toBe(false);
	});

	it('counts the spaces left at the end of a piece whose break fell between two phrases', () => {
		// 24 characters and 2 spaces: two column lines of 13, cut in 以“科技改变生活  创新赢得未来”.
		expect(runsWholeLines(line('全国科普月期间，各地各部门和社会以“科技改变生活', '  '), column)).toBe(true);
		expect(runsWholeLines(line('全国科普月期间，各地各部门和社会以“科技改变生活'), column)).toBe(false);
	});
});
