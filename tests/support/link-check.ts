/**
 * A link checker for a built site served over HTTP, following links the way a reader's browser and
 * a search engine do. From the home page (and robots.txt, for its Sitemap lines) it follows every
 * internal URL: in HTML a[href], link[href] (stylesheets, icons, feeds), script[src], img[src],
 * srcset, form actions; url() and @import in stylesheets; static imports in scripts; every URL in
 * sitemaps and RSS/Atom/JSON feeds. It reports, with the page each was found on:
 * - an internal URL that does not answer 200, directly or through redirects;
 * - a redirect that leaves the host (port included) or the base path;
 * - a fragment (#id, decoded: ids are Chinese) that names no element of the target page;
 * - a page that does not answer without its trailing slash (a redirect to it is fine);
 * - a link out of the base path, which a host serving the site under it would not answer;
 * - a host that does not answer 404 for an address that does not exist, and a broken link on the
 *   404 page it answers with (which a reader sees at any depth).
 *
 * Why not linkinator: run offline against 127.0.0.1, linkinator 7.6 --check-fragments misses a
 * broken fragment whenever the target page was checked before the link was seen (a breadcrumb's
 * #p00 on the edition page, say), and it reads no sitemap or feed.
 */
import { attribute, htmlElements } from './html.ts';

export interface LinkProblem {
	/** The page (or sitemap, feed, stylesheet) the link was found on. */
	from: string;
	/** The link as written there. */
	link: string;
	problem: string;
}

export interface LinkReport {
	/** Every internal URL fetched (without fragments). */
	checked: string[];
	/** The URLs of the HTML pages reached. */
	pages: string[];
	problems: LinkProblem[];
}

export interface LinkCheckOptions {
	/**
	 * The public URL the site was built for (SITE_URL plus the base path), when absolute links use
	 * it: links under it are checked against the served copy instead.
	 */
	publicUrl?: string;
}

interface Fetched {
	/** The URL after redirects. */
	url: URL;
	status: number;
	type: string;
	body: string;
	/** A redirect that left the host or the base path. */
	problem?: string;
}

interface Link {
	from: string;
	written: string;
	target: URL;
	/** The response the link was read from. */
	source: Fetched;
}

const MAX_REDIRECTS = 5;
/** The fragments every page has: the top of the page (HTML's "top", and the empty one). */
const ALWAYS_THERE = new Set(['', 'top']);

/** Fetches a URL, following redirects only while they stay on the host and under the base path. */
async function fetchWithinSite(start: URL, basePath: string): Promise<Fetched> {
	let url = start;
	for (let hop = 0; ; hop++) {
		const response = await fetch(url, { redirect: 'manual' });
		const location = response.headers.get('location');
		if (response.status < 300 || response.status >= 400 || location === null) {
			const type = response.headers.get('content-type') ?? '';
			const textual = /html|xml|css|javascript|json|text/.test(type);
			const body = textual ? await response.text() : (await response.arrayBuffer(), '');
			return { url, status: response.status, type, body };
		}
		const next = new URL(location, url);
		const left =
			next.origin !== url.origin
				? `重定向到了另一个主机或端口：${location}`
				: !next.pathname.startsWith(basePath)
					? `重定向离开了 ${basePath}：${location}`
					: undefined;
		if (left) return { url, status: response.status, type: '', body: '', problem: left };
		if (hop === MAX_REDIRECTS) return { url, status: response.status, type: '', body: '', problem: `重定向超过 ${MAX_REDIRECTS} 次` };
		url = next;
	}
}

function decodeXml(text: string): string {
	return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);/gi, (entity, name: string) => {
		const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
		if (name[0] !== '#') return named[name.toLowerCase()] ?? entity;
		return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
	});
}

/** The URLs a document links to, as written, by what kind of document it is. */
export function linksIn(body: string, type: string): string[] {
	if (type.includes('html')) {
		return htmlElements(body).flatMap((element) => {
			const single = ['href', 'src', 'action', 'poster', 'data'].map((name) => attribute(element, name));
			const sets = ['srcSet', 'imageSrcSet'].flatMap((name) =>
				(attribute(element, name) ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0]),
			);
			return [...single, ...sets].filter((value): value is string => Boolean(value));
		});
	}
	if (type.includes('css')) return [...body.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)].map((m) => m[2] ?? m[4]!);
	if (type.includes('javascript')) return [...body.matchAll(/(?:\bimport\s*\(?|\bfrom)\s*(['"`])(\.{0,2}\/[^'"`$]+)\1/g)].map((m) => m[2]!);
	if (type.includes('json')) {
		const found: string[] = [];
		const visit = (value: unknown, key: string) => {
			if (typeof value === 'string' && (/url$|^(image|icon|favicon|banner_image|avatar)$/i.test(key) || /^https?:\/\//.test(value))) found.push(value);
			else if (Array.isArray(value)) for (const item of value) visit(item, key);
			else if (value && typeof value === 'object') for (const [name, item] of Object.entries(value)) visit(item, name);
		};
		try {
			visit(JSON.parse(body), '');
		} catch {
			// Not JSON after all: nothing to follow.
		}
		return found;
	}
	if (type.includes('xml')) {
		// Sitemaps (<loc>), RSS (<link>, <guid>, enclosures) and Atom (<link href>, <id>).
		const texts = [...body.matchAll(/<(loc|link|guid|id|uri|url|icon|logo)(?:\s[^>]*)?>\s*(?:<!\[CDATA\[)?([^<\]]+?)(?:\]\]>)?\s*<\/\1>/g)].map((m) => m[2]!);
		const attributes = [...body.matchAll(/\s(?:href|src|url)="([^"]+)"/g)].map((m) => m[1]!);
		// Element texts only where they are URLs (an Atom id may be a tag: URI, a guid any string).
		return [...texts.filter((text) => /^(https?:)?\/|^\.{0,2}\//.test(text.trim())), ...attributes].map((value) => decodeXml(value.trim()));
	}
	if (type.startsWith('text/plain')) return [...body.matchAll(/^sitemap:\s*(\S+)/gim)].map((m) => m[1]!);
	return [];
}

/** The ids a fragment can name on an HTML page: ids, and the names of <a name>. */
function fragmentTargets(body: string): Set<string> {
	const targets = new Set<string>();
	for (const element of htmlElements(body)) {
		const id = attribute(element, 'id');
		if (id) targets.add(id);
		const name = element.tagName === 'a' ? attribute(element, 'name') : undefined;
		if (name) targets.add(name);
	}
	return targets;
}

function withoutFragment(url: URL): string {
	const copy = new URL(url);
	copy.hash = '';
	return copy.href;
}

function decodedFragment(url: URL): string | undefined {
	// A text fragment (#:~:text=…) is a directive for the browser, not an id.
	const fragment = url.hash.slice(1).split(':~:')[0]!;
	try {
		return decodeURIComponent(fragment);
	} catch {
		return undefined;
	}
}

/** Checks every internal link of the site served at `siteUrl` (its home page, ending in /). */
export async function checkLinks(siteUrl: string, options: LinkCheckOptions = {}): Promise<LinkReport> {
	const home = new URL(siteUrl);
	const basePath = home.pathname;
	const publicUrl = options.publicUrl ? new URL(options.publicUrl) : undefined;
	const fetched = new Map<string, Fetched>();
	const links: Link[] = [];
	const problems: LinkProblem[] = [];
	// robots.txt for its Sitemap lines; a site without one is fine, as nothing links to it. And an
	// address that does not exist, deep down: the host must answer 404, and the links of the page it
	// answers with must work from there too.
	const missing = new URL('no/such/page/', home).href;
	const queue: string[] = [home.href, new URL('robots.txt', home).href, missing];
	const seen = new Set(queue);

	const resolveLink = (written: string, from: URL): URL | undefined => {
		let target: URL;
		try {
			target = new URL(written, from);
		} catch {
			problems.push({ from: from.href, link: written, problem: '不是有效的网址' });
			return undefined;
		}
		if (publicUrl && target.href.startsWith(publicUrl.href)) target = new URL(target.href.slice(publicUrl.href.length), home);
		if (target.origin !== home.origin) return undefined;
		return target;
	};

	while (queue.length > 0) {
		const href = queue.shift()!;
		const response = await fetchWithinSite(new URL(href), basePath);
		fetched.set(href, response);
		if (href === missing && response.status !== 404)
			problems.push({ from: missing, link: missing, problem: `不存在的地址应答 HTTP ${response.status}，应为 404` });
		const readable = response.status === 200 || (href === missing && response.status === 404);
		if (!readable || response.problem || !response.url.pathname.startsWith(basePath)) continue;
		for (const written of linksIn(response.body, response.type)) {
			const target = resolveLink(written, response.url);
			if (!target) continue;
			links.push({ from: response.url.href, written, target, source: response });
			const key = withoutFragment(target);
			if (!target.pathname.startsWith(basePath) || seen.has(key)) continue;
			seen.add(key);
			queue.push(key);
		}
	}

	const idsByPage = new Map<string, Set<string>>();
	const idsOf = (page: Fetched) => {
		if (!idsByPage.has(page.url.href)) idsByPage.set(page.url.href, fragmentTargets(page.body));
		return idsByPage.get(page.url.href)!;
	};
	for (const { from, written, target, source } of links) {
		const report = (problem: string) => problems.push({ from, link: written, problem });
		if (!target.pathname.startsWith(basePath)) {
			report(`不在 ${basePath} 之下`);
			continue;
		}
		// A link within the page it is on (#main) reads that page, whatever its status (the 404 page).
		const response = withoutFragment(target) === source.url.href ? source : fetched.get(withoutFragment(target))!;
		if (response.problem) report(response.problem);
		else if (response.status !== 200 && response !== source) report(`HTTP ${response.status}`);
		else if (target.hash && response.type.includes('html')) {
			const fragment = decodedFragment(target);
			if (fragment === undefined) report('锚点不是有效的百分号编码');
			else if (!ALWAYS_THERE.has(fragment) && !idsOf(response).has(fragment)) report(`目标页面没有 id 为“${fragment}”的元素`);
		}
	}

	const pages = [...fetched.values()].filter((page) => page.status === 200 && !page.problem && page.type.includes('html')).map((page) => page.url.href);
	for (const page of new Set(pages)) {
		const url = new URL(page);
		if (!url.pathname.endsWith('/') || url.pathname === '/') continue;
		const bare = new URL(url);
		bare.pathname = url.pathname.slice(0, -1);
		const response = await fetchWithinSite(bare, basePath);
		const report = (problem: string) => problems.push({ from: page, link: bare.href, problem: `去掉末尾斜杠后${problem}` });
		if (response.problem) report(response.problem);
		else if (response.status !== 200) report(`HTTP ${response.status}`);
		else if (response.url.href !== bare.href && response.url.href !== url.href) report(`重定向到了别的页面：${response.url.href}`);
	}

	return { checked: [...fetched.keys()], pages: [...new Set(pages)], problems };
}

/** One line a problem: the page, the link, what is wrong. */
export function formatProblems(problems: LinkProblem[]): string {
	return problems.map(({ from, link, problem }) => `${decodeURI(from)} → ${link}：${problem}`).join('\n');
}
