/**
 * The search manifest (search/shared/manifest.ts) for the indexer, scripts/search-index/indexer.ts.
 * Computed from the whole archive, so that builds of different years (on different machines)
 * write the same file.
 */
import type { APIRoute } from 'astro';
import { loadSearchManifest } from '../../archive/collection.ts';

export const GET: APIRoute = async () => {
	const manifest = await loadSearchManifest();
	return new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/json' } });
};
