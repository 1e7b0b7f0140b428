/**
 * The built site served by nginx, a static host as many deploy to, next to our own
 * tests/support/static-server.ts: what resolves on both resolves on any static host. nginx runs in
 * the foreground as the current user, with a generated config and every path it writes (pid, logs,
 * temp files) in a temp folder, on 127.0.0.1 and a free port:
 * - the site under its base path (`location /archive/ { alias dist/; }`), index.html for folders;
 * - `/folder` redirects to `/folder/` with a relative Location, so the port is kept
 *   (absolute_redirect off), and the bare base path to the base path with its slash;
 * - anything else gets the site's 404.html with status 404;
 * - MIME types from nginx's own mime.types (application/wasm included), octet-stream otherwise.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, type StaticServer } from './static-server.ts';

const BINARIES = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx'].filter(Boolean) as string[];
const MIME_TYPES = ['/etc/nginx/mime.types', '/usr/local/etc/nginx/mime.types', '/opt/homebrew/etc/nginx/mime.types'];

function findFile(candidates: string[], missing: string): string {
	const found = candidates.find((path) => existsSync(path));
	if (!found) throw new Error(missing);
	return found;
}

/** nginx's config for one site; `basePath` is '/' or '/sub/path/'. */
export function nginxConfig(options: { root: string; basePath: string; port: number; work: string; mimeTypes: string }): string {
	const { root, basePath, port, work, mimeTypes } = options;
	// Under a sub-path: nothing outside it, and the bare sub-path redirects to itself with a slash.
	const outside = basePath === '/' ? '' : `\t\tlocation / { return 404; }\n\t\tlocation = ${basePath.slice(0, -1)} { return 301 ${basePath}; }\n`;
	return `daemon off;
# One process, as the user running the tests: no worker that drops to nobody when that user
# is root and then cannot read a checkout under /root.
master_process off;
pid ${work}/nginx.pid;
error_log stderr warn;
events { worker_connections 64; }
http {
	include ${mimeTypes};
	default_type application/octet-stream;
	charset utf-8;
	charset_types text/css text/plain text/xml application/javascript application/json application/rss+xml application/atom+xml;
	access_log off;
	client_body_temp_path ${work}/client-body;
	proxy_temp_path ${work}/proxy;
	fastcgi_temp_path ${work}/fastcgi;
	uwsgi_temp_path ${work}/uwsgi;
	scgi_temp_path ${work}/scgi;
	absolute_redirect off;
	server {
		listen 127.0.0.1:${port};
		server_name localhost;
		error_page 404 ${basePath}404.html;
${outside}		location ${basePath} {
			${basePath === '/' ? 'root' : 'alias'} ${resolve(root)}/;
			index index.html;
		}
	}
}
`;
}

/** Waits until nginx answers HTTP on the port, or fails with its error log when it exits first. */
async function waitUntilListening(child: ChildProcess, url: string, errors: () => string): Promise<void> {
	let exited = false;
	child.once('exit', () => (exited = true));
	for (let attempt = 0; attempt < 100; attempt++) {
		if (exited) throw new Error(`nginx 未能启动：\n${errors()}`);
		try {
			await fetch(url, { redirect: 'manual' });
			return;
		} catch {
			await new Promise((done) => setTimeout(done, 50));
		}
	}
	child.kill();
	throw new Error(`nginx 5 秒内没有响应：\n${errors()}`);
}

export async function serveWithNginx(root: string, basePath: string): Promise<StaticServer> {
	const binary = findFile(BINARIES, '找不到 nginx：请先安装 Debian 的 nginx（apt-get install nginx），或用 NGINX_PATH 指定路径。');
	const mimeTypes = findFile(MIME_TYPES, '找不到 nginx 的 mime.types（Debian 的 nginx-common 软件包提供 /etc/nginx/mime.types）。');
	const work = mkdtempSync(join(tmpdir(), 'nginx-'));
	// nginx cannot be told to pick a free port itself.
	const port = await freePort();
	writeFileSync(join(work, 'nginx.conf'), nginxConfig({ root, basePath, port, work, mimeTypes }));
	const child = spawn(binary, ['-p', work, '-c', join(work, 'nginx.conf'), '-e', 'stderr'], { stdio: ['ignore', 'ignore', 'pipe'] });
	let stderr = '';
	child.stderr!.on('data', (chunk) => (stderr += chunk));
	const url = `http://127.0.0.1:${port}${basePath}`;
	await waitUntilListening(child, url, () => stderr);
	return {
		url,
		close: async () => {
			if (child.exitCode === null) {
				const exited = new Promise((done) => child.once('exit', done));
				child.kill('SIGQUIT');
				await exited;
			}
			rmSync(work, { recursive: true, force: true });
		},
	};
}
