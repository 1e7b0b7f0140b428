/**
 * npm run merge-builds -- --out dist part-2023 part-2024 …
 *
 * Makes one site of builds of different years (ARCHIVE_YEARS=…, see README), made on different
 * machines from the same content and settings (scripts/build/merge.ts). Nothing is written
 * unless every part fits, and the output folder is replaced whole.
 *
 * Exit codes: 0 merged, 1 the parts do not fit together (each problem listed), 2 wrong usage.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { mergeBuilds, MergeError } from './build/merge.ts';

const USAGE = '用法：npm run merge-builds -- --out dist 第一部分 第二部分 …（至少两个由 ARCHIVE_YEARS 构建的文件夹）';

class UsageError extends Error {}

function readOptions(): { outDir: string; parts: string[] } {
	let parsed;
	try {
		parsed = parseArgs({ options: { out: { type: 'string', default: 'dist' } }, allowPositionals: true });
	} catch (error) {
		throw new UsageError(`${(error as Error).message}\n${USAGE}`);
	}
	const { values, positionals } = parsed;
	if (positionals.length < 2) throw new UsageError(USAGE);
	const outDir = resolve(values.out);
	const parts = positionals.map((dir) => resolve(dir));
	if (parts.includes(outDir)) throw new UsageError(`输出文件夹 ${outDir} 不能也是要合并的一部分；请换一个 --out。`);
	return { outDir, parts };
}

function main(): void {
	try {
		const { outDir, parts } = readOptions();
		const { files, shards } = mergeBuilds(parts, outDir);
		console.log(`已把 ${parts.length} 个构建合并到 ${outDir}：${files} 个文件，${shards} 个检索分片。`);
	} catch (error) {
		if (error instanceof UsageError) {
			console.error(error.message);
			process.exitCode = 2;
		} else if (error instanceof MergeError) {
			console.error(error.message);
			process.exitCode = 1;
		} else throw error;
	}
}

main();
