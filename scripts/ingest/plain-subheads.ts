/**
 * Where a paper's source sets section headings in plain type. The parser reads a short line between
 * paragraphs as a section heading; but the archive keeps an item as its source sets it, and a line
 * the source prints as a plain paragraph is no heading there (nothing the source does not mark is
 * made one).
 *
 * 人民日报's web edition (paper.people.com.cn, the source of the crawlers' text) sets sub-heads in
 * bold on its 要闻 and 理论 pages only; on every other page (评论, 经济, 社会, 国际, 副刊…) it
 * sets them as plain paragraphs. Measured on the development corpus: every bold paragraph of April
 * 2026 stands on a page of those two names, and no page of another name has one (scripts/eval/PASSES.md,
 * "Twelfth pass").
 */
import { parseBylineLine, parseSignatureLine } from './bylines.ts';
import { columnTagOf } from './line-kinds.ts';
import type { BodyBlock, ParsedPage } from './parse-page.ts';
import { RMRB_PAGE_SIGNS } from './rmrb-page-signs.ts';

/** The pages on which a paper's web edition sets section headings in bold. */
interface BoldSubheadPages {
	/** By the page's name. */
	names: ReadonlySet<string>;
	/** Every page up to this number, which the paper always gives those names (人民日报's 要闻 1–4). */
	through: number;
	/**
	 * The editors who sign the later pages of those names, which print their own editors as other pages do (人民日报's
	 * 要闻 6 and 7 on weekdays: 本版责编：康  岩  宋  宇  张智琪, 本版责编：纪雅林  卢  涛  鲜  敢): a page that two of them
	 * sign is one of those pages.
	 */
	deskEditors: ReadonlySet<string>;
	/**
	 * The columns the paper prints on pages of those names only (今日谈, 思想纵横) and on other pages only (纵横, 民生观), by the
	 * name their tags give (columnOf): a page that names neither itself nor its editors goes by the columns its items carry.
	 */
	columns: { bold: ReadonlySet<string>; plain: ReadonlySet<string> };
}

/**
 * Where each paper's web edition sets sub-heads in bold, by the paper's name. (人民日报's desk editors and columns are read
 * off the corpus by `npm run eval:page-signs`: every 要闻 page after the fourth in ifyuls/rmrb-rss's April 2026, seven pages
 * of five days, is signed by two or three of the desk's editors, and no page of another name by any. A page whose editors
 * have all changed reads as any page with its own editors does.)
 */
const BOLD_SUBHEAD_PAGES: ReadonlyMap<string, BoldSubheadPages> = new Map([
	[
		'人民日报',
		{
			names: new Set(['要闻', '理论']),
			through: 4,
			deskEditors: new Set(RMRB_PAGE_SIGNS.deskEditors),
			columns: { bold: new Set(RMRB_PAGE_SIGNS.columns.bold), plain: new Set(RMRB_PAGE_SIGNS.columns.plain) },
		},
	],
]);

/** The names of the pages on which the paper's web edition sets sub-heads in bold (人民日报: 要闻, 理论), if it is known. */
export function boldSubheadPageNames(paper: string): ReadonlySet<string> | undefined {
	return BOLD_SUBHEAD_PAGES.get(paper)?.names;
}

/**
 * The column a title's tag names, by its first part (（大数据观察·智能经济新形态） → 大数据观察), if the title has a tag. (The
 * part after the dot names the series, which changes from week to week; the column stays.)
 */
export function columnOf(title: string): string | undefined {
	const tag = columnTagOf(title)?.trim().slice(1, -1);
	const column = tag?.split('·')[0]?.trim();
	return column === undefined || column === '' ? undefined : column;
}

/** The columns an item's title and kicker name by their tags. */
export function columnsOf(item: { title: string; kicker?: string }): string[] {
	return [item.kicker ?? '', item.title].flatMap((text) => columnOf(text) ?? []);
}

/**
 * Which kind of page the page's columns say it is: the kind more of its items carry a column of that the paper prints on
 * that kind of page only, or undefined where neither kind has more.
 */
function columnsSay({ items }: ParsedPage, { columns }: BoldSubheadPages): 'bold' | 'plain' | undefined {
	const named = items.flatMap(columnsOf);
	const plain = named.filter((column) => columns.plain.has(column)).length;
	const bold = named.filter((column) => columns.bold.has(column)).length;
	return plain > bold ? 'plain' : bold > plain ? 'bold' : undefined;
}

/**
 * The page's name as a line of its own text gives it, opening with the paper's name and the page's (人民日报“读者来信”版与人民网
 * “领导留言板”联合开展…问题征集, the call the 读者来信 page prints where other pages print their editors), if one does.
 */
function nameThePageGives(parsed: ParsedPage, paper: string): string | undefined {
	const opening = `${paper}“`;
	for (const item of parsed.items)
		for (const block of item.body) {
			if (block.type !== 'paragraph' || !block.text.startsWith(opening)) continue;
			const name = /^([^”]{2,8})”版/u.exec(block.text.slice(opening.length))?.[1];
			if (name !== undefined) return name;
		}
	return undefined;
}

/** How many of a page's own editors must be desk editors for the page to be one of the desk's. */
const DESK_EDITORS_SIGNING = 2;

/**
 * The editors a page prints for itself (本版责编：…). 人民日报 prints them on every page but its first
 * 要闻 pages (whose editors the fourth lists: 一版责编…) and its 理论 page, so where the page's name is
 * not known, a page with its own editors is one whose sub-heads are plain, unless its editors are those
 * of the later 要闻 pages (deskEditors). The page's columns, where they lean, say more than its editors (columnsSay): a
 * page with no editors' line, as crawlers' text often gives every page, goes by them, and so does a later 要闻 page whose
 * desk's editors have changed.
 */
export const OWN_EDITORS = /^本版责编/u;

/** What is known of a page's source, for reading its sub-heads. */
export interface PageSource {
	/** The paper's name (人民日报), if known. Default: unknown, and sub-heads are headings. */
	paper?: string;
	/** The page's name (要闻), if known: from a flag, the sidecar or a header. Default: unknown. */
	pageName?: string;
	/** The page's number, if known: from a flag, the sidecar or a header. Default: unknown. */
	page?: number;
	/**
	 * Whether the text is of the printed page (OCR of a scan), whose sub-heads are bold on every
	 * page: the maintainer's word (--printed-headings). Default: false.
	 */
	printedHeadings?: boolean;
}

/** Whether the page's source sets its section headings as plain paragraphs. */
export function setsPlainSubheads(parsed: ParsedPage, { paper, pageName, page, printedHeadings = false }: PageSource): boolean {
	const boldPages = paper === undefined ? undefined : BOLD_SUBHEAD_PAGES.get(paper);
	if (printedHeadings || paper === undefined || boldPages === undefined) return false;
	const name = pageName ?? nameThePageGives(parsed, paper);
	if (name !== undefined) return !boldPages.names.has(name);
	if (page !== undefined && page <= boldPages.through) return false;
	const ownEditors = parsed.credits.flatMap((credit) => credit.roles.filter((role) => OWN_EDITORS.test(role.role)));
	const deskEditors = ownEditors.flatMap((role) => role.names).filter((name) => boldPages.deskEditors.has(name));
	if (new Set(deskEditors).size >= DESK_EDITORS_SIGNING) return false;
	// (Where the columns lean, they say the page's kind; where they do not, its editors do: none, 要闻's first four pages or
	// 理论; others', any other page. So a later 要闻 page keeps its sub-heads when its desk's editors change, if its columns
	// are the desk's: 大数据观察, 探访, 创新故事….)
	const columns = columnsSay(parsed, boldPages);
	return columns === undefined ? ownEditors.length > 0 : columns === 'plain';
}

/**
 * Papers whose web edition sets two kinds of short line in plain type on every page, 要闻 too, however a heading
 * they look:
 * - a question standing alone between paragraphs, however many of them an item asks (为啥“淘”？ / 上哪儿“淘”？ /
 *   谁来“淘”？): it sets a question in bold only under a heading, over the heading that answers it (江河安澜如何保障？ /
 *   …), or over an interview's questions and answers (突出问题有哪些？ / 问：…). Measured on dev-2025: fourteen such lines
 *   on six 人民日报 pages plain, three bold, all three over 问：. (新华每日电讯 sets them in bold: seven lines on three
 *   April pages.)
 * - a part's title over the reporters who signed the part (老小区改造后的新面貌 / 本报记者  刘佳华): measured on the
 *   development corpora, 107 such lines of 人民日报, 30 of them on 要闻 pages, all plain; and the lead-in over such a
 *   title that names its place (河南睢县把科创成果用到田间地头—— / 手机遥控，… / 本报记者  王乐文), plain on 2026-02-21's
 *   front page; and the label of a summary over a feature's lead (头条看点, 绝活看点), plain on four 2026 pages.
 */
const PLAIN_MINOR_HEADING_PAPERS: ReadonlySet<string> = new Set(['人民日报']);

/** A heading numbered at the first level: 一、编纂生态环境法典的重大意义. */
const TOP_NUMBERED = /^[一二三四五六七八九十]+、/u;
/** A heading numbered at the second level, in brackets: （一）编纂生态环境法典是…. */
const SUB_NUMBERED = /^[（(][一二三四五六七八九十]+[）)]/u;
/** The label of a text's introduction, spaces aside: 引言, 前言. */
const INTRODUCTION_LABEL = /^(?:引言|前言|序言|导语)$/u;
/** A heading numbered at any level: 一、…, （一）…, 1.…. */
const NUMBERED = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d０-９]+[）)]|[\d０-９]+[.．、])/u;
/** A short question, as a heading it might be. */
const QUESTION = /^[^？?]{2,30}[？?]$/u;
/** An interview's question or answer, which a bold question may head. */
const INTERVIEW_TURN = /^(?:问|答|记者|主持人)[：:]/u;

/** Whether the page's source sets lone questions and parts' titles in plain type (PLAIN_MINOR_HEADING_PAPERS). */
export function setsPlainMinorHeadings({ paper, printedHeadings = false }: PageSource): boolean {
	return !printedHeadings && paper !== undefined && PLAIN_MINOR_HEADING_PAPERS.has(paper);
}

/**
 * The page with each question standing alone between two paragraphs, and each part's title over the part's reporters,
 * read as the paragraph its source prints.
 */
export function withPlainMinorHeadings(page: ParsedPage): ParsedPage {
	const items = page.items.map((item) => ({
		...item,
		body: item.body.map((block, i) => {
			// (So is a part numbered in brackets, （一）…, under headings numbered 一、…: the web edition sets only the first
			// level in bold. Measured on the development corpora: 219 such lines, none bold.)
			if (block.type === 'heading' && SUB_NUMBERED.test(block.text) && item.body.some((other) => other.type === 'heading' && TOP_NUMBERED.test(other.text)))
				return asParagraph(block);
			// (And so are parts numbered 一、… under a heading of no number, 2025年工作回顾 / … / 一、恪守公平正义，…: there the
			// number is the second level. Measured: 24 such lines, on a page of two reports, none bold; 76 lines numbered so
			// with no heading above them, all bold.)
			// (An introduction's label over them, 引  言, numbers nothing: they are the first level still.)
			const unnumbered = (other: BodyBlock) =>
				other.type === 'heading' && !NUMBERED.test(other.text) && !INTRODUCTION_LABEL.test(other.text.replace(/[\s\u3000]+/gu, ''));
			if (block.type === 'heading' && TOP_NUMBERED.test(block.text) && item.body.slice(0, i).some(unnumbered)) return asParagraph(block);
			const [above, below] = [item.body[i - 1], item.body[i + 1]];
			const titlesPart = (at: number) => item.body[at]?.type === 'heading' && signsPart(item.body[at + 1]);
			// (So is the lead-in over such a title, which names the part's place: 河南睢县把科创成果用到田间地头—— / 手机遥控，… /
			// 本报记者  王乐文.)
			if (block.type === 'heading' && LEAD_IN.test(block.text) && titlesPart(i + 1)) return asParagraph(block);
			// (And a summary's label, …看点, over the lead it sums up: 头条看点, 绝活看点.)
			if (block.type === 'heading' && SUMMARY_LABEL.test(block.text)) return asParagraph(block);
			if (block.type !== 'heading' || below?.type !== 'paragraph') return block;
			const aloneQuestion = QUESTION.test(block.text) && above?.type === 'paragraph' && !INTERVIEW_TURN.test(below.text);
			return aloneQuestion || titlesPart(i) ? asParagraph(block) : block;
		}),
	}));
	return { ...page, items };
}

/** A part's reporters, signed alone under its title: 本报记者  刘佳华, 本报通讯员  …. */
const REPORTERS = /^(?:本报|新华社)?(?:特约)?(?:记者|通讯员)[\s\u3000]/u;
/** The label of a summary over a feature's lead: 头条看点, 绝活看点. */
const SUMMARY_LABEL = /^\p{Script=Han}{2}看点$/u;
/** A lead-in that ends with its dash: 河南睢县把科创成果用到田间地头——. */
const LEAD_IN = /(?:——|──)$/u;

/**
 * Whether the block is a paragraph of a part's reporters alone (本报记者  王乐文), or of its writers' bare names (王  洲  陈  锐,
 * 洋  柳): the heading above it titles the part. (Measured on the 2026 held-out sets, 49 days: every such title over bare names,
 * ten of them, plain.)
 */
function signsPart(block: BodyBlock | undefined): boolean {
	if (block?.type !== 'paragraph') return false;
	return (REPORTERS.test(block.text) && parseBylineLine(block.text) !== undefined) || parseSignatureLine(block.text) !== undefined;
}

/** The page as its source sets it: every section heading read as the paragraph it is printed as. */
export function withPlainSubheads(page: ParsedPage): ParsedPage {
	return { ...page, items: page.items.map(withPlainHeadings) };
}

/** The block read as the plain paragraph its source prints. */
function asParagraph(block: BodyBlock): BodyBlock {
	return { type: 'paragraph', text: block.text, lines: block.lines };
}

/** The item with every heading read as the plain paragraph its source prints. */
function withPlainHeadings<Item extends ParsedPage['items'][number]>(item: Item): Item {
	return { ...item, body: item.body.map((block) => (block.type === 'heading' ? asParagraph(block) : block)) };
}

/**
 * A document's title, whose sections stay bold whoever signs it: an opinion, a report, a plan's outline, the explanation of a
 * draft law (中共中央办公厅国务院办公厅关于…的意见, 李强作的政府工作报告（摘登）, 关于《…（草案）》的说明（摘要）).
 */
const DOCUMENT_TITLE = /关于|意见|决定|通知|报告|纲要|说明|条例|规划|讲话/u;

/**
 * The page with the sub-heads of each item no one signs set plain, on the pages where 人民日报's web edition sets them bold
 * (要闻, 理论), unless the item is a document or carries its column's tag: a region's or a company's feature printed unsigned
 * (浙江舟山 深耕市域基本公共服务一体化改革 描绘共富新图景) has its sub-heads plain there; so does a place's feature on
 * another page, where every sub-head is plain already (杭州未来科技城  深耕人工智能赛道…, 2026-03-08). Measured on the development
 * corpora: of the unsigned items on those pages that print bold sub-heads, every one is a document (17) or tagged (5);
 * the unsigned features of 2026-03-02 and 04-09 print theirs plain.
 */
export function withPlainUnsignedSubheads(page: ParsedPage): ParsedPage {
	const plain = (item: ParsedPage['items'][number]) =>
		item.authors.length === 0 &&
		item.byline === undefined &&
		!DOCUMENT_TITLE.test(item.title) &&
		!/[）)]$/u.test(item.title) &&
		// (Nor a report its subtitle names the kind of, ——…纪实, ——…发言摘编.)
		!/^(?:——|──)/u.test(item.subtitle ?? '');
	return { ...page, items: page.items.map((item) => (plain(item) ? withPlainHeadings(item) : item)) };
}
