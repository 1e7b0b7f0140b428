/**
 * The benchmark corpus is only useful if the ingester reads it as written: every generated item
 * comes back as one item, with nothing lost (the ingester checks every character itself).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateArchive, generatePages } from '../../support/corpus.ts';

const scratch = mkdtempSync(join(tmpdir(), 'corpus-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the generated archive', () => {
	it('has the size asked for, the same every time', () => {
		const pages = generatePages(120);
		expect(pages.reduce((n, page) => n + page.items, 0)).toBe(120);
		expect(generatePages(120)).toEqual(pages);
	});

	// (It runs the ingester in a process of its own, as the CLI tests do, and is given their time on a busy machine.)
	it('is ingested item for item', { timeout: 30_000 }, () => {
		expect(generateArchive({ items: 80, contentDir: join(scratch, 'content') })).toMatchObject({ items: 80 });
	});
});
