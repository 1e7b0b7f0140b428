import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { itemSchema } from './schemas/item.ts';

/**
 * One MDX file per news item: content/items/<paper>/<date>/<page>-<order>.mdx. The path is the
 * item's permanent URL. ARCHIVE_ITEMS_DIR points the build at another folder (tests, benchmarks).
 */
const items = defineCollection({
	loader: glob({ pattern: '**/*.mdx', base: process.env.ARCHIVE_ITEMS_DIR || './content/items' }),
	schema: itemSchema,
});

export const collections = { items };
