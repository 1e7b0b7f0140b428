/**
 * A page damaged as crawlers and OCR damage text, a line at a time, and read as the ingester reads it
 * (fuzz-ingest.ts): dropped, repeated, cut in two, run together with the next, swapped with it, a
 * blank line put in, an indent added.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { CORPUS_PAPERS, readAsIngest } from './read-as-ingest.ts';

/** The damage done to a page: one of a crawler's or OCR's slips, at a line (0-based). */
export type Damage = { kind: 'drop' | 'repeat' | 'merge' | 'swap' | 'blank' | 'indent'; line: number } | { kind: 'cut'; line: number; at: number };

/** Each kind of damage, in the order the generator picks among them. */
const KINDS = ['drop', 'repeat', 'cut', 'merge', 'swap', 'blank', 'indent'] as const;

/** The page's lines with the damage done; lines past the end are left alone. */
export function damage(lines: readonly string[], done: Damage): string[] {
	const out = [...lines];
	const { line } = done;
	if (line >= out.length) return out;
	switch (done.kind) {
		case 'drop':
			out.splice(line, 1);
			break;
		case 'repeat':
			out.splice(line, 0, out[line]!);
			break;
		case 'cut': {
			const chars = [...out[line]!];
			out.splice(line, 1, chars.slice(0, done.at).join(''), chars.slice(done.at).join(''));
			break;
		}
		case 'merge':
			if (line + 1 < out.length) out.splice(line, 2, out[line]! + out[line + 1]!);
			break;
		case 'swap':
			if (line + 1 < out.length) [out[line], out[line + 1]] = [out[line + 1]!, out[line]!];
			break;
		case 'blank':
			out.splice(line + 1, 0, '');
			break;
		case 'indent':
			out[line] = `\u3000\u3000${out[line]!}`;
			break;
	}
	return out;
}

/** The damage as a maintainer reads it in the report: 第 12 行：拆成两行（第 5 个字后）. */
export function describeDamage(done: Damage): string {
	const where = `第 ${done.line + 1} 行`;
	const what = {
		drop: '删去',
		repeat: '重复一遍',
		cut: done.kind === 'cut' ? `拆成两行（第 ${done.at} 个字后）` : '',
		merge: '与下一行连成一行',
		swap: '与下一行对调',
		blank: '后面插入空行',
		indent: '行首加全角缩进',
	}[done.kind];
	return `${where}${what}`;
}

/** A small deterministic generator (mulberry32), so that a seed makes the same damage every time. */
export function generator(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
	};
}

/** Picks one damage for a page of these lines. */
export function pickDamage(lines: readonly string[], next: () => number): Damage {
	const kind = KINDS[Math.floor(next() * KINDS.length)]!;
	const line = Math.floor(next() * lines.length);
	if (kind === 'cut') return { kind, line, at: 1 + Math.floor(next() * Math.max(1, [...(lines[line] ?? '')].length - 1)) };
	return { kind, line };
}

/** A page that failed: where, how it was damaged, and what went wrong. */
export interface FuzzFailure {
	file: string;
	damage: Damage;
	error: string;
	text: string;
}

/** What is known of a page besides its text: its paper by its file's name, its page name from its expectations. */
function readingOf(file: string): { paper: string | undefined; pageName: string | undefined } {
	const paper = CORPUS_PAPERS.get(basename(file).split('-')[0]!);
	let pageName: string | undefined;
	try {
		const expected = JSON.parse(readFileSync(file.replace(/\.txt$/u, '.expected.json'), 'utf8')) as { pageName?: unknown };
		if (typeof expected.pageName === 'string') pageName = expected.pageName;
	} catch {
		// No expectations beside the page (or not of a corpus page): its name is not known.
	}
	return { paper, pageName };
}

/** Damages one page `perPage` times and reads each damaged page; returns the failures. */
export function fuzzPage(file: string, text: string, perPage: number, next: () => number): FuzzFailure[] {
	const lines = text.split('\n');
	const reading = readingOf(file);
	const failures: FuzzFailure[] = [];
	for (let i = 0; i < perPage; i++) {
		const done = pickDamage(lines, next);
		const damaged = damage(lines, done).join('\n');
		try {
			const split = readAsIngest(damaged, reading);
			if (split.mismatch) failures.push({ file, damage: done, error: split.mismatch, text: damaged });
		} catch (error) {
			const stack = ((error as Error).stack ?? String(error)).split('\n').slice(0, 3).join(' / ');
			failures.push({ file, damage: done, error: stack, text: damaged });
		}
	}
	return failures;
}
