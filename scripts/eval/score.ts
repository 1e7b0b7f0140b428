/**
 * Scores the ingester's split of one page against what a careful editor makes of it
 * (scripts/eval/expected.ts). An item is exact when its kicker, title, subtitle, byline names,
 * section headings and every paragraph (captions included) are the expected ones, whitespace
 * aside. An expected item is found when an item of the split carries its title; an item of the
 * split whose title is no expected item's is spurious. Each miss is put in one kind, the first
 * that applies, so that the kinds add up to the items that are not exact.
 *
 * The source marks a section heading only by bold type, and paper.people.com.cn sets many
 * printed headings in plain type (漂泊异乡被收留, 头条看点): no text tells them from the bold ones.
 * So beside the strict count, an item is also counted exact "with headings as paragraphs" when its
 * only difference is a line read as a heading where the source has a paragraph, or the reverse.
 */
import type { ParsedItem, ParsedPage, UncertainPlace } from '../ingest/parse-page.ts';
import { bare, type ExpectedItem, type ExpectedPage } from './expected.ts';

export const MISS_KINDS = ['title missed', 'items merged', 'item split', 'kicker/subtitle', 'byline', 'heading', 'paragraphs'] as const;
export type MissKind = (typeof MISS_KINDS)[number];

export interface PageScore {
	name: string;
	layout: string;
	expected: number;
	exact: number;
	/** Items exact but for lines read as headings where the source has paragraphs, or the reverse. */
	exactHeadingsAside: number;
	found: number;
	spurious: number;
	/** Why the ingester refused the page, when it did. */
	refused?: string;
	sourceChars: number;
	keptChars: number;
	misses: Record<MissKind, number>;
	/**
	 * Misses a maintainer would have to find (items not exact even with headings aside, and spurious
	 * items), and how many of them lie in an item where the ingester flagged a place to check.
	 */
	structuralMisses: number;
	flaggedMisses: number;
	/** The places the ingester flagged on the page (ParsedPage.uncertain). */
	uncertain: number;
	/** Each place flagged, by the kind of doubt it states (its message with the text it quotes left out), and whether it lies in an item with a miss. */
	flags: { kind: string; onMiss: boolean }[];
	/** One line per miss, for a maintainer tuning the parser. */
	details: string[];
}

interface Comparable {
	kicker: string;
	title: string;
	subtitle: string;
	authors?: string[];
	headings: string[];
	texts: string[];
	/** Headings and paragraphs in print order, as one list. */
	flow: string[];
}

/**
 * A photo credit printed as a paragraph of its own after the caption: 胡学军摄（人民视觉）, 陈一鸣  吴庆丰摄影报道,
 * 新华社发（陈其保摄）, 新华社发, 资料图片, 视频截图, 以上图片均为受访者提供, 岷县融媒体中心提供; a note on the photo in
 * brackets after the credit (刘桂英摄（本图为栏目与…征图活动入选图片）); the brackets half-width too, as a page whose punctuation
 * was made half-width prints them (陶维明摄(影像中国)).
 */
const CREDIT_ONLY =
	/^[^。！？]{1,30}(?:摄|摄影报道|供图|制图|绘)(?:[（(][^）)]{1,30}[）)])?$|^[^。！？（）()]{1,12}发[（(][^（）()]{1,16}摄[）)]$|^(?:(?:新华社|本报)发|(?:本报)?资料(?:图片|照片)|视频截图|人民视觉|视觉中国|影像中国)$|^(?:以上|上述|本版|本文)?图片(?:均)?(?:为|由)[^。，,（）()]{1,20}提供(?:[（(][^（）()]{1,12}[）)])?。?$|^\p{Script=Han}{1,16}(?:中心|局|馆|院|所|站|委|办|部|会|厅|处|社|台|报|团|公司|集团|大学|学校|政府|单位|者|方|社区|街道|街区|景区|园区|基地|村|镇|乡)提供$|^\p{Script=Han}{2,12}(?:博物院|博物馆|画院|美术馆|图书馆|纪念馆|档案馆|研究院|研究所)藏$/u;

/**
 * Paragraphs, a caption and the credit under it read as one figure, as the parser reads them. The credit is tested
 * without its whitespace, as fromParsed tests it: a post and a name set apart by spaces (…副研究员  奥萨马·穆罕默德摄)
 * is the same credit on both sides.
 */
function withCredits(blocks: ExpectedItem['blocks']): string[] {
	const texts: string[] = [];
	for (const block of blocks) {
		if (block.kind === 'paragraph' && CREDIT_ONLY.test(bare(block.text)) && texts.length > 0) texts[texts.length - 1] += bare(block.text);
		else texts.push(bare(block.text));
	}
	return texts;
}

function fromExpected(item: ExpectedItem): Comparable {
	const texts = withCredits(item.blocks.filter((b) => b.kind === 'paragraph'));
	return {
		kicker: bare(item.kicker),
		title: bare(item.title),
		subtitle: bare(item.subtitle),
		authors: item.authors?.map(bare),
		headings: item.blocks.filter((b) => b.kind === 'heading').map((b) => bare(b.text)),
		texts,
		flow: withCredits(item.blocks),
	};
}

function fromParsed(item: ParsedItem): Comparable {
	const inLineOrder = [
		...item.body.map((b) => ({ line: b.lines[0], text: bare(b.text), heading: b.type === 'heading' })),
		...item.figures.map((f) => ({ line: f.lines[0], text: bare(f.caption) + bare(f.credit), heading: false })),
	].sort((a, b) => a.line - b.line);
	// A photo credit standing alone goes with the text above it, as in fromExpected: each credit tested as printed, not
	// once joined to another (冯德光作 / 《讽刺与幽默》供图 is no credit of the photo above them).
	for (let i = 1; i < inLineOrder.length; i++) {
		if (!CREDIT_ONLY.test(inLineOrder[i]!.text) || inLineOrder[i - 1]!.heading) continue;
		inLineOrder[i - 1]!.text += inLineOrder[i]!.text;
		inLineOrder.splice(i--, 1);
	}
	return {
		kicker: bare(item.kicker),
		title: bare(item.title),
		subtitle: bare(item.subtitle),
		authors: item.authors.map((a) => bare(a.name)),
		headings: item.body.filter((b) => b.type === 'heading').map((b) => bare(b.text)),
		texts: inLineOrder.filter((b) => !b.heading).map((b) => b.text),
		flow: inLineOrder.map((b) => b.text),
	};
}

/**
 * The items of the split where a miss of `want` shows: the item carrying its title, or else those
 * holding its title as a kicker or a heading, or its opening words (the items it was merged into).
 */
function involvedIn(want: Comparable, index: number | undefined, got: Comparable[]): number[] {
	if (index !== undefined) return [index];
	const opening = want.texts[0]?.slice(0, 20);
	return got.flatMap((g, i) =>
		g.kicker === want.title || g.headings.includes(want.title) || (opening && g.texts.some((t) => t.includes(opening))) ? [i] : [],
	);
}

/**
 * The kind of doubt a flag states: its first clause, with what it quotes of the page left out (from the first quotation
 * mark to the last, as a quoted line may hold quotation marks of its own) and what it lists after a colon, so that every
 * flag of one rule reads alike.
 */
export function flagKind(why: string): string {
	return why
		.replace(/[。；].*$/u, '')
		.replace(/“.*”/u, '“…”')
		.replace(/《.*》/u, '《…》')
		.replace(/（.*）/u, '（…）')
		.replace(/：.*$/u, '');
}

/** Marks a miss in the details that lies where the ingester flagged a place to check. */
const FLAGGED_MARK = '⚑ ';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const short = (text: string) => ([...text].length > 24 ? `${[...text].slice(0, 24).join('')}…` : text);

function missOf(want: Comparable, got: Comparable | undefined, parsed: Comparable[], spuriousTitles: Set<string>): MissKind | undefined {
	if (!got) {
		const opening = want.texts[0]?.slice(0, 20);
		const swallowed = opening && parsed.some((p) => p.texts.some((t) => t.includes(opening)) || p.headings.includes(want.title));
		return swallowed ? 'items merged' : 'title missed';
	}
	if ([...want.texts, ...want.headings].some((text) => spuriousTitles.has(text) || [...spuriousTitles].some((t) => t && text.startsWith(t))))
		return 'item split';
	if (want.kicker !== got.kicker || want.subtitle !== got.subtitle) return 'kicker/subtitle';
	if (want.authors && !same(want.authors, got.authors)) return 'byline';
	if (!same(want.headings, got.headings)) return 'heading';
	if (!same(want.texts, got.texts)) return 'paragraphs';
	return undefined;
}

function describe(kind: MissKind, want: Comparable, got: Comparable | undefined): string {
	const title = short(want.title);
	if (!got) return `${kind}：《${title}》`;
	switch (kind) {
		case 'kicker/subtitle':
			return `${kind}：《${title}》 引题“${want.kicker}”/“${got.kicker}” 副题“${want.subtitle}”/“${got.subtitle}”`;
		case 'byline':
			return `${kind}：《${title}》 ${want.authors?.join('、')} / ${got.authors?.join('、')}`;
		case 'heading':
			return `${kind}：《${title}》 ${want.headings.map(short).join('｜')} / ${got.headings.map(short).join('｜')}`;
		default: {
			const differs = want.texts.findIndex((text, i) => text !== got.texts[i]);
			const at = differs === -1 ? want.texts.length : differs;
			return `${kind}：《${title}》 第 ${at + 1} 段：“${short(want.texts[at] ?? '')}” / “${short(got.texts[at] ?? '')}”（${want.texts.length} / ${got.texts.length} 段）`;
		}
	}
}

/** The score of `page` split as `parsed` (undefined when the ingester refused it, with `refused`). */
export function scorePage(
	name: string,
	layout: string,
	expected: ExpectedItem[],
	parsed: ParsedPage | undefined,
	chars: { source: number; kept: number },
	refused?: string,
): PageScore {
	const misses = Object.fromEntries(MISS_KINDS.map((kind) => [kind, 0])) as Record<MissKind, number>;
	const score: PageScore = {
		name,
		layout,
		expected: expected.length,
		exact: 0,
		exactHeadingsAside: 0,
		found: 0,
		spurious: 0,
		refused,
		sourceChars: chars.source,
		keptChars: chars.kept,
		misses,
		structuralMisses: 0,
		flaggedMisses: 0,
		uncertain: parsed?.uncertain.length ?? 0,
		flags: [],
		details: [],
	};
	const items = parsed?.items ?? [];
	const got = items.map(fromParsed);
	// An item of the split is flagged when a place to check lies within its lines.
	const liesIn = (place: UncertainPlace, item: ParsedItem) => place.line >= item.lines[0] && place.line <= item.lines[1];
	const flagged = items.map((item) => (parsed?.uncertain ?? []).some((place) => liesIn(place, item)));
	const wanted = expected.map(fromExpected);
	const wantedTitles = new Set(wanted.map((w) => w.title));
	const spuriousTitles = new Set(got.filter((g) => !wantedTitles.has(g.title)).map((g) => g.title));
	score.spurious = got.filter((g) => !wantedTitles.has(g.title)).length;
	// The items of the split that a miss involves: a maintainer checking a flag there finds it.
	const missed = new Set<number>();
	const unused = new Set(got.keys());
	for (const want of wanted) {
		const index = [...unused].find((i) => got[i]!.title === want.title);
		if (index !== undefined) unused.delete(index);
		const match = index === undefined ? undefined : got[index];
		if (match) score.found++;
		const kind = missOf(want, match, got, spuriousTitles);
		const headingsAside = !kind || ((kind === 'heading' || kind === 'paragraphs') && same(want.flow, match!.flow));
		const isFlagged = !headingsAside && involvedIn(want, index, got).some((i) => flagged[i]);
		if (headingsAside) score.exactHeadingsAside++;
		else {
			score.structuralMisses++;
			if (isFlagged) score.flaggedMisses++;
			for (const i of involvedIn(want, index, got)) missed.add(i);
		}
		if (!kind) {
			score.exact++;
			continue;
		}
		misses[kind]++;
		score.details.push(`${isFlagged ? FLAGGED_MARK : ''}${describe(kind, want, match)}`);
	}
	got.forEach((g, i) => {
		if (wantedTitles.has(g.title)) return;
		score.structuralMisses++;
		missed.add(i);
		if (flagged[i]) score.flaggedMisses++;
		score.details.push(`${flagged[i] ? FLAGGED_MARK : ''}spurious：《${short(g.title)}》`);
	});
	score.flags = (parsed?.uncertain ?? []).map((place) => ({
		kind: flagKind(place.why),
		onMiss: items.some((item, i) => missed.has(i) && liesIn(place, item)),
	}));
	return score;
}

/** The expected items of a page, or of every page of a day in one file. */
export function expectedItemsOf(expected: ExpectedPage | { pages: ExpectedPage[] }): ExpectedItem[] {
	return 'pages' in expected ? expected.pages.flatMap((page) => page.items) : expected.items;
}
