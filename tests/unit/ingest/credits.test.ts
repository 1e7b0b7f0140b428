import { describe, expect, it } from 'vitest';
import { isCallForContributions, isCreditLine, isCreditRole, parseCredits } from '../../../scripts/ingest/credits.ts';

describe('isCreditLine', () => {
	it('takes the editor credits of a page, however the page prints them', () => {
		for (const line of [
			'本版责编：王  彦  刘  涓  版式设计：沈亦伶',
			'本版责编 肖  遥  陈圆圆 版式设计：张丹峰',
			'一版责编：许  诺  赵  政  二版责编：吕  莉  郭雪岩',
			'本版责编：徐红梅 本版邮箱：msfk@peopledaily.cn 题图设计：汪哲平',
			'本版责编：张  健 本版邮箱 dadi@peopledaily.cn 欢迎广大读者来稿。来稿要求为原创首发，非一稿多投。',
			'责任编辑：王  彦  美术编辑：李  明',
			'摄影编辑：程远帆',
			'版面设计：蔡华伟',
		]) {
			expect(isCreditLine(line), line).toBe(true);
		}
	});

	it('takes the editors a web copy prints in brackets under each article, and reads their names', () => {
		for (const line of ['【责任编辑：张  三】', '【编辑：刘晓  陈静】', '（责编：王浩、李强）', '(责编：赵敏)']) {
			expect(isCreditLine(line), line).toBe(true);
		}
		expect(parseCredits('【责任编辑：张  三】')).toEqual([{ role: '责任编辑', names: ['张三'] }]);
		expect(parseCredits('【编辑：刘晓  陈静】')).toEqual([{ role: '编辑', names: ['刘晓', '陈静'] }]);
		// (A label in brackets that names no editor is none: 【编辑手记】.)
		expect(isCreditLine('【编辑手记】')).toBe(false);
	});

	it('refuses running text that opens with a role word', () => {
		expect(isCreditLine('编辑：这是一句话，有逗号')).toBe(false);
		expect(isCreditLine('编辑部门 今天开会')).toBe(false);
	});

	it("takes a layout designer's name run on after the role, and nothing longer than a name", () => {
		expect(isCreditLine('版式设计刘佳')).toBe(true);
		expect(isCreditLine('版式设计 汪哲平')).toBe(true);
		expect(isCreditLine('版式设计的新思路')).toBe(false);
		expect(isCreditLine('版式设计更加简洁明快')).toBe(false);
	});
});

describe('isCreditRole', () => {
	it.each([
		['版式设计', true],
		['本版责编：', true],
		['图片编辑', true],
		['版式设计：沈亦伶', false],
		['设计师', false],
		['编辑部的故事', false],
	])('%s → %s', (line, expected) => {
		expect(isCreditRole(line)).toBe(expected);
	});
});

describe('isCallForContributions', () => {
	it('takes a page’s call for contributions on a line of its own', () => {
		expect(isCallForContributions('欢迎广大读者来稿。来稿要求为原创首发，非一稿多投。')).toBe(true);
		expect(isCallForContributions('　　欢迎来稿')).toBe(true);
	});

	it('refuses a sentence that only mentions contributions, or runs on as a paragraph does', () => {
		expect(isCallForContributions('编辑部表示，欢迎读者来稿。')).toBe(false);
		expect(isCallForContributions(`欢迎读者来稿，${'谈谈你身边的新变化、新故事，'.repeat(4)}我们将择优刊发。`)).toBe(false);
	});
});

describe('parseCredits', () => {
	it('reads each role with its people, the credits of several pages apart', () => {
		expect(parseCredits('一版责编：许  诺  赵川博  二版责编：吕  莉')).toEqual([
			{ role: '一版责编', names: ['许诺', '赵川博'] },
			{ role: '二版责编', names: ['吕莉'] },
		]);
		expect(parseCredits('本版责编：张  健 本版邮箱 dadi@peopledaily.cn 欢迎广大读者来稿。来稿要求为原创首发，非一稿多投。')).toEqual([
			{ role: '本版责编', names: ['张健'] },
			{ role: '本版邮箱', names: ['dadi@peopledaily.cn'] },
		]);
		expect(parseCredits('本版责编 肖  遥 版式设计：张丹峰')).toEqual([
			{ role: '本版责编', names: ['肖遥'] },
			{ role: '版式设计', names: ['张丹峰'] },
		]);
	});
});

describe('credits whose spaces OCR lost', () => {
	it('reads roles run into their names and names run together', () => {
		expect(isCreditLine('本版责编陈斌张武军版式设计张芳曼')).toBe(true);
		expect(parseCredits('本版责编陈斌张武军版式设计张芳曼')).toEqual([
			{ role: '本版责编', names: ['陈斌', '张武军'] },
			{ role: '版式设计', names: ['张芳曼'] },
		]);
	});

	it('still refuses a line that only opens with a role word', () => {
		for (const line of ['统筹推进城乡融合发展', '编辑部的故事', '设计让生活更美好']) expect(isCreditLine(line), line).toBe(false);
	});
});
