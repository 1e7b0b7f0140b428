/** Debian's Chromium driven by playwright-core; no tool downloads a browser of its own. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];

/** Quiet and offline: no sandbox (tests may run as root), no GPU, no calls home. */
const FLAGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function chromiumPath(): string {
	const executablePath = CANDIDATES.find((path) => existsSync(path));
	if (!executablePath) {
		throw new Error('找不到 Chromium：请先安装 Debian 的 chromium（apt-get install chromium），或用 CHROMIUM_PATH 指定路径。');
	}
	return executablePath;
}

export async function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath(), args: ['--headless', ...FLAGS, '--disable-quic'] });
}

export interface DevToolsChromium {
	/** The DevTools protocol port, for Lighthouse's `port` flag. */
	port: number;
	close(): Promise<void>;
}

/**
 * Chromium listening for the DevTools protocol on a free port, with a fresh profile, for tools
 * that drive the browser themselves (Lighthouse): what chrome-launcher does, without depending on
 * a package that is only Lighthouse's own dependency.
 */
export async function launchChromiumForDevTools(): Promise<DevToolsChromium> {
	const profile = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
	// In a process group of its own, so that closing ends its helper processes too, which would
	// otherwise still be writing to the profile as it is removed.
	const child = spawn(chromiumPath(), ['--headless=new', ...FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
		stdio: ['ignore', 'ignore', 'pipe'],
		detached: true,
	});
	const close = async () => {
		if (child.exitCode === null && child.signalCode === null) {
			const exited = new Promise((done) => child.once('exit', done));
			process.kill(-child.pid!, 'SIGTERM');
			await exited;
		}
		rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
	};
	let output = '';
	const port = await new Promise<number>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`Chromium 30 秒内没有打开调试端口：\n${output}`)), 30_000);
		child.stderr!.on('data', (chunk) => {
			output += chunk;
			const listening = /DevTools listening on ws:\/\/[^/]+:(\d+)\//.exec(output);
			if (listening) {
				clearTimeout(timer);
				resolve(Number(listening[1]));
			}
		});
		child.once('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`Chromium 退出了（${code}）：\n${output}`));
		});
	}).catch(async (error: unknown) => {
		await close();
		throw error;
	});
	return { port, close };
}
