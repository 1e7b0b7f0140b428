/**
 * Publishes every old address of the redirects ledger (content/redirects.yaml) in the built site,
 * in the two forms static hosts understand: a small page at the old address that sends the reader
 * on (meta refresh, and a script that keeps the #section of the link; a visible link and a
 * canonical link for readers and crawlers without either), and the `_redirects` rules file that
 * Netlify, Cloudflare Pages and others read as real 301s (README shows the nginx equivalent).
 *
 * An item's old address leads to its current one. A printed page's old address is a section of
 * its edition page: when the old edition has no items left (the date was corrected), the old
 * edition page leads to the new one, at the page's section.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isItemId, resolveRedirects, type ResolvedRedirect } from '../../src/archive/redirects.ts';
import { paths, withBase } from '../../src/archive/urls.ts';
import { filesUnder } from '../shared/files.ts';
import { readLedger } from '../../src/collection/redirects-ledger.ts';

export interface RedirectSite {
	outDir: string;
	itemsDir: string;
	pagesDir: string;
	ledgerFile: string;
	basePath: string;
	siteUrl?: string;
	/** Whether an id of this date is built here (ARCHIVE_YEARS); all when absent. */
	isBuilt?: (date: string) => boolean;
}

/** The ledger cannot be published: an old address leads nowhere. */
export class RedirectsError extends Error {}

const idsUnder = (dir: string, extension: string) =>
	existsSync(dir) ? new Set(filesUnder(dir, extension).map((file) => relative(dir, file).split(sep).join('/').slice(0, -extension.length))) : new Set<string>();

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The page served at an old address: it sends the reader to `target` (a site path), keeping the link's #section. */
export function redirectPage(target: string, canonical: string, what: string, dropped = false): string {
	const href = escapeHtml(target);
	// (An item a corrected page text left out leads to another item of its page: the page says so, not that it moved.)
	const said = dropped ? `${what}已从更正后的原文中删去，转到同版的另一篇` : `${what}已移至新网址`;
	// JSON in a script: </ would end the script, so it is escaped.
	const script = JSON.stringify(target).replace(/</g, '\\u003c');
	return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${said}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(canonical)}">
<script>location.replace(${script} + location.hash);</script>
<meta http-equiv="refresh" content="0; url=${href}">
</head>
<body>
<p>${said}：<a href="${href}">${href}</a></p>
</body>
</html>
`;
}

interface Published {
	/** Site path of the old address. */
	from: string;
	/** Site path it leads to (a page's section included). */
	to: string;
	/** Date of the old address, for ARCHIVE_YEARS. */
	date: string;
	what: string;
	/** Whether the old address's item was left out of a corrected text (ResolvedRedirect.dropped). */
	dropped?: boolean;
}

/** Old addresses as site paths: items one by one, and editions that no longer hold any item. */
function publishedRedirects(redirects: ResolvedRedirect[], items: Set<string>): Published[] {
	const editions = new Set([...items].map((id) => id.split('/').slice(0, 2).join('/')));
	const published: Published[] = [];
	const seenEditions = new Set<string>();
	for (const { from, to, dropped } of redirects) {
		const [slug, date] = from.split('/') as [string, string];
		if (isItemId(from)) {
			published.push({ from: paths.item(from), to: paths.item(to), date, what: '这篇稿件', ...(dropped ? { dropped } : {}) });
			continue;
		}
		const edition = `${slug}/${date}`;
		if (editions.has(edition) || seenEditions.has(edition)) continue;
		seenEditions.add(edition);
		published.push({ from: paths.edition(slug, date), to: paths.page(to), date, what: '这一版' });
	}
	return published;
}

/** Writes the redirect pages and `_redirects`; returns how many old addresses were published. */
export function publishRedirects(site: RedirectSite): number {
	const ledger = readLedger(site.ledgerFile);
	if (ledger.length === 0) return 0;
	const items = idsUnder(site.itemsDir, '.mdx');
	const pages = idsUnder(site.pagesDir, '.yaml');
	const { redirects, problems } = resolveRedirects(ledger, (id) => (isItemId(id) ? items.has(id) : pages.has(id)));
	if (problems.length > 0) {
		throw new RedirectsError(
			`跳转记录 ${site.ledgerFile} 里有 ${problems.length} 个旧网址无处可去：\n${problems.map((p) => `  ${p.message}`).join('\n')}\n` +
				'若那篇稿件已删除，把这些记录的 to 改成留下的稿件的编号；若是移错了，用 npm run move 把稿件移回。',
		);
	}
	const published = publishedRedirects(redirects, items);
	const absolute = (path: string) => (site.siteUrl ? new URL(withBase(site.basePath, path), site.siteUrl).href : withBase(site.basePath, path));
	for (const redirect of published) {
		if (site.isBuilt && !site.isBuilt(redirect.date)) continue;
		const file = join(site.outDir, redirect.from, 'index.html');
		// Never over a page the build made: an address that is current again is served as it is.
		if (existsSync(file)) continue;
		mkdirSync(join(site.outDir, redirect.from), { recursive: true });
		writeFileSync(file, redirectPage(withBase(site.basePath, redirect.to), absolute(redirect.to.replace(/#.*$/, '')), redirect.what, redirect.dropped));
	}
	// Every part of a build split by years writes the same rules file (scripts/build/merge.ts).
	const rules = published.map((r) => `${withBase(site.basePath, r.from)} ${withBase(site.basePath, r.to.replace(/#.*$/, ''))} 301`);
	writeFileSync(join(site.outDir, '_redirects'), `${rules.join('\n')}\n`);
	return published.length;
}
