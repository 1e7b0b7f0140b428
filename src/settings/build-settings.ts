/**
 * The build's settings, read from the environment in one place and checked once. Every part of
 * the build asks this module rather than reading process.env (astro.config.mjs, the content
 * collections and the pages through `buildSettings()`, scripts/build.ts through
 * `readBuildSettings()` so that it can report a wrong setting as a usage error), so that a setting
 * means the same everywhere and a wrong one is reported, with its fix, before anything is built.
 */
import { FIRST_SEARCH_MIN_ITEMS } from '../search/shared/shards.ts';

export interface BuildSettings {
	/** SITE_URL: the site's public address, for canonical links, feeds and the sitemap, which are left out without it. Default: none. */
	siteUrl: string | undefined;
	/** BASE_PATH: the sub-path the site is served under, always ending with a slash. Default: '/'. */
	basePath: string;
	/** ARCHIVE_YEARS: the years this build makes, for an archive built on several machines (README). Default: every year. */
	years: ReadonlySet<string> | undefined;
	/** SEARCH_FIRST_ITEMS: the least number of items a first search covers (src/search/shared/shards.ts). Default: the newest shard alone. */
	searchFirstItems: number;
	/** ARCHIVE_ITEMS_DIR: the items folder; its printed pages are in the sibling pages/. Default: content/items. */
	itemsDir: string;
	/** The printed pages' records: pages/ beside the items folder. */
	pagesDir: string;
	/** Astro's content cache: beside another items folder, so that each archive keeps its own. Default: Astro's. */
	astroCacheDir: string | undefined;
	/** Each search shard's last index, reused while its pages are unchanged (scripts/search-index/). Default: .cache/search-index. */
	searchCacheDir: string;
}

/** A setting with a value the build cannot use; the message says which and how to fix it. */
export class BuildSettingsError extends Error {
	override name = 'BuildSettingsError';
}

/** BASE_PATH=/archive builds a site for https://host/archive/; unset or "/", for a domain root. */
export function parseBasePath(value: string | undefined): string {
	const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
	if (trimmed && !/^[A-Za-z0-9._~\-/]+$/.test(trimmed)) {
		throw new BuildSettingsError(`BASE_PATH=${value} 不是有效的网址路径：只能使用字母、数字和 . _ ~ - /，例如 BASE_PATH=/archive。`);
	}
	return trimmed ? `/${trimmed}/` : '/';
}

/** ARCHIVE_YEARS=2023,2024: those years' items, editions, year pages and search shards, with every page that spans the archive. */
export function parseBuiltYears(value: string | undefined): Set<string> | undefined {
	if (value === undefined || value.trim() === '') return undefined;
	// A comma too many (ARCHIVE_YEARS=2023,) leaves an empty entry, which is no year and no mistake.
	const years = value
		.split(',')
		.map((year) => year.trim())
		.filter(Boolean);
	const wrong = years.filter((year) => !/^\d{4}$/.test(year));
	if (wrong.length > 0) {
		throw new BuildSettingsError(
			`ARCHIVE_YEARS 里的“${wrong.join('”“')}”不是四位年份。请写成用逗号分开的年份，例如 ARCHIVE_YEARS=2023,2024；要构建全部年份，不设 ARCHIVE_YEARS。`,
		);
	}
	return new Set(years);
}

/** SEARCH_FIRST_ITEMS=2500: a first search reads the newest shards until they hold that many items. */
export function parseFirstSearchItems(value: string | undefined): number {
	if (value === undefined || value.trim() === '') return FIRST_SEARCH_MIN_ITEMS;
	if (!/^\d+$/.test(value.trim())) {
		throw new BuildSettingsError(
			`SEARCH_FIRST_ITEMS 的值“${value}”不是整数。它是首次搜索至少覆盖的稿件数，例如 SEARCH_FIRST_ITEMS=2500；不设则先只搜索最新的一个检索分片。`,
		);
	}
	return Number(value.trim());
}

/** SITE_URL=https://example.org: an absolute http(s) address. */
export function parseSiteUrl(raw: string | undefined): string | undefined {
	const value = raw?.trim();
	if (!value) return undefined;
	if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
		throw new BuildSettingsError(`SITE_URL=${value} 不是完整的网址。请写成以 http:// 或 https:// 开头的站点地址，例如 SITE_URL=https://example.org。`);
	}
	return value;
}

/** Every setting from `env`; throws one BuildSettingsError naming every wrong setting and its fix. */
export function readBuildSettings(env: Record<string, string | undefined> = process.env): BuildSettings {
	const problems: string[] = [];
	const read = <T>(parse: () => T, fallback: T): T => {
		try {
			return parse();
		} catch (error) {
			if (!(error instanceof BuildSettingsError)) throw error;
			problems.push(error.message);
			return fallback;
		}
	};
	const otherItems = env.ARCHIVE_ITEMS_DIR || undefined;
	const settings: BuildSettings = {
		siteUrl: read(() => parseSiteUrl(env.SITE_URL), undefined),
		basePath: read(() => parseBasePath(env.BASE_PATH), '/'),
		years: read(() => parseBuiltYears(env.ARCHIVE_YEARS), undefined),
		searchFirstItems: read(() => parseFirstSearchItems(env.SEARCH_FIRST_ITEMS), FIRST_SEARCH_MIN_ITEMS),
		itemsDir: otherItems ?? './content/items',
		pagesDir: otherItems ? `${otherItems}/../pages` : './content/pages',
		astroCacheDir: otherItems ? `${otherItems}/../.astro-cache` : undefined,
		searchCacheDir: otherItems ? `${otherItems}/../.search-cache` : '.cache/search-index',
	};
	if (problems.length > 0) throw new BuildSettingsError(problems.join('\n'));
	return settings;
}

let current: BuildSettings | undefined;

/** This process's settings, read from its environment once. */
export function buildSettings(): BuildSettings {
	return (current ??= readBuildSettings());
}

/** Whether this build makes the pages of items printed on `date` (YYYY-MM-DD or YYYY). */
export function isBuiltYear(date: string): boolean {
	const { years } = buildSettings();
	return years === undefined || years.has(date.slice(0, 4));
}
