/**
 * Builds the real site once, under the sub-path /archive/, with the real Astro build and the
 * real Pagefind index, and serves it on 127.0.0.1 for the tests of this project. The build knows
 * the address it is served at (SITE_URL), as a deployment would, so canonical links, feeds and
 * the sitemap exist and their absolute links can be followed.
 */
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../support/build-site.ts';
import { freePort, serveStatic } from '../support/static-server.ts';

const ROOT = join(import.meta.dirname, '../..');
export const BASE_PATH = '/archive/';
export const OUT_DIR = join(ROOT, '.cache/test-site');

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrl: string;
		outDir: string;
		basePath: string;
	}
}

export default async function setup(project: TestProject) {
	const port = await freePort();
	buildSite({ outDir: OUT_DIR, basePath: BASE_PATH, siteUrl: `http://127.0.0.1:${port}` });
	const server = await serveStatic(OUT_DIR, BASE_PATH, port);
	project.provide('siteUrl', server.url);
	project.provide('outDir', OUT_DIR);
	project.provide('basePath', BASE_PATH);
	return () => server.close();
}
