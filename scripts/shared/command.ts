/** What the archive's commands (ingest, move) share: wrong usage, and how a command exits. */

/** The command was called wrongly: the message says how, and the usage is printed under it. */
export class UsageError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'UsageError';
	}
}

/** The command cannot go on, for a reason its message says (another run holds the content folder): exit 1. */
export class CommandStop extends Error {}

/** Whether `node:util`'s parseArgs threw it: an option the command does not know, or one without its value. Wrong usage too. */
function isParseArgsError(error: unknown): error is Error {
	const code = (error as { code?: unknown } | undefined)?.code;
	return error instanceof Error && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

/** Runs a command's `main` on the command line: its exit code, 2 with the usage after wrong usage, 1 after a stop. */
export function runCommand(main: (args: string[]) => number, usage: string): void {
	try {
		process.exitCode = main(process.argv.slice(2));
	} catch (error) {
		if (error instanceof CommandStop) {
			console.error(`错误：${error.message}`);
			process.exitCode = 1;
			return;
		}
		if (isParseArgsError(error)) {
			console.error(`错误：命令行的选项不对（${error.message}）\n\n${usage}`);
			process.exitCode = 2;
			return;
		}
		if (!(error instanceof UsageError)) throw error;
		console.error(`错误：${error.message}\n\n${usage}`);
		process.exitCode = 2;
	}
}
