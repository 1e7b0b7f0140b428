import { parseArgs } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCommand, UsageError } from '../../../scripts/shared/command.ts';

const USAGE = '用法：npm run demo -- <文件夹…> [--json]';

/** A command that reads its options as the archive's commands do, with node:util's parseArgs. */
function demo(args: string[]): number {
	const { positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
	if (positionals.length === 0) throw new UsageError('请给出至少一个文件夹。');
	return 0;
}

function run(...args: string[]): { exitCode: typeof process.exitCode; errors: string } {
	const argv = process.argv;
	const error = vi.spyOn(console, 'error').mockImplementation(() => {});
	process.argv = ['node', 'demo.ts', ...args];
	try {
		runCommand(demo, USAGE);
		return { exitCode: process.exitCode, errors: error.mock.calls.map((call) => call.join(' ')).join('\n') };
	} finally {
		process.argv = argv;
		error.mockRestore();
	}
}

describe('runCommand', () => {
	afterEach(() => {
		process.exitCode = undefined;
	});

	it('exits 0 with what main returns', () => {
		expect(run('content').exitCode).toBe(0);
	});

	it('prints the usage under a usage error and exits 2', () => {
		const { exitCode, errors } = run();
		expect(exitCode).toBe(2);
		expect(errors).toContain('请给出至少一个文件夹。');
		expect(errors).toContain(USAGE);
	});

	it('reads an option the command does not know as wrong usage, not as a crash', () => {
		const { exitCode, errors } = run('--bogus', 'content');
		expect(exitCode).toBe(2);
		expect(errors).toContain('--bogus');
		expect(errors).toContain(USAGE);
	});
});
