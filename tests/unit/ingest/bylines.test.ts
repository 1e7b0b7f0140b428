import { describe, expect, it } from 'vitest';
import {
	datelineMonthDay,
	endsWithDateline,
	isCollectiveSignature,
	parseLoneName,
	isBareDateline,
	isNameList,
	namesRunTogetherInDoubt,
	parseAuthorList,
	parseBylineLine,
	parseLead,
	parseNameLine,
	parsePostAndNameRunOn,
	splitRunOfNames,
	parseOrganizationLine,
	parsePostAndName,
	parsePenNameUnderTitle,
	parseNamesRunTogetherUnderTitle,
	parsePlaceAndNameUnderTitle,
	parseSignatureLine,
} from '../../../scripts/ingest/bylines.ts';

describe('parseBylineLine', () => {
	it('reads ◎ bylines, a role applying to the names after it', () => {
		expect(parseBylineLine('◎ 本报记者 华凌 通讯员 赵智和')).toEqual([
			{ name: '华凌', role: '本报记者' },
			{ name: '赵智和', role: '通讯员' },
		]);
	});
	it('reads an interview credited by what its people did, naming only whom it names', () => {
		expect(parseBylineLine('解读人：有关部门负责同志  采访人：本报记者')).toEqual([]);
		expect(parseBylineLine('受访人：某大学教授  王  丽  采访人：本报记者  李  明')).toEqual([
			{ name: '王丽', role: '某大学教授' },
			{ name: '李明', role: '本报记者' },
		]);
		// (A sentence after the label is what was said, no credit.)
		expect(parseBylineLine('解读人：我认为这个问题很重要，需要讨论')).toBeUndefined();
	});

	it('reads a speaker under two posts parted by a comma, or a post quoting a name', () => {
		expect(parseBylineLine('某市新闻传媒中心主任，某传媒集团党委书记、董事长 孙立平')).toEqual([
			{ name: '孙立平', role: '某市新闻传媒中心主任，某传媒集团党委书记、董事长' },
		]);
		expect(parseBylineLine('某国“Asia-Today”媒体集团创始人兼总编辑  阿里·卡里莫夫')?.[0]?.name).toBe('阿里·卡里莫夫');
		// (A reader's province and city before the name.)
		expect(parseBylineLine('湖南长沙  周文涛')).toEqual([{ name: '周文涛', role: '湖南长沙' }]);
		// (Or a city that is a province of its own, and a district.)
		expect(parseBylineLine('北京朝阳  李  森')).toEqual([{ name: '李森', role: '北京朝阳' }]);
		expect(parseBylineLine('上海浦东  开发开放')).toBeUndefined();
		// (A deputy's or a CPPCC member's title after the name is no part of it.)
		expect(parseBylineLine('某市委书记  王小明代表')).toEqual([{ name: '王小明', role: '某市委书记' }]);
		expect(parseBylineLine('某大学校长  李华委员')).toEqual([{ name: '李华', role: '某大学校长' }]);
		// (After a speaker's label, any calling is the post.)
		expect(parseBylineLine('主讲人：某市“好人饭馆”店主  黄小明')).toEqual([{ name: '黄小明', role: '主讲人：某市“好人饭馆”店主' }]);
	});

	it('joins a two-character name spaced out to the width of three', () => {
		expect(parseBylineLine('本报记者  韩  鑫')).toEqual([{ name: '韩鑫', role: '本报记者' }]);
	});
	it('reads correspondents stationed abroad, several names under one post or each under their own', () => {
		expect(parseBylineLine('本报驻某国记者  周一鸣  吴  双')).toEqual([
			{ name: '周一鸣', role: '本报驻某国记者' },
			{ name: '吴双', role: '本报驻某国记者' },
		]);
		expect(parseBylineLine('本报驻甲国记者  郑  方  本报驻乙国记者  冯远山')).toEqual([
			{ name: '郑方', role: '本报驻甲国记者' },
			{ name: '冯远山', role: '本报驻乙国记者' },
		]);
		expect(parseBylineLine('新华社驻联合国记者  陈  立')).toEqual([{ name: '陈立', role: '新华社驻联合国记者' }]);
		// OCR lost the spaces: the post still ends where its 记者 does.
		expect(parseBylineLine('本报驻某国记者周一鸣王小川')).toEqual([
			{ name: '周一鸣', role: '本报驻某国记者' },
			{ name: '王小川', role: '本报驻某国记者' },
		]);
	});
	it('never takes what the writers did for a name: 整理, 采写, 报道, 发自…', () => {
		expect(parseBylineLine('本报记者  韩  鑫  整理')).toEqual([{ name: '韩鑫', role: '本报记者' }]);
		expect(parseBylineLine('本报记者 韩鑫 何立 采写')).toEqual([
			{ name: '韩鑫', role: '本报记者' },
			{ name: '何立', role: '本报记者' },
		]);
		expect(parseBylineLine('本报记者韩鑫报道')).toEqual([{ name: '韩鑫', role: '本报记者' }]);
		expect(parseBylineLine('本报记者  韩鑫  发自某市')).toEqual([{ name: '韩鑫', role: '本报记者' }]);
		// The role alone still marks the byline's place.
		expect(parseBylineLine('新华社记者  综合报道')).toEqual([]);
		// A photo credit stays a credit.
		expect(parseBylineLine('新华社记者  韩鑫  摄影报道')).toBeUndefined();
	});
	it('reads a byline whose last name runs on into 文并图, the writer who took the photos too', () => {
		expect(parseBylineLine('本报记者  常  钦文并图')).toEqual([{ name: '常钦', role: '本报记者' }]);
	});
	it('reads a mark before the role, and what each writer did before their name', () => {
		expect(parseBylineLine('■本报记者  韩  鑫')).toEqual([{ name: '韩鑫', role: '本报记者' }]);
		expect(parseBylineLine('□ 记者 何立')).toEqual([{ name: '何立', role: '记者' }]);
		expect(parseBylineLine('文/韩鑫  图/何立')).toEqual([
			{ name: '韩鑫', role: '文' },
			{ name: '何立', role: '图' },
		]);
		expect(parseBylineLine('文／韩  鑫')).toEqual([{ name: '韩鑫', role: '文' }]);
		expect(parseBylineLine('文/图  韩  鑫')).toEqual([{ name: '韩鑫' }]);
		// A point of a summary is no byline.
		expect(parseBylineLine('■ 要把科技创新摆在更加突出的位置')).toBeUndefined();
	});
	it('does not take a sentence starting with 记者 for a byline', () => {
		expect(parseBylineLine('记者走进积石药业宽敞整洁的实验室看到，科研人员正在开展药物研发。')).toBeUndefined();
	});
});

describe('parseLead', () => {
	it('reads a dateline whose 日 OCR read as the like-shaped 曰, keeping it as printed', () => {
		expect(parseLead('新华社北京4月25曰电  国家主席习近平25日会见来宾。')).toEqual({ agency: '新华社', dateline: '北京4月25曰', authors: [] });
		expect(parseLead('本报北京４月２５曰电  （记者张三）近日，某地举行活动。')).toEqual({
			agency: '本报',
			dateline: '北京４月２５曰',
			authors: [{ name: '张三', role: '记者' }],
		});
		expect(datelineMonthDay('北京4月25曰')).toEqual({ month: 4, day: 25 });
		expect(isBareDateline('新华社北京4月25曰电')).toBe(true);
		// (曰 elsewhere is the word it is: 子曰, no dateline.)
		expect(parseLead('子曰：学而时习之，不亦说乎？')).toBeUndefined();
	});
	it('reads 科技日报讯(…) leads, with the date after the parenthesis', () => {
		expect(parseLead('科技日报讯(记者罗云鹏)记者7月12日从深圳市前海管理局获悉')).toEqual({
			agency: '科技日报',
			dateline: '7月12日',
			authors: [{ name: '罗云鹏', role: '记者' }],
		});
	});
	it("reads an agency's 电 with no date set apart from the text (新华社电  …), and no sentence", () => {
		expect(parseLead('据新华社电　某国统计局15日公布数据显示')).toEqual({ agency: '新华社', authors: [] });
		expect(parseLead('据新华社电，某国统计局')).toBeUndefined();
		// The paper's own, with no place or date: 本报电  为破解….
		expect(parseLead('本报电  为破解小农户与现代农业联系不紧密等问题，某县推出服务。')).toEqual({ agency: '本报', authors: [] });
		expect(parseLead('本报电视台报道说，某县推出服务。')).toBeUndefined();
	});
	it('reads 本报…电 and 新华社…电 leads with full-width parentheses', () => {
		expect(parseLead('本报北京7月9日电（记者 张三、李四）国家统计局今天发布')).toEqual({
			agency: '本报',
			dateline: '北京7月9日',
			authors: [
				{ name: '张三', role: '记者' },
				{ name: '李四', role: '记者' },
			],
		});
		expect(parseLead('新华社北京7月9日电 国务院总理…')).toMatchObject({ agency: '新华社', dateline: '北京7月9日', authors: [] });
		// A paragraph's second piece that happens to start like one: 国家|电网公司…浙江省电力公司.
		expect(parseLead('家电网公司安全文化示范班组、浙江省电力公司卓越班组等多项荣誉。')).toBeUndefined();
		expect(parseLead('新华社华盛顿电  美国国务院当天表示')).toMatchObject({ agency: '新华社', dateline: '华盛顿' });
		// A place with no date only after an agency known by name: 宁夏累计并网 is no agency, and the wrap cut before 电.
		expect(parseLead('人民网北京电  记者从国家统计局获悉')).toMatchObject({ agency: '人民网', dateline: '北京' });
		expect(parseLead('宁夏累计并网新型储能电')).toBeUndefined();
		expect(parseLead('新华社耶路撒冷/贝鲁特4月27日电  （记者庞昕熠）以色列国防军27日说')).toEqual({
			agency: '新华社',
			dateline: '耶路撒冷/贝鲁特4月27日',
			authors: [{ name: '庞昕熠', role: '记者' }],
		});
	});
	it('ignores ordinary paragraphs', () => {
		expect(parseLead('近日，海知见信息技术(北京)有限公司落地。')).toBeUndefined();
	});
	it('reads the leads of earlier decades: the reporters after the dateline with 报道, 本报讯 alone, 驻…记者…报道', () => {
		expect(parseLead('本报北京1月5日讯  记者韩鑫报道：国务院今天召开会议。')).toEqual({
			agency: '本报',
			dateline: '北京1月5日',
			authors: [{ name: '韩鑫', role: '记者' }],
		});
		expect(parseLead('新华社某市1月5日电  记者韩鑫、何立报道：今天。')?.authors).toEqual([
			{ name: '韩鑫', role: '记者' },
			{ name: '何立', role: '记者' },
		]);
		expect(parseLead('本报讯  某县今天召开会议。')).toEqual({ agency: '本报', authors: [] });
		expect(parseLead('本报驻某国记者韩鑫报道：某国今天宣布。')).toEqual({ agency: '本报', authors: [{ name: '韩鑫', role: '本报驻某国记者' }] });
		// Dates in Chinese numerals or full-width digits, the day alone too; the dateline as printed.
		expect(parseLead('本报北京一月五日讯  今天。')).toMatchObject({ agency: '本报', dateline: '北京一月五日' });
		expect(parseLead('新华社北京五日电  今天。')).toMatchObject({ agency: '新华社', dateline: '北京五日' });
		expect(parseLead('本报北京１月５日讯  记者韩鑫报道：今天。')).toEqual({
			agency: '本报',
			dateline: '北京１月５日',
			authors: [{ name: '韩鑫', role: '记者' }],
		});
		expect(parseLead('新华社某市25日电  今天。')).toMatchObject({ dateline: '某市25日' });
		// A sentence that opens alike is no lead.
		expect(parseLead('本报记者近日报道：某县的做法值得推广。')).toBeUndefined();
		expect(parseLead('中国日报讯息显示，某县今天。')).toBeUndefined();
	});
});

describe('parseAuthorList', () => {
	it('keeps names without a printed role role-less', () => {
		expect(parseAuthorList('洪恒飞 王婧璐 记者江耘')).toEqual([{ name: '洪恒飞' }, { name: '王婧璐' }, { name: '江耘', role: '记者' }]);
	});
});

describe('parseBylineLine refuses headings that open with a role', () => {
	it('does not read 记者手记 or 通讯员风采 as people', () => {
		expect(parseBylineLine('记者手记')).toBeUndefined();
		expect(parseBylineLine('通讯员风采')).toBeUndefined();
		expect(parseBylineLine('记者 王华')).toEqual([{ name: '王华', role: '记者' }]);
	});

	it('does not read a sentence around a role, as a wrap leaves it on a line, as people', () => {
		expect(parseBylineLine('接受本报记者采访的中越')).toBeUndefined();
		expect(parseBylineLine('告诉本报记者')).toBeUndefined();
		expect(parseBylineLine('新华社记者  许舜达')).toEqual([{ name: '许舜达', role: '新华社记者' }]);
	});
});

describe('parseNameLine', () => {
	it('never takes a document label spaced out like a name for one (贺  信, 前  言)', () => {
		expect(parseNameLine('贺  信')).toBeUndefined();
		expect(parseNameLine('前  言')).toBeUndefined();
		expect(parseNameLine('贺  军')).toEqual([{ name: '贺军' }]);
	});
	it('reads one to three bare names, a spaced two-character name as one, foreign names with ·', () => {
		expect(parseNameLine('常  晋')).toEqual([{ name: '常晋' }]);
		expect(parseNameLine('王廷惠  余  飞')).toEqual([{ name: '王廷惠' }, { name: '余飞' }]);
		expect(parseNameLine('欧阳晓明')).toEqual([{ name: '欧阳晓明' }]);
		expect(parseNameLine('罗伯特·劳伦斯·库恩')).toEqual([{ name: '罗伯特·劳伦斯·库恩' }]);
		expect(parseNameLine('\u200b曾于里')).toEqual([{ name: '曾于里' }]);
	});

	it('reads a foreign name whose compound part a dash joins, never two places a dash joins', () => {
		expect(parseNameLine('让—弗朗索瓦·唐泽尔')).toEqual([{ name: '让—弗朗索瓦·唐泽尔' }]);
		expect(parseSignatureLine('（法国）让—弗朗索瓦·唐泽尔')).toEqual([{ name: '让—弗朗索瓦·唐泽尔', role: '（法国）' }]);
		expect(parseNameLine('中国—东盟')).toBeUndefined();
		expect(parseNameLine('让——弗朗索瓦·唐泽尔')).toBeUndefined();
	});

	it("refuses short headings and phrases that are nobody's name", () => {
		for (const text of ['导读', '溯源', '产业向新', '万众一心', '中国政府', '理论', '子鸣']) expect(parseNameLine(text), text).toBeUndefined();
	});

	it('reads a two-character name spaced to the width of three as a name, a pen name included', () => {
		expect(parseNameLine('子  鸣')).toEqual([{ name: '子鸣' }]);
		expect(parseNameLine('洪国强')).toEqual([{ name: '洪国强' }]);
	});
});

describe('parseBylineLine with what the writers did', () => {
	it('reads a byline marked 文/图 before or after the names', () => {
		expect(parseBylineLine('本报记者  张  三  文/图')).toEqual([{ name: '张三', role: '本报记者' }]);
		expect(parseBylineLine('文/图  本报记者  李  四')).toEqual([{ name: '李四', role: '本报记者' }]);
		expect(parseBylineLine('文/图')).toBeUndefined();
	});

	it('refuses a line whose bracket a wrap left open: a closing note cut in two', () => {
		expect(parseBylineLine('（本报记者  王  亮')).toBeUndefined();
	});
});

describe('parseBylineLine with a post and a Tibetan or Mongolian name', () => {
	it('reads a name of four after a person\u2019s post when its second half is a common given name', () => {
		expect(parseBylineLine('青海省社会科学院副研究员  罡拉卓玛')).toEqual([{ name: '罡拉卓玛', role: '青海省社会科学院副研究员' }]);
		expect(parseBylineLine('某大学教授  娜仁高娃')).toEqual([{ name: '娜仁高娃', role: '某大学教授' }]);
		expect(parseBylineLine('某大学教授  推进改革')).toBeUndefined();
	});
});

describe('bylines whose spaces OCR lost', () => {
	it('reads names run together after a role by the surnames that open them, the commoner surnames first', () => {
		expect(parseBylineLine('本报记者刘志强邱超奕韩鑫')?.map((author) => author.name)).toEqual(['刘志强', '邱超奕', '韩鑫']);
		expect(parseBylineLine('本报记者王观屈信明')?.map((author) => author.name)).toEqual(['王观', '屈信明']);
		expect(parseBylineLine('本报记者郭梓云孔歌')?.map((author) => author.name)).toEqual(['郭梓云', '孔歌']);
		expect(parseBylineLine('本报记者欧阳晓明')?.map((author) => author.name)).toEqual(['欧阳晓明']);
		expect(parseBylineLine('本报记者顾春欧阳洁刘军国')?.map((author) => author.name)).toEqual(['顾春', '欧阳洁', '刘军国']);
		// 赖 is among the hundred commonest surnames.
		expect(parseBylineLine('新华社记者冯一扬赖星刘佳明')?.map((author) => author.name)).toEqual(['冯一扬', '赖星', '刘佳明']);
		// 巨 is a rare surname, but a surname: two names of three, not three of two (刘士, 安巨, 云鹏).
		expect(parseBylineLine('本报记者刘士安巨云鹏')?.map((author) => author.name)).toEqual(['刘士安', '巨云鹏']);
	});

	it('parts roles run into the names before them, but not the roles that end in 记者', () => {
		expect(parseBylineLine('本报记者张丹华本报通讯员王三合')).toEqual([
			{ name: '张丹华', role: '本报记者' },
			{ name: '王三合', role: '本报通讯员' },
		]);
		expect(parseBylineLine('中国汽车报记者张奕雯')).toEqual([{ name: '张奕雯', role: '中国汽车报记者' }]);
		expect(parseBylineLine('本报驻美国记者  张  明')).toEqual([{ name: '张明', role: '本报驻美国记者' }]);
	});
	it.each([
		['浙江日报全媒体记者 陈醉 通讯员 温宣', ['陈醉', '浙江日报全媒体记者'], ['温宣', '通讯员']],
		['本报融媒体记者 李 娜 通讯员 张 伟', ['李娜', '本报融媒体记者'], ['张伟', '通讯员']],
		['新华每日电讯记者 岳冉冉 杨 静', ['岳冉冉', '新华每日电讯记者'], ['杨静', '新华每日电讯记者']],
		['◎本报记者 刘 垠 实习记者 颉满斌', ['刘垠', '本报记者'], ['颉满斌', '实习记者']],
		['解放军报记者钱晓虎特约通讯员刘清', ['钱晓虎', '解放军报记者'], ['刘清', '特约通讯员']],
		['中国青年报·中青在线记者 王聪聪 实习生 李 想', ['王聪聪', '中国青年报·中青在线记者'], ['李想', '实习生']],
	])("reads other papers' roles (all-media and intern reporters, outlets signing together): %s", (line, ...authors) => {
		expect(parseBylineLine(line)).toEqual(authors.map(([name, role]) => ({ name, role })));
	});
	it('reads writers named after a label (作者：李建国), and no post after one', () => {
		expect(parseBylineLine('作者：王 芳 陈志远')).toEqual([
			{ name: '王芳', role: '作者' },
			{ name: '陈志远', role: '作者' },
		]);
		expect(parseBylineLine('作者：某大学教授')).toBeUndefined();
	});
	it('reads bare names behind a mark (■李  刚  赵明远), and no point of a summary', () => {
		expect(parseBylineLine('■李 刚 赵明远')).toEqual([{ name: '李刚' }, { name: '赵明远' }]);
		expect(parseBylineLine('■ 一季度增长')).toBeUndefined();
		// (City dailies set an open square: □张  三, □ 王林  李四.)
		expect(parseBylineLine('□张  三')).toEqual([{ name: '张三' }]);
		expect(parseBylineLine('□ 王林  李四')).toEqual([{ name: '王林' }, { name: '李四' }]);
		expect(parseBylineLine('□ 加快推进')).toBeUndefined();
	});
	it('reads who took the photos beside the writers, and no words of running text for a role', () => {
		expect(parseBylineLine('新华社记者  王  晨  摄影  李  乐')).toEqual([
			{ name: '王晨', role: '新华社记者' },
			{ name: '李乐', role: '摄影' },
		]);
		expect(parseBylineLine('本报摄影记者  王  浩')).toEqual([{ name: '王浩', role: '本报摄影记者' }]);
		// A piece of a sentence wrapped at a printed line: 摄像 and 摄影 there are words, not roles.
		expect(parseBylineLine('益于在摄像摄影、农林作业等')).toBeUndefined();
	});
});

describe('parseSignatureLine with bare names run together', () => {
	it('reads two or three names behind the commonest surnames, and no words that merely open with a surname', () => {
		expect(parseSignatureLine('王廷惠余飞')).toEqual([{ name: '王廷惠' }, { name: '余飞' }]);
		expect(parseSignatureLine('杨静刘影')).toEqual([{ name: '杨静' }, { name: '刘影' }]);
		for (const text of ['刘国中强调', '金山银山', '毛主席纪念堂', '都城考古成果丰硕']) expect(parseSignatureLine(text), text).toBeUndefined();
	});
});

describe('splitRunOfNames', () => {
	it('keeps a Tibetan name of two common parts whole among names run together, though no surname opens it', () => {
		expect(splitRunOfNames('袁泉徐驭尧琼达卓嘎')).toEqual(['袁泉', '徐驭尧', '琼达卓嘎']);
		expect(splitRunOfNames('次仁央宗刘成友')).toEqual(['次仁央宗', '刘成友']);
		expect(splitRunOfNames('刘成友刘佳华')).toEqual(['刘成友', '刘佳华']);
	});
});

describe('namesRunTogetherInDoubt', () => {
	it('doubts a run of names that parts into names more than one way', () => {
		// (赵兵、巨云鹏 or 赵兵巨、云鹏; 王观、屈信明 or 王观屈、信明.)
		expect(namesRunTogetherInDoubt('本报记者赵兵巨云鹏')).toBe(true);
		expect(namesRunTogetherInDoubt('记者王观屈信明')).toBe(true);
	});

	it('does not doubt a run that parts one way alone, nor names printed apart', () => {
		expect(namesRunTogetherInDoubt('本报记者刘成友刘佳华')).toBe(false);
		expect(namesRunTogetherInDoubt('本报记者  刘成友  刘佳华')).toBe(false);
		expect(namesRunTogetherInDoubt('本报记者  韩  鑫')).toBe(false);
	});
});

describe('parseBylineLine with transliterated names', () => {
	it('reads a foreign name parted by · however long', () => {
		expect(parseBylineLine('新华社记者  林  昊  阿卜杜勒·拉赫曼')).toEqual([
			{ name: '林昊', role: '新华社记者' },
			{ name: '阿卜杜勒·拉赫曼', role: '新华社记者' },
		]);
	});
});

describe('parseSignatureLine and titles set in parallel with ·', () => {
	it('reads a transliterated name as a signature, never phrases whose parts open alike', () => {
		expect(parseSignatureLine('阿卜杜勒·拉赫曼')).toEqual([{ name: '阿卜杜勒·拉赫曼' }]);
		expect(parseSignatureLine('以展促消·以展兴产·以展聚势')).toBeUndefined();
		expect(parseSignatureLine('祝愿·跨越山海的祝福')).toBeUndefined();
		expect(parseSignatureLine('新技术·新场景')).toBeUndefined();
	});

	it('reads a transliterated name whose parts open alike but are not as long', () => {
		expect(parseSignatureLine('阿里·阿卜杜拉')).toEqual([{ name: '阿里·阿卜杜拉' }]);
	});

	it('reads as a name only what is spelt in the characters transliterations use, or a poet after the dynasty', () => {
		for (const name of ['伊丽米热·白合提亚尔', '鲍尔吉·原野', '安德烈·某某夫', '宋·苏轼']) expect(parseSignatureLine(name), name).toEqual([{ name }]);
		for (const text of ['大保护·底色', '梯田·民宿·脱贫路', '卜算子·咏梅', '江城·梅花']) expect(parseSignatureLine(text), text).toBeUndefined();
	});
});

describe('parseSignatureLine with a foreign writer', () => {
	it('reads the country in brackets before the name as the role', () => {
		expect(parseSignatureLine('［某国］约翰·史密斯')).toEqual([{ name: '约翰·史密斯', role: '［某国］' }]);
		expect(parseSignatureLine('【某国】伊万·彼得罗夫')).toEqual([{ name: '伊万·彼得罗夫', role: '【某国】' }]);
		expect(parseSignatureLine('〔某国〕穆罕默德·萨利赫')).toEqual([{ name: '穆罕默德·萨利赫', role: '〔某国〕' }]);
		expect(parseSignatureLine('（上接第一版）')).toBeUndefined();
	});
});

describe('parseLoneName', () => {
	it('reads three characters, or two set apart, as a name whatever the surname, but not a label', () => {
		expect(parseLoneName('踪家峰')).toEqual([{ name: '踪家峰' }]);
		expect(parseLoneName('踪  峰')).toEqual([{ name: '踪峰' }]);
		expect(parseLoneName('编者按')).toBeUndefined();
		expect(parseLoneName('新华社')).toBeUndefined();
		expect(parseLoneName('人民网')).toBeUndefined();
		expect(parseLoneName('以产为基')).toBeUndefined();
		// A province or city heading a list of names is no writer, nor a document's 目　录 or 前　言.
		expect(parseLoneName('北京市')).toBeUndefined();
		expect(parseLoneName('目　　录')).toBeUndefined();
		expect(parseLoneName('前　言')).toBeUndefined();
		expect(parseLoneName('河北省')).toBeUndefined();
		// Nor who attended or chaired, under the news of a meeting.
		expect(parseLoneName('汪洋出席')).toBeUndefined();
		expect(parseLoneName('王勇主持')).toBeUndefined();
		expect(parseLoneName('黎雨青草')).toEqual([{ name: '黎雨青草' }]);
	});
});

describe('endsWithDateline', () => {
	it('reads the dateline 新华社 sets at an article end, after its last sentence', () => {
		expect(endsWithDateline('锻造新的竞争优势。\u3000新华社北京4月25日电')).toBe(true);
		expect(endsWithDateline('“这个国家病了。”\u3000\u3000\u3000\u3000新华社华盛顿4月27日电')).toBe(true);
		expect(endsWithDateline('据新华社北京4月26日电，会议指出')).toBe(false);
		expect(endsWithDateline('全省用电量稳步增长，供电')).toBe(false);
	});

	it('reads it with full-width digits, as older texts and some crawlers give them', () => {
		expect(endsWithDateline('锻造新的竞争优势。\u3000新华社北京４月２５日电')).toBe(true);
		expect(isBareDateline('新华社深圳４月２７日电')).toBe(true);
		expect(isBareDateline('新华社深圳４月２７日电，会议指出')).toBe(false);
	});
});

describe('isNameList', () => {
	it('tells a list of more names than a byline prints from a byline and from a title spaced in halves', () => {
		expect(isNameList('丁建国  王沪生  李  强  赵乐平  蔡  明')).toBe(true);
		expect(parseNameLine('丁建国  王沪生  李  强  赵乐平  蔡  明')).toBeUndefined();
		expect(isNameList('王廷惠  余  飞')).toBe(false);
		expect(isNameList('以青春赴使命  以担当践初心')).toBe(false);
	});

	it('reads a long list as one though a name in five reads as no name by its surname, not a short one', () => {
		expect(isNameList('王树国  尹  力  孔令宝  石泰峰  叶建春  田  野  白玛赤林')).toBe(true);
		expect(isNameList('王树国  尹  力  孔令宝  白玛赤林')).toBe(false);
		expect(isNameList('王树国  尹  力  孔令宝  石泰峰  叶建春  田  野  白玛赤林  帕尔哈提  阿不都')).toBe(false);
		expect(isNameList('春风  夏雨  秋霜  冬雪  晨露  暮云  山岚')).toBe(false);
	});
});

describe('isBareDateline', () => {
	it('reads a dateline standing alone, not a lead with its text, nor 讯 without text', () => {
		expect(isBareDateline('新华社北京4月30日电')).toBe(true);
		expect(isBareDateline('本报北京4月30日电  （记者 李 华）')).toBe(true);
		expect(isBareDateline('新华社北京4月30日电  十四届全国人大常委会第二十二次会议30日闭幕。')).toBe(false);
		expect(isBareDateline('国网浙江省电力公司')).toBe(false);
	});
});

describe('parseBylineLine with a colon after the role', () => {
	it('reads a role a web copy follows with a colon as the byline print spaces', () => {
		expect(parseBylineLine('本报记者：崔  佳  祝大伟')).toEqual([
			{ name: '崔佳', role: '本报记者' },
			{ name: '祝大伟', role: '本报记者' },
		]);
		expect(parseBylineLine('记者：郑  远  通讯员：许  晴')).toEqual([
			{ name: '郑远', role: '记者' },
			{ name: '许晴', role: '通讯员' },
		]);
		expect(parseBylineLine('新华社记者:张  三')).toEqual([{ name: '张三', role: '新华社记者' }]);
	});

	it('reads a byline after the label 作者', () => {
		expect(parseBylineLine('作者：本报记者  彭  山')).toEqual([{ name: '彭山', role: '本报记者' }]);
		expect(parseBylineLine('作者：本报记者')).toBeUndefined();
	});

	it('leaves the reporter’s words in an interview as text, a short answer too', () => {
		for (const line of ['记者：请介绍一下今年的造林计划。', '记者：谢谢', '记者：你好', '记者：近日', '主持人：王  林'])
			expect(parseBylineLine(line), line).toBeUndefined();
	});
});

describe('parseOrganizationLine', () => {
	it('reads government bodies printed as the author under a title', () => {
		expect(parseOrganizationLine('中共中央统战部  国家民族事务委员会')).toEqual([{ name: '中共中央统战部' }, { name: '国家民族事务委员会' }]);
		expect(parseSignatureLine('国务院新闻办公室')).toEqual([{ name: '国务院新闻办公室' }]);
	});

	it('reads them parted by one space, as a copy that keeps one of the two gives them', () => {
		expect(parseOrganizationLine('中共中央统战部 国家民族事务委员会')).toEqual([{ name: '中共中央统战部' }, { name: '国家民族事务委员会' }]);
		expect(parseOrganizationLine('中共中央统战部\u3000国家民族事务委员会')).toEqual([{ name: '中共中央统战部' }, { name: '国家民族事务委员会' }]);
	});

	it('reads a research group whose name quotes its project, words after the quotation too', () => {
		expect(parseOrganizationLine('某大学国家发展与“十五五”战略研究课题组')).toEqual([{ name: '某大学国家发展与“十五五”战略研究课题组' }]);
	});

	it('refuses titles and phrases', () => {
		for (const text of ['深化改革  扩大开放', '深化改革 扩大开放', '全面推进乡村振兴', '中国政府', '开好局 起好步'])
			expect(parseOrganizationLine(text), text).toBeUndefined();
	});
});

describe('parsePostAndName', () => {
	it('reads a post and a name parted by a wide space, the post as the role', () => {
		expect(parsePostAndName('北京印刷学院副院长  陈  丹')).toEqual([{ name: '陈丹', role: '北京印刷学院副院长' }]);
		expect(parseBylineLine('浙江台州市  江德斌')).toEqual([{ name: '江德斌', role: '浙江台州市' }]);
	});

	it('reads whom a speaker spoke for after the name, as a session prints its speeches', () => {
		expect(parseBylineLine('全国政协常委  范文海（代表农工党中央）')).toEqual([{ name: '范文海', role: '全国政协常委' }]);
		expect(parseBylineLine('全国政协委员  林  晓（代表致公党中央）')).toEqual([{ name: '林晓', role: '全国政协委员' }]);
		// (Other brackets after a name say something else: no byline of a post.)
		expect(parsePostAndName('全国政协常委  范文海（农工党中央）')).toBeUndefined();
	});

	it('reads a long post parted from the name by one space, as a site sets it, but no short words so parted', () => {
		expect(parseBylineLine('某学会党组书记、主席 张一文')).toEqual([{ name: '张一文', role: '某学会党组书记、主席' }]);
		expect(parseBylineLine('深圳市 李华')).toBeUndefined();
		expect(parseBylineLine('奋进新征程 建功新时代')).toBeUndefined();
	});

	it('reads a teller whose post and name run together after the label, a station chief or a staff member too', () => {
		expect(parseBylineLine('讲述人：某县环境监测站站长刘春梅')).toEqual([{ name: '刘春梅', role: '讲述人：某县环境监测站站长' }]);
		expect(parseBylineLine('讲述人：某区生态环境局工作人员王建华')).toEqual([{ name: '王建华', role: '讲述人：某区生态环境局工作人员' }]);
	});

	it('reads a teller whose calling, not an office, runs into the name after the label, but no such line without it', () => {
		expect(parseBylineLine('讲述人：天文爱好者黄彦')).toEqual([{ name: '黄彦', role: '讲述人：天文爱好者' }]);
		expect(parseBylineLine('讲述人：某村湿地管理员严炳其')).toEqual([{ name: '严炳其', role: '讲述人：某村湿地管理员' }]);
		expect(parseBylineLine('天文爱好者黄彦')).toBeUndefined();
	});

	it("reads a lecture's speaker with the label before the post", () => {
		expect(parseBylineLine('本期主讲人：国家发展改革委国土开发与地区经济研究所所长  周毅仁')).toEqual([
			{ name: '周毅仁', role: '本期主讲人：国家发展改革委国土开发与地区经济研究所所长' },
		]);
		// After the label, a post of two offices with a body's other name in brackets may run long.
		expect(parseBylineLine('本期主讲人：某某大学（某某行政学院）区域协调发展战略研究中心主任、马克思主义学院教授  王  明')).toEqual([
			{ name: '王明', role: '本期主讲人：某某大学（某某行政学院）区域协调发展战略研究中心主任、马克思主义学院教授' },
		]);
	});

	it('reads a long post before a name: a member of a national body and their office', () => {
		expect(parseBylineLine('全国政协委员、中国科学院古脊椎动物与某某研究所所长  徐  星')).toEqual([
			{ name: '徐星', role: '全国政协委员、中国科学院古脊椎动物与某某研究所所长' },
		]);
	});

	it("reads a lecture speaker's name run on from the post where OCR lost the space, after the last post", () => {
		expect(parseBylineLine('本期主讲人：国家发展改革委国土开发与地区经济研究所所长周毅仁')).toEqual([
			{ name: '周毅仁', role: '本期主讲人：国家发展改革委国土开发与地区经济研究所所长' },
		]);
		// Without the label, or without a name after the post, it is no byline.
		expect(parseBylineLine('国家发展改革委国土开发与地区经济研究所所长周毅仁')).toBeUndefined();
		expect(parseBylineLine('本期主讲人：国家发展改革委国土开发与地区经济研究所所长')).toBeUndefined();
	});

	it('refuses two-part titles and two names', () => {
		expect(parsePostAndName('以青春赴使命  以担当践初心')).toBeUndefined();
		expect(parsePostAndName('团结奋进  万众一心')).toBeUndefined();
		expect(parsePostAndName('王怡文  董如意')).toBeUndefined();
		expect(parsePostAndName('携手同行  向未来')).toBeUndefined();
		expect(parsePostAndName('绿色发展  路更宽')).toBeUndefined();
		// (A heading's first phrase may end with a word for people in general, and a wrap cut its second: 文明礼让行人  路口提 / 前减速.)
		expect(parsePostAndName('文明礼让行人  路口提')).toBeUndefined();
		expect(parsePostAndName('环卫工人  李  四')).toEqual([{ name: '李四', role: '环卫工人' }]);
	});
});

describe('bylines of other papers and lost names', () => {
	it('reads a role of another paper or site, also after names it does not cover', () => {
		expect(parseBylineLine('中国汽车报记者  张奕雯')).toEqual([{ name: '张奕雯', role: '中国汽车报记者' }]);
		expect(parseBylineLine('辛  阳  人民网记者  汤  龙')).toEqual([{ name: '辛阳' }, { name: '汤龙', role: '人民网记者' }]);
	});

	it('parts a known outlet’s role from the name it runs on from where OCR lost the spaces', () => {
		expect(parseBylineLine('本报记者陶相安人民网记者胡雪蓉')).toEqual([
			{ name: '陶相安', role: '本报记者' },
			{ name: '胡雪蓉', role: '人民网记者' },
		]);
		expect(parseBylineLine('本报记者张三中新社记者李四')).toEqual([
			{ name: '张三', role: '本报记者' },
			{ name: '李四', role: '中新社记者' },
		]);
	});

	it("knows the paper's own special correspondents and commentators", () => {
		expect(parseBylineLine('本报特派记者 张三')).toEqual([{ name: '张三', role: '本报特派记者' }]);
		expect(parseBylineLine('本报评论员  李  明')).toEqual([{ name: '李明', role: '本报评论员' }]);
	});

	it("reads a magazine's reporter, its name in title marks", () => {
		expect(parseBylineLine('《环球人物》记者 高  塬')).toEqual([{ name: '高塬', role: '《环球人物》记者' }]);
	});

	it('takes a role alone for a byline with no names', () => {
		expect(parseBylineLine('本报记者')).toEqual([]);
	});
});

describe('parseLead with stray marks among the names', () => {
	it('takes only tokens with a letter for names', () => {
		expect(parseLead('科技日报讯(记者 .. 雍黎)7月10日，重庆两江协同创新区授牌。')?.authors).toEqual([{ name: '雍黎', role: '记者' }]);
	});
});

describe('parseLead with an agency quoted or a place without a date', () => {
	it('reads 据新华社…电 and places joined by 、', () => {
		expect(parseLead('据新华社布宜诺斯艾利斯电  （记者张铎）阿根廷科研人员近日发现…')).toMatchObject({
			agency: '新华社',
			authors: [{ name: '张铎', role: '记者' }],
		});
		expect(parseLead('本报珠海、澳门4月27日电  （记者贺林平）横琴口岸…')).toMatchObject({ agency: '本报', dateline: '珠海、澳门4月27日' });
	});
});

describe('parseSignatureLine with what is said of the writer in brackets', () => {
	it('reads a name spaced out to the width of three as a name run together, and no title that merely carries a tag', () => {
		expect(parseSignatureLine('孟  青（作家）')).toEqual([{ name: '孟青' }]);
		expect(parseSignatureLine('孟青（作家）')).toEqual([{ name: '孟青' }]);
		expect(parseSignatureLine('春  耕（新春走基层）')).toBeUndefined();
	});

	it('reads no artwork’s title and its kind for a name and where it is from', () => {
		expect(parseSignatureLine('王耀辉（黑龙江哈尔滨）')).toEqual([{ name: '王耀辉' }]);
		for (const text of ['兰香（中国画）', '兰香（麦秆画）', '高山（书法）', '雷  锋（版画）']) expect(parseSignatureLine(text), text).toBeUndefined();
	});
});

describe('parseBylineLine with the place a writer signs from', () => {
	it('reads the name after a place set apart by wide spaces whatever its surname, as readers sign commentaries', () => {
		expect(parseBylineLine('某省某市某区  过小明')).toEqual([{ name: '过小明', role: '某省某市某区' }]);
		expect(parseBylineLine('某省某市某区 过小明')).toBeUndefined();
		expect(parseSignatureLine('傅小红（某集团董事长）')).toEqual([{ name: '傅小红' }]);
	});
});

describe('parsePenNameUnderTitle', () => {
	it('reads two characters run together as a pen name, never a label that opens the text', () => {
		expect(parsePenNameUnderTitle('朔风')).toEqual([{ name: '朔风' }]);
		for (const text of ['引言', '前言', '目录', '朔风吹', '朔 风']) expect(parsePenNameUnderTitle(text), text).toBeUndefined();
	});
});

describe('parseNamesRunTogetherUnderTitle', () => {
	it('reads two or three names of three characters run together, as a page that lost its spaces prints them', () => {
		expect(parseNamesRunTogetherUnderTitle('林方成宋晓曼')).toEqual([{ name: '林方成' }, { name: '宋晓曼' }]);
		expect(parseNamesRunTogetherUnderTitle('葛明亮王云松殷文烁')).toEqual([{ name: '葛明亮' }, { name: '王云松' }, { name: '殷文烁' }]);
	});

	it('reads no headline that happens to split so, nor names of other lengths', () => {
		const notNames = ['满足游客消费需求', '都城考古成果丰硕', '文旅相融展新颜', '推动高质量发展', '闵天怡张彤'];
		expect(notNames.map(parseNamesRunTogetherUnderTitle)).toEqual(notNames.map(() => undefined));
	});
});

describe('parsePlaceAndNameUnderTitle', () => {
	it("reads a reader's place run into their name, the place as the role", () => {
		expect(parsePlaceAndNameUnderTitle('江苏省沛县郭元明')).toEqual([{ name: '郭元明', role: '江苏省沛县' }]);
		expect(parsePlaceAndNameUnderTitle('天津河西区陈梓安')).toEqual([{ name: '陈梓安', role: '天津河西区' }]);
		expect(parsePlaceAndNameUnderTitle('上海浦东陈梓安')).toEqual([{ name: '陈梓安', role: '上海浦东' }]);
	});

	it('reads no place without a name that opens with a surname, nor a headline', () => {
		expect(parsePlaceAndNameUnderTitle('江苏省苏州市')).toBeUndefined();
		expect(parsePlaceAndNameUnderTitle('打造宜居城市')).toBeUndefined();
	});
});

describe('parsePostAndNameRunOn', () => {
	// An engineer's or an executive's post run on to the name; a title is none.
	it.each([
		['某航空研究所无人机项目总师周一雷', [{ name: '周一雷', role: '某航空研究所无人机项目总师' }]],
		['某装备集团总工程师贾一辉', [{ name: '贾一辉', role: '某装备集团总工程师' }]],
		['某智能公司创始人兼首席执行官张一彬', [{ name: '张一彬', role: '某智能公司创始人兼首席执行官' }]],
		['新型飞艇将飞得更高更远', undefined],
		// An interview's subtitle names whom the reporter met, after a dash: no writer.
		['——访某国国家重建局局长贾一利', undefined],
	])('%s', (line, expected) => {
		expect(parsePostAndNameRunOn(line)).toEqual(expected);
	});
});

describe('isCollectiveSignature', () => {
	it.each([
		// Where the writers live, then who they are.
		['某某小区居民', true],
		['某某村村民们', true],
		// Whom a leader writes to, and a heading that says what is done for people: no signature.
		['习近平回信勉励某某学校师生', false],
		['让改革发展的红利更多更公平地惠及人民群众', false],
	])('%s', (line, expected) => {
		expect(isCollectiveSignature(line)).toBe(expected);
	});
});

describe('parseSignatureLine with a pen name and the trade in brackets', () => {
	it('reads a pen name over a writer’s or artist’s trade, and no column’s tag', () => {
		expect(parseSignatureLine('天蚕土豆（网络作家）')).toEqual([{ name: '天蚕土豆' }]);
		expect(parseSignatureLine('二月河（作家）')).toEqual([{ name: '二月河' }]);
		for (const text of ['以真善美鼓舞读者（人民时评）', '书写时代新篇章（作家笔谈）', '天蚕土豆（网络文学）'])
			expect(parseSignatureLine(text), text).toBeUndefined();
	});
});
