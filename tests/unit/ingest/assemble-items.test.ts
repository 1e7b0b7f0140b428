/**
 * Item assembly: which classified lines head an item, which are section headings, which columns
 * briefs stand in, and which paragraphs a column break had cut. Whole pages are compared in
 * parse-page.test.ts against tests/fixtures/pages; these are the rules one at a time.
 */
import { describe, expect, it } from 'vitest';
import { assembleItems } from '../../../scripts/ingest/assemble-items.ts';
import { readLines } from '../../../scripts/ingest/line-kinds.ts';

const assemble = (text: string, columns: string[] = ['速览']) =>
	assembleItems(readLines(text), { columnNames: new Set(columns), itemStarts: new Set(), onlyItemStarts: false, titleLines: new Set() });
const bodyOf = (text: string) => assemble(text).items[0]!.body.map((block) => [block.type, block.text]);

describe('headers', () => {
	it('stacks column, kicker, title and subtitle above a byline', () => {
		const page = assemble(
			[
				'第一篇',
				'本报记者  王  政',
				'正文。',
				'速览',
				'一片叶子富了一方百姓',
				'小茶园里的“数字化”新变化',
				'——福建安溪茶产业转型升级见闻',
				'本报记者  王  崟',
				'本报福州7月10日电　盛夏时节，茶农正忙着采摘夏茶。',
			].join('\n'),
		);
		expect(page.items[1]).toMatchObject({
			column: '速览',
			kicker: '一片叶子富了一方百姓',
			title: '小茶园里的“数字化”新变化',
			subtitle: '——福建安溪茶产业转型升级见闻',
			byline: '本报记者  王  崟',
			dateline: '福州7月10日',
			lines: [4, 9],
		});
		expect(page.columns).toEqual([{ name: '速览', line: 4 }]);
	});

	it('does not take a short line inside an item for a new title', () => {
		const page = assemble(['标题', '本报记者  王  政', '第一段。', '小标题', '第二段。'].join('\n'));
		expect(page.items.map((item) => item.title)).toEqual(['标题']);
	});

	it('reads briefs under a column until a feature with its own byline closes it', () => {
		const page = assemble(
			['速览', '第一条简讯', '正文一。', '第二条简讯', '正文二。', '一篇通讯', '本报记者  王  政', '正文三。', '另一条', '正文四。'].join('\n'),
		);
		expect(page.items.map((item) => [item.title, item.column])).toEqual([
			['第一条简讯', '速览'],
			['第二条简讯', '速览'],
			['一篇通讯', undefined],
		]);
		expect(page.items[2]!.body.map((block) => block.text)).toEqual(['正文三。', '另一条', '正文四。']);
	});

	it('never refuses text above the first title: its first line heads an item, and the place is reported', () => {
		const text = '\n这是一段没有标题的正文，它出现在第一篇稿件的标题之前，可能是上一版转来的文字。\n接着还有一段正文。\n';
		const page = assemble(text);
		expect(page.items.map((item) => [item.title, item.body.map((b) => b.text)])).toEqual([
			['这是一段没有标题的正文，它出现在第一篇稿件的标题之前，可能是上一版转来的文字。', ['接着还有一段正文。']],
		]);
		expect(page.uncertain).toEqual([{ line: 2, why: expect.stringContaining('旁注文件') }]);
	});
});

describe('section headings', () => {
	it('reads a heading and the sub-heading printed under it', () => {
		expect(bodyOf(['标题', '本报记者  王  政', '第一段。', '从“制造”到“智造”', '生产线更聪明了', '第二段。'].join('\n'))).toEqual([
			['paragraph', '第一段。'],
			['heading', '从“制造”到“智造”'],
			['heading', '生产线更聪明了'],
			['paragraph', '第二段。'],
		]);
	});

	it('keeps a short line that ends the item as a paragraph', () => {
		expect(bodyOf(['标题', '本报记者  王  政', '第一段。', '（完）'].join('\n'))).toEqual([
			['paragraph', '第一段。'],
			['paragraph', '（完）'],
		]);
	});
});

describe('paragraphs cut by a column break', () => {
	it('on a page cut at column breaks, joins an unfinished paragraph with the next line, also across a photo caption', () => {
		const first = '这条生产线采用了机器视觉技术和深度学习算法，能够自动识别零部件表面的细微划痕，检测精度比人工提高了';
		const second = '厂区里，一排排刚下线的新能源汽车整齐停放，等待装车发往全国各地的经销商和海外市场，工人们正忙着做最后一道检查和';
		const page = assemble(['标题', '本报记者  王  政', first, '工程师在调试生产线。本报记者 陈曦摄', '数倍。', second, '清洁工作。'].join('\n'));
		expect(page.items[0]!.body).toEqual([
			{ type: 'paragraph', text: `${first}数倍。`, lines: [3, 5], joins: [{ line: 5, at: first.length }] },
			{ type: 'paragraph', text: `${second}清洁工作。`, lines: [6, 7], joins: [{ line: 7, at: second.length }] },
		]);
		expect(page.items[0]!.figures).toEqual([{ caption: '工程师在调试生产线。', credit: '本报记者 陈曦摄', lines: [4, 4] }]);
	});

	it('on a page that never cuts paragraphs, ends one at a line with no closing punctuation (a summary line)', () => {
		const text = [
			'标题',
			'本报记者  王  政',
			'无论外部几多暗流逆风，这里永远是机遇的沃土、创新的热土、共赢的乐土',
			'近来，两句流行语从不同方面折射出“中国热”。',
		].join('\n');
		expect(bodyOf(text)).toEqual([
			['paragraph', '无论外部几多暗流逆风，这里永远是机遇的沃土、创新的热土、共赢的乐土'],
			['paragraph', '近来，两句流行语从不同方面折射出“中国热”。'],
		]);
	});

	it('on a page that indents paragraphs, joins an unindented line even after a full stop', () => {
		const text = ['　　标题', '本报记者  王  政', '　　第一段。', '　　第二段的前一句。', '第二段的后一句。', '　　第三段。'].join('\n');
		expect(bodyOf(text)).toEqual([
			['paragraph', '第一段。'],
			['paragraph', '第二段的前一句。第二段的后一句。'],
			['paragraph', '第三段。'],
		]);
	});

	it('on a page that indents paragraphs, takes an unindented short line after a finished paragraph for a heading', () => {
		const text = ['　　标题', '本报记者  王  政', '　　第一段。', '　　第二段。', '加强基础研究', '　　第三段。'].join('\n');
		expect(bodyOf(text)).toEqual([
			['paragraph', '第一段。'],
			['paragraph', '第二段。'],
			['heading', '加强基础研究'],
			['paragraph', '第三段。'],
		]);
	});

	it('on a page that does not indent, keeps a finished paragraph apart from the next', () => {
		expect(bodyOf(['标题', '本报记者  王  政', '第一段。', '第二段。', '第三段。'].join('\n'))).toEqual([
			['paragraph', '第一段。'],
			['paragraph', '第二段。'],
			['paragraph', '第三段。'],
		]);
	});
});

describe('authors', () => {
	it('takes them from a byline printed at the end of a brief when there is none above', () => {
		const page = assemble(['速览', '京津冀协同发展取得新成效', '三地协同发展取得新进展。（记者 李  华）'].join('\n'));
		expect(page.items[0]!.authors).toEqual([{ name: '李华', role: '记者' }]);
	});
});

describe("the maintainer's corrections", () => {
	// (The last line is running text, a comma in it: a lone line with none at the foot of a signed text is a chart's title.)
	const page = ['第一篇的标题', '本报记者  王  政', '第一段。', '第二篇被当成小标题', '第二篇的正文。', '短句，也是正文'].join('\n');
	const titles = (options: { itemStarts: number[]; only?: boolean }) =>
		assembleItems(readLines(page), {
			columnNames: new Set(),
			itemStarts: new Set(options.itemStarts),
			onlyItemStarts: options.only ?? false,
			titleLines: new Set(),
		}).items.map((item) => item.title);

	it('start an item at a line the parser read as a section heading', () => {
		expect(titles({ itemStarts: [] })).toEqual(['第一篇的标题']);
		expect(titles({ itemStarts: [4] })).toEqual(['第一篇的标题', '第二篇被当成小标题']);
	});

	it('start an item at a line of running text, which becomes its title', () => {
		expect(titles({ itemStarts: [6] })).toEqual(['第一篇的标题', '短句，也是正文']);
	});

	it('when they list every item, no other line starts one', () => {
		const twoItems = ['第一篇的标题', '本报记者  王  政', '第一段。', '第二篇的标题', '本报北京7月9日电  第二篇的正文。'].join('\n');
		const titlesOf = (itemStarts: number[], onlyItemStarts: boolean) =>
			assembleItems(readLines(twoItems), { columnNames: new Set(), itemStarts: new Set(itemStarts), onlyItemStarts, titleLines: new Set() }).items.map(
				(item) => item.title,
			);
		expect(titlesOf([1], false)).toEqual(['第一篇的标题', '第二篇的标题']);
		expect(titlesOf([1], true)).toEqual(['第一篇的标题']);
	});
});

describe("a feature with an editor's note", () => {
	it('keeps the parts signed by bare names as its own sections, not items', () => {
		const text = [
			'以青春赴使命',
			'本报记者  王  政',
			'五四青年节到来之际，我们走近五位青年，听他们讲述奋斗故事。',
			'——编  者',
			'稻田里的年轻人',
			'朱  霞',
			'清晨的田野上，年轻的农技员已经开始了一天的工作。',
			'车间里的工匠',
			'华成祥',
			'在装配车间，他一干就是十年。',
		].join('\n');
		const items = assemble(text).items;
		expect(items.map((item) => item.title)).toEqual(['以青春赴使命']);
		expect(items[0]!.body.map((block) => [block.type, block.text])).toEqual([
			['paragraph', '五四青年节到来之际，我们走近五位青年，听他们讲述奋斗故事。'],
			['paragraph', '——编  者'],
			['heading', '稻田里的年轻人'],
			['paragraph', '朱  霞'],
			['paragraph', '清晨的田野上，年轻的农技员已经开始了一天的工作。'],
			['heading', '车间里的工匠'],
			['paragraph', '华成祥'],
			['paragraph', '在装配车间，他一干就是十年。'],
		]);
	});
});

describe('a roundup of briefs', () => {
	it('keeps the briefs under 环球扫描, leads and all, as sections of one item', () => {
		const text = [
			'环球扫描',
			'某国举行大选',
			'本报某地4月26日电  （记者李  华）某国26日举行议会选举，计票工作正在进行。',
			'某组织发布报告',
			'据新华社某地4月26日电  某国际组织26日发布报告，预测全球经济增长放缓。',
		].join('\n');
		const items = assemble(text).items;
		expect(items.map((item) => item.title)).toEqual(['环球扫描']);
		expect(items[0]!.body.filter((block) => block.type === 'heading').map((block) => block.text)).toEqual(['某国举行大选', '某组织发布报告']);
	});
});

describe('summary points', () => {
	it('reads a line marked ■ as text, however short', () => {
		expect(bodyOf(['标题', '本报记者  王  政', '■ 稳中求进', '正文第一段。'].join('\n'))).toEqual([
			['paragraph', '■ 稳中求进'],
			['paragraph', '正文第一段。'],
		]);
	});
});

describe('a title with its column tag', () => {
	it('ends the header: the summary line under it is the first paragraph', () => {
		const text = [
			'第一段正文结束了。',
			'逐“绿”而行，为全球能源转型注入动力（和音）',
			'一个逐“绿”而行、向新而生的中国，不仅为自身高质量发展增添绿意，更为全球注入动力',
			'当今世界，气候变化风险加剧。',
		].join('\n');
		const item = assemble(['开头的标题', '本报记者  王  政', text].join('\n')).items[1]!;
		expect([item.kicker, item.title, item.subtitle]).toEqual([undefined, '逐“绿”而行，为全球能源转型注入动力（和音）', undefined]);
		expect(item.body.map((block) => block.text)).toEqual([
			'一个逐“绿”而行、向新而生的中国，不仅为自身高质量发展增添绿意，更为全球注入动力',
			'当今世界，气候变化风险加剧。',
		]);
	});
});

describe('titles the maintainer names', () => {
	it('stay titles: the lines above are the kicker, bare names and ——subtitles under them are taken, the rest is text', () => {
		const page = [
			'各地扎实开展学习教育',
			'“实”字当头  “干”字为要',
			'本报记者',
			'当前，学习教育正在深入开展。',
			'第二篇的标题',
			'——一个副题',
			'周  峰',
			'第二篇的正文。',
		].join('\n');
		const items = assembleItems(readLines(page), {
			columnNames: new Set(),
			itemStarts: new Set([1, 5]),
			onlyItemStarts: true,
			titleLines: new Set([2, 5]),
		}).items;
		expect(items.map((item) => [item.kicker, item.title, item.subtitle, item.byline])).toEqual([
			['各地扎实开展学习教育', '“实”字当头  “干”字为要', undefined, '本报记者'],
			[undefined, '第二篇的标题', '——一个副题', '周  峰'],
		]);
	});

	it('make the line under a named title its subtitle where the parser read the two as kicker and title', () => {
		// (The parser reads two header lines with no dash as kicker and title; naming the first the title says they are title
		// and subtitle. Where headers are set flush, the indented line under them is text, a part's heading.)
		const page = [
			'第一篇的标题',
			'\u3000\u3000第一篇的正文。',
			'某市春节假期客流创新高',
			'假期全市交通平稳有序，地铁客运量同比增长一成',
			'\u3000\u30001200万人次',
			'\u3000\u3000春运前20天，全国累计发送旅客1200万人次。',
		].join('\n');
		const options = { columnNames: new Set<string>(), itemStarts: new Set([1, 3]), onlyItemStarts: true };
		const read = assembleItems(readLines(page), { ...options, titleLines: new Set<number>() }).items[1]!;
		expect([read.kicker, read.title, read.subtitle]).toEqual(['某市春节假期客流创新高', '假期全市交通平稳有序，地铁客运量同比增长一成', undefined]);
		const named = assembleItems(readLines(page), { ...options, titleLines: new Set([1, 3]) }).items[1]!;
		expect([named.kicker, named.title, named.subtitle]).toEqual([undefined, '某市春节假期客流创新高', '假期全市交通平稳有序，地铁客运量同比增长一成']);
		expect(named.body.map((block) => block.text)).toEqual(['1200万人次', '春运前20天，全国累计发送旅客1200万人次。']);
		// (Where a page's marks name the titles, they name the subtitles too: a line they set as none stays out of the header, a
		// roundup's first brief under its title, # 环球扫描 / ### 白宫记协晚宴突发枪击.)
		const marked = assembleItems(readLines(page), { ...options, titleLines: new Set([1, 3]), markedSubtitles: new Set<number>() }).items[1]!;
		expect([marked.title, marked.subtitle]).toEqual(['某市春节假期客流创新高', undefined]);
		const markedSubtitle = assembleItems(readLines(page), { ...options, titleLines: new Set([1, 3]), markedSubtitles: new Set([4]) }).items[1]!;
		expect(markedSubtitle.subtitle).toBe('假期全市交通平稳有序，地铁客运量同比增长一成');
	});

	it('never take a line the split itself starts an item at as the subtitle or the byline above it, however it reads', () => {
		// (A crawler saves each title-only article, a painting the page printed, in a file of its own: 逐浪戏银珠（中国画） /
		// 兰香（中国画）. A title that reads as a name is still the next article's.)
		const page = ['第一篇的标题', '第一篇的正文。', '逐浪戏银珠（中国画）', '周  峰', '——第四篇的标题'].join('\n');
		const items = assembleItems(readLines(page), {
			columnNames: new Set(),
			itemStarts: new Set([1, 3, 4, 5]),
			onlyItemStarts: true,
			fixedStarts: new Set([1, 3, 4, 5]),
			titleLines: new Set([1, 3, 4, 5]),
		}).items;
		expect(items.map((item) => [item.title, item.subtitle, item.byline])).toEqual([
			['第一篇的标题', undefined, undefined],
			['逐浪戏银珠（中国画）', undefined, undefined],
			['周  峰', undefined, undefined],
			['——第四篇的标题', undefined, undefined],
		]);
	});
});

describe('a page that indents its section headings', () => {
	it('starts an item at a flush-left title above an indented paragraph', () => {
		const text = [
			'第一篇的标题',
			'本报记者  王  政',
			'\u3000\u3000第一段。',
			'\u3000\u3000生产线更聪明了',
			'\u3000\u3000第二段。',
			'助农抢收',
			'\u3000\u3000连日来，当地组织党员干部帮助农户抢收小麦。',
		].join('\n');
		const items = assemble(text).items;
		expect(items.map((item) => item.title)).toEqual(['第一篇的标题', '助农抢收']);
		expect(items[0]!.body.map((block) => block.type)).toEqual(['paragraph', 'heading', 'paragraph']);
	});
});

describe('review findings', () => {
	it('gives a photo credit only to the block printed right above it, keeping every line in its place', () => {
		const page = assemble(['标题', '本报记者  韩  鑫', '\u3000\u3000会议今天举行，讨论了很多事情。', '本版责编：王  彦', '胡学军摄（人民视觉）'].join('\n'));
		expect(page.items[0]!.body.map((block) => block.text)).toEqual(['会议今天举行，讨论了很多事情。']);
		expect(page.credits.map((credit) => credit.line)).toEqual([4]);
		expect(page.items[0]!.figures).toEqual([{ caption: '胡学军摄（人民视觉）', lines: [5, 5] }]);
	});

	it('reads the line between a tagged title and its byline as the subtitle, not a new item', () => {
		for (const byline of ['常  晋', '本报记者  韩  鑫']) {
			const items = assemble(
				['要闻', '\u3000\u3000前文。', '让城市更宜居（人民时评）', '坚持以人民为中心的发展思想', byline, '\u3000\u3000正文。'].join('\n'),
			).items;
			expect(items.map((item) => [item.title, item.subtitle, item.byline])).toEqual([
				['要闻', undefined, undefined],
				['让城市更宜居（人民时评）', '坚持以人民为中心的发展思想', byline],
			]);
		}
	});

	it('keeps summary points marked ■ apart', () => {
		expect(bodyOf(['标题', '本报记者  王  政', '■ 稳中求进', '■ 提质增效', '正文第一段。'].join('\n')).map(([, text]) => text)).toEqual([
			'■ 稳中求进',
			'■ 提质增效',
			'正文第一段。',
		]);
	});
});

describe('headers set flush above indented paragraphs', () => {
	const page = () =>
		assemble(
			[
				'十四届全国人大常委会会议审议多部法律草案',
				'　　本报北京4月27日电  （记者林  立）会议27日审议多部法律草案。',
				'　　让群众更便捷地获得社会救助',
				'　　本报记者  彭  波',
				'　　草案三审稿规定，社会救助管理部门应当主动发现救助对象。',
				'　　草案还规定，救助申请可以在网上办理。',
				'　　某小区居民',
				'“网红”玩具不可忽视安全性（建议）',
				'　　近年来，一些“网红”玩具在青少年中走红。',
			].join('\n'),
		);

	it('keeps an indented title and byline inside the item as its text', () => {
		expect(page().items.map((item) => item.title)).toEqual(['十四届全国人大常委会会议审议多部法律草案', '“网红”玩具不可忽视安全性（建议）']);
		expect(page().items[0]!.body.map((block) => block.text)).toContain('本报记者  彭  波');
	});

	it('ends the item above at an indented signature, which is no kicker of the title under it', () => {
		expect(page().items[0]!.body.at(-1)).toMatchObject({ type: 'paragraph', text: '某小区居民' });
		expect(page().items[1]!.kicker).toBeUndefined();
	});
});

describe('two lines over a lead or a byline', () => {
	it('reads a title over a byline as the kicker, however short the title', () => {
		const page = assemble(['以中小学生读本等为载体，推进青少年国家安全教育入脑入心', '要读、要想，更要去行动', '本报记者  丁雅诵', '翻开读本。'].join('\n'));
		expect(page.items[0]).toMatchObject({ kicker: '以中小学生读本等为载体，推进青少年国家安全教育入脑入心', title: '要读、要想，更要去行动' });
	});

	it("reads a period's figures over a lead as title and subtitle", () => {
		const page = assemble(
			['一季度机械工业保持平稳增长', '汽车制造业增加值同比增长5.1%', '本报北京4月25日电  （记者李心萍）一季度，机械工业平稳增长。'].join('\n'),
		);
		expect(page.items[0]).toMatchObject({ title: '一季度机械工业保持平稳增长', subtitle: '汽车制造业增加值同比增长5.1%' });
	});

	it('takes a kicker that ends with a colon, but not the lead-in of a list of guests', () => {
		const page = assemble(
			['第一篇', '本报记者  王  政', '正文。', '某省消费者协会发布“五一”消费提示：', '理性消费，文明出游', '本报记者  吴  桐', '假期将至。'].join('\n'),
		);
		expect(page.items[1]).toMatchObject({ kicker: '某省消费者协会发布“五一”消费提示：', title: '理性消费，文明出游' });
		const guests = assemble(['访谈', '本报记者  王  政', '正文。', '对话嘉宾：', '某大学教授  温  明', '某学院副院长  陈  丹', '阅读是一种习惯。'].join('\n'));
		expect(guests.items).toHaveLength(1);
	});
});

describe('a signature over a title', () => {
	it('signs the item above, not the one under it', () => {
		const page = assemble(['第一篇（纵横）', '正文。', '沈丘文', '向恶意抢票说不（纵横）', '一张车票，关乎一段旅程。'].join('\n'));
		expect(page.items.map((item) => [item.kicker, item.title])).toEqual([
			[undefined, '第一篇（纵横）'],
			[undefined, '向恶意抢票说不（纵横）'],
		]);
		expect(page.items[0]!.body.at(-1)!.text).toBe('沈丘文');
	});
});

describe('summary lines under a title', () => {
	it('do not make a page one cut at column breaks, two in a row included', () => {
		const text = [
			'感悟绿色发展的“三力”（现场评论）',
			'张志锋',
			'推动生活之变，离不开勇往直前的行动力；实现发展之变，离不开同向互济的支撑力',
			'心中强化了保护长江的意识，头脑中坚定了跟着时代走准没错的念头',
			'开局之年伊始，渔民股东拿到现金后乐开了花。',
		].join('\n');
		expect(bodyOf(text)).toHaveLength(3);
	});
});

describe('a photo report between items', () => {
	it('is an item of its own, not the one heading of the item above', () => {
		const page = assemble(
			[
				'三部门发文规范慈善组织',
				'本报北京4月27日电  （记者吴  岐）三部门联合发布管理办法。',
				'办法明确了平台的准入门槛。',
				'助农抢收',
				'连日来，某县组织助农小分队，深入田间地头帮助农户抢收抢种。',
				'五部门联合部署',
				'到2030年全国互花米草将“动态清零”',
				'本报北京4月27日电  （记者寇江泽）五部门联合印发行动方案。',
			].join('\n'),
		);
		expect(page.items.map((item) => item.title)).toEqual(['三部门发文规范慈善组织', '助农抢收', '到2030年全国互花米草将“动态清零”']);
	});
});

describe('headings over a paragraph cut at a column break', () => {
	it('stay headings, however short the first part of the paragraph under them', () => {
		const text = [
			'标题',
			'本报记者  王  政',
			'　　第一段说明了当前学习教育的总体情况，各地区各部门各单位坚持学查改一体推进，扎实开展学习教育，取得了积极',
			'成效。',
			'　　第二段讲了基层的做法，各地组织党员干部深入学习习近平总书记重要讲话精神，剖析反面典型案例，以案为鉴、以案',
			'促改。',
			'　　第三段讲了企业的做法。',
			'　　学用结合，强化担当作为',
			'　　江苏无锡市将开展“换位跑一次”活动作为学习教育的有效',
			'载体，推动干部改进作风。',
		].join('\n');
		expect(bodyOf(text).map(([type]) => type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'heading', 'paragraph']);
	});
});

describe('standing titles and photo reports over the credits', () => {
	it('ends a run of short lines at a standing title, which heads its own item', () => {
		const page = assemble(
			['凤凰山凤丹开', '李  云', '在山峡里行走', '凤丹盛开', '这脆响，是凤凰山凤凰之鸣', '图片报道', '中国画《芳华》，作者孙自安。'].join('\n'),
		);
		expect(page.items.map((item) => item.title)).toEqual(['凤凰山凤丹开', '图片报道']);
	});

	it('reads a kicker and a title over a photo report right above the page credits as an item', () => {
		const page = assemble(
			[
				'标题',
				'本报记者  王  政',
				'正文一。',
				'义乌国际时尚饰品工厂展开幕',
				'“世界超市”魅力足',
				'近年来，浙江义乌小商品闯出大市场、做成大产业。',
				'本版责编：纪雅林',
			].join('\n'),
		);
		expect(page.items.map((item) => [item.kicker, item.title])).toEqual([
			[undefined, '标题'],
			['义乌国际时尚饰品工厂展开幕', '“世界超市”魅力足'],
		]);
	});
});

describe("readers' letters and round tables", () => {
	it('keeps the letters under 来论 as its sections, each signed with a place and a name', () => {
		const page = assemble(
			[
				'来论',
				'从问题出发  对结果负责',
				'河南省禹州市  何冠军',
				'发现山区群众喝水困难。',
				'留住课本之外的“闲情”',
				'安徽省亳州市  程  诚',
				'这些年，校园里的生气更浓了。',
			].join('\n'),
		);
		expect(page.items.map((item) => item.title)).toEqual(['来论']);
	});

	it('reads a guest and a post in brackets as text, not a title with its column tag', () => {
		const page = assemble(['圆桌标题', '本报记者  王  政', '正文一。', '王雪坤（商务部国际贸易经济合作研究院院长）', '正文二。'].join('\n'));
		expect(page.items.map((item) => item.title)).toEqual(['圆桌标题']);
		expect(page.items[0]!.body.map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
	});
});

describe('credits set with the role over the names', () => {
	const article = ['城东新建一座图书馆', '本报记者  张  三', '　　城东新建的图书馆日前开馆。'];

	it('reads a role over a line of names at the page’s foot as a credit, after other credits or alone', () => {
		const page = assemble([...article, '本版责编：王  五', '版式设计', '张丹峰  汪哲平', '图片编辑：', '李  四'].join('\n'));
		expect(page.items.map((item) => item.body.map((block) => block.text))).toEqual([['城东新建的图书馆日前开馆。']]);
		expect(page.credits.map((credit) => [credit.text, credit.line, credit.roles])).toEqual([
			['本版责编：王  五', 4, [{ role: '本版责编', names: ['王五'] }]],
			['版式设计  张丹峰  汪哲平', 5, [{ role: '版式设计', names: ['张丹峰', '汪哲平'] }]],
			['图片编辑：  李  四', 7, [{ role: '图片编辑', names: ['李四'] }]],
		]);
	});

	it('reads no credit in a role and names with text under them, nor in a role over no names', () => {
		const inside = assemble([...article, '策划', '张丹峰  汪哲平', '　　图书馆每周一闭馆。'].join('\n'));
		expect(inside.credits).toEqual([]);
		const alone = assemble([...article, '本版责编：王  五', '版式设计'].join('\n'));
		expect(alone.credits.map((credit) => credit.text)).toEqual(['本版责编：王  五']);
	});
});
