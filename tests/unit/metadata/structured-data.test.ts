import { describe, expect, it } from 'vitest';
import type { ArchiveItem } from '../../../src/archive/item.ts';
import { jsonForScript, newsArticle, openGraph } from '../../../src/metadata/structured-data.ts';

const item: ArchiveItem = {
	id: 'kjrb/2024-07-12/08-05',
	data: {
		title: '北京南中轴国际文化科技园</script><script>alert(1)</script>',
		paper: '科技日报',
		date: '2024-07-12',
		page: 8,
		pageName: '园区',
		order: 5,
		authors: [{ name: '华凌', role: '本报记者' }],
		places: ['北京'],
		figures: [],
		inferred: [],
		source: { file: 'x.txt', lines: [1, 2] },
	},
};

describe('structured data', () => {
	it('describes an item as a schema.org NewsArticle', () => {
		expect(newsArticle(item, 'https://example.org/kjrb/2024-07-12/08-05/')).toMatchObject({
			'@type': 'NewsArticle',
			datePublished: '2024-07-12',
			author: [{ '@type': 'Person', name: '华凌', jobTitle: '本报记者' }],
			publisher: { '@type': 'Organization', name: '科技日报' },
			printPage: '8',
			printSection: '园区',
			contentLocation: [{ '@type': 'Place', name: '北京' }],
		});
	});
	it('gives a corrected item its dateModified and each correction as a CorrectionComment', () => {
		const corrections = [
			{ date: '2024-07-20', html: '<p>二</p>', text: '二' },
			{ date: '2024-07-15', html: '<p>一</p>', text: '一' },
		];
		expect(newsArticle(item, '/x/', undefined, corrections)).toMatchObject({
			datePublished: '2024-07-12',
			dateModified: '2024-07-20',
			correction: [
				{ '@type': 'CorrectionComment', text: '二', datePublished: '2024-07-20' },
				{ '@type': 'CorrectionComment', text: '一', datePublished: '2024-07-15' },
			],
		});
		expect(newsArticle(item, '/x/')).not.toHaveProperty('dateModified');
	});
	it('can never close its script element, whatever the title says', () => {
		const json = jsonForScript(newsArticle(item, '/x/'));
		expect(json).not.toContain('<');
		expect(JSON.parse(json).headline).toBe(item.data.title);
	});
	it('gives OpenGraph article tags, the URL only when it is absolute', () => {
		expect(openGraph(item, undefined)).toContainEqual(['article:section', '园区']);
		expect(openGraph(item, undefined).some(([property]) => property === 'og:url')).toBe(false);
		expect(openGraph(item, 'https://example.org/x/')).toContainEqual(['og:url', 'https://example.org/x/']);
	});
});
