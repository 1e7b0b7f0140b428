/**
 * npm run bench:ingest [-- --pages N] [--keep]
 *
 * How fast a backlog is imported: generates N page texts with their sidecars (default 2,000;
 * tests/support/corpus.ts: several papers over many days, features and columns of briefs), ingests
 * the folder with the real CLI in one process into a scratch content folder, and prints pages,
 * items, wall time, pages per second and the peak memory of the ingest process. Then it ingests
 * the same folder again, as a maintainer re-running an import does (everything unchanged).
 * --keep leaves the scratch folder and says where it is.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { filesUnder } from '../shared/files.ts';
import { generatePages, type GeneratedPage } from '../../tests/support/corpus.ts';
import { watchPeakRss } from '../../tests/support/process-tree.ts';

const ROOT = join(import.meta.dirname, '../..');
/** Generated pages hold three to four items on average; asking for this many per page always gives enough pages. */
const ITEMS_PER_PAGE_ASKED = 6;

function readOptions(): { pages: number; keep: boolean } {
	const { values } = parseArgs({ options: { pages: { type: 'string', default: '2000' }, keep: { type: 'boolean', default: false } } });
	const pages = Number(values.pages);
	if (!Number.isInteger(pages) || pages < 1) {
		console.error(`--pages 须为正整数（收到 ${values.pages}）。例如：npm run bench:ingest -- --pages 5000`);
		process.exit(2);
	}
	return { pages, keep: values.keep };
}

/** The first `count` pages of a generated archive. */
function pagesFor(count: number): GeneratedPage[] {
	const pages = generatePages(count * ITEMS_PER_PAGE_ASKED).slice(0, count);
	if (pages.length < count) throw new Error(`只生成了 ${pages.length} 个版面，少于要求的 ${count} 个。`);
	return pages;
}

interface Run {
	seconds: number;
	peakBytes: number;
	status: number | null;
	stdout: string;
	stderr: string;
}

/** One run of the real ingest CLI, timed, its memory watched. */
async function ingest(inbox: string, contentDir: string): Promise<Run> {
	const started = performance.now();
	const child = spawn(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'scripts/ingest.ts'), inbox, '--out', join(contentDir, 'items')], {
		cwd: ROOT,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const watch = watchPeakRss(child.pid!, 50);
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (chunk) => (stdout += chunk));
	child.stderr.on('data', (chunk) => (stderr += chunk));
	const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
	const peak = watch.stop();
	return { seconds: (performance.now() - started) / 1000, peakBytes: peak.total, status, stdout, stderr };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function main(): Promise<void> {
	const options = readOptions();
	const work = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
	try {
		const inbox = join(work, 'inbox');
		const contentDir = join(work, 'content');
		mkdirSync(inbox);
		const pages = pagesFor(options.pages);
		for (const page of pages) {
			writeFileSync(join(inbox, page.file), page.text);
			writeFileSync(join(inbox, page.file.replace(/\.txt$/, '.yaml')), page.sidecar);
		}
		console.error(`[bench:ingest] 导入 ${pages.length} 个生成的版面…`);
		const first = await ingest(inbox, contentDir);
		if (first.status !== 0) throw new Error(`导入失败（退出码 ${first.status}）：\n${first.stderr.slice(-4000)}`);
		console.error('[bench:ingest] 再导入一次（内容未变）…');
		const again = await ingest(inbox, contentDir);
		if (again.status !== 0) throw new Error(`再次导入失败（退出码 ${again.status}）：\n${again.stderr.slice(-4000)}`);
		const items = filesUnder(join(contentDir, 'items'), '.mdx').length;
		const rate = (run: Run) => `${(pages.length / run.seconds).toFixed(0)} pages/s`;
		console.log(`\nIngest benchmark: ${pages.length.toLocaleString('en')} generated pages, Node ${process.version}, ${cpus().length} cores.\n`);
		console.log('| measure | value |');
		console.log('| --- | --- |');
		console.log(`| pages | ${pages.length.toLocaleString('en')} |`);
		console.log(`| items written | ${items.toLocaleString('en')} |`);
		console.log(`| first import, wall time | ${first.seconds.toFixed(1)} s (${rate(first)}) |`);
		console.log(`| first import, peak memory | ${mb(first.peakBytes)} |`);
		console.log(`| same import again (nothing changes), wall time | ${again.seconds.toFixed(1)} s (${rate(again)}) |`);
		console.log(`| same import again, peak memory | ${mb(again.peakBytes)} |`);
		if (options.keep) console.error(`[bench:ingest] 生成的文件留在 ${work}`);
	} finally {
		if (!options.keep) rmSync(work, { recursive: true, force: true });
	}
}

await main();
