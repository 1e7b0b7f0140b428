/**
 * content/papers.yaml: each paper's house style, read once per run. A wrong field is reported at
 * its line, every one of them at once, since a wrong style would split every page of its paper.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readPaperStyles } from '../../../scripts/ingest/paper-styles.ts';
import { Problem, ProblemGroup } from '../../../scripts/ingest/problem.ts';

const scratch: string[] = [];

/** A content folder whose papers.yaml holds `text` (none when undefined). */
function contentWith(text: string | Buffer | undefined): string {
	const dir = mkdtempSync(join(tmpdir(), 'styles-'));
	scratch.push(dir);
	if (text !== undefined) writeFileSync(join(dir, 'papers.yaml'), text);
	return dir;
}

/** What reading throws, as [line, message] pairs. */
function problems(text: string): [number | undefined, string][] {
	try {
		readPaperStyles(contentWith(text), 'papers.yaml');
	} catch (error) {
		const all = error instanceof ProblemGroup ? error.problems : [error as Problem];
		expect(all.every((problem) => problem.file === 'papers.yaml' && problem.hint)).toBe(true);
		return all.map((problem) => [problem.line, problem.message]);
	}
	throw new Error('read without a problem');
}

afterEach(() => {
	for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('readPaperStyles', () => {
	it('reads each paper’s style by its name; a paper listed with nothing under it has the default style', () => {
		const styles = readPaperStyles(
			contentWith('新华每日电讯:\n  titleFirst: true\n某某晚报:\n  paperSlug: mmwb2\n  columns: [夜读, 街谈]\n  printedHeadings: true\n人民日报:\n'),
		);
		expect([...styles]).toEqual([
			['新华每日电讯', { titleFirst: true }],
			['某某晚报', { paperSlug: 'mmwb2', columns: ['夜读', '街谈'], printedHeadings: true }],
			['人民日报', {}],
		]);
	});

	it('is no styles where there is no file, or an empty one', () => {
		expect(readPaperStyles(contentWith(undefined)).size).toBe(0);
		expect(readPaperStyles(contentWith('')).size).toBe(0);
	});

	it('reads a file saved in GBK as the ingester reads page texts', () => {
		const gbk = Buffer.from([0xd0, 0xc2, 0xbb, 0xaa, 0xc3, 0xbf, 0xc8, 0xd5, 0xb5, 0xe7, 0xd1, 0xb6]); // 新华每日电讯
		const styles = readPaperStyles(contentWith(Buffer.concat([gbk, Buffer.from(':\n  titleFirst: true\n')])));
		expect(styles.get('新华每日电讯')).toEqual({ titleFirst: true });
	});

	it('reports every wrong field at its line, with the fields it may have', () => {
		expect(problems('新华每日电讯:\n  titleFirst: yes\n  colums: [夜读]\n人民日报: 3\n')).toEqual([
			[2, '《新华每日电讯》：titleFirst 须为 true 或 false。'],
			[3, '《新华每日电讯》下有未知字段：colums。'],
			[4, '《人民日报》下须写排版习惯的字段。'],
		]);
	});

	it('refuses a file that is no YAML, or no map of papers, at the line', () => {
		expect(problems('新华每日电讯:\n  titleFirst: [true\n')[0]![0]).toBe(3);
		expect(problems('- 新华每日电讯\n')).toEqual([[1, '报纸排版习惯文件须以报纸名称为键，每个报纸下写它的排版习惯。']]);
	});
});
