/**
 * Every page may be crawled; the search page has nothing of its own to index. Names the sitemap
 * when the build knows the site's address.
 */
import type { APIRoute } from 'astro';
import { paths, withBase } from '../archive/urls.ts';

export const GET: APIRoute = ({ site }) => {
	const base = import.meta.env.BASE_URL;
	const lines = ['User-agent: *', 'Allow: /', `Disallow: ${withBase(base, paths.search())}`];
	if (site) lines.push(`Sitemap: ${new URL(withBase(base, paths.sitemap()), site).href}`);
	return new Response(`${lines.join('\n')}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
