/** Every page may be crawled; the search page has nothing of its own to index. */
import type { APIRoute } from 'astro';
import { joinBase } from '../utils/base-path.ts';

export const GET: APIRoute = () =>
	new Response(`User-agent: *\nAllow: /\nDisallow: ${joinBase(import.meta.env.BASE_URL, 'search/')}\n`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
