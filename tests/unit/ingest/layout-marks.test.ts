/**
 * Layout marks as the conservation check sees them: blanked where they stand (a reference's character in its place),
 * a page's character references and Markdown marks read together, each placed on the printed line, and the spaces OCR
 * set between Chinese characters.
 */
import { describe, expect, it } from 'vitest';
import { blankMarks, markCharacters, readLayoutMarks } from '../../../scripts/ingest/layout-marks.ts';

describe('blankMarks', () => {
	it('puts spaces where the marks stood, a reference’s character first, and leaves a mark that is not at its place', () => {
		const printed = '第一行\n# 标题\n**&ldquo;小标题&rdquo;**';
		const marks = [
			{ line: 11, at: 0, text: '# ' },
			{ line: 12, at: 0, text: '**' },
			{ line: 12, at: 2, text: '&ldquo;', as: '“' },
			{ line: 12, at: 12, text: '&rdquo;', as: '”' },
			{ line: 12, at: 19, text: '**' },
			{ line: 10, at: 0, text: '**' },
		];
		expect(blankMarks(printed, marks, 10)).toBe('第一行\n  标题\n  “      小标题”        ');
		expect(markCharacters(marks)).toBe(1 + 2 + 6 + 6 + 2 + 2);
	});
});

describe('readLayoutMarks', () => {
	it('reads nothing on a page with no layout marks', () => {
		expect(readLayoutMarks('城东新建一座图书馆\n　　城东新建的图书馆日前开馆，市民&lt;排队&gt;入馆。')).toBeUndefined();
	});

	it('reads a page saved from HTML with its references: indents as no-break spaces, quotes as quotes', () => {
		const reading = readLayoutMarks('城东新建一座图书馆\n&nbsp;&nbsp;&nbsp;&nbsp;&ldquo;开馆了！&rdquo;市民说&hellip;&hellip;a&amp;b&#12290;&madeup;\n')!;
		expect(reading.text).toBe('城东新建一座图书馆\n\u00a0\u00a0\u00a0\u00a0“开馆了！”市民说……a&b。&madeup;\n');
		expect(reading.marks.map((mark) => [mark.at, mark.text, mark.as])).toEqual([
			[0, '&nbsp;', '\u00a0'],
			[6, '&nbsp;', '\u00a0'],
			[12, '&nbsp;', '\u00a0'],
			[18, '&nbsp;', '\u00a0'],
			[24, '&ldquo;', '“'],
			[35, '&rdquo;', '”'],
			[45, '&hellip;', '…'],
			[53, '&hellip;', '…'],
			[62, '&amp;', '&'],
			[68, '&#12290;', '。'],
		]);
		expect(reading.markdown).toBeUndefined();
	});

	it('places a Markdown page’s marks on the printed line, past the references before them', () => {
		const reading = readLayoutMarks('# &ldquo;标题&rdquo;\n&nbsp;&nbsp;正文见[网站](http://a.example/?x=1&amp;y=2)&mdash;&mdash;完。\n')!;
		expect(reading.text).toBe('“标题”\n\u00a0\u00a0正文见网站——完。\n');
		expect(reading.marks.filter((mark) => mark.as === undefined)).toEqual([
			{ line: 1, at: 0, text: '# ' },
			{ line: 2, at: 15, text: '[' },
			{ line: 2, at: 18, text: '](http://a.example/?x=1&amp;y=2)' },
		]);
		expect(reading.markdown?.levels).toEqual(new Map([[1, 1]]));
	});

	it('reads a page OCR spaced without its spaces, each a mark the conservation check finds in its place', () => {
		const printed = '城 东 新建 一座 图书馆\r\n本报 记者 王 某\r\n城 东 新 建 的 图 书 馆 日 前 开 馆 ， 首 日 接 待 读 者 3000 余 人 次 。\r\n';
		const reading = readLayoutMarks(printed)!;
		expect(reading.text).toBe('城东新建一座图书馆\r\n本报记者王某\r\n城东新建的图书馆日前开馆，首日接待读者3000余人次。\r\n');
		expect(reading.ocrSpaces).toBe(true);
		expect(reading.marks.slice(0, 5)).toEqual([
			{ line: 1, at: 1, text: ' ' },
			{ line: 1, at: 3, text: ' ' },
			{ line: 1, at: 6, text: ' ' },
			{ line: 1, at: 9, text: ' ' },
			{ line: 2, at: 2, text: ' ' },
		]);
		expect(blankMarks(printed, reading.marks)).toBe(printed);
		expect(markCharacters(reading.marks)).toBe(0);
	});

	it('reads a Markdown page by its marks, not for OCR’s spaces', () => {
		const reading = readLayoutMarks('# 城 东 新 建 一 座 图 书 馆\n\n城 东 新 建 的 图 书 馆 日 前 开 馆 。\n')!;
		expect(reading.ocrSpaces).toBeUndefined();
		expect(reading.text).toBe('城 东 新 建 一 座 图 书 馆\n\n城 东 新 建 的 图 书 馆 日 前 开 馆 。\n');
	});
});
