/**
 * /rss.xml, /atom.xml and /feed.json: the latest items. Built only when SITE_URL gives the site's
 * address, because feed readers need absolute links (the build says so when it is missing).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive } from '../archive/collection.ts';
import { paths, withBase } from '../archive/urls.ts';
import { FEED_FILES, latestItemsFeed, type FeedFile } from '../metadata/feeds.ts';
import { buildSettings } from '../settings/build-settings.ts';

export const getStaticPaths = (() =>
	buildSettings().siteUrl ? (Object.keys(FEED_FILES) as FeedFile[]).map((feed) => ({ params: { feed } })) : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
	const file = params.feed as FeedFile;
	const siteUrl = new URL(withBase(import.meta.env.BASE_URL, paths.home()), site);
	const { items } = await loadArchive();
	const { render, authors, type } = FEED_FILES[file];
	const body = render(latestItemsFeed(items, { siteUrl, authors }));
	return new Response(body, { headers: { 'content-type': `${type}; charset=utf-8` } });
};
