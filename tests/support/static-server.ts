/**
 * A plain static file server, as a static host would behave: files under a sub-path, index.html
 * for folders, a redirect from /folder to /folder/ (the bare sub-path included), the site's
 * 404.html for anything else; text (HTML, CSS, JavaScript, JSON…) gzipped for browsers that accept
 * it, as static hosts send it, and every file revalidated by its date (304 when unchanged), so
 * that what a reader downloads is measured as it would be there.
 * No rewrites, no SPA fallback: what resolves here resolves on any static host.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { pipeline } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip, gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
};
/** Types static hosts compress (Pagefind's own index files come compressed already). */
const TEXT_TYPES = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt']);

export interface StaticServer {
	/** e.g. http://127.0.0.1:43210/archive/ */
	url: string;
	close(): Promise<void>;
}

/**
 * The bytes of a response body this server sends a browser for `file`: gzipped as it gzips text,
 * as it is otherwise. For what a page downloads, measured from the build rather than the wire,
 * where Chromium reports no size for a worker's script.
 */
export function bytesSent(file: string): number {
	const body = readFileSync(file);
	return TEXT_TYPES.has(extname(file)) ? gzipSync(body).length : body.length;
}

/** Whether an Accept-Encoding header accepts gzip (`gzip;q=0` refuses it). */
function acceptsGzip(header: string | undefined): boolean {
	const gzip = (header ?? '').split(',').find((coding) => coding.trim().split(';')[0]!.trim().toLowerCase() === 'gzip');
	return gzip !== undefined && !/;\s*q=0(\.0*)?\s*$/.test(gzip);
}

/** `port`: 0 (the default) takes any free port. */
export async function serveStatic(root: string, basePath: string, port = 0): Promise<StaticServer> {
	const server: Server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const pathname = decodeURIComponent(url.pathname);
		const notFound = () => {
			response.writeHead(404, { 'content-type': TYPES['.html']! });
			const page = join(root, '404.html');
			if (existsSync(page)) createReadStream(page).pipe(response);
			else response.end('404');
		};
		const redirectToFolder = () => {
			response.writeHead(301, { location: `${url.pathname}/${url.search}` });
			response.end();
		};
		if (`${pathname}/` === basePath) return redirectToFolder();
		if (!pathname.startsWith(basePath)) return notFound();
		const relativePath = normalize(pathname.slice(basePath.length)).replace(/^(\.\.[/\\])+/, '');
		let file = join(root, relativePath);
		if (existsSync(file) && statSync(file).isDirectory()) {
			if (!pathname.endsWith('/')) return redirectToFolder();
			file = join(file, 'index.html');
		}
		if (!existsSync(file)) return notFound();
		// Kept by the browser and asked for again with If-Modified-Since, as on hosts such as Netlify.
		const lastModified = new Date(Math.floor(statSync(file).mtimeMs / 1000) * 1000);
		const caching = { 'last-modified': lastModified.toUTCString(), 'cache-control': 'no-cache' };
		const since = Date.parse(request.headers['if-modified-since'] ?? '');
		if (!Number.isNaN(since) && lastModified.getTime() <= since) {
			response.writeHead(304, caching);
			return response.end();
		}
		const text = TEXT_TYPES.has(extname(file));
		const gzip = text && acceptsGzip(request.headers['accept-encoding']);
		response.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			...caching,
			...(text ? { vary: 'accept-encoding' } : {}),
			...(gzip ? { 'content-encoding': 'gzip' } : {}),
		});
		// A file that fails half-way, or a reader who leaves, ends the response, not the server.
		const done = (error: Error | null) => error && response.destroy();
		if (gzip) pipeline(createReadStream(file), createGzip(), response, done);
		else pipeline(createReadStream(file), response, done);
	});
	// (An idle connection stays open: the link checker runs in this process, and a long stretch of its own work, reading a
	// large site's links, holds both ends' timers back, so that the server would close a connection the client reuses at
	// that moment, and the next request would fail with ECONNRESET.)
	server.keepAliveTimeout = 0;
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	const { port: listening } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${listening}${basePath}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}

/**
 * A port that is free now, for a site that must know its own address before it is built
 * (SITE_URL) and served on it afterwards.
 */
export async function freePort(): Promise<number> {
	const probe = createServer();
	await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
	const { port } = probe.address() as AddressInfo;
	await new Promise((resolve) => probe.close(resolve));
	return port;
}
