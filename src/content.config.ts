import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { archiveItems } from './collection/items-loader.ts';
import { itemSchema } from './schemas/item.ts';
import { pageSchema } from './schemas/page.ts';
import { buildSettings } from './settings/build-settings.ts';

/**
 * The archive's content, by default under content/. ARCHIVE_ITEMS_DIR points the build at another
 * items folder (tests, benchmarks); its pages folder is then the sibling `pages`.
 */
const { itemsDir, pagesDir } = buildSettings();

/**
 * One MDX file per news item: items/<paper>/<date>/<page>-<order>.mdx. The path is its permanent
 * URL. The archive's own loader renders each body once, as text that never runs (see
 * collection/items-loader.ts), which keeps a build of tens of thousands of items fast.
 */
const items = defineCollection({
	loader: archiveItems({ base: itemsDir, pages: pagesDir }),
	schema: ({ image }) => itemSchema(image),
});

/** One YAML file per printed page: pages/<paper>/<date>/<page>.yaml (editor credits, columns). */
const pages = defineCollection({
	loader: glob({ pattern: '**/*.yaml', base: pagesDir }),
	schema: ({ image }) => pageSchema(image),
});

export const collections = { items, pages };
