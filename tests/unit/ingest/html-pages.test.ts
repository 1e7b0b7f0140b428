import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlPageText, isHtmlPage } from '../../../scripts/ingest/html-pages.ts';
import { unmarkedLines } from '../../../scripts/ingest/markdown-marks.ts';

describe('isHtmlPage', () => {
	it('knows a document by its doctype or root element, and a fragment by blocks closed by their tags', () => {
		expect(isHtmlPage('<!DOCTYPE html>\n<html><body>正文</body></html>')).toBe(true);
		expect(isHtmlPage('<!-- 存档 -->\n<html lang="zh-CN">正文</html>')).toBe(true);
		expect(isHtmlPage('<h1>标题</h1>\n<p>　　正文。</p>\n')).toBe(true);
		expect(isHtmlPage('<P>　　第一段。</P><P>　　第二段。</P>')).toBe(true);
	});

	it('leaves a printed text that mentions a tag or two as text', () => {
		expect(isHtmlPage('城东新建一座图书馆\n　　馆内藏书<三千>册，读者评分>4.5。\n')).toBe(false);
		// (A column on writing web pages quoting one closing tag.)
		expect(isHtmlPage('网页入门\n　　段落写在 <p> 和 </p> 之间。\n')).toBe(false);
		expect(isHtmlPage('编程课\n　　html 是网页的语言。\n')).toBe(false);
	});
});

describe('htmlPageText', () => {
	it('puts each block on a line of its own, a <br> ending a line, at the line of the HTML its block starts on', () => {
		const page = htmlPageText('<div><p>　　第一段。</p><p>　　第二段，<br>　　第三段。</p></div>\n<ul>\n<li>一</li>\n<li>二</li>\n</ul>\n');
		expect(page.text).toBe('　　第一段。\n　　第二段，\n　　第三段。\n一\n二\n');
		expect(page.lines).toEqual([1, 1, 1, 3, 4]);
	});

	it('reads a text file a browser shows and saves as HTML (<pre>) line for line, its indents and blank lines kept', () => {
		const text = '城东新建一座图书馆\n本报记者  张  三\n    城东新建的图书馆日前开馆。\n\n城西公园完成改造\n　　城西公园改造工程近日完工。\n';
		const page = htmlPageText(`<html><head></head><body><pre style="word-wrap: break-word; white-space: pre-wrap;">${text}</pre></body></html>`);
		expect(page.text).toBe(text);
		expect(page.lines).toEqual([1, 2, 3, 4, 5, 6]);
	});

	it('leaves out what a browser does not show, and a site’s navigation', () => {
		const page = htmlPageText(
			'<html><head><title>标题--网站</title><style>p{}</style><script>var a = "<p>脚本</p>";</script></head>' +
				'<body><nav><a href="/">首页</a></nav><!-- <p>注释</p> --><template><p>模板</p></template><p>正文<img src="a.jpg" alt="图"></p></body></html>',
		);
		expect(page.text).toBe('正文\n');
	});

	it('shows a line break in the source as a browser does: nothing between two Chinese characters, a space elsewhere', () => {
		expect(htmlPageText('<p>　　改造工程近日完工，\n  新增步道三公里。</p><p>Smart\nCity 大会</p>').text).toBe(
			'　　改造工程近日完工，新增步道三公里。\nSmart City 大会\n',
		);
	});

	it('keeps an indent and the spaces of a byline, and reads character references', () => {
		expect(htmlPageText('<p>本报记者  张　三</p><p>&nbsp;&nbsp;&ldquo;好&rdquo;。</p>').text).toBe('本报记者  张　三\n\u00a0\u00a0“好”。\n');
	});

	it('marks the header’s headings as Markdown does, a paragraph all in bold as a section heading, and escapes the text’s own marks', () => {
		const page = htmlPageText(
			'<h3>引题</h3><h1>标题 *星号*</h1><h2>——副题</h2><p><strong>小标题</strong></p><p><b>加粗</b>的半句</p><h4>四级标题</h4><p>- 5-10 [注] \\ 完</p><p># 井号开头</p>',
		);
		expect(page.text).toBe(
			['### 引题', '# 标题 \\*星号\\*', '## ——副题', '**小标题**', '加粗的半句', '**四级标题**', '\\- 5-10 \\[注\\] \\\\ 完', '\\# 井号开头', ''].join('\n'),
		);
	});

	it('reads an article as paper.people.com.cn sets it: a title of two lines as one, the byline’s stamp as the site’s, a bold heading’s indent outside its marks', () => {
		const page = htmlPageText(
			[
				'<div class="article">',
				'<h3><p> 引题 </p></h3>',
				'<h1><p> 标题第一行 </p><p>第二行</p></h1>',
				'<h2></h2>',
				'<p class="sec">',
				'<!-- <span class="date">(2020年02月06日 01版)</span> -->',
				'\t\t本报记者&nbsp;&nbsp;孟祥夫',
				'\t\t<span class="date">',
				'\t\t\t《人民日报》（<span class="newstime">2026年04月27日</span>&nbsp;第&nbsp;04&nbsp;版）',
				'\t\t</span>',
				'</p>',
				'<div id="ozoom"><!--enpcontent--><p><strong>　　一、总体要求</strong></p><p>　　正文。</p><!--/enpcontent--></div>',
				'</div>',
			].join('\n'),
		);
		expect(page.text.split('\n')).toEqual([
			'### 引题',
			'# 标题第一行 第二行',
			'> 本报记者\u00a0\u00a0孟祥夫《人民日报》（2026年04月27日\u00a0第\u00a004\u00a0版）',
			'　　**一、总体要求**',
			'　　正文。',
			'',
		]);
		expect(unmarkedLines(page.text.split('\n'))).toEqual(['引题', '标题第一行 第二行', '本报记者\u00a0\u00a0孟祥夫', '　　一、总体要求', '　　正文。', '']);
	});

	it('leaves a heading that ends as a sentence does unmarked, and a page with no heading unescaped', () => {
		expect(htmlPageText('<h1>这是一句话。</h1><p>正文</p>').text).toBe('这是一句话。\n正文\n');
		expect(htmlPageText('<p>星号*和[括号]</p><p>- 开头</p>').text).toBe('星号*和[括号]\n- 开头\n');
	});
});

describe('htmlPageText, every text', () => {
	// The characters Markdown reads as marks, over-represented among Chinese and Latin text.
	const fragments = fc.constantFrom('*', '**', '_', '[', ']', '](', '(', ')', '#', '# ', '> ', '- ', '+ ', '\\', '!', '`', '文', '字', 'a', ' ', '　', '。');
	const text = fc
		.array(fragments, { minLength: 1, maxLength: 12 })
		.map((parts) => parts.join('').trim())
		.filter((line) => /[^\s]/u.test(line));
	const escaped = (line: string) => line.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

	it('gives back each block’s text as the parser reads it, its marks aside: nothing lost, nothing added', () => {
		fc.assert(
			fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), (blocks) => {
				const page = htmlPageText(`<h1>标题</h1>${blocks.map((block) => `<p>${escaped(block)}</p>`).join('\n')}`);
				expect(unmarkedLines(page.text.split('\n').slice(0, -1))).toEqual(['标题', ...blocks]);
			}),
			{ numRuns: 500 },
		);
	});
});
