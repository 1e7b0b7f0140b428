import { describe, expect, it } from 'vitest';
import { partedRuns } from '../../../scripts/ingest/inline-indents.ts';
import { parsePage } from '../../../scripts/ingest/parse-page.ts';

/** The paragraphs of each item the page parses into. */
const paragraphsOf = (source: string) => parsePage(source).items.map((item) => item.body.map((block) => [block.text, block.lines]));

describe('withInlineIndentsParted', () => {
	it('parts paragraphs a crawler ran together on one line, each with its indent, on the line they stood on', () => {
		const source = [
			'城东新建一座图书馆',
			'本报记者  王  某',
			'　　城东新建的图书馆日前开馆。　　开馆首日，不少市民带着孩子前来借阅。“这里真方便！”　　馆方说，周末将延长开放时间。',
			'城西公园完成改造',
			'本报记者  李  某',
			'　　城西公园改造工程近日完工。　　不少市民清晨来这里散步。',
		].join('\n');
		expect(paragraphsOf(source)).toEqual([
			[
				['城东新建的图书馆日前开馆。', [3, 3]],
				['开馆首日，不少市民带着孩子前来借阅。“这里真方便！”', [3, 3]],
				['馆方说，周末将延长开放时间。', [3, 3]],
			],
			[
				['城西公园改造工程近日完工。', [6, 6]],
				['不少市民清晨来这里散步。', [6, 6]],
			],
		]);
	});

	it('parts a heading and an editor’s signature run into the text, and leaves a dateline with its lead', () => {
		const source = [
			'城东新建一座图书馆',
			'　　新华社某地4月27日电　　城东新建的图书馆日前开馆。　　书香满城　　开馆首日，不少市民前来借阅。',
			'城西公园完成改造',
			'　　城西公园改造工程近日完工。　　——编者　　不少市民清晨来这里散步。',
		].join('\n');
		expect(paragraphsOf(source).map((item) => item.map(([text]) => text))).toEqual([
			['新华社某地4月27日电　　城东新建的图书馆日前开馆。', '书香满城', '开馆首日，不少市民前来借阅。'],
			['城西公园改造工程近日完工。', '——编者', '不少市民清晨来这里散步。'],
		]);
	});

	it('parts a lead with no full stop, a label over what it introduces and a poem’s lines', () => {
		const source = [
			'讲好文创的时代故事',
			'本报记者  王  某',
			'　　如何让文化遗产接近青春的心灵、获得更大的发扬　　雪后放晴的巴黎，天空湛蓝。　　对话嘉宾：　　某大学教授王某',
			'马年之花',
			'李  某',
			'　　马年开出来的花，像马　　跑得比平常的年份快　　追赶着赏花的人。　　春风吹过山岗。',
		].join('\n');
		expect(paragraphsOf(source).map((item) => item.map(([text]) => text))).toEqual([
			['如何让文化遗产接近青春的心灵、获得更大的发扬', '雪后放晴的巴黎，天空湛蓝。', '对话嘉宾：', '某大学教授王某'],
			['马年开出来的花，像马', '跑得比平常的年份快', '追赶着赏花的人。', '春风吹过山岗。'],
		]);
	});

	it('parts a picture report’s text from its caption, which the credit on the same line closes', () => {
		const source = [
			'城东新建一座图书馆',
			'本报记者  王  某',
			'　　城东新建的图书馆日前开馆。　　开馆首日，不少市民前来借阅。',
			'图片报道',
			'　　4月25日，某电站3号机组投运。　　图为某电站。　　本报记者  孙  某摄',
		].join('\n');
		const [, report] = parsePage(source).items;
		expect(report!.body.map((block) => block.text)).toEqual(['4月25日，某电站3号机组投运。']);
		expect(report!.figures.map(({ caption, credit }) => [caption, credit])).toEqual([['图为某电站。', '本报记者  孙  某摄']]);
	});

	it('leaves a paragraph the source itself gives with indents inside, on a page whose paragraphs do not run so', () => {
		const source = [
			'某市举办创业大赛',
			'本报记者  王  某',
			'　　某市日前举办创业大赛。',
			'　　大赛公告如下：一、大赛主题。　　二、参赛条件。',
			'　　报名截至下月底。',
			'城西公园完成改造',
			'　　城西公园改造工程近日完工。',
		].join('\n');
		expect(paragraphsOf(source)[0]!.map(([text]) => text)).toEqual([
			'某市日前举办创业大赛。',
			'大赛公告如下：一、大赛主题。　　二、参赛条件。',
			'报名截至下月底。',
		]);
	});
});

describe('partedRuns', () => {
	const page = [
		'城东新建一座图书馆',
		'本报记者　　张三',
		'　　新华社北京3月5日电　　城东新建的图书馆日前开馆。　　少儿阅览区　　馆内设有少儿阅览区。',
		'城西公园完成改造',
		'　　城西公园改造工程近日完工。　　公园将于本周末重新开放。',
		'　　春风吹过，　　花开满园，',
	];

	it('parts each line that runs paragraphs together before each indent inside it, each piece at its line of the file', () => {
		const parted = partedRuns(page.join('\n'))!;
		expect(parted.text.split('\n')).toEqual([
			'城东新建一座图书馆',
			// (A byline's wide space parts no paragraph.)
			'本报记者　　张三',
			// (Nor does the space after a dateline.)
			'　　新华社北京3月5日电　　城东新建的图书馆日前开馆。',
			'　　少儿阅览区',
			'　　馆内设有少儿阅览区。',
			'城西公园完成改造',
			'　　城西公园改造工程近日完工。',
			'　　公园将于本周末重新开放。',
			// (An indented line with an indent inside, no full stop before it: a poem's lines.)
			'　　春风吹过，',
			'　　花开满园，',
		]);
		expect(parted.lines).toEqual([1, 2, 3, 3, 3, 4, 5, 5, 6, 6]);
	});

	it.each([
		['one line runs paragraphs together', ['城东新建一座图书馆', '　　城东新建的图书馆日前开馆。　　开馆首日接待读者两千余人次。']],
		['no header stands between the lines that do', [page[0]!, page[2]!, page[4]!]],
		['under half the paragraphs’ lines do', [...page.slice(0, 5), '　　第一段。', '　　第二段。', '　　第三段。', '　　第四段。']],
	])('reads no page so where %s', (_, lines) => {
		expect(partedRuns(lines.join('\n'))).toBeUndefined();
	});
});
