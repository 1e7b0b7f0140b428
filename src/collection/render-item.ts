/**
 * Turns the MDX body of an item into HTML, once per change of the file, in the content loader:
 * parsed as MDX (remark-mdx: no raw HTML, no indented code, escapes as the ingester wrote them),
 * but never run. Newspaper text must never become code, so an item whose body holds MDX code (a
 * component, an {expression}, an import or export) is refused with its line and the fix, instead
 * of being executed. What a hand edit may add is text and its Markdown: emphasis, lists, quotes,
 * headings, and links to web pages (http, https, mailto) or within the site; a link of any other
 * kind (javascript:, data:) or an image (a picture is a figure in the frontmatter) is refused the
 * same way. Headings get github-slugger ids (rehype-slug, as Astro's own Markdown does)
 * and permanent-link anchors; the headings are returned for the table of contents.
 */
import type { Root as HastRoot } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Root as MdastRoot } from 'mdast';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import { remark } from 'remark';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import rehypeSectionAnchors from '../plugins/rehype-section-anchors.ts';

export interface ItemHeading {
	depth: number;
	slug: string;
	text: string;
}

export interface RenderedItem {
	html: string;
	headings: ItemHeading[];
}

/** A problem in an item's body, with where it is (a 1-based line of its file) and how to fix it. */
export class ItemBodyError extends Error {
	readonly line?: number;
	constructor(message: string, line?: number) {
		super(message);
		this.name = 'ItemBodyError';
		this.line = line;
	}
}

const CODE_NODES: Record<string, string> = {
	mdxJsxFlowElement: '组件或 HTML 标签',
	mdxJsxTextElement: '组件或 HTML 标签',
	mdxFlowExpression: '花括号表达式',
	mdxTextExpression: '花括号表达式',
	mdxjsEsm: 'import/export 语句',
};

/** Where a link in a body may lead: web pages, e-mail, and the site itself (a path, or a section: #…). */
const SAFE_URL = /^(?:https?:\/\/|mailto:|\/|#|\.{1,2}\/)/i;

const parser = remark().use(remarkMdx);
const toHast = unified().use(remarkRehype).use(rehypeSlug);
const toHtml = unified()
	.use(rehypeSectionAnchors)
	.use(rehypeStringify, { characterReferences: { useShortestReferences: true } });

/** `firstLine`: the line of its file the body starts on, so that errors name lines of the file. Default: 1. */
export function renderItemBody(body: string, firstLine = 1): RenderedItem {
	const fileLine = (line?: number) => (line === undefined ? undefined : line + firstLine - 1);
	let tree: MdastRoot;
	try {
		tree = parser.parse(body);
	} catch (error) {
		const place = (error as { place?: { line?: number; start?: { line?: number } } }).place;
		const line = place?.line ?? place?.start?.line;
		throw new ItemBodyError(`正文不是合法的 MDX：${(error as Error).message}。正文里的 { } < > 须写成 \\{ \\} \\< \\>（重新导入会自动转义）。`, fileLine(line));
	}
	const code: { kind: string; line?: number }[] = [];
	visit(tree, (node) => {
		if (node.type in CODE_NODES) code.push({ kind: CODE_NODES[node.type]!, line: fileLine(node.position?.start.line) });
	});
	// Links a reader can follow safely; everything else a hand edit might link to is refused.
	const unsafe: { what: string; line?: number }[] = [];
	visit(tree, (node) => {
		const line = fileLine(node.position?.start.line);
		if (node.type === 'image' || node.type === 'imageReference') unsafe.push({ what: '图片', line });
		if ((node.type === 'link' || node.type === 'definition') && !SAFE_URL.test((node as { url: string }).url.trim())) {
			unsafe.push({ what: `链接“${(node as { url: string }).url}”`, line });
		}
	});
	if (unsafe.length > 0) {
		throw new ItemBodyError(
			`正文含有${unsafe.map((u) => `第 ${u.line} 行的${u.what}`).join('、')}。正文里的链接只能指向网页（http、https、mailto）或本站，` +
				'图片请写在 frontmatter 的 figures 里；要显示这些字符本身，请在 [ 和 ! 前加反斜杠（\\[、\\!）。',
			unsafe[0]!.line,
		);
	}
	if (code.length > 0) {
		const [first] = code;
		throw new ItemBodyError(
			`正文含有 MDX 代码（${code.map((c) => `第 ${c.line} 行的${c.kind}`).join('、')}）。稿件正文只能是文字：` +
				'要显示这些字符，请在前面加反斜杠（\\{、\\<），或删去它们。',
			first!.line,
		);
	}
	const hast = toHast.runSync(tree) as HastRoot;
	// Read before the anchors are added, so that no heading's text ends in their "#".
	const headings: ItemHeading[] = [];
	visit(hast, 'element', (node) => {
		const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
		if (depth && typeof node.properties.id === 'string') headings.push({ depth: Number(depth), slug: node.properties.id, text: toString(node) });
	});
	return { html: toHtml.stringify(toHtml.runSync(hast) as HastRoot), headings };
}
