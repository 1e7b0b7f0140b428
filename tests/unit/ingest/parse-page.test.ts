/**
 * Parser fixtures: every tests/fixtures/pages/<name>.txt is parsed (with the ParseOptions in
 * <name>.options.json, when there is one: the maintainer's word on a paper's house style) and
 * compared with <name>.expected.json next to it. Set UPDATE_FIXTURES=1 to write a missing expected
 * file (then read it before committing: it is the specification).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkConservation } from '../../../scripts/ingest/conservation.ts';
import { parsePage, type ParseOptions } from '../../../scripts/ingest/parse-page.ts';
import { decodeSource } from '../../../scripts/ingest/read-source.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/pages');
const pages = readdirSync(FIXTURES).filter((name) => name.endsWith('.txt'));

/** A copy of a parse with every line number (fields `line` and `lines`) mapped. */
function withLineNumbers<T>(value: T, map: (number: number) => number): T {
	return JSON.parse(JSON.stringify(value), (key, field) => {
		if (key === 'line' && typeof field === 'number') return map(field);
		if (key === 'lines' && Array.isArray(field) && field.every((n) => typeof n === 'number')) return field.map(map);
		return field;
	});
}

describe.each(pages)('%s', (name) => {
	// Fixtures come in the encodings maintainers meet: UTF-8 with or without BOM, GB18030, CRLF.
	const source = decodeSource(readFileSync(join(FIXTURES, name)), name);
	const expectedPath = join(FIXTURES, name.replace(/\.txt$/, '.expected.json'));
	const optionsPath = join(FIXTURES, name.replace(/\.txt$/, '.options.json'));
	const options: ParseOptions = existsSync(optionsPath) ? JSON.parse(readFileSync(optionsPath, 'utf8')) : {};
	const parsed = parsePage(source, options);

	it('splits the page into the expected items', () => {
		if (!existsSync(expectedPath) && process.env.UPDATE_FIXTURES) {
			writeFileSync(expectedPath, `${JSON.stringify(parsed, null, '\t')}\n`);
		}
		const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
		expect(parsed).toEqual(expected);
	});

	// (A page whose blank lines part its blocks says something by them: blank-parted.txt.)
	if (!/\n\s*\n/u.test(source)) {
		it('reads the page alike with a blank line under every line, which then says nothing', () => {
			const spaced = parsePage(source.replace(/\r?\n/gu, '\n\n'), options);
			expect(withLineNumbers(spaced, (number) => (number + 1) / 2)).toEqual(parsed);
		});
	}

	it('reads the page alike whether paragraphs are indented with full-width spaces, a tab or four spaces', () => {
		expect(parsePage(source.replace(/^\u3000\u3000/gmu, '\t'), options)).toEqual(parsed);
		expect(parsePage(source.replace(/^\u3000\u3000/gmu, '    '), options)).toEqual(parsed);
	});

	it('keeps every character of the source, in order', () => {
		const report = checkConservation(source, parsed);
		expect(report.mismatch).toBeUndefined();
		expect(report.keptChars).toBe(report.sourceChars);
	});
});

describe('the bundled 科技日报 page', () => {
	const parsed = parsePage(readFileSync(join(FIXTURES, 'kjrb-yuanqu.txt'), 'utf8'));

	it('finds exactly the five items', () => {
		expect(parsed.items.map((item) => item.title)).toEqual([
			'兰州高新区为生物医药产业注入向“新”力',
			'浙江嘉兴南湖高新区 构建全方位人工智能生态图',
			'重庆两江协同创新区一明月湖 获“算力产业园”授牌',
			'深圳前海深港现代服务业合作区 发布科技创新办法',
			'北京南中轴国际文化科技园: 打造科技文化融合发展新地标',
		]);
	});

	it('reads bylines with roles from ◎ lines and from 科技日报讯(…) leads', () => {
		expect(parsed.items.map((item) => item.authors)).toEqual([
			[{ name: '邸金' }, { name: '顾满斌', role: '本报记者' }],
			[{ name: '洪恒飞' }, { name: '王婧璐' }, { name: '江耘', role: '记者' }],
			[{ name: '雍黎', role: '记者' }],
			[{ name: '罗云鹏', role: '记者' }],
			[
				{ name: '华凌', role: '本报记者' },
				{ name: '赵智和', role: '通讯员' },
			],
		]);
	});

	it('puts the three briefs, and only them, in the 园镜头 column with their datelines', () => {
		expect(parsed.items.map((item) => [item.column, item.dateline])).toEqual([
			[undefined, undefined],
			['园镜头', '7月9日'],
			['园镜头', '7月10日'],
			['园镜头', '7月12日'],
			[undefined, undefined],
		]);
	});

	it('turns section headings into headings', () => {
		const headings = parsed.items.map((item) => item.body.filter((b) => b.type === 'heading').map((b) => b.text));
		expect(headings).toEqual([['促进企业合作', '提供优质服务', '改善创新生态'], [], [], [], ['抢抓发展机遇', '建设特色园区']]);
	});

	it('reads photo captions as figures with their credit', () => {
		const figures = parsed.items.flatMap((item) => item.figures.map((f) => [f.caption, f.credit]));
		expect(figures).toEqual([
			['在兰州高新区兰州和盛堂制药股份有限公司内,工作人员正在药品生产线上忙碌。', '曾文溪摄'],
			['图为深圳前海深港现代服务业合作区。', '视觉中国供图'],
			['图为北京南中轴国际文化科技园。', '何芬摄'],
		]);
	});

	it('joins paragraphs that a layout column break split in two', () => {
		const paragraphs = parsed.items.flatMap((item) => item.body.map((b) => b.text));
		expect(paragraphs.some((p) => p.includes('历经三十多年的发展'))).toBe(true);
		expect(paragraphs.some((p) => p.includes('发展成熟之后,将成为'))).toBe(true);
		expect(paragraphs).not.toContain(
			'年的发展,已逐步构建起‘集群化发展、园区化承载、大企业带动、大项目支撑’的产业体系。得益于我们打造的‘热带雨林’式创新生态,如今,这里成为了众多生物医药企业创新转型的首选之地。”王雨表示。',
		);
	});
});
