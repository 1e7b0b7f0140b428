/**
 * A generated archive in the bundled page's style, for benchmarks: pages of 科技日报 and two other
 * papers over many days, each with features (◎ bylines, section headings, photo captions) and a
 * column of briefs (科技日报讯 leads). Sentences are recombined from the real page texts in the
 * repository; names, places, numbers and dates vary. Deterministic for a given size.
 *
 * generateArchive() writes page texts with sidecars to <content>/inbox and ingests them with the
 * real ingester into <content>/items, <content>/pages and <content>/sources.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../../scripts/shared/files.ts';
import { CITIES, PROVINCES } from '../../scripts/ingest/places.ts';
import { boxesPrintedWhole } from '../../scripts/ingest/page-conventions.ts';

const ROOT = join(import.meta.dirname, '../..');

function rng(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * The parser fixtures whose sentences make the benchmark's text. A fixed list: a fixture added
 * for the parser must not change the benchmark archives, or README's figures would no longer be
 * comparable from one version to the next.
 */
const SENTENCE_FIXTURES = ['crlf-bom', 'gmrb-keji', 'jjrb-sulan', 'kicker-and-indent', 'kjrb-yuanqu', 'rmrb-yaowen', 'split-columns', 'xinhua-wenlv'];

/** Sentences of the real page texts, the material of every generated paragraph. */
function sentencePool(): string[] {
	const texts = [...filesUnder(join(ROOT, 'content/sources'), '.txt'), ...SENTENCE_FIXTURES.map((name) => join(ROOT, `tests/fixtures/pages/${name}.txt`))]
		.sort()
		.map((file) => readFileSync(file, 'utf8'));
	const sentences = texts
		.flatMap((text) => text.split(/\r?\n/))
		.map((line) => line.trim().replace(/^\ufeff/, ''))
		.filter((line) => [...line].length > 40 && /。$/.test(line) && !/讯|电|◎|记者\s/.test(line.slice(0, 12)))
		.flatMap((line) => line.match(/[^。]+。/g) ?? [])
		.filter((sentence) => [...sentence].length >= 12 && !/^[”’」』]/.test(sentence));
	return [...new Set(sentences)];
}

const SURNAMES =
	'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鑫宇浩凯晨睿博文轩瑞泽天思雨欣悦晓佳琪海波宁斌晶云鹏飞雪梅兰松竹';
const VERBS = ['打造', '建设', '推进', '发布', '构建', '培育', '加快', '深化', '启动', '获批', '布局', '聚焦'];
const OBJECTS = [
	'人工智能产业生态',
	'生物医药创新高地',
	'算力产业园',
	'数字经济新引擎',
	'科技成果转化平台',
	'专精特新企业集群',
	'新型储能基地',
	'低空经济示范区',
	'智能制造标杆工厂',
	'绿色低碳产业链',
];
const PARKS = ['高新区', '经济技术开发区', '科技城', '产业园', '科技园', '自贸区'];
const HEADINGS = ['促进企业合作', '提供优质服务', '改善创新生态', '抢抓发展机遇', '建设特色园区', '强化人才支撑', '优化营商环境', '推动协同创新'];
const COLUMNS = ['园镜头', '速览', '数读'];
const PAPERS = [
	{ paper: '科技日报', pageNames: ['要闻', '综合', '国际', '园区', '区域', '健康', '生态', '文化'] },
	{ paper: '经济日报', pageNames: ['要闻', '产经', '地方', '财经'] },
	{ paper: '人民日报', pageNames: ['要闻', '经济', '社会', '科技'] },
];

export interface GeneratedPage {
	file: string;
	text: string;
	sidecar: string;
	items: number;
}

/** The page texts of an archive of about `items` items (the last page is cut to fit). */
export function generatePages(items: number, seed = 42): GeneratedPage[] {
	const random = rng(seed);
	const pick = <T>(list: readonly T[] | string): T => list[Math.floor(random() * list.length)] as T;
	const sentences = sentencePool();
	const name = () => pick<string>(SURNAMES) + pick<string>(GIVEN) + (random() < 0.6 ? pick<string>(GIVEN) : '');
	// Bylines recur as in a real paper: a staff of reporters and photographers, and a larger,
	// shared pool of correspondents (通讯员), rather than a new name on every item.
	const staff = Array.from({ length: 300 }, name);
	const correspondents = Array.from({ length: 3000 }, name);
	const person = () => pick(staff);
	const correspondent = () => pick(correspondents);
	const region = () => pick<string>(random() < 0.5 ? PROVINCES : CITIES);
	const paragraph = () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(sentences)).join('');
	const title = () => `${pick<string>(CITIES)}${pick(PARKS)}${pick(VERBS)}${pick(OBJECTS)}`;

	const pages: GeneratedPage[] = [];
	let remaining = items;
	let day = 0;
	while (remaining > 0) {
		const date = new Date(Date.UTC(2001, 0, 1) + day++ * 86_400_000).toISOString().slice(0, 10);
		const { paper, pageNames } = PAPERS[day % PAPERS.length]!;
		const pageCount = 3 + Math.floor(random() * 6);
		for (let pageNumber = 1; pageNumber <= pageCount && remaining > 0; pageNumber++) {
			const blocks: string[] = [];
			let count = 0;
			const feature = () => {
				blocks.push(title(), `◎ 本报记者 ${person()} 通讯员 ${correspondent()}`, paragraph(), paragraph());
				for (const heading of [pick(HEADINGS), pick(HEADINGS)]) blocks.push(heading, paragraph(), paragraph());
				if (random() < 0.6) blocks.push('', `${pick(sentences).replace(/。$/, '')}。${person()}摄`);
				count++;
			};
			feature();
			const briefs = Math.min(remaining - count, 1 + Math.floor(random() * 3));
			if (briefs > 0) {
				const column = pick(COLUMNS);
				// (A box the paper prints as one item, 人民日报's 速览, is one item however many briefs it holds.)
				const wholeBox = boxesPrintedWhole({ paper }).has(column);
				blocks.push(column);
				if (wholeBox) count++;
				for (let i = 0; i < briefs; i++) {
					const month = Number(date.slice(5, 7));
					const dayOfMonth = Number(date.slice(8, 10));
					blocks.push(
						`${region()}${pick(PARKS)} ${pick(VERBS)}${pick(OBJECTS)}`,
						`${paper}讯（记者 ${person()}）${month}月${dayOfMonth}日，${pick(sentences)}`,
						paragraph(),
					);
					if (!wholeBox) count++;
				}
			}
			if (remaining - count > 0 && random() < 0.5) feature();
			remaining -= count;
			const name = `${paper}-${date}-${String(pageNumber).padStart(2, '0')}.txt`;
			const sidecar = `paper: ${paper}\ndate: ${date}\npage: ${pageNumber}\npageName: ${pageNames[(pageNumber - 1) % pageNames.length]}\n`;
			pages.push({ file: name, text: `${blocks.join('\n\n')}\n`, sidecar, items: count });
		}
	}
	return pages;
}

/** Writes the pages to <contentDir>/inbox and ingests them into <contentDir>. */
export function generateArchive(options: { items: number; contentDir: string; seed?: number }): { pages: number; items: number } {
	const inbox = join(options.contentDir, 'inbox');
	rmSync(options.contentDir, { recursive: true, force: true });
	mkdirSync(inbox, { recursive: true });
	const pages = generatePages(options.items, options.seed);
	for (const page of pages) {
		writeFileSync(join(inbox, page.file), page.text);
		writeFileSync(join(inbox, page.file.replace(/\.txt$/, '.yaml')), page.sidecar);
	}
	const ingest = spawnSync(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'scripts/ingest.ts'), inbox, '--out', join(options.contentDir, 'items')], {
		cwd: ROOT,
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
	});
	if (ingest.status !== 0) throw new Error(`ingest failed:\n${ingest.stderr.slice(-4000)}`);
	const items = filesUnder(join(options.contentDir, 'items'), '.mdx').length;
	return { pages: pages.length, items };
}
