import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../../scripts/ingest/cli-options.ts';
import { listSources } from '../../../scripts/ingest/list-sources.ts';

const dir = mkdtempSync(join(tmpdir(), 'sources-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('listSources', () => {
	it('takes the .txt files and pages saved as HTML under folders, and files as given, each once and in order', () => {
		mkdirSync(join(dir, 'inbox/07-12'), { recursive: true });
		const files = ['inbox/b.txt', 'inbox/07-12/a.txt', 'inbox/07-12/c.html', 'inbox/d.HTM', 'inbox/b.yaml', 'inbox/notes.md', 'inbox/e.jpg', 'extra.text'];
		for (const file of files) writeFileSync(join(dir, file), '');
		expect(listSources([join(dir, 'inbox'), join(dir, 'extra.text'), join(dir, 'inbox/b.txt')])).toEqual([
			join(dir, 'extra.text'),
			join(dir, 'inbox/07-12/a.txt'),
			join(dir, 'inbox/07-12/c.html'),
			join(dir, 'inbox/b.txt'),
			join(dir, 'inbox/d.HTM'),
		]);
	});

	it('reads a link to a page text, and calls a folder with no page text (a folder named x.txt) wrong usage', () => {
		mkdirSync(join(dir, 'links/x.txt'), { recursive: true });
		writeFileSync(join(dir, 'real.txt'), '');
		expect(() => listSources([join(dir, 'links')])).toThrow(new UsageError(`${join(dir, 'links')} 里没有版面文本（.txt，或存为网页的 .html）。`));
		symlinkSync(join(dir, 'real.txt'), join(dir, 'links/page.txt'));
		expect(listSources([join(dir, 'links')])).toEqual([join(dir, 'links/page.txt')]);
	});

	it('calls an input that does not exist wrong usage', () => {
		expect(() => listSources([join(dir, 'missing.txt')])).toThrow(new UsageError(`找不到 ${join(dir, 'missing.txt')}。`));
	});
});
