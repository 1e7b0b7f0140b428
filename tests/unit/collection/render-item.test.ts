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

describe('what a hand edit may add to a body', () => {
	it('takes Markdown for text and links to web pages or the site', () => {
		const { html } = renderItemBody('**重点**与*强调*。\n\n> 编者按\n\n- 一\n- 二\n\n见[原文](https://example.org/a)和[上一篇](/kjrb/2024-07-12/00-01/)。\n');
		expect(html).toContain('<strong>重点</strong>');
		expect(html).toContain('<a href="https://example.org/a">原文</a>');
		expect(html).toContain('<a href="/kjrb/2024-07-12/00-01/">上一篇</a>');
	});

	it('refuses a link that would run or load anything, and images, with the line and the fix', () => {
		for (const [body, what, line] of [
			['第一段。\n\n[点我](javascript:alert(1))\n', '链接“javascript:alert(1)”', 12],
			['第一段。\n\n[x](data:text/html,<b>x</b>)\n', '链接“data:text/html,<b>x</b>”', 12],
			['第一段。\n\n![图](https://example.org/a.png)\n', '图片', 12],
			['第一段。\n\n[x][r]\n\n[r]: vbscript:msgbox\n', '链接“vbscript:msgbox”', 14],
		] as const) {
			let error: unknown;
			try {
				renderItemBody(body, 10);
			} catch (thrown) {
				error = thrown;
			}
			expect(error, body).toBeInstanceOf(ItemBodyError);
			expect((error as ItemBodyError).message, body).toContain(what);
			expect((error as ItemBodyError).line, body).toBe(line);
		}
	});
});
