/**
 * What machines read, from the built site on a real static server: canonical links, the sitemap,
 * and RSS, Atom and JSON Feed, parsed by Chromium's own XML parser, checked for the elements
 * their specifications require, and every link in them followed.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { contentItemIds } from '../support/site-files.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
	browser = await launchChromium();
	page = await browser.newPage();
	await page.goto(siteUrl);
});

afterAll(async () => {
	await browser?.close();
});

async function fetchText(url: string): Promise<string> {
	const response = await fetch(url);
	expect(response.status, url).toBe(200);
	return response.text();
}

/** Parses XML in the browser; a document that is not well-formed throws with the parser's message. */
async function parseXml<T>(xml: string, read: (doc: Document) => T): Promise<T> {
	return page.evaluate(
		([text, reader]) => {
			const doc = new DOMParser().parseFromString(text, 'application/xml');
			const error = doc.querySelector('parsererror');
			if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
			return new Function('doc', `return (${reader})(doc)`)(doc);
		},
		[xml, read.toString()] as const,
	) as Promise<T>;
}

async function expectResolves(urls: string[]) {
	const failures: string[] = [];
	for (const url of urls) {
		const response = await fetch(url);
		if (response.status !== 200) failures.push(`${response.status} ${url}`);
	}
	expect(failures).toEqual([]);
}

const itemUrls = () =>
	contentItemIds()
		.map((id) => new URL(`${id}/`, siteUrl).href)
		.sort();

describe('web conventions', () => {
	it('gives every page its absolute canonical URL and links the feeds from its head', async () => {
		const itemUrl = new URL('kjrb/2024-07-12/00-03/', siteUrl).href;
		await page.goto(itemUrl);
		expect(await page.getAttribute('link[rel="canonical"]', 'href')).toBe(itemUrl);
		const feeds = await page.$$eval('link[rel="alternate"]', (links) => links.map((l) => [l.getAttribute('type'), (l as HTMLLinkElement).href]));
		expect(feeds).toEqual([
			['application/rss+xml', new URL('rss.xml', siteUrl).href],
			['application/atom+xml', new URL('atom.xml', siteUrl).href],
			['application/feed+json', new URL('feed.json', siteUrl).href],
		]);
		await page.goto(new URL('no-such-page/', siteUrl).href);
		expect(await page.$('link[rel="canonical"]')).toBeNull();
	});

	it('lists every item in the sitemap, named in robots.txt, and every URL in it resolves', async () => {
		const robots = await fetchText(new URL('robots.txt', siteUrl).href);
		const index = new URL('sitemap-index.xml', siteUrl).href;
		expect(robots).toContain(`Sitemap: ${index}`);
		const sitemaps = await parseXml(await fetchText(index), (doc) => [...doc.querySelectorAll('sitemap > loc')].map((l) => l.textContent!));
		expect(sitemaps.length).toBeGreaterThan(0);
		const urls: string[] = [];
		for (const sitemap of sitemaps) {
			urls.push(...(await parseXml(await fetchText(sitemap), (doc) => [...doc.querySelectorAll('url > loc')].map((l) => l.textContent!))));
		}
		expect(urls.filter((url) => /\/\d{4}-\d{2}-\d{2}\/\d{2}-\d{2}\/$/.test(url)).sort()).toEqual(itemUrls());
		expect(urls).not.toContain(new URL('search/', siteUrl).href);
		await expectResolves(urls);
	});

	it('publishes a well-formed RSS 2.0 feed with the required elements, whose links resolve', async () => {
		const rss = await parseXml(await fetchText(new URL('rss.xml', siteUrl).href), (doc) => ({
			version: doc.documentElement.getAttribute('version'),
			channel: ['title', 'link', 'description'].map((name) => doc.querySelector(`channel > ${name}`)?.textContent ?? ''),
			items: [...doc.querySelectorAll('channel > item')].map((item) => ({
				title: item.querySelector('title')?.textContent,
				link: item.querySelector('link')?.textContent,
				pubDate: item.querySelector('pubDate')?.textContent,
				authors: item.querySelectorAll('author').length,
			})),
		}));
		expect(rss.version).toBe('2.0');
		expect(rss.channel.every(Boolean)).toBe(true);
		expect(rss.items.map((item) => item.link).sort()).toEqual(itemUrls());
		for (const item of rss.items) {
			expect(item.title).toBeTruthy();
			expect(Number.isNaN(Date.parse(item.pubDate!))).toBe(false);
			expect(item.authors).toBe(0);
		}
		await expectResolves(rss.items.map((item) => item.link!));
	});

	it('publishes a well-formed Atom 1.0 feed with the required elements', async () => {
		const atom = await parseXml(await fetchText(new URL('atom.xml', siteUrl).href), (doc) => ({
			namespace: doc.documentElement.namespaceURI,
			feed: ['id', 'title', 'updated'].map((name) => doc.querySelector(`feed > ${name}`)?.textContent ?? ''),
			self: doc.querySelector('feed > link[rel="self"]')?.getAttribute('href'),
			entries: [...doc.querySelectorAll('entry')].map((entry) => ({
				required: ['id', 'title', 'updated'].map((name) => entry.querySelector(name)?.textContent ?? ''),
				link: entry.querySelector('link')?.getAttribute('href'),
				author: entry.querySelector('author > name')?.textContent ?? doc.querySelector('feed > author > name')?.textContent,
			})),
		}));
		expect(atom.namespace).toBe('http://www.w3.org/2005/Atom');
		expect(atom.feed.every(Boolean)).toBe(true);
		expect(atom.self).toBe(new URL('atom.xml', siteUrl).href);
		expect(atom.entries.map((entry) => entry.link).sort()).toEqual(itemUrls());
		for (const entry of atom.entries) {
			expect(entry.required.every(Boolean)).toBe(true);
			expect(entry.author).toBeTruthy();
		}
	});

	it('publishes a JSON Feed with the required members', async () => {
		const json = JSON.parse(await fetchText(new URL('feed.json', siteUrl).href));
		expect(json.version).toMatch(/^https:\/\/jsonfeed\.org\/version\/1(\.1)?$/);
		expect(json.title).toBeTruthy();
		expect(json.feed_url).toBe(new URL('feed.json', siteUrl).href);
		for (const item of json.items) {
			expect(typeof item.id).toBe('string');
			expect(item.content_html ?? item.content_text).toBeTruthy();
		}
		expect(json.items.map((item: { url: string }) => item.url).sort()).toEqual(itemUrls());
	});
});
