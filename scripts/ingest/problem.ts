/**
 * A problem the ingester found: what happened (the message), where (the file and line, when
 * known) and what to do about it (the hint). The steps that read a page throw it; the command
 * collects every one, for every file, and prints them grouped by file. Its warnings have the same
 * shape, so they are Problems too, printed under their own heading.
 */
export class Problem extends Error {
	/** The file as shown to the maintainer: a page text, or the sidecar that is wrong. */
	readonly file: string | undefined;
	/** 1-based line in `file`. */
	readonly line: number | undefined;
	/** What to do about it. */
	readonly hint: string | undefined;

	constructor(message: string, where: { file?: string; line?: number; hint?: string } = {}) {
		super(message);
		this.name = 'Problem';
		this.file = where.file;
		this.line = where.line;
		this.hint = where.hint;
	}

	/**
	 * This problem placed in `file`, unless it names a file of its own (a sidecar's problem names
	 * the sidecar). The parser reads text, not files, and cannot name one.
	 */
	in(file: string): Problem {
		return this.file === undefined ? new Problem(this.message, { file, line: this.line, hint: this.hint }) : this;
	}
}

/**
 * Several problems found at once (every wrong field of a sidecar), thrown together so that the
 * maintainer sees them all in one run rather than one per run.
 */
export class ProblemGroup extends Error {
	readonly problems: Problem[];

	constructor(problems: Problem[]) {
		super(problems.map((p) => p.message).join('\n'));
		this.name = 'ProblemGroup';
		this.problems = problems;
	}
}
