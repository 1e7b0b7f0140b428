/**
 * Running the ingest command as a maintainer does, in a process of its own, into scratch content
 * folders that are removed after each test: shared by the CLI tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach } from 'vitest';
import { filesUnder } from './site-files.ts';

export const ROOT = join(import.meta.dirname, '../..');
export const NODE = join(ROOT, 'node_modules/.bin/node');
const scratch: string[] = [];

afterEach(() => {
	for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A scratch content folder: items/, pages/ and sources/ go inside. */
export function contentDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
	scratch.push(dir);
	return dir;
}

/** One run of `npm run ingest -- <args>`, from the project root. */
export function ingest(...args: string[]) {
	return spawnSync(NODE, [join(ROOT, 'scripts/ingest.ts'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env } });
}

/** Every file under a folder with its content, for before/after comparisons. */
export function snapshot(dir: string): Record<string, string> {
	return Object.fromEntries(filesUnder(dir, '').map((file) => [relative(dir, file), readFileSync(file, 'utf8')]));
}

/** One run of `npm run move -- <args>`, from the project root. */
export function move(...args: string[]) {
	return spawnSync(NODE, [join(ROOT, 'scripts/move.ts'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env } });
}
