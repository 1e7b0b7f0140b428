/**
 * Feeds of the latest items in RSS 2.0, Atom 1.0 and JSON Feed 1.1, written by the `feed`
 * library. Feeds need absolute URLs, so they exist only when the build knows the site's address
 * (SITE_URL). Dates are the items' publication dates, never the build time, so the same content
 * always gives the same feeds.
 */
import { Feed } from 'feed';
import type { ArchiveItem } from '../archive/item.ts';
import { authorsLabel, formatDate, pageLabel } from '../archive/labels.ts';
import { compareForReading } from '../archive/order.ts';
import { paths, withBase } from '../archive/urls.ts';
import { additionsOf, lastCorrected } from '../collection/item-additions.ts';
import { leadText } from '../collection/mdx-text.ts';

/**
 * The feed files, by file name under the site's base path. RSS 2.0 allows an item one <author>,
 * and only as an e-mail address, so its bylines go into the description instead.
 */
export const FEED_FILES = {
	'rss.xml': { type: 'application/rss+xml', label: 'RSS', link: 'rss', authors: false, render: (feed: Feed) => feed.rss2() },
	'atom.xml': { type: 'application/atom+xml', label: 'Atom', link: 'atom', authors: true, render: (feed: Feed) => feed.atom1() },
	'feed.json': { type: 'application/feed+json', label: 'JSON Feed', link: 'json', authors: true, render: (feed: Feed) => feed.json1() },
} as const;

export type FeedFile = keyof typeof FEED_FILES;

export interface FeedOptions {
	/** The site's origin and base path: https://example.org/archive/. */
	siteUrl: URL;
	/** How many of the latest items a feed lists. Default: 50. */
	limit?: number;
	/** Whether items carry their bylines as authors. Default: true. */
	authors?: boolean;
}

/**
 * Characters XML 1.0 does not allow (C0 controls but tab and line ends, lone surrogates, U+FFFE and
 * U+FFFF): a page text may hold them, a feed may not. Each becomes U+FFFD, visibly.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as a feed may hold it. */
export function xmlSafe(text: string): string {
	return text.replace(NOT_XML, '\uFFFD');
}

/** Feed summaries and titles are HTML; newspaper text is never markup (and never closes a CDATA section). */
function escapeHtml(text: string): string {
	return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Midnight in China on the day an item was printed. */
function printedOn(date: string): Date {
	return new Date(`${date}T00:00:00+08:00`);
}

/** An item as the collection gives it: its body, and what the loader kept of it (its corrections). */
type FeedItem = ArchiveItem & { body?: string; rendered?: { metadata?: Record<string, unknown> } };

/**
 * The latest items, in print order. An item an editor corrected is dated as updated on its latest
 * correction (Atom's updated, JSON Feed's date_modified) and published on its day of print (RSS's
 * pubDate); every format carries the corrections in its description.
 */
export function latestItemsFeed(items: FeedItem[], { siteUrl, limit = 50, authors: withAuthors = true }: FeedOptions): Feed {
	const latest = [...items].sort(compareForReading).slice(0, limit);
	const updatedOn = (item: FeedItem) => printedOn(lastCorrected(item) ?? item.data.date);
	const home = siteUrl.href;
	const feed = new Feed({
		title: '报纸档案：最新稿件',
		description: '报纸档案最新收录的稿件',
		id: home,
		link: home,
		language: 'zh-CN',
		favicon: new URL(withBase(siteUrl.pathname, paths.favicon()), siteUrl).href,
		updated: latest.length > 0 ? new Date(Math.max(...latest.map((item) => updatedOn(item).getTime()))) : new Date(0),
		generator: false,
		copyright: '版面文字版权归原报社所有',
		author: { name: '报纸档案', link: home },
		feedLinks: Object.fromEntries(Object.entries(FEED_FILES).map(([file, { link }]) => [link, new URL(paths.feed(file), siteUrl).href])),
	});
	for (const item of latest) {
		const url = new URL(paths.item(item.id), siteUrl).href;
		const { title, kicker, subtitle, paper, date, column, authors } = item.data;
		const lead = item.body ? leadText(item.body) : undefined;
		const where = [paper, formatDate(date), pageLabel(item.data), column, authors.length ? authorsLabel(authors) : undefined];
		feed.addItem({
			title: escapeHtml(title),
			id: url,
			link: url,
			date: updatedOn(item),
			published: printedOn(date),
			description: [
				kicker,
				subtitle,
				where.filter(Boolean).join(' · '),
				lead,
				...additionsOf(item).corrections.map((correction) => `更正（${formatDate(correction.date)}）：${correction.text}`),
			]
				.filter(Boolean)
				.map((line) => `<p>${escapeHtml(line!)}</p>`)
				.join(''),
			author:
				withAuthors && authors.length > 0
					? authors.map((author) => ({ name: xmlSafe(author.role ? `${author.role} ${author.name}` : author.name) }))
					: undefined,
			category: column ? [{ name: xmlSafe(column) }] : undefined,
		});
	}
	return feed;
}
