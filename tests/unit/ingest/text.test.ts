import { describe, expect, it } from 'vitest';
import { bracketsBalanced, breaksWord, joinBrokenParagraph, leavesQuoteOpen, printedText } from '../../../scripts/ingest/text.ts';

describe('breaksWord', () => {
	it('finds a column break that cuts a word in two', () => {
		expect(breaksWord('国家统计局新闻发言人在发布会上表', '示一季度国民经济延续回升向好态势，')).toBe(true);
		expect(breaksWord('今年是全面建设社会主义现代化国家的关', '键之年，要保持战略定力，')).toBe(true);
	});
	it('finds none between a heading and the paragraph under it', () => {
		expect(breaksWord('稳中求进，以进促稳', '国家统计局新闻发言人在发布会上表示')).toBe(false);
		expect(breaksWord('做强茶产业', '业内人士认为，茶产业大有可为')).toBe(false);
	});
});

describe('joinBrokenParagraph', () => {
	it('joins Chinese with nothing between and two Latin words with a space, but an address the break cut with nothing', () => {
		const joins = [
			['新质生产力主要由技术革命性突', '破催生而成'],
			['华为发布新一代Mate', 'Book笔记本'],
			['本版邮箱：plbj@e', 'xample.com.cn'],
			['本版邮箱：rmrbpl', '@peopledaily.cn'],
			['网址：http://www.peo', 'ple.com.cn'],
		].map(([head, tail]) => joinBrokenParagraph(head!, tail!));
		expect(joins).toEqual([
			'新质生产力主要由技术革命性突破催生而成',
			'华为发布新一代Mate Book笔记本',
			'本版邮箱：plbj@example.com.cn',
			'本版邮箱：rmrbpl@peopledaily.cn',
			'网址：http://www.people.com.cn',
		]);
	});
});

describe('printedText', () => {
	it('leaves out marks that take no room, at the edges and inside, and keeps the emoji joiner', () => {
		expect(printedText('\u2060\u3000\u3000春\u200b耕\u200e正当时\ufeff')).toBe('春耕正当时');
		expect(printedText('👨\u200d👩\u200d👧')).toBe('👨\u200d👩\u200d👧');
	});
});

describe('bracketsBalanced', () => {
	it('tells closed brackets and quotes from open ones', () => {
		expect(bracketsBalanced('为机器人装上智慧大脑（迈向“十五五”的创新图景）')).toBe(true);
		expect(bracketsBalanced('（本报记者  王  亮')).toBe(false);
		expect(bracketsBalanced('“十五五”）')).toBe(false);
	});

	it('takes a straight quote for the curly one it closes, a typesetting slip', () => {
		expect(bracketsBalanced('为机器人装上智慧大脑（迈向“十五五"的创新图景）')).toBe(true);
		expect(bracketsBalanced('迈向"十五五”')).toBe(false);
	});

	it('takes a bracket of the other width for the one it closes, as a web edition mixed them', () => {
		expect(bracketsBalanced('在民宿体验年味儿（新春新年俗)')).toBe(true);
		expect(bracketsBalanced('小盆景大天地(追梦·传承）')).toBe(true);
		expect(bracketsBalanced('新春新年俗)')).toBe(false);
		expect(bracketsBalanced('（新春新年俗】')).toBe(false);
	});
});

describe('leavesQuoteOpen', () => {
	it('tells a line cut inside a quotation from one that closes all it opens', () => {
		expect(leavesQuoteOpen('签署《全民健身与全民健')).toBe(true);
		expect(leavesQuoteOpen('他说：“我们要把这件事')).toBe(true);
		expect(leavesQuoteOpen('迈向“十五五”的创新图景')).toBe(false);
		expect(leavesQuoteOpen('迈向“十五五"的创新图景')).toBe(false);
	});

	it('takes a closing mark never opened, as a title that lost its opening quote prints it, for nothing left open', () => {
		expect(leavesQuoteOpen('绿色发展在乡村的实践”主题交流会举行')).toBe(false);
		expect(leavesQuoteOpen('实践”主题交流会上，“我们要')).toBe(true);
	});
});
