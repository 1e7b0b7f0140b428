/**
 * The page texts to read: the files given, and every .txt file under the folders given, each once,
 * in a stable order. An input that does not exist is wrong usage, not a problem in a page.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from './cli-options.ts';

export function listSources(inputs: string[]): string[] {
	const files: string[] = [];
	for (const input of inputs) {
		if (!existsSync(input)) throw new UsageError(`找不到 ${input}。`);
		if (statSync(input).isDirectory()) {
			for (const entry of readdirSync(input, { recursive: true, withFileTypes: true })) {
				if (entry.isFile() && entry.name.endsWith('.txt')) files.push(join(entry.parentPath, entry.name));
			}
		} else files.push(input);
	}
	return [...new Set(files.map((f) => resolve(f)))].sort();
}
