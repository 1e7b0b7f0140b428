import { describe, expect, it } from 'vitest';
import { FIRST_SEARCH_MIN_ITEMS } from '../../../src/search/shared/shards.ts';
import {
	BuildSettingsError,
	parseBasePath,
	parseBuiltYears,
	parseFirstSearchItems,
	parseSiteUrl,
	readBuildSettings,
} from '../../../src/settings/build-settings.ts';

describe('parseBuiltYears', () => {
	it('reads a comma-separated list of years; nothing means every year', () => {
		expect(parseBuiltYears('2023, 2024')).toEqual(new Set(['2023', '2024']));
		expect(parseBuiltYears(undefined)).toBeUndefined();
		expect(parseBuiltYears(' ')).toBeUndefined();
	});

	it('names what is wrong and how to write it', () => {
		expect(() => parseBuiltYears('2023,24,2024-2025')).toThrow(/“24”“2024-2025”不是四位年份.*ARCHIVE_YEARS=2023,2024/);
	});

	it('takes a comma too many for nothing', () => {
		expect(parseBuiltYears('2023,')).toEqual(new Set(['2023']));
	});
});

describe('parseFirstSearchItems', () => {
	it('reads a whole number; nothing means the default', () => {
		expect(parseFirstSearchItems('100')).toBe(100);
		expect(parseFirstSearchItems(undefined)).toBe(FIRST_SEARCH_MIN_ITEMS);
		expect(parseFirstSearchItems('')).toBe(FIRST_SEARCH_MIN_ITEMS);
	});

	it('names what is wrong and how to write it', () => {
		expect(() => parseFirstSearchItems('2,500')).toThrow(/SEARCH_FIRST_ITEMS 的值“2,500”不是整数.*SEARCH_FIRST_ITEMS=2500/);
	});
});

describe('parseBasePath', () => {
	it('gives a path with a slash at each end, or / for a domain root', () => {
		expect(parseBasePath('archive')).toBe('/archive/');
		expect(parseBasePath('/news/archive//')).toBe('/news/archive/');
		expect(parseBasePath(undefined)).toBe('/');
		expect(parseBasePath(' / ')).toBe('/');
	});

	it('refuses characters that do not belong in a URL path, naming the fix', () => {
		expect(() => parseBasePath('/档案')).toThrow(/BASE_PATH=\/档案 不是有效的网址路径.*BASE_PATH=\/archive/);
	});
});

describe('parseSiteUrl', () => {
	it('takes an absolute http(s) address, or nothing', () => {
		expect(parseSiteUrl('https://example.org/archive/')).toBe('https://example.org/archive/');
		expect(parseSiteUrl('')).toBeUndefined();
		expect(parseSiteUrl(' https://example.org ')).toBe('https://example.org');
	});

	it('refuses an address that is not absolute, naming the fix', () => {
		expect(() => parseSiteUrl('example.org')).toThrow(/SITE_URL=example.org 不是完整的网址.*SITE_URL=https:\/\/example.org/);
		expect(() => parseSiteUrl('ftp://example.org')).toThrow(BuildSettingsError);
	});
});

describe('readBuildSettings', () => {
	it('gives the bundled archive and every default when nothing is set', () => {
		expect(readBuildSettings({})).toEqual({
			siteUrl: undefined,
			basePath: '/',
			years: undefined,
			searchFirstItems: FIRST_SEARCH_MIN_ITEMS,
			itemsDir: './content/items',
			pagesDir: './content/pages',
			astroCacheDir: undefined,
			searchCacheDir: '.cache/search-index',
		});
	});

	it('keeps the pages and both caches of another items folder beside it', () => {
		const settings = readBuildSettings({ ARCHIVE_ITEMS_DIR: '/tmp/a/items' });
		expect([settings.itemsDir, settings.pagesDir, settings.astroCacheDir, settings.searchCacheDir]).toEqual([
			'/tmp/a/items',
			'/tmp/a/items/../pages',
			'/tmp/a/items/../.astro-cache',
			'/tmp/a/items/../.search-cache',
		]);
	});

	it('reports every wrong setting at once', () => {
		expect(() => readBuildSettings({ BASE_PATH: '/档案', ARCHIVE_YEARS: '24', SEARCH_FIRST_ITEMS: 'many' })).toThrow(
			/BASE_PATH[\s\S]*ARCHIVE_YEARS[\s\S]*SEARCH_FIRST_ITEMS/,
		);
	});
});
