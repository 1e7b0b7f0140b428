/**
 * A preload that holds a run half-way into its commit until the test lets it go:
 *
 *   HOLD_WRITES_UNTIL=/tmp/go node --import ./tests/support/hold-writes.ts scripts/ingest.ts …
 *
 * Before the first staged file is moved into place (the Transaction's renames from
 * `…/staged/<n>`, see crash-after-writes.ts), the run waits until the file HOLD_WRITES_UNTIL
 * exists. A second run started meanwhile meets the first one committing, however busy the
 * machine: no timing decides the test.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { basename, dirname } from 'node:path';

const release = process.env.HOLD_WRITES_UNTIL;
if (!release) throw new Error('hold-writes：请用 HOLD_WRITES_UNTIL=<文件> 指定等哪个文件出现后再写入。');

const renameSync = fs.renameSync;
const sleeper = new Int32Array(new SharedArrayBuffer(4));
let held = false;
fs.renameSync = (from, to) => {
	if (!held && basename(dirname(String(from))) === 'staged') {
		held = true;
		while (!fs.existsSync(release)) Atomics.wait(sleeper, 0, 0, 20);
	}
	renameSync(from, to);
};
syncBuiltinESMExports();
