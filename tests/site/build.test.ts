/**
 * The real Astro build with the real Pagefind index, built under /archive/: every item at its
 * permanent URL, every internal link and fragment resolving, no script outside search.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlElements, runningScripts } from '../support/html.ts';
import type { SearchManifest } from '../../src/search/shared/shards.ts';
import { contentItemIds, filesUnder } from '../support/site-files.ts';

const outDir = inject('outDir');
const basePath = inject('basePath');
/** The build's SITE_URL plus base path: absolute URLs in citations, JSON-LD and robots.txt start with it. */
const siteUrl = inject('siteUrl');

interface Page {
	path: string;
	url: string;
	ids: Set<string>;
	links: string[];
	/** Each script element: its src, or its inline code. */
	scripts: string[];
	lang?: string;
}

function readPage(file: string): Page {
	const all = htmlElements(readFileSync(file, 'utf8'));
	const url = `${basePath}${relative(outDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
	return {
		path: file,
		url,
		ids: new Set(all.map((e) => e.properties.id).filter((id): id is string => typeof id === 'string')),
		links: all.flatMap((e) => [e.properties.href, e.properties.src, e.properties.action]).filter((v): v is string => typeof v === 'string'),
		scripts: runningScripts(all),
		lang: all.find((e) => e.tagName === 'html')?.properties.lang as string | undefined,
	};
}

const pages = filesUnder(outDir, '.html').map(readPage);
const pageByUrl = new Map(pages.map((p) => [p.url, p]));

/** Resolves a site path the way a static host does: a file, or a folder's index.html. */
function resolveTarget(pathname: string): string | undefined {
	const inside = decodeURIComponent(pathname).slice(basePath.length);
	const candidates = [join(outDir, inside), join(outDir, inside, 'index.html')];
	return candidates.find((c) => existsSync(c) && !c.endsWith(sep) && filesUnder(outDir, '').includes(c));
}

describe('the built site', () => {
	it('has a page for every item at its permanent URL', () => {
		const ids = contentItemIds();
		expect(ids).toHaveLength(5);
		for (const id of ids) expect(existsSync(join(outDir, id, 'index.html')), id).toBe(true);
	});

	it('ends every page with </html>: nothing, a script included, after the document', () => {
		for (const file of filesUnder(outDir, '.html')) {
			expect(readFileSync(file, 'utf8').trimEnd().endsWith('</html>'), relative(outDir, file)).toBe(true);
		}
	});

	it('declares Simplified Chinese on every page', () => {
		for (const page of pages) expect(page.lang, page.url).toBe('zh-CN');
	});

	it('resolves every internal link and fragment under the sub-path', () => {
		const broken: string[] = [];
		for (const page of pages) {
			for (const link of page.links) {
				if (/^[a-z]+:/i.test(link)) continue;
				const target = new URL(link, `http://host${page.url}`);
				if (!target.pathname.startsWith(basePath)) {
					broken.push(`${page.url}: ${link} 不在 ${basePath} 之下`);
					continue;
				}
				if (!resolveTarget(target.pathname)) {
					broken.push(`${page.url}: ${link} 指向不存在的文件`);
					continue;
				}
				const fragment = decodeURIComponent(target.hash.slice(1));
				const targetPage = pageByUrl.get(target.pathname.endsWith('/') ? decodeURIComponent(target.pathname) : '');
				if (fragment && targetPage && !targetPage.ids.has(fragment)) broken.push(`${page.url}: ${link} 的锚点不存在`);
			}
		}
		expect(broken).toEqual([]);
	});

	it('gives every section heading a permanent anchor link', () => {
		const html = readFileSync(join(outDir, 'kjrb/2024-07-12/00-01/index.html'), 'utf8');
		for (const heading of ['促进企业合作', '提供优质服务', '改善创新生态']) {
			expect(html).toContain(`<h2 id="${heading}">${heading}<a class="anchor" href="#${heading}"`);
		}
	});

	it('loads search code on the search page only; elsewhere only the small inline script', () => {
		const searchPage = `${basePath}search/`;
		for (const page of pages) {
			// The layout's own inline scripts: the theme set before the first paint, and the "/"
			// shortcut, theme button and copy-link handler.
			const layout = page.scripts.filter((script) => script.includes("localStorage.getItem('theme')") || script.includes("e.key !== '/'"));
			const others = page.scripts.filter((script) => !layout.includes(script));
			expect(layout, page.url).toHaveLength(2);
			expect(Buffer.byteLength(layout.join('')), page.url).toBeLessThan(1500);
			if (page.url === searchPage) expect(others.length).toBeGreaterThan(0);
			else expect(others, page.url).toEqual([]);
		}
	});

	it('lets readers browse by year and calendar, column, place and person', () => {
		const paper = readFileSync(join(outDir, 'kjrb/index.html'), 'utf8');
		expect(paper).toContain(`<a href="${basePath}kjrb/2024/">2024年</a>`);
		const year = readFileSync(join(outDir, 'kjrb/2024/index.html'), 'utf8');
		for (const calendars of [paper, year]) {
			expect(calendars).toContain(`<caption>2024年7月</caption>`);
			expect(calendars).toContain(`<a href="${basePath}kjrb/2024-07-12/" aria-label="2024年7月12日">12</a>`);
		}
		const titles = (path: string) =>
			[...readFileSync(join(outDir, path, 'index.html'), 'utf8').matchAll(/<li><a href="[^"]+\/(\d\d-\d\d)\/">/g)].map((m) => m[1]);
		expect(titles('browse/columns/园镜头')).toEqual(['00-02', '00-03', '00-04']);
		expect(titles('browse/places/北京')).toEqual(['00-05']);
		expect(titles('browse/people/华凌')).toEqual(['00-05']);
	});

	it('describes items to machines: JSON-LD NewsArticle, OpenGraph, robots.txt', () => {
		const html = readFileSync(join(outDir, 'kjrb/2024-07-12/00-05/index.html'), 'utf8');
		const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
		expect(JSON.parse(json!)).toMatchObject({
			'@type': 'NewsArticle',
			headline: '北京南中轴国际文化科技园: 打造科技文化融合发展新地标',
			url: `${siteUrl}kjrb/2024-07-12/00-05/`,
		});
		expect(html).toContain('<meta property="og:type" content="article">');
		expect(html).toContain('<meta property="article:author" content="华凌">');
		expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toBe(
			`User-agent: *\nAllow: /\nDisallow: ${basePath}search/\nSitemap: ${siteUrl}sitemap-index.xml\n`,
		);
	});

	it('tells readers where an item sits and how to cite it', () => {
		const html = readFileSync(join(outDir, 'kjrb/2024-07-12/00-05/index.html'), 'utf8');
		expect(html).toMatch(/<nav class="breadcrumbs" aria-label="位置">.*科技日报.*2024年7月12日.*版次未详/s);
		expect(html).toContain(`华凌, 赵智和. 北京南中轴国际文化科技园: 打造科技文化融合发展新地标[N/OL]. 科技日报, 2024-07-12. ${siteUrl}kjrb/2024-07-12/00-05/.`);
	});

	it('gives Pagefind the filters and the sort key of every item', () => {
		const html = readFileSync(join(outDir, 'kjrb/2024-07-12/00-05/index.html'), 'utf8');
		for (const filter of [
			'paper">科技日报',
			'year">2024',
			'month">2024-07',
			'page">版次未详',
			'place">北京',
			'place">南中轴国际文化科技园',
			'author">华凌',
			'author">赵智和',
		]) {
			expect(html).toContain(`data-pagefind-filter="${filter}<`);
		}
		expect(html).toContain('data-pagefind-sort="date">2024-07-12<');
	});

	it('indexes every item, and only items, with Pagefind, in the shards its manifest names', () => {
		const manifest = JSON.parse(readFileSync(join(outDir, 'pagefind/shards.json'), 'utf8')) as SearchManifest;
		expect(manifest.shards.map((shard) => shard.id)).toEqual(['2024']);
		const entry = JSON.parse(readFileSync(join(outDir, 'pagefind/2024/pagefind-entry.json'), 'utf8'));
		const languages = Object.entries(entry.languages) as [string, { page_count: number }][];
		expect(languages.map(([lang]) => lang)).toEqual(['und']);
		expect(languages[0]![1].page_count).toBe(contentItemIds().length);
		expect(manifest.shards[0]!.items).toBe(contentItemIds().length);
	});
});
