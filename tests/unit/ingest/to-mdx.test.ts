import { describe, expect, it } from 'vitest';
import { bodyToMdx } from '../../../scripts/ingest/to-mdx.ts';

const paragraph = (text: string) => [{ type: 'paragraph' as const, text, lines: [1, 1] as [number, number] }];

describe('bodyToMdx', () => {
	it('writes headings and paragraphs as Markdown', () => {
		expect(bodyToMdx([{ type: 'heading', depth: 2, text: '促进企业合作', lines: [1, 1] }, ...paragraph('正文。')])).toBe('## 促进企业合作\n\n正文。\n');
	});
	it('escapes what MDX would read as JSX or an expression', () => {
		const mdx = bodyToMdx(paragraph('a<b>{c}</b> <!-- d -->'));
		expect(mdx).not.toMatch(/(^|[^\\])[<{]/);
	});
	it('encodes a leading import or export, which MDX would run', () => {
		expect(bodyToMdx(paragraph('import x from "y"'))).toMatch(/^&#x69;mport/);
		expect(bodyToMdx(paragraph('export const a = 1'))).toMatch(/^&#x65;xport/);
	});
	it('escapes Markdown syntax that the text happens to contain', () => {
		expect(bodyToMdx(paragraph('1. 第一'))).toBe('1\\. 第一\n');
		expect(bodyToMdx(paragraph('# 不是标题'))).toBe('\\# 不是标题\n');
	});
});

describe('leadText', () => {
	it('gives back the printed text of the first paragraph', async () => {
		const { leadText } = await import('../../../src/collection/mdx-text.ts');
		const text = 'import a<b>{c} \\*1. 第一 &#65; &amp;';
		expect(leadText(`## 标题\n\n${bodyToMdx(paragraph(text))}`)).toBe(text);
	});
});
