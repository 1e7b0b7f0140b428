import { describe, expect, it } from 'vitest';
import { bare, bylineNames } from '../../../scripts/eval/expected.ts';

describe('bylineNames', () => {
	it('reads names parted by spaces, with the roles dropped', () => {
		expect(bylineNames('本报记者 刘成友 刘佳华')).toEqual(['刘成友', '刘佳华']);
		expect(bylineNames('王云杉')).toEqual(['王云杉']);
	});

	it('joins a two-character name spaced out to the width of three', () => {
		expect(bylineNames('本报记者  朱  隽  郁静娴')).toEqual(['朱隽', '郁静娴']);
		expect(bylineNames('本报记者  王  林  欧阳晓明  通讯员  李  华')).toEqual(['王林', '欧阳晓明', '李华']);
	});

	it('drops a post or a label printed before the name', () => {
		expect(bylineNames('本期主讲人：国家发展改革委国土开发与地区经济研究所所长  周毅仁')).toEqual(['周毅仁']);
		expect(bylineNames('北京印刷学院副院长  陈  丹')).toEqual(['陈丹']);
		expect(bylineNames('中国作家协会党组书记、主席 张宏森')).toEqual(['张宏森']);
		expect(bylineNames('新华社评论员')).toEqual([]);
		expect(bylineNames('中共中央统战部  国家民族事务委员会')).toEqual(['中共中央统战部', '国家民族事务委员会']);
		expect(bylineNames('国务院总理  李  强')).toEqual(['李强']);
	});

	it('drops what a photo report\u2019s people did after their names', () => {
		expect(bylineNames('本报记者  高  炳摄影报道')).toEqual(['高炳']);
		expect(bylineNames('本报记者  常  钦文并图')).toEqual(['常钦']);
		expect(bylineNames('洪秋婷摄影报道')).toEqual(['洪秋婷']);
	});

	it('drops the place a reader writes from, after the name', () => {
		expect(bylineNames('王耀辉（黑龙江哈尔滨）')).toEqual(['王耀辉']);
	});

	it('drops the place a reader writes from, before the name, but keeps a lone signature', () => {
		expect(bylineNames('江苏省沛县  郭元鹏')).toEqual(['郭元鹏']);
		expect(bylineNames('天津河西区  陈梓正')).toEqual(['陈梓正']);
		// (A province's short name and a city's, with no 省 or 市, is a place too.)
		expect(bylineNames('湖南长沙  周文涛')).toEqual(['周文涛']);
		// (So is a city that is a province of its own and a district's short name.)
		expect(bylineNames('北京朝阳  李  林')).toEqual(['李林']);
		// (A deputy's title after the name is no part of it.)
		expect(bylineNames('某省某市委书记  王小明代表')).toEqual(['王小明']);
		expect(bylineNames('中共北京市委')).toEqual(['中共北京市委']);
	});

	it('reads a dialogue’s people from behind its label, each post dropped', () => {
		expect(bylineNames('对话人：李  拯  本报评论员  刘元春  上海财经大学校长')).toEqual(['李拯', '刘元春']);
	});

	it('drops a foreign writer\u2019s country in brackets, apart from the name or run on to it', () => {
		expect(bylineNames('〔日本〕  鸠山友纪')).toEqual(['鸠山友纪']);
		expect(bylineNames('〔秘鲁〕路易斯·卡斯蒂略')).toEqual(['路易斯·卡斯蒂略']);
	});
});

describe('bare', () => {
	it('drops whitespace of every kind, and nothing else', () => {
		expect(bare('\u3000\u3000本报北京  4月27日电\u00a0（记者彭波）\n')).toBe('本报北京4月27日电（记者彭波）');
		expect(bare(undefined)).toBe('');
	});
});
