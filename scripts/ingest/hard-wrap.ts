/**
 * Text wrapped at a fixed width: OCR and PDF exports give a newspaper column one printed line at a
 * time (13 or so characters in 人民日报 body text), so every paragraph runs over many lines of the
 * same length and ends on a shorter one. Such a page says where its blocks end by the length of
 * its lines, as other exports do by blank lines (assemble-items.ts reads both the same way).
 */
import { endsWithPersonPost, isBareDateline, parseBylineLine, parseLead, parseNameLine, parsePostAndName, SPEAKER_LABEL } from './bylines.ts';
import { hasColumnTag, hasRunningTextPunctuation, isCreditOnly, isUnterminated, padsLines, type Line, type LineKind } from './line-kinds.ts';
import { CHARACTERS, PRINTED, type ColumnWidth } from './column-width.ts';
import { breaksWord, charLength, cutsAddress, leavesBracketOpen, leavesQuoteOpen } from './text.ts';

/** The fewest lines a page needs before its line lengths say anything. */
const MIN_LINES = 10;
/**
 * Below this many lines (a brief of a dozen lines), a page is wrapped only if MIN_RUN_ON_LINES of its lines at the width
 * end one clause inside them and run on with the next (忙蚌村边，有人从去年底开设): headings and bylines of one length do not.
 */
const FEW_LINES = 20;
const MIN_RUN_ON_LINES = 3;
/** A clause ended inside a line, and the text after it running to the line's end without a mark. */
const CLAUSE_RUNS_ON = /[，。；：！？、][^，。；：！？、]+[^，。；：！？、）》”’…—]$/u;
/** Printed columns this narrow or wide are the only ones read as a wrap width. */
const MIN_WIDTH = 6;
const MAX_WIDTH = 40;
/** The share of its lines that must run to the width (give or take one) for a page to be wrapped. */
const WRAPPED_SHARE = 0.5;
/** Lines that never go on with the line above, however full it is: they open something of their own. */
const OPENS_BLOCK: ReadonlySet<LineKind> = new Set(['byline', 'lead', 'credit', 'caption']);
/** Lines that anchor a title above them. */
const ANCHORS: ReadonlySet<LineKind> = new Set(['byline', 'lead']);
/** Lines that are whole, so that nothing under them goes on with them. */
const WHOLE: ReadonlySet<LineKind> = new Set(['byline', 'credit']);
/** Whether the line is a byline or a credit (its own kind, or a photo's credit alone). */
function isWholeOrCredit(line: Line): boolean {
	return WHOLE.has(line.kind) || isCreditOnly(line);
}

/** Whether a line anchors a title above it: a byline, or a lead, perhaps wrapped before its 电 (新华社内比都4月25日 / 电  （记者…）). */
function anchors(line: Line, next: Line | undefined): boolean {
	return ANCHORS.has(line.kind) || (next !== undefined && parseLead(line.text + next.text) !== undefined);
}

/**
 * Whether the line at `index` ends a lead's dateline or the names in brackets after it, with the
 * lead's text still to come: a wrap may fall right there (本报北京4月25日电 / （记者…） / 4月25日，…).
 */
function endsLeadsOpening(lines: readonly Line[], index: number): boolean {
	const line = lines[index]!;
	const above = lines[index - 1];
	return (
		(line.kind === 'lead' && isBareDateline(line.text) && !closesItem(lines, index)) ||
		(line.kind === 'note' && above?.kind === 'lead' && isBareDateline(above.text))
	);
}

/**
 * Whether the line at `index` is a dateline under running text, as 新华社 sets it at an article's
 * end (…生生不息。 / 新华社北京4月27日电): it closes its item, no lead opens there, nothing goes on with it.
 */
function closesItem(lines: readonly Line[], index: number): boolean {
	const [above, line] = [lines[index - 1], lines[index]!];
	return line.kind === 'lead' && isBareDateline(line.text) && above?.kind === 'body' && !isUnterminated(above.text);
}

/**
 * Whether a line is set apart as no piece of running text is: marked with the zero-width space
 * paper.people.com.cn sets before a subtitle or a byline, or a name spaced out (赵  丽, 袁  婵).
 */
function standsApart(line: Line): boolean {
	return line.marked || (/\p{Script=Han}[\s\u3000]+\p{Script=Han}/u.test(line.text) && parseNameLine(line.text) !== undefined);
}

/** The fewest characters of a passage whose recurring below says it is a summary of the text (a shorter one may recur by chance). */
const MIN_RECURRING_PASSAGE = 20;
/** The wide space between two names of a byline: two characters, lost when a wrap falls in it. */
const LOST_GAP = 2;
/** The longest clause a heading of two carries onto a line of its own, the wrap falling in the space between them. */
const MAX_LAST_CLAUSE = 8;

/** A headline's last words alone on a line, as a wrap leaves them: 产力, 制度, 改革发展. */
const HEADLINE_TAIL = /^\p{Script=Han}{1,4}$/u;
/** The longest such words that a wrap alone says go on with the headline: longer ones go on by another rule (assemble-items.ts). */
const MAX_TAIL_GOING_ON = 2;
/** Whether the line could be a headline's last words, alone as a wrap leaves them (产力, 改革发展). */
export function isHeadlineTail(text: string): boolean {
	return HEADLINE_TAIL.test(text);
}
/** The shortest headline line over such a tail, in characters: a kicker over a title that short is a label (影像中国 / 晨光). */
const MIN_WRAPPED_HEADLINE_LENGTH = 8;
/** The word that ends a photo's credit, alone on a line: what a wrap left of the credit above. */
const CREDIT_WORD_ALONE = /^(?:供图|摄|摄影|提供|制图|绘图|绘)$/u;

/** What goes on from 摄 in a word (摄影, 摄制, 拍摄着, 摄于): a line opening so goes on from a line that ends in 摄. */
const AFTER_SHOT = /^[影制像着了过下取入氏于]/u;
/** What goes on from 图 in a word (绘制图画, 图片, 图表): a line opening so goes on from a line that ends in 图. */
const AFTER_PICTURE = /^[画片书案纸表景标像谱文形层]/u;

/**
 * Whether the line reads as a photo's credit only because the wrap cut its sentence after a credit's word: after 摄
 * or 图, the rest of a word opens the flush line under it (迷上了摄 / 影，…, 为她拍摄 / 着。…, 两张老照片分别摄 / 于1951年,
 * 纷纷绘制图 / 画，…); after 提供, what is provided, running text (…文化爱好者提供 / 交流平台。), where a credit ends
 * its caption. It is running text.
 */
export function cutAfterCreditWord(line: Line, under: Line | undefined): boolean {
	if ((line.kind !== 'caption' && line.kind !== 'credit') || under === undefined || under.indented) return false;
	if (/摄$/u.test(line.text)) return AFTER_SHOT.test(under.text);
	if (/图$/u.test(line.text)) return AFTER_PICTURE.test(under.text);
	return /提供$/u.test(line.text) && (under.kind === 'body' || under.kind === 'title-like') && hasRunningTextPunctuation(under.text);
}

/** A line of ornaments alone (***, ＊＊＊, ※), as a long piece sets between its sections. */
const ORNAMENT = /^[*＊※☆★◆◇][*＊※☆★◆◇\s\u3000]*$/u;

/** Punctuation that print keeps from starting a line (clreq), so that it hangs past the width at a line's end. */
const HANGING = /[，。、；：！？）》”’…—·]+$/u;

/** Whether a line runs longer than the width, the punctuation hanging at its end aside: a headline. */
function beyondWidth(line: Line, wrap: ColumnWidth): boolean {
	return wrap.measure(line.text.replace(HANGING, '')) > wrap.width + 1;
}

/** Whether a line runs the full width: a paragraph's first line may give two characters up to its indent, and one more to a squeezed mark. */
function runsFullWidth(line: Line, wrap: ColumnWidth): boolean {
	// (A line of Chinese characters alone, no mark to squeeze and no narrow letter or figure, fills its line only at the
	// width: one short of it is a headline's, 在文化激荡中展现中国特色 over 让古老大运河焕发时代新风貌.)
	const squeezes = !/^\p{Script=Han}+$/u.test(line.text);
	return wrap.measure(line.text) >= wrap.width - (squeezes ? 1 : 0) - (line.indented ? 2 : 0) && !beyondWidth(line, wrap);
}

/**
 * Whether a line runs as a paragraph's first line does with its indent lost: the width but the indent's two characters
 * (one more where print squeezed a mark), a mark hanging past them or not; not the full width, marks and all.
 */
function isFlushFirstLine(line: Line, wrap: ColumnWidth): boolean {
	const length = wrap.measure(line.text.replace(HANGING, ''));
	return length >= wrap.width - 3 && length <= wrap.width - 2 && wrap.measure(line.text) <= wrap.width - 1;
}

/** A line that ends on a clause of one character after a comma (…越来越多，讲): the wrap cut the clause, no heading ends so. */
const CLAUSE_CUT_AFTER_ONE = /[，,、；;]\p{Script=Han}$/u;

/** The index of the line that opens the paragraph the line above `index` belongs to, as far as the wrap has read it. */
function openingAbove(lines: readonly Line[], index: number, goesOn: ReadonlySet<number>): number {
	let first = index - 1;
	while (first > 0 && goesOn.has(lines[first]!.number)) first--;
	return first;
}

/**
 * Whether the line at `index` ends a speaker's post and name that the paragraph above it opened: the
 * paragraph, from its indented first line, has no sentence yet, and with this line reads as a post and a name.
 */
function endsPostRunOn(lines: readonly Line[], index: number, goesOn: ReadonlySet<number>): boolean {
	const first = openingAbove(lines, index, goesOn);
	if (!lines[first]!.indented) return false;
	const soFar = lines
		.slice(first, index)
		.map((line) => line.text)
		.join('');
	// (A speaker's label is no sentence: 讲述人：江苏省南京市紫 / 金山实验室TSN技术团队负 / 责人  朱海龙.)
	const label = SPEAKER_LABEL.exec(soFar)?.[0] ?? '';
	return !/[，。；！？：,;!?:]/u.test(soFar.slice(label.length)) && parsePostAndName(soFar + lines[index]!.text) !== undefined;
}

/**
 * The width at which the page's text was wrapped, if it was: the length most of its lines run to, counted in characters
 * or, where more of its lines run to one width so, as print sets them, a Latin letter or a figure half a Han character
 * (column-width.ts): OCR of a printed column gives lines of one printed width, whatever they hold (2026年4月 is 5 wide).
 */
export function wrapWidth(lines: readonly Line[]): ColumnWidth | undefined {
	if (lines.length < MIN_LINES) return undefined;
	let best: { wrap: ColumnWidth; atWidth: Line[]; exact: number } | undefined;
	for (const measure of [CHARACTERS, PRINTED]) {
		const counts = new Map<number, number>();
		for (const line of lines) {
			const length = Math.round(measure(line.text));
			counts.set(length, (counts.get(length) ?? 0) + 1);
		}
		let width = 0;
		let most = 0;
		for (const [length, count] of counts) if (count > most || (count === most && length > width)) [width, most] = [length, count];
		if (width < MIN_WIDTH || width > MAX_WIDTH) continue;
		const atWidth = lines.filter((line) => Math.abs(measure(line.text) - width) <= 1);
		// (Where as many lines run to both, the measure more of them run to exactly, a mark aside, is print's.)
		const exact = atWidth.filter((line) => Math.abs(measure(line.text.replace(HANGING, '')) - width) <= 0.5).length;
		const better = best === undefined || atWidth.length > best.atWidth.length || (atWidth.length === best.atWidth.length && exact > best.exact);
		// (Print's measure makes no column narrower than the characters show: on a page of short lines and figures it may run
		// more lines to a paragraph's first lines, 欧莱雅是全球知名美妆集 / 团。欧莱雅中国拥有超过15.)
		if (better && (best === undefined || width >= best.wrap.width)) best = { wrap: { width, measure }, atWidth, exact };
	}
	if (best === undefined || best.atWidth.length < lines.length * WRAPPED_SHARE) return undefined;
	return lines.length >= FEW_LINES || best.atWidth.filter((line) => CLAUSE_RUNS_ON.test(line.text)).length >= MIN_RUN_ON_LINES ? best.wrap : undefined;
}

/**
 * The numbers of the lines that go on with the line above them on a page wrapped at `width`: the
 * line above runs the full width and no further (a paragraph's first line may give two characters
 * up to an indent, and print squeezes or hangs a punctuation mark now and then; a longer line is a
 * headline, set apart), and this one is not indented (in wrapped text an indent always opens a
 * paragraph) and does not open something of its own (a byline, a lead, a caption, an editor credit).
 */
export function wrappedLines(lines: readonly Line[], wrap: ColumnWidth, afterLostGap: Set<number> = new Set()): Set<number> {
	const { width } = wrap;
	/** A line's length as printed, in the measure the page is wrapped in. */
	const length = (line: Pick<Line, 'text'>) => wrap.measure(line.text);
	const goesOn = new Set<number>();
	// Whether the page indents its paragraphs: where OCR lost every indent, a paragraph's first line says so by its length alone.
	const indents = lines.some((line) => line.indented);
	/** Whether the line at `index` is a paragraph's first line with its indent lost: as long as one, a full line under it. */
	const opensFlushParagraph = (index: number): boolean => {
		const [line, under] = [lines[index], lines[index + 1]];
		return !indents && line !== undefined && isFlushFirstLine(line, wrap) && under !== undefined && runsFullWidth(under, wrap);
	};
	// (Some exports pad every line with spaces: there, the spaces after a line say nothing of where the wrap fell.)
	const padded = padsLines(lines);
	// The page's text run together, and where each line starts in it: what recurs below a line is found in one search.
	const text = lines.map((line) => line.text).join('');
	const starts: number[] = [];
	lines.reduce((at, line) => (starts.push(at), at + line.text.length), 0);
	/** Whether the paragraph that the line at `index` would end, with it, recurs word for word in the text under it. */
	const recursBelow = (index: number): boolean => {
		const passage = text.slice(starts[openingAbove(lines, index, goesOn)], starts[index]! + lines[index]!.text.length);
		return charLength(passage) >= MIN_RECURRING_PASSAGE && text.includes(passage, starts[index]! + lines[index]!.text.length);
	};
	/** Whether the paragraph, as far as the line above `index`, leaves a bracket open. */
	const inOpenBracket = (index: number): boolean => leavesBracketOpen(text.slice(starts[openingAbove(lines, index, goesOn)], starts[index]));
	for (let i = 1; i < lines.length; i++) {
		const [above, line] = [lines[i - 1]!, lines[i]!];
		// A line that runs the full width only with the spaces after it ends where the wrap fell in a space (腾讯视频算法工程师␣␣ /
		// 钟文浩, 主办：陕西省人民政府　/ 国务院台湾事务办公室): the line under it goes on.
		if (
			!padded &&
			above.trailingSpaces !== '' &&
			!runsFullWidth(above, wrap) &&
			runsFullWidth({ ...above, text: above.text + above.trailingSpaces }, wrap) &&
			!line.indented &&
			!beyondWidth(line, wrap)
		) {
			goesOn.add(line.number);
			continue;
		}
		// The wrap fell right after a lead's dateline that filled the line, so that the wide space after 电 opens the line under
		// it as an indent would (　　新华社比什凯克4月27日电 / ␣␣（记者江宥林）4月27): the line goes on, its spaces the gap.
		if (line.indented && /^[（(]/u.test(line.text) && endsLeadsOpening(lines, i - 1) && runsFullWidth(above, wrap)) {
			goesOn.add(line.number);
			continue;
		}
		// On a page that indents its paragraphs, a flush line that opens a block is a header's, however wide: the title under
		// it, over a byline or a lead, does not go on with it (回溯一场海上搜救全过程，探寻我国救援体系的科技“硬实力” /
		// 全力守护海上生命安全（深度观察） / 本报记者  韩  鑫, the kicker as wide as the column by chance).
		if (
			indents &&
			!above.indented &&
			!line.indented &&
			(i === 1 || !goesOn.has(above.number)) &&
			lines[i + 1] !== undefined &&
			anchors(lines[i + 1]!, lines[i + 2])
		)
			continue;
		// A paragraph's first line gives two characters to its indent, printed or lost (OCR often
		// drops it): a line opening a block is full at that width too, if it reads as a first line:
		// running text, or a full line under it (the next paragraph's first would be as short).
		const opensBlock = (i === 1 || !goesOn.has(above.number)) && !above.indented;
		// (On a page whose every indent OCR lost, so is a line that leaves a bracket or a quotation open, or whose last word
		// the wrap cut: （本报亚的斯亚贝巴4月 / 25日电）, 推动完善人工智能全球治 / 理.)
		// And so is one over a shorter line, unfinished: a heading has a paragraph's first line under it, as long as itself
		// (“馆园融合”打通文化经 / 脉); or over any line, ending on 的, which ends no heading (木棉树的影子透过阳台的 / 落地窗，…).
		const goesOnWithoutIndent =
			!indents &&
			(leavesBracketOpen(above.text) ||
				leavesQuoteOpen(above.text) ||
				breaksWord(above.text, line.text) ||
				(isFlushFirstLine(above, wrap) && isUnterminated(above.text) && (length(line) < width - 3 || /的$/u.test(above.text))));
		const readsAsFirstLine = hasRunningTextPunctuation(above.text) || runsFullWidth(line, wrap) || goesOnWithoutIndent;
		// A lead's dateline alone goes on with the flush line under it, however short (OCR drops the
		// spaces after 电), unless that line is a title over a paragraph: the dateline then closed a list.
		const under = lines[i + 1];
		const titleUnder = line.kind === 'title-like' && !hasRunningTextPunctuation(line.text) && under?.indented === true;
		// (Not into a line that is itself a first line with its indent lost, a full line under it: a line that goes on runs
		// the full width unless it ends its paragraph. 深学细悟，筑牢思想根基 / 山东东营市东营区遵循青 / 年干部成长规律，以青年理论.)
		const opensOwnParagraph = opensFlushParagraph(i);
		// Such a line goes on from nothing after a sentence that ended at a full line's end, a paragraph's last line that filled
		// it (…的时代课题。 / 五四精神之所以穿越百年、 / 历久弥新，就在于五四运动不), and, unfinished itself, from nothing at all:
		// under an unfinished line as wide as the column, it would be no line of a paragraph (交流互鉴，加强电影国际交往 /
		// 电影是增进各国人民相互 / 了解的重要桥梁。…).
		if (opensOwnParagraph && (!isUnterminated(above.text) || isUnterminated(line.text))) continue;
		const full =
			runsFullWidth(above, wrap) ||
			(opensBlock && readsAsFirstLine && length(above) >= width - 3 && !beyondWidth(above, wrap) && !opensOwnParagraph) ||
			(endsLeadsOpening(lines, i - 1) && !titleUnder);
		// A line longer than the width is no piece of a wrapped paragraph either: a headline. What
		// reads as a byline goes on with a clause left open above it (…研究中心主任， / 证券时报记者贾壮、韩忠楠整).
		const midClause = line.kind === 'byline' && /[，、；]$/u.test(above.text);
		// (A speaker's label and post, their name not yet printed, go on onto the next line too: 讲述人：传化集团副总裁 / 徐  迅.)
		const speakerWithoutName = SPEAKER_LABEL.test(above.text) && parseBylineLine(above.text) === undefined;
		// So does one under a speaker's label that filled its line before the post was done (讲述人：杭州老板电器股 /
		// 份有限公司总裁  任富佳): the label and its post read as no byline alone.
		// And so does the rest of a post that a wrap cut from the body it names, flush under a paragraph's first line
		// (湖南大学经济与贸易学院 / 院长  祝树金): a byline of its own stands under a title, never under text.
		const midPost = above.indented && !hasRunningTextPunctuation(above.text) && !line.indented && parsePostAndName(line.text) !== undefined;
		const midLabel = line.kind === 'byline' && (speakerWithoutName || midPost);
		// Nor does anything that opens a line inside a bracket the paragraph left open: names there are a note's
		// ((本报记者吴丹、人民网 / 记者李娜、李鉴、李根、严川 / 吉雨统筹新媒体，…）).
		const midBracket = i > 1 && inOpenBracket(i);
		// A word or a number the wrap cut in two goes on under its first part, whatever the rest reads as, on a paragraph's line
		// as wide as the column (…编修委员会主任，北京大 / 学荣休教授，山东大学文科一级教授  温儒敏; …创造了超33000 / 0个就业岗位).
		if (
			!line.indented &&
			(above.indented || goesOn.has(above.number)) &&
			isUnterminated(above.text) &&
			length(above) >= width - 3 &&
			!beyondWidth(line, wrap) &&
			breaksWord(above.text, line.text)
		) {
			goesOn.add(line.number);
			continue;
		}
		// On a page whose every indent OCR lost, a paragraph's first line that ends on a clause of one character goes on, whatever
		// the line under it looks like: the wrap cut the clause, and no heading ends so (新时代故事越来越多，讲 / 故事的队伍也在不断
		// 壮大。, a line that could open a paragraph of its own too).
		if (
			!indents &&
			!line.indented &&
			(line.kind === 'body' || line.kind === 'title-like') &&
			isFlushFirstLine(above, wrap) &&
			CLAUSE_CUT_AFTER_ONE.test(above.text) &&
			!beyondWidth(line, wrap)
		) {
			goesOn.add(line.number);
			continue;
		}
		// A credit's last word that a wrap carried onto a line of its own (浙江省科技厅成果转化处 / 供图) goes on with it.
		if (CREDIT_WORD_ALONE.test(line.text) && !line.indented && runsFullWidth(above, wrap)) {
			goesOn.add(line.number);
			continue;
		}
		// So does the rest of an address the wrap cut, even under a notice, which is whole (本版邮箱：rmrbpl / @peopledaily. /
		// cn（来稿请注明栏目名）).
		if (!line.indented && runsFullWidth(above, wrap) && cutsAddress(above.text, line.text)) {
			goesOn.add(line.number);
			continue;
		}
		// So does the rest of a speaker's post and their name, under the post's first lines that the wrap cut anywhere, a
		// paragraph of no sentence yet (陕西西凤酒厂集团有限公 / 司党委委员、陕西西凤酒股份 / 有限公司副总经理  高亚兰).
		if (!line.indented && runsFullWidth(above, wrap) && endsPostRunOn(lines, i, goesOn)) {
			goesOn.add(line.number);
			continue;
		}
		// An ornament line that parts a long piece's sections (***        ***) goes on where the wrap cut it in its spaces.
		if (ORNAMENT.test(above.text) && ORNAMENT.test(line.text) && !line.indented) {
			goesOn.add(line.number);
			continue;
		}
		// A name spaced out (易  纲) that the wrap cut after its first character leaves the second alone on the
		// next line; the spaces that filled the line above are lost with the line's end (全国政协常委  易 / 纲).
		if (/^\p{Script=Han}$/u.test(line.text) && !line.indented && /\p{Script=Han}[\s\u3000]{1,2}\p{Script=Han}$/u.test(above.text)) {
			goesOn.add(line.number);
			continue;
		}
		// So does a credit or a byline that filled its line: the one or two characters under it end its last name
		// (制图：宣  艳  李嘉 / 兆).
		if (runsFullWidth(above, wrap) && isWholeOrCredit(above) && /^\p{Script=Han}{1,2}$/u.test(line.text) && !line.indented) {
			goesOn.add(line.number);
			continue;
		}
		// A headline's last word or two that the wrap carried under it, over its byline or lead, goes on with it: a headline is set
		// larger than the text, so its line runs short of the text's width (因地制宜发展农业新质生 / 产力 / 本报记者  张  璁); no title
		// that short stands under a kicker as long that does not lead in.
		if (
			line.kind === 'title-like' &&
			above.kind === 'title-like' &&
			!line.indented &&
			!above.indented &&
			isHeadlineTail(line.text) &&
			charLength(line.text) <= MAX_TAIL_GOING_ON &&
			charLength(above.text) >= MIN_WRAPPED_HEADLINE_LENGTH &&
			!hasRunningTextPunctuation(above.text) &&
			!/(?:——|──|[：:…])$/u.test(above.text) &&
			under !== undefined &&
			anchors(under, lines[i + 2])
		) {
			goesOn.add(line.number);
			continue;
		}
		// Or the wrap fell in the wide space between two names, lost with the line's end: the byline then ran a gap
		// short of the width (本报记者  丁怡婷 / 孟祥夫), and the names under it are more of it.
		// (So did one between a speaker's post, opening a paragraph, and their name: 北京大学经济学院院长 / 张  辉.)
		const opensParagraph = above.indented || goesOn.has(above.number) || (!indents && isFlushFirstLine(above, wrap));
		const postWithoutName = opensParagraph && endsWithPersonPost(above.text) && parsePostAndName(`${above.text}  ${line.text}`) !== undefined;
		const gapLost =
			((above.kind === 'byline' && /[\s\u3000]{2}/u.test(above.text)) || speakerWithoutName || postWithoutName) &&
			length(above) + LOST_GAP >= width - 1 - (above.indented ? 2 : 0);
		if (
			gapLost &&
			!line.indented &&
			(!goesOn.has(above.number) || postWithoutName) &&
			parseNameLine(line.text) !== undefined &&
			!hasRunningTextPunctuation(line.text)
		) {
			goesOn.add(line.number);
			afterLostGap.add(line.number);
			continue;
		}
		// So did one between a heading's two clauses, the paragraph it stands as a line short of the width (激活新质生产力引擎 /
		// 构筑新高地), with text under it.
		const clauseShort = above.indented && !goesOn.has(above.number) && length(above) < width - 3 && length(above) + LOST_GAP >= width - 3;
		const lastClause = line.kind === 'title-like' && !line.indented && charLength(line.text) <= MAX_LAST_CLAUSE && under?.indented === true;
		if (
			clauseShort &&
			lastClause &&
			!hasRunningTextPunctuation(above.text) &&
			!hasRunningTextPunctuation(line.text) &&
			parseNameLine(line.text) === undefined
		) {
			goesOn.add(line.number);
			afterLostGap.add(line.number);
			continue;
		}
		// So does a caption's last words and its credit, flush under the caption's unfinished first line (浙江德清淡水养殖珍珠场 /
		// 景。　　闵庆文供图): a caption of its own opens a paragraph, indented.
		// (Not where the line above stopped at a clause's end, nor a caption that names its picture: 图为…, 图①：….)
		const midCaption =
			(line.kind === 'caption' || line.kind === 'credit') &&
			opensParagraph &&
			isUnterminated(above.text) &&
			!/[，、；：,;:]$/u.test(above.text) &&
			!/^(?:图[为①-⑳\d０-９一二三四五六七八九十]|[上下左右]图)/u.test(line.text);
		if (
			!full ||
			beyondWidth(line, wrap) ||
			line.indented ||
			(OPENS_BLOCK.has(line.kind) && !midClause && !midLabel && !midCaption && !midBracket) ||
			standsApart(line)
		)
			continue;
		// Nor with a title that ends with its column's tag, flush where a paragraph would be indented: the tag closes it
		// (思政课，不止四十五分钟（师说） / 裴晓军).
		if (hasColumnTag(above.text) && !above.indented && !goesOn.has(above.number)) continue;
		// Nor with a flush headline line over another, on a page that indents its paragraphs: there a flush line that opens a
		// block is a header's, set larger than the text, and one as wide as the text's column is so by chance (国务院安委办、
		// 应急管理部部署—— / 做好“五一”假期前后安全防范重点工作). (A headline's last word the wrap carried, 产力, went on above.)
		if (
			indents &&
			!above.indented &&
			!goesOn.has(above.number) &&
			above.kind === 'title-like' &&
			line.kind === 'title-like' &&
			!/[，,。；;：:！!？?]/u.test(above.text)
		)
			continue;
		// Nor does a title longer than the width with its tag, over the byline or credit of the item it opens (养老社区飞出青春
		// 音符（暖相册） / 本报记者  张武军摄影报道): the tag's bracket hangs past the width only at a paragraph's end, under which
		// nothing opens a block.
		if (line.kind === 'title-like' && hasColumnTag(line.text) && length(line) > width + 1 && under !== undefined && OPENS_BLOCK.has(under.kind)) continue;
		// Nor with a flush line opening a block, a headline, when a name stands alone under it over an indented
		// paragraph: its writer (银发群体，在学习中充实自我 / 张雪妍 / 　　以前打牌消磨时光，…).
		const opensTextUnder = under !== undefined && (under.indented || (!indents && isFlushFirstLine(under, wrap)));
		const nameOverText = parseNameLine(line.text) !== undefined && !hasRunningTextPunctuation(line.text) && opensTextUnder;
		if (nameOverText && !above.indented && !goesOn.has(above.number)) continue;
		// Nor does anything go on with a byline or a photo credit, which are whole, nor with a dateline closing an item.
		// (A line that reads as a byline but went on with a sentence above is that sentence's piece.)
		if ((WHOLE.has(above.kind) && !goesOn.has(above.number)) || isCreditOnly(above) || closesItem(lines, i - 1)) continue;
		// Nor does the writer's name under a subtitle that filled its line (——从地方好品看发展潜能③ / 叶传增). (Who said the
		// words above, after a dash in the text, is indented as a paragraph is, and their name goes on: ——江苏昆山饿了么小哥 / 孙路路.)
		if (/^(?:——|──)/u.test(above.text) && !above.indented && !goesOn.has(above.number) && parseNameLine(line.text) !== undefined) continue;
		// Nor is a line over a byline or a lead after a sentence's end: a title under a paragraph that
		// happened to fill its last line. (Under an unfinished line it is a title's second line, and a
		// short line left unfinished may well go on: a heading wrapped onto two lines.)
		const sentenceEnded = !isUnterminated(above.text) && !endsLeadsOpening(lines, i - 1);
		if (sentenceEnded && under !== undefined && anchors(under, lines[i + 2])) continue;
		// After a sentence that ended at the line's end, an unfinished line is a title or a kicker
		// when it could not be a paragraph's middle line: shorter than the width, with a new
		// paragraph under it, or over a title over a byline or lead. (A heading wrapped onto a
		// second line has an unfinished line above.)
		// (On a page whose indents OCR lost, a title with its column's tag is no paragraph's last line: 让恶意索赔者得不偿失（纵横）.)
		const afterSentence = sentenceEnded && (isUnterminated(line.text) || (!indents && hasColumnTag(line.text)));
		// (A title over a byline or lead is unfinished: a line ending a sentence there is the paragraph's last.)
		// (So is a title's first line over its short last one, with a paragraph under them: 义乌国际时尚饰品工厂展开幕 /
		// “世界超市”魅力足 / 　　近年来，…; a paragraph's last line would end its sentence.)
		const titleEndsUnder =
			/[。！？!?][”’」]?$/u.test(above.text) &&
			under?.kind === 'title-like' &&
			isUnterminated(under.text) &&
			!/(?:——|…|[：:，,、；;])$/u.test(under.text) &&
			length(under) < width - 1 &&
			lines[i + 2]?.indented === true;
		const newBlockUnder =
			under === undefined ||
			under.indented ||
			// (Or, where OCR lost every indent, a first line under it: 创新发展，助力电影产业升级 / 新技术正在改变电影的制 / ….)
			opensFlushParagraph(i + 1) ||
			(lines[i + 2] !== undefined && isUnterminated(under.text) && anchors(lines[i + 2]!, lines[i + 3])) ||
			titleEndsUnder;
		// (Unless the paragraph, with this line, recurs in the text below: a summary printed over a commentary's first paragraph,
		// a passage of its text repeated without its last full stop: …一份踏实感油然而生。 / 文化自信莫过于此.)
		if (afterSentence && (!runsFullWidth(line, wrap) || newBlockUnder) && !recursBelow(i)) continue;
		goesOn.add(line.number);
	}
	return goesOn;
}
