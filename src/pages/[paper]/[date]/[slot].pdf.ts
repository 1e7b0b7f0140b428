/**
 * A printed page's PDF, archived beside its text by the ingester (scripts/ingest/page-pictures.ts),
 * published at kjrb/2024-07-12/08.pdf for the edition page to link.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { isBuiltYear } from '../../../settings/build-settings.ts';

export async function getStaticPaths() {
	const pages = await getCollection('pages');
	return pages
		.filter((page) => page.data.scan?.pdf && isBuiltYear(page.data.date))
		.map((page) => {
			const [paper, date, slot] = page.id.split('/');
			return { params: { paper, date, slot }, props: { pdf: page.data.scan!.pdf! } };
		});
}

export const GET: APIRoute = ({ props }) => new Response(readFileSync(resolve(props.pdf as string)), { headers: { 'Content-Type': 'application/pdf' } });
