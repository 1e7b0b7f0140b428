/**
 * npm run eval:fuzz -- <folder…> [--seed N] [--per-page N] [--save <folder>]
 *
 * Whether the ingester keeps its guarantees on pages it was never written for: every `<name>.txt`
 * of the folders (the corpus of real pages, tests/fixtures/pages) is damaged as crawlers and OCR
 * damage text, a line at a time (dropped, repeated, cut in two, two run together, two swapped, a
 * blank line put in, an indent added), `--per-page` times (default 4), and each damaged page is
 * read as `npm run ingest` reads it (read-as-ingest.ts). A page fails when the ingester throws or
 * when the split loses or changes a character; a page it merely splits badly passes, since nothing
 * says what the damaged page should hold.
 *
 * Prints the pages tried, the failures and the time; each failure with its file, the damage (so
 * `--seed` with the same folders makes it again) and the error. `--save <folder>` writes each
 * failing page there, ready to become a fixture. Exit code 1 when any page failed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeSource } from '../ingest/read-source.ts';
import { runCommand, UsageError } from '../shared/command.ts';
import { describeDamage, fuzzPage, generator, type FuzzFailure } from './page-damage.ts';
import { pagesIn } from './read-as-ingest.ts';

const USAGE = '用法：npm run eval:fuzz -- <文件夹…> [--seed 1] [--per-page 4] [--save <保存失败版面的文件夹>]';

function readOptions(args: string[]) {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: { seed: { type: 'string', default: '1' }, 'per-page': { type: 'string', default: '4' }, save: { type: 'string' } },
	});
	const seed = Number(values.seed);
	const perPage = Number(values['per-page']);
	if (positionals.length === 0) throw new UsageError('请给出至少一个放版面文本（.txt）的文件夹。');
	if (!Number.isInteger(seed) || !Number.isInteger(perPage) || perPage < 1)
		throw new UsageError(`--seed 须为整数、--per-page 须为正整数（收到 ${values.seed}、${values['per-page']}）。`);
	return { folders: positionals.map((p) => resolve(p)), seed, perPage, save: values.save && resolve(values.save) };
}

function main(args: string[]): number {
	if (args.includes('--help') || args.includes('-h')) {
		console.log(USAGE);
		return 0;
	}
	const options = readOptions(args);
	const started = performance.now();
	const files = options.folders.flatMap(pagesIn);
	const next = generator(options.seed);
	const failures: FuzzFailure[] = [];
	for (const file of files) failures.push(...fuzzPage(file, decodeSource(readFileSync(file), basename(file)), options.perPage, next));
	const seconds = (performance.now() - started) / 1000;
	const tried = files.length * options.perPage;
	console.log(`${files.length} 个版面，各改坏 ${options.perPage} 次，共 ${tried} 个版面，用时 ${seconds.toFixed(1)} 秒：${failures.length} 个失败。`);
	for (const failure of failures) console.log(`  ${failure.file}：${describeDamage(failure.damage)}——${failure.error}`);
	if (options.save && failures.length > 0) {
		mkdirSync(options.save, { recursive: true });
		failures.forEach((failure, i) => writeFileSync(join(options.save!, `${basename(failure.file, '.txt')}.fuzz-${i + 1}.txt`), failure.text));
		console.log(`改坏后失败的版面已写入 ${options.save}`);
	}
	return failures.length > 0 ? 1 : 0;
}

runCommand(main, USAGE);
