/**
 * The real build (Astro, then the real Pagefind index: scripts/build.ts) into a folder of one's
 * choosing: how the tests and the benches build the site, for a base path and optionally a
 * public URL, another items folder or some years only.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');

export interface SiteBuild {
	outDir: string;
	/** BASE_PATH, such as /archive/; the domain root when absent. */
	basePath?: string;
	/** SITE_URL, such as https://example.org: absolute canonical, feed and sitemap URLs. */
	siteUrl?: string;
	/** ARCHIVE_ITEMS_DIR: an items folder other than content/items. */
	itemsDir?: string;
	/** ARCHIVE_YEARS: build these years only (one machine's part of the archive). */
	years?: string[];
	/** SEARCH_FIRST_ITEMS: the least number of items a first search covers (search/shared/shards.ts). */
	firstSearchItems?: number;
}

/** The settings of a build, given by the caller or not at all. */
const SITE_SETTINGS = new Set(['BASE_PATH', 'SITE_URL', 'ARCHIVE_ITEMS_DIR', 'ARCHIVE_YEARS', 'SEARCH_FIRST_ITEMS']);
/**
 * What Vitest's workers put in the environment for Vite: inherited, BASE_URL=/ would override the
 * build's base path (import.meta.env.BASE_URL), and NODE_ENV=test its mode.
 */
const TEST_RUNNER_VARIABLES = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']);

/** The environment of a build: the caller's, with only the given settings of the site. */
function buildEnv({ basePath, siteUrl, itemsDir, years, firstSearchItems }: SiteBuild): NodeJS.ProcessEnv {
	const env = Object.fromEntries(
		Object.entries(process.env).filter(([name]) => !SITE_SETTINGS.has(name) && !TEST_RUNNER_VARIABLES.has(name) && !name.startsWith('VITEST')),
	);
	return {
		...env,
		...(basePath ? { BASE_PATH: basePath } : {}),
		...(siteUrl ? { SITE_URL: siteUrl } : {}),
		...(itemsDir ? { ARCHIVE_ITEMS_DIR: itemsDir } : {}),
		...(years ? { ARCHIVE_YEARS: years.join(',') } : {}),
		...(firstSearchItems !== undefined ? { SEARCH_FIRST_ITEMS: String(firstSearchItems) } : {}),
		ASTRO_TELEMETRY_DISABLED: '1',
		NO_COLOR: '1',
		FORCE_COLOR: '0',
	};
}

/** Runs the build into `outDir` (emptied first) and returns its status and output. */
export function runBuild(build: SiteBuild) {
	rmSync(build.outDir, { recursive: true, force: true });
	return spawnSync(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'scripts/build.ts'), '--out', build.outDir], {
		cwd: ROOT,
		env: buildEnv(build),
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
}

/** Builds into `outDir` (emptied first); throws with the build's output on failure. */
export function buildSite(build: SiteBuild): void {
	const result = runBuild(build);
	if (result.status !== 0) throw new Error(`构建失败（${build.outDir}）：\n${result.stdout}\n${result.stderr}`);
}
