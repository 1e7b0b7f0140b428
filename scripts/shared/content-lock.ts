/**
 * One writer at a time in a content folder. The ingester and `npm run move` take this lock before
 * they recover an interrupted run or write anything, and give it back when they end: a second run
 * started meanwhile stops with a message saying who holds the folder, instead of rolling back the
 * first run's journal while it is still committing. A lock left by a run that died (its process is
 * gone) is taken over, and the dead run's journal is then recovered as before.
 */
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { CommandStop } from './command.ts';

const LOCK_FILE = '.content.lock';

interface Holder {
	pid: number;
	host: string;
	command: string;
	started: string;
}

/** The folder is held by a live run: the message says which and what to do. */
export class ContentLockedError extends CommandStop {}

/** Whether a process of this machine is alive (signal 0 tests without signalling). */
function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function readHolder(path: string): Holder | undefined {
	try {
		return JSON.parse(readFileSync(path, 'utf8')) as Holder;
	} catch {
		// Unreadable or half-written by a run that died while taking it.
		return undefined;
	}
}

/** Takes the lock of `contentRoot` for `command` (npm run ingest…); returns the function that gives it back. */
export function lockContent(contentRoot: string, command: string): () => void {
	const path = join(contentRoot, LOCK_FILE);
	const me: Holder = { pid: process.pid, host: hostname(), command, started: new Date().toISOString() };
	mkdirSync(contentRoot, { recursive: true });
	for (let attempt = 0; ; attempt++) {
		try {
			const fd = openSync(path, 'wx');
			writeSync(fd, JSON.stringify(me));
			closeSync(fd);
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw lockedBy(readHolder(path), path);
			const holder = readHolder(path);
			// A holder on another machine (a shared folder) cannot be checked: it is taken as alive.
			if (holder && (holder.host !== me.host || alive(holder.pid))) throw lockedBy(holder, path);
			unlinkSync(path);
		}
	}
	let released = false;
	const release = () => {
		if (released) return;
		released = true;
		if (readHolder(path)?.pid === me.pid) unlinkSync(path);
	};
	process.once('exit', release);
	return release;
}

function lockedBy(holder: Holder | undefined, path: string): ContentLockedError {
	const who = holder ? `${holder.command}（${holder.host} 上的进程 ${holder.pid}，${holder.started} 开始）` : '另一个导入或移动';
	return new ContentLockedError(
		`${who}正在写入这个内容文件夹，这次没有做任何改动。等它结束后再运行；若确认没有别的导入在运行（例如机器重启过），删去 ${path} 后再运行。`,
	);
}
