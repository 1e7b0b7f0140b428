import { describe, expect, it } from 'vitest';
import { searchManifest } from '../../../src/search/shared/manifest.ts';

const item = (date: string, title: string, html = '') => ({ data: { date, title }, rendered: { html } });

describe('searchManifest', () => {
	it('holds the symbols of the frontmatter and of the text, character references read, quotes and the block mark left out', () => {
		const { symbols } = searchManifest([item('2024-07-12', '“新”质', '<p>GLP-1&#65292;50&amp;% "x" ¶</p>'), { data: { date: '2024-07-13' } }]);
		// The markup's and JSON's own punctuation come too: a superset of the symbols does no harm.
		expect([...symbols]).toEqual([...symbols].sort());
		expect(symbols).toContain('“');
		expect(symbols).toContain('，');
		expect(symbols).toContain('&');
		expect(symbols).toContain('-');
		expect(symbols).not.toContain('"');
		expect(symbols).not.toContain('¶');
		// Character references stand for their characters: their own & # ; are not the text's.
		expect(symbols).not.toContain(';');
		expect(symbols).not.toContain('#');
	});

	it('plans the shards from the items’ dates, newest first, and how many of them the first search reads', () => {
		const items = [item('2023-05-01', 'a'), item('2024-01-02', 'b'), item('2024-03-04', 'c'), item('2025-06-07', 'd')];
		const manifest = searchManifest(items, 3);
		expect(manifest.shards).toEqual([
			{ id: '2025', from: '2025-01-01', to: '2025-12-31', items: 1 },
			{ id: '2024', from: '2024-01-01', to: '2024-12-31', items: 2 },
			{ id: '2023', from: '2023-01-01', to: '2023-12-31', items: 1 },
		]);
		expect(manifest.firstSearch).toBe(2);
		expect(searchManifest(items).firstSearch).toBe(1);
	});
});
