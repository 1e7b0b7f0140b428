import { describe, expect, it } from 'vitest';
import { isOutletSource, isWebFurniture } from '../../../scripts/ingest/web-furniture.ts';

describe('isWebFurniture', () => {
	it('takes what a news site prints around an article: its publication line, widgets and pictures’ placeholders', () => {
		for (const line of [
			'2026年04月26日08:22 | 来源：人民网－人民日报',
			'2026-04-26 08:22:15  来源：人民日报',
			'发布时间：2026-04-26 08:22  来源：新华网',
			'来源：人民日报  2026-04-26',
			'时间：2026-04-26  作者：张三  来源：人民日报',
			'分享到：',
			'【字号 大 中 小】',
			'打印本页',
			'上一版  下一版',
			'上一版',
			'PDF下载',
			'返回目录 | 返回首页',
			'打印  关闭',
			'[图片]',
			'【图片】',
			'图片',
		]) {
			expect(isWebFurniture(line), line).toBe(true);
		}
	});

	it('leaves the text that only looks like it: a date alone, a source with no date, a sentence with a date in it', () => {
		for (const line of [
			'2026年4月30日',
			'2026-04-26',
			'来源：人民日报、新华社',
			'来源：国家统计局',
			'习近平2026年4月25日在北京会见来宾',
			'时间：2026年5月1日  地点：北京',
			'图片报道',
			'分享到朋友圈的照片越来越多。',
			'上一版的报道引起关注',
			'打印机',
		]) {
			expect(isWebFurniture(line), line).toBe(false);
		}
	});
});

describe('isOutletSource', () => {
	it('takes a news outlet named alone as the source, and no other source', () => {
		expect(['来源：人民日报', '来源：人民网－人民日报', '来源：新华社', '来源：央视新闻客户端'].map(isOutletSource)).toEqual([true, true, true, true]);
		expect(['来源：国家统计局', '来源：人民日报、新华社', '来源：'].map(isOutletSource)).toEqual([false, false, false]);
	});
});
