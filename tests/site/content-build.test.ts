/**
 * Builds of content other than the bundled archive, through the real Astro build: text that looks
 * like code stays text, and a malformed entry stops the build naming the file, the field and the fix.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rehype } from 'rehype';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const NODE = join(ROOT, 'node_modules/.bin/node');
const scratch = mkdtempSync(join(tmpdir(), 'content-build-'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function build(itemsDir: string, outDir: string) {
	return spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
		cwd: ROOT,
		env: { ...process.env, ARCHIVE_ITEMS_DIR: itemsDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
		encoding: 'utf8',
	});
}

describe('text that looks like code', () => {
	it('is written, built and shown as the same literal text, and found by search', async () => {
		const items = join(scratch, 'hostile-items');
		const ingest = spawnSync(
			NODE,
			[join(ROOT, 'scripts/ingest.ts'), join(ROOT, 'tests/fixtures/pages/hostile-markup.txt'), '--out', items, '--sources', join(scratch, 'sources'), '--paper', '测试报', '--date', '2024-01-02'],
			{ cwd: ROOT, encoding: 'utf8' },
		);
		expect(ingest.status, ingest.stderr).toBe(0);
		const second = spawnSync(
			NODE,
			[join(ROOT, 'scripts/ingest.ts'), join(ROOT, 'tests/fixtures/pages/rmrb-yaowen.txt'), '--out', items, '--sources', join(scratch, 'sources'), '--paper', '人民日报', '--date', '2024-07-15', '--page', '1'],
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
			for (const [query, count] of [['<script>alert', 1], ['{props.title}', 1], ['<!--', 1], ['import fs', 1], ['{2+2}', 0]] as const) {
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

describe('a malformed entry', () => {
	it('fails the build with the file, the field and the fix', () => {
		const items = join(scratch, 'bad-items/kjrb/2024-07-12');
		mkdirSync(items, { recursive: true });
		writeFileSync(
			join(items, '00-01.mdx'),
			['---', 'title: 标题', 'paper: 科技日报', 'date: 7月12日', 'order: 1', 'source:', '  file: a.txt', '  lines: [1, 2]', '---', '', '正文。', ''].join('\n'),
		);
		const result = build(join(scratch, 'bad-items'), join(scratch, 'bad-dist'));
		const output = result.stdout + result.stderr;
		expect(result.status).not.toBe(0);
		expect(output).toContain('kjrb/2024-07-12/00-01');
		expect(output).toContain('date');
		expect(output).toContain('date 须为 YYYY-MM-DD 格式的日期，例如 2024-07-12。');
	});
});
