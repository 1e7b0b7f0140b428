/**
 * npm run eval:variants -- <corpus folder> [--out eval-variants]
 *
 * The corpus's pages as other pipelines hand them over: each page with expected items beside it (`<stem>.indent.expected.json`,
 * as make-corpus.ts and article-archive.ts write them) rendered again with what a web copy, a text tool or OCR adds or
 * changes, in the indented and the plain layout, each variant in a folder of its own (`<out>/<variant>-<layout>/`), its
 * expected items those a careful editor reads there. `npm run eval:ingest -- <out>/<variant>-<layout>` scores one; a
 * variant that reads as the page itself does is one the ingester takes in its stride (scripts/eval/PASSES.md, the
 * fifty-sixth and fifty-seventh passes).
 *
 * What a web copy adds around an article is layout, no text of it (scripts/ingest/web-furniture.ts): its expected items
 * are the page's own. What a pipeline changes in the text (its dashes, its line ends) the expected items change alike,
 * as the `halfwidth` layout's do.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { withStringsMapped } from '../ingest/objects.ts';
import { runCommand, UsageError } from '../shared/command.ts';
import type { ExpectedItem, ExpectedPage } from './expected.ts';

const USAGE = '用法：npm run eval:variants -- <语料文件夹（含 *.indent.expected.json）> [--out eval-variants]';

/** How a variant renders a page: lines it adds around each article, or a change to the whole text and to what is expected. */
export interface PageVariant {
	/** Lines printed right under each article's header (its title, subtitle and byline). */
	underHeader?: string[];
	/** Lines printed under each article's text. */
	afterText?: (item: ExpectedItem, index: number) => string[];
	/** Lines over the page's first article, and under its credits. */
	top?: string[];
	bottom?: string[];
	/** Whether an article's paragraphs run together on one line, each with its indent, as a crawler that strips tags sets them. */
	runTogether?: boolean;
	/** What the pipeline sets after every other article's title, which the printed title has not (a site's （图）). */
	titleMark?: string;
	/** What the pipeline makes of the whole text, and of each string expected, where it changes the text itself. */
	text?: (text: string) => string;
	expected?: (text: string) => string;
	/** The page's credits a variant's lines add to (a site's editors under each article: credits as 本版责编 is). */
	credits?: (page: ExpectedPage) => string[];
	/**
	 * The page saved as HTML (html-pages.ts), as the RSS feeds set an article (<h3> 引题, <h1> 标题, <h2> 副标题, <p> each
	 * paragraph, a heading's in <strong>): a block to a line, or a whole document on one line, its head, styles, scripts and
	 * comments included; or the page's text as a browser shows a text file and saves it, in a <pre> (`text`).
	 */
	html?: 'blocks' | 'document' | 'text';
}

const EDITORS = ['王浩、李强', '张三', '刘晓、陈静', '赵敏'];

export const PAGE_VARIANTS: Readonly<Record<string, PageVariant>> = {
	// When and where a site published the article, under its header (web-furniture.ts).
	'publication-line': { underHeader: ['2026年04月26日08:22 | 来源：人民网－人民日报'] },
	'publication-time': { underHeader: ['2026-04-26 08:22:15  来源：人民日报'] },
	'outlet-source': { underHeader: ['来源：人民日报'] },
	// The site's widgets, and an e-paper's navigation over and under its page.
	widgets: { underHeader: ['【字号 大 中 小】'], afterText: () => ['分享到：'] },
	navigation: { top: ['上一版  下一版', 'PDF下载', '返回目录'], bottom: ['返回首页', '打印  关闭'] },
	'picture-placeholder': { underHeader: ['[图片]'] },
	'picture-mark': { titleMark: '（图）' },
	// A crawler's paragraphs run together on one line (inline-indents.ts).
	'run-together': { runTogether: true },
	// A site's editors under each article: credits (credits.ts).
	'bracketed-editors': {
		afterText: (_, index) => [`【责任编辑：${EDITORS[index % EDITORS.length]}】`],
		credits: (page) => page.items.map((_, index) => `【责任编辑：${EDITORS[index % EDITORS.length]}】`),
	},
	// Line ends other than LF (read-source.ts).
	'line-separator': { text: (text) => text.replaceAll('\n', '\u2028') },
	'vertical-tab': { text: (text) => text.replace(/\n(?!\u3000)/gu, '\u000b') },
	// OCR's dash and its 曰 for 日 (punctuation-widths.ts, bylines.ts); two hyphens for the dash.
	'ocr-dash': { text: (text) => text.replaceAll('——', '一一'), expected: (text) => text.replaceAll('——', '一一') },
	'hyphen-dash': { text: (text) => text.replaceAll('——', '--'), expected: (text) => text.replaceAll('——', '--') },
	'ocr-yue': { text: yueForRi, expected: yueForRi },
	// Pages saved as HTML (html-pages.ts).
	'html-blocks': { html: 'blocks' },
	'html-document': { html: 'document' },
	'html-text': { html: 'text' },
};

/** A dateline's 日 as OCR reads it, 曰: 4月25曰电. */
function yueForRi(text: string): string {
	return text.replace(/(\d{1,2}月\d{1,2})日(电|讯)/gu, '$1曰$2');
}

/** The layouts a variant renders a page in: its paragraphs indented (as paper.people.com.cn sets them) or not. */
export const VARIANT_LAYOUTS = { indent: '\u3000\u3000', plain: '' } as const;

/** The page's text in a variant and layout, and the items a careful editor reads in it. */
export function renderVariant(page: ExpectedPage, variant: PageVariant, indent: string): { text: string; expected: ExpectedPage } {
	if (variant.html) return { text: renderHtml(page, variant.html, indent), expected: page };
	const lines = [...(variant.top ?? [])];
	page.items.forEach((item, index) => {
		const title = variant.titleMark && index % 2 === 0 ? item.title + variant.titleMark : item.title;
		lines.push(...[item.kicker, title, item.subtitle, item.byline].filter((line) => line !== undefined));
		lines.push(...(variant.underHeader ?? []));
		if (variant.runTogether) lines.push(item.blocks.map((block) => `\u3000\u3000${block.text}`).join(''));
		else for (const block of item.blocks) lines.push(indent + block.text);
		lines.push(...(variant.afterText?.(item, index) ?? []).map((line) => indent + line));
	});
	lines.push(...page.credits, ...(variant.bottom ?? []));
	const text = `${lines.join('\n')}\n`;
	const expected = { ...page, credits: [...(variant.credits?.(page) ?? []), ...page.credits] };
	return { text: variant.text ? variant.text(text) : text, expected: variant.expected ? withStringsMapped(expected, variant.expected) : expected };
}

/**
 * The page as HTML: each article's header in its heading elements, each paragraph (and credit) in a <p>; or its text in a
 * <pre>, as Chromium sets a text file it shows.
 */
function renderHtml(page: ExpectedPage, form: 'blocks' | 'document' | 'text', indent: string): string {
	const escaped = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
	if (form === 'text') {
		const text = renderVariant(page, {}, indent).text;
		return `<html><head><meta name="color-scheme" content="light dark"></head><body><pre style="word-wrap: break-word; white-space: pre-wrap;">${escaped(text)}</pre></body></html>\n`;
	}
	const element = (name: string, text: string | undefined) => (text === undefined ? [] : [`<${name}>${escaped(text)}</${name}>`]);
	const blocks = page.items.flatMap((item) => [
		...element('h3', item.kicker),
		...element('h1', item.title),
		...element('h2', item.subtitle),
		...element('p', item.byline),
		...item.blocks.map((block) => (block.kind === 'heading' ? `<p><strong>${escaped(block.text)}</strong></p>` : `<p>${indent}${escaped(block.text)}</p>`)),
	]);
	blocks.push(...page.credits.flatMap((credit) => element('p', credit)));
	if (form === 'blocks') return `${blocks.join('\n')}\n`;
	const head = `<head><meta charset="utf-8"><title>${escaped(page.items[0]?.title ?? '')}--人民网</title><style>p { text-indent: 2em; }</style><script>var page = "<p>" + 1;</script></head>`;
	return `<!DOCTYPE html><html lang="zh-CN">${head}<body><!-- enpcontent -->${blocks.join('')}<!-- /enpcontent --></body></html>\n`;
}

function main(args: string[]): number {
	const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { out: { type: 'string', default: 'eval-variants' } } });
	if (positionals.length !== 1) throw new UsageError(USAGE);
	const from = resolve(positionals[0]!);
	const out = resolve(values.out);
	const pages = readdirSync(from).filter((name) => name.endsWith('.indent.expected.json'));
	if (pages.length === 0) throw new UsageError(`${from} 里没有 *.indent.expected.json。\n${USAGE}`);
	for (const [name, variant] of Object.entries(PAGE_VARIANTS)) {
		for (const [layout, indent] of Object.entries(VARIANT_LAYOUTS)) {
			const folder = join(out, `${name}-${layout}`);
			mkdirSync(folder, { recursive: true });
			for (const file of pages) {
				const page = JSON.parse(readFileSync(join(from, file), 'utf8')) as ExpectedPage;
				const { text, expected } = renderVariant(page, variant, indent);
				const stem = join(folder, file.replace(/\.indent\.expected\.json$/u, `.${name}`));
				writeFileSync(`${stem}.txt`, text);
				writeFileSync(`${stem}.expected.json`, `${JSON.stringify({ ...expected, layout: `${name}-${layout}` }, null, '\t')}\n`);
			}
		}
	}
	console.log(`${pages.length} 个版面，${Object.keys(PAGE_VARIANTS).length} 种变体 × ${Object.keys(VARIANT_LAYOUTS).length} 种排法，写在 ${out}`);
	return 0;
}

if (import.meta.main) runCommand(main, USAGE);
