/**
 * `--outline`: the split as a table of contents, for a maintainer to check before anything is
 * written. Per printed page (版), its items in print order, each with its header (column, kicker,
 * title, subtitle), the names in its byline, its section headings, how many paragraphs and
 * figures it holds and the lines of the file it was read from; the places where the split is a
 * guess are marked where they fall, so that they are looked at first.
 */
import type { LineRange, ParsedPage, UncertainPlace } from './parse-page.ts';
import type { HintedStart } from './split-hints.ts';
import { pageParts, printedPage, sortablePage } from '../../src/archive/page-numbers.ts';

export interface OutlineItem {
	order: number;
	column?: string;
	kicker?: string;
	title: string;
	subtitle?: string;
	/** The names of the byline, in print order. */
	authors: string[];
	/** Section headings (小标题), in print order. */
	headings: string[];
	paragraphs: number;
	figures: number;
	lines: LineRange;
	/** The file the item was read from, where it is not its page's (a page of article files, article-files.ts); `lines` are that file's. */
	file?: string;
	/** The sidecar hint that started the item, when one did. */
	hint?: string;
	/** Places inside the item where the split is a guess. */
	uncertain: UncertainPlace[];
}

export interface OutlinePage {
	/** The page text, as shown to the maintainer. */
	file: string;
	/** The page's number as frontmatter writes it: 8, or 3 with pageSection A for a city daily's A03. */
	page?: number;
	pageSection?: string;
	pageName?: string;
	/** The lines of the file the page spans. */
	lines: LineRange;
	items: OutlineItem[];
	/** Places where the split is a guess that fall in no item. */
	uncertain: UncertainPlace[];
	/** How the page text was read besides as plain text, in words a maintainer reads (按 Markdown 标记), so that a surprising split is explained. */
	readAs?: string[];
}

/** The outline of one parsed page. */
export function outlineOf(options: {
	file: string;
	/** The page's number, sortable (src/archive/page-numbers.ts). */
	page?: number;
	pageName?: string;
	lines: LineRange;
	parsed: ParsedPage;
	hinted?: readonly HintedStart[];
	/** How the page text was read besides as plain text (OutlinePage.readAs). Default: as plain text. */
	readAs?: readonly string[];
}): OutlinePage {
	const hints = new Map((options.hinted ?? []).map((start) => [start.line, start.hint]));
	const placed = new Set<UncertainPlace>();
	const items = options.parsed.items.map((item): OutlineItem => {
		const uncertain = options.parsed.uncertain.filter((place) => place.line >= item.lines[0] && place.line <= item.lines[1]);
		for (const place of uncertain) placed.add(place);
		return {
			order: item.order,
			column: item.column,
			kicker: item.kicker,
			title: item.title,
			subtitle: item.subtitle,
			authors: item.authors.map((author) => author.name),
			headings: item.body.filter((block) => block.type === 'heading').map((block) => block.text),
			paragraphs: item.body.filter((block) => block.type === 'paragraph').length,
			figures: item.figures.length,
			lines: item.lines,
			hint: hints.get(item.lines[0]),
			uncertain,
		};
	});
	return {
		file: options.file,
		...(options.page === undefined ? {} : pageParts(options.page)),
		pageName: options.pageName,
		lines: options.lines,
		items,
		uncertain: options.parsed.uncertain.filter((place) => !placed.has(place)),
		...(options.readAs?.length ? { readAs: [...options.readAs] } : {}),
	};
}

/** 第03版：要闻, or what is known of it. */
function pageLabel(page: OutlinePage): string {
	const sortable = sortablePage(page.page, page.pageSection);
	const number = sortable === undefined ? '版次未知' : `第${printedPage(sortable).padStart(2, '0')}版`;
	return page.pageName ? `${number}：${page.pageName}` : number;
}

const MARK = '！待核对';

/** 第 3–9 行, or 第 3 行. */
function lineRange([first, last]: LineRange): string {
	return first === last ? `第 ${first} 行` : `第 ${first}–${last} 行`;
}

/** The outline as plain text, one string per line, for a terminal. */
export function formatOutline(pages: readonly OutlinePage[]): string[] {
	const out: string[] = [];
	for (const page of pages) {
		if (out.length > 0) out.push('');
		const readAs = page.readAs?.length ? `，${page.readAs.join('、')}读取` : '';
		out.push(`${page.file}  ${pageLabel(page)}（${lineRange(page.lines)}，${page.items.length} 篇稿件${readAs}）`);
		for (const place of page.uncertain) out.push(`  ${MARK} ${page.file}:${place.line}：${place.why}`);
		for (const item of page.items) {
			const fields: [string, string | undefined][] = [
				['栏目', item.column],
				['引题', item.kicker],
				['标题', item.title],
				['副题', item.subtitle],
				['署名', item.authors.join('、') || undefined],
				['小标题', item.headings.join('｜') || undefined],
			];
			const number = `${item.order}.`;
			const indent = ' '.repeat(number.length + 3);
			fields
				.filter(([, value]) => value !== undefined)
				.forEach(([label, value], index) => out.push(`${index === 0 ? `  ${number} ` : indent}${label}：${value}`));
			const counts = `${item.paragraphs} 段${item.figures > 0 ? `，${item.figures} 幅图` : ''}`;
			const file = item.file ?? page.file;
			out.push(`${indent}${counts}　${file}:${item.lines[0]}-${item.lines[1]}${item.hint ? `　（旁注提示：${item.hint}）` : ''}`);
			for (const place of item.uncertain) out.push(`${indent}${MARK} ${file}:${place.line}：${place.why}`);
		}
	}
	const items = pages.reduce((n, page) => n + page.items.length, 0);
	const uncertain = pages.reduce((n, page) => n + page.uncertain.length + page.items.reduce((m, item) => m + item.uncertain.length, 0), 0);
	if (out.length > 0) out.push('');
	out.push(`共 ${pages.length} 个版面，${items} 篇稿件${uncertain > 0 ? `，${uncertain} 处待核对（标有“${MARK}”）` : ''}。只显示拆分，未写入任何文件。`);
	return out;
}
