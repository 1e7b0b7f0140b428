/**
 * The index cache: each shard's last index, kept with a digest of what it was made from, so that
 * a shard whose pages and indexer are unchanged is linked from there instead of indexed again.
 */
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { INDEX_INPUTS } from './inputs.ts';

const ROOT = join(import.meta.dirname, '../..');

/**
 * What a shard's index is made from: every file of INDEX_INPUTS (the indexer's code, the shared
 * code it runs and the versions of every dependency: Pagefind, and rehype, which makes the indexed
 * copy), the symbols and every page's URL and indexed part. Equal digests make equal indexes.
 */
export async function shardDigest(symbols: string, parts: Map<string, string>): Promise<string> {
	const hash = createHash('sha256');
	for (const file of INDEX_INPUTS)
		hash
			.update(file)
			.update('\0')
			.update(await readFile(join(ROOT, file)))
			.update('\0');
	hash.update(symbols).update('\0');
	for (const url of [...parts.keys()].sort()) hash.update(url).update('\0').update(parts.get(url)!).update('\0');
	return hash.digest('hex');
}

/** The digest of the index kept in `dir`, or undefined when none is kept there. */
export async function cachedDigest(dir: string): Promise<string | undefined> {
	return readFile(join(dir, 'digest'), 'utf8').catch(() => undefined);
}

/**
 * Puts the files of `from` at the same places under `to`, as hard links: an index is tens of
 * thousands of files that are never changed in place, and linking them is much faster than
 * copying. Copies where a link cannot be made (another file system).
 */
export async function linkTree(from: string, to: string): Promise<void> {
	for (const entry of await readdir(from, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		const source = join(entry.parentPath, entry.name);
		const target = join(to, relative(from, source));
		await mkdir(dirname(target), { recursive: true });
		await link(source, target).catch(async (error: NodeJS.ErrnoException) => {
			if (error.code !== 'EXDEV' && error.code !== 'EPERM') throw error;
			await copyFile(source, target);
		});
	}
}

/** Keeps a shard's index, replacing the old one only once the new one is whole. */
export async function storeInCache(bundle: string, dir: string, digest: string): Promise<void> {
	// A name of this process's own: two builds sharing the cache never write into one folder.
	const staging = `${dir}.${process.pid}.new`;
	await rm(staging, { recursive: true, force: true });
	await mkdir(staging, { recursive: true });
	await linkTree(bundle, join(staging, 'bundle'));
	await writeFile(join(staging, 'digest'), digest);
	await rm(dir, { recursive: true, force: true });
	await rename(staging, dir);
}
