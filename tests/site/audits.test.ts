/**
 * Third-party checks of one page of each kind (tests/support/page-types.ts) on the /archive/ build:
 * axe-core in light and dark colour schemes, on a desktop and a phone screen; html-validate and
 * the W3C Nu Html Checker (vnu) on every built page; Lighthouse (mobile, simulated throttling) at 98 or more in accessibility, best
 * practices and SEO (performance, a timing, is measured by `npm run bench:lighthouse`); and
 * no JavaScript file on any page but search before the reader searches.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { launchChromium, launchChromiumForDevTools, type DevToolsChromium } from '../support/chromium.ts';
import { LOAD_INDEPENDENT_CATEGORIES, runLighthouse, scoreTable, type LighthouseResult } from '../support/lighthouse.ts';
import { isSearchPage, PAGE_TYPES, type PageType } from '../support/page-types.ts';
import { filesUnder } from '../support/site-files.ts';
import { vnuCheckHtml } from '../support/vnu.ts';

const siteUrl = inject('siteUrl');
const outDir = inject('outDir');

/** Opens a page type the way a reader arrives at it, checking the status the host answers with. */
async function open(page: Page, type: PageType): Promise<void> {
	const response = await page.goto(`${siteUrl}${type.path}`);
	expect(response?.status(), `${type.name}（${type.path || '/'}）的状态码`).toBe(type.status);
	if (type.readySelector) await page.waitForSelector(type.readySelector);
}

describe('axe-core', () => {
	const screens = {
		'浅色 · 桌面': { colorScheme: 'light', viewport: { width: 1280, height: 800 } },
		'深色 · 桌面': { colorScheme: 'dark', viewport: { width: 1280, height: 800 } },
		'浅色 · 手机': { colorScheme: 'light', viewport: { width: 390, height: 844 } },
		'深色 · 手机': { colorScheme: 'dark', viewport: { width: 390, height: 844 } },
	} as const;
	type Screen = keyof typeof screens;
	let browser: Browser;
	const contexts = new Map<Screen, BrowserContext>();
	beforeAll(async () => {
		browser = await launchChromium();
		for (const [screen, options] of Object.entries(screens)) contexts.set(screen as Screen, await browser.newContext({ ...options, locale: 'zh-CN' }));
	});
	afterAll(async () => {
		await browser?.close();
	});

	const cases = PAGE_TYPES.flatMap((type) => Object.keys(screens).map((screen) => ({ type, screen: screen as Screen })));
	it.each(cases)('finds no violation on $type.name ($screen)', async ({ type, screen }) => {
		const page = await contexts.get(screen)!.newPage();
		try {
			await open(page, type);
			expect(await axeViolations(page), `axe 在“${type.name}”（${screen}）发现的问题`).toEqual([]);
		} finally {
			await page.close();
		}
	});
});

describe('html-validate', () => {
	it('finds no error in any built page (html-validate:recommended, no rule turned off)', async () => {
		const validator = new HtmlValidate(new StaticConfigLoader({ extends: ['html-validate:recommended'] }));
		const errors: string[] = [];
		for (const file of filesUnder(outDir, '.html')) {
			const report = await validator.validateString(readFileSync(file, 'utf8'), file);
			for (const message of report.results.flatMap((result) => result.messages)) {
				if (message.severity === 2) errors.push(`${relative(outDir, file)}:${message.line}:${message.column} ${message.ruleId}：${message.message}`);
			}
		}
		expect(errors, 'html-validate 报告的错误').toEqual([]);
	});
});

describe('W3C Nu Html Checker (vnu)', () => {
	// A second, independent reading of the HTML specification: vnu implements the HTML parsing
	// algorithm and the content models itself, where html-validate applies rules of its own.
	it(
		'finds no error in any built page',
		() => {
			const { checked, errors } = vnuCheckHtml(outDir);
			const pages = filesUnder(outDir, '.html').map((file) => relative(outDir, file));
			expect(checked.sort(), 'vnu 检查的页面（应是构建出的每个 HTML 页面）').toEqual(pages.sort());
			expect(errors, 'vnu 报告的错误（文件:行:列 说明「原文」）').toEqual([]);
		},
		// One Java process for every page: Java's start and the checker's schemas take a few
		// seconds, more on a busy machine.
		120_000,
	);
});

describe('Lighthouse', () => {
	const MINIMUM = 98;
	let chromium: DevToolsChromium;
	const results: { name: string; scores: LighthouseResult['scores'] }[] = [];
	beforeAll(async () => {
		chromium = await launchChromiumForDevTools();
	});
	afterAll(async () => {
		await chromium?.close();
		if (results.length > 0) console.log(`Lighthouse（移动端，模拟限速）：\n${scoreTable(results)}`);
	});

	// The 404 page is audited at the file the host sends with status 404, 404.html, answered with
	// 200: Lighthouse's SEO audit http-status-code fails every page answered with 404, which is
	// what that page is for.
	it.each(PAGE_TYPES)(
		`scores ${MINIMUM} or more in accessibility, best practices and SEO on $name`,
		async (type) => {
			const url = `${siteUrl}${type.status === 404 ? type.file : type.path}`;
			const result = await runLighthouse(url, chromium.port, LOAD_INDEPENDENT_CATEGORIES);
			results.push({ name: type.name, scores: result.scores });
			expect(result.warnings, `Lighthouse 对“${type.name}”的运行警告和无法运行的审核`).toEqual([]);
			const low = LOAD_INDEPENDENT_CATEGORIES.filter((category) => (result.scores[category] ?? 0) < MINIMUM);
			expect(low, `“${type.name}”低于 ${MINIMUM} 分的类别（${JSON.stringify(result.scores)}），扣分项：\n${result.shortfalls.join('\n')}`).toEqual([]);
		},
		120_000,
	);
});

describe('scripts before the reader searches', () => {
	it('loads no JavaScript file on any page but search', async () => {
		const browser = await launchChromium();
		try {
			const page = await browser.newPage({ locale: 'zh-CN' });
			const loaded: string[] = [];
			let current = '';
			page.on('request', (request) => {
				if (request.resourceType() === 'script') loaded.push(`“${current}”加载了 ${decodeURI(request.url())}`);
			});
			for (const type of PAGE_TYPES.filter((type) => !isSearchPage(type))) {
				current = type.name;
				await open(page, type);
				await page.waitForLoadState('networkidle');
			}
			expect(loaded, '搜索页以外的页面加载的脚本文件').toEqual([]);
		} finally {
			await browser.close();
		}
	});
});
