/**
 * A preload that makes a run die half-way through writing, as a power cut or a kill would:
 *
 *   CRASH_AFTER_WRITES=3 node --import ./tests/support/crash-after-writes.ts scripts/ingest.ts …
 *
 * The ingester's Transaction (scripts/ingest/transaction.ts) moves each staged file into place
 * with fs.renameSync, from its staging folder (`…/staged/<n>`). This wraps renameSync and kills
 * the process with SIGKILL right after the Nth such move: no exit handler, no clean-up, the journal
 * left as it was. Other renames (the journal's own, old files moved aside) pass through.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { basename, dirname } from 'node:path';

const limit = Number(process.env.CRASH_AFTER_WRITES);
if (!Number.isInteger(limit) || limit < 1) throw new Error('crash-after-writes：请用 CRASH_AFTER_WRITES=<正整数> 指定写入几个文件后中止。');

const renameSync = fs.renameSync;
let moved = 0;
fs.renameSync = (from, to) => {
	renameSync(from, to);
	if (basename(dirname(String(from))) === 'staged' && ++moved === limit) process.kill(process.pid, 'SIGKILL');
};
// Named imports of node:fs (`import { renameSync } from 'node:fs'`) see the wrapper only after this.
syncBuiltinESMExports();
