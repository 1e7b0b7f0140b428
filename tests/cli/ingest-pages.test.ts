/**
 * The ingest command on what maintainers bring besides single pages: a whole day in one file,
 * a split to check (--outline) and to correct (the sidecar's split hints), places where the split
 * is a guess, and a backlog with bad pages in it (--keep-going, or all-or-nothing by default).
 * Real processes on real files, in scratch content folders.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../support/site-files.ts';
import { contentDir, ingest, move, ROOT, snapshot } from '../support/run-ingest.ts';

const FIXTURES = join(ROOT, 'tests/fixtures/ingest');
const DAY = join(FIXTURES, 'day-three-pages.txt');
const BUNDLED_SOURCE = join(ROOT, 'content/sources/kjrb/2024-07-12/000_89593461d74f7736.txt');

/** A page text of one item: its title, a byline and a paragraph. */
const brief = (title: string) => `${title}\n本报记者  张  三\n　　${title}的消息，今天发布。\n`;

/** The files under a folder, relative to it, in order. */
const filesIn = (dir: string) =>
	existsSync(dir)
		? filesUnder(dir, '')
				.map((file) => relative(dir, file))
				.sort()
		: [];

/**
 * Ingests a day's file with --json and compares its pages and items with the fixture's expected output beside it
 * (<name>.expected.json: each page's id, number, section, name and credits; each item's id, title, authors and lines);
 * then ingests it again, which must write nothing.
 */
function expectDayAsFixture(file: string, ...flags: string[]) {
	const content = contentDir();
	const result = ingest(file, ...flags, '--out', join(content, 'items'), '--json');
	expect(result.status, result.stderr).toBe(0);
	const expected = JSON.parse(readFileSync(file.replace(/\.(?:txt|html)$/, '.expected.json'), 'utf8'));
	const { items, pages } = JSON.parse(result.stdout);
	expect(pages.map(({ id, page, pageSection, pageName, credits }: Record<string, unknown>) => ({ id, page, pageSection, pageName, credits }))).toEqual(
		expected.pages,
	);
	expect(
		items.map(({ id, title, authors, source }: { source: { lines: number[] } } & Record<string, unknown>) => ({ id, title, authors, lines: source.lines })),
	).toEqual(expected.items);
	const before = snapshot(content);
	const again = ingest(file, ...flags, '--out', join(content, 'items'));
	expect(again.stdout).toContain(`新建 0 篇，更新 0 篇，未变 ${items.length} 篇`);
	expect(snapshot(content)).toEqual(before);
	return { content, result, items };
}

describe('a day in one file', () => {
	it('reads headers that number pages in Chinese numerals (第九版：理论), not a front page’s index pointing to a page (第九版)', () => {
		const { content } = expectDayAsFixture(join(FIXTURES, 'chinese-numeral-pages.txt'), '--paper', '测试日报', '--date', '2024-03-06');
		expect(filesIn(join(content, 'pages'))).toEqual(['csrb/2024-03-06/01.yaml', 'csrb/2024-03-06/09.yaml']);
	});

	it('reads a day saved as HTML: its page headers, each article’s header from its headings, every line at the HTML’s own', () => {
		const { content } = expectDayAsFixture(join(FIXTURES, 'html-day.html'), '--paper', '测试日报', '--date', '2024-03-06');
		// (The archive keeps the HTML as given.)
		expect(filesIn(join(content, 'sources'))).toEqual(['csrb/2024-03-06/html-day.html']);
		expect(readFileSync(join(content, 'sources/csrb/2024-03-06/html-day.html'))).toEqual(readFileSync(join(FIXTURES, 'html-day.html')));
	});

	it('writes one page record per page header, with the header’s number and name, and items under each page, once', () => {
		const { content, result } = expectDayAsFixture(DAY, '--paper', '测试日报', '--date', '2024-03-06');
		expect(filesIn(join(content, 'pages'))).toEqual(['csrb/2024-03-06/01.yaml', 'csrb/2024-03-06/02.yaml', 'csrb/2024-03-06/03.yaml']);
		expect(readFileSync(join(content, 'pages/csrb/2024-03-06/02.yaml'), 'utf8')).toMatch(/^paper: 测试日报\ndate: 2024-03-06\npage: 2\npageName: 经济\n/);
		expect(result.stderr).toContain('1 个文件（3 个版面），4 篇稿件：新建 4 篇');
	});

	it('takes the paper and the date from headers that print them, as crawlers write them', () => {
		const content = contentDir();
		const inbox = join(content, 'inbox');
		mkdirSync(inbox, { recursive: true });
		const day = join(inbox, 'day.txt');
		writeFileSync(
			day,
			`测试日报 2024年03月06日 第01版：要闻\n${brief('城东新建一座图书馆')}测试日报 2024年03月06日 第02版：经济\n${brief('城西公园完成改造')}`,
		);
		const result = ingest(day, '--out', join(content, 'items'));
		expect(result.status, result.stderr).toBe(0);
		expect(filesIn(join(content, 'pages'))).toEqual(['csrb/2024-03-06/01.yaml', 'csrb/2024-03-06/02.yaml']);
		expect(readFileSync(join(content, 'pages/csrb/2024-03-06/02.yaml'), 'utf8')).toMatch(/^paper: 测试日报\ndate: 2024-03-06\npage: 2\npageName: 经济\n/);
	});

	it('reads a dump that prints its page header over each article, or before its title, as one page per header number', () => {
		const content = contentDir();
		const inbox = join(content, 'inbox');
		mkdirSync(inbox, { recursive: true });
		const dump = join(inbox, 'articles.txt');
		// The header on a line of its own, or with the article's title after it, as paper.people.com.cn titles articles.
		writeFileSync(dump, `[01版：要闻]\n${brief('城东新建一座图书馆')}[01版：要闻] ${brief('城西公园完成改造')}[02版：经济] ${brief('一季度经济平稳')}`);
		const result = ingest(dump, '--paper', '测试日报', '--date', '2024-03-06', '--out', join(content, 'items'));
		expect(result.status, result.stderr).toBe(0);
		expect(filesIn(join(content, 'pages'))).toEqual(['csrb/2024-03-06/01.yaml', 'csrb/2024-03-06/02.yaml']);
		expect(filesIn(join(content, 'items'))).toEqual(['csrb/2024-03-06/01-01.mdx', 'csrb/2024-03-06/01-02.mdx', 'csrb/2024-03-06/02-01.mdx']);
	});

	it('calls --page for a file of several pages wrong usage, and says what to do', () => {
		const content = contentDir();
		const result = ingest(DAY, '--paper', '测试日报', '--date', '2024-03-06', '--page', '2', '--out', join(content, 'items'));
		expect(result.status).toBe(2);
		expect(result.stderr).toContain(
			'day-three-pages.txt 含 3 个版面（版面标题在第 1、11、17 行），--page 和 --page-name 只能用于单个版面。去掉 --page / --page-name 再运行',
		);
		expect(filesIn(content)).toEqual([]);
	});
});

describe('the text of a PDF of several pages, as pdftotext writes it', () => {
	it('makes a page of each part a form feed ends, numbered as printed or else by its place, and says so', () => {
		const { content, result } = expectDayAsFixture(join(FIXTURES, 'pdf-text-pages.txt'), '--paper', '测试日报', '--date', '2024-03-06');
		// (The second page prints its running head, 经济  2; the others print no number: their places, a guess the record keeps.)
		expect(result.stderr).toContain('2 个版面没有印出版次，按分页符的先后推断为第 1、3 版。');
		expect(readFileSync(join(content, 'pages/csrb/2024-03-06/03.yaml'), 'utf8')).toMatch(/\ninferred:\n {2}- page\n/);
		expect(readFileSync(join(content, 'pages/csrb/2024-03-06/02.yaml'), 'utf8')).not.toContain('inferred');
	});
});

describe("a city daily's lettered pages (A01–A16, B01…)", () => {
	const LETTERED = join(FIXTURES, 'city-daily-lettered-pages.txt');

	it('gives each page its section and number, in addresses that keep the letter, and reads it again as the same pages', () => {
		const { content, items } = expectDayAsFixture(LETTERED);
		// The header is page metadata, never a kicker over the first title.
		expect(items[0].kicker).toBeUndefined();
		expect(readFileSync(join(content, 'items/cswb/2024-07-12/a02-01.mdx'), 'utf8')).toMatch(/\npage: 2\npageSection: A\npageName: 城事\n/);
	});

	it('takes a lettered page from --page, the sidecar and the file name, and moves a page to another (npm run move -- … --page B02) for good', () => {
		const content = contentDir();
		const inbox = join(content, 'inbox');
		mkdirSync(inbox, { recursive: true });
		const flagged = join(inbox, 'flagged.txt');
		writeFileSync(flagged, brief('城东新建一座图书馆'));
		writeFileSync(join(inbox, 'sidecar.txt'), brief('城西公园完成改造'));
		writeFileSync(join(inbox, 'sidecar.yaml'), 'page: B05\npageName: 城事\n');
		writeFileSync(join(inbox, 'cswb_20240712_C08.txt'), brief('市运会闭幕'));
		const flags = ['--paper', '测试晚报', '--date', '2024-07-12', '--out', join(content, 'items')];
		for (const args of [[flagged, '--page', 'a3'], [join(inbox, 'sidecar.txt')], [join(inbox, 'cswb_20240712_C08.txt')]]) {
			const result = ingest(...args, ...flags);
			expect(result.status, result.stderr).toBe(0);
		}
		expect(filesIn(join(content, 'pages'))).toEqual(['cswb/2024-07-12/a03.yaml', 'cswb/2024-07-12/b05.yaml', 'cswb/2024-07-12/c08.yaml']);

		// (The page named as printed, C08: its address is c08.)
		const moved = move('cswb/2024-07-12/C08', '--page', 'B02', '--out', join(content, 'items'));
		expect(moved.status, moved.stderr).toBe(0);
		expect(filesIn(join(content, 'pages'))).toEqual(['cswb/2024-07-12/a03.yaml', 'cswb/2024-07-12/b02.yaml', 'cswb/2024-07-12/b05.yaml']);
		expect(readFileSync(join(content, 'items/cswb/2024-07-12/b02-01.mdx'), 'utf8')).toMatch(/\npage: 2\npageSection: B\n/);
		expect(readFileSync(join(content, 'redirects.yaml'), 'utf8')).toContain('from: cswb/2024-07-12/c08-01');
		// Its file's name alone says C08: the page stays where the maintainer moved it.
		const before = snapshot(content);
		const again = ingest(join(inbox, 'cswb_20240712_C08.txt'), ...flags);
		expect(again.status, again.stderr).toBe(0);
		expect(snapshot(content)).toEqual(before);
	});

	it('reads a lettered page from article files named as a crawler names them (20240712-A03-01.txt), one page a letter and number', () => {
		const content = contentDir();
		const day = join(content, 'inbox/20240712');
		mkdirSync(day, { recursive: true });
		// (The crawler's three header lines, kicker, title and subtitle, a line left empty where there is none.)
		writeFileSync(join(day, '20240712-A03-01.txt'), '\n城东新建一座图书馆\n\n　　城东新建一座图书馆，今天开馆。\n');
		writeFileSync(join(day, '20240712-A03-02.txt'), '\n城西公园完成改造\n\n　　城西公园完成改造，今天开放。\n');
		writeFileSync(join(day, '20240712-B01-01.txt'), '\n市运会闭幕\n\n　　市运会今天闭幕。\n');
		const result = ingest(day, '--paper', '测试晚报', '--out', join(content, 'items'));
		expect(result.status, result.stderr).toBe(0);
		expect(filesIn(join(content, 'pages'))).toEqual(['cswb/2024-07-12/a03.yaml', 'cswb/2024-07-12/b01.yaml']);
		expect(filesIn(join(content, 'items'))).toEqual(['cswb/2024-07-12/a03-01.mdx', 'cswb/2024-07-12/a03-02.mdx', 'cswb/2024-07-12/b01-01.mdx']);
		expect(readFileSync(join(content, 'items/cswb/2024-07-12/a03-02.mdx'), 'utf8')).toMatch(/\ntitle: 城西公园完成改造\n[^]*\npage: 3\npageSection: A\n/);
	});

	it('refuses a page number it cannot read, saying how to write a lettered one', () => {
		const content = contentDir();
		const result = ingest(DAY, '--paper', '测试晚报', '--date', '2024-07-12', '--page', 'AB3', '--out', join(content, 'items'));
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('分叠编号的报纸写成 A03');
	});
});

describe('--outline', () => {
	it('prints the split as a table of contents, page by page, and writes nothing', () => {
		const content = contentDir();
		const result = ingest(DAY, '--paper', '测试日报', '--date', '2024-03-06', '--out', join(content, 'items'), '--outline');
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toBe(readFileSync(join(FIXTURES, 'day-three-pages.outline.txt'), 'utf8'));
		expect(filesIn(content)).toEqual([]);
	});

	it('prints it as JSON with --json, and still writes nothing', () => {
		const content = contentDir();
		const result = ingest(DAY, '--out', join(content, 'items'), '--outline', '--json');
		// No paper, no date: the split is shown all the same, and the missing metadata is the problem.
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('无法确定报纸名称');
		const { pages } = JSON.parse(result.stdout);
		expect(pages.map((page: { page: number; items: { title: string }[] }) => [page.page, page.items.map((item) => item.title)])).toEqual([
			[1, ['城东新建一座图书馆', '城西公园完成改造']],
			[2, ['一季度外贸平稳增长']],
			[3, ['新型电池通过测试']],
		]);
		expect(filesIn(content)).toEqual([]);
	});
});

describe('split hints in the sidecar', () => {
	it('split the page as the sidecar says, on every later ingest too', () => {
		const outline = ingest(join(FIXTURES, 'split-hint.txt'), '--outline');
		expect(outline.status, outline.stderr).toBe(0);
		expect(outline.stdout).toBe(readFileSync(join(FIXTURES, 'split-hint.outline.txt'), 'utf8'));

		const content = contentDir();
		mkdirSync(join(content, 'inbox'));
		cpSync(join(FIXTURES, 'split-hint.txt'), join(content, 'inbox/page.txt'));
		cpSync(join(FIXTURES, 'split-hint.yaml'), join(content, 'inbox/page.yaml'));
		const result = ingest(join(content, 'inbox/page.txt'), '--out', join(content, 'items'));
		expect(result.status, result.stderr).toBe(0);
		expect(filesIn(join(content, 'items'))).toEqual(['csrb/2024-03-06/04-01.mdx', 'csrb/2024-03-06/04-02.mdx']);
		expect(readFileSync(join(content, 'items/csrb/2024-03-06/04-02.mdx'), 'utf8')).toContain('title: 城西公园完成改造\n');
		// The sidecar is archived with the text: ingesting the archive again gives the same split.
		expect(readFileSync(join(content, 'sources/csrb/2024-03-06/page.yaml'), 'utf8')).toBe(readFileSync(join(FIXTURES, 'split-hint.yaml'), 'utf8'));
		const again = ingest(join(content, 'sources/csrb/2024-03-06/page.txt'), '--out', join(content, 'items'));
		expect(again.status, again.stderr).toBe(0);
		expect(again.stdout).toContain('新建 0 篇，更新 0 篇，未变 2 篇');
	});

	it('names each hint that no longer matches, in the sidecar, with the fix, and splits with the others', () => {
		const content = contentDir();
		mkdirSync(join(content, 'inbox'));
		cpSync(join(FIXTURES, 'split-hint.txt'), join(content, 'inbox/page.txt'));
		writeFileSync(
			join(content, 'inbox/page.yaml'),
			'paper: 测试日报\ndate: 2024-03-06\nsplit:\n  titles: [城东新建一座图书馆, 城西公园已经改造完成]\n  itemStarts: [6, 30]\n',
		);
		const result = ingest(join(content, 'inbox/page.txt'), '--out', join(content, 'items'));
		expect(result.status, result.stderr).toBe(0);
		expect(result.stderr).toMatch(
			/inbox\/page\.yaml\n {2}拆分提示 split\.titles 第 2 项“城西公园已经改造完成”与正文不符：在正文里找不到这一行，已略去（其余提示照常使用）。\n {4}提示：标题须与版面文本里的一行相同（空格不计）：改正这一项，或删去它。/,
		);
		expect(result.stderr).toContain('拆分提示 split.itemStarts 的 30与正文不符：超出了文件末尾（文件共 8 行），已略去');
		// The title hint that matched and line 6 still split the page in two.
		expect(filesIn(join(content, 'items'))).toEqual(['csrb/2024-03-06/04-01.mdx', 'csrb/2024-03-06/04-02.mdx']);
		expect(result.stdout).toContain('2 条提示。');
	});
});

describe('places where the split is a guess', () => {
	it('are printed first in their file as file:line with why, and counted in the summary', () => {
		const content = contentDir();
		mkdirSync(join(content, 'inbox'));
		writeFileSync(
			join(content, 'inbox/page.txt'),
			`　　这一版从上一版转来的文字开始，没有标题，说的是图书馆开馆以后，读者越来越多，周末常常一座难求。\n${brief('城东新建一座图书馆')}`,
		);
		const result = ingest(join(content, 'inbox/page.txt'), '--paper', '测试日报', '--date', '2024-03-06', '--page', '1', '--out', join(content, 'items'));
		expect(result.status, result.stderr).toBe(0);
		const file = relative(ROOT, join(content, 'inbox/page.txt'));
		expect(result.stderr).toMatch(new RegExp(`提示：\\n\\n${file}\\n {2}拆分待核对 1 处（请先核对）：\\n {4}${file}:1 {2}\\S`));
		expect(result.stdout).toMatch(/1 处拆分待核对。\n$/);
	});
});

describe('a backlog with bad pages', () => {
	/** An inbox of two good pages, an empty one, and one that would write the first one's item. */
	function backlog(): { content: string; inbox: string } {
		const content = contentDir();
		const inbox = join(content, 'inbox');
		mkdirSync(inbox);
		cpSync(BUNDLED_SOURCE, join(inbox, 'good.txt'));
		writeFileSync(join(inbox, 'a.txt'), brief('城东新建一座图书馆'));
		writeFileSync(join(inbox, 'a.yaml'), 'paper: 测试日报\ndate: 2024-03-06\npage: 1\n');
		// Its first item would overwrite a.txt's; its second item and its archived text clash with nothing.
		writeFileSync(join(inbox, 'b.txt'), brief('城西公园完成改造') + brief('城南新开一家书店'));
		writeFileSync(join(inbox, 'b.yaml'), 'paper: 测试日报\ndate: 2024-03-06\npage: 1\n');
		writeFileSync(join(inbox, 'empty.txt'), '\n\n');
		return { content, inbox };
	}

	it('writes nothing at all by default, and exits 1', () => {
		const { content, inbox } = backlog();
		const result = ingest(inbox, '--out', join(content, 'items'));
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('4 个文件中有 2 个有问题，未写入任何文件。');
		expect(filesIn(content).filter((file) => !file.startsWith('inbox/'))).toEqual([]);
	});

	it('with --keep-going writes every good page, nothing of a bad one, lists the bad ones with why, and exits 1', () => {
		const { content, inbox } = backlog();
		const result = ingest(inbox, '--out', join(content, 'items'), '--keep-going');
		expect(result.status).toBe(1);
		expect(filesIn(content).filter((file) => !file.startsWith('inbox/'))).toEqual([
			'items/csrb/2024-03-06/01-01.mdx',
			...['01', '02', '03', '04', '05'].map((n) => `items/kjrb/2024-07-12/00-${n}.mdx`),
			'pages/csrb/2024-03-06/01.yaml',
			'pages/kjrb/2024-07-12/00.yaml',
			'sources/csrb/2024-03-06/a.txt',
			'sources/csrb/2024-03-06/a.yaml',
			'sources/kjrb/2024-07-12/good.txt',
		]);
		expect(readFileSync(join(content, 'items/csrb/2024-03-06/01-01.mdx'), 'utf8')).toContain('title: 城东新建一座图书馆\n');
		const b = relative(ROOT, join(inbox, 'b.txt'));
		const empty = relative(ROOT, join(inbox, 'empty.txt'));
		expect(result.stderr).toContain('4 个文件中有 2 个有问题，这些文件没有导入，其余文件照常处理（--keep-going）。');
		expect(result.stderr).toMatch(
			new RegExp(
				`未导入的文件（2 个，原因见上面的“问题”）：\\n {2}${b}：与 ${relative(ROOT, join(inbox, 'a.txt'))} 要写入同一个文件 .*01-01\\.mdx。（另有 1 个问题）\\n {2}${empty}：文件里没有正文。\\n$`,
			),
		);
		expect(result.stdout).toContain('4 个文件（2 个未导入），6 篇稿件：新建 6 篇');
	});
});
