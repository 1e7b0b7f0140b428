/** Debian's Chromium driven by playwright-core; no tool downloads a browser of its own. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];

export async function launchChromium(): Promise<Browser> {
	const executablePath = CANDIDATES.find((path) => existsSync(path));
	if (!executablePath) {
		throw new Error('找不到 Chromium：请先安装 Debian 的 chromium（apt-get install chromium），或用 CHROMIUM_PATH 指定路径。');
	}
	return chromium.launch({
		executablePath,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--disable-quic',
		],
	});
}
