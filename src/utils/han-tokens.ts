/**
 * Search on substrings of Chinese text. Pagefind indexes words; Chinese has no spaces, and its
 * segmenters disagree between index and query time. The index is therefore built from a copy of
 * each page in which every Han character stands alone, and every query is sent as an exact
 * phrase of single characters: any run of characters a reader types is found, and nothing else.
 */

const HAN = /\p{Script=Han}|〇/u;
const HAN_GLOBAL = /\p{Script=Han}|〇/gu;

/** 司美格鲁肽GLP-1 → " 司 美 格 鲁 肽 GLP-1": each Han character becomes its own word. */
export function spaceHan(text: string): string {
	return text.replace(HAN_GLOBAL, ' $& ');
}

/** True when the string contains Han characters. */
export function hasHan(text: string): boolean {
	return HAN.test(text);
}

/**
 * Undoes spaceHan in an excerpt of the indexed copy (HTML with <mark> tags): drops the spaces
 * next to Han characters and joins highlights that the spaces had split.
 */
export function unspaceHanExcerpt(html: string): string {
	// Tokens: tags, spaces, everything else. A space goes when a visible neighbour is Han.
	const tokens = html.match(/<[^>]*>|\s+|[^<\s]+/g) ?? [];
	const visible = (from: number, step: 1 | -1): string | undefined => {
		for (let i = from; i >= 0 && i < tokens.length; i += step) {
			const token = tokens[i]!;
			if (token.startsWith('<') || /^\s+$/.test(token)) continue;
			return step === 1 ? [...token][0] : [...token].at(-1);
		}
		return undefined;
	};
	const kept = tokens.filter((token, i) => {
		if (!/^\s+$/.test(token)) return true;
		const before = visible(i - 1, -1);
		const after = visible(i + 1, 1);
		return !(before && HAN.test(before)) && !(after && HAN.test(after));
	});
	return kept.join('').replace(/<\/mark><mark>/g, '');
}
