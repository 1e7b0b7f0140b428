import { describe, expect, it } from 'vitest';
import { Problem } from '../../../scripts/ingest/problem.ts';

describe('Problem', () => {
	it('is placed in the page text being read when it names no file of its own', () => {
		const placed = new Problem('第 2 行的文字出现在第一篇稿件的标题之前。', { line: 2, hint: '确认标题单独成行。' }).in('inbox/a.txt');
		expect(placed).toBeInstanceOf(Problem);
		expect([placed.file, placed.line, placed.message, placed.hint]).toEqual([
			'inbox/a.txt',
			2,
			'第 2 行的文字出现在第一篇稿件的标题之前。',
			'确认标题单独成行。',
		]);
	});

	it('keeps the file it names, such as a sidecar', () => {
		expect(new Problem('旁注文件有未知字段：color。', { file: 'inbox/a.yaml' }).in('inbox/a.txt').file).toBe('inbox/a.yaml');
	});
});
