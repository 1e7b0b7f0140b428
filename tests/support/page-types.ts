/**
 * One page of each kind the site has, from the bundled content: what the third-party audits
 * (tests/site/audits.test.ts) and the page-weight bench (scripts/bench/weight.ts) visit. A new kind
 * of page is audited and weighed once it is listed here.
 */
export interface PageType {
	/** What kind of page, for reports: 首页, 稿件… */
	name: string;
	/** The URL path under the site's base path, as a reader requests it. */
	path: string;
	/** The built file that answers it, relative to the build folder. */
	file: string;
	/** The status a static host answers with. */
	status: number;
	/** A selector that is on the page once it is ready to be read: for search, a result. */
	readySelector?: string;
}

export const PAGE_TYPES: PageType[] = [
	{ name: '首页', path: '', file: 'index.html', status: 200 },
	{ name: '报纸', path: 'kjrb/', file: 'kjrb/index.html', status: 200 },
	{ name: '年份', path: 'kjrb/2024/', file: 'kjrb/2024/index.html', status: 200 },
	{ name: '一期（日期）', path: 'kjrb/2024-07-12/', file: 'kjrb/2024-07-12/index.html', status: 200 },
	{ name: '稿件', path: 'kjrb/2024-07-12/00-01/', file: 'kjrb/2024-07-12/00-01/index.html', status: 200 },
	{ name: '搜索（有结果）', path: `search/?q=${encodeURIComponent('科技')}`, file: 'search/index.html', status: 200, readySelector: '#search-results > li' },
	{ name: '浏览：栏目索引', path: 'browse/columns/', file: 'browse/columns/index.html', status: 200 },
	{ name: '浏览：一个栏目', path: `browse/columns/${encodeURIComponent('园镜头')}/`, file: 'browse/columns/园镜头/index.html', status: 200 },
	{ name: '404', path: 'no-such-page/', file: '404.html', status: 404 },
];

/** The search page, the only one that may load scripts before the reader searches. */
export const isSearchPage = (type: PageType) => type.file === 'search/index.html';
