/**
 * The ingest command as a maintainer runs it: on the bundled page, into a scratch folder.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { filesUnder } from '../support/site-files.ts';

const ROOT = join(import.meta.dirname, '../..');
const NODE = join(ROOT, 'node_modules/.bin/node');
const BUNDLED_SOURCE = join(ROOT, 'content/sources/kjrb/2024-07-12/000_89593461d74f7736.txt');
const scratch: string[] = [];

function tempDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
	scratch.push(dir);
	return dir;
}

function ingest(...args: string[]) {
	return spawnSync(NODE, [join(ROOT, 'scripts/ingest.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
}

afterEach(() => {
	for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('npm run ingest', () => {
	it('reproduces the bundled content byte for byte, so URLs never move', () => {
		const out = tempDir();
		const result = ingest(BUNDLED_SOURCE, '--out', out);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		const written = filesUnder(out, '.mdx').map((f) => f.slice(out.length + 1)).sort();
		expect(written).toEqual(['kjrb/2024-07-12/00-01.mdx', 'kjrb/2024-07-12/00-02.mdx', 'kjrb/2024-07-12/00-03.mdx', 'kjrb/2024-07-12/00-04.mdx', 'kjrb/2024-07-12/00-05.mdx']);
		for (const path of written) {
			expect(readFileSync(join(out, path), 'utf8'), path).toBe(readFileSync(join(ROOT, 'content/items', path), 'utf8'));
		}
	});

	it('takes page metadata from flags, and marks only the rest as inferred', () => {
		const out = tempDir();
		const result = ingest(BUNDLED_SOURCE, '--out', out, '--sources', tempDir(), '--paper', '科技日报', '--date', '2024-07-15', '--page', '8', '--page-name', '园区', '--dry-run');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('kjrb/2024-07-15/08-01.mdx');
		expect(filesUnder(out, '.mdx')).toEqual([]);
	});

	it('reads page metadata from a sidecar next to the source', () => {
		const sources = tempDir();
		const out = tempDir();
		cpSync(BUNDLED_SOURCE, join(sources, 'page.txt'));
		writeFileSync(join(sources, 'page.yaml'), 'date: 2024-07-15\npage: 8\npageName: 园区\n');
		const result = ingest(join(sources, 'page.txt'), '--out', out, '--sources', join(sources, 'archive'));
		expect(result.status).toBe(0);
		const mdx = readFileSync(join(out, 'kjrb/2024-07-15/08-02.mdx'), 'utf8');
		expect(mdx).toContain('page: 8\npageName: 园区\ncolumn: 园镜头\n');
		expect(mdx).toMatch(/inferred:\n {2}- paper\n---/);
	});

	it('refuses a bad sidecar with the file, the line and the fix, and writes nothing', () => {
		const sources = tempDir();
		const out = tempDir();
		cpSync(BUNDLED_SOURCE, join(sources, 'page.txt'));
		writeFileSync(join(sources, 'page.yaml'), 'paper: 科技日报\ndate: 7月15日\n');
		const result = ingest(join(sources, 'page.txt'), '--out', out, '--sources', join(sources, 'archive'));
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('page.yaml');
		expect(result.stderr).toContain('第 2 行：date 须为 YYYY-MM-DD 格式');
		expect(filesUnder(out, '.mdx')).toEqual([]);
	});

	it('does not overwrite an item edited by hand unless told to', () => {
		const out = tempDir();
		expect(ingest(BUNDLED_SOURCE, '--out', out).status).toBe(0);
		const edited = join(out, 'kjrb/2024-07-12/00-03.mdx');
		writeFileSync(edited, readFileSync(edited, 'utf8').replace('order: 3', 'order: 3\npage: 8'));
		const again = ingest(BUNDLED_SOURCE, '--out', out);
		expect(again.status).toBe(1);
		expect(again.stderr).toContain('00-03.mdx 已存在且内容不同');
		expect(readFileSync(edited, 'utf8')).toContain('page: 8');
		expect(ingest(BUNDLED_SOURCE, '--out', out, '--force').status).toBe(0);
		expect(readFileSync(edited, 'utf8')).not.toContain('page: 8');
	});

	it('exits 2 with the usage on unknown options', () => {
		const result = ingest('--nonsense');
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('用法：npm run ingest');
	});
});
