/**
 * Peak memory of a whole process tree (a build and every process it starts: Astro, esbuild,
 * Pagefind's indexer), sampled from /proc, because a child's memory never shows in the parent's
 * own figures. Linux only; elsewhere the peak stays 0 and says so.
 */
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_SIZE = 4096;

export interface TreeSample {
	/** Resident bytes of the whole tree. */
	total: number;
	/** Resident bytes of each process, by its command name (the largest of a name's processes). */
	byCommand: Map<string, number>;
}

/** Resident bytes of `root` and all its descendants right now. */
export function treeRss(root: number): TreeSample {
	const children = new Map<number, number[]>();
	const rss = new Map<number, number>();
	const commands = new Map<number, string>();
	let entries: string[];
	try {
		entries = readdirSync('/proc');
	} catch {
		return { total: 0, byCommand: new Map() };
	}
	for (const entry of entries) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			// The command name may hold spaces and parentheses; the fields after its last ')' do not.
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			const pid = Number(entry);
			const parent = Number(fields[1]);
			commands.set(pid, stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
			children.set(parent, [...(children.get(parent) ?? []), pid]);
			rss.set(pid, Number(readFileSync(`/proc/${entry}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE);
		} catch {
			// The process ended between listing and reading.
		}
	}
	let total = 0;
	const byCommand = new Map<string, number>();
	const queue = [root];
	while (queue.length > 0) {
		const pid = queue.pop()!;
		const bytes = rss.get(pid) ?? 0;
		total += bytes;
		const command = commands.get(pid) ?? '?';
		byCommand.set(command, Math.max(byCommand.get(command) ?? 0, bytes));
		queue.push(...(children.get(pid) ?? []));
	}
	return { total, byCommand };
}

/**
 * Samples the tree under `root` every `intervalMs` until stopped; returns the peak of the whole
 * tree and each command's own peak (which need not have happened at the same moment).
 */
export function watchPeakRss(root: number, intervalMs = 100): { stop(): TreeSample } {
	const peak: TreeSample = { total: 0, byCommand: new Map() };
	const sample = () => {
		const now = treeRss(root);
		peak.total = Math.max(peak.total, now.total);
		for (const [command, bytes] of now.byCommand) peak.byCommand.set(command, Math.max(peak.byCommand.get(command) ?? 0, bytes));
	};
	sample();
	const timer = setInterval(sample, intervalMs);
	return {
		stop() {
			clearInterval(timer);
			return peak;
		},
	};
}
