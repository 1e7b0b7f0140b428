/**
 * Ranking of search results: items whose title holds every term first, then items where the
 * terms occur most often; Pagefind's own order breaks ties.
 */

export interface RankedCandidate {
	title: string;
	/** Number of places the first term matched in the item. */
	matches: number;
}

function fold(text: string): string {
	return text.replace(/\s+/g, '').toLowerCase();
}

/** Returns the candidates in reading order of relevance; the input order is Pagefind's. */
export function rankResults<T extends RankedCandidate>(candidates: T[], terms: string[]): T[] {
	const folded = terms.map(fold);
	const inTitle = (candidate: T) => folded.every((term) => fold(candidate.title).includes(term));
	return candidates
		.map((candidate, index) => ({ candidate, index, titleHit: inTitle(candidate) }))
		.sort((a, b) => Number(b.titleHit) - Number(a.titleHit) || b.candidate.matches - a.candidate.matches || a.index - b.index)
		.map(({ candidate }) => candidate);
}
