/**
 * Reads 新华每日电讯 articles from the RSS files of the public repository ifyuls/xhmrdx-rss, whose
 * items hold each article's page from mrdx.cn: a table on top with the 引题 (18px), the 标题 (23px)
 * and the 副题 (18px after it), then the text as lines parted by <br/>: the byline first, set flush
 * (新华社记者 赵新兵), then paragraphs indented with 　　, section headings centred in bold
 * (<div align="center"><strong>…</strong></div>), and an agency's dateline set at the end
 * (新华社贵阳4月27日电). A second paper with other conventions than 人民日报's, so that the
 * development corpus does not teach the parser one paper's habits only.
 */
import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { rehype } from 'rehype';
import { byTag, isElement, parentOf, printed, rssItems, type SourceArticle, type SourceBlock } from './rss-html.ts';

/** The article's date in its link: http://mrdx.cn/content/20260428/Articel01002NR.htm. */
const LINK_DATE = /content\/(\d{4})(\d{2})(\d{2})\//;
/** A byline is one short line; a longer flush first line is text that lost its indent. */
const LONGEST_BYLINE = 40;
/** A paragraph's last sentence and the agency's dateline after it: …生生不息。　　新华社北京4月27日电. */
const CLOSING_DATELINE = /^(.*[。！？”…）])[\s\u3000]*((?:据)?新华社[\p{Script=Han}/／]{2,16}(?:\d{1,2}月\d{1,2}日)?电)$/u;
/** The role a byline opens with: 新华社记者, 本报记者, 新华社评论员. */
const BYLINE_ROLE = /^(?:新华社|本报|人民日报)(?:特约|特派)?(?:记者|评论员|通讯员)(?:\s|$)/u;

/** A title line as printed: its line breaks (a title set on two lines) read as one space. */
const headLine = (el: Element) => printed(toString(el).replace(/\s*[\r\n]+\s*/gu, ' ')).replace(/\s{2,}/gu, ' ');

/** 引题, 标题 and 副题: the fonts of the table on top, by size, around the 23px title. */
function headOf(table: Element): { kicker?: string; title?: string; subtitle?: string } {
	const fonts = byTag(table, 'font').map((font) => ({
		size: /FONT-SIZE:\s*(\d+)px/i.exec(String(font.properties.style ?? ''))?.[1],
		text: headLine(font),
	}));
	const at = fonts.findIndex((font) => font.size === '23');
	if (at < 0) return {};
	return {
		kicker: fonts.slice(0, at).find((font) => font.text)?.text,
		title: fonts[at]!.text || undefined,
		subtitle: fonts.slice(at + 1).find((font) => font.size === '18' && font.text)?.text,
	};
}

interface Line {
	text: string;
	/** Set with the paragraph indent (　　). */
	indented: boolean;
	/** A centred bold line: a section heading. */
	heading: boolean;
}

/** The text after the table, as lines: text runs until a <br/>, a centred bold block standing alone. */
function linesOf(nodes: ElementContent[]): Line[] {
	const lines: Line[] = [];
	let current = '';
	const flush = () => {
		const text = printed(current);
		if (text) lines.push({ text, indented: /^[\r\n\s]*\u3000/u.test(current), heading: false });
		current = '';
	};
	const walk = (children: ElementContent[]) => {
		for (const child of children) {
			if (child.type === 'text') current += child.value;
			else if (!isElement(child)) continue;
			else if (child.tagName === 'br') flush();
			else if (child.tagName === 'div' && String(child.properties.align ?? '').toLowerCase() === 'center' && byTag(child, 'strong').length > 0) {
				flush();
				const text = printed(toString(child));
				if (text) lines.push({ text, indented: false, heading: true });
			} else if (child.tagName === 'div' || child.tagName === 'p') {
				flush();
				walk(child.children);
				flush();
			} else walk(child.children);
		}
	};
	walk(nodes);
	flush();
	return lines;
}

function articleOf(html: string, page: number, pageName: string, date: string, itemTitle: string): SourceArticle | undefined {
	const tree = rehype().parse(html);
	const table = byTag(tree, 'table')[0];
	const holder = table && parentOf(tree, table);
	if (!table || !holder) return undefined;
	const head = headOf(table);
	// Everything after the table, beside it: the article's text.
	const lines = linesOf(holder.children.slice(holder.children.indexOf(table) + 1) as ElementContent[]);
	// The byline is the first line when it is short and set flush (新华社记者 王明玉, 李心然 高玉娇), or
	// opens with a role however it is set (　　新华社记者, its names lost).
	const first = lines[0];
	const byline =
		first && !first.heading && [...first.text].length <= LONGEST_BYLINE && (!first.indented || BYLINE_ROLE.test(first.text))
			? lines.shift()!.text.replace(/\s+/gu, ' ')
			: undefined;
	const blocks: SourceBlock[] = lines.flatMap((line): SourceBlock[] => {
		if (line.heading) return [{ kind: 'heading', text: line.text }];
		// The dateline the site sets after the last sentence, spaced to the right: a line of its own in print.
		const closing = CLOSING_DATELINE.exec(line.text);
		return closing
			? [
					{ kind: 'paragraph', text: printed(closing[1]!) },
					{ kind: 'paragraph', text: closing[2]! },
				]
			: [{ kind: 'paragraph', text: line.text }];
	});
	if (blocks.length === 0) return undefined;
	const title = head.title ?? printed(itemTitle.replace(/\s*——.*$/u, ''));
	return { page, pageName, date, kicker: head.kicker, title, subtitle: head.subtitle, byline, blocks, credits: false };
}

/** Every article of one RSS file (one day of the paper), in the file's order, which is print order. */
export function readMrdxDay(xml: string): SourceArticle[] {
	return rssItems(xml, LINK_DATE).flatMap((item) => articleOf(item.html, item.page, item.pageName, item.date, item.title) ?? []);
}
