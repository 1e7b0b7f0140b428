import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksOfMdx, leadText } from '../../../src/collection/mdx-text.ts';

const additions = readFileSync(join(import.meta.dirname, '../../fixtures/render/additions.mdx'), 'utf8');

describe('the printed text of a body with editors’ additions', () => {
	it('leaves every component out, however many blocks it spans', () => {
		expect(blocksOfMdx(additions)).toEqual(['第一段，照原样印出的文字。', '第二段：园区注册数字经济企业47家。']);
		expect(blocksOfMdx('<EditorNote>\n\n注一。\n\n注二。\n\n</EditorNote>\n\n正文。\n')).toEqual(['正文。']);
	});

	it('takes the lead from the first printed paragraph, not from a correction above it', () => {
		expect(leadText(additions)).toBe('第一段，照原样印出的文字。');
	});

	it('keeps a paragraph that starts with an escaped < as text', () => {
		expect(blocksOfMdx('\\<Correction\\> 是一个词。\n')).toEqual(['<Correction> 是一个词。']);
	});
});
