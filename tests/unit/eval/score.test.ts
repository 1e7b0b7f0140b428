import { describe, expect, it } from 'vitest';
import type { ExpectedItem } from '../../../scripts/eval/expected.ts';
import { flagKind, scorePage } from '../../../scripts/eval/score.ts';
import type { ParsedItem, ParsedPage } from '../../../scripts/ingest/parse-page.ts';

const feature: ExpectedItem = {
	kicker: '建设书香校园——',
	title: '山区小学用上了新图书馆',
	byline: '本报记者  王  林',
	authors: ['王林'],
	blocks: [
		{ kind: 'paragraph', text: '清晨，阳光洒进新建成的图书馆。' },
		{ kind: 'heading', text: '书架满了' },
		{ kind: 'paragraph', text: '孩子们在这里读书。' },
		{ kind: 'paragraph', text: '图为孩子们在读书。' },
		{ kind: 'paragraph', text: '李  华摄' },
	],
};
const brief: ExpectedItem = { title: '短讯', blocks: [{ kind: 'paragraph', text: '某地举行读书节。' }] };

let line = 0;
const lines = (): [number, number] => [++line, line];
const paragraph = (text: string) => ({ type: 'paragraph' as const, text, lines: lines() });

function parsedFeature(changes: Partial<ParsedItem> = {}): ParsedItem {
	return {
		order: 1,
		kicker: '建设书香校园——',
		title: '山区小学用上了新图书馆',
		byline: '本报记者  王  林',
		authors: [{ name: '王林', role: '本报记者' }],
		body: [paragraph('清晨，阳光洒进新建成的图书馆。'), { type: 'heading', depth: 2, text: '书架满了', lines: lines() }, paragraph('孩子们在这里读书。')],
		figures: [{ caption: '图为孩子们在读书。', credit: '李华摄', lines: lines() }],
		lines: [1, 9],
		...changes,
	};
}
const parsedBrief = (): ParsedItem => ({ order: 2, title: '短讯', authors: [], body: [paragraph('某地举行读书节。')], figures: [], lines: [10, 11] });
const page = (...items: ParsedItem[]): ParsedPage => ({ items, columns: [], credits: [], uncertain: [] });
const chars = { source: 100, kept: 100 };

describe('scorePage', () => {
	it('counts an item exact when every part matches, whitespace aside, a caption and its credit read as one figure', () => {
		const score = scorePage('p', 'plain', [feature, brief], page(parsedFeature(), parsedBrief()), chars);
		expect([score.exact, score.found, score.spurious, score.details]).toEqual([2, 2, 0, []]);
	});

	it('counts an item whose only difference is a heading read as a paragraph exact with headings as paragraphs, not strictly', () => {
		const asParagraph = parsedFeature({ body: [paragraph('清晨，阳光洒进新建成的图书馆。'), paragraph('书架满了'), paragraph('孩子们在这里读书。')] });
		const score = scorePage('p', 'plain', [feature], page(asParagraph), chars);
		expect([score.exact, score.exactHeadingsAside]).toEqual([0, 1]);
		const lost = parsedFeature({ body: [paragraph('清晨，阳光洒进新建成的图书馆。'), paragraph('孩子们在这里读书。')] });
		expect(scorePage('p', 'plain', [feature], page(lost), chars).exactHeadingsAside).toBe(0);
	});

	it('reads a photo credit the parser left standing alone with the text above it, as the source prints it', () => {
		const report: ExpectedItem = {
			title: '增殖放流',
			blocks: [
				{ kind: 'paragraph', text: '4月25日，放流活动举行。' },
				{ kind: 'paragraph', text: '据介绍，鱼苗均来自正规渠道。' },
				{ kind: 'paragraph', text: '新华社记者  魏培全摄影报道' },
			],
		};
		const parsed: ParsedItem = {
			order: 1,
			title: '增殖放流',
			authors: [],
			body: [paragraph('4月25日，放流活动举行。'), paragraph('据介绍，鱼苗均来自正规渠道。')],
			figures: [{ caption: '新华社记者  魏培全摄影报道', lines: lines() }],
			lines: [1, 9],
		};
		expect(scorePage('p', 'plain', [report], page(parsed), chars).exact).toBe(1);
	});

	it('tests a credit the same way on both sides, whitespace aside (a post and a name set apart by two spaces)', () => {
		// 31 characters before 摄 as printed, 29 without the spaces: the test once counted the spaces on one side only.
		const credit = '中国科学院新疆生态与地理研究所埃及籍副研究员  奥萨马·穆罕默德摄';
		const caption = '在新疆博斯腾湖大河口景区，当地农牧民群众载歌载舞。';
		const feature: ExpectedItem = {
			title: '共创共享美好生活',
			blocks: [
				{ kind: 'paragraph', text: caption },
				{ kind: 'paragraph', text: credit },
			],
		};
		const parsed: ParsedItem = { order: 1, title: '共创共享美好生活', authors: [], body: [paragraph(caption), paragraph(credit)], figures: [], lines: [1, 3] };
		expect(scorePage('p', 'plain', [feature], page(parsed), chars).exact).toBe(1);
	});

	it('tests each credit left standing alone as printed, never once joined to the text above it', () => {
		const cartoon: ExpectedItem = {
			title: '漫画',
			blocks: [
				{ kind: 'paragraph', text: '雪中的小城。' },
				{ kind: 'paragraph', text: '李华摄' },
				{ kind: 'paragraph', text: '周明作' },
				{ kind: 'paragraph', text: '《讽刺与幽默》供图' },
			],
		};
		const snow = { caption: '雪中的小城。', credit: '李华摄', lines: lines() };
		const artist = paragraph('周明作');
		const parsed: ParsedItem = {
			order: 1,
			title: '漫画',
			authors: [],
			body: [artist],
			figures: [snow, { caption: '《讽刺与幽默》供图', lines: lines() }],
			lines: [1, 9],
		};
		expect(scorePage('p', 'plain', [cartoon], page(parsed), chars).exact).toBe(1);
	});

	it('reads who gave the photos (以上图片均为受访者提供) as the credit of the caption above it', () => {
		const report: ExpectedItem = {
			title: '老街焕新颜',
			blocks: [
				{ kind: 'paragraph', text: '春熙路一瞥。' },
				{ kind: 'paragraph', text: '以上图片均为受访者提供' },
				{ kind: 'paragraph', text: '老街焕发新活力。' },
			],
		};
		const parsed: ParsedItem = {
			order: 1,
			title: '老街焕新颜',
			authors: [],
			// (The figure's lines come first, above the text, as printed.)
			figures: [{ caption: '春熙路一瞥。', credit: '以上图片均为受访者提供', lines: lines() }],
			body: [paragraph('老街焕发新活力。')],
			lines: [1, 9],
		};
		expect(scorePage('p', 'plain', [report], page(parsed), chars).exact).toBe(1);
	});

	it.each([
		// (who gave the article's photos)
		'本文图片均为张松提供',
		// (who gave them, with the agency that sent them on)
		'以上图片均为考古杂志社提供（新华社发）',
		// (a place that gave them, as the parser reads one)
		'长安某某主题街区提供',
	])('reads who gave the photos (%s) as the credit of the caption above it', (credit) => {
		const report: ExpectedItem = {
			title: '考古新发现揭晓',
			blocks: [
				{ kind: 'paragraph', text: '图①：某遗址出土的石器。' },
				{ kind: 'paragraph', text: credit },
				{ kind: 'paragraph', text: '入选项目涵盖多个时期。' },
			],
		};
		const parsed: ParsedItem = {
			order: 1,
			title: '考古新发现揭晓',
			authors: [],
			figures: [{ caption: '图①：某遗址出土的石器。', credit, lines: lines() }],
			body: [paragraph('入选项目涵盖多个时期。')],
			lines: [1, 9],
		};
		expect(scorePage('p', 'plain', [report], page(parsed), chars).exact).toBe(1);
	});

	it('reads an agency credit with the photographer in brackets (新华社发（陈其保摄）), a video still (视频截图), or a note after a credit, as the credit of the caption', () => {
		const caption = '10月14日，医务人员为老年人接种流感疫苗。';
		// The source prints the credit as a paragraph of its own; the parser reads caption and credit as one figure.
		const exactWith = (credit: string) => {
			const report: ExpectedItem = {
				title: '接种流感疫苗',
				blocks: [
					{ kind: 'paragraph', text: caption },
					{ kind: 'paragraph', text: credit },
				],
			};
			const parsed: ParsedItem = { order: 1, title: '接种流感疫苗', authors: [], body: [], figures: [{ caption, credit, lines: lines() }], lines: [1, 3] };
			return scorePage('p', 'plain', [report], page(parsed), chars).exact;
		};
		expect(exactWith('新华社发（陈其保摄）')).toBe(1);
		expect(exactWith('新华社发')).toBe(1);
		// (So is a credit with a long note on the photo in brackets.)
		expect(exactWith('周明摄（本图为栏目与本地晚报联合征图活动入选图片）')).toBe(1);
		// (And a still taken from a video, credited so.)
		expect(exactWith('视频截图')).toBe(1);
		// (And credits whose brackets a page made half-width prints so.)
		expect(exactWith('李小明摄(某某图片)')).toBe(1);
		expect(exactWith('新华社发(陈其保摄)')).toBe(1);
	});

	it('names the first kind of miss of an item found under its title', () => {
		const cases: [Partial<ParsedItem>, string][] = [
			[{ kicker: undefined }, 'kicker/subtitle'],
			[{ authors: [{ name: '王' }, { name: '林' }] }, 'byline'],
			[{ body: [paragraph('清晨，阳光洒进新建成的图书馆。'), paragraph('书架满了'), paragraph('孩子们在这里读书。')] }, 'heading'],
			[{ body: [paragraph('清晨，阳光洒进新建成的图书馆。'), { type: 'heading', depth: 2, text: '书架满了', lines: lines() }] }, 'paragraphs'],
		];
		for (const [change, kind] of cases) {
			const score = scorePage('p', 'plain', [feature], page(parsedFeature(change)), chars);
			expect([score.exact, score.found, score.misses[kind as 'byline']], kind).toEqual([0, 1, 1]);
		}
	});

	it('tells an item swallowed by the one before from a title not found at all', () => {
		const merged = parsedFeature({ body: [...parsedFeature().body, paragraph('短讯'), paragraph('某地举行读书节。')] });
		const score = scorePage('p', 'plain', [feature, brief], page(merged), chars);
		expect([score.found, score.misses['items merged'], score.misses['title missed']]).toEqual([1, 1, 0]);
		const lost = scorePage('p', 'plain', [brief], page(), chars);
		expect(lost.misses['title missed']).toBe(1);
	});

	it('counts an item of the split under no expected title as spurious, and the item it was cut from as split', () => {
		const head = parsedFeature({ body: parsedFeature().body.slice(0, 1), figures: [] });
		const tail: ParsedItem = { order: 2, title: '书架满了', authors: [], body: [paragraph('孩子们在这里读书。')], figures: [], lines: [5, 6] };
		const score = scorePage('p', 'plain', [feature], page(head, tail), chars);
		expect([score.spurious, score.misses['item split']]).toEqual([1, 1]);
		expect(score.details).toContain('spurious：《书架满了》');
	});

	it('tells of each place flagged whether it lies in an item with a miss, by the kind of doubt it states', () => {
		const merged = parsedFeature({ body: [...parsedFeature().body, paragraph('短讯'), paragraph('某地举行读书节。')], lines: [1, 12] });
		const places = [
			{ line: 10, why: '标题上一行“建设书香校园——”读作引题，标题是“山区小学用上了新图书馆”；两行之间没有破折号或冒号。' },
			{ line: 40, why: '标题上一行“某地——”读作引题，标题是“读书节”；两行之间没有破折号或冒号。' },
		];
		const score = scorePage('p', 'plain', [feature, brief], { ...page(merged), uncertain: places }, chars);
		expect(score.flags).toEqual([
			{ kind: '标题上一行“…”', onMiss: true },
			{ kind: '标题上一行“…”', onMiss: false },
		]);
	});

	it('names a flag by its doubt, whatever line it quotes', () => {
		// (A quoted line may hold quotation marks of its own; what follows a colon lists what was read.)
		expect(flagKind('署名“记者王观屈信明”里的名字连在一起，按常见姓氏分开：王观、屈信明；如不对，…')).toBe('署名“…”里的名字连在一起，按常见姓氏分开');
		expect(flagKind('““超级工程”何以频频上新”读作上一段在分栏处断开后的接续；也可能是小标题。')).toBe('“…”读作上一段在分栏处断开后的接续');
		expect(flagKind('这几行读作《“大思政课”，这样善用之》的一个部分，因为它没有自己的署名。')).toBe('这几行读作《…》的一个部分，因为它没有自己的署名');
	});

	it('counts the misses that lie in an item where the ingester flagged a place to check, spurious items included', () => {
		const merged = parsedFeature({ body: [...parsedFeature().body, paragraph('短讯'), paragraph('某地举行读书节。')], lines: [1, 12] });
		const unflagged = scorePage('p', 'plain', [feature, brief], page(merged), chars);
		// The brief merged, and the feature that took in its text.
		expect([unflagged.structuralMisses, unflagged.flaggedMisses, unflagged.uncertain]).toEqual([2, 0, 0]);
		// A place flagged inside the item the brief was merged into leads a maintainer to the miss…
		const flagged = scorePage('p', 'plain', [feature, brief], { ...page(merged), uncertain: [{ line: 10, why: '…' }] }, chars);
		expect([flagged.structuralMisses, flagged.flaggedMisses, flagged.uncertain]).toEqual([2, 2, 1]);
		// …a place flagged in another item does not.
		const elsewhere = scorePage('p', 'plain', [feature, brief], { ...page(merged), uncertain: [{ line: 20, why: '…' }] }, chars);
		expect(elsewhere.flaggedMisses).toBe(0);
		// A heading read as a paragraph is no miss a maintainer must find; a spurious item is.
		const asParagraph = parsedFeature({ body: [paragraph('清晨，阳光洒进新建成的图书馆。'), paragraph('书架满了'), paragraph('孩子们在这里读书。')] });
		expect(scorePage('p', 'plain', [feature], page(asParagraph), chars).structuralMisses).toBe(0);
		const tail: ParsedItem = { order: 2, title: '书架满了', authors: [], body: [paragraph('孩子们在这里读书。')], figures: [], lines: [30, 31] };
		const split = scorePage(
			'p',
			'plain',
			[feature],
			{ ...page(parsedFeature({ body: parsedFeature().body.slice(0, 1) }), tail), uncertain: [{ line: 30, why: '…' }] },
			chars,
		);
		expect([split.structuralMisses, split.flaggedMisses]).toEqual([2, 1]);
		// A title read as the kicker over another line lies in the item that line heads.
		const asKicker = parsedFeature({ kicker: '山区小学用上了新图书馆', title: '清晨，阳光洒进新建成的图书馆。', body: parsedFeature().body.slice(1) });
		const kicked = scorePage('p', 'plain', [feature], { ...page(asKicker), uncertain: [{ line: 1, why: '…' }] }, chars);
		expect([kicked.structuralMisses, kicked.flaggedMisses]).toEqual([2, 2]);
		expect(kicked.details).toEqual(['⚑ title missed：《山区小学用上了新图书馆》', '⚑ spurious：《清晨，阳光洒进新建成的图书馆。》']);
	});

	it('scores a refused page as nothing found', () => {
		const score = scorePage('p', 'plain', [feature, brief], undefined, { source: 100, kept: 0 }, '版面第一篇稿件的标题之前有正文');
		expect([score.exact, score.found, score.refused]).toEqual([0, 0, '版面第一篇稿件的标题之前有正文']);
	});
});
