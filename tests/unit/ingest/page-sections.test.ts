/**
 * Page headers (第03版：要闻) in the forms crawlers write them, and never a sentence; a file cut
 * into printed pages at them, with every line kept and numbered as in the file.
 */
import { describe, expect, it } from 'vitest';
import {
	articleLinks,
	dividerStarts,
	linesOf,
	metadataLines,
	readHeaderBeforeText,
	readPageHeader,
	readRunningHead,
	readSourceLine,
	partNothingLines,
	sectionPage,
	sheetNumbered,
	splitSections,
} from '../../../scripts/ingest/page-sections.ts';
import { sortablePage } from '../../../src/archive/page-numbers.ts';

describe('readPageHeader', () => {
	it.each([
		['第03版：要闻', { page: 3, pageName: '要闻' }],
		['第3版', { page: 3 }],
		['第03版:要闻', { page: 3, pageName: '要闻' }],
		['第 03 版 要闻', { page: 3, pageName: '要闻' }],
		['第03版　国际', { page: 3, pageName: '国际' }],
		['　第12版：理论　', { page: 12, pageName: '理论' }],
		['【第03版：要闻】', { page: 3, pageName: '要闻' }],
		['[第5版]', { page: 5 }],
		['第03版（要闻）', { page: 3, pageName: '要闻' }],
		['第０８版：园区', { page: 8, pageName: '园区' }],
		['第20版·副刊', { page: 20, pageName: '副刊' }],
		['第04版 - 要闻·综合', { page: 4, pageName: '要闻·综合' }],
		['[03版：要闻]', { page: 3, pageName: '要闻' }],
		['05版：评论', { page: 5, pageName: '评论' }],
		['人民日报 2026年04月28日 第05版：评论', { page: 5, pageName: '评论', paper: '人民日报', date: '2026-04-28' }],
		['人民日报2026-04-28第05版', { page: 5, paper: '人民日报', date: '2026-04-28' }],
		['第05版：评论 2026年4月28日', { page: 5, pageName: '评论', date: '2026-04-28' }],
		['【科技日报 2024.07.12 第08版：园区】', { page: 8, pageName: '园区', paper: '科技日报', date: '2024-07-12' }],
		['人民日报 2026年05月08日 星期五 第01版：要闻', { page: 1, pageName: '要闻', paper: '人民日报', date: '2026-05-08' }],
		['第05版：评论 2026年4月28日 周二', { page: 5, pageName: '评论', date: '2026-04-28' }],
		['人民日报海外版 第01版：要闻', { page: 1, pageName: '要闻', paper: '人民日报海外版' }],
		['新华每日电讯 2026年04月28日 第03版：要闻', { page: 3, pageName: '要闻', paper: '新华每日电讯', date: '2026-04-28' }],
		['参考消息 第02版：时事聚焦', { page: 2, pageName: '时事聚焦', paper: '参考消息' }],
		// (Between rules of one mark, as a script prints each page of a day's file.)
		['==== 第01版：要闻 ====', { page: 1, pageName: '要闻' }],
		['----- 第3版 -----', { page: 3 }],
		['***人民日报 2026年04月28日 第05版：评论***', { page: 5, pageName: '评论', paper: '人民日报', date: '2026-04-28' }],
		['＝＝ [03版：要闻] ＝＝', { page: 3, pageName: '要闻' }],
		['==== 01版 要闻 ====', { page: 1, pageName: '要闻' }],
		['------ 12版 ------', { page: 12 }],
		// (A city daily's lettered page, its number one sortable value: src/archive/page-numbers.ts.)
		['第A3版：要闻', { page: sortablePage(3, 'A'), pageName: '要闻' }],
		['北京青年报 2024年07月12日 第A03版：要闻', { page: sortablePage(3, 'A'), pageName: '要闻', paper: '北京青年报', date: '2024-07-12' }],
		['B12版：体育', { page: sortablePage(12, 'B'), pageName: '体育' }],
		['第Ａ０５版', { page: sortablePage(5, 'A') }],
		['==== A01版 ====', { page: sortablePage(1, 'A') }],
		// (In Chinese numerals, with a name after a colon.)
		['第一版：要闻', { page: 1, pageName: '要闻' }],
		['第十二版：理论', { page: 12, pageName: '理论' }],
		['【第二十版：副刊】', { page: 20, pageName: '副刊' }],
		['第二十三版:国际', { page: 23, pageName: '国际' }],
		// (Labelled as a crawler labels an article's fields: a number alone then.)
		['版面：01 要闻', { page: 1, pageName: '要闻' }],
		['版面:01版 要闻', { page: 1, pageName: '要闻' }],
		['版次：3', { page: 3 }],
		['版面：A03 北京新闻', { page: sortablePage(3, 'A'), pageName: '北京新闻' }],
		['版面：第01版：要闻', { page: 1, pageName: '要闻' }],
	])('reads %s', (line, header) => {
		expect(readPageHeader(line)).toEqual(header);
	});

	it.each([
		['第十六届北京国际电影节闭幕', 'a title with 第…届'],
		['第九版', 'a number in Chinese numerals with no name, as a front page’s index points to a story'],
		['第三版 要闻', 'a number in Chinese numerals with no colon'],
		['第二二版：要闻', 'numerals that are no number'],
		['第十十版：要闻', 'ten twice'],
		['【第三版：要闻', 'an unclosed bracket round numerals'],
		['第3版规划发布', 'a name glued to the number, as in a sentence'],
		['本报第3版刊发了这篇文章。', 'a sentence mentioning a page'],
		['据第3版报道，今年的活动', 'a clause'],
		['第03版：要闻。', 'a full stop'],
		['第03版：要闻，综合', 'a comma'],
		['第0版：要闻', 'page 0'],
		['第1000版', 'a page number no paper prints'],
		['【第03版：要闻', 'an unclosed bracket'],
		['第3A版：要闻', 'a letter after the number'],
		['第AB3版：要闻', 'two letters'],
		['第a3版：要闻', 'a small letter'],
		['A03版 要闻', 'a lettered page with no 第 and no colon'],
		['第03版：这是一个超过十六个字的很长很长的版面名称啊', 'a name as long as a sentence'],
		['05版', 'two digits with no 第 and no name'],
		['3版：要闻', 'one digit with no 第'],
		['人民日报 2026年2月30日 第05版', 'a day no calendar has'],
		['人民日报 2026年04月28日', 'a paper and a date with no page'],
		['全国人民代表大会常务委员会第03版', 'a name before the number that is no paper'],
		['==== 第01版：要闻 ----', 'rules of two marks'],
		['= 第01版：要闻 =', 'a mark alone, no rule'],
		['==== 第3版规划发布 ====', 'a sentence between rules'],
		['==== 0版 ====', 'page 0 between rules'],
		['版面：要闻', 'a page label with a name and no number'],
		['版面：01 要闻。', 'a page label over a sentence'],
		['版面设计：01 王五', 'another label'],
	])('does not read %s (%s)', (line) => {
		expect(readPageHeader(line)).toBeUndefined();
	});
});

describe('linesOf', () => {
	it('splits at any line end, and the end of the last line makes no line of its own', () => {
		expect(linesOf('a\r\nb\rc\nd\n')).toEqual(['a', 'b', 'c', 'd']);
		expect(linesOf('a\n\n')).toEqual(['a', '']);
		expect(linesOf('')).toEqual(['']);
	});
});

describe('splitSections', () => {
	it('keeps a file without headers whole, as one section', () => {
		const source = '标题\n本报记者 张三\n正文。\n';
		expect(splitSections(source)).toEqual([{ repeats: [], firstLine: 1, lastLine: 3, text: source, printed: source }]);
		// 版 in running text is no header.
		const withWord = '出版业新规发布\n正文说第3版规划已经出版。\n';
		expect(splitSections(withWord)).toEqual([{ repeats: [], firstLine: 1, lastLine: 2, text: withWord, printed: withWord }]);
	});

	it('cuts a day at its page headers; each page keeps its lines, numbered as in the file, its header blank for the parser', () => {
		const source = ['第01版：要闻', '甲', '正文一。', '', '第2版:经济', '乙', '正文二。', '【第 03 版 科技】', '丙', '正文三。', ''].join('\n');
		const sections = splitSections(source);
		expect(sections.map((s) => [s.header, s.firstLine, s.lastLine])).toEqual([
			[{ line: 1, text: '第01版：要闻', page: 1, pageName: '要闻' }, 1, 4],
			[{ line: 5, text: '第2版:经济', page: 2, pageName: '经济' }, 5, 7],
			[{ line: 8, text: '【第 03 版 科技】', page: 3, pageName: '科技' }, 8, 10],
		]);
		expect(sections.map((s) => s.text)).toEqual(['\n甲\n正文一。\n', '\n乙\n正文二。', '\n丙\n正文三。']);
		expect(sections.map((s) => s.printed)).toEqual(['第01版：要闻\n甲\n正文一。\n', '第2版:经济\n乙\n正文二。', '【第 03 版 科技】\n丙\n正文三。']);
		// Every line of the file is in exactly one section.
		expect(sections.flatMap((s) => s.printed.split('\n'))).toEqual(linesOf(source));
	});

	it('cuts a day that heads each page with its number and name alone (01 要闻), where the file opens with one and they rise', () => {
		const source = ['01 要闻', '甲', '正文一。', '02 经济', '乙', '正文二。', 'A03 北京新闻', '丙', '正文三。'].join('\n');
		expect(splitSections(source).map((s) => [s.header?.text, s.header?.page, s.header?.pageName, s.text])).toEqual([
			['01 要闻', 1, '要闻', '\n甲\n正文一。'],
			['02 经济', 2, '经济', '\n乙\n正文二。'],
			['A03 北京新闻', sortablePage(3, 'A'), '北京新闻', '\n丙\n正文三。'],
		]);
	});

	it.each([
		['a list in an article', ['城东新建一座图书馆', '01 借阅', '凭身份证办理。', '02 阅览', '每天开放。']],
		['numbers that do not rise', ['02 经济', '乙', '正文二。', '01 要闻', '甲', '正文一。']],
		['two in a row, as an index', ['01 要闻', '02 经济', '正文。', '03 国际', '正文。']],
		['one alone', ['01 要闻', '甲', '正文一。']],
		['one over nothing at the end', ['01 要闻', '甲', '正文一。', '02 经济']],
	])('keeps a file whole where its lines of a number and a name are %s', (_, lines) => {
		const source = lines.join('\n');
		expect(splitSections(source).map((s) => s.header)).toEqual([undefined]);
	});

	it('cuts a day at headers set between rules, each rule kept with its header as page metadata', () => {
		const source = ['==== 第01版：要闻 ====', '甲', '正文一。', '==== 第02版：经济 ====', '乙', '正文二。'].join('\n');
		const sections = splitSections(source);
		expect(sections.map((s) => [s.header?.text, s.header?.page, s.header?.pageName, s.text])).toEqual([
			['==== 第01版：要闻 ====', 1, '要闻', '\n甲\n正文一。'],
			['==== 第02版：经济 ====', 2, '经济', '\n乙\n正文二。'],
		]);
	});

	it('gives the text above the first header to the first page, so that nothing is lost', () => {
		const sections = splitSections('人民日报 2026年4月26日\n\n第01版：要闻\n甲\n正文一。\n第02版：要闻\n乙\n正文二。');
		expect(sections.map((s) => [s.firstLine, s.lastLine, s.header?.line])).toEqual([
			[1, 5, 3],
			[6, 8, 6],
		]);
		expect(sections[0]!.text).toBe('人民日报 2026年4月26日\n\n\n甲\n正文一。');
	});

	it('goes on with a page whose header is printed again over each of its articles, as article dumps print it', () => {
		const source = [
			'[01版：要闻]',
			'甲',
			'正文一。',
			'[01版：要闻]',
			'乙',
			'正文二。',
			'[02版：经济]',
			'丙',
			'正文三。',
			'[01版：要闻]',
			'丁',
			'正文四。',
		].join('\n');
		const sections = splitSections(source);
		expect(sections.map((s) => [s.header?.line, s.repeats.map((r) => r.line), s.firstLine, s.lastLine])).toEqual([
			[1, [4], 1, 6],
			[7, [], 7, 9],
			// Page 1 again after page 2 is another page of the same number: the ingester refuses it.
			[10, [], 10, 12],
		]);
		expect(sections[0]!.text).toBe('\n甲\n正文一。\n\n乙\n正文二。');
		expect(sections.flatMap((s) => s.printed.split('\n'))).toEqual(linesOf(source));
	});

	it('reads a header in brackets with an article title after it, and gives the parser the title on that line', () => {
		expect(readHeaderBeforeText('[01版：要闻] 深化环大院大所创新创业生态圈建设')).toEqual({
			text: '[01版：要闻]',
			page: 1,
			pageName: '要闻',
			textAfter: '深化环大院大所创新创业生态圈建设',
		});
		for (const line of ['【今日谈】让文物活起来', '[注] 本文数据截至3月底', '第01版：要闻 城东新建一座图书馆'])
			expect(readHeaderBeforeText(line), line).toBeUndefined();
		const source = ['[01版：要闻] 甲', '正文一。', '[01版：要闻] 乙', '正文二。', '[02版：经济] 丙', '正文三。'].join('\n');
		const sections = splitSections(source);
		expect(sections.map((s) => [s.header?.text, s.repeats.map((r) => r.line), s.text])).toEqual([
			['[01版：要闻]', [3], '甲\n正文一。\n乙\n正文二。'],
			['[02版：经济]', [], '丙\n正文三。'],
		]);
	});

	it('reads a single page that opens with its header as one section with that header', () => {
		const [section, ...rest] = splitSections('第08版：园区\r\n标题\r\n正文。\r\n');
		expect(rest).toEqual([]);
		expect(section).toMatchObject({ header: { line: 1, page: 8, pageName: '园区' }, firstLine: 1, lastLine: 3 });
	});
});

describe('pages parted by form feeds, as pdftotext writes a PDF of several', () => {
	it('cuts the file at each line a form feed opens, each page numbered by its place unless it prints its number', () => {
		const source = ['甲', '正文一。', '\f乙', '正文二。', '\f2026年4月28日  星期二', '要闻  7', '丙', '正文三。', '\f'].join('\n');
		const sections = splitSections(source);
		expect(sections.map((s) => [s.sheet, s.firstLine, s.lastLine])).toEqual([
			[1, 1, 2],
			[2, 3, 4],
			[3, 5, 9],
		]);
		// (The third prints its running head: its number is 7, not its place.)
		expect(sections.map(sectionPage)).toEqual([1, 2, 7]);
		expect(sections.map(sheetNumbered)).toEqual([true, true, false]);
		expect(sections.flatMap((s) => s.printed.split('\n'))).toEqual(source.split('\n'));
	});

	it('keeps one page whole, the form feed pdftotext ends it with too', () => {
		const source = '标题\n本报记者 张三\n正文。\n\f';
		expect(splitSections(source)).toEqual([{ repeats: [], firstLine: 1, lastLine: 4, text: source, printed: source }]);
		expect(splitSections('标题\n正文。\n\f\n\f').map((s) => s.sheet)).toEqual([undefined]);
	});
});

describe('readRunningHead', () => {
	it("reads a scanned page's running head: the paper, the date with its weekday, the page's number and name", () => {
		expect(readRunningHead(['人民日报', '2026年4月30日  星期四', '要闻  3', '某地举行植树活动'])).toEqual({
			lines: [
				{ line: 1, text: '人民日报' },
				{ line: 2, text: '2026年4月30日  星期四' },
				{ line: 3, text: '要闻  3' },
			],
			paper: '人民日报',
			date: '2026-04-30',
			page: 3,
			pageName: '要闻',
		});
		expect(readRunningHead(['2026年4月30日  星期四  3  要闻', '标题'])).toMatchObject({ date: '2026-04-30', page: 3, pageName: '要闻' });
		// Earlier decades print the date in Chinese numerals.
		expect(readRunningHead(['一九八六年五月一日  星期四', '第2版  国内新闻', '标题'])).toMatchObject({ date: '1986-05-01', page: 2, pageName: '国内新闻' });
		expect(readRunningHead(['人民日报', '一九八六年五月九日　星期五', '第一版', '标题'])).toMatchObject({ paper: '人民日报', date: '1986-05-09', page: 1 });
		expect(readRunningHead(['一九八六年五月九日　星期五', '第十二版　国际', '标题'])).toMatchObject({ page: 12, pageName: '国际' });
		// A city daily's, its page lettered.
		expect(readRunningHead(['北京青年报', '2024年7月12日  星期五', 'A03  要闻', '标题'])).toMatchObject({ page: sortablePage(3, 'A'), pageName: '要闻' });
	});

	it('takes nothing without the date and its weekday, nor a day that is not in the calendar', () => {
		expect(readRunningHead(['人民日报', '要闻  3', '标题'])).toBeUndefined();
		expect(readRunningHead(['2026年4月30日，某地举行植树活动。'])).toBeUndefined();
		expect(readRunningHead(['2026年2月30日  星期一'])).toBeUndefined();
	});

	it('blanks the running head for the parser and keeps it, numbered as in the file, as page metadata', () => {
		const source = '人民日报\n2026年4月30日  星期四\n某地举行植树活动\n正文。\n';
		const [section] = splitSections(source);
		expect(section!.text).toBe('\n\n某地举行植树活动\n正文。\n');
		expect(section!.printed).toBe(source);
		expect(section!.runningHead?.lines.map((line) => line.line)).toEqual([1, 2]);
		// Under a page header, the lines under it.
		const day = '第01版：要闻\n正文。\n第02版：国内\n2026年4月30日  星期四\n标题\n正文。\n';
		expect(splitSections(day).map((s) => s.runningHead?.lines)).toEqual([undefined, [{ line: 4, text: '2026年4月30日  星期四' }]]);
	});
});

describe('source lines under articles', () => {
	it('reads the line people.com.cn prints under an article taken from the paper, and no sentence', () => {
		expect(readSourceLine('《 人民日报 》（ 2026年04月30日 01 版）')).toEqual({ page: 1, paper: '人民日报', date: '2026-04-30' });
		expect(readSourceLine('人民日报（2026年04月30日 第 04 版）')).toEqual({ page: 4, paper: '人民日报', date: '2026-04-30' });
		expect(readSourceLine('据《人民日报》（2026年04月30日 01版）报道，某地举行活动。')).toBeUndefined();
		expect(readSourceLine('《 人民日报 》（ 2026年02月30日 01 版）')).toBeUndefined();
	});

	it("cuts a file of articles after each page's last source line, the text above it that page's", () => {
		const source = [
			'甲文标题',
			'甲文正文。',
			'《 人民日报 》（ 2026年04月30日 01 版）',
			'乙文标题',
			'乙文正文。',
			'《 人民日报 》（ 2026年04月30日 01 版）',
			'丙文标题',
			'丙文正文。',
			'《 人民日报 》（ 2026年04月30日 03 版）',
		].join('\n');
		const sections = splitSections(source);
		expect(sections.map((s) => [s.header?.page, s.header?.line, s.repeats.map((r) => r.line), s.firstLine, s.lastLine])).toEqual([
			[1, 3, [6], 1, 6],
			[3, 9, [], 7, 9],
		]);
		// The source lines are metadata, blank for the parser; the printed text keeps them.
		expect(sections[1]!.text).toBe('丙文标题\n丙文正文。\n');
		expect(sections[1]!.printed).toBe('丙文标题\n丙文正文。\n《 人民日报 》（ 2026年04月30日 03 版）');
		// Those lines part nothing, where a crawler keeps one between an article's header and its text.
		expect(sections.map((section) => [...partNothingLines(section)])).toEqual([[3, 6], [9]]);
	});

	it('lists no source lines for a page under a header of its own', () => {
		const [section] = splitSections('第08版：社会\n标题\n正文。');
		expect([...partNothingLines(section!)]).toEqual([]);
	});

	it('reads the source line a crawler keeps under each article of a day cut at page headers as page metadata', () => {
		const source = [
			'第01版：要闻',
			'甲文标题',
			'《人民日报》（2026年01月11日第 01 版）',
			'甲文正文。',
			'第02版：经济',
			'乙文标题',
			'《人民日报》（2026年01月11日第 02 版）',
			'乙文正文。',
		].join('\n');
		const sections = splitSections(source);
		expect(sections.map((s) => [s.header?.page, s.repeats.map((r) => [r.line, r.closes]), [...partNothingLines(s)]])).toEqual([
			[1, [[3, true]], [3]],
			[2, [[7, true]], [7]],
		]);
		expect(sections[1]!.text).toBe('\n乙文标题\n\n乙文正文。');
		expect(metadataLines(sections[1]!).map((line) => line.text)).toEqual(['第02版：经济', '《人民日报》（2026年01月11日第 02 版）']);
	});
});

describe('lines dividing articles', () => {
	it('reads a line of rule characters as layout: blank for the parser, parting nothing, starting the item under it', () => {
		const source = ['甲文标题', '甲文正文。', '----------', '', '乙文标题', '乙文正文。', '- - - - -', '本版责编：张  三'].join('\n');
		const [section] = splitSections(source);
		expect(section!.text).toBe(['甲文标题', '甲文正文。', '', '', '乙文标题', '乙文正文。', '', '本版责编：张  三'].join('\n'));
		expect(metadataLines(section!)).toEqual([
			{ line: 3, text: '----------' },
			{ line: 7, text: '- - - - -' },
		]);
		expect([...partNothingLines(section!)]).toEqual([3, 7]);
		// (Not the credits under the last rule: no item holds them.)
		expect([...dividerStarts(section!)]).toEqual([5]);
	});

	it('reads an article’s address alone on its line, or after its label, as a divider giving its link', () => {
		const source = ['原文链接：https://a.example/1.html', '甲文标题', '甲文正文。', 'http://a.example/2.html', '乙文标题', '乙文正文。'].join('\n');
		const [section] = splitSections(source);
		expect(section!.dividers?.map((divider) => [divider.line, divider.link])).toEqual([
			[1, 'https://a.example/1.html'],
			[4, 'http://a.example/2.html'],
		]);
		// An address over the page's first article opens each article; elsewhere, one closes the article above it.
		expect([...articleLinks(section!, [{ lines: [2, 3] }, { lines: [5, 6] }])]).toEqual([
			[0, 'https://a.example/1.html'],
			[1, 'http://a.example/2.html'],
		]);
		const [closing] = splitSections(['甲文标题', '甲文正文。', 'https://a.example/1.html', '乙文标题', '乙文正文。', 'https://a.example/2.html'].join('\n'));
		expect([...articleLinks(closing!, [{ lines: [1, 3] }, { lines: [4, 6] }])]).toEqual([
			[0, 'https://a.example/1.html'],
			[1, 'https://a.example/2.html'],
		]);
	});

	it('reads no divider in a page joined from article files, each file one article: an address alone there is its text', () => {
		const source = ['甲文标题', '甲文正文。', 'https://a.example/', '----------', '乙文正文。'].join('\n');
		const [section] = splitSections(source, { dividers: false });
		expect(section!.dividers).toBeUndefined();
		expect(section!.text).toBe(source);
	});

	it('leaves an address inside a sentence or after a notice’s label (网址：), which are text', () => {
		const [section] = splitSections(['标题', '详见http://a.example/1.html。', '网址：http://a.example/', '访问 https://a.example/ 了解更多'].join('\n'));
		expect(section!.dividers).toBeUndefined();
	});

	it('reads a rule right under a title or a byline as its underline, as Markdown’s text sets one: layout that starts nothing', () => {
		const [section] = splitSections(
			['甲文标题', '==========', '本报记者  王  某', '----------', '甲文正文。', '----------', '乙文标题', '乙文正文。'].join('\n'),
		);
		expect(metadataLines(section!).map((line) => line.line)).toEqual([2, 4, 6]);
		expect([...dividerStarts(section!)]).toEqual([7]);
	});

	it('reads a rule under the last line of an article’s text as a divider, a credit with no sentence in it too', () => {
		const [section] = splitSections(['甲文标题', '甲文正文。', '制图：李  四', '----------', '乙文标题', '乙文正文。'].join('\n'));
		expect([...dividerStarts(section!)]).toEqual([5]);
	});

	it('reads a rule under an article of a title alone as a divider, the next article’s header under it', () => {
		const [section] = splitSections(['甲文标题', '甲文正文。', '----------', '图片报道', '----------', '乙文标题', '乙文正文。'].join('\n'));
		expect([...dividerStarts(section!)]).toEqual([4, 6]);
	});

	it('reads a web page’s furniture copied with its articles as metadata that parts nothing and starts nothing', () => {
		const [section] = splitSections(['甲文标题', '2024-03-06 08:22  来源：测试日报', '[图片]', '甲文正文。', '分享到：', '乙文标题', '乙文正文。'].join('\n'));
		expect(section!.furniture).toEqual([
			{ line: 2, text: '2024-03-06 08:22  来源：测试日报' },
			{ line: 3, text: '[图片]' },
			{ line: 5, text: '分享到：' },
		]);
		expect(metadataLines(section!).map((line) => line.line)).toEqual([2, 3, 5]);
		expect([...partNothingLines(section!)]).toEqual([2, 3, 5]);
		expect([...dividerStarts(section!)]).toEqual([]);
		expect(section!.text.split('\n')[1]).toBe('');
	});

	it('reads a line naming the article’s outlet alone as furniture only under a header line, over the article’s text', () => {
		const [copied] = splitSections(['甲文标题', '来源：人民日报', '　　甲文正文。'].join('\n'));
		expect(copied!.furniture).toEqual([{ line: 2, text: '来源：人民日报' }]);
		// (Under a finished text, or over the page's credits, it is print's note of where a compiled piece came from.)
		const [compiled] = splitSections(['　　“一句话。”', '——某纪念馆馆长', '来源：人民日报、新华社', '版式设计：张  三'].join('\n'));
		expect(compiled!.furniture).toBeUndefined();
		const [closing] = splitSections(['甲文标题', '　　甲文正文。', '来源：人民日报', '乙文标题'].join('\n'));
		expect(closing!.furniture).toBeUndefined();
		const [quoted] = splitSections(['　　“一句话。”', '——某纪念馆馆长', '来源：新华社', '版式设计：张  三'].join('\n'));
		expect(quoted!.furniture).toBeUndefined();
	});

	it('reads it so under a title alone, a document’s date, or any header where the page names it under several', () => {
		const [alone] = splitSections(['甲文标题', '来源：人民日报', '　　甲文正文。', '广告', '来源：人民日报'].join('\n'));
		expect(alone!.furniture?.map((line) => line.line)).toEqual([2, 5]);
		const [dated] = splitSections(['在某会上的讲话', '（二〇一九年二月三日）', '来源：人民日报', '　　同志们：'].join('\n'));
		expect(dated!.furniture?.map((line) => line.line)).toEqual([3]);
		const [asked] = splitSections(['甲文标题', '来源：新华网', '　　甲文正文。', '乙文为何如此？', '来源：新华网', '　　乙文正文。'].join('\n'));
		expect(asked!.furniture?.map((line) => line.line)).toEqual([2, 5]);
		// (Named once, under a question, it may be the piece's own note.)
		const [once] = splitSections(['乙文为何如此？', '来源：新华网', '　　乙文正文。'].join('\n'));
		expect(once!.furniture).toBeUndefined();
	});

	it('leaves print’s ornaments between sections, a dash or two, and text with a rule in it', () => {
		const [section] = splitSections(['标题', '正文。', '***', '※', '——', '正文——————继续。', '--'].join('\n'));
		expect(section!.dividers).toBeUndefined();
	});
});

describe("a front page's index", () => {
	it('is no page header: bare lines naming different pages one right under another', () => {
		const page = ['本期导读', '　　第2版　某地推进乡村振兴', '　　第3版　某市建设智慧城市', '某市建设智慧城市取得新进展', '正文。'].join('\n');
		expect(splitSections(page).map((s) => [s.header, s.firstLine, s.lastLine])).toEqual([[undefined, 1, 5]]);
		// A day's pages, each with its text under its header, are pages however short.
		const day = ['第1版　要闻', '正文一。', '第2版　国内', '正文二。'].join('\n');
		expect(splitSections(day).map((s) => s.header?.page)).toEqual([1, 2]);
	});
});
