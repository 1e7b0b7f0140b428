/**
 * The search manifest of an archive (search/shared/shards.ts), computed from its content
 * collection: the build writes it for the indexer (pages/pagefind/shards.json.ts) and the search
 * page carries it, so both agree on the shards and the symbols.
 */
import { FIRST_SEARCH_MIN_ITEMS, firstSearchShards, planShards, type SearchManifest } from './shards.ts';
import { BLOCK_END, decodeEntities, symbolsIn } from './tokens.ts';

interface IndexedEntry {
	data: { date: string };
	rendered?: { html: string };
}

export function searchManifest(items: readonly IndexedEntry[], firstSearchItems = FIRST_SEARCH_MIN_ITEMS): SearchManifest {
	const symbols = new Set<string>();
	for (const item of items) {
		// The indexed text is the frontmatter's (title, kicker, captions…) and the body's: a superset
		// of its symbols does no harm.
		symbolsIn(JSON.stringify(item.data), symbols);
		symbolsIn(decodeEntities(item.rendered?.html ?? ''), symbols);
	}
	// A straight double quote delimits phrase queries; it cannot be a word as well. The block end
	// mark must stay out of words, so that it holds a place between blocks.
	symbols.delete('"');
	symbols.delete(BLOCK_END);
	const shards = planShards(items.map((item) => item.data.date));
	return { shards, symbols: [...symbols].sort().join(''), firstSearch: firstSearchShards(shards, firstSearchItems) };
}
