/**
 * The page texts to read: the files given, and every .txt file (and page saved as HTML, .html or .htm) under the folders
 * given (links to files included), each once, in a stable order. An input that does not exist, or a folder with no
 * page text, is wrong usage, not a problem in a page: nothing is skipped without a word.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from './cli-options.ts';

/** A page text's name: a text file, or a page saved as HTML (html-pages.ts). */
const PAGE_TEXT = /\.(?:txt|html?)$/iu;

export function listSources(inputs: string[]): string[] {
	const files: string[] = [];
	for (const input of inputs) {
		if (!existsSync(input)) throw new UsageError(`找不到 ${input}。`);
		if (statSync(input).isDirectory()) {
			const found = files.length;
			for (const entry of readdirSync(input, { recursive: true, withFileTypes: true })) {
				if (!PAGE_TEXT.test(entry.name)) continue;
				const path = join(entry.parentPath, entry.name);
				// A link to a page text is read as the text (statSync follows it); a folder named x.txt is no page.
				if (entry.isFile() || (entry.isSymbolicLink() && existsSync(path) && statSync(path).isFile())) files.push(path);
			}
			if (files.length === found) throw new UsageError(`${input} 里没有版面文本（.txt，或存为网页的 .html）。`);
		} else files.push(input);
	}
	return [...new Set(files.map((f) => resolve(f)))].sort();
}
