/**
 * The search manifest (utils/search-manifest.ts) for the indexer, scripts/lib/search-index.ts.
 * Computed from the whole archive, so that builds of different years (on different machines)
 * write the same file.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { searchManifest } from '../../utils/search-manifest.ts';

export const GET: APIRoute = async () => {
	const manifest = searchManifest(await getCollection('items'));
	return new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/json' } });
};
