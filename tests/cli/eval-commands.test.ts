/** The eval commands as a maintainer runs them: wrong usage gets a message and exit 2, never a stack trace. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE, ROOT } from '../support/run-ingest.ts';

function run(script: string, ...args: string[]) {
	return spawnSync(NODE, [join(ROOT, 'scripts/eval', script), ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('eval commands', () => {
	for (const script of ['eval-ingest.ts', 'fuzz-ingest.ts']) {
		it(`${script} names a corpus folder that is not there, and how to make one`, () => {
			const missing = join(ROOT, 'no-such-corpus');
			const result = run(script, missing);
			expect(result.status).toBe(2);
			expect(result.stderr).toContain(`找不到语料文件夹 ${missing}`);
			expect(result.stderr).toContain('npm run eval:corpus');
			expect(result.stderr).not.toMatch(/\n\s+at /u);
		});
	}

	it('article-archive.ts says what --from must be when the archives are not in it, and writes nothing', () => {
		const out = join(tmpdir(), `article-archive-${process.pid}`);
		const result = run('article-archive.ts', '--from', ROOT + '/no-such-git-dir', '--out', out);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('--from 须是 caspiankexin/people-daily-crawler-date 的 git 目录');
		expect(result.stderr).not.toMatch(/\n\s+at /u);
		expect(existsSync(out)).toBe(false);
	});
});
