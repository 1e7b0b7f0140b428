import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHARACTERS, PRINTED } from '../../../scripts/ingest/column-width.ts';
import { wrappedLines, wrapWidth } from '../../../scripts/ingest/hard-wrap.ts';
import { readLines } from '../../../scripts/ingest/line-kinds.ts';

/** A paragraph as OCR gives a 13-character column: 11 characters after the indent, then 13 a line. */
const PARAGRAPH = ['\u3000\u3000清晨，阳光洒进新建成的', '图书馆。书架上摆满了新书，', '孩子们在这里读书、画画，老', '师们也常来这里备课。'];

/** A 13-character column, counted in characters. */
const COLUMN = { width: 13, measure: CHARACTERS };

function page(...blocks: string[][]): ReturnType<typeof readLines> {
	return readLines(blocks.flat().join('\n'));
}

describe('wrapWidth', () => {
	it('finds the width most lines of a wrapped page run to', () => {
		const long = [PARAGRAPH[0]!, ...Array.from({ length: 6 }, () => PARAGRAPH[1]!), PARAGRAPH[3]!];
		const lines = page(['山区小学用上了新图书馆', '本报记者  王  林'], long, long, long);
		expect(wrapWidth(lines)?.width).toBe(13);
	});

	it('finds the width of the wrapped fixture page, so that its expected split is that of wrapped text', () => {
		const fixture = readFileSync(new URL('../../fixtures/pages/ocr-wrapped.txt', import.meta.url), 'utf8');
		expect(wrapWidth(readLines(fixture))?.width).toBe(13);
	});

	it('leaves a spaced name or a marked line under a full one standing apart', () => {
		const lines = page([
			'\u3000\u3000直播能盘活综艺吗？这是',
			'行业必须回归的原点。',
			'歌声，炽热有光',
			'——观电影《阳光女子合唱团》',
			'赵  丽',
			'\u200b袁  婵',
		]);
		const goesOn = wrappedLines(lines, COLUMN);
		expect([5, 6].filter((line) => goesOn.has(line))).toEqual([]);
	});

	it('carries on an ornament line that the wrap cut in its spaces, and nothing under it', () => {
		const lines = page([
			'\u3000\u3000挽住云河洗天青，闽山闽',
			'水物华新。',
			'\u3000\u3000***        ',
			'***',
			'\u3000\u3000“实现中国梦是一场历史',
			'接力赛”。',
		]);
		const goesOn = wrappedLines(lines, COLUMN);
		expect([3, 4, 5].filter((line) => goesOn.has(line))).toEqual([4]);
	});

	it("carries a caption's last words and credit on under its unfinished first line, but no caption of its own", () => {
		const lines = page(['\u3000\u3000浙江德清淡水养殖珍珠场', '景。\u3000\u3000闵庆文供图', '\u3000\u3000湖州南浔的桑基鱼塘。', '\u3000\u3000闵庆文供图']);
		const goesOn = wrappedLines(lines, COLUMN);
		expect([2, 3, 4].filter((line) => goesOn.has(line))).toEqual([2]);
	});

	it("carries the name on after an attribution's dash in the text, but not after a subtitle's", () => {
		const lines = page(['\u3000\u3000——江苏昆山饿了么小哥', '孙路路', '\u3000\u3000过去，我是一名挖掘机司', '机。', '——从地方好品看发展潜能③', '叶传增']);
		const goesOn = wrappedLines(lines, COLUMN);
		expect([2, 4, 6].filter((line) => goesOn.has(line))).toEqual([2, 4]);
	});

	it('counts a figure or a Latin letter as half a character where the lines run to one width so, as print sets them', () => {
		// (A 13-character column: 2026年 is four figures in two characters' room.)
		const paragraph = [
			'清晨，阳光洒进新建成的',
			'图书馆。2026年4月，书架上',
			'摆满了新书，孩子们在这里读',
			'书、画画，AI和VR导览也已',
			'上线，老师们也常来这里备课。',
			'每到课间，这里总是坐满了人',
			'孩子们在这里读书、画画，老',
			'师们也常来这里备课。',
		];
		const wrap = wrapWidth(page(...Array.from({ length: 6 }, () => paragraph)));
		expect(wrap?.width).toBe(13);
		expect(wrap?.measure).toBe(PRINTED);
		expect(wrapWidth(page(...Array.from({ length: 6 }, () => PARAGRAPH)))?.measure).toBe(CHARACTERS);
	});

	it('finds none on a page with a paragraph to a line, or too short to tell', () => {
		const unwrapped = Array.from({ length: 30 }, (_, i) => `　　第${i}段文字，长短不一${'很长'.repeat(i % 7)}。`);
		expect(wrapWidth(readLines(unwrapped.join('\n')))).toBeUndefined();
		expect(wrapWidth(page(PARAGRAPH))).toBeUndefined();
	});
});

describe('wrappedLines', () => {
	it('has each line under a full one go on with it, up to the paragraph’s short last line', () => {
		const lines = page(PARAGRAPH, PARAGRAPH);
		expect([...wrappedLines(lines, COLUMN)]).toEqual([2, 3, 4, 6, 7, 8]);
	});

	it('has a spaced name or a credit the wrap cut go on with its last character', () => {
		const lines = page(
			['\u3000\u3000全国政协常委  易  ', '纲'],
			['\u3000\u3000金融是国民经济的血脉，', '是国家核心竞争力的重要组成'],
			['\u3000\u3000制图：宣  艳  李嘉', '兆'],
			['\u3000\u3000近日，人民日报社国际部'],
		);
		expect([...wrappedLines(lines, COLUMN)]).toEqual([2, 4, 6]);
	});

	it('has the line under one that runs the full width only with the spaces after it go on, unless every line is padded so', () => {
		const blocks = [['\u3000\u3000腾讯视频算法工程师  ', '钟文浩'], ['\u3000\u3000主办：江苏省人民政府\u3000', '国务院台湾事务办公室'], PARAGRAPH, PARAGRAPH];
		expect([...wrappedLines(page(...blocks), COLUMN)]).toEqual([2, 4, 6, 7, 8, 10, 11, 12]);
		const padded = blocks.map((block) => block.map((line) => line.padEnd(16, ' ')));
		// (Line 4 goes on there as a paragraph's first line three characters short may: 主办：江苏省人民政府 runs ten.)
		expect([...wrappedLines(page(...padded), COLUMN)]).toEqual([4, 6, 7, 8, 10, 11, 12]);
	});

	it('opens a block at an indent, a caption, a headline, a byline and the title over it', () => {
		const lines = page(
			['\u3000\u3000清晨，阳光洒进新建成的', '图书馆。书架上摆满了新书，'],
			['图为农民在麦田里查看秧苗。'],
			['\u3000\u3000清晨，阳光洒进新建成的', '图书馆。书架上摆满了新书，'],
			['山区小学用上了新图书馆新图书馆真好'],
			['\u3000\u3000清晨，阳光洒进新建成的', '图书馆里，书架上摆满了新书。'],
			['春耕时节的乡村', '本报记者  刘  川'],
		);
		// Lines 2, 5 and 8 go on; 3 (a caption), 4 (indented), 6 (a headline), 9 (a title over a byline, after a sentence's end) and 10 open blocks.
		expect([...wrappedLines(lines, COLUMN)]).toEqual([2, 5, 8]);
	});

	it('opens a block at an unfinished line after a sentence that filled its line, unless a heading wraps onto it', () => {
		const lines = page(
			['\u3000\u3000清晨，阳光洒进新建成的', '图书馆里，书架上摆满了新书。'],
			['从分散守护迈向协同共治', '生态警务协作机制启动', '本报张掖4月26日电'],
			['\u3000\u3000科创之路，人形机器人走', '向实景'],
			['\u3000\u3000清晨，阳光洒进新建成的', '图书馆里，书架上摆满了新书。', '孩子们在这里读书、画画，老', '师们也常来这里备课。'],
		);
		// 3 (a kicker after a full line that ended a sentence) opens a block; 7 (a heading's second line) and 10 (the next sentence, after a full line that ended one) go on.
		expect([...wrappedLines(lines, COLUMN)]).toEqual([2, 7, 9, 10, 11]);
	});

	it('reads a paragraph whose indent OCR lost: its first line is two characters short, a title over such a line is not', () => {
		const lines = page(
			['节能降碳是实现高质量发', '展的重要举措。“二〇一二年', '以来，我国以年均较低的能耗', '增速支撑了经济增长。'],
			['山区小学有了新图书馆', '清晨，阳光洒进新建成', '的图书馆，书架上摆满了新书', '和孩子们的笑声。'],
		);
		// 2–4 and 7–8 go on; 5 (a short line ended the paragraph above) and 6 (two short lines in a row: a title over a first line) open blocks.
		expect([...wrappedLines(lines, COLUMN)]).toEqual([2, 3, 4, 7, 8]);
	});
});
