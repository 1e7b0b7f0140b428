/**
 * Two maintainers at once: a second ingest or move started while the first is still committing
 * stops with a message and changes nothing, and the first finishes whole. Real processes race; the
 * first is held half-way into its commit until the test lets it go (tests/support/hold-writes.ts),
 * so that the second always meets it there, however busy the machine. A lock left by a run that
 * was killed does not stop the next one.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentDir, ingest, move, NODE, ROOT, snapshot } from '../support/run-ingest.ts';

const BUNDLED_SOURCE = join(ROOT, 'content/sources/kjrb/2024-07-12/000_89593461d74f7736.txt');

/** An ingest held before its first file is moved into place until `release` exists; resolves with its exit code. */
function heldIngest(release: string, ...args: string[]): { done: Promise<number | null>; committing: Promise<void> } {
	const preload = pathToFileURL(join(ROOT, 'tests/support/hold-writes.ts')).href;
	const child = spawn(NODE, ['--import', preload, join(ROOT, 'scripts/ingest.ts'), ...args], {
		cwd: ROOT,
		env: { ...process.env, HOLD_WRITES_UNTIL: release },
		stdio: 'ignore',
	});
	const journal = join(args[args.indexOf('--out') + 1]!, '../.ingest-transaction/journal.json');
	const committing = new Promise<void>((resolve, reject) => {
		// The commit has begun once the transaction folder holds its journal.
		const poll = setInterval(() => {
			if (existsSync(journal)) {
				clearInterval(poll);
				resolve();
			}
		}, 20);
		child.on('exit', (code) => {
			clearInterval(poll);
			reject(new Error(`导入在提交前就结束了（退出码 ${code}）`));
		});
	});
	const done = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
	return { done, committing };
}

describe('two runs at once', () => {
	it('a second ingest during the first one’s commit stops and changes nothing; the first finishes whole', async () => {
		const reference = contentDir();
		expect(ingest(BUNDLED_SOURCE, '--out', join(reference, 'items'), '--page', '8').status).toBe(0);

		const content = contentDir();
		const release = join(content, '../release-' + basename(content));
		const first = heldIngest(release, BUNDLED_SOURCE, '--out', join(content, 'items'), '--page', '8');
		await first.committing;
		const second = ingest(BUNDLED_SOURCE, '--out', join(content, 'items'), '--page', '8');
		expect(second.status).toBe(1);
		expect(second.stderr).toContain('npm run ingest（');
		expect(second.stderr).toContain('正在写入这个内容文件夹，这次没有做任何改动');
		const moving = move('kjrb/2024-07-12/08', '--page', '9', '--out', join(content, 'items'));
		expect(moving.status).toBe(1);
		writeFileSync(release, '');
		expect(await first.done).toBe(0);
		rmSync(release);
		// The same content as one run alone, and no lock left behind.
		// (Paths of the archived text name each scratch folder, and the fingerprints hash them.)
		const normalised = (dir: string) =>
			Object.fromEntries(
				Object.entries(snapshot(dir)).map(([path, text]) => [path, text.replaceAll(basename(dir), '<content>').replace(/^fingerprint: .*$/m, '')]),
			);
		expect(normalised(content)).toEqual(normalised(reference));
	});

	it('takes over the lock of a run that was killed, and recovers its journal as before', () => {
		const content = contentDir();
		// A lock whose process is gone (a pid no process has).
		writeFileSync(
			join(content, '.content.lock'),
			JSON.stringify({ pid: 2 ** 22 + 7, host: hostname(), command: 'npm run ingest', started: '2026-01-01T00:00:00Z' }),
		);
		const result = ingest(BUNDLED_SOURCE, '--out', join(content, 'items'));
		expect(result.status, result.stderr).toBe(0);
		expect(Object.keys(snapshot(content))).not.toContain('.content.lock');
	});
});

describe('a file system that refuses a write', () => {
	it('gets a message naming the file and the fix, no stack trace, and the content as it was', () => {
		const content = contentDir();
		expect(ingest(BUNDLED_SOURCE, '--out', join(content, 'items')).status).toBe(0);
		// A file where the folder of a new date should be.
		writeFileSync(join(content, 'items/kjrb/2024-07-13'), '');
		const before = snapshot(content);
		const result = ingest(BUNDLED_SOURCE, '--out', join(content, 'items'), '--date', '2024-07-13');
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('无法写入');
		expect(result.stderr).toContain('内容文件夹已恢复原状');
		expect(result.stderr).not.toMatch(/\n\s+at /);
		expect(snapshot(content)).toEqual(before);
	});

	it('gets a message, not a stack trace, for a damaged journal of an interrupted run', () => {
		const content = contentDir();
		mkdirSync(join(content, '.ingest-transaction'), { recursive: true });
		writeFileSync(join(content, '.ingest-transaction/journal.json'), '[{"target": "');
		const result = ingest(BUNDLED_SOURCE, '--out', join(content, 'items'));
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('已损坏，无法自动恢复');
		expect(result.stderr).not.toMatch(/\n\s+at /);
	});
});
