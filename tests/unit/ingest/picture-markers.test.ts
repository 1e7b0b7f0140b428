import { describe, expect, it } from 'vitest';
import { readLayoutMarks } from '../../../scripts/ingest/layout-marks.ts';
import { pictureMarkerOf } from '../../../scripts/ingest/picture-markers.ts';

describe('pictureMarkerOf', () => {
	it('reads the mark a site adds after the title of an article with pictures, in brackets of either width', () => {
		expect(pictureMarkerOf('城东新建一座图书馆（图）', 3)).toEqual({ line: 3, at: 9, text: '（图）' });
		expect(pictureMarkerOf('城南老街焕新颜(组图)  ', 1)).toEqual({ line: 1, at: 7, text: '(组图)' });
		expect(pictureMarkerOf('走失多年的弟弟回家了！（图）', 1)?.text).toBe('（图）');
		expect(pictureMarkerOf('沙滩排球有啥不一样（聚焦亚沙会）（图）', 1)?.at).toBe(16);
	});

	it('leaves a paragraph’s end, a caption’s pointer and a mark alone on its line', () => {
		for (const line of ['新馆藏书十万余册。（图）', '如下：（图）', '（图）', '图书馆一角（见图）', '城东新建一座图书馆（图片）']) {
			expect(pictureMarkerOf(line, 1), line).toBeUndefined();
		}
	});
});

describe('readLayoutMarks', () => {
	it('takes the picture marks off a plain page’s titles, each a mark at its place', () => {
		const reading = readLayoutMarks('城东新建一座图书馆（图）\n　　新馆日前开馆。\r\n城南老街焕新颜(组图)\n　　老街焕新。\n');
		expect(reading?.text).toBe('城东新建一座图书馆\n　　新馆日前开馆。\r\n城南老街焕新颜\n　　老街焕新。\n');
		expect(reading?.marks).toEqual([
			{ line: 1, at: 9, text: '（图）' },
			{ line: 3, at: 7, text: '(组图)' },
		]);
		expect(reading?.pictureMarkers).toBe(true);
		expect(readLayoutMarks('城东新建一座图书馆\n　　新馆日前开馆。\n')).toBeUndefined();
	});

	it('takes them off a Markdown page’s titles too, after its own marks', () => {
		const reading = readLayoutMarks('# 城东新建一座图书馆（图）\n\n新馆日前开馆。\n\n# 城南老街焕新颜\n\n老街焕新。\n');
		expect(reading?.text.split('\n')[0]).toBe('城东新建一座图书馆');
		expect(reading?.marks.filter((mark) => mark.line === 1)).toEqual([
			{ line: 1, at: 0, text: '# ' },
			{ line: 1, at: 11, text: '（图）' },
		]);
	});
});
