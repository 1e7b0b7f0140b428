import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { provenanceOf, withFingerprint } from '../../../scripts/ingest/fingerprint.ts';

describe('fingerprints', () => {
	it('tell the ingester’s own files from edited ones', () => {
		const file = withFingerprint('---\ntitle: 标题\n', '---\n\n正文。\n');
		expect(provenanceOf(file)).toBe('ingested');
		expect(provenanceOf(file.replace('正文', '改过的正文'))).toBe('edited');
		expect(provenanceOf(file.replace(/fingerprint: .*\n/, ''))).toBe('edited');
	});
	it('stay strings in YAML, even one made of digits only', () => {
		let file = '';
		// About one hash in 1,900 is all digits, which YAML would read as a number.
		for (let i = 0; !/fingerprint: "?\d+"?\n/.test(file); i++) file = withFingerprint(`n: ${i}\n`);
		expect(typeof parse(file).fingerprint).toBe('string');
		expect(provenanceOf(file)).toBe('ingested');
	});
});

describe('transactions', async () => {
	const { mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } = await import('node:fs');
	const { tmpdir } = await import('node:os');
	const { join } = await import('node:path');
	const { Transaction } = await import('../../../scripts/ingest/transaction.ts');
	it('never removes a file that existed before, even if a run died while cleaning up', () => {
		const dir = mkdtempSync(join(tmpdir(), 'txn-'));
		const old = join(dir, 'old.txt');
		writeFileSync(old, 'old');
		const transaction = new Transaction(join(dir, '.txn'));
		transaction.commit([{ path: old, content: 'new' }, { path: join(dir, 'added.txt'), content: 'added' }]);
		// A run that died after its commit point but before removing its folder leaves no journal.
		writeFileSync(join(dir, '.txn-leftover'), '');
		expect(transaction.recover()).toEqual([]);
		expect(readFileSync(old, 'utf8')).toBe('new');
		expect(existsSync(join(dir, 'added.txt'))).toBe(true);
		rmSync(dir, { recursive: true, force: true });
	});
});
