import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { itemSchema } from './schemas/item.ts';

/** One MDX file per news item: content/items/<paper>/<date>/<page>-<order>.mdx. */
const items = defineCollection({
	loader: glob({ pattern: '**/*.mdx', base: './content/items' }),
	schema: itemSchema,
});

export const collections = { items };
