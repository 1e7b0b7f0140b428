/**
 * Turns the MDX body of an item into HTML, once per change of the file, in the content loader:
 * parsed as MDX (remark-mdx: no raw HTML, no indented code, escapes as the ingester wrote them),
 * but never run. Newspaper text must never become code, so an item whose body holds MDX code (an
 * {expression}, an import or export, a component that is not the archive's) is refused with its
 * line and the fix, instead of being executed. What a hand edit may add is text and its Markdown:
 * emphasis, lists, quotes, headings, and links to web pages (http, https, mailto) or within the
 * site; a link of any other kind (javascript:, data:) or a Markdown image is refused the same way.
 * Beside the text, an editor may write the archive's own components (collection/archive-components.ts),
 * each on its own: they are read as data and rendered here, marked as additions and kept out of
 * the search index; a correction is taken out of the text, to be shown at the top of the item.
 * Headings get github-slugger ids (rehype-slug, as Astro's own Markdown does) and permanent-link
 * anchors; the headings are returned for the table of contents.
 */
import type { ElementContent as HastElementContent, Root as HastRoot } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Root as MdastRoot, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import { remark } from 'remark';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import rehypeSectionAnchors from '../plugins/rehype-section-anchors.ts';
import { COMPONENT_USAGE, isComponentName, itemIdOfHref, readComponent } from './archive-components.ts';

export interface ItemHeading {
	depth: number;
	slug: string;
	text: string;
}

/** A correction an editor wrote in the body (<Correction date="…">), shown at the top of the item. */
export interface ItemCorrection {
	/** YYYY-MM-DD. */
	date: string;
	html: string;
	/** The same as plain text, for feeds and structured data. */
	text: string;
}

/** A photo an editor placed in the body (<Photo src="./…" />); the page renders it where `<figure data-photo="n">` stands. */
export interface BodyPhoto {
	/** The picture's file, relative to the item's file. */
	src: string;
	caption: string;
	credit?: string;
	alt: string;
	/** The line of the item's file the component is on. */
	line?: number;
}

/** An item of the archive a body links to, and the line of the file that links it. */
export interface RelatedItem {
	id: string;
	line?: number;
}

export interface RenderedItem {
	html: string;
	headings: ItemHeading[];
	/** Oldest first, as written. */
	corrections: ItemCorrection[];
	/** The items the body links to with <Related>, each with its line; the page writes `<a data-related="id">` as a link with the item's title. */
	related: RelatedItem[];
	photos: BodyPhoto[];
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
	mdxFlowExpression: '花括号表达式',
	mdxTextExpression: '花括号表达式',
	mdxjsEsm: 'import/export 语句',
};

/** Where a link in a body may lead: web pages, e-mail, and the site itself (a path, or a section: #…). */
const SAFE_URL = /^(?:https?:\/\/|mailto:|\/|#|\.{1,2}\/)/i;

const parser = remark().use(remarkMdx);
const toHast = unified().use(remarkRehype).use(rehypeSlug);
/** A correction is shown apart from the text, at the top: its headings take no ids, which the text's own could repeat. */
const correctionToHast = unified().use(remarkRehype);
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
	liftLoneComponents(tree);
	const code: { kind: string; line?: number }[] = [];
	// The archive's components, each read once where it stands; any other tag is code.
	const components: { problem: string; line?: number }[] = [];
	visit(tree, (node, _index, parent) => {
		const line = fileLine(node.position?.start.line);
		if (node.type in CODE_NODES) code.push({ kind: CODE_NODES[node.type]!, line });
		if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
		if (!isComponentName(node.name)) {
			code.push({ kind: `${node.name ? `<${node.name}>` : '<>'}（组件或 HTML 标签）`, line });
			return;
		}
		if (node.type === 'mdxJsxTextElement' || parent !== tree) {
			components.push({ problem: `<${node.name}> 须单独成段（前后各空一行），不能写在一段文字、列表、引用或另一个组件里。`, line });
			return;
		}
		const read = readComponent(node);
		if ('problem' in read) components.push({ problem: read.problem, line });
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
			`正文含有 MDX 代码（${code.map((c) => `第 ${c.line} 行的${c.kind}`).join('、')}）。稿件正文只能是文字和档案的组件（${COMPONENT_USAGE}）：` +
				'要显示这些字符，请在前面加反斜杠（\\{、\\<），或删去它们。',
			first!.line,
		);
	}
	if (components.length > 0) {
		throw new ItemBodyError(components.map((c) => `第 ${c.line} 行：${c.problem}`).join('\n'), components[0]!.line);
	}
	const additions = takeAdditions(tree, fileLine);
	const hast = toHast.runSync(tree) as HastRoot;
	// Read before the anchors are added, so that no heading's text ends in their "#".
	const headings: ItemHeading[] = [];
	visit(hast, 'element', (node) => {
		// An editor's note is not the printed text: its headings stay out of the table of contents.
		if (node.tagName === 'aside') return SKIP;
		const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
		if (depth && typeof node.properties.id === 'string') headings.push({ depth: Number(depth), slug: node.properties.id, text: toString(node) });
	});
	return { html: toHtml.stringify(toHtml.runSync(hast) as HastRoot), headings, ...additions };
}

/**
 * A component written on one line (`<Correction date="…">更正。</Correction>`) is parsed as the one
 * thing in a paragraph: it stands on its own all the same, its content a paragraph.
 */
function liftLoneComponents(tree: MdastRoot): void {
	tree.children = tree.children.map((node) => {
		if (node.type !== 'paragraph') return node;
		const parts = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
		const [only] = parts;
		if (parts.length !== 1 || only!.type !== 'mdxJsxTextElement' || !isComponentName(only!.name)) return node;
		const content = only!.children;
		return {
			...only!,
			type: 'mdxJsxFlowElement',
			children: content.length > 0 ? [{ type: 'paragraph', children: content, position: only!.position }] : [],
		} as MdxJsxFlowElement;
	});
}

/** An element the archive renders in place of a component, for remark-rehype (its data names the element). */
function addition(tagName: string, properties: Record<string, unknown>, children: RootContent[] = [], hChildren?: HastElementContent[]): RootContent {
	return {
		type: 'archiveAddition',
		data: { hName: tagName, hProperties: properties, ...(hChildren ? { hChildren } : {}) },
		children,
	} as unknown as RootContent;
}

const label = (text: string): HastElementContent => ({
	type: 'element',
	tagName: 'span',
	properties: { className: ['addition-label'] },
	children: [{ type: 'text', value: text }],
});

/**
 * Replaces each component at the top of `tree` (checked already) by what it renders as, and
 * takes the corrections out of the text: they are shown at the top of the item.
 */
function takeAdditions(tree: MdastRoot, fileLine: (line?: number) => number | undefined): Pick<RenderedItem, 'corrections' | 'related' | 'photos'> {
	const corrections: ItemCorrection[] = [];
	const related: RelatedItem[] = [];
	const photos: BodyPhoto[] = [];
	const children: RootContent[] = [];
	for (const node of tree.children) {
		if (node.type !== 'mdxJsxFlowElement') {
			children.push(node);
			continue;
		}
		const component = readComponent(node as MdxJsxFlowElement);
		if ('problem' in component) throw new Error(component.problem);
		switch (component.name) {
			case 'Correction': {
				const hast = correctionToHast.runSync({ type: 'root', children: node.children } as MdastRoot) as HastRoot;
				corrections.push({ date: component.props.date, html: toHtml.stringify(hast), text: toString(hast).trim() });
				break;
			}
			case 'EditorNote':
				children.push(
					addition('aside', { className: ['addition', 'editor-note'], dataPagefindIgnore: true }, [
						addition('p', { className: ['addition-label'] }, [{ type: 'text', value: component.props.title }]),
						...(node.children as RootContent[]),
					]),
				);
				break;
			case 'Related': {
				const id = itemIdOfHref(component.props.href);
				related.push({ id, line: fileLine(node.position?.start.line) });
				children.push(
					addition(
						'p',
						{ className: ['addition', 'related'], dataPagefindIgnore: true },
						[],
						[label(component.props.label), { type: 'element', tagName: 'a', properties: { dataRelated: id }, children: [{ type: 'text', value: id }] }],
					),
				);
				break;
			}
			case 'Photo': {
				const { src, caption, credit, alt } = component.props;
				children.push(addition('figure', { className: ['photo'], dataPhoto: String(photos.length) }, [], []));
				photos.push({ src, caption, ...(credit ? { credit } : {}), alt: alt ?? caption, line: fileLine(node.position?.start.line) });
				break;
			}
		}
	}
	tree.children = children;
	return { corrections, related, photos };
}
