/**
 * npm run report:fixtures
 *
 * How faithfully the parser reads the fixture corpus (tests/fixtures/pages): per page, the items
 * found exactly as expected against the items expected, and the visible characters kept against
 * those in the source. Prints a Markdown table; exits 1 if any item or character is off.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { checkConservation } from './ingest/conservation.ts';
import { parsePage, type ParsedItem } from './ingest/parse-page.ts';
import { decodeSource } from './ingest/read-source.ts';

const FIXTURES = join(import.meta.dirname, '../tests/fixtures/pages');
const rows: string[] = [];
const total = { expected: 0, exact: 0, sourceChars: 0, keptChars: 0 };

for (const name of readdirSync(FIXTURES)
	.filter((n) => n.endsWith('.txt'))
	.sort()) {
	const source = decodeSource(readFileSync(join(FIXTURES, name)), name);
	const expected = JSON.parse(readFileSync(join(FIXTURES, name.replace(/\.txt$/, '.expected.json')), 'utf8')) as { items: ParsedItem[] };
	const parsed = parsePage(source);
	// Compare through JSON, as the expected file was written, so absent and undefined fields agree.
	const found = JSON.parse(JSON.stringify(parsed.items)) as ParsedItem[];
	const exact = expected.items.filter((item, i) => isDeepStrictEqual(item, found[i])).length;
	const report = checkConservation(source, parsed);
	total.expected += expected.items.length;
	total.exact += exact;
	total.sourceChars += report.sourceChars;
	total.keptChars += report.mismatch ? 0 : report.keptChars;
	rows.push(
		`| ${name} | ${exact} / ${expected.items.length} | ${report.mismatch ? `mismatch at line ${report.mismatch.line}` : `${report.keptChars} / ${report.sourceChars}`} |`,
	);
}

console.log('| fixture | items found exactly / expected | characters kept / in source |');
console.log('| --- | --- | --- |');
for (const row of rows) console.log(row);
console.log(`| **all** | **${total.exact} / ${total.expected}** | **${total.keptChars} / ${total.sourceChars}** |`);
process.exitCode = total.exact === total.expected && total.keptChars === total.sourceChars ? 0 : 1;
