/**
 * Builds of content other than the bundled archive, through the real Astro build: text that looks
 * like code stays text, and a malformed entry stops the build naming the file, the field and the fix.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rehype } from 'rehype';
import { runBuild } from '../support/build-site.ts';
import { launchChromium } from '../support/chromium.ts';
import { serveWithNginx } from '../support/nginx.ts';
import { serveStatic } from '../support/static-server.ts';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const NODE = join(ROOT, 'node_modules/.bin/node');
const scratch = mkdtempSync(join(tmpdir(), 'content-build-'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function build(itemsDir: string, outDir: string, years?: string[]) {
	return runBuild({ itemsDir, outDir, years });
}

describe('text that looks like code', () => {
	it('is written, built and shown as the same literal text, and found by search', async () => {
		const items = join(scratch, 'hostile-items');
		const ingest = spawnSync(
			NODE,
			[
				join(ROOT, 'scripts/ingest.ts'),
				join(ROOT, 'tests/fixtures/pages/hostile-markup.txt'),
				'--out',
				items,
				'--sources',
				join(scratch, 'sources'),
				'--paper',
				'测试报',
				'--date',
				'2024-01-02',
			],
			{ cwd: ROOT, encoding: 'utf8' },
		);
		expect(ingest.status, ingest.stderr).toBe(0);
		const second = spawnSync(
			NODE,
			[
				join(ROOT, 'scripts/ingest.ts'),
				join(ROOT, 'tests/fixtures/pages/rmrb-yaowen.txt'),
				'--out',
				items,
				'--sources',
				join(scratch, 'sources'),
				'--paper',
				'人民日报',
				'--date',
				'2024-07-15',
				'--page',
				'1',
			],
			{ cwd: ROOT, encoding: 'utf8' },
		);
		expect(second.status, second.stderr).toBe(0);
		const out = join(scratch, 'hostile-dist');
		const result = build(items, out);
		expect(result.status, result.stderr).toBe(0);
		const html = readFileSync(join(out, 'csb/2024-01-02/00-01/index.html'), 'utf8');
		const text = html
			.replace(/<[^>]+>/g, '')
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&quot;/g, '"')
			.replace(/&#39;/g, "'")
			.replace(/&amp;/g, '&');
		for (const line of [
			'报道引用了一段网页代码<script>alert("x")</script>，以及模板写法{1+1}和{props.title}。',
			'import fs from "node:fs"。',
			'export default function Page() {}。',
			'<!-- 注释 --> 与 <Component /> 都应原样显示；a < b 且 c > d。',
			'# 这不是标题，* 也不是列表 *，[链接](https://example.org) 也只是文字。',
		]) {
			expect(text).toContain(line);
		}
		const scripts = rehype()
			.parse(html)
			.children.flatMap(function scripts(node): string[] {
				if (node.type !== 'element') return [];
				// Scripts that run: a JSON-LD data block holds the text as data, escaped.
				const runs = node.tagName === 'script' && node.properties.type !== 'application/ld+json';
				const own = runs ? [node.children.map((c) => (c.type === 'text' ? c.value : '')).join('')] : [];
				return [...own, ...node.children.flatMap(scripts)];
			});
		// The page's only script is the site's own "/" shortcut; the text's <script> stayed text.
		expect(scripts.filter((code) => code.includes('alert'))).toEqual([]);
		const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1];
		expect(description).toBe('报道引用了一段网页代码<script>alert(&quot;x&quot;)</script>，以及模板写法{1+1}和{props.title}。');

		// Sub-headings have permanent links too.
		const yaowen = readFileSync(join(out, 'rmrb/2024-07-15/01-01/index.html'), 'utf8');
		expect(yaowen).toContain('<h3 id="生产线更聪明了">生产线更聪明了<a class="anchor" href="#生产线更聪明了"');
		expect(yaowen).toContain('<h2 id="从制造到智造">从“制造”到“智造”<a class="anchor" href="#从制造到智造"');

		// And readers can search for it, markup characters included.
		const server = await serveStatic(out, '/');
		const browser = await launchChromium();
		try {
			const page = await browser.newPage();
			for (const [query, count] of [
				['<script>alert', 1],
				['{props.title}', 1],
				['<!--', 1],
				['import fs', 1],
				['{2+2}', 0],
			] as const) {
				await page.goto(`${server.url}search/?q=${encodeURIComponent(`"${query}"`)}`);
				await page.waitForFunction(() => /找到|没有/.test(document.querySelector('#search-status')?.textContent ?? ''));
				expect(Number(await page.getAttribute('#search-results', 'data-result-count')), query).toBe(count);
			}
		} finally {
			await browser.close();
			await server.close();
		}
	});
});

describe('an archive of several editions', () => {
	it('links pages (版), editions and years to their neighbours in print order', () => {
		const items = join(scratch, 'editions-items');
		for (const [fixture, date, page] of [
			['rmrb-yaowen', '2024-07-15', '1'],
			['xinhua-wenlv', '2024-07-15', '4'],
			['jjrb-sulan', '2024-07-16', '1'],
			['gmrb-keji', '2025-01-02', '1'],
		]) {
			const ingest = spawnSync(
				NODE,
				[
					join(ROOT, 'scripts/ingest.ts'),
					join(ROOT, `tests/fixtures/pages/${fixture}.txt`),
					'--out',
					items,
					'--sources',
					join(scratch, 'editions-sources'),
					'--paper',
					'人民日报',
					'--date',
					date!,
					'--page',
					page!,
				],
				{ cwd: ROOT, encoding: 'utf8' },
			);
			expect(ingest.status, ingest.stderr).toBe(0);
		}
		const out = join(scratch, 'editions-dist');
		const result = build(items, out);
		expect(result.status, result.stderr).toBe(0);
		const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
		/** The links of one prev/next navigation: [label, title, href] each. */
		const stops = (html: string, label: string) =>
			[
				...(new RegExp(`<nav class="prev-next" aria-label="${label}">(.*?)</nav>`, 's').exec(html)?.[1] ?? '').matchAll(
					/<a rel="(?:prev|next)" href="([^"]+)"><span class="prev-next-label">([^<]+)<\/span><span class="prev-next-title">([^<]+)<\/span>/g,
				),
			].map(([, href, stopLabel, title]) => [stopLabel, title, href]);

		expect(stops(page('rmrb/2024-07-15/01-01'), '上一版和下一版')).toEqual([['下一版', '第4版', '/rmrb/2024-07-15/#p04']]);
		expect(page('rmrb/2024-07-15')).toContain('id="p04"');
		const lastOnPage4 = readdirSync(join(items, 'rmrb/2024-07-15'))
			.filter((f) => f.startsWith('04-'))
			.sort()
			.at(-1)!
			.replace('.mdx', '');
		expect(stops(page(`rmrb/2024-07-15/${lastOnPage4}`), '上一版和下一版')).toEqual([
			['上一版', '第1版', '/rmrb/2024-07-15/#p01'],
			['下一版', '2024年7月16日 第1版', '/rmrb/2024-07-16/#p01'],
		]);
		expect(stops(page('rmrb/2024-07-16'), '上一期和下一期')).toEqual([
			['上一期', '2024年7月15日', '/rmrb/2024-07-15/'],
			['下一期', '2025年1月2日', '/rmrb/2025-01-02/'],
		]);
		expect(page('rmrb')).toMatch(/<a href="\/rmrb\/2025\/">2025年<\/a>.*<a href="\/rmrb\/2024\/">2024年<\/a>/s);
		expect(stops(page('rmrb/2024'), '上一年和下一年')).toEqual([['下一年', '2025年', '/rmrb/2025/']]);
	});
});

describe('a malformed entry', () => {
	it('fails the build with every problem: the file, the field or line, and the fix', () => {
		const items = join(scratch, 'bad-items/kjrb/2024-07-12');
		mkdirSync(items, { recursive: true });
		writeFileSync(
			join(items, '00-01.mdx'),
			['---', 'title: 标题', 'paper: 科技日报', 'date: 7月12日', 'order: 1', 'source:', '  file: a.txt', '  lines: [1, 2]', '---', '', '正文。', ''].join('\n'),
		);
		// A hand edit that would turn text into code: refused with its line, never run.
		writeFileSync(
			join(items, '00-02.mdx'),
			[
				'---',
				'title: 标题',
				'paper: 科技日报',
				'date: 2024-07-12',
				'order: 2',
				'source:',
				'  file: a.txt',
				'  lines: [1, 2]',
				'---',
				'',
				'正文。',
				'',
				'合计{globalThis.process.exit(0)}元。',
				'',
			].join('\n'),
		);
		const result = build(join(scratch, 'bad-items'), join(scratch, 'bad-dist'));
		const output = result.stdout + result.stderr;
		expect(result.status).not.toBe(0);
		// Every problem is reported, each with its file.
		expect(output).toContain('2 篇稿件有问题');
		expect(output).toContain('kjrb/2024-07-12/00-01');
		expect(output).toContain('date');
		expect(output).toContain('date 须为 YYYY-MM-DD 格式的日期，例如 2024-07-12。');
		expect(output).toMatch(/bad-items\/kjrb\/2024-07-12\/00-02\.mdx:13 正文含有 MDX 代码（第 13 行的花括号表达式）/);
		expect(output).toContain('请在前面加反斜杠');
	});
});

describe('names that are no safe path segment', () => {
	it('give facet pages that every static host serves, each linked from its list and showing the name', async () => {
		// A content folder of its own: the bundled page, one item signed with such names by hand.
		const items = join(scratch, 'names/items');
		cpSync(join(ROOT, 'content/items'), items, { recursive: true });
		cpSync(join(ROOT, 'content/pages'), join(scratch, 'names/pages'), { recursive: true });
		const file = join(items, 'kjrb/2024-07-12/00-01.mdx');
		const names = ['..', 'a?b#c', '100%', 'x/y'];
		writeFileSync(file, readFileSync(file, 'utf8').replace('authors:\n', `authors:\n${names.map((name) => `  - name: "${name}"\n`).join('')}`));
		const out = join(scratch, 'names-dist');
		const result = build(items, out);
		expect(result.status, result.stderr).toBe(0);
		for (const serve of [serveStatic, serveWithNginx]) {
			const server = await serve(out, '/');
			try {
				const list = await (await fetch(new URL('browse/people/', server.url))).text();
				for (const name of names) {
					const href = new RegExp(`<a href="(/browse/people/[^"]+/)">${name.replace(/[.?#%/]/g, (c) => `\\${c}`)}</a>`).exec(list)?.[1];
					expect(href, name).toMatch(/^\/browse\/people\/n-[0-9a-z]+\/$/);
					const page = await fetch(new URL(href!, server.url));
					expect(page.status, name).toBe(200);
					expect(await page.text(), name).toContain(`<h1>${name.replace('&', '&amp;')}</h1>`);
				}
			} finally {
				await server.close();
			}
		}
	});
});
