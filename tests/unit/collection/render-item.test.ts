import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ItemBodyError, renderItemBody } from '../../../src/collection/render-item.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/render');

describe('renderItemBody', () => {
	for (const name of readdirSync(FIXTURES).filter((file) => file.endsWith('.mdx'))) {
		it(`renders ${name} as ${name.replace('.mdx', '.html')}`, () => {
			const { html } = renderItemBody(readFileSync(join(FIXTURES, name), 'utf8'));
			expect(html.trim()).toBe(readFileSync(join(FIXTURES, name.replace('.mdx', '.html')), 'utf8').trim());
		});
	}

	it('lists the headings for the table of contents, without the anchors', () => {
		const { headings } = renderItemBody(readFileSync(join(FIXTURES, 'sections.mdx'), 'utf8'));
		expect(headings).toEqual([
			{ depth: 2, slug: '从制造到智造', text: '从“制造”到“智造”' },
			{ depth: 3, slug: '生产线更聪明了', text: '生产线更聪明了' },
			{ depth: 2, slug: '从制造到智造-1', text: '从“制造”到“智造”' },
		]);
	});

	it.each([
		['a component', '第一段。\n\n<Foo />\n', 3, '组件或 HTML 标签'],
		['an HTML tag', '第一段。\n\n文字<b>加粗</b>。\n', 3, '组件或 HTML 标签'],
		['an expression', '第一段。\n\n合计{1+1}元。\n', 3, '花括号表达式'],
		['an import', 'import x from "y"\n\n正文。\n', 1, 'import/export 语句'],
	])('refuses a body holding %s, naming the line and the fix, and runs nothing', (_, body, line, kind) => {
		let caught: unknown;
		try {
			renderItemBody(body);
		} catch (error) {
			caught = error;
		}
		expect(caught).toBeInstanceOf(ItemBodyError);
		expect((caught as ItemBodyError).line).toBe(line);
		expect((caught as Error).message).toContain(kind);
		expect((caught as Error).message).toContain('反斜杠');
	});

	it('refuses MDX that does not parse, with its line', () => {
		expect(() => renderItemBody('第一段。\n\n未闭合的{花括号\n')).toThrow(ItemBodyError);
	});
});
