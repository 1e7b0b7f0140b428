/**
 * A maintainer's correction of a split, kept in the page's sidecar (`page.txt` → `page.yaml`) so
 * that it holds on every later ingest without touching the page text:
 *
 *   split:
 *     titles: [标题一, 标题二, 标题三]   # every item's title on that page, in print order
 *     itemStarts: [42, 88]              # lines (of the whole file) that start an item
 *
 * Each title is matched to the first line not taken yet whose text equals it (spaces aside); the
 * title-like lines printed right above it (a kicker, a column name) go with it, so the item starts
 * there. A printed page with any title hint is split at its hints only: the titles list every item
 * of that page. `itemStarts` add items to the parser's own split (or to the titles').
 *
 * A hint that no longer matches the text (a title not found, a line past the end, blank, a page
 * header, or inside another hinted item's header) is left out and reported; the others are used.
 */
import { z } from 'astro/zod';
import { kindOf } from './line-kinds.ts';
import { trimLine, visibleChars } from './text.ts';

export const splitHintsSchema = z.strictObject(
	{
		titles: z
			.array(z.string({ error: 'split.titles 的每一项须为一个标题（文字）。' }).trim().min(1, { error: 'split.titles 里有空的标题。' }), {
				error: 'split.titles 须为稿件标题的列表（按版面顺序），例如 titles: [标题一, 标题二]。',
			})
			.min(1, { error: 'split.titles 是空列表：列出各篇稿件的标题，或删去这一项。' })
			.optional(),
		itemStarts: z
			.array(z.int({ error: 'split.itemStarts 的每一项须为行号（正整数）。' }).positive({ error: 'split.itemStarts 的行号须大于 0。' }), {
				error: 'split.itemStarts 须为行号的列表，例如 itemStarts: [42, 88]。',
			})
			.min(1, { error: 'split.itemStarts 是空列表：写上稿件开始的行号，或删去这一项。' })
			.optional(),
	},
	{ error: 'split 须为一组拆分提示，例如 split: { titles: [标题一, 标题二] } 或 split: { itemStarts: [42, 88] }。' },
);

export type SplitHints = z.infer<typeof splitHintsSchema>;

/** A line that starts an item because a hint says so. */
export interface HintedStart {
	/** 1-based line of the file where the item starts (its kicker or column line, when it has one). */
	line: number;
	/** The hint as the maintainer wrote it, for messages: split.titles 第 2 项“…”, split.itemStarts 的 42. */
	hint: string;
	/** For a title hint: the line of the title itself (the item's header runs from `line` to here). */
	titleLine?: number;
}

/** A hint that does not match the text any more: left out, and reported with the fix. */
export interface StaleHint {
	hint: string;
	why: string;
	fix: string;
}

export interface ResolvedHints {
	/** Every hinted start, in line order, one per line. */
	starts: HintedStart[];
	stale: StaleHint[];
}

/** The most title-like lines above a hinted title that go with it: a column name and a kicker. */
const MAX_LINES_ABOVE_TITLE = 2;
/** A line wholly in brackets (（本报北京4月25日电）, （作者为…）) closes the item above; it is no kicker. */
const WHOLLY_BRACKETED = /^[（(].*[）)]$/u;

const FIX_TITLE = '标题须与版面文本里的一行相同（空格不计）：改正这一项，或删去它。用 --outline 可查看现在的拆分。';
const FIX_LINE = '改成稿件标题区第一行（引题或主标题）的行号，或删去这一项。用 --outline 可查看各篇稿件的行号。';

/**
 * Where the hints put items in a file of `lines` (the whole file, as split into lines). `reserved`
 * are lines that belong to no item (page headers). `shown` is the line the maintainer knows a line by,
 * for what the hints are reported as (a page saved as HTML is read a block to a line: html-pages.ts).
 * Default: the line itself.
 */
export function resolveHints(
	hints: SplitHints | undefined,
	lines: readonly string[],
	reserved: ReadonlySet<number> = new Set(),
	shown: (line: number) => number = (line) => line,
): ResolvedHints {
	const starts = new Map<number, HintedStart>();
	const stale: StaleHint[] = [];
	if (!hints) return { starts: [], stale };
	const visible = lines.map((line) => visibleChars(line));
	const taken = new Set<number>(reserved);

	hints.titles?.forEach((title, index) => {
		const hint = `split.titles 第 ${index + 1} 项“${title}”`;
		const wanted = visibleChars(title);
		const at = visible.findIndex((text, i) => text === wanted && !taken.has(i + 1));
		if (at < 0) {
			stale.push({ hint, why: '在正文里找不到这一行', fix: FIX_TITLE });
			return;
		}
		const titleLine = at + 1;
		taken.add(titleLine);
		const line = headerTop(lines, titleLine, taken);
		starts.set(line, { line, hint, titleLine });
	});

	const titleHeaders = [...starts.values()];
	for (const line of new Set(hints.itemStarts ?? [])) {
		const hint = `split.itemStarts 的 ${shown(line)}`;
		const text = lines[line - 1];
		if (text === undefined) stale.push({ hint, why: `超出了文件末尾（文件共 ${lines.length} 行）`, fix: FIX_LINE });
		else if (!trimLine(text)) stale.push({ hint, why: `第 ${shown(line)} 行是空行`, fix: FIX_LINE });
		else if (reserved.has(line)) stale.push({ hint, why: `第 ${shown(line)} 行是版面标题，不属于任何稿件`, fix: FIX_LINE });
		else if (starts.has(line))
			continue; // The same item as a title hint: nothing to add.
		else {
			const inside = titleHeaders.find((start) => start.line < line && line <= start.titleLine!);
			const where = `第 ${shown(inside?.line ?? line)}–${shown(inside?.titleLine ?? line)} 行`;
			if (inside) stale.push({ hint, why: `第 ${shown(line)} 行在 ${inside.hint}的标题区里（${where}）`, fix: FIX_LINE });
			else starts.set(line, { line, hint });
		}
	}
	return { starts: [...starts.values()].sort((a, b) => a.line - b.line), stale };
}

/**
 * The first line of the header of the title at `titleLine`: the title itself, or the title-like
 * lines printed right above it (a kicker, a column name), unindented (an indented line is a
 * paragraph), not wholly in brackets and not taken by another hint.
 */
function headerTop(lines: readonly string[], titleLine: number, taken: Set<number>): number {
	let top = titleLine;
	let above = 0;
	for (let line = titleLine - 1; line >= 1 && above < MAX_LINES_ABOVE_TITLE; line--) {
		const raw = lines[line - 1]!;
		const text = trimLine(raw);
		if (!text) continue;
		if (taken.has(line) || /^[\s\u3000]/u.test(raw) || WHOLLY_BRACKETED.test(text) || kindOf(text) !== 'title-like') break;
		top = line;
		above++;
	}
	for (let line = top; line < titleLine; line++) taken.add(line);
	return top;
}
