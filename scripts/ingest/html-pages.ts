/**
 * Pages a crawler saved as HTML, tags and all: a page of the RSS feeds that hold each article's 引题, 标题 and 副标题 as
 * `<h3>`, `<h1>` and `<h2>` and its paragraphs as `<p>　　…</p>`, or an article page saved whole, `<head>`, scripts,
 * comments and all. Read as plain text, every tag would be text, and often one line holds the whole page.
 *
 * Such a page is read through its text, as a browser shows it: each block (a paragraph, a heading, a list item, a cell)
 * on a line of its own, a `<br>` ending a line; what a browser does not show (the head, scripts, styles, comments,
 * pictures) left out. Its headings are written as a page saved as Markdown marks them (markdown-marks.ts), so that the
 * parser reads them so: `<h1>` a title (`# `), `<h2>` a subtitle (`## `), `<h3>` a kicker (`### `), and a paragraph all
 * in bold (`<p><strong>…</strong></p>`) or a lower heading a section heading (`**…**`). On such a page the ASCII
 * characters Markdown would read as marks are escaped, so that the page's own `*` or `[` stay its text. As
 * paper.people.com.cn sets an article, a title of two lines (`<h1><p>…</p><p>…</p></h1>`) is one title, and the paper, date
 * and page it stamps after the byline are the site's, as on a Markdown page that quotes the byline.
 *
 * The HTML file is what the archive keeps; every line of the text read from it comes from a line of the HTML, where the
 * maintainer is sent to look (`lines`).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { rehype } from 'rehype';
import { endsWithBylineStamp } from './markdown-marks.ts';

/** The text of an HTML page as the ingester reads it, and where each of its lines stands in the HTML. */
export interface HtmlPageText {
	/** The page's text, a block to a line, its headings marked as Markdown marks them. */
	text: string;
	/** For each line of `text` (0-based), the 1-based line of the HTML where its block starts. */
	lines: number[];
}

/** A closing tag of a block a page's text is set in: what no printed text holds, twice over. */
const BLOCK_CLOSE = /<\/(?:p|h[1-6]|div|li|td|th|tr|section|article|blockquote|body|html)\s*>/giu;
/** The first thing in an HTML document: its doctype or its root element. */
const DOCUMENT_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/iu;
/** How many closed blocks make a text an HTML page: a line quoting one tag is a page about HTML. */
const MIN_BLOCKS = 2;

/** Whether a page text is HTML: a document, or blocks closed by their tags. */
export function isHtmlPage(source: string): boolean {
	if (!source.includes('<')) return false;
	return DOCUMENT_START.test(source) || (source.match(BLOCK_CLOSE)?.length ?? 0) >= MIN_BLOCKS;
}

/** Elements whose content is no page's text: what a browser does not show, and a site's navigation (<nav>). */
const HIDDEN = new Set([
	'head',
	'title',
	'nav',
	'script',
	'style',
	'template',
	'noscript',
	'iframe',
	'object',
	'svg',
	'math',
	'img',
	'video',
	'audio',
	'canvas',
	'select',
	'button',
]);
/** Elements that set their content on lines of its own (HTML's block-level and table elements). */
const BLOCKS = new Set([
	'address',
	'article',
	'aside',
	'blockquote',
	'body',
	'caption',
	'center',
	'dd',
	'details',
	'dialog',
	'div',
	'dl',
	'dt',
	'fieldset',
	'figcaption',
	'figure',
	'footer',
	'form',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'header',
	'hgroup',
	'hr',
	'html',
	'legend',
	'li',
	'main',
	'ol',
	'p',
	'pre',
	'section',
	'summary',
	'table',
	'tbody',
	'td',
	'tfoot',
	'th',
	'thead',
	'tr',
	'ul',
]);
/** The Markdown mark each of the page's header headings is written with: 标题, 副标题, 引题, as markdown-marks.ts reads them. */
const HEADING_MARKS: Record<string, string> = { h1: '# ', h2: '## ', h3: '### ' };
/** Bold, as HTML sets it. */
const BOLD = new Set(['strong', 'b']);
/** HTML's whitespace, which a browser collapses; not the ideographic space of an indent, nor a no-break space. */
const HTML_SPACE = /[ \t\n\r\f]+/gu;
/** A character that shows: not a space of any kind. */
const VISIBLE = /[^\s]/u;
/** A character of a CJK script, across which a browser's line break in the source shows as nothing. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

/** One line of the page's text as read, before its marks: its pieces of text, and what the block around it is. */
interface Block {
	line: number;
	/**
	 * Its text, as the source writes it; a heading's in the lines it sets (<h1><p>…</p><p>…</p></h1>), else one; none for a
	 * blank line of preformatted text.
	 */
	parts: string[];
	/** `h1`… for a heading; `bold` for a block all in bold. */
	kind?: string;
}

/** The text of an HTML page, a block to a line, its headings marked (see the module's comment). */
export function htmlPageText(source: string): HtmlPageText {
	const tree = rehype().parse(source);
	const blocks: Block[] = [];
	let current: { line: number; parts: string[]; plain: boolean; bold: boolean; kind?: string; pre: boolean } | undefined;

	const end = () => {
		if (!current) return;
		// (Preformatted text keeps its spaces: a text file a browser shows and saves as HTML, its indents ASCII spaces.)
		const trimmed = current.pre ? current.parts : current.parts.map((part) => part.replace(/^[ \t\n\r\f]+|[ \t\n\r\f]+$/gu, ''));
		const parts = trimmed.filter((part) => VISIBLE.test(part));
		if (parts.length > 0) blocks.push({ line: current.line, parts, kind: current.kind ?? (current.bold && !current.plain ? 'bold' : undefined) });
		current = undefined;
	};
	const add = (text: string, line: number, bold: boolean, kind: string | undefined, pre = false) => {
		// (A block starts at its indent, an ideographic or no-break space, not at the source's line breaks before it.)
		if (!current && !/[^ \t\n\r\f]/u.test(text)) return;
		current ??= { line, parts: [''], plain: false, bold: false, kind, pre };
		current.parts[current.parts.length - 1] += text;
		if (!VISIBLE.test(text)) return;
		if (bold) current.bold = true;
		else current.plain = true;
	};
	/** Preformatted text's lines, each a line of the text read, a blank one blank (as a text file shown in <pre>). */
	const addLines = (text: string, line: number, bold: boolean, kind: string | undefined) => {
		text.split(/\r\n|\r|\n/u).forEach((piece, index) => {
			if (index > 0) {
				if (!current) blocks.push({ line: line + index - 1, parts: [] });
				end();
			}
			add(piece, line + index, bold, kind, true);
		});
	};
	const walk = (nodes: readonly (RootContent | ElementContent)[], bold: boolean, kind: string | undefined, pre = false) => {
		for (const node of nodes) {
			const line = node.position?.start.line ?? 1;
			if (node.type === 'text') (pre ? addLines : add)(node.value, line, bold, kind);
			else if (node.type === 'element') element(node, bold, kind, pre);
		}
	};
	const element = (node: Element, bold: boolean, kind: string | undefined, pre: boolean) => {
		const name = node.tagName;
		if (HIDDEN.has(name)) return;
		if (name === 'br') {
			end();
			return;
		}
		if (!BLOCKS.has(name)) {
			walk(node.children, bold || BOLD.has(name), kind, pre);
			return;
		}
		// A heading's lines are one heading (<h1><p>第一行</p><p>第二行</p></h1>, as paper.people.com.cn sets a title of two
		// lines): a space between them, as a line break in the source shows.
		if (kind !== undefined && /^h[1-6]$/u.test(kind)) {
			current?.parts.push('');
			walk(node.children, bold, kind);
			return;
		}
		end();
		const heading = /^h[1-6]$/u.test(name) ? name : kind;
		walk(node.children, bold, heading, pre || name === 'pre');
		end();
	};
	walk((tree as Root).children, false, undefined);
	end();

	const marked = blocks.some((block) => block.kind !== undefined);
	const lines = blocks.map((block) => lineOf(block, marked));
	return { text: lines.join('\n') + (lines.length > 0 ? '\n' : ''), lines: blocks.map((block) => block.line) };
}

/**
 * A block's line: its source's line breaks as a browser shows them (nothing between two CJK characters, else a space),
 * on a page with marks its Markdown characters escaped and its heading's mark before it. A heading that ends as a
 * sentence does (。) is no heading Markdown reads: it is left as text.
 */
function lineOf(block: Block, marked: boolean): string {
	const shown = (part: string) =>
		part.replace(HTML_SPACE, (space, at: number, whole: string) => {
			if (!/[\n\r]/u.test(space)) return space;
			return CJK.test(whole[at - 1] ?? '') && CJK.test(whole[at + space.length] ?? '') ? '' : ' ';
		});
	// (A heading's lines with a space between them, as the corpus's plain text joins them.)
	const text = block.parts.map(shown).join(' ');
	if (text === '') return text;
	if (!marked) return text;
	const [, indent, rest] = /^([\s\u3000]*)(.*)$/su.exec(text)!;
	const escaped = escapeMarkdown(rest!);
	if (block.kind === 'bold' || /^h[4-6]$/u.test(block.kind ?? '')) return `${indent}**${escaped}**`;
	const mark = HEADING_MARKS[block.kind ?? ''];
	// A byline the site stamps with the paper, date and page (本报记者  孟祥夫《人民日报》（2026年04月27日 第 04 版）) is
	// written as a Markdown page quotes it, so that the stamp is read as the site's, not the byline's (markdown-marks.ts).
	if (mark === undefined) return endsWithBylineStamp(rest!) ? `> ${escaped}` : indent + escaped;
	if (/[。.][”’」』）)]*$/u.test(text)) return indent + escaped;
	return mark + escaped;
}

/**
 * The text with each character Markdown could read as a mark escaped (markdown-marks.ts): stars, underscores, brackets,
 * backslashes anywhere, and a hash, quote or bullet that opens it (a line's text, its indent aside).
 */
function escapeMarkdown(text: string): string {
	return text.replace(/[\\*_[\]()]/gu, '\\$&').replace(/^[#>+-]/u, '\\$&');
}
