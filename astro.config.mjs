// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { siteUrlNotice } from './src/integrations/site-url-notice.ts';
import { buildSettings } from './src/settings/build-settings.ts';

const settings = buildSettings();

export default defineConfig({
	// BASE_PATH=/archive npm run build builds the same site for https://host/archive/.
	base: settings.basePath,
	// SITE_URL=https://example.org: the site's address, for canonical links, feeds and the sitemap,
	// which are left out without it.
	site: settings.siteUrl,
	// A build of another items folder (tests, benchmarks) keeps its content cache beside that folder,
	// so that the bundled archive's cache and each other archive's stay apart.
	cacheDir: settings.astroCacheDir,
	trailingSlash: 'ignore',
	build: { format: 'directory' },
	// Keep newspaper text exactly as printed: no smart quotes or dashes, no GFM tables,
	// strikethrough or autolinks made out of ordinary characters.
	markdown: { processor: satteri({ features: { gfm: false, smartPunctuation: false } }) },
	integrations: [
		mdx(),
		// The search page has nothing of its own to index (robots.txt disallows it too).
		sitemap({ filter: (page) => !/\/search\/?$/.test(new URL(page).pathname) }),
		siteUrlNotice(),
	],
	devToolbar: { enabled: false },
});
