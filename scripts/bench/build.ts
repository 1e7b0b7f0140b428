/**
 * npm run bench:build [-- --items N] [--reuse] [--touch]
 *
 * What building an archive of N items costs: generates N items in the bundled page's style
 * (tests/support/corpus.ts: many dates, pages and columns) and ingests them through the real CLI,
 * then runs the real build (Astro and the Pagefind index) and prints wall time, the peak memory of
 * the whole process tree, the size of dist/ and of the index, and the time per page. With --touch
 * it then changes one item's text and builds again, as a maintainer's fix would.
 * --reuse keeps the generated items of an earlier run with the same N.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { filesUnder } from '../shared/files.ts';
import { watchPeakRss } from '../../tests/support/process-tree.ts';
import { generateArchive } from '../../tests/support/corpus.ts';

const ROOT = join(import.meta.dirname, '../..');
const { values } = parseArgs({
	options: {
		items: { type: 'string', default: '1000' },
		reuse: { type: 'boolean', default: false },
		touch: { type: 'boolean', default: false },
	},
});
const itemCount = Number(values.items);
if (!Number.isInteger(itemCount) || itemCount < 1) {
	console.error(`--items 须为正整数（收到 ${values.items}）。例如：npm run bench:build -- --items 10000`);
	process.exit(2);
}
const work = join(ROOT, '.cache/bench-build', String(itemCount));
const contentDir = join(work, 'content');
const itemsDir = join(contentDir, 'items');
const dist = join(work, 'dist');

function step(message: string): void {
	console.error(`[bench:build] ${message}`);
}

function bytesUnder(dir: string): number {
	return filesUnder(dir, '').reduce((sum, file) => sum + statSync(file).size, 0);
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

interface BuildRun {
	seconds: number;
	peakBytes: number;
	/** The processes that used the most memory, largest first: "node 2.1 GB, pagefind 0.9 GB". */
	largest: string;
	/** Seconds the search indexing took, as the build reports it. */
	indexSeconds?: number;
	/** Shards the search index was cut into. */
	shards?: number;
}

/** One real build of the generated archive, timed, its process tree's memory watched. */
async function build(): Promise<BuildRun> {
	const started = performance.now();
	const child = spawn(process.execPath, [join(ROOT, 'scripts/build.ts'), '--out', dist], {
		cwd: ROOT,
		env: { ...process.env, ARCHIVE_ITEMS_DIR: itemsDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const watch = watchPeakRss(child.pid!);
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
	const peak = watch.stop();
	const largest = [...peak.byCommand]
		.sort(([, a], [, b]) => b - a)
		.slice(0, 3)
		.map(([command, bytes]) => `${command} ${mb(bytes)}`)
		.join(', ');
	if (status !== 0) throw new Error(`build failed:\n${output.slice(-4000)}`);
	const indexMs = /建立检索索引，\d+ 个分片.*（(\d+) ms）/.exec(output)?.[1];
	const shards = /建立检索索引，(\d+) 个分片/.exec(output)?.[1];
	return {
		seconds: (performance.now() - started) / 1000,
		peakBytes: peak.total,
		largest,
		indexSeconds: indexMs ? Number(indexMs) / 1000 : undefined,
		shards: shards ? Number(shards) : undefined,
	};
}

async function main(): Promise<void> {
	let ingestSeconds: number | undefined;
	if (!(values.reuse && existsSync(itemsDir))) {
		rmSync(work, { recursive: true, force: true });
		step(`generating and ingesting ${itemCount} items`);
		const started = performance.now();
		generateArchive({ items: itemCount, contentDir });
		ingestSeconds = (performance.now() - started) / 1000;
	}
	const items = filesUnder(itemsDir, '.mdx');
	// A full build starts without the content and search caches of earlier runs (kept beside the
	// items folder); the rebuild after --touch then uses the ones this build leaves.
	rmSync(join(contentDir, '.astro-cache'), { recursive: true, force: true });
	rmSync(join(contentDir, '.search-cache'), { recursive: true, force: true });
	step(`building ${items.length} items`);
	const full = await build();
	const pages = filesUnder(dist, '.html').length;
	const rows: [string, string][] = [
		['items', items.length.toLocaleString('en')],
		['pages built (HTML)', pages.toLocaleString('en')],
		...(ingestSeconds !== undefined ? [['generate + ingest', `${ingestSeconds.toFixed(1)} s`] as [string, string]] : []),
		['build + index, wall time', `${full.seconds.toFixed(1)} s`],
		['of which search indexing (after Astro exits)', full.indexSeconds !== undefined ? `${full.indexSeconds.toFixed(1)} s, ${full.shards} shards` : '—'],
		['time per page', `${((full.seconds * 1000) / pages).toFixed(2)} ms`],
		['peak memory, whole process tree', mb(full.peakBytes)],
		['largest processes (each at its own peak)', full.largest],
		['dist/ size', mb(bytesUnder(dist))],
		['search index size (dist/pagefind)', mb(bytesUnder(join(dist, 'pagefind')))],
	];
	if (values.touch) {
		// A maintainer's fix: one character of one item's text.
		const file = items[Math.floor(items.length / 2)]!;
		writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}改\n`);
		step(`rebuilding after changing ${file.slice(itemsDir.length + 1)}`);
		const again = await build();
		rows.push(['rebuild after one item changed', `${again.seconds.toFixed(1)} s`], ['rebuild peak memory', mb(again.peakBytes)]);
	}
	console.log(
		`\nBuild benchmark: ${items.length.toLocaleString('en')} generated items, Node ${process.version}, ${(await import('node:os')).cpus().length} cores.\n`,
	);
	console.log('| measure | value |');
	console.log('| --- | --- |');
	for (const [name, value] of rows) console.log(`| ${name} | ${value} |`);
}

await main();
