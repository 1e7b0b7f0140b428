import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ItemBodyError, renderItemBody } from '../../../src/collection/render-item.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/render');

/** What rendering `body` throws, or undefined when it renders. */
function refusal(body: string, firstLine?: number): unknown {
	try {
		renderItemBody(body, firstLine);
	} catch (error) {
		return error;
	}
	return undefined;
}

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
		const caught = refusal(body);
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
			const error = refusal(body, 10);
			expect(error, body).toBeInstanceOf(ItemBodyError);
			expect((error as ItemBodyError).message, body).toContain(what);
			expect((error as ItemBodyError).line, body).toBe(line);
		}
	});
});

describe("the archive's components in a body", () => {
	const additions = () => renderItemBody(readFileSync(join(FIXTURES, 'additions.mdx'), 'utf8'));

	it('takes a correction out of the text, dated, as HTML and as plain text', () => {
		expect(additions().corrections).toEqual([
			{ date: '2024-07-15', html: '<p>本文第二段“47家”应为“74家”，特此更正。</p>', text: '本文第二段“47家”应为“74家”，特此更正。' },
		]);
		expect(additions().html).not.toContain('特此更正');
	});

	it("keeps an editor's headings out of the table of contents and a correction's headings without ids", () => {
		const { headings, corrections } = renderItemBody(
			'## 进展\n\n正文。\n\n<EditorNote>\n\n## 背景\n\n注。\n\n</EditorNote>\n\n<Correction date="2024-07-15">\n\n## 进展\n\n改。\n\n</Correction>\n',
		);
		expect(headings).toEqual([{ depth: 2, slug: '进展', text: '进展' }]);
		expect(corrections[0]!.html).toBe('<h2>进展</h2>\n<p>改。</p>');
	});

	it('takes a component written on one line as standing on its own', () => {
		const { html, corrections } = renderItemBody('正文。\n\n<Correction date="2024-07-16">一行写成的更正。</Correction>\n');
		expect(corrections).toEqual([{ date: '2024-07-16', html: '<p>一行写成的更正。</p>', text: '一行写成的更正。' }]);
		expect(html).toBe('<p>正文。</p>');
	});

	it('lists the items a body links to and the photos it places, in order', () => {
		expect(additions().related).toEqual([
			{ id: 'kjrb/2024-07-12/00-01', line: 15 },
			{ id: 'kjrb/2024-07-12/00-02', line: 17 },
		]);
		expect(additions().photos).toEqual([{ src: './lanzhou.jpg', caption: '兰州高新区一角', credit: '曾文溪', alt: '兰州高新区一角', line: 13 }]);
	});

	it.each([
		['an unknown component', '正文。\n\n<Corection date="2024-07-15">更正。</Corection>\n', 3, ['<Corection>', '<Correction date=']],
		['a misspelt prop', '正文。\n\n<Correction dat="2024-07-15">更正。</Correction>\n', 3, ['未知属性 dat', '可用的属性：date']],
		['a malformed date', '正文。\n\n<Correction date="2024-7-15">更正。</Correction>\n', 3, ['YYYY-MM-DD']],
		['a prop given as code', '正文。\n\n<Correction date={new Date()}>更正。</Correction>\n', 3, ['花括号表达式']],
		['a spread of props', '正文。\n\n<Related {...links} />\n', 3, ['花括号表达式']],
		['a prop with no value', '正文。\n\n<Photo src caption="图" />\n', 3, ['src 没有值']],
		['a missing prop', '正文。\n\n<Photo src="./a.jpg" />\n', 3, ['caption']],
		['a photo from above the item', '正文。\n\n<Photo src="../other/a.jpg" caption="图" />\n', 3, ['./lanzhou.jpg']],
		['a photo from above the item, written from here', '正文。\n\n<Photo src="./../a.jpg" caption="图" />\n', 3, ['./lanzhou.jpg']],
		['a photo from the web', '正文。\n\n<Photo src="https://example.org/a.jpg" caption="图" />\n', 3, ['稿件文件旁的图片']],
		['a link to no item', '正文。\n\n<Related href="https://example.org/" />\n', 3, ['永久地址']],
		['content where there may be none', '正文。\n\n<Related href="/kjrb/2024-07-12/00-01/">相关</Related>\n', 3, ['不能有内容']],
		['an empty note', '正文。\n\n<EditorNote></EditorNote>\n', 3, ['没有内容']],
		['a component inside a paragraph', '正文<EditorNote>注</EditorNote>。\n', 1, ['单独成段']],
		['a component inside another', '<EditorNote>\n\n<Correction date="2024-07-15">更正。</Correction>\n\n</EditorNote>\n', 3, ['单独成段']],
		['code inside a component', '<EditorNote>\n  合计{1+1}元。\n</EditorNote>\n', 2, ['花括号表达式']],
	])('refuses %s with its line and the fix', (_, body, line, phrases) => {
		const caught = refusal(body);
		expect(caught, body).toBeInstanceOf(ItemBodyError);
		expect((caught as ItemBodyError).line, body).toBe(line);
		for (const phrase of phrases) expect((caught as Error).message, body).toContain(phrase);
	});
});
