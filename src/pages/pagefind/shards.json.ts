/**
 * The search manifest (utils/search-manifest.ts) for the indexer, scripts/lib/search-index.ts.
 * Computed from the whole archive, so that builds of different years (on different machines)
 * write the same file.
 */
import type { APIRoute } from 'astro';
import { loadSearchManifest } from '../../utils/collection.ts';

export const GET: APIRoute = async () => {
	const manifest = await loadSearchManifest();
	return new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/json' } });
};
