import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDEX_INPUTS } from '../../../scripts/search-index/inputs.ts';

const ROOT = join(import.meta.dirname, '../../..');
const ENTRY = 'scripts/search-index/indexer.ts';

/** The relative specifiers a module imports or re-exports, statically or not (packages are the lock file's). */
function relativeImports(source: string): string[] {
	const patterns = [/^\s*(?:import|export)\b[^;]*?\bfrom\s*['"]([^'"]+)['"]/gm, /^\s*import\s*['"]([^'"]+)['"]/gm, /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g];
	return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1]!)).filter((specifier) => specifier.startsWith('.'));
}

/** Every project file `entry` imports, directly or through others, itself included: paths from the root. */
function importGraph(entry: string): string[] {
	const reached = new Set<string>();
	const pending = [entry];
	while (pending.length > 0) {
		const file = pending.pop()!;
		if (reached.has(file)) continue;
		reached.add(file);
		if (!file.endsWith('.ts')) continue;
		for (const specifier of relativeImports(readFileSync(join(ROOT, file), 'utf8'))) {
			pending.push(
				relative(ROOT, resolve(ROOT, dirname(file), specifier))
					.split('\\')
					.join('/'),
			);
		}
	}
	return [...reached].sort();
}

describe('INDEX_INPUTS', () => {
	const graph = importGraph(ENTRY);

	it('is walked from the indexer through its own modules into the shared code', () => {
		// The walk itself: were it to find nothing, the next test would pass for nothing.
		expect(graph).toEqual(
			expect.arrayContaining([ENTRY, 'scripts/search-index/index-shard.ts', 'scripts/search-index/indexed-copy.ts', 'src/search/shared/tokens.ts']),
		);
	});

	it('lists every project file the indexer imports, so that a change to any of them is indexed again', () => {
		const missing = graph.filter((file) => !(INDEX_INPUTS as readonly string[]).includes(file));
		expect(missing, `add these to INDEX_INPUTS in scripts/search-index/inputs.ts`).toEqual([]);
	});

	it('lists only files that exist, and no code the indexer does not import', () => {
		expect(INDEX_INPUTS.filter((file) => !existsSync(join(ROOT, file)))).toEqual([]);
		expect(INDEX_INPUTS.filter((file) => file.endsWith('.ts') && !graph.includes(file))).toEqual([]);
	});
});
