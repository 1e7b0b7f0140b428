/**
 * The real Astro build, with the real Pagefind index, into a folder of one's choosing: how the
 * tests and the benches build the site, for a base path and optionally a public URL.
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
}

/** Builds the bundled content into `outDir` (emptied first); throws with Astro's output on failure. */
export function buildSite({ outDir, basePath, siteUrl }: SiteBuild): void {
	rmSync(outDir, { recursive: true, force: true });
	const { BASE_PATH: _base, SITE_URL: _site, ...env } = process.env;
	const build = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
		cwd: ROOT,
		env: { ...env, ...(basePath ? { BASE_PATH: basePath } : {}), ...(siteUrl ? { SITE_URL: siteUrl } : {}), ASTRO_TELEMETRY_DISABLED: '1' },
		encoding: 'utf8',
	});
	if (build.status !== 0) throw new Error(`astro build 失败（${outDir}）：\n${build.stdout}\n${build.stderr}`);
}
