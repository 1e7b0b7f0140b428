import { describe, expect, it } from 'vitest';
import { fileLine, firstLineReadFrom, readAsText } from '../../../scripts/ingest/read-as-text.ts';

describe('readAsText', () => {
	it('reads a page saved as HTML through its text, and parts the paragraphs it runs together, each line at the file’s', () => {
		const html = [
			'<html><body>',
			'<h1>城东新建一座图书馆</h1><p>本报记者  张  三</p><p>　　城东新建的图书馆日前开馆。　　开馆首日接待读者两千余人次。</p>',
			'<h1>城西公园完成改造</h1><p>本报记者  李  四</p>',
			'<p>　　城西公园改造工程近日完工。　　公园将于本周末重新开放。</p>',
			'</body></html>',
		].join('\n');
		const read = readAsText(html)!;
		expect(read.text.split('\n')).toEqual([
			'# 城东新建一座图书馆',
			'本报记者  张  三',
			'　　城东新建的图书馆日前开馆。',
			'　　开馆首日接待读者两千余人次。',
			'# 城西公园完成改造',
			'本报记者  李  四',
			'　　城西公园改造工程近日完工。',
			'　　公园将于本周末重新开放。',
			'',
		]);
		expect(read.readAs).toEqual(['按网页（HTML）的段落和标题', '连排的段落按缩进分开']);
		expect([1, 2, 3, 4, 5, 6, 7, 8].map((line) => fileLine(read, line))).toEqual([2, 2, 2, 2, 3, 3, 4, 4]);
		expect([2, 3, 4, 5].map((line) => firstLineReadFrom(read, line))).toEqual([1, 5, 7, undefined]);
	});

	it('leaves one article the source runs together as the source gives it, and a plain page as it is', () => {
		expect(
			readAsText('城东新建一座图书馆\n　　城东新建的图书馆日前开馆。　　开馆首日接待读者两千余人次。\n　　少儿区受欢迎。　　每周一闭馆。\n'),
		).toBeUndefined();
		expect(readAsText('城东新建一座图书馆\n　　城东新建的图书馆日前开馆。\n')).toBeUndefined();
	});
});
