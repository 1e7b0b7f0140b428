/** What the archive's commands (ingest, move) share: wrong usage, and how a command exits. */

/** The command was called wrongly: the message says how, and the usage is printed under it. */
export class UsageError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'UsageError';
	}
}

/** Runs a command's `main` on the command line: its exit code, or 2 with the usage after wrong usage. */
export function runCommand(main: (args: string[]) => number, usage: string): void {
	try {
		process.exitCode = main(process.argv.slice(2));
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		console.error(`错误：${error.message}\n\n${usage}`);
		process.exitCode = 2;
	}
}
