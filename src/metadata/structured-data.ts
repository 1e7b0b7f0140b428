/**
 * Machine-readable descriptions of an item for search engines and link previews: schema.org
 * NewsArticle (JSON-LD) and OpenGraph article tags.
 */
import type { ArchiveItem } from '../archive/item.ts';
import type { ItemCorrection } from '../collection/render-item.ts';
import { printedPage, sortablePage } from '../archive/page-numbers.ts';

/**
 * schema.org NewsArticle for an item; `url` is its permanent address (absolute when known). Its
 * corrections, when an editor wrote any, give its dateModified and a CorrectionComment each.
 */
export function newsArticle(item: ArchiveItem, url: string, description?: string, corrections: ItemCorrection[] = []): Record<string, unknown> {
	const { data } = item;
	const modified = corrections
		.map((correction) => correction.date)
		.sort()
		.at(-1);
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: data.title,
		...(data.subtitle ? { alternativeHeadline: data.subtitle } : {}),
		...(description ? { description } : {}),
		inLanguage: 'zh-CN',
		datePublished: data.date,
		...(modified ? { dateModified: modified } : {}),
		...(corrections.length > 0
			? { correction: corrections.map((correction) => ({ '@type': 'CorrectionComment', text: correction.text, datePublished: correction.date })) }
			: {}),
		url,
		mainEntityOfPage: url,
		author: data.authors.map((author) => ({ '@type': 'Person', name: author.name, ...(author.role ? { jobTitle: author.role } : {}) })),
		publisher: { '@type': 'Organization', name: data.paper },
		...(data.page ? { printPage: printedPage(sortablePage(data.page, data.pageSection)!) } : {}),
		...(data.pageName ? { printSection: data.pageName } : {}),
		...(data.column ? { printColumn: data.column } : {}),
		...(data.places.length > 0 ? { contentLocation: data.places.map((name) => ({ '@type': 'Place', name })) } : {}),
	};
}

/** JSON for a <script> element: "<" escaped, so that no text can close the element. */
export function jsonForScript(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** OpenGraph tags of an item, as [property, content] pairs. */
export function openGraph(item: ArchiveItem, url: string | undefined, description?: string): [string, string][] {
	const { data } = item;
	return [
		['og:type', 'article'],
		['og:locale', 'zh_CN'],
		['og:site_name', '报纸档案'],
		['og:title', data.title],
		...(description ? ([['og:description', description]] as [string, string][]) : []),
		...(url ? ([['og:url', url]] as [string, string][]) : []),
		['article:published_time', data.date],
		...data.authors.map((author): [string, string] => ['article:author', author.name]),
		...((data.pageName ?? data.column) ? ([['article:section', data.pageName ?? data.column!]] as [string, string][]) : []),
	];
}
