/**
 * The W3C Nu Html Checker (vnu), the checker behind validator.w3.org/nu, from the npm package
 * vnu-jar, run on Debian's Java (scripts/install-system-deps.sh installs default-jre-headless).
 * The package's own launcher would download a Java runtime when it finds none: it is not used,
 * and its install script is turned off (package.json allowScripts), so no tool fetches a binary.
 * One Java process checks a whole folder: starting Java once per page would take seconds each.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/** One message of vnu's JSON output (https://github.com/validator/validator/wiki/Output-»-JSON). */
interface VnuMessage {
	type: 'error' | 'info' | 'non-document-error';
	subType?: string;
	url?: string;
	firstLine?: number;
	lastLine?: number;
	firstColumn?: number;
	lastColumn?: number;
	message: string;
	extract?: string;
}

export interface VnuReport {
	/** The files vnu read, relative to the folder. */
	checked: string[];
	/** Each error (and each file vnu could not read) as `file:line:column message「extract」`. */
	errors: string[];
}

/** Java: $JAVA_HOME/bin/java when set, else the one on PATH. */
function java(): string {
	return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin/java') : 'java';
}

/** Checks every HTML file under `dir` (its subfolders too) as HTML5, errors only. */
export function vnuCheckHtml(dir: string): VnuReport {
	// --verbose names each file on stdout as it is checked; the JSON report goes to stderr.
	const result = spawnSync(java(), ['-jar', VNU_JAR, '--format', 'json', '--skip-non-html', '--errors-only', '--verbose', dir], {
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
	});
	if (result.error) {
		const missing = (result.error as NodeJS.ErrnoException).code === 'ENOENT';
		throw new Error(
			missing
				? `找不到 Java（${java()}）：请先安装 Debian 的 default-jre-headless（apt-get install default-jre-headless），或用 JAVA_HOME 指定。`
				: `vnu 无法运行：${result.error.message}`,
		);
	}
	let report: { messages: VnuMessage[] };
	try {
		report = JSON.parse(result.stderr) as { messages: VnuMessage[] };
	} catch {
		throw new Error(`vnu 没有给出 JSON 报告（退出码 ${result.status}）：\n${result.stdout}\n${result.stderr}`);
	}
	const where = (message: VnuMessage) => {
		const file = message.url ? relative(dir, fileURLToPath(message.url)) : dir;
		return `${file}:${message.firstLine ?? message.lastLine ?? '?'}:${message.firstColumn ?? message.lastColumn ?? '?'}`;
	};
	const errors = report.messages
		.filter((message) => message.type !== 'info')
		.map((message) => `${where(message)} ${message.message}${message.extract ? `「${message.extract.replace(/\s+/g, ' ').trim()}」` : ''}`);
	const checked = result.stdout
		.split('\n')
		.filter(Boolean)
		.map((line) => relative(dir, line));
	return { checked, errors };
}
