/**
 * Ranking of search results: items whose title holds every term first, then items holding the
 * terms side by side as typed (the whole phrase), then those where the terms occur most often;
 * Pagefind's own order breaks ties.
 */

export interface RankedCandidate {
	title: string;
	/** The item's searchable text, for whole-phrase hits. */
	text?: string;
	/** Number of places the first term matched in the item. */
	matches: number;
}

function fold(text: string): string {
	return text.replace(/\s+/g, '').toLowerCase();
}

/** Returns the candidates in reading order of relevance; the input order is Pagefind's. */
export function rankResults<T extends RankedCandidate>(candidates: T[], terms: string[]): T[] {
	const folded = terms.map(fold);
	const phrase = folded.join('');
	const inTitle = (candidate: T) => folded.every((term) => fold(candidate.title).includes(term));
	const wholePhrase = (candidate: T) => folded.length > 1 && fold(candidate.text ?? '').includes(phrase);
	return candidates
		.map((candidate, index) => ({ candidate, index, titleHit: inTitle(candidate), phraseHit: wholePhrase(candidate) }))
		.sort(
			(a, b) =>
				Number(b.titleHit) - Number(a.titleHit) || Number(b.phraseHit) - Number(a.phraseHit) || b.candidate.matches - a.candidate.matches || a.index - b.index,
		)
		.map(({ candidate }) => candidate);
}
