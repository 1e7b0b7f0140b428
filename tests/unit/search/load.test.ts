/** The loader against a fake pagefind.js that records what the page would have asked Pagefind for. */
import { describe, expect, it } from 'vitest';
import { createLoader } from '../../../src/search/client/load.ts';
import type { PagefindIndexOptions, PagefindModule } from '../../../src/search/client/pagefind.ts';
import type { SearchManifest } from '../../../src/search/shared/shards.ts';

const manifest: SearchManifest = {
	shards: [
		{ id: '2025', from: '2025-01-01', to: '2025-12-31', items: 3 },
		{ id: '2024-07', from: '2024-07-01', to: '2024-12-31', items: 5 },
		{ id: '2024-01', from: '2024-01-01', to: '2024-06-30', items: 5 },
	],
	symbols: '，“”',
	firstSearch: 1,
};

/** A fake pagefind.js import, logging each call in order; `failures` imports fail first. */
function fakeImport(failures = 0) {
	const calls: string[] = [];
	const importModule = async (url: string): Promise<PagefindModule> => {
		calls.push(`import ${url}`);
		if (failures-- > 0) throw new Error('offline');
		return {
			createInstance({ basePath }: PagefindIndexOptions) {
				calls.push(`createInstance ${basePath}`);
				return {
					options: async (options) => void calls.push(`options ${JSON.stringify(options)}`),
					init: async () => void calls.push('init'),
					mergeIndex: async (path, options) => void calls.push(`mergeIndex ${path} ${JSON.stringify(options)}`),
					search: async () => ({ results: [] }),
					filters: async () => ({}),
				};
			},
		};
	};
	return { calls, importModule };
}

describe('createLoader', () => {
	it('loads the newest shard’s pagefind.js and merges the other shards into the first, each with its shard filter', async () => {
		const { calls, importModule } = fakeImport();
		const loader = createLoader(manifest, '/archive/', importModule);
		const index = await loader.index(manifest.shards.slice(1));
		expect(index.shards.map((s) => s.id)).toEqual(['2024-07', '2024-01']);
		expect([...index.symbols].sort()).toEqual(['“', '”', '，'].sort());
		expect(calls).toEqual([
			'import /archive/pagefind/2025/pagefind.js',
			'createInstance /archive/pagefind/2024-07/',
			'options {"baseUrl":"/archive/","excerptLength":40}',
			'init',
			'options {"mergeFilter":{"shard":"2024-07"}}',
			'mergeIndex /archive/pagefind/2024-01/ {"baseUrl":"/archive/","excerptLength":40,"mergeFilter":{"shard":"2024-01"}}',
		]);
	});

	it('loads each set of shards once, and pagefind.js once for all of them', async () => {
		const { calls, importModule } = fakeImport();
		const loader = createLoader(manifest, '/', importModule);
		const first = loader.index(manifest.shards.slice(0, 1));
		expect(loader.index(manifest.shards.slice(0, 1))).toBe(first);
		await first;
		await loader.index(manifest.shards);
		expect(calls.filter((call) => call.startsWith('import'))).toEqual(['import /pagefind/2025/pagefind.js']);
		expect(calls.filter((call) => call.startsWith('createInstance'))).toEqual(['createInstance /pagefind/2025/', 'createInstance /pagefind/2025/']);
	});

	it('forgets a failed download, so that the next search tries again', async () => {
		const { calls, importModule } = fakeImport(1);
		const loader = createLoader(manifest, '/', importModule);
		await expect(loader.index(manifest.shards.slice(0, 1))).rejects.toThrow('offline');
		await expect(loader.index(manifest.shards.slice(0, 1))).resolves.toMatchObject({ shards: manifest.shards.slice(0, 1) });
		expect(calls.filter((call) => call.startsWith('import'))).toHaveLength(2);
	});

	it('keeps nothing between loaders: each page’s loader downloads for itself', async () => {
		const one = fakeImport();
		const other = fakeImport();
		await createLoader(manifest, '/', one.importModule).index(manifest.shards.slice(0, 1));
		await createLoader(manifest, '/', other.importModule).index(manifest.shards.slice(0, 1));
		expect(other.calls[0]).toBe('import /pagefind/2025/pagefind.js');
	});

	it('converts Traditional characters to Simplified once the converter is asked for', async () => {
		const loader = createLoader(manifest, '/', fakeImport().importModule);
		const toSimplified = await loader.converter();
		expect(toSimplified('生物醫藥')).toBe('生物医药');
		expect(await loader.converter()).toBe(toSimplified);
	});
});
