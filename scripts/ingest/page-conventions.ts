/**
 * What a paper's pages of one name print by their own convention, where nothing in a page's text tells it apart from
 * the same layout on other pages.
 *
 * 人民日报's 文化遗产 page opens under a banner and its editor's note (大地书香·文脉传承 / … / ——编  者) and prints several
 * articles, each titled and signed by its writer's bare name; its web edition, the source of the crawlers' text, keeps each
 * article as an item of its own. Other pages print the same layout (a 文化 page's forum under its note, each part titled
 * and signed so, closed by （作者为…）) as one item whose parts are sections. Measured on the development corpora: the
 * three 文化遗产 pages with a banner over its note alone, 2026-03-14, 04-04 and 04-25, are each printed as separate
 * articles; more than twenty pages of other names (文化, 副刊, 人文, 假日生活, 两会特刊…) that set titled parts signed by
 * bare names under a note keep them in one item
 * (scripts/eval/PASSES.md, "Thirty-sixth pass").
 */
import type { PageSource } from './plain-subheads.ts';

/** The pages, by paper and name, whose banner over an editor's note heads articles of their own. */
const ARTICLES_UNDER_NOTE_PAGES: ReadonlyMap<string, ReadonlySet<string>> = new Map([['人民日报', new Set(['文化遗产'])]]);

/** Whether the page prints the articles under a banner's editor's note as items of their own. */
export function setsArticlesUnderNote({ paper, pageName }: PageSource): boolean {
	return paper !== undefined && pageName !== undefined && ARTICLES_UNDER_NOTE_PAGES.get(paper)?.has(pageName) === true;
}

/**
 * The boxes of briefs, by paper, that the paper's web edition prints as one article, each brief its section: 人民日报 so
 * prints 速览 and 数读 (all 14 such boxes of February 2019 in the caspiankexin crawl; October 2019 prints none), as it
 * prints 八方速递 in 2026. Elsewhere they stay column labels over briefs of their own (KNOWN_COLUMNS).
 */
const BOXES_PRINTED_WHOLE: ReadonlyMap<string, ReadonlySet<string>> = new Map([['人民日报', new Set(['速览', '数读'])]]);

/** The titles of the boxes of briefs the paper prints as one article each (none where the paper is unknown). */
export function boxesPrintedWhole({ paper }: PageSource): ReadonlySet<string> {
	return (paper !== undefined ? BOXES_PRINTED_WHOLE.get(paper) : undefined) ?? new Set();
}
