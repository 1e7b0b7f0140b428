/**
 * npm run bench:weight [-- --reuse]
 *
 * What a reader downloads to read one page of each kind (tests/support/page-types.ts), before any
 * interaction: the HTML, every stylesheet it links (inline styles are part of the HTML), raw and
 * compressed as a host would send them (gzip level 9, Brotli quality 11), and the scripts the HTML
 * declares (files and inline). Builds the site at the domain root of https://example.org, as
 * deployed (canonical and feed links included), into .cache/bench-weight, or reuses that build
 * with --reuse. Prints a Markdown table and checks the targets: an item page's
 * HTML+CSS at most 15 KB gzipped, and no script file on any page but search. Then weighs an item
 * with photos, built on its own: its HTML+CSS and the pictures a phone downloads. KB = 1024 bytes.
 * Exit code 1 when a target is missed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
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

function weigh(type: PageType, dist = DIST): Weight {
	const html = readFileSync(join(dist, type.file));
	const elements = htmlElements(html.toString('utf8'));
	const stylesheets = elements
		.filter((e) => e.tagName === 'link' && /(^|\s)stylesheet(\s|$)/.test(attribute(e, 'rel') ?? ''))
		.map((e) => readFileSync(join(dist, decodeURI(new URL(attribute(e, 'href')!, 'http://host/').pathname))));
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

/** A phone 390 CSS pixels wide at twice the density: the picture candidate it downloads in each format. */
const PHONE_PIXELS = 780;

/** The bytes of each picture on a page as a phone downloads it: per format, the first candidate at least PHONE_PIXELS wide. */
function pictureBytes(dist: string, file: string): Record<string, number> {
	const elements = htmlElements(readFileSync(join(dist, file), 'utf8'));
	const bytes: Record<string, number> = {};
	for (const element of elements.filter((e) => (e.tagName === 'source' || e.tagName === 'img') && e.properties.srcSet !== undefined)) {
		const format = attribute(element, 'type')?.replace('image/', '') ?? 'fallback';
		// hast reads srcset as its list of candidates: "url 360w", …
		const srcset = element.properties.srcSet;
		const candidates = (Array.isArray(srcset) ? srcset.map(String) : String(srcset).split(','))
			.map((candidate) => candidate.trim().split(/\s+/))
			.map(([url, width]) => ({ url: url!, width: Number.parseInt(width ?? '0', 10) }))
			.sort((a, b) => a.width - b.width);
		const chosen = candidates.find((c) => c.width >= PHONE_PIXELS) ?? candidates.at(-1)!;
		bytes[format] = (bytes[format] ?? 0) + readFileSync(join(dist, decodeURI(new URL(chosen.url, 'http://host/').pathname))).length;
	}
	return bytes;
}

/**
 * An item with photos (tests/fixtures/site-additions: a photo placed in the body, a figure's
 * picture from the page's sidecar), built on its own: its HTML+CSS and the pictures a phone loads.
 */
function weighItemWithPhotos(): string {
	const root = join(ROOT, '.cache/bench-weight/additions');
	const items = join(root, 'content/items');
	const dist = join(root, 'dist');
	if (!values.reuse || !existsSync(join(dist, 'index.html'))) {
		console.error('[bench:weight] building an item with photos');
		rmSync(root, { recursive: true, force: true });
		cpSync(join(ROOT, 'tests/fixtures/site-additions/items'), items, { recursive: true });
		const ingested = spawnSync(
			join(ROOT, 'node_modules/.bin/node'),
			[join(ROOT, 'scripts/ingest.ts'), join(ROOT, 'tests/fixtures/site-additions/inbox/08.txt'), '--out', items],
			{
				cwd: ROOT,
				encoding: 'utf8',
			},
		);
		if (ingested.status !== 0) throw new Error(ingested.stderr);
		buildSite({ outDir: dist, itemsDir: items, siteUrl: 'https://example.org' });
	}
	const file = 'mdrb/2024-07-12/01-01/index.html';
	const weight = weigh({ name: '有图片的稿件', path: 'mdrb/2024-07-12/01-01/', file, status: 200 }, dist);
	const pictures = pictureBytes(dist, file);
	return [
		`有图片的稿件（2 张图）：HTML+CSS gzip ${kb(weight.html.gzip + weight.css.gzip)}；手机（390 像素宽，2 倍密度）加载的图片：`,
		...Object.entries(pictures).map(([format, bytes]) => `- ${format}：${kb(bytes)}`),
	].join('\n');
}

const { values } = parseArgs({ options: { reuse: { type: 'boolean', default: false } } });
if (!values.reuse || !existsSync(join(DIST, 'index.html'))) {
	console.error('[bench:weight] building the site');
	buildSite({ outDir: DIST, siteUrl: 'https://example.org' });
}
const weights = PAGE_TYPES.map((type) => weigh(type));
console.log(table(weights));
console.log();
for (const { line, met } of targets(weights)) {
	console.log(`${met ? '✓' : '✗'} ${line}`);
	if (!met) process.exitCode = 1;
}
console.log();
console.log(weighItemWithPhotos());
