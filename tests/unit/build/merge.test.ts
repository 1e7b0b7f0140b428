import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mergeSitemaps } from '../../../scripts/build/merge.ts';

const scratch = mkdtempSync(join(tmpdir(), 'merge-sitemaps-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const SITE = 'https://example.org/archive/';
const URLSET = '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';

/** A part as @astrojs/sitemap writes it: an index naming sitemap-0.xml, which lists `paths`. */
function part(name: string, paths: string[]): string {
	const dir = join(scratch, name);
	mkdirSync(dir, { recursive: true });
	writeFileSync(
		join(dir, 'sitemap-index.xml'),
		`<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${SITE}sitemap-0.xml</loc></sitemap></sitemapindex>`,
	);
	writeFileSync(join(dir, 'sitemap-0.xml'), `${URLSET}${paths.map((path) => `<url><loc>${SITE}${path}</loc></url>`).join('')}</urlset>`);
	return dir;
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!.slice(SITE.length));

describe('mergeSitemaps', () => {
	it('lists every part’s pages once, in URL order', () => {
		const files = mergeSitemaps([part('a', ['', 'kjrb/2024/', 'search/']), part('b', ['', 'kjrb/2025/'])])!;
		expect([...files.keys()].sort()).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
		expect(locs(files.get('sitemap-0.xml')!)).toEqual(['', 'kjrb/2024/', 'kjrb/2025/', 'search/']);
		expect(files.get('sitemap-0.xml')!.startsWith(URLSET)).toBe(true);
		expect(locs(files.get('sitemap-index.xml')!)).toEqual(['sitemap-0.xml']);
	});

	it('starts a new file every 45,000 pages, and names each in the index', () => {
		const many = Array.from({ length: 45_001 }, (_, i) => `item/${String(i).padStart(5, '0')}/`);
		const files = mergeSitemaps([part('c', many.slice(0, 30_000)), part('d', many.slice(30_000))])!;
		expect(locs(files.get('sitemap-index.xml')!)).toEqual(['sitemap-0.xml', 'sitemap-1.xml']);
		expect(locs(files.get('sitemap-0.xml')!)).toHaveLength(45_000);
		expect(locs(files.get('sitemap-1.xml')!)).toEqual(['item/45000/']);
	});

	it('leaves the sitemap out when no part has one (a build without SITE_URL)', () => {
		mkdirSync(join(scratch, 'bare'), { recursive: true });
		expect(mergeSitemaps([join(scratch, 'bare')])).toBeUndefined();
	});
});
