/**
 * All-or-nothing writes: a commit writes every file; one that stops half-way is undone by the
 * next recover(), and nothing that was there before is ever removed. The half-way stop here is a
 * real failure (a target whose folder cannot be made); tests/cli/ingest.test.ts kills a real run.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Transaction } from '../../../scripts/ingest/transaction.ts';

const scratch: string[] = [];

function scratchDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'txn-'));
	scratch.push(dir);
	return dir;
}

afterEach(() => {
	for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('Transaction', () => {
	it('writes new files and replaces old ones, in folders it makes, and leaves no working folder', () => {
		const dir = scratchDir();
		writeFileSync(join(dir, 'old.txt'), 'old');
		const transaction = new Transaction(join(dir, '.txn'));
		transaction.commit([
			{ path: join(dir, 'old.txt'), content: 'new' },
			{ path: join(dir, 'a/b/added.txt'), content: new TextEncoder().encode('added') },
		]);
		expect(readFileSync(join(dir, 'old.txt'), 'utf8')).toBe('new');
		expect(readFileSync(join(dir, 'a/b/added.txt'), 'utf8')).toBe('added');
		expect(existsSync(join(dir, '.txn'))).toBe(false);
		expect(transaction.pending()).toBe(false);
	});

	it('writes many files (flushed with the whole file system at once), each with its own content', () => {
		const dir = scratchDir();
		const writes = Array.from({ length: 100 }, (_, i) => ({ path: join(dir, `d${i % 7}/f${i}.txt`), content: `第 ${i} 个文件` }));
		new Transaction(join(dir, '.txn')).commit(writes);
		for (const write of writes) expect(readFileSync(write.path, 'utf8')).toBe(write.content);
		expect(existsSync(join(dir, '.txn'))).toBe(false);
	});

	it('undoes a commit that stopped half-way: old files back, new ones gone', () => {
		const dir = scratchDir();
		writeFileSync(join(dir, 'old.txt'), 'old');
		// A file where the third target's folder should be: the commit fails after moving two files into place.
		writeFileSync(join(dir, 'blocker'), 'not a folder');
		const transaction = new Transaction(join(dir, '.txn'));
		expect(() =>
			transaction.commit([
				{ path: join(dir, 'old.txt'), content: 'new' },
				{ path: join(dir, 'added.txt'), content: 'added' },
				{ path: join(dir, 'blocker/third.txt'), content: 'third' },
			]),
		).toThrow();
		expect(readFileSync(join(dir, 'old.txt'), 'utf8')).toBe('new');
		expect(transaction.pending()).toBe(true);

		expect(transaction.recover().sort()).toEqual([join(dir, 'added.txt'), join(dir, 'old.txt')]);
		expect(readFileSync(join(dir, 'old.txt'), 'utf8')).toBe('old');
		expect(existsSync(join(dir, 'added.txt'))).toBe(false);
		expect(readFileSync(join(dir, 'blocker'), 'utf8')).toBe('not a folder');
		expect(existsSync(join(dir, '.txn'))).toBe(false);
	});

	it('removes the old file of a move with the rest, and puts it back when the commit stopped half-way', () => {
		const dir = scratchDir();
		writeFileSync(join(dir, 'old-address.txt'), 'item');
		new Transaction(join(dir, '.txn')).commit([
			{ path: join(dir, 'old-address.txt'), content: '', remove: true },
			{ path: join(dir, 'new-address.txt'), content: 'item' },
		]);
		expect(existsSync(join(dir, 'old-address.txt'))).toBe(false);
		expect(readFileSync(join(dir, 'new-address.txt'), 'utf8')).toBe('item');

		writeFileSync(join(dir, 'blocker'), 'not a folder');
		const stopped = new Transaction(join(dir, '.txn'));
		expect(() =>
			stopped.commit([
				{ path: join(dir, 'new-address.txt'), content: '', remove: true },
				{ path: join(dir, 'blocker/third.txt'), content: 'third' },
			]),
		).toThrow();
		stopped.recover();
		expect(readFileSync(join(dir, 'new-address.txt'), 'utf8')).toBe('item');
	});

	it('takes a file away before another arrives at its address, whatever the order of the writes', () => {
		const dir = scratchDir();
		writeFileSync(join(dir, 'a.txt'), 'page A');
		new Transaction(join(dir, '.txn')).commit([
			{ path: join(dir, 'a.txt'), content: 'page B' },
			{ path: join(dir, 'a.txt'), content: '', remove: true },
		]);
		expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('page B');
	});

	it('will not commit over the working folder of a run that has not been recovered', () => {
		const dir = scratchDir();
		const transaction = new Transaction(join(dir, '.txn'));
		mkdirSync(join(dir, '.txn'));
		expect(() => transaction.commit([{ path: join(dir, 'a.txt'), content: 'a' }])).toThrow(/上次导入没有完成/);
		expect(existsSync(join(dir, 'a.txt'))).toBe(false);
	});

	it('commits content staged while the run was planned beside content held in memory, and leaves no working folder', () => {
		const dir = scratchDir();
		writeFileSync(join(dir, 'old.txt'), 'old');
		const transaction = new Transaction(join(dir, '.txn'));
		const staged = transaction.stage('staged new');
		// Staging changes nothing in the content folder.
		expect(readFileSync(join(dir, 'old.txt'), 'utf8')).toBe('old');
		transaction.commit([
			{ path: join(dir, 'old.txt'), content: staged },
			{ path: join(dir, 'a/added.txt'), content: transaction.stage(new TextEncoder().encode('staged bytes')) },
			{ path: join(dir, 'kept.txt'), content: 'in memory' },
		]);
		expect(['old.txt', 'a/added.txt', 'kept.txt'].map((name) => readFileSync(join(dir, name), 'utf8'))).toEqual(['staged new', 'staged bytes', 'in memory']);
		expect(existsSync(join(dir, '.txn'))).toBe(false);
	});

	it('drops what a run staged when it writes nothing, or when the next run recovers after it died planning', () => {
		const dir = scratchDir();
		const refused = new Transaction(join(dir, '.txn'));
		refused.stage('never written');
		expect(existsSync(join(dir, '.txn/staged'))).toBe(true);
		refused.discard();
		expect(existsSync(join(dir, '.txn'))).toBe(false);
		// A run killed while planning left staged files and no journal: nothing to restore, the folder goes.
		new Transaction(join(dir, '.txn')).stage('left behind');
		const next = new Transaction(join(dir, '.txn'));
		expect(next.pending()).toBe(false);
		expect(next.recover()).toEqual([]);
		expect(existsSync(join(dir, '.txn'))).toBe(false);
		expect(readdirSync(dir)).toEqual([]);
	});

	it('will not stage over the working folder of a run that has not been recovered', () => {
		const dir = scratchDir();
		mkdirSync(join(dir, '.txn'));
		expect(() => new Transaction(join(dir, '.txn')).stage('a')).toThrow(/上次导入没有完成/);
	});

	it('never removes a file that existed before, even if a run died while cleaning up', () => {
		const dir = scratchDir();
		const old = join(dir, 'old.txt');
		writeFileSync(old, 'old');
		const transaction = new Transaction(join(dir, '.txn'));
		transaction.commit([
			{ path: old, content: 'new' },
			{ path: join(dir, 'added.txt'), content: 'added' },
		]);
		// A run that died after its commit point but before removing its folder leaves its old files
		// aside and no journal: the commit stands.
		mkdirSync(join(dir, '.txn/backup'), { recursive: true });
		writeFileSync(join(dir, '.txn/backup/0'), 'old');
		expect(transaction.recover()).toEqual([]);
		expect(readFileSync(old, 'utf8')).toBe('new');
		expect(existsSync(join(dir, 'added.txt'))).toBe(true);
		expect(existsSync(join(dir, '.txn'))).toBe(false);
	});
});
