/**
 * Pages OCR gave with a space between Chinese characters (Tesseract's chi_sim): which pages are read so, and which
 * spaces on them are OCR's.
 */
import { describe, expect, it } from 'vitest';
import { ocrSpacesOf, spacesCharacters } from '../../../scripts/ingest/ocr-spaces.ts';

describe('spacesCharacters', () => {
	it('reads a page spaced character by character, or word by word, as OCR spaced', () => {
		expect(spacesCharacters('城 东 新 建 的 图 书 馆 日 前 开 馆 ， 首 日 接 待 读 者 3000 余 人 次 。')).toBe(true);
		expect(spacesCharacters('城东 新建 的 图书馆 日前 开馆 ， 首日 接待 读者 3000 余 人次 ， 馆内 藏书 12 万 册 。')).toBe(true);
	});

	it('reads no page a paper spaced by its own rules: names and short titles spaced out, a Latin text', () => {
		const page = [
			'新 闻 速 递',
			'本报记者  王  某  李  四',
			'　　城东新建的图书馆日前开馆，首日接待读者三千余人次。馆内新设阅览区，读者可用手机预约座位。',
			'　　城西公园改造工程近日完工，新增步道三公里。本报记者 张三 李四 王五 赵六',
		].join('\n');
		expect(spacesCharacters(page)).toBe(false);
		expect(spacesCharacters('The library opened on Monday, and 3,000 readers came.')).toBe(false);
		// (Spaced, but too little to tell: a line of a few characters.)
		expect(spacesCharacters('图 片 新 闻')).toBe(false);
	});
});

describe('ocrSpacesOf', () => {
	it('marks each single space next to a character that is not ASCII, and no other', () => {
		const line = '　　馆 内 新 设 “ AI Agent 导 览 ” ， 3 公 里 2026-04-30 20:52 星期 五  张 三 ';
		const marks = ocrSpacesOf(line, 7);
		expect(marks.every((mark) => mark.line === 7 && mark.text === ' ')).toBe(true);
		let text = '';
		let from = 0;
		for (const mark of marks) {
			text += line.slice(from, mark.at);
			from = mark.at + 1;
		}
		text += line.slice(from);
		// The indent stays, Latin words and a date and time keep their spaces, a gap of two spaces stays, and so does
		// the space closing the line.
		expect(text).toBe('　　馆内新设“AI Agent导览”，3公里2026-04-30 20:52星期五  张三 ');
	});
});
