/**
 * What a printed line is, on its own: lines as real pages print them, each with the kind an editor
 * would give it. Where a line goes (header, heading, paragraph) is tested in assemble-items.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
	isDocumentDate,
	hasColumnTag,
	isLetterClosing,
	isClosingNote,
	isCreditOnly,
	isLabelledPerson,
	isLongPairedHeading,
	isLooseHeading,
	isNumberedHeading,
	isSectionHeading,
	isSourceNote,
	isUnterminated,
	kindOf,
	readLines,
	splitCaption,
	trailingByline,
} from '../../../scripts/ingest/line-kinds.ts';

describe('kindOf', () => {
	it.each([
		['本版责编：王  彦  刘  涓  版式设计：沈亦伶', 'credit'],
		['◎ 邸金 本报记者 顾满斌', 'byline'],
		['本报特约记者  刘  佳', 'byline'],
		['科技日报讯(记者雍黎)7月10日，重庆两江协同创新区一明月湖获“算力产业园”授牌。', 'lead'],
		['本报北京7月15日电　国家统计局15日发布数据，上半年，全国规模以上工业增加值同比增长6.0%。', 'lead'],
		['图为深圳前海深港现代服务业合作区。 视觉中国供图', 'caption'],
		['7月8日，游客在江苏省扬州市瘦西湖景区赏荷。孟德龙摄（人民视觉）', 'caption'],
		['图①　观众在科技周现场体验VR设备。本报记者  王  斌摄', 'caption'],
		// A cartoon's artist after the agency that sent it; 作 alone ends too many words to say so.
		['新华社发  程远帆作', 'caption'],
		// Who supplied a photo, and the agency that sent it on; a body that supplied it alone.
		['某国家机关供图（新华社发）', 'caption'],
		['动作演示：王某（李某摄）', 'caption'],
		['资料照片', 'caption'],
		// Where the page's media are to be watched, and who compiled a kind of text all over the page: notes, never a header.
		['相关新媒体内容欢迎登录人民网观看《某某直通车》', 'note'],
		['本版专家点评均为本报记者李华采访整理', 'note'],
		['某县融媒体中心提供', 'caption'],
		['某某社区提供', 'caption'],
		// (or a place that runs the show in the photo, a park, a quarter, a base)
		['长安某某主题街区提供', 'caption'],
		['某某景区提供', 'caption'],
		['银川西夏陵区管理处提供', 'caption'],
		['受访者提供', 'caption'],
		// Who gave every photo above, and the agency that sent them on.
		['以上图片均为考古杂志社提供（新华社发）', 'caption'],
		['为群众提供', 'title-like'],
		// Who drew the picture, a name and 绘 alone; a title may end in 绘 too.
		['洪  琥绘', 'caption'],
		['张文华绘', 'caption'],
		['精心描绘', 'title-like'],
		// Who drew every picture of the page; a title saying so of no page is a title.
		['本版建筑手绘图均为杨大炜绘', 'caption'],
		['本版插图均为王伟绘', 'caption'],
		['古建之美均为匠心所绘', 'title-like'],
		// A cartoon's artist before the agency that sent it, or after a label.
		['徐  骏作（新华社发）', 'caption'],
		['漫画绘制：曹  一（新华社发）', 'caption'],
		['漫画：王  伟', 'caption'],
		['漫画：如何读懂一幅画', 'title-like'],
		// Where the painting in the photo is kept, alone under its caption.
		['北京画院藏', 'caption'],
		['珍藏', 'title-like'],
		// Someone's words quoted whole, closing on a full stop or an ellipsis, open a paragraph; a quoted title closes on
		// nothing, or on an exclamation.
		['“刚出炉的馕，薄脆中带着面香嘞……”', 'body'],
		['“这片林子，是我们一棵一棵种出来的。”', 'body'],
		['“让我再救一个！”', 'title-like'],
		['“脚步走不到的地方，文字可以走到”', 'title-like'],
		// A map's approval number under it is a note, never a title.
		['审图号为某S（2024）012号', 'body'],
		// Who speaks, leading into the quoted words below with a dash: the paragraph's opening; a kicker leads into a title with news.
		['某部门负责同志强调——', 'body'],
		['某省发布十项举措——', 'title-like'],
		['扎实推进基层减负工作', 'title-like'],
		['兰州高新区为生物医药产业注入向“新”力', 'title-like'],
		['——上半年工业经济运行观察', 'title-like'],
		['国家发展改革委等部门联合印发指导意见 推动大规模设备更新和消费品以旧换新 加快释放内需潜力', 'title-like'],
		['为什么一个县城的小企业能拿下全球近半的羽毛球订单？', 'title-like'],
		['其中，出口12.13万亿元，同比增长6.9%。', 'body'],
		['记者从中国汽车工业协会获悉：', 'body'],
		['“以前看天吃饭。现在看数据种茶', 'body'],
		// A wrap cut 摄氏度 after 摄: no photographer is a figure.
		['面40%，年均气温零下7摄', 'title-like'],
	])('%s → %s', (text, kind) => {
		expect(kindOf(text)).toBe(kind);
	});

	it('reads a line too long for a title as running text, punctuation or not', () => {
		expect(kindOf('各地加快推进重大水利工程建设，一批重点工程开工建设，南水北调后续工程建设有序推进，国家水网主骨架加快构建')).toBe('body');
		expect(
			kindOf(
				'各地加快推进重大水利工程建设一批重点工程开工建设南水北调后续工程建设有序推进国家水网主骨架和大动脉加快构建并且持续完善配套设施和管理体制机制不断提升水资源集约节约利用水平',
			),
		).toBe('body');
	});

	it('reads a long line with no comma or stop as a title, as papers print the names of meetings', () => {
		expect(kindOf('深入学习贯彻习近平总书记在庆祝中华全国总工会成立100周年暨全国劳动模范和先进工作者表彰大会上的重要讲话精神理论研讨会在京举行')).toBe(
			'title-like',
		);
	});

	it("leaves a long column tag out of a title's length", () => {
		expect(kindOf('专门协商机构：彰显人民政协制度优势的标识性概念（深入学习贯彻习近平新时代中国特色社会主义思想·原创性概念标识性概念纵横谈）')).toBe(
			'title-like',
		);
	});

	it("reads an artwork's name and kind as its caption, never a title", () => {
		expect(kindOf('家乡的路（中国画）')).toBe('caption');
	});

	it('reads the labels of an interview as text', () => {
		expect(kindOf('嘉  宾：清华大学人工智能国际治理研究院院长  薛  澜')).toBe('body');
	});

	it("reads a prompt to scan the page's code as text, never a title or a kicker", () => {
		expect(kindOf('观看视频，请用手机扫描二维码')).toBe('body');
		expect(kindOf('扫码收听')).toBe('body');
		expect(kindOf('二维码里的新生活')).toBe('title-like');
	});

	it("reads a footnote and a visitor's facts as text, never a title or a kicker", () => {
		expect(kindOf('注：以上为我国现有的17个国家级木版年画项目')).toBe('body');
		expect(kindOf('开馆时间：周三至周日9：00—16：30')).toBe('body');
		expect(kindOf('咨询电话：010-12345678')).toBe('body');
		expect(kindOf('注意防寒保暖')).toBe('title-like');
	});

	it("reads an advertisement's line parted by bars as text, never a title", () => {
		expect(kindOf('某某汽车 | 某某科技 联合设计')).toBe('body');
		expect(kindOf('品质生活｜从这里开始')).toBe('title-like');
	});

	it('reads running text that happens to end in 摄 as running text', () => {
		const paragraph = `${'这位年轻的工程师利用业余时间走遍了全省的湿地保护区，'.repeat(8)}用镜头记录候鸟迁徙，这些照片都是他亲自拍摄`;
		expect(kindOf(paragraph)).toBe('body');
	});
});

describe('isLetterClosing', () => {
	it('reads how a letter quoted in the text closes: its greeting, its signature and 上, the day and where it was written', () => {
		expect(['谨此，祝  全家安好！', '此致  敬礼！', '林 上', '儿  敬上', '四月十日于山中'].filter(isLetterClosing)).toHaveLength(5);
	});

	it('reads no heading or title as one', () => {
		expect(['向上向善', '四月十日', '扎根山中  服务群众', '谨慎用药'].filter(isLetterClosing)).toEqual([]);
	});
});

describe('readLines', () => {
	it('numbers lines as the file does, skips blank ones, and notes indents but not a BOM', () => {
		const lines = readLines('\ufeff标题\r\n\r\n　　第一段。\n  第二段。\n续行。\n');
		expect(lines.map((line) => [line.number, line.text, line.indented])).toEqual([
			[1, '标题', false],
			[3, '第一段。', true],
			[4, '第二段。', true],
			[5, '续行。', false],
		]);
	});

	it('notes what stands after a blank line, but not after one left by page metadata, which parts nothing', () => {
		const source = '标题\n\n第一段。\n第二段。';
		expect(readLines(source).map((line) => line.afterBlank)).toEqual([true, true, false]);
		expect(readLines(source, 1, new Set([2])).map((line) => line.afterBlank)).toEqual([true, false, false]);
		// (Numbered as the file numbers them: a page cut from a file of several starts at its own line.)
		expect(readLines(source, 10, new Set([11])).map((line) => line.afterBlank)).toEqual([true, false, false]);
	});

	it('takes one space alone for the text of a cut paragraph, not an indent', () => {
		const lines = readLines('推出“五一”\n 周末自驾游等惠民措施。\n\t第三段。\n \u3000\u3000第四段。');
		expect(lines.map((line) => line.indented)).toEqual([false, false, true, true]);
	});

	it('notes an indent of em or en spaces, as web pages set it (&emsp;&emsp;)', () => {
		const lines = readLines('\u2003\u2003第一段，\n续行。\n\u2002\u2002第二段。');
		expect(lines.map((line) => line.indented)).toEqual([true, false, true]);
	});

	it('marks the rows of a table printed as text: two lines or more of three short cells, with a figure among them', () => {
		const table = readLines('指标  单位  增长\n工业  亿元  6.1%\n消费\t亿元\t4.8%\n数据显示，经济开局良好。');
		expect(table.map((line) => [line.row, line.kind])).toEqual([
			[true, 'body'],
			[true, 'body'],
			[true, 'body'],
			[false, 'body'],
		]);
		// Two cells make a row where the last is a figure (a name and a result).
		expect(readLines('1．张  三（某省）  10秒01\n3．王小川（某省）  10秒11').map((line) => line.row)).toEqual([true, true]);
		// A title in three spaced words stands alone; rows of words alone are no table, nor two spaced clauses.
		expect(readLines('格局迎新变  竞争更激烈\n新赛季  新气象').map((line) => line.row)).toEqual([false, false]);
		expect(readLines('韧性  探索  活力\n三个关键词看首季能源形势').map((line) => line.row)).toEqual([false, false]);
		expect(readLines('春风  秋雨  夏荷\n晨钟  暮鼓  晚霞').map((line) => line.row)).toEqual([false, false]);
	});
});

describe('splitCaption', () => {
	it('splits the photo credit from the caption', () => {
		expect(splitCaption('图为北京南中轴国际文化科技园。何芬摄')).toEqual({ caption: '图为北京南中轴国际文化科技园。', credit: '何芬摄' });
		expect(splitCaption('7月10日，工人在江苏苏州一家企业的智能车间内作业。　　新华社记者　李　博摄')).toEqual({
			caption: '7月10日，工人在江苏苏州一家企业的智能车间内作业。',
			credit: '新华社记者　李　博摄',
		});
	});
	it('leaves a caption without a credit whole', () => {
		expect(splitCaption('图为北京故宫博物院。')).toEqual({ caption: '图为北京故宫博物院。' });
	});
	it('keeps a note of what AI did to the picture with its credit', () => {
		expect(splitCaption('图①：工人在分拣鸭蛋。　　王  明摄，AI修饰生成油画')).toEqual({
			caption: '图①：工人在分拣鸭蛋。',
			credit: '王  明摄，AI修饰生成油画',
		});
		expect(readLines('王  明摄，AI修饰生成油画\n资料图片，AI修饰生成油画').map((line) => line.kind)).toEqual(['caption', 'caption']);
	});
});

describe('isSectionHeading', () => {
	const line = (text: string) => readLines(text)[0];
	it('takes short unpunctuated lines, numbered or not, up to twenty characters', () => {
		expect(isSectionHeading(line('促进企业合作'))).toBe(true);
		expect(isSectionHeading(line('一、量子科技加速突破'))).toBe(true);
		expect(isSectionHeading(line('从“小作坊”到“链主”企业 县域产业蝶变'))).toBe(true);
	});
	it('refuses running-text punctuation and lines as long as a sentence', () => {
		expect(isSectionHeading(line('科技，让生活更美好'))).toBe(false);
		expect(isSectionHeading(line('为什么一个县城的小企业能拿下全球近半的羽毛球订单？'))).toBe(false);
		expect(isSectionHeading(line('其中，出口12.13万亿元，同比增长6.9%。'))).toBe(false);
		// Twenty-one characters, no punctuation at all: still too long for a heading.
		expect(isSectionHeading(line('在这片曾经荒芜的土地上农民们种出了丰收的好年景'))).toBe(false);
		expect(isSectionHeading(undefined)).toBe(false);
	});

	it('never takes a question, a lead-in, a label, a line of verse, a date or a figure for a heading', () => {
		for (const text of [
			'这份信任和崇敬从何而来？',
			'记者：办法出台的背景是什么？',
			'聚民心——',
			'吧嗒吧嗒……',
			'【感言】',
			'45.2%',
			'徐徐书卷展，',
			'2026年4月28日',
		]) {
			expect(isSectionHeading(line(text)), text).toBe(false);
		}
	});
});

describe('isLooseHeading', () => {
	const line = (text: string) => readLines(text)[0];

	it('takes headings printed with a comma, as a quotation or as a label and its subject', () => {
		for (const text of ['深学细悟，筑牢思想根基', '“脚步走不到的地方，文字可以走到”', '溯源：在数字时代弘扬党的光荣传统和优良作风，践行全过程人民民主']) {
			expect(isLooseHeading(line(text)), text).toBe(true);
		}
	});

	it('refuses sentences, questions, lead-ins, the note of where figures or media came from, and a guest introduced by their posts', () => {
		for (const text of [
			'这条生产线采用了机器视觉技术，检测精度比人工提高了百分之三十以上',
			'如何增强硬实力？',
			'一块铝，见证资源优势转化产业胜势——',
			'数据来源：中国人民财产保险股份有限公司',
			'融媒创作：胡洪江  刘  杰',
			'北京作家协会副主席，茅盾文学奖得主，作家乔叶',
			'张立群中国工程院院士、西安交通大学校长',
		]) {
			expect(isLooseHeading(line(text)), text).toBe(false);
		}
	});
});

describe('isLongPairedHeading', () => {
	const line = (text: string) => readLines(text)[0];

	it("takes a theory part's heading of two clauses, as long as a header line may be", () => {
		// 44 characters: a part's thesis and the reason for it.
		const thesis = '调查研究是马克思主义世界观和方法论的集中体现，是贯彻党的思想路线和群众路线的内在要求所在';
		expect(isLongPairedHeading(line(thesis))).toBe(true);
		expect(isLongPairedHeading(line('调查研究是谋事之基、成事之道，是做好各项工作的基本功'))).toBe(true);
	});

	it('refuses a sentence that ends, and a line longer than a header', () => {
		expect(isLongPairedHeading(line('调查研究是谋事之基，是做好工作的基本功。'))).toBe(false);
		expect(isLongPairedHeading(line(`${'调查研究'.repeat(7)}，${'基本功'.repeat(8)}`))).toBe(false);
	});
});

describe('isUnterminated', () => {
	it('tells a paragraph cut by a column break from a finished one', () => {
		expect(isUnterminated('国家统计局新闻发言人表示，今年以来，各地区各部门坚持创新驱动，推动产业')).toBe(true);
		expect(isUnterminated('企业与高校共建实训基地，每年培养技术骨干200余名。')).toBe(false);
		expect(isUnterminated('“新质生产力正在加速形成。”')).toBe(false);
		expect(isUnterminated('三地在交通、生态、产业等领域协同发展取得新进展（记者 李  华）')).toBe(false);
	});

	it('takes a notice that ends with the address it gives as finished', () => {
		expect(isUnterminated('选题线索来信邮箱：news@example.cn')).toBe(false);
		expect(isUnterminated('更多内容请见：https://example.cn/2026/04')).toBe(false);
	});

	it("takes a sentence that cites a draft law's articles after its full stop as finished, and a cut inside the citation as not", () => {
		expect(isUnterminated('草案对法律域外适用效力作出规定。（草案第五十七条至第六十三条）')).toBe(false);
		expect(isUnterminated('（八）附则。主要规定法律施行日期。（草案第六十四条）')).toBe(false);
		expect(isUnterminated('草案对法律域外适用效力作出规定。（草案第五十七条至第')).toBe(true);
		expect(isUnterminated('草案对此作出规定（草案第五十七条）')).toBe(true);
	});

	it('takes a sentence closing a quotation inside a quotation as finished', () => {
		expect(isUnterminated('他说：“老人常讲：‘我就是黄河边长大的。’”')).toBe(false);
		expect(isUnterminated('他说：“老人常讲：‘我就是黄河边长大的’')).toBe(true);
	});

	it("takes a blurb signed after a dash, the writer's post in brackets, as finished", () => {
		expect(isUnterminated('书写普通劳动者的奋斗故事，读来令人动容。　　——李  四（作家）')).toBe(false);
		expect(isUnterminated('读来令人动容。——桫  椤（作家）')).toBe(false);
		expect(isUnterminated('也不至于太冷落，也不至于太热闹了。”——暗暗')).toBe(true);
		expect(isUnterminated('书写普通劳动者的奋斗故事——一个个平凡的')).toBe(true);
	});
});

describe('trailingByline', () => {
	it('finds the byline in brackets at the end of a brief', () => {
		expect(trailingByline('同比增长5.2%。（记者 李  华）')).toBe('记者 李  华');
		expect(trailingByline('同比增长5.2%。（数据来源：国家统计局）')).toBeUndefined();
	});
});

describe('notes in brackets', () => {
	it('reads a line all in brackets as a note, brackets inside it included, and as finished', () => {
		expect(kindOf('（作者为乐聚智能（深圳）股份有限公司董事长）')).toBe('note');
		expect(kindOf('（本报柏林电）')).toBe('note');
		expect(kindOf('（甲）乙（丙）')).not.toBe('note');
		expect(isUnterminated('（作者为某大学教授）')).toBe(false);
	});

	it('tells the notes that close an item from other notes', () => {
		const [closing, date] = readLines('（据新华社北京4月26日电）\n（二〇二五年十月二十九日）');
		expect([isClosingNote(closing), isClosingNote(date)]).toEqual([true, false]);
	});

	it('takes a dateline standing alone under text as closing the item, and under a title as opening its text', () => {
		const [title, text, dateline] = readLines('出席人员名单\n　　丁建国  王沪生  李  强  赵乐平\n　　新华社北京4月30日电');
		expect(text!.kind).toBe('body');
		expect(isClosingNote(dateline, text)).toBe(true);
		expect(isClosingNote(dateline, title)).toBe(false);
	});

	it("takes a column's closing notice with its address as closing the item, not a sentence that gives one", () => {
		const [notice, sentence] = readLines(
			'选题线索来信邮箱：news@example.cn\n读者如发现线索，可以拨打热线电话，也可以发送邮件，写明时间、地点和经过，我们会及时核实处理，来信请寄：news@example.cn',
		);
		expect([isClosingNote(notice), isClosingNote(sentence)]).toEqual([true, false]);
	});
});

describe('isNumberedHeading', () => {
	it('takes a line numbered as a section of a text, not a figure that starts a line', () => {
		const [first, second, third, figure] = readLines('一、总体要求\n（二）主要任务\n3. 组织实施\n5.2%的增长来自消费');
		expect([first, second, third, figure].map(isNumberedHeading)).toEqual([true, true, true, false]);
	});
});

describe('hasColumnTag', () => {
	it('finds the tag of a column or series at the end of a title, not a title all in brackets', () => {
		expect(hasColumnTag('考实真政绩  画准实干人（人民时评）')).toBe(true);
		expect(hasColumnTag('善作善成（开局起步“十五五”·专题新闻发布）')).toBe(true);
		expect(hasColumnTag('（本报柏林电）')).toBe(false);
		expect(hasColumnTag('王兆星同志逝世')).toBe(false);
	});

	it('takes years in brackets for a date of what the text names, not a tag', () => {
		expect(hasColumnTag('大约相当于北宋神宗朝的元丰年间（1078—1085年）')).toBe(false);
		expect(hasColumnTag('到金代中后期（12世纪后半叶）')).toBe(false);
		expect(hasColumnTag('学好用好这份规划（2024年）')).toBe(false);
		expect(hasColumnTag('一部规划绘就发展蓝图（2024年全国两会特别报道）')).toBe(true);
	});
});

describe('isCreditOnly', () => {
	it('takes a photo credit printed on its own line, not a caption', () => {
		const [credit, withCredit, caption] = readLines('胡学军摄（人民视觉）\n图为游客在游览。本报记者  张  华摄\n陈一鸣  吴庆丰摄影报道');
		expect([isCreditOnly(credit), isCreditOnly(withCredit), isCreditOnly(caption)]).toEqual([true, false, true]);
	});
});

describe('isLabelledPerson', () => {
	it('takes a guest, a host or a speaker named after their label, not what they say nor a line with no label', () => {
		const lines = [
			'主持人：本报编辑  吴  浩',
			'嘉  宾：某大学经济学院院长  李  明',
			'提问：付某某 某集团有限责任公司党委委员、副总经理',
			'讲述人：某市政务服务管理办公室副主任  刘  洋',
			'主持人：近年来，我国数字经济规模持续扩大，新业态新模',
			'主持人：请问数字经济发展呈现出哪些新特点？',
			'某研究院研究员  张建华',
			'嘉宾：数字经济',
		];
		expect(lines.map(isLabelledPerson)).toEqual([true, true, true, true, false, false, false, false]);
	});
});

describe('documents and their dates', () => {
	it("reads a document's date under its title, and the date a law was passed on", () => {
		for (const text of ['（二〇二五年十月二十九日）', '（2026年4月30日第十四届全国人民代表大会常务委员会第二十二次会议通过）'])
			expect(isDocumentDate(readLines(text)[0]), text).toBe(true);
		expect(isDocumentDate(readLines('（2026年4月30日，记者走访了多家企业，了解到许多情况）')[0])).toBe(false);
	});

	it('takes a date printed alone, under a signature, as whole', () => {
		expect(isUnterminated('2026年4月30日')).toBe(false);
		expect(isUnterminated('截至2026年4月30日')).toBe(true);
	});
});

describe('isSourceNote', () => {
	it.each([
		['数据来源：国家统计局', true],
		['数据来源 工业和信息化部', true],
		// Two sources apart by spaces, longer than a line's note, no sentence in it.
		['数据来源：中共杭州市拱墅区委组织部  中共杭州市拱墅区委宣传部', true],
		// A paragraph that opens with the words is running text, however short its sentences.
		['数据来源：据国家统计局发布的数据，一季度全国规模以上工业增加值同比增长。', false],
		['近日，国家统计局发布数据。', false],
	])('%s → %s', (text, expected) => {
		expect(isSourceNote(text)).toBe(expected);
	});
});
