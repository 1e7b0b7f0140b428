/**
 * node scripts/bench/make-search-queries.ts > scripts/bench/search-queries.json
 *
 * Writes the search benchmark's query set from the bundled content, reproducibly (fixed seed):
 * runs of 1 to 8 characters taken anywhere in the text (so across word boundaries), the names,
 * places, numbers and Latin words readers look for, Traditional-character spellings, several
 * terms at once, and negatives: characters that all occur but never next to each other.
 * The expected results are not stored: the oracle computes them from the content.
 */
import { join } from 'node:path';
import * as OpenCC from 'opencc-js/cn2t';
import { fold, loadOracle } from '../../tests/support/search-oracle.ts';

export interface BenchQuery {
	/** What the reader types. */
	query: string;
	kind: 'substring' | 'name' | 'latin-number' | 'traditional' | 'and' | 'phrase' | 'negative';
	/** For Traditional queries: the Simplified spelling the archive holds, which the oracle looks for. */
	simplified?: string;
}

const items = loadOracle(join(import.meta.dirname, '../../content/items'));
const corpus = items.map((item) => item.folded).join('\u0000');
let seed = 20241124;
function random(): number {
	// mulberry32
	seed = (seed + 0x6d2b79f5) | 0;
	let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
	t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
	return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** A run of `length` visible characters at a random place in a random item. */
function randomRun(length: number): string {
	for (;;) {
		const chars = [...pick(items).folded];
		const start = Math.floor(random() * Math.max(1, chars.length - length));
		const run = chars.slice(start, start + length).join('');
		// Runs stay inside one block (the oracle's blocks are NUL-separated).
		if ([...run].length === length && !run.includes('\u0000')) return run;
	}
}

const queries: BenchQuery[] = [];
const seen = new Set<string>();
const add = (query: BenchQuery) => {
	if (!seen.has(query.query)) {
		seen.add(query.query);
		queries.push(query);
	}
};

for (let length = 1; length <= 8; length++) for (let i = 0; i < 12; i++) add({ query: randomRun(length), kind: 'substring' });

for (const name of [
	'邸金',
	'顾满斌',
	'江耘',
	'洪恒飞',
	'雍黎',
	'罗云鹏',
	'华凌',
	'赵智和',
	'王雨',
	'王宇恩',
	'刘大学',
	'邓月婷',
	'李佩儒',
	'李慧',
	'江军',
	'王锦侠',
	'闫福',
	'何芬',
	'骆燕',
	'曾文溪',
	'兰州',
	'嘉兴',
	'重庆',
	'深圳',
	'前海',
	'明月湖',
	'南中轴',
	'两江协同创新区',
	'甘肃',
	'港澳',
]) {
	add({ query: name, kind: 'name' });
}
for (const term of [
	'GLP-1',
	'glp-1',
	'GLP',
	'web3',
	'WEB3',
	'500PFLOPS',
	'PFLOPS',
	'AI制药',
	'AI+智能硬件',
	'App合规',
	'XR虚拟拍摄',
	'snack',
	'π',
	'13价',
	'62.4亿元',
	'90.2',
	'2024',
	'2023年',
	'1991年',
	'19.5万平方米',
	'21.6%',
	'7月9日',
	'6月24日',
	'2000万元',
	'O型',
	'(西北)',
	'“新”力',
	'‘管家’',
]) {
	add({ query: term, kind: 'latin-number' });
}
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
for (const simplified of ['生物医药', '兰州高新区', '产业园', '人工智能', '科技创新', '发展', '营商环境', '数字经济', '专精特新', '国际文化科技园']) {
	const traditional = toTraditional(simplified);
	if (traditional !== simplified) add({ query: traditional, kind: 'traditional', simplified });
}
for (const pair of [
	['生物医药', '算力'],
	['兰州', '疫苗'],
	['人工智能', '深圳'],
	['元宇宙', '人才公寓'],
	['GLP-1', '深圳'],
	['科技', '园区', '企业'],
	['明月湖', '前海'],
	['王雨', '李慧'],
]) {
	add({ query: pair.join(' '), kind: 'and' });
}
for (const phrase of ['"AI 制药"', '"人工智能 产业"', '"浙江嘉兴南湖高新区 构建"']) add({ query: phrase, kind: 'phrase' });

// Negatives: two or three runs that each occur, joined into something that never does.
let negatives = 0;
while (negatives < 30) {
	const parts = Array.from({ length: 2 + Math.floor(random() * 2) }, () => randomRun(1 + Math.floor(random() * 2)));
	const query = parts.join('');
	if (corpus.includes(fold(query))) continue;
	add({ query, kind: 'negative' });
	negatives++;
}

console.log(JSON.stringify(queries, null, '\t'));
console.error(`${queries.length} queries: ${[...Map.groupBy(queries, (q) => q.kind)].map(([k, v]) => `${k} ${v.length}`).join(', ')}`);
