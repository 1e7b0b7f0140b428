/**
 * npm run bench:weight [-- --reuse]
 *
 * What a reader downloads to read one page of each kind (tests/support/page-types.ts), before any
 * interaction: the HTML, every stylesheet it links (inline styles are part of the HTML), raw and
 * compressed as a host would send them (gzip level 9, Brotli quality 11), and the scripts the HTML
 * declares (files and inline). Builds the site at the domain root of https://example.org, as
 * deployed (canonical and feed links included), into .cache/bench-weight, or reuses that build
 * with --reuse. Prints a Markdown table and checks the targets: an item page's
 * HTML+CSS at most 15 KB gzipped, and no script file on any page but search. KB = 1024 bytes.
 * Exit code 1 when a target is missed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { buildSite } from '../../tests/support/build-site.ts';
import { attribute, htmlElements, runningScripts } from '../../tests/support/html.ts';
import { isSearchPage, PAGE_TYPES, type PageType } from '../../tests/support/page-types.ts';

const ROOT = join(import.meta.dirname, '../..');
const DIST = join(ROOT, '.cache/bench-weight/dist');
const ITEM_PAGE_BUDGET = 15 * 1024;

interface Size {
	raw: number;
	gzip: number;
	brotli: number;
}

interface Weight {
	type: PageType;
	html: Size;
	css: Size;
	scriptFiles: number;
	inlineScripts: number;
}

function sizeOf(...files: Buffer[]): Size {
	const sum = (measure: (file: Buffer) => number) => files.reduce((total, file) => total + measure(file), 0);
	return {
		raw: sum((file) => file.length),
		gzip: sum((file) => gzipSync(file, { level: 9 }).length),
		brotli: sum((file) => brotliCompressSync(file, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length),
	};
}

function weigh(type: PageType): Weight {
	const html = readFileSync(join(DIST, type.file));
	const elements = htmlElements(html.toString('utf8'));
	const stylesheets = elements
		.filter((e) => e.tagName === 'link' && /(^|\s)stylesheet(\s|$)/.test(attribute(e, 'rel') ?? ''))
		.map((e) => readFileSync(join(DIST, decodeURI(new URL(attribute(e, 'href')!, 'http://host/').pathname))));
	const scripts = runningScripts(elements);
	const preloads = elements.filter((e) => e.tagName === 'link' && attribute(e, 'rel') === 'modulepreload').length;
	const scriptFiles = elements.filter((e) => e.tagName === 'script' && attribute(e, 'src')).length + preloads;
	return { type, html: sizeOf(html), css: sizeOf(...stylesheets), scriptFiles, inlineScripts: scripts.length - (scriptFiles - preloads) };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function table(weights: Weight[]): string {
	return [
		'| 页面 | HTML | HTML gzip | HTML br | CSS | CSS gzip | CSS br | HTML+CSS gzip | HTML+CSS br | 脚本文件 | 内联脚本 |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
		...weights
			.map(({ type, html, css, scriptFiles, inlineScripts }) =>
				[
					type.name,
					kb(html.raw),
					kb(html.gzip),
					kb(html.brotli),
					kb(css.raw),
					kb(css.gzip),
					kb(css.brotli),
					kb(html.gzip + css.gzip),
					kb(html.brotli + css.brotli),
					scriptFiles,
					inlineScripts,
				].join(' | '),
			)
			.map((row) => `| ${row} |`),
	].join('\n');
}

/** The targets, each as a line with ✓ or ✗. */
function targets(weights: Weight[]): { line: string; met: boolean }[] {
	const item = weights.find((w) => w.type.name === '稿件')!;
	const itemTotal = item.html.gzip + item.css.gzip;
	const withScripts = weights.filter((w) => !isSearchPage(w.type) && w.scriptFiles > 0);
	return [
		{ met: itemTotal <= ITEM_PAGE_BUDGET, line: `稿件页 HTML+CSS gzip ${kb(itemTotal)}，目标 ≤ ${kb(ITEM_PAGE_BUDGET)}` },
		{ met: withScripts.length === 0, line: `搜索页以外加载脚本文件的页面：${withScripts.map((w) => w.type.name).join('、') || '无'}` },
	];
}

const { values } = parseArgs({ options: { reuse: { type: 'boolean', default: false } } });
if (!values.reuse || !existsSync(join(DIST, 'index.html'))) {
	console.error('[bench:weight] building the site');
	buildSite({ outDir: DIST, siteUrl: 'https://example.org' });
}
const weights = PAGE_TYPES.map(weigh);
console.log(table(weights));
console.log();
for (const { line, met } of targets(weights)) {
	console.log(`${met ? '✓' : '✗'} ${line}`);
	if (!met) process.exitCode = 1;
}
