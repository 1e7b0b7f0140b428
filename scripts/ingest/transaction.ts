/**
 * All-or-nothing writes of many files. Every new file is first written to a staging folder (and
 * flushed to disk) and listed in a journal; only then are the targets replaced (or removed), each
 * old file kept aside. If the process dies half-way, the next run finds the journal and puts every old file
 * back, so the content folder is as it was before the interrupted run.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CommandStop } from '../shared/command.ts';

/**
 * A file to write, or (with `remove`, content then empty) to take away: an item moved to another
 * address leaves its old file. Its content is in memory, or already staged (Transaction.stage).
 */
export interface FileWrite {
	path: string;
	content: string | Uint8Array | StagedContent;
	remove?: boolean;
}

/** Content written to the staging folder while the run was planned, so that memory holds only its place. */
export interface StagedContent {
	staged: string;
}

interface JournalEntry {
	target: string;
	staged: string;
	backup: string;
	/** Whether the target existed before the run: only a new file may be removed on recovery. */
	existed: boolean;
}

const JOURNAL = 'journal.json';

/** What the file system's refusals mean to a maintainer, and what to do. */
const FILE_SYSTEM_ERRORS: Record<string, string> = {
	EACCES: '没有写入权限（检查文件夹的权限和所有者）',
	EPERM: '没有写入权限（检查文件夹的权限和所有者）',
	EROFS: '文件系统是只读的',
	ENOTDIR: '路径上有一个同名文件挡住了要建的文件夹（删去或改名那个文件）',
	EISDIR: '要写文件的地方是一个文件夹（删去或改名那个文件夹）',
	EEXIST: '要建文件夹的地方已有一个同名文件（删去或改名那个文件）',
	ENOSPC: '磁盘已满（腾出空间后再运行）',
	EDQUOT: '磁盘配额已用完（腾出空间后再运行）',
	ENAMETOOLONG: '文件名太长（缩短报纸代号或文件名）',
};

/** The file system refused a write; everything was put back. */
export class WriteFailure extends CommandStop {}
/** Below this many files, flushing each is cheaper than flushing the whole file system. */
const FLUSH_EACH_BELOW = 64;

/** Flushes one file's content to disk. */
function flushFile(path: string): void {
	const fd = openSync(path, 'r');
	try {
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
}

/**
 * Makes the staged files durable before the journal names them, so that even a power cut leaves
 * either the old content or the whole new one. Flushing file by file is most of a large import's
 * time (13,000 files: 11 s of a 15 s run on the test machine); one `sync -f` (syncfs) flushes the
 * staging folder's whole file system at once (4 s). Where that is not available (not Linux), each
 * file is flushed.
 */
function flushToDisk(dir: string, files: string[]): void {
	if (files.length >= FLUSH_EACH_BELOW) {
		try {
			execFileSync('sync', ['-f', dir], { stdio: 'ignore' });
			return;
		} catch {
			// No syncfs here: flush file by file.
		}
	}
	for (const file of files) flushFile(file);
}

/** Whether a write's content waits in the staging folder rather than in memory. */
export function isStagedContent(content: FileWrite['content']): content is StagedContent {
	return typeof content === 'object' && 'staged' in content;
}

export class Transaction {
	readonly dir: string;
	/** How many contents this run has staged (their files' names in the staging folder). */
	private stagedCount = 0;

	/** `dir` must be on the same file system as the targets, so that renames are atomic. */
	constructor(dir: string) {
		this.dir = dir;
	}

	/**
	 * Writes one content to the staging folder now, so that a run of thousands of pages holds in
	 * memory only where each content waits, not the content. Nothing of the content folder changes
	 * until commit; a run that stops before it leaves only the staging folder, which the next run
	 * (recover) or discard removes.
	 */
	stage(content: string | Uint8Array): StagedContent {
		const folder = join(this.dir, 'staged');
		if (this.stagedCount === 0) {
			if (existsSync(this.dir)) throw new Error(`${this.dir} 已存在：上次导入没有完成。请重新运行导入命令，它会先恢复原状。`);
			mkdirSync(folder, { recursive: true });
		}
		const staged = join(folder, `p${this.stagedCount++}`);
		writeFileSync(staged, content);
		return { staged };
	}

	/** Drops what was staged for a run that writes nothing (a problem in the default all-or-nothing mode). */
	discard(): void {
		if (this.stagedCount > 0 && !this.pending()) rmSync(this.dir, { recursive: true, force: true });
		this.stagedCount = 0;
	}

	/** Puts back what an interrupted run changed. Returns the targets it restored or removed. */
	recover(): string[] {
		if (!existsSync(this.dir)) return [];
		const journalPath = join(this.dir, JOURNAL);
		const restored: string[] = [];
		if (existsSync(journalPath)) {
			let entries: JournalEntry[];
			try {
				entries = JSON.parse(readFileSync(journalPath, 'utf8')) as JournalEntry[];
			} catch {
				// The journal is written whole and renamed into place; a broken one was damaged afterwards.
				throw new CommandStop(
					`上次中途停止的导入留下的日志 ${journalPath} 已损坏，无法自动恢复。` +
						`被替换的旧文件在 ${join(this.dir, 'backup')}，新文件在 ${join(this.dir, 'staged')}；核对后手动放回，再删去 ${this.dir}。`,
				);
			}
			for (const entry of [...entries].reverse()) {
				if (existsSync(entry.backup)) {
					renameSync(entry.backup, entry.target);
					restored.push(entry.target);
				} else if (!entry.existed && !existsSync(entry.staged) && existsSync(entry.target)) {
					// The staged file was moved into place where nothing stood before.
					unlinkSync(entry.target);
					restored.push(entry.target);
				}
			}
		}
		rmSync(this.dir, { recursive: true, force: true });
		return restored;
	}

	/** Writes every file, or none. */
	commit(writes: FileWrite[]): void {
		if (writes.length === 0) {
			this.discard();
			return;
		}
		if (this.stagedCount === 0 && existsSync(this.dir)) throw new Error(`${this.dir} 已存在：上次导入没有完成。请重新运行导入命令，它会先恢复原状。`);
		mkdirSync(join(this.dir, 'staged'), { recursive: true });
		mkdirSync(join(this.dir, 'backup'), { recursive: true });
		const entries: JournalEntry[] = writes.map((write, i) => ({
			target: write.path,
			staged: isStagedContent(write.content) ? write.content.staged : join(this.dir, 'staged', String(i)),
			backup: join(this.dir, 'backup', String(i)),
			existed: existsSync(write.path),
		}));
		const staged = entries.filter((_, i) => !writes[i]!.remove);
		writes.forEach((write, i) => {
			if (!write.remove && !isStagedContent(write.content)) writeFileSync(entries[i]!.staged, write.content);
		});
		flushToDisk(
			join(this.dir, 'staged'),
			staged.map((entry) => entry.staged),
		);
		const journalTemp = join(this.dir, `${JOURNAL}.tmp`);
		writeFileSync(journalTemp, JSON.stringify(entries), { flush: true });
		renameSync(journalTemp, join(this.dir, JOURNAL));

		// Removals first: a file that leaves an address another file takes in the same run (two
		// pages swapping numbers) is set aside before the new one arrives. Kept aside like a replaced
		// file, so that recovery puts it back.
		for (const [i, entry] of entries.entries()) {
			if (writes[i]!.remove && existsSync(entry.target)) renameSync(entry.target, entry.backup);
		}
		const folders = new Set<string>();
		for (const [i, entry] of entries.entries()) {
			if (writes[i]!.remove) continue;
			const folder = dirname(entry.target);
			if (!folders.has(folder)) {
				mkdirSync(folder, { recursive: true });
				folders.add(folder);
			}
			if (existsSync(entry.target)) renameSync(entry.target, entry.backup);
			renameSync(entry.staged, entry.target);
		}
		// Removing the journal is the commit: from here on nothing is rolled back.
		unlinkSync(join(this.dir, JOURNAL));
		rmSync(this.dir, { recursive: true, force: true });
		this.stagedCount = 0;
	}

	/**
	 * Writes every file, or none: when the file system refuses a write (no permission, a file where
	 * a folder should be, a full disk, a name too long), what was done is undone at once and a
	 * WriteFailure says what and where, instead of a stack trace.
	 */
	commitOrRestore(writes: FileWrite[]): void {
		try {
			this.commit(writes);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code === undefined || !(code in FILE_SYSTEM_ERRORS)) throw error;
			this.recover();
			throw new WriteFailure(
				`无法写入 ${(error as NodeJS.ErrnoException).path ?? ''}：${FILE_SYSTEM_ERRORS[code]}。内容文件夹已恢复原状，这次没有写入任何文件。`,
			);
		}
	}

	/** Whether an interrupted run left changes to undo. */
	pending(): boolean {
		return existsSync(join(this.dir, JOURNAL));
	}
}
