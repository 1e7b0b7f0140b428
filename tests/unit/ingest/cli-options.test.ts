/**
 * The ingest command's options as typed: where things go, page metadata from flags, and wrong
 * usage told in the flags' own names. (tests/cli/ingest.test.ts runs the command itself.)
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOptions, UsageError, type IngestOptions } from '../../../scripts/ingest/cli-options.ts';

function options(...args: string[]): IngestOptions {
	const read = readOptions(args);
	if (read === 'help') throw new Error('expected options, got help');
	return read;
}

describe('readOptions', () => {
	it('puts page records, page texts and the transaction next to the items folder', () => {
		const read = options('inbox', '--out', 'site/content/items');
		expect(read.inputs).toEqual(['inbox']);
		expect(read.roots).toEqual({ items: resolve('site/content/items'), pages: resolve('site/content/pages'), sources: resolve('site/content/sources') });
		expect(read.transactionDir).toBe(resolve('site/content/.ingest-transaction'));
		expect(options('a.txt', '--sources', '/archive').roots.sources).toBe('/archive');
		expect(options('a.txt').roots.items).toBe(join(process.cwd(), 'content/items'));
	});

	it('reads page metadata from flags, columns split on any comma', () => {
		const read = options('a.txt', '--paper', '科技日报', '--paper-slug', 'kjrb', '--date', '2024-07-12', '--page', '8', '--page-name', '园区');
		expect(read.flags).toEqual({ paper: '科技日报', paperSlug: 'kjrb', date: '2024-07-12', page: 8, pageName: '园区' });
		expect(options('a.txt', '--columns', '园镜头， 科技观察、,图说').flags.columns).toEqual(['园镜头', '科技观察', '图说']);
		// The paper's house style for two header lines with no dash: title over subtitle.
		expect(options('a.txt', '--title-first').flags.titleFirst).toBe(true);
		expect(options('a.txt').flags.titleFirst).toBeUndefined();
		// The text is of the printed page: sub-heads are headings on every page.
		expect(options('a.txt', '--printed-headings').flags.printedHeadings).toBe(true);
		expect(read).toMatchObject({ force: false, dryRun: false, json: false });
		expect(options('a.txt', '--force', '--dry-run', '--json')).toMatchObject({ force: true, dryRun: true, json: true });
		expect(read).toMatchObject({ replace: false });
		expect(options('a.txt', '--replace')).toMatchObject({ replace: true });
	});

	it('reads --keep-going, and --outline as a run that writes nothing', () => {
		expect(options('a.txt')).toMatchObject({ outline: false, keepGoing: false });
		expect(options('a.txt', '--outline')).toMatchObject({ outline: true, dryRun: true });
		expect(options('a.txt', '--keep-going')).toMatchObject({ keepGoing: true, dryRun: false });
	});

	it('takes only decimal digits for a page number, and no empty paper name', () => {
		for (const page of ['0x10', '1e1', '8.5', '0', '-3', 'true']) expect(() => options('a.txt', '--page', page), page).toThrow(UsageError);
		expect(options('a.txt', '--page', '08').flags.page).toBe(8);
		expect(() => options('a.txt', '--paper', '\u200b\u200b')).toThrow(/--paper: paper 不能为空/);
		expect(() => options('a.txt', '--paper-slug', 'a'.repeat(300))).toThrow(/--paper-slug: paperSlug 最长 32 个字符/);
		expect(() => options('a.txt', '--paper', '报'.repeat(10_000))).toThrow(/--paper: paper 最长 64 个字/);
	});

	it('answers help before looking at anything else', () => {
		expect(readOptions(['--help', '--date', '7月15日'])).toBe('help');
		expect(readOptions(['-h'])).toBe('help');
	});

	it('refuses wrong usage, naming every wrong flag as it is typed', () => {
		expect(() => readOptions([])).toThrow(new UsageError('请给出至少一个版面文本文件或文件夹。'));
		expect(() => readOptions(['a.txt', '--nonsense'])).toThrow(UsageError);
		expect(() => readOptions(['a.txt', '--paper-slug', 'Bad Slug', '--page', '0'])).toThrow(
			new UsageError('--paper-slug: paperSlug 只能用小写字母、数字和连字符，例如 kjrb。\n--page: page 须大于 0。'),
		);
	});
});
