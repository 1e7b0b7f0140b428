/** The site's own search page, driven in a real browser as a reader would use it. */
import type { Page } from 'playwright-core';

/** Waits until the search page has answered (results, none, a failure or an empty archive). */
export async function waitForSearchEnd(page: Page, timeout = 30_000): Promise<void> {
	await page.waitForFunction(() => /找到|没有|失败|还没有/.test(document.querySelector('#search-status')?.textContent ?? ''), undefined, { timeout });
}

/**
 * Opens `searchUrl` (the search page with ?q=…), waits for the search to end and pages through
 * to the last result; returns each result's link (absolute) and the status line.
 */
export async function searchOnSite(page: Page, searchUrl: string): Promise<{ hrefs: string[]; status: string }> {
	await page.goto(searchUrl);
	await waitForSearchEnd(page);
	for (;;) {
		const more = await page.$('#search-more:not([hidden])');
		if (!more) break;
		const shown = await page.$$eval('#search-results > li', (list) => list.length);
		await more.click();
		await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, shown);
	}
	const hrefs = await page.$$eval('#search-results > li h2 a', (links) => links.map((a) => (a as HTMLAnchorElement).href));
	return { hrefs, status: (await page.textContent('#search-status')) ?? '' };
}
