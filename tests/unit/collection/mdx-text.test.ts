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

	it('finds the lead however a component is closed or followed, and whatever the line ends', () => {
		expect(leadText('<Correction date="2024-07-15">改。</Correction >\n\n正文。\n')).toBe('正文。');
		expect(leadText('<Related href="/kjrb/2024-07-12/00-01/" />\n正文。\n')).toBe('正文。');
		expect(leadText('<EditorNote>\r\n\r\n注。\r\n\r\n</EditorNote>\r\n\r\n正文。\r\n')).toBe('正文。');
	});

	it('shows a character number past Unicode as U+FFFD instead of failing', () => {
		expect(leadText('超出&#x110000;范围。\n')).toBe('超出\uFFFD范围。');
	});

	it('keeps a paragraph that starts with an escaped < as text', () => {
		expect(blocksOfMdx('\\<Correction\\> 是一个词。\n')).toEqual(['<Correction> 是一个词。']);
	});
});
