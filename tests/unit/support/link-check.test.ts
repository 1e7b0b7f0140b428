/**
 * The link checker finds what it claims to find, on a small site with one broken thing of each
 * kind: the site's own check (tests/site/hosts.test.ts) passing means nothing otherwise.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks, formatProblems } from '../../support/link-check.ts';
import { serveStatic } from '../../support/static-server.ts';

const PUBLIC = 'https://example.org/site/';
const dist = mkdtempSync(join(tmpdir(), 'link-check-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function write(path: string, text: string) {
	mkdirSync(dirname(join(dist, path)), { recursive: true });
	writeFileSync(join(dist, path), text);
}

const page = (body: string, head = '') => `<!doctype html><html lang="zh-CN"><head><title>t</title>${head}</head><body>${body}</body></html>`;
write(
	'index.html',
	page(
		`<a href="a/">a</a> <a href="a/#第一节">ok</a> <a href="a/#没有这节">bad fragment</a> <a href="missing/">404</a>
		<a href="/elsewhere/">outside</a> <a href="https://other.example/x">external</a> <a href="${PUBLIC}a/#%E7%AC%AC%E4%B8%80%E8%8A%82">absolute</a>
		<img src="gone.svg" alt=""> <img srcset="a.svg 1x, gone-2x.svg 2x" alt=""> <form action="a/"></form> <a href="#top">top</a>`,
		'<link rel="stylesheet" href="style.css"><link rel="alternate" type="application/rss+xml" href="rss.xml"><link rel="alternate" type="application/feed+json" href="feed.json"><script type="module" src="app.js"></script>',
	),
);
write('a/index.html', page('<h2 id="第一节">第一节</h2>'));
write('404.html', page('<a href="#main">skip</a> <main id="main"><a href="/site/">home</a> <a href="../a/">relative, so broken at depth</a></main>'));
write('a.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
write('style.css', 'body { background: url("bg.svg"); } @import "base.css";');
write('app.js', 'import("./chunk.js"); const t = import(`./lazy.js`);');
write('chunk.js', '');
write(
	'rss.xml',
	`<?xml version="1.0"?><rss><channel><link>${PUBLIC}</link><item><link>${PUBLIC}a/</link></item><item><link>${PUBLIC}gone/</link></item></channel></rss>`,
);
write('feed.json', JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', home_page_url: PUBLIC, items: [{ id: '1', url: `${PUBLIC}a/#没有这节` }] }));
write('robots.txt', `User-agent: *\nSitemap: ${PUBLIC}sitemap.xml\n`);
write('sitemap.xml', `<urlset><url><loc>${PUBLIC}a/</loc></url><url><loc>${PUBLIC}b/</loc></url></urlset>`);

describe('the link checker', () => {
	it('reports every broken link, fragment, asset, feed and sitemap entry with the page it is on', async () => {
		const server = await serveStatic(dist, '/site/');
		try {
			const report = await checkLinks(server.url, { publicUrl: PUBLIC });
			const found = report.problems.map(({ from, link, problem }) => `${decodeURI(new URL(from).pathname)} ${link} ${problem}`);
			expect(found.sort(), formatProblems(report.problems)).toEqual(
				[
					'/site/ a/#没有这节 目标页面没有 id 为“没有这节”的元素',
					'/site/ missing/ HTTP 404',
					'/site/ /elsewhere/ 不在 /site/ 之下',
					'/site/ gone.svg HTTP 404',
					'/site/ gone-2x.svg HTTP 404',
					'/site/style.css bg.svg HTTP 404',
					'/site/style.css base.css HTTP 404',
					'/site/app.js ./lazy.js HTTP 404',
					`/site/rss.xml ${PUBLIC}gone/ HTTP 404`,
					`/site/feed.json ${PUBLIC}a/#没有这节 目标页面没有 id 为“没有这节”的元素`,
					`/site/sitemap.xml ${PUBLIC}b/ HTTP 404`,
					'/site/no/such/page/ ../a/ HTTP 404',
				].sort(),
			);
			expect(report.pages.map((url) => new URL(url).pathname).sort()).toEqual(['/site/', '/site/a/']);
		} finally {
			await server.close();
		}
	});

	it('reports a page that is missing without its slash, or redirects off the host', async () => {
		let port = 0;
		const server = createServer((request, response) => {
			const html = page('<a href="kept/">kept</a> <a href="moved/">moved</a> <a href="none/">none</a>');
			const routes: Record<string, () => void> = {
				'/s': () => response.writeHead(301, { location: '/s/' }).end(),
				'/s/': () => response.writeHead(200, { 'content-type': 'text/html' }).end(html),
				'/s/kept/': () => response.writeHead(200, { 'content-type': 'text/html' }).end(page('')),
				'/s/kept': () => response.writeHead(301, { location: '/s/kept/' }).end(),
				'/s/moved/': () => response.writeHead(200, { 'content-type': 'text/html' }).end(page('')),
				'/s/moved': () => response.writeHead(301, { location: `http://127.0.0.1:${port + 1}/s/moved/` }).end(),
				'/s/none/': () => response.writeHead(200, { 'content-type': 'text/html' }).end(page('')),
			};
			(routes[request.url!] ?? (() => response.writeHead(404).end()))();
		});
		await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
		port = (server.address() as AddressInfo).port;
		try {
			const report = await checkLinks(`http://127.0.0.1:${port}/s/`);
			expect(report.problems.map(({ link, problem }) => `${new URL(link).pathname} ${problem.replace(/\d+/g, 'N')}`).sort()).toEqual([
				'/s/moved 去掉末尾斜杠后重定向到了另一个主机或端口：http://N.N.N.N:N/s/moved/',
				'/s/none 去掉末尾斜杠后HTTP N',
			]);
		} finally {
			await new Promise((done) => server.close(done));
		}
	});
});
