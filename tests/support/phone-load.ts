/**
 * One page loaded in Chromium as a phone reader loads it, with what decides its Lighthouse
 * performance score recorded in terms that do not change with how busy the machine is: the files
 * it asked for (their bytes are read from the build, not timed), the ones that held up its first
 * paint, its layout shifts, and the script its main thread parsed.
 *
 * Whether something shifts the layout can depend on timing: results that arrive before the first
 * paint move nothing, the same results after it move what is below them. So every request other
 * than the page and its stylesheets is held until the page has painted, and the CPU is slowed
 * four times as Lighthouse's mobile run does: what arrives late always arrives after the paint.
 */
import type { Browser } from 'playwright-core';

/** A phone screen, as Lighthouse's mobile run and the audits' phone screen have it. */
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true } as const;

export interface PhoneLoad {
	/** Every request of the page and its workers that was answered: URL, status and Playwright's resource type. */
	requests: { url: string; status: number; resourceType: string }[];
	/** The URLs of the resources Chromium marked render-blocking (Resource Timing's renderBlockingStatus). */
	renderBlocking: string[];
	/** Each layout shift that no input caused: its score and the elements that moved. */
	layoutShifts: { value: number; sources: string[] }[];
	/** Each script of the page's own origin that the main thread parsed (files and inline ones), with its length in characters. */
	scripts: { url: string; length: number }[];
}

/** Held requests wait for this binding, which an init script calls at the first contentful paint. */
const PAINTED = '__phoneLoadPainted';

/**
 * Loads `url` as a phone does; `readySelector`: an element to wait for; `readyWhen`: a script
 * expression that must hold before the load is taken as done (a picture loaded, say).
 */
export async function loadAsPhone(browser: Browser, url: string, readySelector?: string, readyWhen?: string): Promise<PhoneLoad> {
	const context = await browser.newContext({ ...PHONE, locale: 'zh-CN' });
	try {
		const page = await context.newPage();
		let markPainted!: () => void;
		const painted = new Promise<void>((resolve) => (markPainted = resolve));
		await page.exposeBinding(PAINTED, () => markPainted());
		await page.addInitScript((binding) => {
			new PerformanceObserver((list, observer) => {
				if (!list.getEntriesByName('first-contentful-paint').length) return;
				observer.disconnect();
				(window as unknown as Record<string, () => void>)[binding]!();
			}).observe({ type: 'paint', buffered: true });
		}, PAINTED);
		await page.route('**/*', async (route) => {
			if (!['document', 'stylesheet'].includes(route.request().resourceType())) await painted;
			await route.continue();
		});

		const origin = new URL(url).origin;
		const scripts: PhoneLoad['scripts'] = [];
		const cdp = await context.newCDPSession(page);
		cdp.on('Debugger.scriptParsed', (script) => {
			if (script.url.startsWith(`${origin}/`)) scripts.push({ url: script.url, length: script.length ?? 0 });
		});
		await cdp.send('Debugger.enable');
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

		const answered: Promise<PhoneLoad['requests'][number]>[] = [];
		page.on('requestfinished', (request) =>
			answered.push(request.response().then((response) => ({ url: request.url(), status: response?.status() ?? 0, resourceType: request.resourceType() }))),
		);
		await page.goto(url);
		if (readySelector) await page.waitForSelector(readySelector);
		await page.waitForLoadState('networkidle');
		// A busy machine may start a lazy picture only after the network went idle: a caller that
		// needs the page's pictures waits for them, so that their requests and shifts are counted.
		if (readyWhen) {
			await page.waitForFunction(readyWhen);
			await page.waitForLoadState('networkidle');
		}

		const { renderBlocking, layoutShifts } = await page.evaluate(async () => {
			type LayoutShift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] };
			const nameOf = (node: Node | null | undefined) =>
				!node
					? '（已移除的元素）'
					: node instanceof Element
						? `${node.localName}${node.id ? `#${node.id}` : ''}${[...node.classList].map((c) => `.${c}`).join('')}`
						: node.nodeName;
			const entries: LayoutShift[] = [];
			// Buffered: every shift since the page started loading, delivered in a task of its own.
			const observer = new PerformanceObserver((list) => entries.push(...(list.getEntries() as LayoutShift[])));
			observer.observe({ type: 'layout-shift', buffered: true });
			await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
			entries.push(...(observer.takeRecords() as LayoutShift[]));
			observer.disconnect();
			const resources = performance.getEntriesByType('resource') as (PerformanceResourceTiming & { renderBlockingStatus?: string })[];
			return {
				renderBlocking: resources.filter((entry) => entry.renderBlockingStatus === 'blocking').map((entry) => entry.name),
				layoutShifts: entries
					.filter((entry) => !entry.hadRecentInput)
					.map((entry) => ({ value: entry.value, sources: (entry.sources ?? []).map((source) => nameOf(source.node)) })),
			};
		});
		return { requests: await Promise.all(answered), renderBlocking, layoutShifts, scripts };
	} finally {
		await context.close();
	}
}
