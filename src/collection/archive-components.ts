/**
 * The archive's components: the only MDX an editor may write in an item's body, beside its text.
 * They add to what was printed (a correction, an editor's note, a related item, a photo) and are
 * never part of it: the loader reads them as data, validates their props, and renders them itself,
 * so that nothing in a body ever runs. Each prop is a plain string (`date="2024-07-15"`); a
 * {expression}, a spread or a prop with no value is refused like any other code.
 */
import { z } from 'astro/zod';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { PAGE_ID_PATTERN } from '../archive/urls.ts';
import { calendarDate, text } from '../schemas/fields.ts';

/** An item's address in the archive, as an editor writes it: /kjrb/2024-07-12/00-03/. */
const ITEM_HREF = new RegExp(String.raw`^\/?(${PAGE_ID_PATTERN}-\d+)\/?$`);
/** A picture next to the item's file (./lanzhou.jpg) or in a folder under it; never above it. */
const LOCAL_IMAGE = /^\.\/(?!(?:.*\/)?\.\.?\/)[^\s?#\\]+\.(?:jpe?g|png|webp|avif|gif)$/iu;

/** `<Correction date="2024-07-15">…</Correction>`: a correction of the printed text, dated, shown at the top of the item. */
export const correctionProps = z.strictObject({
	/** The day the correction was made (or printed), YYYY-MM-DD. */
	date: calendarDate,
});

/** `<EditorNote>…</EditorNote>`: the archive editors' note on the item (编者注), in place. */
export const editorNoteProps = z.strictObject({
	/** The note's label. Default: 编者注. */
	title: text('title').default('编者注'),
});

/** `<Related href="/kjrb/2024-07-12/00-03/" />`: a link to another item of the archive, shown with its title. */
export const relatedProps = z.strictObject({
	/** The item's permanent address, as its page shows it; it must be an item of the archive. */
	href: z.string().regex(ITEM_HREF, { error: 'href 须为本档案一篇稿件的永久地址，例如 /kjrb/2024-07-12/00-03/。' }),
	/** The label before the link. Default: 相关报道. */
	label: text('label').default('相关报道'),
});

/** `<Photo src="./lanzhou.jpg" caption="…" credit="曾文溪" />`: a picture next to the item's file, in place. */
export const photoProps = z.strictObject({
	/** The picture's file, relative to the item's file: ./lanzhou.jpg (JPEG, PNG, WebP, AVIF or GIF). */
	src: z.string().regex(LOCAL_IMAGE, { error: 'src 须为稿件文件旁的图片，以 ./ 开头，例如 ./lanzhou.jpg（jpg、png、webp、avif 或 gif）。' }),
	/** What the picture shows, as a caption under it. */
	caption: text('caption'),
	/** Who took or supplied it (曾文溪); absent when not known. */
	credit: text('credit').optional(),
	/** The text that stands for the picture where it is not seen. Default: the caption. */
	alt: text('alt').optional(),
});

export const ARCHIVE_COMPONENTS = {
	Correction: { props: correctionProps, children: true },
	EditorNote: { props: editorNoteProps, children: true },
	Related: { props: relatedProps, children: false },
	Photo: { props: photoProps, children: false },
} as const;

export type ComponentName = keyof typeof ARCHIVE_COMPONENTS;
export type ComponentProps<N extends ComponentName> = z.output<(typeof ARCHIVE_COMPONENTS)[N]['props']>;

export const COMPONENT_NAMES = Object.keys(ARCHIVE_COMPONENTS) as ComponentName[];

/** How to write each component, for messages. */
export const COMPONENT_USAGE =
	'<Correction date="2024-07-15">…</Correction>、<EditorNote>…</EditorNote>、<Related href="/kjrb/2024-07-12/00-03/" />、<Photo src="./photo.jpg" caption="…" credit="…" />';

export function isComponentName(name: string | null | undefined): name is ComponentName {
	return name !== null && name !== undefined && Object.hasOwn(ARCHIVE_COMPONENTS, name);
}

/** The item id an address names: /kjrb/2024-07-12/00-03/ → kjrb/2024-07-12/00-03. */
export function itemIdOfHref(href: string): string {
	return ITEM_HREF.exec(href)![1]!;
}

export type ReadComponent = { [N in ComponentName]: { name: N; props: ComponentProps<N> } }[ComponentName];

/**
 * The validated props of an archive component as written, or what is wrong with it: an unknown
 * name, code where a prop's text should be, a prop that is missing, misspelt or malformed,
 * children where there may be none.
 */
export function readComponent(node: MdxJsxFlowElement | MdxJsxTextElement): ReadComponent | { problem: string } {
	const name = node.name;
	if (!isComponentName(name)) {
		return { problem: `${name ? `未知的组件 <${name}>` : '片段 <>…</>'}。正文里只能用这些组件：${COMPONENT_USAGE}` };
	}
	const props: Record<string, string> = {};
	for (const attribute of node.attributes) {
		if (attribute.type !== 'mdxJsxAttribute') return { problem: `<${name}> 的属性里有花括号表达式。属性只能是引号里的文字，例如 date="2024-07-15"。` };
		if (typeof attribute.value !== 'string') {
			return {
				problem: `<${name}> 的属性 ${attribute.name} ${attribute.value === null || attribute.value === undefined ? '没有值' : '是花括号表达式'}。属性只能是引号里的文字，例如 ${attribute.name}="…"。`,
			};
		}
		props[attribute.name] = attribute.value;
	}
	const spec = ARCHIVE_COMPONENTS[name];
	if (!spec.children && node.children.length > 0) return { problem: `<${name}> 不能有内容，请写成 <${name} … />。` };
	if (spec.children && node.children.length === 0) return { problem: `<${name}> 没有内容：在 <${name}> 和 </${name}> 之间写上文字。` };
	const parsed = spec.props.safeParse(props);
	if (!parsed.success) {
		const issues = parsed.error.issues.map((issue) =>
			issue.code === 'unrecognized_keys' ? `未知属性 ${issue.keys.join('、')}（可用的属性：${Object.keys(spec.props.shape).join('、')}）` : issue.message,
		);
		return { problem: `<${name}> 的属性有误：${issues.join('；')}` };
	}
	return { name, props: parsed.data } as ReadComponent;
}
