/**
 * A preload that makes a run slow while it commits, as a big import on a busy disk is:
 *
 *   SLOW_WRITES_MS=200 node --import ./tests/support/slow-writes.ts scripts/ingest.ts …
 *
 * It waits that long before each staged file is moved into place (the Transaction's renames from
 * `…/staged/<n>`, see crash-after-writes.ts), so that a second run started meanwhile meets the
 * first one half-way through its commit.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { basename, dirname } from 'node:path';

const pause = Number(process.env.SLOW_WRITES_MS);
if (!Number.isInteger(pause) || pause < 1) throw new Error('slow-writes：请用 SLOW_WRITES_MS=<毫秒> 指定每个文件写入前等待多久。');

const renameSync = fs.renameSync;
const sleeper = new Int32Array(new SharedArrayBuffer(4));
fs.renameSync = (from, to) => {
	if (basename(dirname(String(from))) === 'staged') Atomics.wait(sleeper, 0, 0, pause);
	renameSync(from, to);
};
syncBuiltinESMExports();
