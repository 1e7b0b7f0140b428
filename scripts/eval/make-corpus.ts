/**
 * npm run eval:corpus -- --from <rmrb-rss checkout> [--xhmrdx <xhmrdx-rss checkout>] [--xxsb <xxsb-rss checkout>]
 *   [--crawl <folder of PeopleDailyMaterial's data/raw>] [--html] [--out eval-corpus]
 *
 * Makes the development corpus of real pages from the public repository ifyuls/rmrb-rss (人民日报
 * as RSS with each article's HTML) and, with `--xhmrdx`, ifyuls/xhmrdx-rss (新华每日电讯, a paper
 * with other conventions): for each printed page (版), its text in each layout of
 * scripts/eval/page-layouts.ts with the expected items beside it (`<name>.expected.json`), and each
 * day in one file. Each option is a git directory of that repository (a clone or a bare mirror).
 *
 * Only their April 2026 files are read: the rest of the repositories is kept for independent
 * evaluation. Of those days, the last is held back (`held-out/`) and the others are for
 * development (`dev/`): a parser tuned on what it is scored on proves nothing.
 *
 * `--html` also writes each 人民日报 page as the site's HTML its feed's items hold, the items' articles one after another
 * (`<name>.html.txt`, `html-dev/` and `html-held-out/`): a page as a crawler that keeps a web page's tags saves it
 * (scripts/ingest/html-pages.ts), scored against the same expected items.
 *
 * `--crawl` adds two hundred and sixty-eight days of 2025 and ninety-six of 2026 (before 04-26, where ifyuls/rmrb-rss begins)
 * from leeperfect/PeopleDailyMaterial's crawl of 人民日报 (people-daily-material.ts), days not in the evaluation's reserve,
 * into `dev-2025/` and the held-out sets `held-out-2025zd/` to `held-out-2025zh/` and `held-out-2026a/` to `held-out-2026n/` (eight days each
 * but zh, chosen by date before any was read, each scored once, blind, as it was copied).
 *
 * The fetched text is the paper's, not ours: it goes to a gitignored folder, never into the
 * repository.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { expectedPage, type ExpectedPage } from './expected.ts';
import { expectedIn, PAGE_LAYOUTS, renderArticles, renderDay, renderPage } from './page-layouts.ts';
import { readCrawledDay } from './people-daily-material.ts';
import { readRssDay } from './rmrb-rss.ts';
import type { SourceArticle } from './rss-html.ts';
import { readMrdxDay } from './xhmrdx-rss.ts';
import { readStudyTimesDay } from './xxsb-rss.ts';

/** One paper's April 2026 files in a public repository, and how to read one day of it. */
interface Source {
	/** The paper's short name, which starts every file name of the corpus (rmrb-2026-04-28-01). */
	paper: string;
	/**
	 * Each day's file at a pinned commit where it holds the full text, so that the corpus (and
	 * README's figures) stay the same whatever the repository does next.
	 */
	files: { date: string; commit: string; path: string }[];
	/** The day held back from development (the source's last), scored only at the end. */
	heldOut: string;
	read: (xml: string) => SourceArticle[];
}

const SOURCES: Record<'from' | 'xhmrdx' | 'xxsb', Source> = {
	// 人民日报. The repository's first file of 2026-04-26 was rewritten when extraction failed; its
	// own commit holds the good one.
	from: {
		paper: 'rmrb',
		files: [
			{ date: '2026-04-26', commit: 'f7281d6', path: 'rmrb_fulltext.xml' },
			{ date: '2026-04-27', commit: '55223c5', path: 'history/rmrb_2026-04-27.xml' },
			{ date: '2026-04-28', commit: '55223c5', path: 'history/rmrb_2026-04-28.xml' },
			{ date: '2026-04-29', commit: '55223c5', path: 'history/rmrb_2026-04-29.xml' },
			{ date: '2026-04-30', commit: '55223c5', path: 'history/rmrb_2026-04-30.xml' },
		],
		heldOut: '2026-04-30',
		read: readRssDay,
	},
	// 新华每日电讯. 2026-04-26 is the feed of the repository's first commit.
	xhmrdx: {
		paper: 'xhmrdx',
		files: [
			{ date: '2026-04-26', commit: 'f4b7b02', path: 'rss_mrdx.xml' },
			{ date: '2026-04-27', commit: '068a745', path: 'history/mrdx_2026-04-27.xml' },
			{ date: '2026-04-28', commit: '068a745', path: 'history/mrdx_2026-04-28.xml' },
			{ date: '2026-04-29', commit: '068a745', path: 'history/mrdx_2026-04-29.xml' },
			{ date: '2026-04-30', commit: '068a745', path: 'history/mrdx_2026-04-30.xml' },
		],
		heldOut: '2026-04-30',
		read: readMrdxDay,
	},
	// 学习时报, printed on Mondays, Wednesdays and Fridays: April's last two issues, each the feed of its day.
	xxsb: {
		paper: 'xxsb',
		files: [
			{ date: '2026-04-27', commit: '36aa386', path: 'rss_studytimes.xml' },
			{ date: '2026-04-29', commit: '3038ce4', path: 'rss_studytimes.xml' },
		],
		heldOut: '2026-04-29',
		read: readStudyTimesDay,
	},
};
/**
 * The days of leeperfect/PeopleDailyMaterial's crawl in the corpus (`data/raw/articles_<day>.json`),
 * by the corpus's folder they go to: weekdays and weekends across 2025 and 2026 before 04-26, none in ifyuls/rmrb-rss.
 * Each held-out set was chosen by date before any of its days was read, and is scored once, at the
 * end of the pass that adds it; the next pass may tune on it, so it then joins development and a
 * new set is held back.
 */
const CRAWLED_DAYS: Record<string, readonly string[]> = {
	'dev-2025': [
		'20250108',
		'20250115',
		'20250205',
		'20250213',
		'20250219',
		'20250318',
		'20250402',
		'20250410',
		'20250520',
		'20250611',
		'20250709',
		'20250716',
		'20250723',
		'20251101',
		'20251102',
		'20251111',
		'20251210',
		'20251215',
		// Held out in the thirteenth pass (scripts/eval/PASSES.md), tuned on from the fourteenth.
		'20250122',
		'20250227',
		'20250304',
		'20250312',
		'20250424',
		'20250507',
		'20250614',
		'20250618',
		'20251001',
		'20251106',
		'20251120',
		// Held out in the fourteenth pass and scored once (scripts/eval/PASSES.md); then tuned on. (20251002, 20251003 and
		// 20251103 stand for 20250917, 20250815 and 20251023, which the crawl lacks: the next day it has.)
		'20250117',
		'20250314',
		'20250409',
		'20250522',
		'20250703',
		'20251002',
		'20251003',
		'20251103',
		// Held out at the end of the fourteenth pass and scored once (scripts/eval/PASSES.md); then tuned on. (20251004
		// stands for 20250730, which the crawl lacks.)
		'20250110',
		'20250221',
		'20250326',
		'20250416',
		'20250528',
		'20250625',
		'20251004',
		'20251112',
		'20251126',
		'20251217',
		// Held out in the fifteenth pass and scored once (scripts/eval/PASSES.md); then tuned on. (20251104 stands for
		// 20251015: the crawl has no day from 2025-10-15 to 11-03 that no set holds.)
		'20250103',
		'20250212',
		'20250306',
		'20250421',
		'20250515',
		'20250605',
		'20250711',
		'20251104',
		'20251119',
		'20251223',
		// Held out in the sixteenth pass and scored once (scripts/eval/PASSES.md); then tuned on. The crawl has no day from
		// 2025-07-24 to 09-30, nor from 10-06 to 10-31: 20251005, 20251105 and 20251107 stand for 20250729,
		// 20250826 and 20250923, the next days it has that no set holds.
		'20250128',
		'20250319',
		'20250429',
		'20250617',
		'20251005',
		'20251105',
		'20251107',
		'20251209',
		// Held out in the seventeenth pass and scored once (scripts/eval/PASSES.md); then tuned on.
		'20250131',
		'20250225',
		'20250331',
		'20250509',
		'20250603',
		'20250701',
		'20251128',
		'20251230',
		// Held out in the eighteenth pass and scored once in the nineteenth, on the five days copied
		// (scripts/eval/PASSES.md); then tuned on. (20250206 stands for 20250207, whose first articles were opened by
		// mistake; 20250526, 20250721 and 20251113 were not copied in time and stay unread.)
		'20250206',
		'20250311',
		'20250414',
		'20250612',
		'20251218',
		// Held out in the nineteenth pass and scored once, blind, as they arrived: 20250526 and 20251113 at
		// that pass's end, 20250721 at the start of the twentieth (scripts/eval/PASSES.md); then tuned on.
		'20250526',
		'20250721',
		'20251113',
		// The rest of held-out-2025h, copied and scored once, blind, in the twentieth pass (scripts/eval/PASSES.md); then tuned on.
		'20250124',
		'20250320',
		'20250627',
		'20251118',
		'20251224',
		// Held out in the twentieth pass and scored once, blind, at its middle (scripts/eval/PASSES.md); then tuned on.
		'20250107',
		'20250408',
		'20250530',
		'20251110',
		'20251205',
		// Held out in the twentieth pass and scored once, blind, late in it (scripts/eval/PASSES.md); then tuned on.
		'20250109',
		'20250325',
		'20250604',
		'20250702',
		'20251108',
		'20251216',
		// Held out late in the twentieth pass and scored once, blind (scripts/eval/PASSES.md); then tuned on.
		'20250114',
		'20250401',
		'20250513',
		'20250626',
		'20251125',
		'20251202',
		// Held out at the end of the twentieth pass and scored once, blind, then (scripts/eval/PASSES.md); tuned on in the twenty-first.
		'20250116',
		'20250303',
		'20250422',
		'20250519',
		'20250708',
		'20251203',
		// Held out at the start of the twenty-first pass and scored once, blind, then (scripts/eval/PASSES.md); then tuned on.
		'20250123',
		'20250226',
		'20250417',
		'20250613',
		'20251117',
		'20251222',
		// Copied in the twenty-first pass to tune on.
		'20250127',
		'20250310',
		'20250506',
		'20250624',
		// Held out in the twenty-first pass and scored once, blind, at its end (scripts/eval/PASSES.md); tuned on in the twenty-second.
		'20250120',
		'20250305',
		'20250428',
		'20250616',
		'20251124',
		'20251229',
		// Held out in the twenty-second pass and scored once, blind, day by day as each was copied (scripts/eval/PASSES.md); then tuned on.
		'20250121',
		'20250307',
		'20250411',
		'20250610',
		'20250717',
		'20251211',
		// Held out in the twenty-third pass and scored once, blind, day by day as each was copied (scripts/eval/PASSES.md); then tuned on.
		'20250218',
		'20250327',
		'20250508',
		'20250620',
		'20251114',
		'20251219',
		// Held out in the twenty-fourth pass and scored once, blind, day by day as each was copied (scripts/eval/PASSES.md); then tuned on.
		'20250224',
		'20250313',
		'20250415',
		'20250527',
		'20250619',
		'20251121',
		'20251127',
		'20251226',
		// Held out late in the twenty-fourth pass and scored once, blind, at its end (scripts/eval/PASSES.md); then tuned on.
		'20250211',
		'20250404',
		'20250521',
		'20250623',
		'20251109',
		'20251220',
		// held-out-2025s and held-out-2025t, each day scored once, blind, in the twenty-fifth pass (scripts/eval/PASSES.md); then tuned on.
		'20250204',
		'20250228',
		'20250315',
		'20250608',
		'20250621',
		'20250713',
		'20250719',
		'20250722',
		'20250406',
		'20250427',
		'20250712',
		// held-out-2025u, v, w and x, each day scored once, blind, in the twenty-sixth pass (scripts/eval/PASSES.md); then tuned on.
		'20250101',
		'20250501',
		'20250502',
		'20250505',
		'20250630',
		'20250704',
		'20250715',
		'20251116',
		'20250113',
		'20250222',
		'20250629',
		'20250718',
		'20251115',
		'20251123',
		'20251129',
		'20251231',
		'20250106',
		'20250119',
		'20250301',
		'20250511',
		'20250517',
		'20250525',
		'20250531',
		'20251130',
		'20250220',
		'20250430',
		'20250514',
		'20250523',
		'20250602',
		'20250615',
		'20250720',
		'20251227',
		// held-out-2025y (scored blind in the twenty-sixth pass), z and za (the generator's 39th to 51st draws, scored blind day
		// by day in the twenty-seventh); read and tuned on in the twenty-seventh. (The crawl's 20251201 names no page of its
		// articles, section_no, and is left out.)
		'20250111',
		'20250125',
		'20250126',
		'20250210',
		'20250330',
		'20250418',
		'20250524',
		'20251201',
		'20250209',
		'20250309',
		'20250329',
		'20250403',
		'20250407',
		'20250518',
		'20251122',
		'20251207',
		'20250208',
		'20250217',
		'20250504',
		'20250609',
		'20250705',
		// held-out-2025zb (the generator's 52nd to 62nd draws, scored blind day by day in the twenty-eighth and twenty-ninth
		// passes, as each was copied); read and tuned on in those passes.
		'20250710',
		'20251214',
		'20250420',
		'20250202',
		'20250628',
		'20250104',
		'20250601',
		'20250419',
		'20250112',
		'20250105',
		'20250607',
		// held-out-2025zc (the generator's 63rd to 70th draws, scored blind day by day in the thirtieth to thirty-second
		// passes, as each was copied); read and tuned on in those passes.
		'20250216',
		'20250622',
		'20250102',
		'20250516',
		'20250316',
		'20250714',
		'20251228',
		'20250317',
	],
	// Held out in the thirty-second pass: the generator's 71st to 78th draws, fixed before any page was read; each day
	// scored once, blind, as it was copied (scripts/eval/PASSES.md).
	'held-out-2025zd': ['20250328', '20250413', '20250405', '20250324', '20251204', '20250529', '20250606', '20251208'],
	// Held out in the thirty-second pass too, once held-out-2025zd was being copied: the generator's 79th to 86th draws.
	'held-out-2025ze': ['20251221', '20250426', '20250322', '20250423', '20250510', '20251212', '20250512', '20250201'],
	// Held out at the end of the thirty-second pass: the generator's 87th to 94th draws, fixed before any page was read, but
	// for its 94th (20250207, whose first articles an earlier pass opened by mistake), replaced by its 95th.
	'held-out-2025zf': ['20250323', '20251225', '20250223', '20250503', '20250215', '20251206', '20250707', '20250321'],
	// Held out in the thirty-third pass, before any of its pages was read: the generator's 96th to 103rd draws.
	'held-out-2025zg': ['20250203', '20250214', '20250412', '20250302', '20250118', '20251213', '20250706', '20250308'],
	// The generator's last two draws (104th and 105th): with them every day of 2025 the crawl keeps is in a set.
	'held-out-2025zh': ['20250130', '20250425'],
	// Held out in the thirty-third pass, once 2025 was used up: eight days the seeded generator (seed 33) drew from 2026-01-01
	// to 04-25, the days before ifyuls/rmrb-rss begins, so none is in the evaluation's reserve; fixed before any was read.
	'held-out-2026a': ['20260305', '20260327', '20260313', '20260102', '20260220', '20260406', '20260130', '20260309'],
	// Held out in the thirty-fourth pass, before any of its pages was read: that generator's 9th to 12th draws, then four days
	// a second one (mulberry32, seed 34, uniform over the same days, skipping days already drawn) drew.
	'held-out-2026b': ['20260402', '20260422', '20260205', '20260404', '20260311', '20260405', '20260114', '20260212'],
	// Held out once held-out-2026b was read, before any of its pages was: the second generator's 5th to 12th draws.
	'held-out-2026c': ['20260116', '20260330', '20260221', '20260328', '20260124', '20260423', '20260204', '20260103'],
	// Held out once held-out-2026c was read, before any of its pages was: the second generator's 13th to 20th draws.
	'held-out-2026d': ['20260117', '20260228', '20260417', '20260219', '20260128', '20260123', '20260127', '20260418'],
	// Held out once held-out-2026d was read, before any of its pages was: the second generator's 21st to 29th draws but its 24th
	// (2026-02-22, a day the crawl does not keep).
	'held-out-2026e': ['20260227', '20260308', '20260129', '20260211', '20260321', '20260214', '20260421', '20260225'],
	// Held out once held-out-2026e was read, before any of its pages was: the second generator's 30th to 37th draws.
	'held-out-2026f': ['20260326', '20260331', '20260218', '20260416', '20260216', '20260410', '20260201', '20260111'],
	// Held out once held-out-2026f was read, before any of its pages was: the second generator's 38th to 45th draws.
	'held-out-2026g': ['20260323', '20260115', '20260209', '20260126', '20260411', '20260415', '20260329', '20260325'],
	// Held out once held-out-2026g was read, before any of its pages was: the second generator's 46th to 53rd draws.
	'held-out-2026h': ['20260301', '20260112', '20260210', '20260207', '20260104', '20260401', '20260223', '20260403'],
	// Held out once held-out-2026h was read, before any of its pages was: the second generator's 54th to 61st draws.
	'held-out-2026i': ['20260412', '20260314', '20260303', '20260106', '20260324', '20260118', '20260420', '20260119'],
	// Held out once held-out-2026i was read, before any of its pages was: the second generator's 62nd to 70th draws but its 67th
	// (2026-02-06, a day the crawl does not keep).
	'held-out-2026j': ['20260224', '20260414', '20260419', '20260310', '20260120', '20260320', '20260202', '20260213'],
	// Held out once held-out-2026j was read, before any of its pages was: the second generator's 71st to 78th draws.
	'held-out-2026k': ['20260215', '20260409', '20260108', '20260226', '20260425', '20260217', '20260109', '20260122'],
	// Held out once held-out-2026k was read, before any of its pages was: the second generator's 79th to 86th draws but its 83rd
	// (2026-02-08, a day the crawl keeps only links of), and in its place the 88th (the 87th, skipped by mistake, opens 2026m).
	'held-out-2026l': ['20260302', '20260413', '20260304', '20260317', '20260121', '20260107', '20260306', '20260105'],
	// Held out once held-out-2026l was read, before any of its pages was: the second generator's 87th and 89th to 95th draws.
	'held-out-2026m': ['20260315', '20260131', '20260125', '20260113', '20260307', '20260424', '20260407', '20260408'],
	// Held out once held-out-2026m was read, before any of its pages was: the second generator's 96th to 103rd draws, its
	// last (every day of 2026 before 04-26 outside the evaluation's reserve is then drawn).
	'held-out-2026n': ['20260319', '20260316', '20260203', '20260312', '20260110', '20260318', '20260101', '20260322'],
};

const USAGE =
	'用法：npm run eval:corpus -- --from <ifyuls/rmrb-rss 的 git 目录> [--xhmrdx <ifyuls/xhmrdx-rss 的 git 目录>] [--xxsb <ifyuls/xxsb-rss 的 git 目录>] [--crawl <leeperfect/PeopleDailyMaterial 的 data/raw 目录>] [--html] [--out eval-corpus]';

function readOptions(): { repositories: [Source, string][]; crawl: string | undefined; out: string; html: boolean } {
	const { values } = parseArgs({
		options: {
			html: { type: 'boolean', default: false },
			from: { type: 'string' },
			xhmrdx: { type: 'string' },
			xxsb: { type: 'string' },
			crawl: { type: 'string' },
			out: { type: 'string', default: 'eval-corpus' },
		},
	});
	if (!values.from) throw new Error(USAGE);
	const repositories: [Source, string][] = [[SOURCES.from, resolve(values.from)]];
	if (values.xhmrdx) repositories.push([SOURCES.xhmrdx, resolve(values.xhmrdx)]);
	if (values.xxsb) repositories.push([SOURCES.xxsb, resolve(values.xxsb)]);
	return { repositories, crawl: values.crawl && resolve(values.crawl), out: resolve(values.out), html: values.html };
}

/** Each page's HTML as the site sets it, its articles one after another, by the page's name, where the source has it. */
const pageHtml = new Map<string, string>();

/** The pages of one source's day, named `<paper>-<date>-<page>`. */
function pagesOf(paper: string, articles: SourceArticle[]): ExpectedPage[] {
	const pages = Map.groupBy(articles, (article) => article.page);
	return [...pages.values()]
		.map((ofPage) => {
			const name = `${paper}-${ofPage[0]!.date}-${String(ofPage[0]!.page).padStart(2, '0')}`;
			if (ofPage.every((article) => article.html !== undefined)) pageHtml.set(name, ofPage.map((article) => article.html).join('\n'));
			return expectedPage(name, ofPage);
		})
		.filter((page) => page.items.length > 0);
}

/**
 * The crawl's days, 人民日报's pages as `rmrb-…` so that they are read as that paper's. A day the
 * folder lacks is named on stderr and left out, so that a partial copy of the crawl still makes a
 * corpus whose figures say what they cover.
 */
function crawledIssues(folder: string): Issue[] {
	const missing: string[] = [];
	const issues = Object.entries(CRAWLED_DAYS).flatMap(([dir, days]) =>
		days.flatMap((day) => {
			const file = join(folder, `articles_${day}.json`);
			if (!existsSync(file)) {
				missing.push(day);
				return [];
			}
			const articles = readCrawledDay(readFileSync(file, 'utf8'));
			const date = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}`;
			return [{ name: `rmrb-${date}`, pages: pagesOf('rmrb', articles), dir }];
		}),
	);
	if (missing.length > 0) console.error(`--crawl 的文件夹里没有这 ${missing.length} 天（articles_<日期>.json），语料里不含它们：${missing.join(' ')}`);
	return issues;
}

function readDay(gitDir: string, source: Source, file: Source['files'][number]): ExpectedPage[] {
	const xml = execFileSync('git', ['--git-dir', gitDir, 'show', `${file.commit}:${file.path}`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	return pagesOf(
		source.paper,
		source.read(xml).filter((article) => article.date === file.date),
	);
}

/** One issue of a paper: its name (`<paper>-<date>`), its pages, and the corpus's folder it goes to (dev, held-out…). */
interface Issue {
	name: string;
	pages: ExpectedPage[];
	dir: string;
}

function writeCorpus(out: string, issues: Issue[], html: boolean): { pages: number; items: number } {
	rmSync(out, { recursive: true, force: true });
	let pages = 0;
	let items = 0;
	for (const { name: day, pages: ofDay, dir: folder } of issues) {
		const dir = join(out, folder);
		mkdirSync(dir, { recursive: true });
		for (const page of ofDay) {
			for (const layout of PAGE_LAYOUTS) {
				const name = `${page.source}.${layout}`;
				writeFileSync(join(dir, `${name}.txt`), renderPage(page, layout));
				writeFileSync(join(dir, `${name}.expected.json`), `${JSON.stringify({ ...expectedIn(page, layout), layout }, null, '\t')}\n`);
			}
			const site = html ? pageHtml.get(page.source) : undefined;
			if (site !== undefined) {
				const htmlDir = join(out, `html-${folder}`);
				mkdirSync(htmlDir, { recursive: true });
				writeFileSync(join(htmlDir, `${page.source}.html.txt`), `${site}\n`);
				writeFileSync(join(htmlDir, `${page.source}.html.expected.json`), `${JSON.stringify({ ...page, layout: 'html' }, null, '\t')}\n`);
			}
			pages++;
			items += page.items.length;
		}
		// A crawler's dump of the whole day: scored page by page against the same expectations.
		writeFileSync(join(dir, `${day}.day.txt`), renderDay(ofDay));
		writeFileSync(join(dir, `${day}.day.expected.json`), `${JSON.stringify({ layout: 'day', pages: ofDay }, null, '\t')}\n`);
		// The same day dumped article by article, its page's header over each article.
		writeFileSync(join(dir, `${day}.articles.txt`), renderArticles(ofDay));
		writeFileSync(join(dir, `${day}.articles.expected.json`), `${JSON.stringify({ layout: 'articles', pages: ofDay }, null, '\t')}\n`);
	}
	return { pages, items };
}

function main(): void {
	let options;
	try {
		options = readOptions();
	} catch (error) {
		console.error((error as Error).message);
		process.exitCode = 2;
		return;
	}
	const issues = options.repositories.flatMap(([source, gitDir]) =>
		source.files.map((file) => ({
			name: `${source.paper}-${file.date}`,
			pages: readDay(gitDir, source, file),
			dir: file.date === source.heldOut ? 'held-out' : 'dev',
		})),
	);
	if (options.crawl) issues.push(...crawledIssues(options.crawl));
	const { pages, items } = writeCorpus(options.out, issues, options.html);
	console.log(
		`${issues.length} 期报纸（份数 × 天数），${pages} 个版面，${items} 篇稿件，每版 ${PAGE_LAYOUTS.length} 种排版（另有整天一个文件，和逐篇导出的整天一个文件）：${options.out}`,
	);
}

main();
