import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bytesSent, serveStatic, type StaticServer } from '../../support/static-server.ts';

const root = mkdtempSync(join(tmpdir(), 'static-server-'));
let server: StaticServer;

beforeAll(async () => {
	writeFileSync(join(root, 'app.js'), 'console.log("报纸档案");\n'.repeat(50));
	writeFileSync(join(root, 'index.pf_meta'), Buffer.from([0x1f, 0x8b, 1, 2, 3]));
	server = await serveStatic(root, '/archive/');
});

afterAll(async () => {
	await server.close();
	rmSync(root, { recursive: true, force: true });
});

/** The raw response: headers and body bytes as they went over the wire. */
function fetchRaw(
	path: string,
	acceptEncoding?: string,
	headers: Record<string, string> = {},
): Promise<{ status?: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
	return new Promise((resolve, reject) => {
		get(`${server.url}${path}`, { headers: { ...headers, ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}) } }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
		}).on('error', reject);
	});
}

describe('the test static server', () => {
	it('answers a request for a file the browser holds with 304 until the file changes', async () => {
		const first = await fetchRaw('app.js');
		const again = await fetchRaw('app.js', undefined, { 'if-modified-since': String(first.headers['last-modified']) });
		expect(again.status).toBe(304);
		expect(again.body.length).toBe(0);
		const stale = await fetchRaw('app.js', undefined, {
			'if-modified-since': new Date(Date.parse(String(first.headers['last-modified'])) - 60_000).toUTCString(),
		});
		expect(stale.status).toBe(200);
	});

	it('gzips text for a browser that accepts it, as static hosts do', async () => {
		const { headers, body } = await fetchRaw('app.js', 'gzip, deflate, br');
		expect(headers['content-encoding']).toBe('gzip');
		expect(headers.vary).toBe('accept-encoding');
		expect(gunzipSync(body).toString()).toBe('console.log("报纸档案");\n'.repeat(50));
		expect(body.length).toBeLessThan(200);
	});

	it('sends text as it is to a client that does not accept gzip, and Pagefind’s compressed files as they are', async () => {
		const plain = await fetchRaw('app.js');
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(plain.headers.vary).toBe('accept-encoding');
		expect((await fetchRaw('app.js', 'br, gzip;q=0')).headers['content-encoding']).toBeUndefined();
		expect(plain.body.toString()).toBe('console.log("报纸档案");\n'.repeat(50));
		const index = await fetchRaw('index.pf_meta', 'gzip');
		expect(index.headers['last-modified']).toBeTruthy();
		expect(index.headers['content-encoding']).toBeUndefined();
		expect([...index.body]).toEqual([0x1f, 0x8b, 1, 2, 3]);
	});

	it('says how many bytes it sends for a file, gzipped or not, as a browser that accepts gzip receives them (a file of several read chunks too)', async () => {
		writeFileSync(join(root, 'page.html'), `<!doctype html><title>报纸档案</title>${'<p>科技日报讯（记者王华）</p>'.repeat(4000)}`);
		for (const file of ['page.html', 'app.js', 'index.pf_meta']) {
			expect(bytesSent(join(root, file)), file).toBe((await fetchRaw(file, 'gzip, deflate, br')).body.length);
		}
		expect(bytesSent(join(root, 'page.html'))).toBeLessThan(1000);
	});
});
