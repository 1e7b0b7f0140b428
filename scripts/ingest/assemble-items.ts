/**
 * Puts the classified lines of a page (line-kinds.ts) together into items, in reading order.
 *
 * An item begins at a header, a run of title-like lines ([column] [kicker] title [——subtitle]) that stands
 * - right above a byline or a lead (the strongest sign),
 * - at the top of the page,
 * - or, inside a column of briefs (速览, 园镜头…), above any body text or caption.
 * Title-like lines inside an item are section headings (one line, or a heading and a sub-heading).
 * A paragraph cut by a layout column break is joined again, also across a photo caption. Editor
 * credits are kept apart, as page metadata.
 */
import {
	namesRunTogetherInDoubt,
	closingDateline,
	endsWithPersonPost,
	endsWithDateline,
	isBareDateline,
	isCollectiveSignature,
	isNameList,
	isReportersByline,
	readsAsPersonName,
	parseAuthorList,
	parseBylineLine,
	creditsInterview,
	parseLead,
	parseLoneName,
	parsePenNameUnderTitle,
	parseMixedNamesRunUnderTaggedTitle,
	parseNamesRunTogetherUnderTitle,
	parsePlaceAndNameUnderTitle,
	parsePhotoReportByline,
	parseTeamByline,
	parseNameLine,
	parseOrganizationLine,
	parsePostAndName,
	parsePostAndNameRunOn,
	parseSignatureLine,
	PERSON_POSTS,
	SPEAKER_LABEL,
	type Author,
} from './bylines.ts';
import { columnWidth, runsWholeLines, type ColumnWidth } from './column-width.ts';
import { isCallForContributions, isCreditLine, isCreditRole, parseCredits } from './credits.ts';
import {
	hasColumnTag,
	hasRunningTextPunctuation,
	isClosingNote,
	isCreditOnly,
	isDocumentDate,
	isEditorSignature,
	creditsEveryPicture,
	endsWithWholeCredit,
	isBoxLabel,
	isAttachedBoxLabel,
	isBoxLabelText,
	isBoxTitle,
	isNumberedHeading,
	isPartLabel,
	isChapterHeading,
	isLetterClosing,
	isPrintedDate,
	isHeadingLeadIn,
	columnTagOf,
	isLongPairedHeading,
	isLooseHeading,
	WHOLE_QUOTATION,
	isPartNumberAlone,
	isPartNumber,
	opensWithHeadingNumber,
	isNote,
	isSourceNote,
	signsInBrackets,
	isSectionHeading,
	isSubtitle,
	isDocumentLabel,
	isEnumeratingHeading,
	isLabelledFact,
	isLabelledPerson,
	isUnterminated,
	splitCaption,
	trailingByline,
	type Line,
	type LineKind,
	pointsElsewhere,
	pointsAtPhoto,
	padsLines,
	endsOnWideSpace,
} from './line-kinds.ts';
import { cutAfterCreditWord, isHeadlineTail, wrapWidth, wrappedLines } from './hard-wrap.ts';
import { withoutEmpty } from './objects.ts';
import { CITIES, PROVINCES, placesIn } from './places.ts';
import type { HeaderField } from './markdown-marks.ts';
import type { BodyBlock, BodyParagraph, ParsedItem, ParsedPage, PrintedCredit, UncertainPlace } from './parse-page.ts';
import { bracketsBalanced, breaksWord, charLength, joinBrokenParagraph, leavesBracketOpen, leavesQuoteOpen } from './text.ts';

/** A line that may head a feature's part (featurePartAt), with what a wrap carried under it: its first line's kind and indent, its text, its lines, and the index after it. */
interface PartHeading {
	kind: Line['kind'];
	indented: boolean;
	text: string;
	lines: [number, number];
	next: number;
}

/** The most paragraphs of a lead between a feature's title and its first part (featurePartAt). */
const MAX_FEATURE_LEAD_PARAGRAPHS = 3;

/**
 * The fewest characters of a piece of a paragraph between two column breaks: a whole printed column
 * line (about 13 characters in 人民日报 body text). A shorter flush line is a title (助农抢收).
 */
const MIN_CUT_PIECE_LENGTH = 13;
/**
 * A heading of two to four short clauses parted by commas (大力提振消费，积极扩大国内需求), no longer than two column
 * lines: where paragraphs are neither indented nor parted, it heads a section. A paragraph's first piece that long
 * would have to end right where a clause does, with no mark there, the break falling on the clause's last character.
 */
const CLAUSE_PAIR_HEADING = /^(?=.{7,24}$)[^，,。；;：:、！!？?—]{2,14}(?:[，,][^，,。；;：:、！!？?—]{2,14}){1,3}$/u;

/**
 * A point that opens with its dash, no mark inside (——支持联合国成为各国共同维护普遍安全的核心平台), as a white paper
 * heads the paragraphs under it: whole, as a clause-pair heading is, a break hardly falling where its words end.
 */
const DASH_POINT_HEADING = /^——[^，,。；;：:、！!？?“”—]{6,28}$/u;

/** Someone's words quoted whole, three clauses or more ended by a sentence's mark: speech, never a heading. */
const QUOTED_WORDS = /^“[^“”]*[，,][^“”]*[，,][^“”]*[。！？!?]”$/u;
/** Someone's words quoted whole on a line of their own, ended by a sentence's mark: “今年你家种啥？”. */
const QUOTED_SENTENCE = /^“[^“”]+[。！？!?]”$/u;

/** Lines of verse: at most this long, and this many in a row before a line is read as one more (endsInVerse). */
const MAX_VERSE_LINE_LENGTH = 20;
const MIN_VERSE_LINES = 3;

/** A line of classical verse: five or seven characters, closing its clause (春光懒困倚微风。). */
const CLASSICAL_VERSE_LINE = /^(?:\p{Script=Han}{5}|\p{Script=Han}{7})[，。；！？!?]$/u;

/** Whether the line at `index` closes a stanza of classical verse: the lines above it (two at least) are verse as long. */
function closesStanza(lines: readonly Line[], index: number): boolean {
	const length = charLength(lines[index]!.text);
	if (!CLASSICAL_VERSE_LINE.test(lines[index]!.text)) return false;
	const above = lines.slice(Math.max(0, index - MIN_VERSE_LINES + 1), index);
	return above.length === MIN_VERSE_LINES - 1 && above.every((line) => CLASSICAL_VERSE_LINE.test(line.text) && charLength(line.text) === length);
}

/** Whether the text reads as a line of verse: short, and stopping with no sentence ended. */
function readsAsVerse(text: string): boolean {
	return charLength(text) <= MAX_VERSE_LINE_LENGTH && isUnterminated(text);
}

/** The most title-like lines a header stacks: column, kicker, title and subtitle. */
const MAX_HEADER_LINES = 4;
/** Kinds of line under a run of title-like lines that make the run an item's header wherever it stands. */
const ANCHORS: ReadonlySet<LineKind> = new Set(['byline', 'lead']);
/**
 * A dateline in brackets on a line of its own, as a correspondent's report closes (（本报约翰内斯堡10月14日电）,
 * （新华社北京10月2日电  记者齐中熙、樊曦）): the text above it is one item's, ended there.
 */
const CLOSING_DATELINE_LINE = /^[（(]据?(?:本报|新华社|人民日报)[^（）()]{2,30}电(?:[ \u3000]+[^（）()]{1,30})?[）)]$/u;
/** Kinds of line that are an item's content: under a column name or inside a column, a title-like run above them heads a brief. */
const CONTENT: ReadonlySet<LineKind> = new Set(['body', 'caption']);
/** A closing quotation mark or bracket, or a mark that ends a clause, opening a line: print sets none there (clreq). */
const OPENS_WITH_CLOSING_MARK = /^[”’」』）》〉】〕，、。．：；！？,.:;!?)]/u;
/** A reference to a page of the paper standing alone: 第八版, 第18版. */
const PAGE_REFERENCE = /^(?:见|详见)?第[一二三四五六七八九十\d０-９]{1,3}版$/u;
/** An entry of a front page's index: the page and its headline (第2版　某地推进乡村振兴). */
const INDEX_ENTRY = /^第[一二三四五六七八九十\d０-９]{1,3}版[\s\u3000]+\S/u;
/** Kinds of line that always stand on their own, never the rest of a paragraph cut by a column break. */
const NEVER_CONTINUES: ReadonlySet<LineKind> = new Set(['byline', 'lead', 'caption', 'credit', 'note']);
/**
 * Titles that papers print over an item of their own, with no byline or lead under them: a photo
 * with its caption (图片报道), the front page's guide to the issue (导读), a reader's letter (来论).
 */
const STANDALONE_TITLES: ReadonlySet<string> = new Set([
	'图片报道',
	// A leader's words the front page prints in a box (学习时报).
	'重要言论',
	'导读',
	'本期导读',
	'今日导读',
	'来论',
	// Voices of several people on one theme, each signed with their post and name.
	'心声',
	'纵横',
	'征集',
	'欢迎赐稿',
	'征稿启事',
	'环球扫描',
	'八方速递',
	// A books page's notes on new titles, each under the book's name.
	'新书架',
	'图说',
	'短讯',
	'简讯',
	'快讯',
	'启事',
	'更正',
	'声明',
	// A death notice, signed by the funeral committee under it.
	'讣告',
	// An advertisement, as the web edition listed one among a page's articles until 2020: its text is in the picture, the
	// title alone is left.
	'广告',
]);
/** The standing title of a photo report (STANDALONE_TITLES), a column's name too (KNOWN_COLUMNS). */
const PHOTO_REPORT_TITLE = '图片报道';
/** The title the web edition gave an advertisement it listed among a page's articles (STANDALONE_TITLES). */
const AD_TITLE = '广告';
/** A figure printed large on a line of its own, as a part of a feature of statistics opens (80%, 33.78万个). */
const FIGURE_LINE = /^[\d０-９][\d０-９.,]*(?:%|\p{Script=Han}{1,2})?$/u;

function isFigureLine(text: string | undefined): boolean {
	return text !== undefined && FIGURE_LINE.test(text);
}

/** Who speaks in a part of a feature, leading into what they say with a dash: …村民熊成龙——. */
const SPEAKER_LEADING_IN = /^[^，。！？；：:“”]{4,40}——$/u;
/** The longest title in a speaker's words under such a lead-in. */
const MAX_SPOKEN_TITLE_LENGTH = 30;
/** A note that a reporter wrote a speaker's words down: （本报记者吴君采访整理）. */
const INTERVIEW_NOTE = /^[（(].*(?:采访)?整理[）)]$/u;

/** Standing titles over the signed words of several writers, each a section of the one item. */
const VOICES_TITLES: ReadonlySet<string> = new Set(['来论', '心声']);
/**
 * The roles a credit line names for one item's graphics, layout or planning (本期统筹：王  者 under a
 * series' feature), rather than the page's editors.
 */
const ITEM_CREDIT_ROLES: ReadonlySet<string> = new Set([
	'制图',
	'本版制图',
	'版式设计',
	'题图设计',
	'刊头设计',
	'设计',
	'统筹',
	'本期统筹',
	'策划',
	'本期策划',
	'融媒制作',
	'绘制',
]);
/** The titles of a page's call for contributions, which give the page's mailbox as their last line. */
const CALL_FOR_CONTRIBUTIONS = /^(?:欢迎赐稿|征稿启事|征稿|稿约|征\s*集)$/u;
/** The most lines a photo report prints under its title: text, caption, credit. */
const MAX_PHOTO_REPORT_LINES = 3;
/** The tag of a special feature printed in parts under one banner: （服务窗·春运特别策划）, （“六一”特别策划）. */
const SPECIAL_FEATURE_TAG = /策划[）)]$/u;
/** The label of a document's opening or closing part, spaces aside: 前言, 结束语. */
const DOCUMENT_PART_LABEL = /^(?:前言|引言|序言|结束语|结语)$/u;
/** A line that opens with who attended or chaired, a name and the verb: 黄坤明出席并会见获奖作家, 栗战书主持会议, 魏凤和宣读…贺信. */
const ATTENDED_BY = /^\p{Script=Han}{2,4}(?<!将)(?:出席|主持|宣读)/u;
/** Who arrived or came back where, the whole line: 习近平抵达印度金奈, 习近平回到北京. */
const ARRIVED = /^\p{Script=Han}{2,4}(?:抵达|飞抵|回到)\p{Script=Han}{2,8}$/u;
/** The news that an event or a meeting took place: …颁奖典礼举行, …在武汉隆重开幕, …座谈会在京召开. */
const EVENT_TOOK_PLACE = /(?:举行|举办|召开|开幕|闭幕)$/u;
/** Who echoes the news under its headline: 中外人士热议…, 国际社会积极评价…, 多国人士高度评价…. */
const ECHO_SUBTITLE = /^\p{Script=Han}{2,10}?(?:热议|盛赞|积极评价|高度评价|高度赞赏|点赞)/u;
/** Whether a header line leads with a dash into the line under it (江西婺源——, …集结亮相——). */
function leadsInWithDash(text: string | undefined): boolean {
	return text !== undefined && /——$/u.test(text);
}

/** The longest line that leads with a dash into a section's heading under it (把握大势，促进增长——), in characters. */
const MAX_DASH_LEAD_IN_LENGTH = 16;

/** The longest name of a body that gave a chart's figures, on the line under its source note (国家统计局). */
const MAX_SOURCE_NAME_LENGTH = 16;

/**
 * Whether the item's text so far is the source of its figures and nothing else: 数据来源：…, perhaps with the
 * rest of the sources on the line under it (数据来源：政府工作报告 / 国家统计局).
 */
function opensWithSourceNotesOnly(item: ParsedItem): boolean {
	return item.body.every(
		(block, k) =>
			block.type === 'paragraph' &&
			(isSourceNote(block.text) ||
				(k > 0 && isSourceNote(item.body[k - 1]!.text) && charLength(block.text) <= MAX_SOURCE_NAME_LENGTH && /^[\p{Script=Han}、]+$/u.test(block.text))),
	);
}

/** Whether the item heads a part with a line that leads in with a dash (分类解题—— / 精准满足群众需求). */
function hasDashLedHeading(item: ParsedItem): boolean {
	return item.body.some((block) => block.type === 'heading' && leadsInWithDash(block.text));
}

/** Whether the item's text so far is only what its charts print over it: their credits and the sources of their figures. */
function opensWithChartsOnly(item: ParsedItem): boolean {
	return item.body.every((block) => block.type === 'paragraph' && (CHART_CREDIT.test(block.text) || isSourceNote(block.text)));
}

/** Whether the item holds nothing under its header, neither text nor a picture (广告, a 图片报道 the web edition gave as a picture). */
function holdsNothing(item: ParsedItem): boolean {
	return item.body.length === 0 && item.figures.length === 0;
}

/** Whether the item's only text names where its pictures came from (图片来源：影像中国), the pictures themselves left out. */
function namesPictureSourceOnly(item: ParsedItem): boolean {
	return (
		item.figures.length === 0 &&
		item.body.length > 0 &&
		item.body.every((block) => block.type === 'paragraph' && (/^图片来源[：:]/u.test(block.text) || PICTURE_SOURCE.test(block.text.trim())))
	);
}

/** Whether the item has a byline line and no text yet but its photos and the short labels over them (过筘, 上浆). */
function signedTextNotBegun(item: ParsedItem): boolean {
	// (The credits of its charts, printed under its header, begin no text: 制图：汪哲平.)
	return item.byline !== undefined && item.body.every((block) => SECTION_LABEL.test(block.text) || CHART_CREDIT.test(block.text));
}

/** Whether the text closes a feature: who put it together (本期统筹：…) or the source of its figures (数据来源：…). */
function closedAbove(text: string): boolean {
	return FEATURE_COORDINATOR.test(text) || isSourceNote(text);
}
/** The longest headline with commas read as the title of news after news (titleAfterDatedNews), in characters. */
const MAX_HEADLINE_WITH_COMMAS = 20;
/** The longest term a series explains in a box under its items (新大众文艺), in characters. */
const MAX_SERIES_TERM_LENGTH = 12;
/** The most blocks of a photo report signed at its end (摄影报道), captions, text and signature together. */
const MAX_SIGNED_PHOTO_REPORT_BLOCKS = 8;
/** The longest title of a photo report, a short headline, on a page whose paragraphs are cut without indents. */
const MAX_PHOTO_TITLE_LENGTH = 20;
/** The longest kicker that ends with a colon (中消协发布“五一”消费提示：). */
const MAX_COLON_KICKER_LENGTH = 24;
/** The shortest line of who tells a piece, a trade and a name before a colon (快递员周小明：). */
const MIN_TELLER_KICKER_LENGTH = 6;
/** The longest line of who tells a piece, their post and name before a colon (tellerKickerAt). */
const MAX_TELLER_KICKER_LENGTH = 48;
/** The most lines a told piece runs to, from its title to who wrote it down. */
const MAX_TELLER_PIECE_LINES = 60;

/** The fewest parts, each led in with a dash and closed by who wrote it down, that make a photo feature's parts. */
const MIN_COMPILED_LED_IN_PARTS = 2;

/** The fewest parts, each led into with a dash and signed by its reporters, that let a tagged feature's lead run longer. */
const MIN_LED_IN_SIGNED_PARTS = 2;

/** The fewest parts titled with quoted words, each opening with those words and who said them, that make a banner's sections. */
const MIN_QUOTED_PARTS_UNDER_BANNER = 2;

/** How many lines under a quoted part's byline may hold the words it recalls before the dash that says who said them. */
const MAX_QUOTED_PART_OPENING_LINES = 3;
/** The most paragraphs of an article under an editor's note that still leads into tellers' parts, not a whole article. */
const MAX_LEAD_PARAGRAPHS_OVER_TELLERS = 8;
/** A kicker that names who tells the piece, long as posts run, before its colon. */
const TELLER_KICKER = new RegExp(String.raw`^[^。；;：:，,]{${MIN_TELLER_KICKER_LENGTH - 1},${MAX_TELLER_KICKER_LENGTH - 1}}[：:]$`, 'u');
/** The label of a document's annex, alone on its line: 附件, 附件2. */
const ANNEX_LABEL = /^附件[\d０-９一二三四五六七八九十]{0,3}$/u;
/** The label over the guests an interview lists: 嘉  宾：, 对话嘉宾：. */
const GUESTS_LABEL = /^(?:对话|访谈|本期)?嘉[\s\u3000]*宾[：:]$/u;
/** That label with the first guest after it: 对话人：叶  青（中央戏剧学院青年教师）. */
const GUESTS_LABEL_OVER_FIRST = /^(?:对话人|(?:对话|访谈|本期)?嘉[\s\u3000]*宾)[：:][^：:]+[（(][^（）()]+[）)]$/u;
/** Lines ending with a colon that lead into a list or a speech, never a kicker: 对话嘉宾：, 记者：. */
const LIST_LEAD_IN = /^(?:对话嘉宾|访谈嘉宾|嘉[\s\u3000]*宾|主持人|采访对象|问|答|记者|编者|附)[：:]$|如下[：:]$/u;

/** Two clauses of a header set apart by wide spaces: 空气质量总体改善  部分区域有所反弹. */
const SPACED_CLAUSES = /\S[\s\u3000]{2,}\S/u;
/**
 * Two clauses set apart by wide spaces, or by one, as the web edition set a headline's clauses until 2020 (盘活存量土地
 * 打开发展空间), between words of two characters or more (a name padded for the column, 刘 辉, is no clause).
 */
const HEADLINE_CLAUSES = /\S[\s\u3000]{2,}\S|\p{Script=Han}{2}[ \u3000]\p{Script=Han}{2}/u;
/** A speaker's country after their name (…  安德烈·切韦廖夫（法国）, 奇翁戈·穆隆戈·埃马纽埃尔（刚果（金））). */
const FROM_ABROAD = /[\p{Script=Han}·]（\p{Script=Han}{2,8}(?:（\p{Script=Han}{1,3}）)?）$/u;
/** A guest from abroad, the country in brackets before the name: （法国）让—弗朗索瓦·唐泽尔, （韩国）李胜国. */
const COUNTRY_BEFORE_NAME = /^[（(]\p{Script=Han}{2,8}[）)][\p{Script=Han}·—]{2,24}$/u;
/** The fewest parts by guests from abroad, or compiled by reporters, that make a banner's parts speeches (bannerFeatureAt). */
const MIN_GUEST_SPEAKERS = 3;
/** The most lines of a banner's own lead, and its portraits' names, over its first part. */
const MAX_BANNER_LEAD_LINES = 20;
/** A name transliterated from another language, its parts set apart by · (何塞·奥利瓦斯·安吉亚诺). */
const TRANSLITERATED_NAME = /^\p{Script=Han}{1,8}(?:·\p{Script=Han}{1,8}){1,3}$/u;
/** The fewest lines of names, one to a line, that make a list of names (inNameList). */
const MIN_NAME_LIST_LINES = 4;
/** A body's or a unit's name alone on its line, as a list of those honoured prints them: 北京市通州区图书馆, …雷锋服务队. */
const UNIT_NAME = /^[^，,。；;：:！!？?、\s\u3000]{4,40}(?:馆|中心|中学|小学|大学|学院|医院|公司|社区|村|队|班|站|局|所|处|科|部|室|会|团|厂|院|校|办|连|组)$/u;
/** The fewest such names one to a line that make a list (inUnitList): more lines than any header holds. */
const MIN_UNIT_LIST_LINES = 6;
/** The longest of them, in characters (福建省上杭县公安局古田派出所女警巡逻服务队). */
const MAX_UNIT_NAME_LENGTH = 40;
/** A banner that says its parts are what speakers said (——二〇二五媒体融合发展论坛发言摘编). */
const SPEECHES = /发言(?:摘编|摘登|选登|选编)|观点摘编|笔谈$/u;
/**
 * A speaker's post and name set apart by spaces, their country after it (经济日报社副总编辑  唐卫彬,
 * 时政评论员  杰瑞·格雷（澳大利亚）): read only under a banner of speeches, where nothing else stands so.
 */
const SPEAKER_POST_AND_NAME =
	/^[^\s\u3000。；;：:！？“”]{3,60}[^\s\u3000，,。；;：:！？“”](?:[\s\u3000]{2,}|\u3000)(?:[\p{Script=Han}·]{2,16}|\p{Script=Han}(?:[\s\u3000]{1,2}|\u3000)\p{Script=Han})(?:（[^（）]{2,12}(?:（[^（）]{1,4}）)?）)?$/u;
/** Whether the line names a speaker under a banner of speeches: post and name, set apart or (the spaces lost) run together. */
function namesSpeaker(text: string): boolean {
	return SPEAKER_POST_AND_NAME.test(text) || parsePostAndNameRunOn(text) !== undefined;
}

/** The shortest line under a title read as its summary, not a headline (经过5—10年左右时间，职业教育基本完成…转变), in characters. */
const MIN_SUMMARY_SUBTITLE_LENGTH = 40;
/** Another leader's news, their post and name first: 李克强同苏丹总理穆塔兹互致贺电, 美国总统特朗普会见刘鹤, 黄坤明看望慰问演职人员. */
const OTHER_LEADERS_NEWS = /^[\p{Script=Han}·]{2,16}?(?:会见|会晤|看望|慰问|同[^，,。]{2,30}互致贺电)/u;
/** The news of a leader's visit, whom they saw and where, the line whole: 王沪宁看望文化界知名人士和科技专家, …视察看望北京卫戍区. */
const VISIT_NEWS = /^[^，,：:—]{2,20}(?:看望|视察|慰问)[^，,：:—]{2,30}(?<!强调|指出|表示|时)$/u;
/** The greeting conveyed, perhaps on behalf of others: 代表习近平总书记和党中央向…致以诚挚问候, 向全体…致以新春祝福. */
const GREETING_CONVEYED = /^(?:代表[^，,。]{2,30})?向[^，,。]{2,40}致以/u;
/** A deck's opening: what a leader said, asked for or decided (指出…, 要求…, 决定…), or facts each set off by a mark (■ …■ …). */
const DECK_OPENING = /^(?:(?:指出|强调|要求|决定|审议|听取)\p{Script=Han}|[■●◆][\s\u3000]*\S[^■●◆]*[■●◆])/u;
/** A leader's words opening a deck, their name and a colon, the name in the title: 习近平同卡塔尔埃米尔… / 习近平：中方支持…. */
const DECK_SPEAKER = /^(\p{Script=Han}{2,4})[：:]\S/u;

/** Whether the line under a title reads as the news's deck (headerOf): a line of text, not a header's, that opens as decks do. */
function isDeckOf(title: string, line: Line | undefined): boolean {
	if (line?.kind !== 'body') return false;
	const speaker = DECK_SPEAKER.exec(line.text)?.[1];
	return DECK_OPENING.test(line.text) || (speaker !== undefined && title.startsWith(speaker));
}

/** Clauses set apart by a space or more, as a web edition may print a headline's (黑龙江省庆安县 坚持党建引领). */
const CLAUSES_APART = /\p{Script=Han}{2}[\s\u3000]+\p{Script=Han}{2}/u;
/** Phrases set apart so, a quotation or a brand's name at the gap: 从“一扇门”到“新静界” TATA木门以创新回答…. */
const PHRASES_APART = /[\p{Script=Han}”》][\s\u3000]+[\p{Script=Han}“《A-Z]/u;

/**
 * Over a lead with no byline line (or a photo's caption: `overPhoto`), whether two title-like lines with
 * no dash are a title and its subtitle rather than a kicker and a title: the second line half as long as the first
 * (互联网广告市场秩序整治行动启动 / 行动为期半年); a first line that reports a period's figures
 * (一季度机械工业保持平稳增长 / 汽车制造业增加值同比增长5.1%); a second line that goes on from the
 * first (…同比增长17.6倍, 共部署三方面重点任务) or names who chaired or read a message (…赵乐际主持,
 * 沈跃跃宣读习近平主席贺信), or a first line the `lead` under them names a document after.
 */
/** The news that a measure is issued or takes effect: …管理办法试行, 《…》印发. */
const MEASURE_ISSUED = /(?:试行|施行|实施|印发|发布|出台|公布)$/u;
/** The news that a document is issued, its name last: 中共中央、国务院印发《…》. */
const DOCUMENT_ISSUED = /(?:印发|发布|出台|公布)《[^《》]+(?:《[^《》]*》[^《》]*)*》$/u;
/**
 * What a measure lays down or changes, opening with its verb (实行…, 明确…, 规定…, 分为…两类, 增设“农林业生产类”应用场景)
 * or with how many sides of it there are (从7方面推进实施岗位开发计划).
 */
const MEASURE_TERMS = /^(?:实行|实施|明确|规定|要求|分为|增设|新增|新设|增加|扩大|放宽|延长|取消|纳入|从[\d０-９一二三四五六七八九十两]+个?方面)/u;

/** The photos over a banner's lead that say the parts under it are the banner's own. */
const MIN_BANNER_PHOTOS = 3;
/**
 * The titles of what a body signs at its foot: a notice, a statement, an appeal, a letter, a decision. Over a title and text, a
 * body's name after any other text is the next item's kicker, who acts (书，不加塑封可以吗？（说道） / … / 两高三部 /
 * 长江经济带环境污染犯罪可从重处罚 / …): February and October 2019 print ten such kickers; the one
 * body that signs an item there signs it at the page's foot, no title under it.
 */
const SIGNED_BY_BODY = /公告|声明|倡议|公开信|贺信|贺电|唁电|[书信函]$|启事|决定|通知|通报|意见|办法|规定|纲要|方案|报告|名单|[表通]告/u;
/** Who said the words a feature quotes over its parts, alone after a dash: ——习近平. */
const EPIGRAPH_SOURCE = /^(?:——|──)\p{Script=Han}{2,4}$/u;
/** The most header lines of a part under a series' banner: who it is about with a dash, its title and a subtitle. */
const MAX_PART_HEADER_LINES = 3;
/** The fewest parts, each titled and signed (by its reporters, or a speaker's post and name), that make a banner over photos alone their report's. */
const MIN_SIGNED_PARTS_UNDER_BANNER = 3;

/** A letter's signature and where it was written, under its date: 你的母亲赵一曼于车中. */
const LETTER_SIGNED_AT = /^\p{Script=Han}{2,12}于\p{Script=Han}{1,6}$/u;
/** A short lead-in ending with a dash, over a section's heading: 寻鲜——, 出圈——. */
const LED_IN_LABEL = /^\p{Script=Han}{2,6}(?:——|──)$/u;
/** A paragraph that opens with who speaks, then a colon: …副理事长韦荃：对于金属文物，…, 韦荃：陶瓷文物…. */
const SPEAKER_OPENS = /^[^：:，,。；;！？“”]{2,30}[：:][^：:]{8,}/u;
/** The longest label of such a part, in characters (纸张书画文物修复). */
const MAX_PART_LABEL_LENGTH = 10;
/** The fewest parts of a feature, each a label over a speaker's words, that say a label under its title is the first. */
const MIN_LABELLED_PARTS = 3;

/** A note that announces pages of their own, a series' or a special's: …系列专版推出, 本版推出…专版. */
const ANNOUNCES_PAGES = /专版/u;

/** The fewest sections, each a heading over a dash sub-heading, that say a signed item heads its sections so. */
const MIN_DASH_SUBHEADED_SECTIONS = 2;
/** The shortest dash sub-heading, dash included: shorter lines after a dash name who said the quotation above (——人民网网友). */
const MIN_DASH_SUBHEADING_LENGTH = 9;

/** A question's label alone on its line, over the question: 问. */
const QUESTION_LABEL = /^(?:问|提问)$/u;

/** The fewest headings, each between paragraphs and none anchored, that say a brief's next lines are its sections. */
const MIN_UNANCHORED_SECTIONS = 2;

/** The longest introduction, in paragraphs, of a feature its kicker leads into, over its parts. */
const MAX_LED_IN_INTRO_PARAGRAPHS = 6;
/** The fewest parts, each a title over a dash subtitle and a byline, that make a led-in feature's parts its sections. */
const MIN_SUBTITLED_PARTS = 2;

/** The fewest parts led into by who speaks (张冠梓委员—— / heading) that make a forum's parts of the title over the first. */
const MIN_LED_IN_PARTS = 3;

/** A series' banner: its column's name, a middle dot, then its theme (新春走基层·平凡岗位 不凡坚守). */
const SERIES_BANNER = /^\p{Script=Han}{2,8}·[^·]{4,}$/u;

/** A headline of two short clauses parted by a comma, with no figure: 产学研融合，助推产业发展, 走灌区，算粮“账”. */
const TWO_CLAUSE_HEADLINE = /^[^，,\d０-９]{3,10}[，,][^，,\d０-９]{3,10}$/u;

/** The most characters of each clause in a line of parallel ones (环保蓄力  开放给力  改革发力). */
const MAX_PARALLEL_CLAUSE_LENGTH = 6;

/** Whether `text` is three or more clauses of one length set apart by spaces: a headline's parallel parts. */
function isParallelClauses(text: string): boolean {
	const clauses = text.split(/[\s\u3000]+/u);
	const length = charLength(clauses[0]!);
	return (
		clauses.length >= 3 && length <= MAX_PARALLEL_CLAUSE_LENGTH && clauses.every((clause) => charLength(clause) === length && /^\p{Script=Han}+$/u.test(clause))
	);
}

/** The most lines read as the opening under a header: a narrow page's wrap cuts a lead's first sentence over six. */
const MAX_OPENING_LINES = 6;
/** The names of the documents a text quotes: 《关于有序推动绿电直连发展有关事项的通知》. */
const DOCUMENT_NAME = /《([^《》]+)》/gu;

/** Whether a document the `lead` names (《关于有序推动绿电直连发展有关事项的通知》) is named after the `line`. */
function namesDocumentAfter(lead: string, line: string): boolean {
	// (Not a label as short as a series' over its title, a word the name holds: 烟花爆竹 / 不放少放也挺好 over …《…关于禁止销售和燃放烟花爆竹的通告》.)
	return charLength(line) > MAX_LABEL_LENGTH && [...lead.matchAll(DOCUMENT_NAME)].some((match) => match[1]!.includes(line));
}

/** A date, or the days an event runs, and the place alone: 2019年10月22日中国·吴江, 10月22日—24日中国·太原, 2019.10.18—11.17. */
const EVENT_DATE_AND_PLACE =
	/^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[—－-](?:\d{1,2}月)?\d{1,2}日)?|\d{4}\.\d{1,2}\.\d{1,2}(?:[—－-](?:\d{1,2}\.)?\d{1,2})?)[ \u3000]*(?:\p{Script=Han}{2,6}(?:·\p{Script=Han}{2,6})?)?$/u;

function readsAsTitleAndSubtitle(first: string, second: string, overPhoto = false, lead = ''): boolean {
	// An obituary's title is the news under the dead's epithets: …卓越领导者 / 王建业同志逝世.
	if (OBITUARY_TITLE.test(second)) return false;
	// Who speaks, a post alone, over what they spoke on is a kicker over its title, as over a byline: 香港中联办负责人 /
	// 就香港特别行政区政府制订《禁止蒙面规例》发表谈话.
	if (SPEAKER_POST.test(first) && /^就\p{Script=Han}/u.test(second) && !hasColumnTag(second)) return false;
	// Who attended or chaired, opening the line under the news of the event, is its subtitle however the line goes on
	// (第十届茅盾文学奖颁奖典礼举行 / 黄坤明出席并会见获奖作家, …在武汉隆重开幕 / 习近平出席开幕式并宣布运动会开幕); who will
	// attend is news of its own (…开幕式18日晚在武汉举行 / 习近平将出席开幕式…).
	if (ATTENDED_BY.test(second) && EVENT_TOOK_PLACE.test(first) && !hasColumnTag(second)) return true;
	// (So is what they did there, under the news that they attended: 韩正出席2019年太原能源低碳发展论坛 / 宣读习近平主席贺信并…;
	// and a visiting leader's visit, under their post and name: 巴西总统博索纳罗 / 今起对我国进行国事访问.)
	if (ATTENDED_BY.test(first) && /^(?:宣读|并)\p{Script=Han}/u.test(second)) return true;
	if (/^(?:今起|明起|今天起|将于)对我国进行\p{Script=Han}{0,4}访问$/u.test(second)) return true;
	// A leader's arrival or return is the news itself, under the journey's purpose (离京对缅甸进行国事访问 / 习近平抵达内比都,
	// 结束…国事访问 / 习近平回到北京); over the visit it begins, it is the title (习近平抵达加德满都 / 开始对尼泊尔进行国事访问).
	if (ARRIVED.test(second) && !ARRIVED.test(first)) return false;
	if (ARRIVED.test(first) && /^开始(?:对|在)/u.test(second)) return true;
	// The news of a document is titled after what the document is named for, as its lead names it (有序推动绿电直连发展 /
	// 提升新能源就近就地消纳水平 over …发布《关于有序推动绿电直连发展有关事项的通知》): the line under that title is
	// its subtitle; a kicker says who issued it instead (七部门联合发文推出多项支持措施 / 鼓励外商投资企业境内再投资).
	if (namesDocumentAfter(lead, first) && !namesDocumentAfter(lead, second)) return true;
	// (So the line the document is named for is the title under its kicker, however short the kicker names the document:
	// 国办印发《工作方案》 / 加快培育服务消费新增长点 over …印发《加快培育服务消费新增长点工作方案》.)
	if (namesDocumentAfter(lead, second) && !namesDocumentAfter(lead, first)) return false;
	// (So is a document's name alone under who issued it, the verb last with no object: 中共中央  国务院印发 /
	// 《粤港澳大湾区发展规划纲要》.)
	if (/^《[^《》]+》$/u.test(second) && /(?:印发|发布|公布)$/u.test(first) && !/《/u.test(first)) return false;
	if (asksOverAnswer(first, second)) return true;
	// When and where an event is held, on a line of its own, is the subtitle under its name (2019中国·吴江投资贸易洽谈会… /
	// 2019年10月22日中国·吴江, 2019年太原能源低碳发展论坛 / 10月22日—24日中国·太原): no title is a date.
	if (EVENT_DATE_AND_PLACE.test(second) && !EVENT_DATE_AND_PLACE.test(first)) return true;
	// A column's tag closes a title, never a kicker: 村规民约树新风（金台视线·推进农村移风易俗（中）） / 法理情相结合  定好村规民约.
	if (hasColumnTag(first) && !hasColumnTag(second)) return true;
	// What the news aims at is its subtitle (…促就业行动部署 / 力争提供百万个以上就业岗位).
	if (/^力争/u.test(second)) return true;
	// So is a share reached, alone or the last of facts set apart by spaces, under news that gives no figure (春耕春管现场成为
	// “科技主场” / 南方早稻开始育秧  冬小麦一、二类苗占比过八成; “十五五”淮河流域河道采砂管理划定“红线” / 河道禁采河段占比超八成):
	// a title under a kicker gives no share.
	if (SHARE_REACHED.test(second) && !/[\d０-９]/u.test(first) && !hasColumnTag(second)) return true;
	// So is what was achieved, under the news of a breakthrough (国产“工业黄金”获突破 / 气相法聚烯烃弹性体实现工业化量产):
	// a title under a kicker names its own news, not what the kicker's was.
	if (BREAKTHROUGH_NEWS.test(first) && !HEADLINE_MARKS.test(second) && !hasColumnTag(second) && !SPACED_CLAUSES.test(second)) return true;
	// So is how far it has come or how far it reaches, in clauses, under the news that work got under way (春季农业生产全面展开 /
	// 全国春播粮食完成意向面积近一成，进度基本持平; …试点启动 / 17个中西部省份，每省选定1个试点县): a title under a kicker of
	// such news names a scene of its own, in a headline's words (湖北省全民健身系列赛事活动启动 / 荆楚大地燃动体育热潮).
	if (
		UNDER_WAY_NEWS.test(first) &&
		/[，,]/u.test(second) &&
		!/[：:]/u.test(second) &&
		!HEADLINE_MARKS.test(second) &&
		!hasColumnTag(second) &&
		!SPACED_CLAUSES.test(second)
	)
		return true;
	// So are the counts of what an event covers under the news that it opened or was held (“浙里买全球·消费启杭”活动举行 /
	// 划分新能源汽车等8个特色区块): a title under a kicker of such news names a scene in a headline's words, with no count
	// (义乌国际时尚饰品工厂展开幕 / “世界超市”魅力足).
	if (
		UNDER_WAY_NEWS.test(first) &&
		/[\d０-９]+(?:个|项|家|场|批|类|条)/u.test(second) &&
		!HEADLINE_MARKS.test(second) &&
		!hasColumnTag(second) &&
		!SPACED_CLAUSES.test(second)
	)
		return true;
	// So are the aims of a plan under the news that it was approved or issued, clauses each opening with how it acts
	// (新一轮大江大河采砂管理规划批复 / 严厉打击非法采砂行为，切实维护河势稳定).
	if (PLAN_ISSUED.test(first) && second.split(/[，,]/u).length >= 2 && second.split(/[，,]/u).every((clause) => AIM_CLAUSE.test(clause))) return true;
	// So is what is done alongside it, opening with 同步 or 同时 (国家文物局组织…逐件清点馆藏文物 / 同步启动第二次…普查试点工作):
	// it goes on from the news above, as no title under a kicker does.
	if (/^(?:同步|同时)\p{Script=Han}{2}/u.test(second) && !hasColumnTag(second) && !HEADLINE_MARKS.test(second)) return true;
	// So is who does it, opening with 由, as no title does (自然资源部开展新一批国家级绿色矿山遴选 / 由各省级自然资源主管部门遴选推荐).
	if (/^由\p{Script=Han}{2}/u.test(second) && !hasColumnTag(second)) return true;
	// A journal's article announced under the news of it: 《求是》杂志发表…重要文章 / 《…》.
	if (/文章$/u.test(first) && /^《[^《》]+》$/u.test(second)) return true;
	// A list that trails off (有了公益食堂、咖啡馆、乡村美术馆……) and a countdown (距…开幕还有10天) lead into the title under
	// them: 我们村的幸福事儿, 武汉欢迎您.
	if (/…$/u.test(first) || /^距.+还有[\d０-９一二三四五六七八九十百]+天$/u.test(first)) return false;
	// (A label or a campaign over a short title is a kicker: 影像中国 / 晨光, 深入学习贯彻…精神 / 奋力开新局.)
	if (/(?:——|──|[：:])$/u.test(first) || charLength(first) <= MAX_LABEL_LENGTH || TOPIC_KICKER.test(first)) return false;
	// Who spoke of the news and how, under the headline they echo, is its subtitle (民意基础坚实  未来发展可期 /
	// 中外人士热议《共同的家园…》), past a label or a topic, which still lead in (聚焦两会 / 代表委员热议科技创新).
	if (ECHO_SUBTITLE.test(second)) return true;
	// A slogan of two clauses over a province's news that explains it, longer and with a comma, is a title over its subtitle
	// (广聚天下英才  汇聚黔进动能 / 贵州举办“人才日”活动和人才博览会，向全球人才发出邀约).
	// (Not a play on quoted words over a feature that opens with no dateline: “数”领未来  “智”汇百业 / 四川自贡布局新赛道，….)
	// (The news is of an event the province held: 举办, 召开. A line that tells what it does in headline's clauses is the title
	// under the slogan: 深化改革惠民生  实干笃行启新程 / 广西全面深化医保改革，奋力兜牢保障底线.)
	if (
		SPACED_CLAUSES.test(first) &&
		!/[\d０-９]/u.test(first) &&
		opensWithProvince(second) &&
		/[，,]/u.test(second) &&
		EVENT_HELD.test(second) &&
		charLength(second) > charLength(first) &&
		(parseLead(lead) !== undefined || !/[“”]/u.test(first))
	)
		return true;
	// Two clauses set apart by spaces lead into the title under them (家人从未放弃  好人接力收留 / 走失34年的
	// 聋哑弟弟回家了！, 展览面积超过36万平方米  参展企业超3000家 / 第九届进博会即将开幕).
	if (SPACED_CLAUSES.test(first)) return false;
	// Under them, such clauses are the headline: the title (去年检察机关起诉扰乱市场秩序犯罪4万余人 / 高质效办理涉企案件
	// 助推法治化营商环境), unless they give a meeting's agenda or who spoke at it (习近平发表重要讲话  李强作总结讲话).
	// (Spaces inside a quotation part no clauses of the line: 主题为“弘扬宪法精神  推进法治中国建设”.)
	// (But three or more clauses of one length, each a few characters, spell out the headline above them:
	// 鄂尔多斯市高质量发展有“力道” / 环保蓄力  开放给力  改革发力.)
	// (Not under an organisation's name alone, who acts: 云南省曲靖应用技术学校 / 示范引领  产教融合  立德树人.)
	if (isParallelClauses(second) && !ORGANISATION_NAME.test(first)) return true;
	const unquoted = second.replace(/“[^“”]*”/gu, '');
	if (SPACED_CLAUSES.test(unquoted) && !isMeetingAgenda(second, first) && !/讲话|出席|主持|致辞/u.test(second)) return false;
	// A line that ends in what someone said or did (…座谈会上强调, …数据显示) leads into the title under it, however
	// the title opens (围绕推进城市更新建言资政).
	if (SPEECH_KICKER_END.test(first)) return false;
	// So does the news that a report came out (司法部法治政府建设年度报告发布 / 去年查纠涉企行政执法突出问题5.7万件次): the title
	// under it is what the report found.
	if (REPORT_RELEASED.test(first) && !hasColumnTag(second)) return false;
	// A time clause leads into the title under it; no title ends so (中老铁路开通运营以来 / 累计发送旅客突破6000万人次).
	if (/(?:以来|之际|期间)$/u.test(first)) return false;
	// A title with no subject of its own, opening with how its actor acts, has the actor in the kicker:
	// 中国农业发展银行加大粮食收购资金保障力度 / 全力支持秋粮收购.
	// (But under a measure's news, what it lays down is its subtitle: 学前儿童学籍管理办法试行 / 实行“一人一籍、籍随人走”,
	// 《…》印发 / 实施数字消费提升行动等.)
	if (MEASURE_ISSUED.test(first) && MEASURE_TERMS.test(second) && !SPACED_CLAUSES.test(second) && !hasColumnTag(second)) return true;
	// (So is what it brings, in a longer line under the short news that it takes effect: “粤车南下”正式实施 /
	// 粤港澳大湾区互联互通再进一步. A title under a kicker of that news is no longer than it: 最新矿产资源“家底”公布 /
	// 三十一项指标稳居世界第一.)
	if (MEASURE_ISSUED.test(first) && charLength(second) > charLength(first) && !SPACED_CLAUSES.test(second) && !hasColumnTag(second) && !/[，,]/u.test(second))
		return true;
	// Nor is the aim of a document under the news of its issue, the document named last (中共中央、国务院印发《教育强国建设规划纲要
	// （2024—2035年）》 / 加快建设中国特色社会主义教育强国): a title with no subject of its own, its actor the document.
	if (DOCUMENT_ISSUED.test(first) && ACTORLESS_TITLE.test(second) && !SPACED_CLAUSES.test(second) && !hasColumnTag(second)) return true;
	// A list of what the news covers, trailing off with 等, is its subtitle, however it opens (市场准入壁垒清理整治行动开展 /
	// 清理整治违反市场准入制度要求的各类规定文件等): no title trails off so.
	if (LIST_TRAILING_OFF.test(second) && !hasColumnTag(second)) return true;
	// Under a province's news, what it will do and when is its subtitle (广西首个抽水蓄能工程进入蓄水新阶段 / 将于年底前全面投产发电).
	if (/^将于/u.test(second) && opensWithProvince(first) && !opensWithCounty(first) && !hasColumnTag(second)) return true;
	// So is when the work the news opens will be done, under an event's news (太浦河后续一期工程开工 / 年底前主体工程将全面开工建设).
	// (Or under news of work that speeds up: 城镇小区配套幼儿园治理整改加快 / 年底前将进行督查通报.)
	if (WHEN_IT_WILL_BE_DONE.test(second) && (EVENT_NEWS_END.test(first) || TREND_OR_OUTCOME_END.test(first)) && !hasColumnTag(second)) return true;
	// What a campaign's news forbids is its subtitle (…部署开展中小学阳光招生专项行动 / 义务教育学校严禁设立重点班…): a title
	// under a kicker gives its own news, not a rule of the one above it.
	if (CAMPAIGN_NEWS.test(first) && PROHIBITION.test(second) && !HEADLINE_MARKS.test(second) && !hasColumnTag(second)) return true;
	if (ACTORLESS_TITLE.test(second)) return false;
	// An organisation's name alone names who acts in the title under it (江西芦溪供销联社 / 为农户提供…): a kicker.
	if (ORGANISATION_NAME.test(first)) return false;
	// A province's news, its name first (江苏破解高校院所科技成果“不敢转”, 吉林省水环境质量持续提升), is a
	// whole title; the plain line under it gives a detail (明确19种情形…, 已建成古树公园210个). (A headline
	// under it, two clauses set apart by spaces, is the title: 湖南强化金融… / 优化金融服务  增添发展动力.)
	// (Nor is two short clauses parted by a comma a detail: 江西崇仁完善人才引进和培养机制 / 产学研融合，助推产业发展.)
	// (A county's or a district's news is a place's feature instead, its headline under the news: 浙江杭州上城区加强基层党建 /
	// 多元共治减少矛盾优化服务, as 四川荥经县…, 江西抚州金溪县… are set.)
	// (That is news, under its dateline or its photo: over text that opens with neither, as a feature's does when its byline
	// was not saved, the place's news leads into the headline, 湖南用好革命传统教育资源 / 用红色富矿铸魂补钙.)
	if (
		opensWithProvince(first) &&
		!opensWithCounty(first) &&
		(parseLead(lead) !== undefined || overPhoto) &&
		!HEADLINE_CLAUSES.test(second) &&
		!TWO_CLAUSE_HEADLINE.test(second) &&
		!hasColumnTag(second) &&
		!/[！!？?]$/u.test(second) &&
		// (Nor a line as long or longer that quotes a slogan or a catchword, the way a headline catches the eye: 广西创新改革人才
		// 评价机制 / “以赛代评”激发创新创业活力, 北京缓解结构性就业矛盾 / 推动高校毕业生带着“技能证书”就业; a shorter one is a
		// detail still, 杭州推出公益性技能培训夜校 / 劳动者可“点单学技能”, unless the catchword opens it as a headline's subject:
		// 广西集中整治群众身边不正之风和腐败问题 / “群众点题”推动办好民生实事.)
		!(/“[^“”]{2,12}”/u.test(second) && (charLength(second) >= charLength(first) || /^“[^“”]{2,12}”\p{Script=Han}/u.test(second)))
	)
		return true;
	// A second line half as long is a subtitle (互联网广告市场秩序整治行动启动 / 行动为期半年), unless it is set as
	// a headline, a quotation in it, its column's tag or two clauses set apart by spaces (…总决赛落幕 / 秋日登高
	// 乐享健康): the title under a long kicker
	// (第二十三届中国—东盟博览会…筹备工作有序推进 / 东博会打造区域合作“金名片”); so is a photo report's short
	// title under the event it shows (2026中国国际服务外包交易博览会开幕 / 服务贸易活力足).
	// (Nor under a kicker set in clauses, apart by spaces or a comma, nor a short title that names a thing or asks:
	// 多地多部门合力  斩断采砂利益链 / 守护长江清且美, 成都国际非遗节，跨界与混搭成关键词 / 世界风邂逅中国韵,
	// 武汉军运会五大军事体育项目备受瞩目 / 勇敢者的运动, …同比增长50.4% / 外贸短板何以变亮点.)
	// (Only over news, its lead a dateline: a feature opens with its story, and its short title under a long kicker reads
	// as this one does, 新疆奇台县腰站子村土地流转促农民增收 / 账越算心里越舒坦, 中宣部、中央文明办慰问帮扶全国道德模范活动综述 /
	// 关爱模范弘扬道德风尚; February and October 2019 set 14 of 15 such pairs over no dateline so, and 10 of 11 over one
	// as title and subtitle.)
	if (
		parseLead(lead) !== undefined &&
		2 * charLength(second) <= charLength(first) &&
		!HEADLINE_MARKS.test(second) &&
		!hasColumnTag(second) &&
		!HEADLINE_CLAUSES.test(second) &&
		!overPhoto &&
		!SPACED_CLAUSES.test(first) &&
		!/[，,]/u.test(first) &&
		!NAMES_A_THING.test(second) &&
		!/何以|如何|为何|怎样|怎么/u.test(second)
	)
		return true;
	// (A period alone is a kicker: 去年前十一个月 / 检察机关起诉职务犯罪二万三千余人.)
	if (PERIOD_FIRST.test(first) && charLength(first.replace(PERIODS, '')) > 2) return true;
	// A title that names who speaks and what (民政部：持续提升基层治理能力) is whole: the line under it gives its
	// figures; so is a line of figures in two clauses (4000余家企业参展，展览总面积16万平方米) under any title.
	if (/^[^：:]{2,12}[：:]\S/u.test(first)) return true;
	if (/^[^，,]*[\d０-９][^，,]*[，,][^，,]*[\d０-９][^，,]*$/u.test(second)) return true;
	// Two lines that each end in a count are a figure and the one beside it: 中国共产党党员总数达10081.3万名 /
	// 基层党组织总数达522.4万个 (a kicker over a title gives no count in both; 截至3月底 is a date).
	// (Not a longer line under a figure: a kicker's figure over the title's, 我国5G基站总数突破480万个 /
	// 5G应用已融入97个国民经济大类中的86个.)
	if (ENDS_IN_COUNT.test(first) && ENDS_IN_COUNT.test(second) && charLength(second) <= charLength(first)) return true;
	// So does a part of what the first line counted, under it: …抽检“双11”网售食品3347批次 / 部分减肥产品检测出导泻成分.
	if (ENDS_IN_COUNT.test(first) && /^(?:部分|多数|大多数|近半|过半|少数)/u.test(second)) return true;
	// So does a figure reached, under news that gives none (我国血液安全总体水平位居全球前列 / 全国千人口献血率达到11.4):
	// a title under a kicker does not end on a bare figure.
	// (So does a figure reached with its measure, opening with what it counts: 数码和智能产品成消费品以旧换新热点 / 销售额已达1261.53亿元.)
	if ((FIGURE_REACHED.test(second) || MEASURED_FIGURE_REACHED.test(second)) && !/[\d０-９]/u.test(first)) return true;
	// So does a count under news that ends on the trend or the outcome it measures, giving no figure itself (国庆假期网络支付快速增长
	// / 网联处理跨机构支付交易85.94亿笔, …考核结果公布 / 10个省级政府被评为A级): a kicker sets the scene or names who acts
	// (亮丽数据秀出强劲消费动力 / 国庆假期国内游收入超6000亿元, 中华全国总工会发布表彰决定 / 3024个全国五一劳动奖揭晓).
	if (TREND_OR_OUTCOME_END.test(first) && COUNTED_FIGURE.test(second) && !/[\d０-９]/u.test(first) && !HEADLINE_MARKS.test(second) && !hasColumnTag(second))
		return true;
	// So does a second trend under the first (普惠小微贷款增速持续加快 / 工业与服务业中长期贷款保持平稳增长, 今年汛期全国平均气温偏高 /
	// 十月西南等地降水依然较多): a title under a kicker tells news of its own in a headline's words.
	if (TREND_OR_OUTCOME_END.test(first) && SECOND_TREND_END.test(second) && !/[，,]/u.test(second) && !HEADLINE_MARKS.test(second) && !hasColumnTag(second))
		return true;
	// A line that opens with its year states a dated fact under the title (为困难群众筑牢生活防线 /
	// 2026年中央财政困难群众救助补助资金1566.8亿元下拨); kickers open with years, titles under them do not.
	// (Not under who attended or chaired: 丁薛祥出席开幕式并宣读习近平主席贺信 / 2026年中国国际服务贸易交易会在京开幕.)
	// (Nor under an actor and a verb that waits for its object: 民政部部署开展 / 2026年“敬老月”活动; nor an event's name alone
	// under its slogan, 能源革命  国际合作 / 2019年太原能源低碳发展论坛: no fact is stated.)
	if (
		/^[\d０-９]{4}年/u.test(second) &&
		!/^[\d０-９]{4}年/u.test(first) &&
		!/出席|主持|会见|会谈/u.test(first) &&
		!VERB_AWAITING_OBJECT.test(first) &&
		!EVENT_NAME_END.test(second)
	)
		return true;
	// So does a figure of what has been done, what was done last year or what is aimed at, under news that gives
	// none (公安交管改革服务群众出行 / 已为1亿多名车主核发电子行驶证, …实施方案印发 / 到2027年…达75%左右).
	if (/^(?:已|去年|到[\d０-９]{4}年)/u.test(second) && /[\d０-９]/u.test(second) && !/[\d０-９]/u.test(first) && !VERB_AWAITING_OBJECT.test(first)) return true;
	// (This year's figure is one whatever the news gives: 京杭大运河连续4年全线水流贯通 / 今年补水线路总长1274公里. A title
	// under a kicker that opens with this year gives no figure: …同比增长35% / 今年中国航天任务继续密集实施.)
	if (/^今年/u.test(second) && /[\d０-９]/u.test(second) && !VERB_AWAITING_OBJECT.test(first)) return true;
	// So do the terms of a measure in two clauses, with its figures, under the news of it (…购新补贴将实施 /
	// 不以“交旧”为前提，最高可补500元); a title under a kicker opens with its own subject or period.
	if (
		/^[^，,]+[，,][^，,]+$/u.test(second) &&
		/[\d０-９]/u.test(second) &&
		!/[\d０-９]|[，,]/u.test(first) &&
		/(?:实施|启动|施行|出台|发布|印发|落地|上线)$/u.test(first)
	)
		return true;
	// A purpose with no actor, 为…, is a title's, over the news that serves it (为困难群众织密冬季保障网 /
	// 民政部部署做好今冬明春困难群众基本生活保障工作).
	if (/^为(?!什么)[^，,]{4,}$/u.test(first)) return true;
	// A line that says what the news covers or what the money goes to is its subtitle (全国首个跨境电商海外仓服务标准发布
	// / 覆盖仓储、配送…等7大环节, …发行地方政府专项债券3.6万亿元 / 重点用于交通基础设施…); so is one that says what kinds it
	// comes in (高铁宠物出行服务升级 / 分为“携宠出行”与“爱宠单独行”两种托运模式).
	if (/^(?:覆盖|涵盖|涉及|惠及|首批|主题为|主题是|分为|(?:重点|主要)?用于|(?:重点|主要)投向)/u.test(second)) return true;
	if (isMeetingAgenda(second, first)) return true;
	// So does the briefing a ministry held on the news (习近平将赴印度出席…会晤 / 外交部举行中外媒体吹风会介绍有关情况): it tells how
	// the news was given, as no title does.
	if (BRIEFING_HELD.test(second) && !hasColumnTag(second)) return true;
	// So does what an event held did for the first time (第二十六届杨凌农高会举办 / 首次召开上合组织现代农业发展圆桌会议): it goes
	// on from the news above. (Not what a signed order promulgates, which October 2019 sets both ways: 李克强签署国务院令 /
	// 公布《优化营商环境条例》 as a kicker and title, 公布《国务院关于修改…的决定》 as a title and subtitle.)
	if (
		(EVENT_TOOK_PLACE.test(first) || EVENT_NEWS_END.test(first)) &&
		/^首次\p{Script=Han}/u.test(second) &&
		!HEADLINE_MARKS.test(second) &&
		!hasColumnTag(second)
	)
		return true;
	// What a leader stressed or asked for, under the news of the instruction: 习近平对防汛救灾工作作出重要指示 /
	// 强调要全力搜救失联被困人员…; a kicker ends with the verb instead (…时强调).
	if (/^(?:强调|要求|指出)/u.test(second)) return true;
	// So does what a leader's letter or talks urged, under the news of them: 习近平给…师生回信 / 勉励他们….
	// (Or what the messages mark: 习近平同…互致贺电 / 庆祝两国建交55周年.)
	if (/(?:回信|贺信|贺电|会谈|会见|通电话)$/u.test(first) && /^(?:勉励|希望|鼓励|推动|庆祝|纪念|祝贺|就)/u.test(second)) return true;
	// So does the news of another leader, its actor first, under the news above (习近平同苏丹总统…互致贺电 / 李克强同苏丹总理…互致贺电,
	// 中美经贸高级别磋商结束 / 美国总统特朗普会见刘鹤): a title under a kicker of the occasion is the messages themselves
	// (就中几建交60周年 / 习近平同几内亚总统孔戴互致贺电).
	if (OTHER_LEADERS_NEWS.test(second) && !/^就/u.test(first)) return true;
	// So does the greeting a leader conveyed, under the news of the visit (王沪宁看望文化界知名人士和科技专家 /
	// 代表习近平总书记和党中央向文化工作者和科技工作者致以诚挚问候和新春祝福, 习近平春节前夕视察看望北京卫戍区 / 向全体…致以新春祝福).
	if (VISIT_NEWS.test(first) && GREETING_CONVEYED.test(second)) return true;
	// So does a line longer than any headline that sums the news up (国务院印发《国家职业教育改革实施方案》 / 经过5—10年左右时间，
	// 职业教育基本完成…转变): a title under a kicker is a headline. (The long instruction under a leader's speech, 韩正…强调 /
	// 牢牢把握…, is the title: the kicker ends with the verb, read above.)
	if (charLength(second) >= MIN_SUMMARY_SUBTITLE_LENGTH && charLength(second) > charLength(first)) return true;
	return (
		// (较 or 比 as against a time or a figure, 较去年提前14天, 比去年同期增长10.4%; not 较 as rather, 较强冷空气影响中东部地区, a title.)
		/^(?:同比|环比|[较比](?:去年|上年|前年|上月|同期|年初|此前|[\d０-９])|共|其中|预计|日均|累计|合计)/u.test(second) ||
		// (Not messages two leaders exchanged, which are the news: 就中几建交60周年 / 习近平同几内亚总统孔戴互致贺电.)
		/(?:主持|出席|讲话|致辞|会见|(?:宣读|(?<!互)致|发来)\p{Script=Han}{0,8}(?:贺信|贺电))(?:会议)?$/u.test(second)
	);
}

/**
 * Whether the line is a meeting's agenda (研究…  部署…, 听取…汇报, 围绕…协商议政) or what both sides of a
 * talk did (两国元首…): it goes on from the `title` above it (李强主持召开国务院常务会议 / 研究进一步扩大服务消费
 * 有关举措  部署推进…), over a lead or a byline. Each of its clauses may say so: 赵乐际主持  表决通过….
 */
function isMeetingAgenda(line: string, title: string): boolean {
	const clauses = line.split(/[\s\u3000]{2,}/u);
	// (Under a meeting named by no more than that it met, one clause of agenda is the title: 全国人大常委会召开专题
	// 会议 / 部署推进民营经济促进法贯彻实施, as 中共中央政治局召开会议 / 分析研究当前经济形势和经济工作.)
	// (But a document it reviewed is its agenda: 中共中央政治局召开会议 / 审议《关于二十届中央巡视…情况的综合报告》.)
	if (clauses.length === 1 && GENERIC_MEETING.test(title)) return /^审议《/u.test(line);
	// (Nor under a body named alone, no meeting at all: 国务院安委办 / 部署整治建筑保温材料安全隐患, who acts and what.)
	if (clauses.length === 1 && BODY_ALONE.test(title)) return false;
	// (Nor under news that names no meeting: 两部门整治金融非法中介乱象 / 部署新一轮…集群打击 is a kicker and the title it
	// leads into, what the two did.)
	if (clauses.length === 1 && !NAMES_MEETING.test(title)) return false;
	// (What it decided is its agenda too: 栗战书主持召开第四十一次委员长会议 / 决定人大常委会第十四次会议10月21日至26日在京举行.)
	if (clauses.some((clause) => /^(?:研究|部署|审议|听取|讨论|围绕|表决|决定|两国元首|双方)/u.test(clause))) return true;
	return clauses.length >= 2 && clauses.some((clause) => /^\p{Script=Han}{2,4}(?:主持|出席)$/u.test(clause));
}

/**
 * Over a byline, where two lines with no dash are a kicker and its title but for a plain sign, whether the
 * second line is the subtitle: a meeting's agenda under the news of the meeting (全国政协召开双周协商座谈会 /
 * 围绕“…”协商议政 / 本报记者…), or a line with a subject of its own that points back at the place the title
 * names (澳大利亚汽车产业电动化转型提速 / 中国汽车品牌获当地消费者青睐). A title with no subject, a purpose
 * or how its actor acts, goes on from the kicker (中国企业承建的项目投入运营 / 为当地民众用水安全提供保障).
 */
function readsAsTitleAndSubtitleOverByline(first: string, second: string): boolean {
	if (plainlyKickerAndTitle(first, second)) return false;
	if (ECHO_SUBTITLE.test(second)) return true;
	if (asksOverAnswer(first, second)) return true;
	// A province's news, its name first, is a whole title, and a line of figures under it its detail (甘肃促进文化和旅游深度融合 /
	// 前10月接待游客量同比增长8.1%); a title under a kicker that names a province gives none (河北保定打造特色农产品 /
	// 柿子做成“冰激凌”，好卖).
	if (
		opensWithProvince(first) &&
		!opensWithCounty(first) &&
		/[\d０-９]/u.test(second) &&
		!/[\d０-９]/u.test(first) &&
		!HEADLINE_MARKS.test(second) &&
		!hasColumnTag(second)
	)
		return true;
	const ownSubject = !/^为/u.test(second) && !ACTORLESS_TITLE.test(second);
	return isMeetingAgenda(second, first) || (POINTS_BACK.test(second) && ownSubject);
}

/** The words a headline asks with: 如何, 何以, 怎样, 怎么. */
const ASKING_WORD = /如何|何以|怎样|怎么/u;

/**
 * Whether the first line asks a question without its mark and the second, which asks nothing, answers it: a
 * title and its subtitle (财政政策如何继续“更加积极” / 扩大财政支出盘子，强化重点领域保障). A kicker that asks
 * ends with its mark, a dash or dots instead (…，怎么解？ / 织密防护网…, …，如何卖到…—— / …, 开学即“满员”、名额如何
 * 分配…… / 某市回应…); a word quoted asks nothing (解决“建什么、谁来建、怎么建”等问题).
 */
function asksOverAnswer(first: string, second: string): boolean {
	const unquoted = (line: string) => line.replace(/“[^“”]*”/gu, '');
	return ASKING_WORD.test(unquoted(first)) && !/(?:——|──|[：:？?…])$/u.test(first) && !ASKING_WORD.test(unquoted(second)) && !/[？?]/u.test(second);
}

/** A body's name alone, short, with no verb: 国务院安委办, 国家防总, 应急管理部, 中央网信办 (a meeting, …会, is no body). */
const BODY_ALONE = /^\p{Script=Han}{2,10}(?:办|部|委|局|署|总|院|厅|组|室|中心)$/u;
/** News of a meeting, whatever it is called: …常务会议, …座谈会, …全会, 中共中央政治局召开会议. */
const NAMES_MEETING = /会议|会谈|座谈|会$|会(?:并|上|时)|会见|论坛|全会|大会|审议|集体学习/u;
/** A meeting's news that names it by no more than that it met: 中共中央政治局召开会议, …召开专题会议. */
const GENERIC_MEETING = /召开(?:专题)?会议$/u;

/** Words that point back at a place named before them: a subtitle's, under its title. */
const POINTS_BACK = /当地|该国|该地区/u;

/** A short kicker that ends in a verb whose object is the title under it: 民政部部署开展, 两部门印发. */
const VERB_AWAITING_OBJECT = /^[^，,]{2,10}(?:部署开展|部署|开展|印发|发布|公布|推出|出台|启动)$/u;

/** Marks a headline carries and a subtitle does not: a quotation, an exclamation or a question at its end. */
const HEADLINE_MARKS = /[“”]|[！!？?]$/u;
/** A list that trails off with 等 (…各类规定文件等, 实施数字消费提升行动等), as subtitles give what the news covers. */
const LIST_TRAILING_OFF = /[^，,。等]等$/u;
/** Two characters spaced out, as a section's label is set: 问  计, 探  路. */
const SPACED_PAIR = /^\p{Script=Han}[\s\u3000]+\p{Script=Han}$/u;
/** The fewest spaced pairs sharing their first character (共  生, 共  荣, 共  融) that head sections as no names would. */
const MIN_PARALLEL_SPACED_PAIRS = 3;
/** How far below a spaced pair the others of its set are looked for, in lines. */
const MAX_PARALLEL_PAIRS_LOOKAHEAD = 120;
/** The longest quotation a section's label heads, in characters. */
const MAX_LABELLED_QUOTATION_LENGTH = 80;
/** The longest heading that stands alone between paragraphs, of clauses or quoted by the text under it, in characters. */
const MAX_STANDALONE_HEADING_LENGTH = 80;
/** The fewest characters of a heading that the paragraph under it quotes: fewer recur by chance. */
const MIN_QUOTED_HEADING_LENGTH = 8;
/** The label of a reader's question that an official's answer follows (政策问答·回应关切): 读者关切. */
const READER_QUESTION_LABEL = /^(?:读者关切|读者提问|网友提问)$/u;
/** The label of a long feature's prologue or epilogue, spaces aside: 引子, 尾声. */
const FEATURE_PART_LABEL = /^(?:引子|楔子|序章|尾声|结语|后记)$/u;
/** A label in square brackets and the quotation it labels, alone on a line: 【献词重温】“到祖国最需要的地方去”. */
const LABELLED_QUOTATION = /^【[^【】]{1,8}】“[^“”。！？]+”$/u;
/** Who said the quotation above, after a dash, with nothing else on the line: ——浙江义乌圆通小哥李想. */
const DASH_ATTRIBUTION = /^——\p{Script=Han}[^，。；！？：:“”\s]{3,29}$/u;
/** A speaker over their words in a box of voices, their age perhaps after them: 外卖员刘一飞（25岁）：. */
const VOICE_SPEAKER = /^\p{Script=Han}{2,16}(?:[（(][\d０-９]{1,3}岁[）)])?[：:]$/u;
/** The fewest quotations, each over its speaker, that make voices; and the lines looked at for them. */
const MIN_VOICES = 2;
const MAX_VOICES_LOOKAHEAD = 12;
/** The fewest characters of a long heading of clauses that stands alone between paragraphs. */
const MIN_LONG_HEADING_LENGTH = 16;
/**
 * A subtitle that names the piece's kind or its occasion, as no section's sub-heading does: ——以习近平同志为核心的党中央
 * 关心关爱工人阶级和广大劳动群众纪实, ——…综述, ——“互联网之光”博览会侧记, ——对部分地区党支部建设的调研与思考,
 * ——聚焦全国科技活动周…, ——写在…之际.
 */
const REPORT_KIND_SUBTITLE =
	/^(?:——|──)(?:[\p{Script=Han}\d０-９“《].{3,}(?:纪实|综述|侧记|纪事|述评|摘编|摘登|调研与思考)$|(?:聚焦|写在|来自|探访|走进)\p{Script=Han})/u;

/** What will be done and by when, opening a line: 年底前主体工程将全面开工建设, 预计明年将建成通车. */
const WHEN_IT_WILL_BE_DONE = /^(?:年底前|年内|今年|明年|预计|[\d０-９]{4}年(?:底|内)?(?:前)?)[^，,。]{0,14}将/u;
/** The news that a report or a bulletin came out, ending the line: …年度报告发布, …公报发布, …白皮书出炉. */
const REPORT_RELEASED = /(?:报告|公报|白皮书|蓝皮书|绿皮书)(?:发布|出炉|公布)$/u;
/** The news that a plan or a scheme was approved or issued, ending the line: …规划批复, …方案印发. */
const PLAN_ISSUED = /(?:规划|方案|纲要|意见|计划)(?:批复|获批|印发|发布|出台)$/u;
/** A clause of a plan's aims, opening with how it acts: 严厉打击…, 切实维护…, 加快推进…. */
const AIM_CLAUSE = /^(?:严厉|切实|全面|加快|持续|坚决|进一步|着力|大力|全力|积极|不断|加强|强化|推动|推进|促进|确保|有效|依法)/u;
/** An event a place held, named in a line of news: 举办…大会, 召开…会议. */
const EVENT_HELD = /举办|举行|召开|开幕|启动|发布/u;
/** News that work got under way, ending the line: …全面展开, …试点启动, …论坛开幕, …会议在京召开. */
const UNDER_WAY_NEWS = /(?:启动|展开|铺开|开幕|举行|召开)$/u;
/** News of a breakthrough, ending the line: …获突破, …取得重大突破, …迎来新突破. */
const BREAKTHROUGH_NEWS = /(?:获|取得|迎来|实现)(?:新|重大|重要|关键)?突破$/u;
/** News that a body sets a campaign going, ending the line: …部署开展…专项行动, …启动…整治. */
const CAMPAIGN_NEWS = /^[^，,]{2,}(?:部署开展|部署|开展|启动)[^，,]*(?:行动|整治|检查|活动)$/u;
/** A rule that forbids: 严禁…, 禁止…, 不得…. */
const PROHIBITION = /严禁|禁止|不得/u;
/** News of an event that opens work or a place, ending the line: …工程开工, …正式通车, …开馆. */
const EVENT_NEWS_END = /(?:开工|开通|启动|开幕|投产|通车|竣工|开馆|开园|奠基|动工)$/u;

/** A period a line of figures reports on: 一季度, 前十一个月, 去年, 5月份. */
const PERIOD = String.raw`[一二三四]季度|上半年|下半年|前[一二三四五六七八九十\d０-９]{1,2}个?月|去年|[\d０-９]{1,2}月份|[\d０-９]{1,2}月(?:上旬|中旬|下旬)起?`;
/** A line that opens with its period, perhaps after its subject (雄安一季度…). */
const PERIOD_FIRST = new RegExp(String.raw`^\p{Script=Han}{0,6}?(?:${PERIOD})`, 'u');
/** Every period in a line, this year's too: what is left once they are gone says whether the line is more than a period. */
const PERIODS = new RegExp(`${PERIOD}|今年`, 'gu');

/** A part's lead-in that names the deputy or member it tells of: 湖南省东安县耀祥中学教师胡国柱代表——, …徐坤委员——. */
const DEPUTY_LED_IN = /^[^，,。；;]{2,40}(?:代表|委员)(?:——|──)$/u;
/** A part's lead-in naming who speaks by post and name: 交通运输部部长刘伟——, …气象站站长于进江——, 张冠梓委员——. */
const SPEAKER_LED_IN =
	/^[^，,。；;]{2,30}(?:(?:部长|局长|署长|主任|行长|会长|主席|书记|省长|市长|院长|站长|所长|工作人员|护林员|工程师)\p{Script=Han}{2,3}|代表|委员)(?:——|──)$/u;
/** The shortest kicker read as news in a clause of its own over its title (NEWS_VERB), in characters. */
const MIN_NEWS_KICKER_LENGTH = 8;
/**
 * A verb of an event in a kicker's clause: who held or did what (开展…活动, 举办, 引起…反响), not a name alone. (Not the verbs
 * a part's lead-in opens its argument with, 创新南南合作范式——, 加强…: those lead into sections too.)
 */
const NEWS_VERB = /(?:开展|举办|举行|推出|启动|召开|发布|引起|引发|破获|建成|开通|迎来|进行)/u;

/** Whether `text` is a kicker that tells an event, a clause with its verb, and leads into the title with a dash (…开展…活动——). */
function isNewsKicker(text: string): boolean {
	return (
		/[^—]——$/u.test(text) &&
		charLength(text) >= MIN_NEWS_KICKER_LENGTH &&
		!hasRunningTextPunctuation(text) &&
		!SPEAKER_LED_IN.test(text) &&
		NEWS_VERB.test(text.slice(0, -2))
	);
}
/** A feature part's lead-in, which may name its subject, post and all: 华中科技大学——, 某市极地公园副总经理张志铭——. */
const PART_LEAD_IN = /^[^，,。；;]{2,40}——$/u;

/** A short sentence that trails off or exclaims (工业厂房集中连片，…重卡来来往往……): text, however short. */
function trailsOff(text: string): boolean {
	return hasRunningTextPunctuation(text) && /[…！!]$/u.test(text);
}

/** Who speaks, named by place and trade, leading into a section's heading: 乌鲁木齐市网约车司机：. */
const SPEAKER_LEAD_IN = /^\p{Script=Han}{4,16}[：:]$/u;
/** A calling, then two or three characters: where a speaker's label ends with their name (青年企业家李某). */
const CALLING_THEN_NAME = /(?:者|员|长|家|师|民|工|生|手|人|记|任|席|授|书记|主任)\p{Script=Han}{2,3}$/u;
/** A label of clauses over the quotation that heads the section (坚持实业兴国、实干兴邦： / “通过科技创新实现转型升级”). */
const CLAUSES_LEAD_IN = /^\p{Script=Han}{2,12}(?:[、，]\p{Script=Han}{2,12}){1,2}[：:]$/u;

/** Whether a line opens with the name of a place, a province's or a city's (杭州拱墅培育…, 江西崇仁完善…). */
function opensWithPlace(line: string): boolean {
	const place = placesIn(line)[0];
	return place !== undefined && line.startsWith(place);
}

/** Whether the line opens with a province's name or a large city's, then more than its name (江苏破解…, 吉林省水环境…, 广州进一步促进…). */
function opensWithProvince(line: string): boolean {
	return PROVINCES_AND_CITIES.some((place) => line.startsWith(place) && charLength(line) > charLength(place) + 4);
}

/**
 * A county, district or banner named after its province (and city): 浙江杭州上城区, 四川荥经县, 内蒙古阿鲁科尔沁旗, and a
 * county of one character, 四川高县 (not every county of it, 全县, 各县).
 */
const COUNTY_AFTER_PROVINCE = new RegExp(
	String.raw`^(?:${PROVINCES.join('|')})(?:省|自治区)?(?<city>\p{Script=Han}{2,3}市?)?(?<county>\p{Script=Han}{2,5}(?:县|区|旗)|[^\P{Script=Han}全各本该每一两多]县)`,
	'u',
);
/** Words ending in 区 that name no district: a bay area, a park, a community, a scenic spot… */
const NO_DISTRICT = /(?:湾|园|社|景|地|山|林|牧|灾|校|片|矿|库|老|苏|藏|边|郊|街|开发|自贸|试验|示范|保护|功能)区/u;

/** Whether the line opens with a county's or a district's name after its province's: local news. */
function opensWithCounty(line: string): boolean {
	const match = COUNTY_AFTER_PROVINCE.exec(line);
	if (!match?.groups) return false;
	// (Under a city named with 市, a word of one character and 山区 or the like is the city's district: 赤峰市松山区,
	// 黄山市黄山区; a region is named longer, 太行山区, 大兴安岭林区.)
	const { city, county } = match.groups;
	if (city?.endsWith('市') && charLength(county!) === 3 && /^\p{Script=Han}[山林]区$/u.test(county!)) return true;
	return !NO_DISTRICT.test(match[0]);
}

/** The longest numbered heading read as whole where paragraphs are neither indented nor parted, in characters. */
const MAX_WHOLE_NUMBERED_HEADING_LENGTH = 30;
/** Where a quotation above comes from, after a dash: ——摘自“十五五”规划建议. */
const QUOTATION_SOURCE = /^——(?:摘自|引自|选自|摘编自|出自)\S/u;
/** The longest label of a box of voices read as an item's title after a signed item (“她”说, 代表心声). */
const MAX_VOICES_LABEL_LENGTH = 8;
/** Who wrote a readers' letter, signed at its end by where they wrote from: 人民网“领导留言板”网友, 北京市读者. */
const LETTER_WRITER_SIGNATURE = /^[^，,。；;：:！!？?]{2,16}(?:网友|读者)$/u;
/** The longest title that exclaims over its writer's name (这样的创作，中！): a longer line that exclaims ends the text above. */
const MAX_EXCLAIMING_TITLE_LENGTH = 16;
/** A classical poet under the poem quoted, after a dash, with the dynasty: ——宋·陆游, ——唐·杜甫. */
const POET_WITH_DYNASTY = /^(?:——|──)\p{Script=Han}{1,2}[·•]\p{Script=Han}{2,4}$/u;
/** A label in square brackets opening a paragraph: 【关键词】, 【事件】, 【人物】. */
const BRACKETED_LABEL = /^【[^【】]{1,8}】/u;
/** Who said a quotation, under it after a dash: their post run on into their name (——山东某县某村第一书记苏婷). */
const QUOTATION_ATTRIBUTION = new RegExp(String.raw`^——[^，。；！？]{2,40}(?:${PERSON_POSTS})[\s\u3000]*\p{Script=Han}{2,3}$`, 'u');
/** A guest's name, then a post, as an interview lists them (王建军  全国政协委员、人口资源环境委员会副主任). */
const GUEST_NAME_AND_POST = new RegExp(
	String.raw`^(?:\p{Script=Han}{2,3}|\p{Script=Han}[\s\u3000]{1,2}\p{Script=Han})[\s\u3000]{2,}[^，。；！？\s\u3000][^。；！？]{2,40}(?:${PERSON_POSTS}|委员|主委|代表)$`,
	'u',
);
/** A label in brackets alone on its line: 【点评】, 【链  接】. */
const BRACKET_LABEL = /^【[^】]{1,8}】$/u;
/** A label in brackets that numbers a section: 【场景一】, 【案例2】; the word before the number is its first group. */
const NUMBERED_BRACKET_LABEL = /^【([^】\d０-９一二三四五六七八九十]{1,6})(?:[一二三四五六七八九十]{1,3}|[\d０-９]{1,2})】$/u;
/** The fewest labels numbered alike that make the sections of one item (【场景一】, 【场景二】). */
const MIN_NUMBERED_BRACKET_LABELS = 2;
/** The label of a feature's summary, over it: 核心阅读. */
const SUMMARY_LABEL = '核心阅读';
/** The credit of a chart or a picture, which may stand anywhere on the page: 制图：张芳曼. */
const CHART_CREDIT = /^(?:制图|绘图|图表|设计)[：:]/u;
/** A feature's reporters named in brackets at its end, which signs the whole of it: （本报记者闫伊乔、程远州）. */
const CLOSING_REPORTERS = /^[（(](?:本报)?记者(?![^（）()]*整理)[^（）()]{2,60}[）)]$/u;
/** A sentence that says what follows is below it: …全文如下。, 名单如下. */
const FOLLOWS_BELOW = /如下[。：:]?$/u;
/** A colon, full-width or not. */
const COLON = /[：:]/u;
/** A heading of a label and its subject: 河南新郑裴李岗遗址：巩固裴李岗文化…, 纾困：整合资源谋发展. */
const LABELLED_HEADING = /^[^：:，,。]{2,16}[：:][^：:]{4,}$/u;
/** A caption's credit that names its photographers and stops short of what they did: 图①②均为徐靖、苗子健. */
const CREDIT_NAMES_END = /(?:均为|为|由)\p{Script=Han}{2,4}(?:、\p{Script=Han}{2,4})*$/u;
/** What a credit's people did, alone on the line the wrap left it: 摄影报道, 摄, 供图. */
const CREDIT_TAIL = /^(?:摄影报道|摄影|摄|供图|提供)$/u;
/** The most blocks of text an item prints among the captioned photos it opens with. */
const MAX_CAPTIONS_BEFORE_TEXT = 3;
/** The longest caption sentence with no credit of its own, in characters. */
const MAX_CAPTION_SENTENCE_LENGTH = 40;

/** Whether the text is one short sentence, as a photo's caption with no credit of its own is: 俯瞰拜城县…项目区。. */
function isCaptionSentence(text: string): boolean {
	return charLength(text) <= MAX_CAPTION_SENTENCE_LENGTH && /^[^。！？!?“”]+。$/u.test(text);
}
/** A question a heading sets without its question mark, ending on the word that asks: …，如何实现, …，怎样达成. */
const UNMARKED_QUESTION = /(?:如何|怎样|怎么|为何|何以|哪些|什么)\p{Script=Han}{0,2}$/u;
/** The subtitle of an interview, naming whom the reporter talked to: ——访…, ——专访…, ——对话…. */
const INTERVIEW_SUBTITLE = /^——(?:访|专访|对话)\p{Script=Han}/u;
/** The fewest parts a feature under an editor's note keeps before a header unlike theirs heads an item of its own. */
const MIN_PARTS_BEFORE_UNLIKE = 2;
/** A photographer's credit closing a photo's caption: 本报记者 周輖摄, 新华社记者  王某摄（影像中国）. */
const PHOTO_CREDIT_END = /\p{Script=Han}(?:摄|摄影)(?:[（(][^（）()]{1,30}[）)])?$/u;
/** The most paragraphs of news a photo's title heads over what the photo shows (图为…) and its credit. */
const MAX_PHOTO_NEWS_PARAGRAPHS = 2;
/** The fewest photos a spread prints over a chart's source: a data feature prints one or two. */
const MIN_PHOTO_SPREAD_FIGURES = 4;
/** A speech's address to its audience on a line of its own: 同志们！, 同志们，朋友们！, 女士们、先生们！. */
const SPEECH_ADDRESS = /^(?:(?:同志们|朋友们|同学们|女士们|先生们|代表们|各位代表|各位来宾)[，、,]?){1,4}[！!]$/u;
/** A letter's label, printed over it under the news of it: 回  信, 贺信, 复电. */
const LETTER_LABEL = /^(?:回|复|贺|致)[\s\u3000]*(?:信|电)$/u;
/** How a family letter greets, on a line of its own: 亲爱的祖国母亲：, 亲爱的爸妈：. */
const LETTER_SALUTATION = /^亲爱的[^。！？，]{1,20}[：:]$/u;
/** Whom a letter greets, on a line of its own: 田华等8位同志：, 亲爱的同学们：. */
const SALUTATION = /^[^。！？，]{2,40}[：:]$/u;
/** Why an unsigned title after a feature's signed parts was read as an item's (a place for the maintainer to check). */
const UNSIGNED_AFTER_SIGNED_PARTS = (feature: string) => `这一行下面没有署名，而《${feature}》的各部分都在标题下署名，读作新稿件的标题。${HOW_TO_CORRECT}`;
/** A note closing the parts above it, who put them together: （以上为本报记者周飞亚、宋豪新采访整理）. */
const COMPILED_ABOVE = /^[（(]以上(?:为|由)[^（）()]{2,40}整理[）)]$/u;
/** Who speaks in a part, their post in brackets: 孙智彬（四川省考古学会秘书长）, 韦  荃（四川博物院原院长）. */
const SPEAKER_WITH_POST = /^\p{Script=Han}(?:[\s\u3000]*\p{Script=Han}){1,3}[（(][^（）()，。]{2,30}[）)]$/u;
/** How far ahead of a part's title its closing note （以上为…整理） is looked for. */
const MAX_LINES_TO_COMPILED_NOTE = 60;
/**
 * When and where a section's visit took place, labelled, on a line of its own under its heading (一串足迹，映见初心 /
 * 日程：1月22日下午，葫芦岛市绥中县祝家沟村): the heading's sub-heading, never a heading of its own.
 */
const SCHEDULE_LINE = /^(?:日程|行程|时间|地点)[：:][^：:。]{2,40}$/u;
/** The keyword a section's text opens with, on a line of its own: 关键词：预期目标. */
const KEYWORD_LABEL = /^关键词[：:][^：:，。]{1,12}$/u;
/** A label in quotation marks alone on its line: “我反映的问题解决了”. */
const QUOTED_LABEL = /^“[^“”]+”$/u;
/** The longest heading of a box's section (三希堂, 观匾额), in characters. */
const MAX_BOX_SECTION_HEADING_LENGTH = 12;
/** The longest label a special's banner prints alone over its parts (“我反映的问题解决了”), in characters. */
const MAX_BANNER_LABEL_LENGTH = 16;
/** The line that leads into a picture's commentary's closing verse: 这正是：. */
const VERSE_INTRO = /^这正是[：:]$/u;
/** The most lines of a picture's commentary between the photo's credit and 这正是：. */
const MAX_PHOTO_COMMENTARY_LINES = 6;
/** The longest line of a section's heading set as a pair of lines (非遗保护结硕果 / 文化瑰宝焕新彩), in characters. */
const MAX_PAIRED_HEADING_LENGTH = 12;
/** The fewest paragraphs of a finished item above a place's feature: a roundup's lead-in is shorter. */
const MIN_PARAGRAPHS_BEFORE_PLACE_FEATURE = 5;
/** An organisation's or an institution's name and nothing else: 江西芦溪供销联社, 某某集团, 云南省曲靖应用技术学校. */
const ORGANISATION_NAME = /^[^，,。：:\s\u3000]{2,16}(?:供销联社|联社|合作社|公司|集团|银行|委员会|学校|大学|学院|医院)$/u;
/**
 * An institution's own feature titled with its name before a colon or two spaces: 成都理工大学：数智赋能，塑造…,
 * 重庆水利电力职业技术学院  深化创新创业教育教学改革，培养….
 */
const INSTITUTION_TITLE = /^\p{Script=Han}{2,14}(?:大学|学院|集团|公司|医院|研究院)(?:[：:]|[\s\u3000]{2,}|\u3000)[^：:\s\u3000][^：:]{7,}$/u;
/** The fewest paragraphs of a signed report with no heading of its own above a headline of clauses set apart by spaces. */
const MIN_PARAGRAPHS_BEFORE_SPACED_TITLE = 6;
/** The fewest paragraphs of a finished item signed by its reporters above a place's feature. */
const MIN_PARAGRAPHS_OF_SIGNED_ITEM = 3;
/** The shortest news kicker read over a shorter title with no anchor (kickerOverShorterTitle), in characters. */
const MIN_UNANCHORED_KICKER_LENGTH = 9;
/** The most header lines read under a photo report that holds nothing (headerUnderBarePhotoReport). */
const MAX_HEADER_LINES_UNDER_PHOTO = 3;
/** The fewest paragraphs of a finished text above a news kicker and its title with no anchor under them. */
const MIN_PARAGRAPHS_BEFORE_NEWS_KICKER = 2;
/** The fewest paragraphs of finished text under which a lone title with nothing to anchor it heads an item of its own. */
const MIN_PARAGRAPHS_BEFORE_LONE_TITLE = 3;
/** The provinces and the large cities, by the names papers print them with (江苏, 广州). */
const PROVINCES_AND_CITIES: readonly string[] = [...PROVINCES, ...CITIES];

/**
 * A place's name as a feature's title or kicker opens with it: a province or a large city and more, or a name ending in its kind (…市, …县),
 * a zone's among them (杭州未来科技城, 中新天津生态城).
 */
const PLACE_NAME = String.raw`(?:(?:${PROVINCES_AND_CITIES.join('|')})\p{Script=Han}{0,8}|\p{Script=Han}{1,10}(?:(?<!城)(?:省|市|区|县|州|盟|旗)|科技城|科学城|生态城))`;
/** A place's name alone on its line, over a part of a report from several places: 河北正定, 上海. */
const PLACE_ALONE = new RegExp(String.raw`^${PLACE_NAME}$`, 'u');
/** A place's name alone before a colon, the kicker of a piece on its work: 内蒙古乌海：, 江西玉山：. */
const PLACE_KICKER = new RegExp(String.raw`^${PLACE_NAME}[：:]$`, 'u');
/**
 * A place's feature titled with its name before a colon or a space: 湖北省咸宁市：实施“五大行动”…,
 * 江西玉山：依托台球产业…, 咸阳高新区  做好转提促  发展新质生产力.
 */
const PLACE_FEATURE_TITLE = new RegExp(String.raw`^${PLACE_NAME}(?:[（(]\p{Script=Han}{1,6}[）)])?(?:[：:]|[\s\u3000]+)[^：:\s\u3000][^：:]{7,}$`, 'u');

/**
 * A feature titled with a short name, two spaces, then what it does in two clauses: 杭州拱墅  构建环高校创新生态圈，
 * 打造为企业服务新高地 (a place named as locals say it, with no 市 or 区); not a law's article (第二条  …).
 */
const NAMED_FEATURE_TITLE =
	/^(?!第[〇零一二三四五六七八九十百千\d０-９]+[条章节款])\p{Script=Han}{2,6}(?:[\s\u3000]{2,}|\u3000)[^\s\u3000，,。：:]{4,}[，,][^\s\u3000，,。：:]{4,}$/u;

/** A line that ends on a figure reached, its measure printed or lost: …献血率达到11.4, …增长率突破5%. */
const FIGURE_REACHED = /(?:达到|达|突破|超过|超|增至|升至|降至|提高到|提升至)[\d０-９]+(?:\.[\d０-９]+)?[‰%％]?$/u;
/** A share reached, ending a line: 占比过八成, 比重超过60%. */
const SHARE_REACHED = /(?:占比|比重|比例)(?:已)?(?:过|超过?|达到?|突破)(?:[\d０-９.]+[%％]|[一二三四五六七八九]成)$/u;
/** A short line of what a figure counts and the figure it reached, with its measure: 销售额已达1261.53亿元. */
const MEASURED_FIGURE_REACHED =
	/^[^，,\d０-９]{2,8}(?:已|已经)?(?:达到|达|突破|超过|超)[\d０-９]+(?:\.[\d０-９]+)?[万亿]?(?:元|美元|人次|人|辆|吨|件|个|家|台|套)$/u;
/** A briefing held on the news, the line whole: 外交部举行中外媒体吹风会介绍有关情况, 商务部举行新闻发布会. */
const BRIEFING_HELD = /^\p{Script=Han}{2,12}举行\p{Script=Han}{0,6}(?:吹风会|发布会)(?:介绍\p{Script=Han}{0,8})?$/u;
/** A short title that names a thing, not a clause: 勇敢者的运动, 跨越山海的友谊见证. */
const NAMES_A_THING = /^[^，,]{1,8}的\p{Script=Han}{1,4}$/u;
/** How an event's name ends: …能源低碳发展论坛, …投资贸易洽谈会, …文化旅游节. */
const EVENT_NAME_END = /(?:论坛|大会|博览会|洽谈会|交易会|展览会|运动会|峰会|年会|研讨会|文化节|旅游节|艺术节)$/u;
/** News that ends on a trend or an outcome, the line whole: …快速增长, …建设提速, …全面升级, …大赛举办, …考核结果公布. */
const TREND_OR_OUTCOME_END = /(?:增长|扩大|提速|加快|升级|向好|回升|上升|下降|提升|偏高|偏低|调整|举办|举行|结束|公布)$/u;
/** A trend, ending the line under another: …保持平稳增长, …降水依然较多. */
const SECOND_TREND_END = /(?:增长|下降|较多|较少|偏多|偏少|回升|上升|提升|扩大|加快|平稳|稳定)$/u;
/** A figure with what it counts (85.94亿笔, 200余支, 20.9%), anywhere in the line. */
const COUNTED_FIGURE =
	/[\d０-９](?:\.[\d０-９]+)?(?:余|多)?[万亿]?(?:%|％|个|项|家|场|批|类|条|支|名|笔|列|架|艘|座|所|款|种|位|人次|人|元|吨|起|次|倍|辆|件|台|套|户|亩)/u;
/** A line that ends in a count: a number and its measure (10081.3万名, 205.5亿元, 17.6倍, 75%). */
const ENDS_IN_COUNT = /[\d０-９](?:\.[\d０-９]+)?[万亿]?(?:名|个|人次|人|元|公里|米|吨|件|家|项|批次|次|辆|座|倍|%|％|标箱|千瓦|亩|所|户|台|套)$/u;

/**
 * A title that opens with how its actor acts, the actor named in the kicker: 全力支持秋粮收购, 持续提升…; with what
 * it does to what, or lets it do (将惠民服务送到群众家门口, 把根扎进群众心田, 让游客“喜欢来…” under who does it); or
 * with whom its senders address, 向全国双拥模范致慰问信 (under 全国双拥工作领导小组  退役军人事务部…).
 */
const ACTORLESS_TITLE =
	/^(?:全力|持续|加快|加大|着力|大力|积极|不断|进一步|切实|努力|奋力|将(?!近)|把|让|打造|推动|助力|构建|筑牢|激发|赋能|为(?![\d０-９]|什么)(?=\p{Script=Han}+(?:提供|注入|夯实|搭建|铺就|护航|赋能|助力|加油|添彩|贡献)))|^向\p{Script=Han}[^，,。]*致\p{Script=Han}*(?:信|电|问候|敬意)$/u;

/** The title of a leader's letter or message, printed over its salutation: 习近平的回信, …的贺信, 教育部致全国广大教师的慰问信. */
const LETTER_TITLE = /(?:的回信|贺信|贺电|慰问信|感谢信|公开信|倡议书)$/u;
/** Where a photo came from, printed alone under its caption or credit: 资料图片, 人民视觉. */
const PICTURE_SOURCE = /^(?:本报)?资料(?:图片|照片)$|^(?:人民视觉|视觉中国|影像中国)$/u;
/** The label over a document's table of contents, spaced as print sets it or not: 目  录. */
const CONTENTS_LABEL = /^目[\s\u3000]*录$/u;
/** A caption that points at one of a photo group's pictures: 上图：…, 图①：…. */
const PHOTO_POINTER = /^(?:上图|下图|左图|右图|中图|图[①②③④⑤⑥⑦⑧⑨⑩\d０-９])[：:]/u;
/** The dateline an agency's brief closes with: （据新华社北京7月31日电）, （新华社北京7月31日电）. */
const CLOSING_AGENCY_DATELINE = /^[（(]据?新华社[^（）()]{0,16}电[）)]$/u;

/** The title of an official's answers to the press: 就《关于完善价格治理机制的意见》答记者问. */
const PRESS_ANSWERS = /^就.{2,60}(?:答记者问|回答记者提问)$/u;

/** Whether a credit line opens with the page's editors (本版责编：…, 责任编辑：…), as the page's credits do. */
function namesEditors(line: Line): boolean {
	return /(?:责编|责任编辑|编辑)$/u.test(parseCredits(line.text)[0]?.role ?? '');
}

/** Standing titles over pieces excerpted from other papers, each closed by where it came from. */
const EXCERPTS_ROUNDUP_TITLES: ReadonlySet<string> = new Set(['纵横']);
/** Where an excerpted piece came from, closing it: （摘编自《长沙晚报》，原题为…）. */
const EXCERPT_NOTE = /^[（(]摘编自/u;

/** The longest line that is a photo's credit alone, under its caption (袁宏彦摄（影像中国）). */
const MAX_CREDIT_LINE_LENGTH = 20;
/** The longest caption over a credit of its own line, in characters. */
const MAX_CAPTION_LINE_LENGTH = 80;
/** The longest paragraph of a photo's news, captioned in a paragraph or two over its credit. */
const MAX_PHOTO_NEWS_LINE_LENGTH = 160;
/** A photo's caption opens with the day it was taken: 5月13日，在…. */
const PHOTO_DATE = /^[\d０-９]{1,2}月[\d０-９]{1,2}日[，,]/u;
/** The fewest photos under one title that make a group of photos, an item of its own. */
const MIN_PHOTO_GROUP = 2;

/**
 * The title of a report on several laws or reports at once, printed over their parts, each with its
 * own title and byline (十四届全国人大常委会第二十二次会议审议多部法律草案 / 让群众更便捷地获得社会救助 /
 * 本报记者  彭  波 / …): the parts are its sections. (Not a preview, …将审议多部法律草案, over one law's news.)
 */
const UMBRELLA_TITLE = /^(?!.*将(?:审议|听取|提请))(?:.*(?:审议|通过|听取)(?:多部|多项|一批)|.*多部(?:法律草案|报告|法律)$)/u;

/** A closing note that says a reporter of the paper wrote the words down: …，本报记者施芳整理）. */
const WRITTEN_DOWN_BY_REPORTER = /[，,、](?:本报)?记者[^（）()：:。，,]{2,12}(?:采访)?整理[）)]$/u;
/** A tag in quotes that names a feature's section, not a column: （“乡人说”）. */
const QUOTED_SECTION_TAG = /[（(]“[^“”]{2,8}”[）)]$/u;
/** A note that closes a whole group of reports, not one part: （本组报道由本报记者王政、丁怡婷采访整理）, （本版稿件…）. */
const GROUP_CLOSING_NOTE = /^[（(](?:本组|本版)(?:报道|稿件|文章|图文)/u;
/** Who put a box of advice together, closing it: （本报记者李红梅整理）, （本报记者  王  浩采访整理）. */
const COMPILED_BY = /^[（(](?:本报)?(?:记者|通讯员)?[^（）()：:。，]{2,20}整理[）)]$/u;
/**
 * The reporters who took a section's words down, closing it, however many: （本报记者常钦、李林蔚、…采访整理）, or three or
 * more of them named alone (（本报记者郑海鸥、吴君、向子丰…）), as a compiled section is signed.
 */
const SECTION_TAKEN_DOWN = /^[（(](?:本报)?记者(?:[^（）()：:。]{2,120}采访整理|[^（）()：:。、]{2,4}(?:、[^（）()：:。、]{2,4}){2,})[）)]$/u;

/** A lecture's byline, its speaker under a label: 本期主讲人：…. */
const LECTURE_BYLINE = /^(?:本期)?主讲人?[：:]/u;

/** Who drew a cartoon and who wrote its verse, under them: 朱慧卿图  王  平文, 朱慧卿图, 曹  一图  羽  生文. */
const DRAWN_AND_WRITTEN = /^\p{Script=Han}(?:[\s\u3000]*\p{Script=Han}){1,2}图(?:[\s\u3000]{2,}\p{Script=Han}(?:[\s\u3000]*\p{Script=Han}){1,2}文)?$/u;

/** A kicker naming who answers the press under it: 国家发展改革委有关负责人答记者问 / 以更大力度推动…. */
const PRESS_ANSWERS_KICKER = /(?:答记者问|回答记者提问)$/u;
/** The tag of a commentary too short for sections: 以赛促练  以赛育人（快评）. */
const SHORT_COMMENTARY_TAG = /[（(](?:快评|短评|微评|今日谈)[）)]$/u;
/**
 * The tag of a commentary column that prints no sections, however long its pieces: 人民时评, 现场评论, 暖闻热评, 民生观,
 * 金台锐评, 财经观, 每周经济评论, 经济时评 (none of 150 such pieces in the web edition of 2026 has a heading); 钟声, 人民论坛
 * and its series (人民论坛·70华诞·…), 和音, 国际论坛 and the …纵横 columns (思想纵横), none of whose pieces in
 * October 2019 or April 2026 heads a section either; nor do the page's argued columns 人民观点, 新论, 有的放矢 and 大家手笔
 * (42 pieces in October 2019, their only unpunctuated lines pull quotes near the top), nor 今日谈, 新语, 体坛观澜, 环球走笔,
 * 说道, 锐评 and 金台论道 (77 pieces in February and October 2019, none with a line as short as a heading and unpunctuated).
 * (Not 评论员观察, whose piece of 2026 may head one: photo-news-cut-after-commentary-parted.)
 */
const SECTIONLESS_COMMENTARY_TAG =
	/[（(](?:人民时评|人民观点|新论|有的放矢|大家手笔|现场评论|暖闻热评|民生观|金台锐评|财经观|每周经济评论|\p{Script=Han}{0,4}时评|钟声|人民论坛(?:·[^（）()]+)?|和音|国际论坛|\p{Script=Han}{2}纵横|今日谈|新语|体坛观澜|环球走笔|说道|锐评|金台论道)[）)]$/u;
/**
 * The subtitle of the paper's own commentary in a series, which says what it argues (——论学习贯彻习近平总书记…重要讲话):
 * none of October 2019's ten such pieces heads a section, and a title under one heads the next item.
 */
const COMMENTARY_SERIES_SUBTITLE = /^(?:——|──)论\p{Script=Han}/u;

/** Whether the item is a commentary that prints no sections: by its column's tag, or by its series' subtitle. */
function isSectionlessCommentary(item: ParsedItem | undefined): boolean {
	return item !== undefined && (SECTIONLESS_COMMENTARY_TAG.test(item.title) || COMMENTARY_SERIES_SUBTITLE.test(item.subtitle ?? ''));
}

/** A commentary's title in two clauses, a comma between them: 致敬，城市“夜行人”, 网售处方药，要放更要管. */
const TWO_CLAUSE_TITLE = /^[^，,]{2,}[，,][^，,]{2,}$/u;

/**
 * Whether the last item is a commentary that prints no sections, or a piece under one titled in two clauses: on the
 * commentary page such a piece with a title alone (致敬，城市“夜行人”) follows a column's commentary (…（人民观点）), and
 * prints none either, so a title in two clauses under it heads the next piece (网售处方药，要放更要管). (Not a feature's
 * heading, 礼赞祖国致敬时代, nor a cartoon's verse, 服务提质增效，.)
 */
function endsSectionlessCommentary(items: readonly ParsedItem[], title: string): boolean {
	if (!TWO_CLAUSE_TITLE.test(title)) return isSectionlessCommentary(items.at(-1));
	for (let i = items.length - 1; i >= 0; i--) {
		if (isSectionlessCommentary(items[i])) return true;
		if (!isBarePieceInClauses(items[i]!)) return false;
	}
	return false;
}

/** Whether the item is a title in two clauses over paragraphs alone: no kicker, subtitle, byline, dateline, heading or picture. */
function isBarePieceInClauses(item: ParsedItem): boolean {
	return (
		TWO_CLAUSE_TITLE.test(item.title) &&
		item.kicker === undefined &&
		item.subtitle === undefined &&
		item.authors.length === 0 &&
		item.dateline === undefined &&
		item.figures.length === 0 &&
		item.body.every((block) => block.type === 'paragraph')
	);
}

/** The tag of a commentary or an opinion column: …（人民时评）, …（暖闻热评）, …（评论员观察）, …（人民论坛）. */
const COMMENTARY_TAG = /[（(][^（）()]*(?:评|论坛)[^（）()]*[）)]$/u;

/** A title over more poems than one: 草原的夏天（外一首）, 山间行吟（组诗）. */
const POEM_GROUP = /[（(](?:外([一二三四五六七八九])首|组诗|[二三四五六七八九十]首)[）)]$/u;
/** Chinese digits by their value, for counting a group's poems. */
const CHINESE_DIGITS = '〇一二三四五六七八九';

/** The most paragraphs of a news brief, which prints no sections. */
const MAX_BRIEF_PARAGRAPHS = 2;

/** A lead filed by another paper (贵州日报贵阳4月29日电, 南方日报佛山…电), as a roundup of local news prints them. */
const OTHER_PAPERS_LEAD = /^(?!本报)\p{Script=Han}{2,8}(?:日报|晚报|报)\p{Script=Han}{2,8}[\d０-９]{1,2}月[\d０-９]{1,2}日电/u;

/** The title of an obituary or a funeral's report, under the epithets of the dead (its kicker). */
const OBITUARY_TITLE = /同志(?:逝世|遗体在京火化|追悼会在京举行|生平)$/u;

/** A post that speaks for a body, alone on its line: 香港中联办负责人, 国务院港澳办发言人, 外交部新闻发言人. */
const SPEAKER_POST = /^\p{Script=Han}{2,20}(?:负责人|发言人|负责同志)$/u;

/** A kicker that names the topic or the campaign a title is under: 聚焦两会, 解读一季度“蓝天成绩单”, 深入学习贯彻…精神. */
const TOPIC_KICKER = /^(?:聚焦|关注|解读|直击|走进|走近|探访|观察|(?:深入)?学习贯彻|贯彻落实)/u;

/** How many characters longer than the title a subtitle printed without a dash runs, at least. */
const EXPLANATION_EXCESS = 5;
/** The longest label of a series or a column printed over a title (新春走基层), in characters. */
const MAX_LABEL_LENGTH = 5;
/** The longest column label read as a kicker beyond doubt (心香一瓣); a title may be five (海上巨无霸). */
const MAX_COLUMN_LABEL_LENGTH = 4;

/**
 * Whether two header lines over a byline, neither with a dash, read as a title and the longer line
 * that explains it rather than as a kicker and its title. A kicker leads in with a dash or a colon
 * (…扎实开展学习教育—— / 中消协发布“五一”消费提示：) or names a topic (聚焦两会); a title may carry
 * its column's tag, two clauses set apart by spaces (空气质量总体改善  部分区域有所反弹), or go on with
 * the kicker's subject (中央社会工作部负责人 / 就《…》答记者问).
 */
function readsAsTitleAndExplanation(first: string, second: string): boolean {
	if (/(?:——|──|[：:])$/u.test(first) || hasColumnTag(first) || hasColumnTag(second)) return false;
	if (SPACED_CLAUSES.test(second) || /^(?:就|对)/u.test(second) || TOPIC_KICKER.test(first) || LABEL_KICKER.test(first)) return false;
	// A line of a few characters over a longer one is a series' or a column's label (新春走基层, 记者调查,
	// 一线见闻), not a title that the line under it explains.
	if (charLength(first) <= MAX_LABEL_LENGTH) return false;
	return charLength(second) >= charLength(first) + EXPLANATION_EXCESS;
}

/** The words a kicker ends with when the title gives what someone said (张国清在…会议上强调, 中消协提示). */
const SPEECH_KICKER_END = /(?:强调|表示|指出|要求|宣布|透露|部署|提示|认为|称|介绍|显示)$/u;
/**
 * A kicker that names the kind of piece (社论) or its column (国际论坛, 经济观察, 人民时评, 【经济时评】,
 * 〔光明论坛〕), or the date its figures run to (截至3月底): never a title.
 */
const LABEL_KICKER =
	/^(?:社论|评论员文章|本报评论员|快评|短评|时评|述评|综述|特稿|专访|侧记|读者来信|今日谈|望海楼|人民观点|新论)$|^\p{Script=Han}{2,4}(?:论坛|观察|时评|视点|随笔|漫谈|札记|杂谈|锐评|热评)$|^截[至止]|^【[^【】]{2,12}】$|^〔[^〔〕]{2,12}〕$/u;

/**
 * Whether two header lines with no dash read as a kicker and its title beyond doubt: the kicker
 * leads in (a dash, a colon, a speaker: …强调), names a topic (聚焦…) or the kind of piece (社论), or
 * the title goes on with the kicker's subject (…负责人 / 就…答记者问) or carries its
 * column's tag, two clauses set apart by spaces, or a quotation. Otherwise the first line may as
 * well be the title, and the second its subtitle (为困难群众筑牢生活防线 / 2026年…资金…下拨).
 */
function plainlyKickerAndTitle(kicker: string, title: string): boolean {
	return (
		/(?:——|──|[：:])$/u.test(kicker) ||
		// A column's label (青年观, 心香一瓣) or a series' (强军新征程·一线见闻) heads no subtitle.
		charLength(kicker) <= MAX_COLUMN_LABEL_LENGTH ||
		/^\p{Script=Han}{2,8}·\p{Script=Han}{2,8}$/u.test(kicker) ||
		SPEECH_KICKER_END.test(kicker) ||
		// An actor and a verb that waits for its object, the title: 教育部公布 / 第三批…名单.
		VERB_AWAITING_OBJECT.test(kicker) ||
		TOPIC_KICKER.test(kicker) ||
		LABEL_KICKER.test(kicker) ||
		// The title goes on with the kicker's subject: 中央社会工作部负责人 / 就《…》答记者问.
		// (Not 对华…, 对外…: the title's own subject, 对华出口预计再创新高.)
		/^(?:就|对(?![华外内]))/u.test(title) ||
		hasColumnTag(title) ||
		SPACED_CLAUSES.test(title) ||
		/^“[^”]+”$/u.test(title)
	);
}

/** Who put a feature together, credited at its end: 本期统筹：郭雪岩, 策划：…. */
const FEATURE_COORDINATOR = /^(?:本期)?(?:统筹|策划)[：:]/u;

/** The boxes of a feature on a city (城市味道): its news (城事) and a native's essay (我与一座城), signed or not. */
const CITY_FEATURE_BOX = /^(?:城事|我与一座城)$/u;
/** A short question alone on its line, no label before it (问：, 记者：): a section's heading where an item prints several. */
const QUESTION_HEADING = /^(?![问答]：|记者：|主持人：)(?:[（(][一二三四五六七八九十]{1,2}[）)])?[^，,。！？：:]{2,16}？$/u;
/** The fewest such questions that make them an item's headings. */
const MIN_QUESTION_HEADINGS = 3;
/** The fewest questions over their answers that make them a page's section headings, not questions its text asks. */
const MIN_QUESTIONS_OVER_ANSWERS = 2;
/** One Han character alone: a section's heading where an item heads several sections so (路, 富, 福). */
const ONE_CHARACTER = /^\p{Script=Han}$/u;
/** The fewest sections headed by one character that say such a line heads a section, not a word a wrap cut off. */
const MIN_ONE_CHARACTER_SECTIONS = 3;
/** The fewest labelled sections (溯源 / heading) an item heads so, that make a label like theirs one more section. */
const MIN_LABELLED_SECTIONS = 2;
/** A section's short label printed over its heading and sub-heading (拼营销, 立标准, 育工种; 强 over 实力更强). */
const SECTION_LABEL = /^\p{Script=Han}{1,4}$/u;
/** A time of day and the place the section is set in: 上午10点半，村新时代文明实践站, 下午4点，育苗中心. */
const TIME_AND_PLACE_HEADING =
	/^(?:(?:凌晨|清晨|早上|上午|中午|下午|傍晚|晚上|深夜)[\d０-９]{1,2}(?:点|时)|[\d０-９]{1,2}时)(?:半|[\d０-９]{1,2}分)?[，,][^，,。！？；]{2,20}$/u;
/** The mark of an advertisement, alone on its line: 广告, 广  告. */
const ADVERT_MARK = /^广[\s\u3000]*告$/u;
/** The note that closes a text with who wrote it: （作者单位：中南民族大学经济学院）, （作者为某大学教授）. */
const WRITERS_NOTE = /^[（(]作者(?:单位|为|系|是)/u;
/** The shortest title of an item at a page's foot with no text of its own (an advertisement's slogan). */
const MIN_FOOT_ITEM_TITLE_LENGTH = 6;
/** The most lines of an advertisement's slogans under its title at the page's foot, and the longest of them. */
const MAX_FOOT_SLOGAN_LINES = 2;
const MAX_FOOT_SLOGAN_LENGTH = 30;
/** Where a front page's guide points: 第十八版. */
const PAGE_POINTER = /^第[\d０-９一二三四五六七八九十]+版$/u;
/** The fewest lines at a page's foot that make an item of their own where the first prints no spaced clauses. */
const MIN_FOOT_ITEM_LINES = 3;
/** The most lines of an editor's note over a feature, its signature included. */
const MAX_EDITORS_NOTE_LINES = 4;
/**
 * How far into a feature's text its editor's note may end: after the captions of its photos, each
 * perhaps printed twice by a web page (屯堡文化大会主论坛现场。 / … / ——编  者).
 */
const MAX_BLOCKS_BEFORE_EDITORS_NOTE = 12;
/** The signature that closes an editor's note at the top of a feature: ——编者, ——编  者. */
const EDITORS_NOTE_END = /(?:^|[。！？”])——编[\s\u3000]*者$/u;

/** The title of a notice a paper prints (2026年度广西重大课题研究招标公告, 征稿启事, 任前公示). */
const NOTICE_TITLE = /^[^，。；：！？]{2,40}(?:公告|启事|通告|公示|声明)$/u;

/** An order and its number, as a paper prints one over the law it promulgates: 中华人民共和国主席令 / 第六十号; a notice's number may carry its year (〔2026〕第12号). */
const ORDER_TITLE = /^[^，。；：！？]{2,30}令$/u;
/** The title of a law or a regulation: 中华人民共和国法治宣传教育法, …条例. */
const LAW_TITLE = /^[^，。；：！？\s\u3000]{2,40}(?:法|条例)$/u;
/** The title of a list of names (…主席团和秘书长名单, …获奖名单): the list follows it, in groups headed by what they are (主席团（共178人）). */
const LIST_TITLE = /^[^，。；！？]{4,60}名单$/u;
/**
 * A document's number under its title: 第六十号, （第五号）, 〔2026〕第12号, a standing committee's
 * 〔十四届〕第十二号, or an issuer's number with its year, 国办发〔2026〕28号.
 */
const ORDER_NUMBER =
	/^[（(]?(?:\p{Script=Han}{1,6}[发函字])?(?:[〔［\[【(（](?:[\d０-９]{4}|[一二三四五六七八九十]{1,4}届)[〕］\]】)）])?第?[〇零一二三四五六七八九十百千\d０-９]{1,7}号[）)]?$/u;
/** The title of an official document (国务院办公厅关于…的通知, a regulation: 国务院关于…的规定), printed over its number. */
const DOCUMENT_TITLE = /^[^，。；：！？]{2,20}关于[^。；！？]{2,60}的(?:通知|决定|意见|通报|批复|函|公告|规定)$/u;
/** A document's title under the line of who issued it: 关于给陈冬颁发“一级航天功勋奖章”…的决定. */
const ISSUED_DOCUMENT_TITLE = /^关于[^。；！？]{2,60}的(?:通知|决定|意见|通报|批复|函|公告)$/u;

/** Whether the line is the title of a document printed with its number under it: an order or a notice. */
function isNumberedDocumentTitle(text: string): boolean {
	return ORDER_TITLE.test(text) || NOTICE_TITLE.test(text) || DOCUMENT_TITLE.test(text);
}

/** Standing titles over a roundup of briefs that the paper prints as one item. */
const ROUNDUP_TITLES: ReadonlySet<string> = new Set(['环球扫描', '纵横', '八方速递']);

/** The roundups among them whose every brief opens with a lead (据新华社德黑兰4月26日电). */
const NEWS_ROUNDUP_TITLES: ReadonlySet<string> = new Set(['环球扫描', '八方速递']);

function isNewsRoundupTitle(title: string | undefined): boolean {
	return title !== undefined && NEWS_ROUNDUP_TITLES.has(title.replace(/[\s\u3000]+/gu, ''));
}

// (A page's briefs under their standing title, 财经短波, 资讯速递, are a roundup too: one item, each brief a title over its
// lead, 本报电, and its text.)
function isRoundupTitle(title: string | undefined): boolean {
	const unspaced = title?.replace(/[\s\u3000]+/gu, '');
	return unspaced !== undefined && (ROUNDUP_TITLES.has(unspaced) || BRIEFS_TITLE.test(unspaced));
}

/**
 * The standing title of a page's briefs, named for their field: 体坛快讯, 财经简讯, 文化速览, 科技速递, 财经短波, 医学资讯,
 * 国际短讯; not one brief counted (第一条简讯, 两则快讯). Or for their occasion, after a dot: 速览·国庆假期.
 */
const BRIEFS_TITLE = /^(?!第)\p{Script=Han}{2,4}(?<![条则])(?:快讯|简讯|短讯|短波|资讯|速递|速览|扫描)$|^(?:快讯|简讯|速览|速递|扫描)·\p{Script=Han}{2,8}$/u;

/** Whether `text` is one of the STANDALONE_TITLES or a BRIEFS_TITLE, however spaced (征  集). */
function isStandingTitle(text: string): boolean {
	const title = text.replace(/[\s\u3000]+/gu, '');
	return STANDALONE_TITLES.has(title) || BRIEFS_TITLE.test(title);
}

/** The shortest summary read as a pull quote, and how many lines below it its sentence is looked for. */
const MIN_PULL_QUOTE_LENGTH = 12;
const PULL_QUOTE_REACH = 120;

/** A page marks paragraphs with an indent when at least this share of its body lines is indented… */
const INDENTED_SHARE = 0.6;
/** …out of at least this many body lines (fewer say nothing about the page's style). */
const MIN_BODY_LINES_FOR_STYLE = 3;
/** A page cuts paragraphs at column breaks when at least this many long lines stop mid-sentence. */
const MIN_CUT_LINES = 2;
/** The fewest unfinished lines, each read as a long heading, that say a page sets headings rather than cuts paragraphs. */
const MIN_LONG_HEADINGS_UNCUT = 3;
/**
 * A word at a line's end that waits for the next: a particle, a preposition, a conjunction (not 所在, 存在, which
 * end a phrase; nor characters that end nouns as often, 导向, 动能, 人才, 成就).
 */
const ENDS_AWAITING_MORE = /(?:[的了和或将把被从而并且也又让使其于以]|(?<![所存实现自内外])在)$/u;

interface Header {
	column?: Line;
	kicker?: Line[];
	title: Line;
	subtitle?: Line;
	/** Byline lines, when the header is anchored on them. */
	bylines: Line[];
	/** Index of the first line after the header (and its byline lines). */
	next: number;
	/** Whether a byline line anchors the header: a feature, which ends a run of briefs. */
	hasBylineLine: boolean;
	/** Why starting an item here is a guess a maintainer should check, if it is one. */
	guess?: string;
	/**
	 * Whether the guess is only the habit of stacking a kicker over its title, over a byline or a lead: a doubt worth a
	 * maintainer's look on a page that signs none of its items (a crawler's that saves no bylines), not on one whose text
	 * kept them, where lines so stacked over their anchor are a kicker and a title all but always.
	 */
	stackedOverAnchor?: boolean;
	/** Whether the header is a banner over the parts of what several speakers said (bannerFeatureAt). */
	speeches?: boolean;
	/** Whether the header was read as news after dated news, with nothing under it to anchor it (titleAfterDatedNews). */
	afterNews?: boolean;
}

/** How a maintainer corrects a guessed split, said after each place to check. */
const HOW_TO_CORRECT = '如不对，在旁注文件的 split 里写明各篇的标题（titles）或稿件起始行（itemStarts）。';
/** Why a line like a heading read as a piece of a paragraph cut at a column break is a place to check. */
const HEADING_OR_CUT_OPENING = (piece: string) =>
	`“${piece}”没有句末标点，读作下一行所在段落的开头（分栏处断开）；也可能是小标题。如不对，直接改稿件正文（手工修改会保留）。`;
const HEADING_OR_CUT_REST = (piece: string) => `“${piece}”读作上一段在分栏处断开后的接续；也可能是小标题。如不对，直接改稿件正文（手工修改会保留）。`;
const KICKER_WITHOUT_DASH = (kicker: string, title: string) =>
	`标题上一行“${kicker}”读作引题，标题是“${title}”；两行之间没有破折号或冒号，也可能上一行才是标题、这一行是副题。如不对，直接改稿件 frontmatter 的 kicker、title、subtitle（手工修改会保留）。`;
/** Why a subtitle printed without a dash is a place to check: it could be the title under a kicker. */
const SUBTITLE_BY_HOUSE_STYLE = (subtitle: string) =>
	`标题下一行“${subtitle}”没有破折号，按本报的版式（--title-first 或 papers.yaml 里的 titleFirst）读作副题；如它才是标题（上一行是引题），直接改稿件 frontmatter 的 kicker、title、subtitle（手工修改会保留）。`;
/** Why a page's long first line is read as the kicker of the title under it. */
const LONG_KICKER = (line: string) => `版面第一行“${line.length > 20 ? `${line.slice(0, 20)}…` : line}”比一般标题长，读作下一行标题的引题。${HOW_TO_CORRECT}`;
/** How a sentence ends: a line that ends so is text, never a kicker. */
const SENTENCE_END_MARK = /[。！？!?；;：:]$/u;
/** A label and its colon opening a line (提问：, 主持人：), a few characters of it. */
const LABEL_OPENING = /^[^：:，。]{1,6}[：:]/u;
/** The longest subtitle a forced start reads with no dash under a named title (longer, the line reads as text). */
const MAX_NAMED_SUBTITLE = 30;
/** How a paragraph a sentence ending in a dash leads into may open: a date, 今年2月17日，…, 2014年，…. */
const DASH_LED_PARAGRAPH_OPENING = /^(?:[\d０-９]{4}年|[今去前]年|近日|近年来|[\d０-９]{1,2}月[\d０-９]{1,2}日)/u;
/** A sentence ended: a whole line that ends so closes a paragraph. */
const SENTENCE_ENDED = /[。！？!?]$/u;

/**
 * Whether a header's kicker stacks a sentence over another kicker line (开启人机协作，你准备好了吗？ /
 * 2024年“三北”工程完成各项建设任务5700万亩 / 筑牢北疆绿色长城（…）): a kicker is one line, however a
 * column cuts it, so the sentence ends the text above. (A kicker that leads into its title with a
 * dash may hold two sentences, cut after the first: 一线人员彻夜坚守，助力商品走向世界。 / 记者在重庆实地探访——.)
 */
function stacksSentenceOverKicker(header: Header): boolean {
	const kicker = header.kicker ?? [];
	if (kicker.length < 2) return false;
	// (So does a sentence of running text that trails off inside a quotation, whatever kicker is under it: …有盼头，“果子一茬
	// 一茬，后生也一辈一辈……” / 生态环境部发布蓝皮书—— / 秦岭地区生态功能总体稳中有升.)
	if (trailsOff(kicker[0]!.text.replace(/[”’]+$/u, '')) && /[，,]/u.test(kicker[0]!.text)) return true;
	return SENTENCE_ENDED.test(kicker[0]!.text) && !kicker.slice(1).some((line) => leadsInWithDash(line.text));
}
/** Why the parts under a banner, each with its headline and speaker, are read as one item's sections. */
const BANNER_PARTS = (banner: string) => `“${banner}”下面各有标题和讲述人的几部分读作这一篇的小节，不是各自成篇。${HOW_TO_CORRECT}`;
/** Why lines at a page's foot, with no text under them, are read as an item of their own. */
const AT_FOOT = (title: string) => `版面末尾的“${title}”下面没有正文，读作单独一篇（如图片或图表的标题、广告语），不是上一篇的小标题。${HOW_TO_CORRECT}`;
/** Why the page's last line alone, under a text its writer's note closes, is read as an item of its own. */
const UNDER_WRITERS_NOTE = (title: string) =>
	`版面末尾的“${title}”在作者注之后，下面没有正文，读作单独一篇（如图表或图片的标题），不是上一篇的小标题。${HOW_TO_CORRECT}`;
/** Why a name alone under a title, with a surname not among the common ones, is a place to check. */
const LONE_NAME = (name: string) => `标题下的“${name}”读作作者署名（姓氏不常见）；如不对，直接改稿件 frontmatter 的 authors（手工修改会保留）。`;
/** Why a byline whose names ran together (OCR lost the spaces) is a place to check. */
const NAMES_RUN_TOGETHER = (byline: string) =>
	`署名“${byline}”里的名字连在一起，按常见姓氏分开：${(parseBylineLine(byline) ?? parseSignatureLine(byline) ?? []).map((author) => author.name).join('、')}；如不对，直接改稿件 frontmatter 的 authors（手工修改会保留）。`;

/**
 * Whether, on a page that indents its paragraphs, column breaks fall right after a sentence's end too: a line of running text
 * set flush under a finished one (…强国建设。 / 当前，以中国式现代化…). Where none does, a flush line under a finished paragraph
 * opens something of its own, however it reads: 国务院印发《国家职业教育改革实施方案》 / 经过5—10年左右时间，….
 */
function cutsAfterSentenceEnds(lines: Line[]): boolean {
	// (Such a piece may be as short as a title, its clauses parted by commas: 上海市商务委提供的数据显示，2025年上海新增各.)
	const running = (line: Line) => line.kind === 'body' || (line.kind === 'title-like' && hasRunningTextPunctuation(line.text));
	return lines.some((line, i) => i > 0 && !line.indented && running(line) && CONTENT.has(lines[i - 1]!.kind) && SENTENCE_ENDED.test(lines[i - 1]!.text));
}

/** Whether most of the page's lines are no longer than two printed column lines: a page wrapped at (nearly) every one. */
function cutsNearEveryLine(lines: Line[]): boolean {
	const short = lines.filter((line) => charLength(line.text) <= 2 * MIN_CUT_PIECE_LENGTH).length;
	return short > lines.length / 2;
}

/**
 * Whether the page's paragraphs were cut at column breaks: lines of running text that stop
 * mid-sentence, one of them at least plainly cut (after a finished paragraph, inside a quotation,
 * or inside a word or number: Hong / Kong). A page that never cuts them ends a paragraph at every line end, even where its last
 * sentence carries no closing punctuation: the summary lines under a commentary's title, which
 * follow the header and close their quotes.
 */
function cutsParagraphs(lines: Line[]): boolean {
	// A paragraph's first part may be as short as a title when a column break cut it after one line:
	// indented, unfinished, with its rest set flush under it.
	const cutShort = (line: Line, next: Line | undefined) =>
		line.kind === 'title-like' && line.indented && next !== undefined && !next.indented && next.kind === 'body';
	// (A lead is running text too: on a page of briefs, the column breaks fall in their leads.)
	const unfinished = (line: Line | undefined, next?: Line) =>
		line !== undefined &&
		(line.kind === 'body' ||
			(line.kind === 'lead' && !isBareDateline(line.text)) ||
			cutShort(line, next) ||
			(line.kind === 'title-like' && /[，、,]$/u.test(line.text) && charLength(line.text) >= 2 * MIN_CUT_PIECE_LENGTH)) &&
		isUnterminated(line.text) &&
		!isPoint(line.text) &&
		// (Nor is a theory page's numbered heading as long as a sentence: 一、系统回答…问题，推动…变革.)
		!isLongNumberedHeading(line.text) &&
		// (A source note is whole however it ends: 数据来源：国家统计局. So is a sentence that leads with a dash into
		// the quotation under it: …习近平总书记的告诫语重心长——.)
		!isSourceNote(line.text) &&
		!isDocumentLabel(line.text) &&
		!isLabelledFact(line.text) &&
		!/(?:——|──)$/u.test(line.text) &&
		// The dateline 新华社 sets at an article's end finishes its paragraph (…生生不息。  新华社北京4月27日电).
		!endsWithDateline(line.text);
	const cut = lines.filter((line, i) => unfinished(line, lines[i + 1]));
	// (On a page that indents its paragraphs, only a line set flush under an indented one shows a cut:
	// an indented line left unfinished may be a heading or a note, 本文系…阶段性成果.)
	const indented = lines.filter((line) => line.kind === 'body' && line.indented).length > lines.filter((line) => line.kind === 'body').length / 2;
	const plainlyCut = lines.some(
		(line, i) =>
			unfinished(line, lines[i + 1]) &&
			(!indented || !line.indented || (lines[i + 1] !== undefined && !lines[i + 1]!.indented)) &&
			((lines[i - 1]?.kind === 'body' && !isUnterminated(lines[i - 1]!.text)) ||
				// (A quotation the line leaves open, not one it closes that it never opened: a title that lost its opening quote.)
				leavesQuoteOpen(line.text) ||
				(/[A-Za-z0-9]$/u.test(line.text) && /^[A-Za-z0-9]/u.test(lines[i + 1]?.text ?? '')) ||
				// An indented paragraph that stops mid-sentence, with running text set flush under it.
				(line.indented && lines[i + 1]?.kind === 'body' && !lines[i + 1]!.indented) ||
				// Running text stopped at a comma, as no paragraph ends, with more running text under it.
				(/[，、,]$/u.test(line.text) && lines[i + 1]?.kind === 'body')),
	);
	// (Long headings of clauses, as a theory page sets them, stand unfinished between paragraphs too: where three or more
	// stand so and every unfinished line is one of them, nothing was cut. Column breaks fall anywhere, after a word that
	// waits for the next, 提高了, 检查和, as no heading ends.)
	const longHeadings = lines.filter((line, i) => longHeadingBetweenParagraphs(lines, i) && !ENDS_AWAITING_MORE.test(line.text));
	if (longHeadings.length >= MIN_LONG_HEADINGS_UNCUT && cut.every((line) => longHeadings.includes(line))) return false;
	// (One cut is enough where indents show it: an indented paragraph stopped mid-sentence over running text set
	// flush, as a page of one short letter prints its only column break.)
	const cutUnderIndent = lines.some(
		(line, i) => line.kind === 'body' && line.indented && unfinished(line) && lines[i + 1]?.kind === 'body' && !lines[i + 1]!.indented,
	);
	// (Nor do two or more long headings count among the cuts where each is shorter than the lines on either side: a column break
	// leaves pieces as long as the column's other lines. A page of whole paragraphs then shows one unfinished line more, no
	// column break: 坚决做到“两个维护”, a statement of purpose left without its full stop.)
	const shorterThanNeighbours = (line: Line) => {
		const at = lines.indexOf(line);
		return [lines[at - 1], lines[at + 1]].every((other) => other !== undefined && charLength(other.text) > charLength(line.text));
	};
	const standingHeadings = longHeadings.filter(shorterThanNeighbours);
	// (One such heading is enough where no unfinished line stops at a comma, as only a column break leaves one: a commentary's
	// pull quote stands between its paragraphs so, 新中国70年的伟大成就之所以…，具有普遍的启示意义.)
	const standAlone = standingHeadings.length >= 2 || (standingHeadings.length === 1 && !cut.some((line) => /[，、,]$/u.test(line.text)));
	const cuts = standAlone ? cut.filter((line) => !standingHeadings.includes(line)) : cut;
	return (cuts.length >= MIN_CUT_LINES && plainlyCut) || cutUnderIndent;
}

/** Whether the line at `index` reads as a long heading of clauses, under a finished paragraph and over text. */
function longHeadingBetweenParagraphs(lines: readonly Line[], index: number): boolean {
	const [above, below] = [lines[index - 1], lines[index + 1]];
	// (The paragraph above may end in a short piece under a column break, which reads like a title: …在新征程上赢得更加 /
	// 伟大的胜利和荣光！, as in the fixture long-heading-under-cut-piece.)
	return (
		readsAsLongHeading(lines[index]!.text) &&
		(above?.kind === 'body' || above?.kind === 'title-like') &&
		/[。！？!?”]$/u.test(above.text) &&
		below?.kind === 'body'
	);
}

/**
 * Whether the text reads as a long heading of clauses: parted by commas or enumeration commas (锤炼坚强党性、提高思想觉悟是…),
 * or naming a term in quotation marks (“绿水青山就是金山银山”理念是…), no sentence in it, a word at its end.
 */
function readsAsLongHeading(text: string): boolean {
	const quotes = (text.match(/“/gu) ?? []).length;
	return (
		charLength(text) >= MIN_LONG_HEADING_LENGTH &&
		charLength(text) <= MAX_STANDALONE_HEADING_LENGTH &&
		(/[，,、]/u.test(text) || quotes > 0) &&
		quotes === (text.match(/”/gu) ?? []).length &&
		!/[。！？!?；;：:…]/u.test(text) &&
		/\p{Script=Han}$/u.test(text)
	);
}

/** Whether the text is a speaker's label, and perhaps their post, with no name yet (讲述人：传化集团副总裁): a wrap cut it. */
function speakerAwaitsName(text: string): boolean {
	return SPEAKER_LABEL.test(text) && parseBylineLine(text) === undefined;
}

/** A point of a summary, marked ■: a block of its own, never the rest of a paragraph. */
function isPoint(text: string): boolean {
	return /^[■●◆▲]/u.test(text);
}

/** The labels of an interview's questions and answers: 问：, 答：, 记者：. */
const QA_LABEL = /^(?:问|答|记者|主持人)[：:]/u;

/**
 * Whether the line at `i` is a short title over its writer's name: spaced as print sets two-character
 * names (石榴红 / 周  华, 马蹄声 / 胡  岚), or a name of three under a short title set close (麦浪 /
 * 王单单, 丰收谣 / 李少君). The title reads like a name too, but bylines set a two-character name spaced,
 * never a name of each kind one over the other, and sign with one line of names, not two.
 */
function titleOverWriter(run: readonly Line[], i: number): boolean {
	const title = run[i]?.text;
	const name = run[i + 1]?.text;
	if (title === undefined || name === undefined || parseSignatureLine(name) === undefined) return false;
	const spacedName = /^\p{Script=Han}{2,4}$/u.test(title) && /^\p{Script=Han}[\s\u3000]{1,2}\p{Script=Han}$/u.test(name);
	const nameOfThree = /^\p{Script=Han}{2,4}$/u.test(title) && /^\p{Script=Han}{3}$/u.test(name);
	return spacedName || nameOfThree;
}

/** The label an editor's note opens with (编者按：…, 编者的话：…): it opens a paragraph of its own, never the rest of one. */
const EDITORS_NOTE_LABEL = /^(?:编者按|编者的话|编后|编后语)[：:]/u;
/** An editor's note that introduces what follows it; 编后 (an afterword) closes the item above instead. */
const INTRODUCING_NOTE_LABEL = /^(?:编者按|编者的话)[：:]/u;
/** That label alone on its line, over the note: 编者的话. */
const INTRODUCING_NOTE_LABEL_ALONE = /^(?:编者按|编者的话)$/u;
/** Who gave a feature's data or laid out its page or drew its masthead, printed under it: 数据来源：…, 版式设计：…, 刊头设计：…. */
const PAGE_MAKING_CREDIT = /^(?:数据来源|资料来源|版式设计|刊头设计|题图设计|制图|设计)(?:[：:]|[\s\u3000]+(?=\p{Script=Han}))/u;
/** The same label set on a line of its own, over the note's text. */
const EDITORS_NOTE_LABEL_ALONE = /^(?:编者按|编者的话|编后|编后语)[：:]?$/u;

/** The label of a profile box (人物小传, 人物简介), printed over the profile in a feature on a person. */
const PROFILE_LABEL = /^(?:人物小传|人物简介)$/u;
/** How a profile opens: the name, then when they were born or how old they are (颜宁，1977年11月生, 焦美宁，49岁; full-width digits too). */
const PROFILE_OPENING = /^\p{Script=Han}{2,4}[，,](?:[\d０-９]{4}年(?:[\d０-９]{1,2}月)?(?:出)?生|[\d０-９]{1,3}岁)/u;

/**
 * Whether the page indents section headings: a short line set with an indent between two indented
 * paragraphs. (Pages that set headings flush left, like their titles, leave only the other signs.)
 */
function indentsHeadings(lines: Line[]): boolean {
	return lines.some(
		(line, i) =>
			i > 0 && line.kind === 'title-like' && line.indented && lines[i - 1]!.indented && lines[i + 1]?.indented === true && lines[i + 1]!.kind !== 'title-like',
	);
}

/**
 * Whether the page sets its titles flush left (while it indents paragraphs): most titles over a
 * lead or over a byline set flush, and the page's first line, are flush. (A byline that is
 * indented is text: the signature of a part inside an item.)
 */
function setsHeadersFlush(lines: Line[], wrapped: ReadonlySet<number>): boolean {
	// (On a wrapped page, a line under another that goes on with it is the rest of that line, no byline or lead under a
	// title: 湖南大学经济与贸易学院 / 院长  祝树金.)
	const under = (i: number) => (wrapped.has(lines[i + 1]?.number ?? -1) ? undefined : lines[i + 1]);
	const titles = lines.filter(
		(line, i) => line.kind === 'title-like' && (i === 0 || under(i)?.kind === 'lead' || (under(i)?.kind === 'byline' && !under(i)!.indented)),
	);
	const flush = titles.filter((line) => !line.indented).length;
	const counted = new Set(titles);
	// (Where no title is set with an indent over its byline, as a crawler's text that prints no bylines, a flush header
	// over indented text after a finished paragraph says it too: 民俗用好  治村有招（民生观） / 　　在乡村治理的过程中，…. An
	// indented title over a lead may head a brief inside a column: 2019春运一线 / 　　新技术 / 　　航班行李可全程追踪 /
	// 　　本报上海…电. Over its byline it heads an item, and a flush line over text may be a section's heading.)
	const indentedOverByline = lines.some((line, i) => line.kind === 'title-like' && line.indented && under(i)?.kind === 'byline' && !under(i)!.indented);
	const flushOverText = indentedOverByline
		? 0
		: lines.filter(
				(line, i) =>
					i > 0 &&
					line.kind === 'title-like' &&
					!line.indented &&
					!counted.has(line) &&
					lines[i - 1]!.indented &&
					lines[i - 1]!.kind !== 'title-like' &&
					!isUnterminated(lines[i - 1]!.text) &&
					(lines[i + 1]?.indented === true || (lines[i + 1]?.kind === 'title-like' && lines[i + 2]?.indented === true)),
			).length;
	return flush + flushOverText > titles.length - flush;
}

/** Whether the page marks paragraphs with an indent, so that an unindented line continues one. */
/** A page parts its blocks with blank lines when at least this share of its lines follows one… */
const BLANK_PARTED_SHARE = 0.3;

/**
 * …and some of its blocks run over several lines: a paragraph cut at column breaks, under an
 * export's blank line between blocks, or wrapped at every printed line, as OCR gives a column with a
 * blank line between paragraphs. Blank lines then say where every block ends. (A page with a blank
 * line above every line says nothing by them.) `wrap`: the width the page's text is wrapped at, if it is (hard-wrap.ts).
 */
function separatesBlocks(lines: Line[], wrap: ColumnWidth | undefined): boolean {
	// The first line follows nothing: it says nothing either way.
	const rest = lines.slice(1);
	const parted = rest.filter((line) => line.afterBlank).length;
	if (parted < MIN_BODY_LINES_FOR_STYLE || parted >= rest.length) return false;
	if (parted >= rest.length * BLANK_PARTED_SHARE) return true;
	// (A page of long paragraphs, each cut at many column breaks or wrapped at every line, has fewer lines after a blank one:
	// there, the lines after a sentence's end, each a paragraph's first, follow one all but always. Where the text is wrapped,
	// a sentence ends a paragraph short of the width: one that ends a full line, or a first line two short, goes on.)
	const endsParagraph = (line: Line) =>
		SENTENCE_END_AT_LINE_END.test(line.text) && (wrap === undefined || wrap.measure(line.text) < wrap.width - FIRST_LINE_INDENT);
	const afterSentence = lines.filter((line, i) => i > 0 && endsParagraph(lines[i - 1]!));
	return (
		afterSentence.length >= MIN_BODY_LINES_FOR_STYLE &&
		afterSentence.filter((line) => line.afterBlank).length >= afterSentence.length * BLANK_AFTER_SENTENCE_SHARE
	);
}

/** A line that ends a sentence, its closing quotes or brackets aside. */
const SENTENCE_END_AT_LINE_END = /[。！？!?][”’」』）)]*$/u;
/** The characters a wrapped paragraph's first line gives to its indent, lost or not. */
const FIRST_LINE_INDENT = 2;
/** The share of the lines after a sentence's end that follow a blank line on a page that parts its blocks so. */
const BLANK_AFTER_SENTENCE_SHARE = 0.8;

/**
 * Whether the page prints a blank line only here and there (between a poem's stanzas, between
 * items), fewer than BLANK_PARTED_SHARE of its lines: then each blank line parts what is above it
 * from what is below. (Pages that part every block, or every line, say nothing by one.)
 */
function blankLinesAreRare(lines: Line[]): boolean {
	const rest = lines.slice(1);
	return rest.filter((line) => line.afterBlank).length < rest.length * BLANK_PARTED_SHARE;
}

function indentsParagraphs(lines: Line[]): boolean {
	// Lines of running text that open a paragraph: not after running text that stopped mid-sentence. (The rest of a
	// paragraph cut at a column break is never indented, so counting every line would hide the style
	// of a page that cuts many paragraphs.)
	// (A paragraph's first part, cut after one column line, may be as short as a title: indented, with its rest flush.)
	// (Text wrapped at every printed line has many such parts in a row, each as short as a title.)
	// (A lead is running text too, and opens a paragraph like any.)
	const running = (line: Line) => line.kind === 'body' || (line.kind === 'lead' && !isBareDateline(line.text));
	const cutBefore = (line: Line, previous: Line | undefined) =>
		previous !== undefined && isUnterminated(previous.text) && (running(previous) || (previous.kind === 'title-like' && !line.indented));
	const openings = lines.filter(
		(line, i) => !cutBefore(line, lines[i - 1]) && (running(line) || (line.kind === 'title-like' && i + 1 < lines.length && cutBefore(lines[i + 1]!, line))),
	);
	return openings.length >= MIN_BODY_LINES_FOR_STYLE && openings.filter((line) => line.indented).length >= openings.length * INDENTED_SHARE;
}

/** The longest numbered heading a theory page prints, in characters. */
const MAX_NUMBERED_HEADING_LENGTH = 80;

/** A section's number and its heading, however long, with no full stop in it: 一、坚持以人民为中心的发展思想，是…. */
function isLongNumberedHeading(text: string): boolean {
	return (
		/^[一二三四五六七八九十]{1,3}、/u.test(text) && charLength(text) <= MAX_NUMBERED_HEADING_LENGTH && isUnterminated(text) && !/[。；;！!？?：:]/u.test(text)
	);
}

/** A line's shape: its Chinese characters as x, its figures as 0, its marks as printed (“一增一减”倡亲清 → “xxxx”xxx). */
function shapeOf(text: string): string {
	return text.replace(/\p{Script=Han}/gu, 'x').replace(/[\d０-９]/gu, '0');
}

/** The fewest characters a heading needs for its shape to say anything. */
const MIN_SHAPED_HEADING_LENGTH = 5;

/** Whether the item already has a section heading shaped as `text` is, quotation marks and all (“一增一减”倡亲清, “一城一乡”谋发展). */
function headedAlike(item: ParsedItem, text: string): boolean {
	return (
		charLength(text) >= MIN_SHAPED_HEADING_LENGTH &&
		/[^x]/u.test(shapeOf(text)) &&
		item.body.some((block) => block.type === 'heading' && shapeOf(block.text) === shapeOf(text))
	);
}

/**
 * Whether the item's last section heading is as long as `text`, both long enough to be a heading's (飞行汽车引关注 over
 * a part its reporter closes, then 两栖汽车会游泳): the next part of a feature whose parts close on their reporters.
 */
function lastHeadedAsLong(item: ParsedItem, text: string): boolean {
	const heading = item.body.findLast((block) => block.type === 'heading');
	return heading !== undefined && charLength(text) >= MIN_SHAPED_HEADING_LENGTH && charLength(heading.text) === charLength(text);
}

/** Whether the text ends with a person's name, of two characters or three: 青年企业家李某, 浙江义乌商户汪某楠. */
function endsWithName(text: string): boolean {
	return [2, 3].some((length) => charLength(text) > length && parseNameLine(text.slice(-length)) !== undefined);
}

/** Whether the item already has a section heading of the length of `text` that reads as no name (稳就业 before 强科技). */
function amongHeadingsLikeIt(item: ParsedItem, text: string): boolean {
	return item.body.some((block) => block.type === 'heading' && charLength(block.text) === charLength(text) && parseSignatureLine(block.text) === undefined);
}

/** Authors named at the end of an item's last paragraph, for items with no byline above. */
function trailingAuthors(item: ParsedItem): Author[] {
	const last = item.body.at(-1);
	if (last?.type !== 'paragraph') return [];
	const byline = trailingByline(last.text);
	// Who put each part together (…（本报记者李某整理） / 再建新平台… / …（本报记者赵某整理）) all wrote the item up.
	if (byline && COMPILED_BY.test(last.text))
		return uniqueAuthors(
			item.body.flatMap((block) => (block.type === 'paragraph' && COMPILED_BY.test(block.text) ? parseAuthorList(trailingByline(block.text) ?? '') : [])),
		);
	if (byline) return parseAuthorList(byline);
	// The writer a closing note names (（作者：王海涛，系某大学教授）).
	const writer = /^[（(]作者[：:]([^，,（）()]{2,12})[，,]/u.exec(last.text)?.[1];
	if (writer !== undefined) return parseSignatureLine(writer) ?? [];
	// Bare names in brackets under a brief are its writers, as a role would be (（王  丹  李  磊）); so are
	// those that sign each of the item's parts (书讯: 《…》 / … / （张  鹏） / 《…》 / … / （文  欣）).
	const signed = item.body.flatMap((block) => {
		const names = block.type === 'paragraph' ? /^[（(]([^（）()]{2,30})[）)]$/u.exec(block.text)?.[1] : undefined;
		return (names !== undefined && parseSignatureLine(names)) || [];
	});
	return uniqueAuthors(signed);
}

/** Each author once, where they first appear. */
function uniqueAuthors(authors: Author[]): Author[] {
	return authors.filter((author, i) => authors.findIndex((other) => other.name === author.name) === i);
}

export interface AssembleOptions {
	/** Names that open a column of briefs (KNOWN_COLUMNS and the maintainer's). */
	columnNames: ReadonlySet<string>;
	/** Lines that start an item whatever they look like: the maintainer's corrections. */
	itemStarts: ReadonlySet<number>;
	/** Whether no line but those of `itemStarts` starts an item. */
	onlyItemStarts: boolean;
	/**
	 * Lines that start an item which no header above may take as its subtitle or byline, however they read: the split itself,
	 * as a crawler's article files give it (article-files.ts), not a maintainer's hint, which may no longer match the text.
	 * Default: none.
	 */
	fixedStarts?: ReadonlySet<number>;
	/** Lines the maintainer names as an item's title (the item starting at or above it, in `itemStarts`). */
	titleLines: ReadonlySet<number>;
	/**
	 * Where a page's marks name its titles (a crawler's Markdown: markdown-marks.ts), the lines they set as subtitles: under a
	 * named title, no other line is read as its subtitle. Default: none, the page marks nothing, and a header line under a
	 * named title that the parser read as the title (the named one its kicker) is its subtitle.
	 */
	markedSubtitles?: ReadonlySet<number>;
	/**
	 * Where a page labels its fields (field-labels.ts), the header lines its labels name under each named title, in whatever
	 * order they stand (副标题：, 作者：踪家峰, an 引题： written after the title): each is that field however it reads, and a
	 * byline so named is no place to check. Default: none.
	 */
	markedFields?: ReadonlyMap<number, HeaderField>;
	/** Whether two header lines with no dash and no plain sign read as title and subtitle (ParseOptions.titleFirst). Default: false. */
	titleFirst?: boolean;
	/**
	 * Whether the articles under a banner and its editor's note, each titled and signed, are items of their own rather than
	 * the banner's parts (page-conventions.ts). Default: false.
	 */
	articlesUnderNote?: boolean;
	/** Whether every line is whole: no paragraph goes on from one line into the next (ParseOptions.wholeLines). Default: false. */
	wholeLines?: boolean;
	/** Titles of boxes of briefs the paper prints as one item, besides ROUNDUP_TITLES (page-conventions.ts). Default: none. */
	roundupTitles?: ReadonlySet<string>;
}

/** A photographer's role opening a credit: 本报记者, 新华社记者, 人民日报记者. */
const PHOTO_ROLE = /^(?:本报|新华社|人民日报|中新社)?(?:特约)?(?:记者|摄影记者|通讯员)[\s\u3000]/u;

/**
 * Whether a line that reads as a byline, or a headline (its names cut where no name reader splits them), is the start of a
 * photo's credit the wrap cut (本报记者  王  浩文 / 孙  恺摄（人民视觉）): the line under it is a credit alone that names no
 * role of its own, and a name of its own (a wrap that cut only 摄（人民视觉） off leaves the credit whole above it).
 */
function creditCutAfterRole(line: Line, under: Line | undefined): boolean {
	return (
		(line.kind === 'byline' || line.kind === 'title-like') &&
		PHOTO_ROLE.test(line.text) &&
		!/摄/u.test(line.text) &&
		isCreditOnly(under) &&
		!/记者|通讯员|^本报|^新华社|^摄/u.test(under!.text)
	);
}

class PageAssembler {
	private readonly lines: Line[];
	private readonly options: AssembleOptions;
	private readonly columnNames: ReadonlySet<string>;
	private readonly indentsParagraphs: boolean;
	private readonly cutsParagraphs: boolean;
	/** Whether the page's column breaks fall right after a sentence's end too (cutsAfterSentenceEnds). */
	private readonly cutsAfterSentenceEnds: boolean;
	/** The lines a wrap carried on from the line above where it fell in a wide space, lost with the line's end (hard-wrap.ts). */
	private readonly afterLostGap = new Set<number>();
	/** The printed column's width, where the page cuts its paragraphs without indents and the pieces show it (column-width.ts). */
	private readonly printedColumn: ColumnWidth | undefined;
	/** Whether the page ends most of its lines with spaces, which then say nothing of where a break fell (line-kinds.ts). */
	private readonly padsLines: boolean;
	/** Whether the page indents its section headings as it does paragraphs (so that a title is the line left flush). */
	private readonly indentsHeadings: boolean;
	/**
	 * Whether the page indents its paragraphs and sets its headers (titles, kickers, bylines) flush
	 * left, as paper.people.com.cn does: an indented line is then never part of an item's header.
	 */
	private readonly setsHeadersFlush: boolean;
	/**
	 * Whether the page says where every block ends, by blank lines (separatesBlocks) or by wrapping
	 * its text at a fixed width (hard-wrap.ts): a line then goes on with the one above it exactly
	 * when it is in `goesOnAbove`.
	 */
	private readonly separatesBlocks: boolean;
	private readonly goesOnAbove: ReadonlySet<number>;
	/**
	 * Whether nothing but the text says where a block starts: no indents, no column breaks, no blank lines or wrap, each line
	 * a whole paragraph (the plain layout), so that a title and a sub-head look alike.
	 */
	private readonly textAloneSetsBlocks: boolean;
	/** Whether the page wraps its text at a fixed width (hard-wrap.ts), so that a heading too long for a line goes on under it. */
	private readonly wrapsText: boolean;
	/**
	 * The width the text is wrapped at where blank lines part its blocks too, as OCR gives a column with a blank line
	 * between paragraphs: a block whose first line runs to the width goes on, whatever its next line reads like.
	 */
	private readonly partedWrapWidth: ColumnWidth | undefined;
	/** How many questions on the page stand over their answers (questionsOverAnswers), once counted. */
	private questionAnswerPairs: number | undefined;
	/** Whether the page prints blank lines only here and there, so that each says something (blankLinesAreRare). */
	private readonly blankLinesAreBreaks: boolean;
	/** The numbers of the lines that are a table's rows. */
	private readonly rows: ReadonlySet<number>;
	/** Editors' notes printed over the header of the item they introduce. */
	private readonly notesAbove = new Map<ParsedItem, Line>();
	/** Items read as news after dated news (titleAfterDatedNews): short news too, with no sections. */
	private readonly newsAfterNews = new WeakSet<ParsedItem>();
	/** Special reports that opened with their pictures (and the source of their figures, or a short lead): the signed parts after them are theirs. */
	private readonly picturedReports = new WeakSet<ParsedItem>();
	/** The lines of series' banners read as the title of the signed parts under them (signedPartsInRowFrom). */
	private readonly seriesBanners = new Set<number>();
	/** Those of them that hold a part signed by its reporters' byline (本报记者  刘  晴), not only a commentary signed by a bare name. */
	private readonly reportersParts = new WeakSet<ParsedItem>();
	/** The first header line of each part a feature has kept as its own (under its editor's note, or after its pictures), by line number. */
	private readonly keptParts = new WeakMap<ParsedItem, Map<number, string>>();
	/** Items that print the parts of a banner feature, each under its own headline and speaker (bannerFeatureAt). */
	private readonly bannerFeatures = new WeakMap<ParsedItem, { speeches: boolean }>();
	readonly items: ParsedItem[] = [];
	readonly columns: ParsedPage['columns'] = [];
	readonly credits: PrintedCredit[] = [];
	readonly uncertain: UncertainPlace[] = [];
	/**
	 * The places flagged whose doubt is worth a look only on a page that signs none of its items under their titles, as a
	 * crawler's text that saves no bylines: a kicker stacked over its title by habit, over a byline or a lead
	 * (Header.stackedOverAnchor), and a part read into the feature above it (readFeaturePart). Where the text kept its
	 * bylines, those readings are all but always right.
	 */
	private readonly doubtfulWhereUnsigned = new Set<UncertainPlace>();
	/** Whether an item of the page signs under its title, on a line of its own (Header.hasBylineLine). */
	private keptBylines = false;
	/** The column of briefs being read, until a credit or a feature with its own byline closes it. */
	private column: string | undefined;

	constructor(lines: Line[], options: AssembleOptions) {
		this.lines = lines;
		this.options = options;
		this.columnNames = options.columnNames;
		// A table's rows say nothing of how the page sets its text.
		const text = lines.filter((line) => !line.row);
		this.indentsParagraphs = indentsParagraphs(text);
		this.cutsParagraphs = !options.wholeLines && cutsParagraphs(text);
		this.printedColumn = this.cutsParagraphs && !indentsParagraphs(text) ? columnWidth(text) : undefined;
		this.padsLines = padsLines(text);
		this.indentsHeadings = this.indentsParagraphs && indentsHeadings(text);
		const width = options.wholeLines ? undefined : wrapWidth(text);
		// (A page wrapped at every printed line, or near it, cuts everywhere: any flush line may go on with the one above.)
		this.cutsAfterSentenceEnds = this.cutsParagraphs && (width !== undefined || cutsNearEveryLine(text) || cutsAfterSentenceEnds(text));
		// On a wrapped page, a line that reads as a photo's credit only because the wrap cut its sentence after 摄, 图 or 提供 is text.
		if (width !== undefined) lines.forEach((line, i) => cutAfterCreditWord(line, lines[i + 1]) && (line.kind = 'body'));
		// (And a photo credit the wrap cut after the photographer's role and a name, 本报记者  王  浩文 / 孙  恺摄（人民视觉）,
		// is the caption's credit, not a byline: the line under it ends the credit and names no role of its own.)
		if (width !== undefined) lines.forEach((line, i) => creditCutAfterRole(line, lines[i + 1]) && (line.kind = 'caption'));
		const blankLinesPartBlocks = !options.wholeLines && separatesBlocks(lines, width);
		const goesOnAbove = blankLinesPartBlocks
			? new Set(lines.filter((line, i) => i > 0 && !line.afterBlank).map((line) => line.number))
			: width !== undefined
				? new Set(wrappedLines(lines, width, this.afterLostGap))
				: new Set<number>();
		this.setsHeadersFlush = this.indentsParagraphs && setsHeadersFlush(text, width !== undefined ? goesOnAbove : new Set());
		// (A page whose paragraphs are cut parts its blocks with blank lines, when it prints any: parted.)
		this.blankLinesAreBreaks = blankLinesAreRare(lines) && !this.cutsParagraphs;
		// A row stands alone: it goes on with nothing, and nothing goes on with it.
		this.rows = new Set(lines.filter((line) => line.row).map((line) => line.number));
		lines.forEach((line, i) => {
			if (!line.row) return;
			goesOnAbove.delete(line.number);
			if (lines[i + 1]) goesOnAbove.delete(lines[i + 1]!.number);
		});
		this.goesOnAbove = goesOnAbove;
		this.separatesBlocks = this.goesOnAbove.size > 0;
		this.textAloneSetsBlocks = !this.indentsParagraphs && !this.cutsParagraphs && !this.separatesBlocks;
		this.wrapsText = width !== undefined && !blankLinesPartBlocks;
		this.partedWrapWidth = blankLinesPartBlocks ? width : undefined;
		// There, a block that opens with a line running to the width is running text, every line of it, however short a line
		// the wrap left (美国称已收到伊朗谈判新 / 方案): no title, heading or byline.
		if (this.partedWrapWidth !== undefined) this.readWrappedBlocksAsText(lines);
		// A lead that a wrap cut before its 电 or 讯 is a lead all the same.
		lines.forEach((line, i) => {
			const next = lines[i + 1];
			if (width !== undefined && line.kind !== 'lead' && next !== undefined && this.goesOnAbove.has(next.number) && parseLead(line.text + next.text))
				line.kind = 'lead';
		});
	}

	/**
	 * The credit line at `index` with the rest of it that a wrap carried under it (制图：吴  芳  张芳 / 曼), and the call for
	 * contributions printed under it on a line of its own (本版邮箱 dadi@peopledaily.cn / 欢迎广大读者来稿。…): its text,
	 * its last line, and the index after it.
	 */
	private creditAt(index: number): { text: string; lastLine: number; next: number } {
		let text = this.lines[index]!.text;
		let next = index + 1;
		for (let line = this.lines[next]; line !== undefined && this.goesOnAbove.has(line.number) && line.kind !== 'credit'; line = this.lines[++next])
			text = this.afterLostGap.has(line.number) ? `${text}  ${line.text}` : joinBrokenParagraph(text, line.text);
		for (let line = this.lines[next]; line !== undefined && isCallForContributions(line.text); line = this.lines[++next]) text = `${text}  ${line.text}`;
		return { text, lastLine: this.lines[next - 1]!.number, next };
	}

	/**
	 * Whether the lines from `index` to the page's end are its credits: credit lines, calls for contributions, and roles each
	 * over a line of the names they credit (版式设计 / 张丹峰  汪哲平); one of those at least.
	 */
	private footCreditsFrom(index: number): boolean {
		let at = index;
		while (at < this.lines.length) {
			const line = this.lines[at]!;
			if (isCreditRole(line.text) && parseNameLine(this.lines[at + 1]?.text ?? '') !== undefined) at += 2;
			else if (line.kind === 'credit' || isCallForContributions(line.text)) at++;
			else return false;
		}
		return at > index;
	}

	/**
	 * Whether a line the maintainer does not name as a start may start an item: not where the starts named are every
	 * item's (a maintainer's titles, a page's Markdown marks; onlyItemStarts), once the first has started.
	 */
	private startsFreely(): boolean {
		return !this.options.onlyItemStarts || this.items.length === 0;
	}

	/** Whether the line opens a block, where the page says where blocks end (separatesBlocks). */
	private opensBlock(line: Line): boolean {
		return !this.goesOnAbove.has(line.number);
	}

	read(): ParsedPage {
		let index = 0;
		while (index < this.lines.length) {
			const line = this.lines[index]!;
			if (line.kind === 'credit' && this.creditsItemAbove(index)) {
				// A paragraph of that item, as printed under its text.
				const item = this.items.at(-1)!;
				const credit = this.creditAt(index);
				item.body.push({ type: 'paragraph', text: credit.text, lines: [line.number, credit.lastLine] });
				item.lines[1] = credit.lastLine;
				index = credit.next;
				continue;
			}
			// A credit's role over the names it credits (版式设计 / 张丹峰  汪哲平), in the page's credits at its foot.
			if (isCreditRole(line.text) && this.footCreditsFrom(index)) {
				const text = `${line.text}  ${this.lines[index + 1]!.text}`;
				this.credits.push({ text, line: line.number, roles: parseCredits(text) });
				this.column = undefined;
				index += 2;
				continue;
			}
			if (line.kind === 'credit') {
				const credit = this.creditAt(index);
				this.credits.push({ text: credit.text, line: line.number, roles: parseCredits(credit.text) });
				this.column = undefined;
				index = credit.next;
				continue;
			}
			// An editor's note printed over a header introduces the item under it (编者按：…本版今起推出…系列报道).
			// (Not under a title and the captions of its photos with no text yet: there the note opens that feature,
			// whose parts follow it: 为了和平与正义… / 图①：… / 编者按：… / …刘义权—— / 少年报国战顽敌.)
			// (Nor right under a header with nothing under it yet: 走进中企海外建设者的春节时间 / 共建一带一路的责任与承诺 / 编者按：… /
			// 阿布扎比石油勘探项目 / 扎根大漠深处 / 本报赴阿联酋特派记者  景  玥, the note opening the feature its title heads.)
			const itemAbove = this.items.at(-1);
			const opensFeatureAbove =
				itemAbove !== undefined && itemAbove.body.length === 0 && (itemAbove.figures.length > 0 || itemAbove.lines[1] === this.lines[index - 1]?.number);
			const introduced =
				INTRODUCING_NOTE_LABEL.test(line.text) && !this.options.itemStarts.has(line.number) && !opensFeatureAbove && this.startsFreely()
					? this.headerAt(index + 1)
					: undefined;
			if (introduced) {
				index = this.startItem(introduced);
				this.notesAbove.set(this.items.at(-1)!, line);
				continue;
			}
			const part = this.options.itemStarts.has(line.number) || !this.startsFreely() ? 0 : this.featurePartAt(index);
			if (part > 0) {
				index = this.readFeaturePart(index, part);
				continue;
			}
			// A banner feature's next part is read as its section, however short (bannerFeatureAt).
			const inBanner = this.items.at(-1) && this.bannerFeatures.get(this.items.at(-1)!);
			if (inBanner !== undefined && !this.options.itemStarts.has(line.number) && this.bannerPartAt(index, inBanner.speeches)) {
				index = this.readBody(index, this.items.at(-1)!);
				continue;
			}
			// A section's heading over its dash sub-heading, in a signed item that heads its sections so (以改革之刃破局 /
			// ——用系统思维一体推进教育科技人才发展 / text), is no item's title and subtitle.
			// So is a short label shaped as the item's section labels, two or more of them over their headings already (溯源 /
			// 千秋万载花不败, 韵致 / …), over one more heading that a name signs (读城 / 花凝风骨  城焕新生 / 翟钦奇).
			// So is one character alone on its line between paragraphs, where the item heads three sections or more so (路 / 富 /
			// 福, under 于营村的幸福“三字经”).
			if (!this.options.itemStarts.has(line.number) && this.oneCharacterSectionAt(index)) {
				const item = this.items.at(-1)!;
				item.body.push({ type: 'heading', depth: 2, text: line.text, lines: [line.number, line.number] });
				item.lines[1] = line.number;
				index++;
				continue;
			}
			if (!this.options.itemStarts.has(line.number) && this.labelledSectionAt(index)) {
				index = this.pushHeadingPair(this.items.at(-1)!, index);
				continue;
			}
			if (!this.options.itemStarts.has(line.number) && this.dashSubheadedSectionAt(index)) {
				index = this.pushHeadingPair(this.items.at(-1)!, index);
				continue;
			}
			const forced = this.options.itemStarts.has(line.number);
			// An advertisement listed among the articles (广告) holds no text, its picture aside: the line under it starts the
			// next item, another 广告 too.
			const above = this.items.at(-1);
			if (!forced && this.startsFreely() && above?.title === AD_TITLE && holdsNothing(above)) {
				index = this.startItem(this.headerAt(index) ?? this.headerOf([line], index + 1));
				continue;
			}
			// So does a photo report the web edition gave with its picture alone (图片报道, no caption under it), where a header
			// with no anchor comes next, its lines over text (图片报道 / 军运会期间，经受能力大考、作风大考—— / 安保这一仗  赢得很漂亮 / …).
			const photoHeader = !forced && this.startsFreely() ? this.headerUnderBarePhotoReport(index) : undefined;
			if (photoHeader) {
				index = this.startItem(photoHeader);
				continue;
			}
			const read = forced ? this.forcedHeaderAt(index) : this.startsFreely() ? this.headerAt(index) : undefined;
			// (A sentence over a kicker and its title ends the text above: the next line starts the header.)
			const header = read && !forced && this.items.length > 0 && stacksSentenceOverKicker(read) ? undefined : read;
			const found = header ?? (this.startsFreely() ? (this.colonKickerAt(index) ?? this.photoReportAt(index)) : undefined);
			if (found && !forced && this.labelsPhotoOfDataFeature(found)) {
				const item = this.items.at(-1)!;
				item.body.push({ type: 'heading', depth: 2, text: line.text, lines: [line.number, line.number] });
				item.lines[1] = line.number;
				index++;
				continue;
			}
			const banner = found && !this.options.itemStarts.has(line.number) ? this.bannerFeatureAt(found) : undefined;
			if (banner) {
				index = this.startItem(banner);
				this.bannerFeatures.set(this.items.at(-1)!, { speeches: banner.speeches === true });
				continue;
			}
			if (found) {
				index = this.startItem(found);
				continue;
			}
			const item = this.items.at(-1);
			// A page's first line too long for a header, over a header (a kicker that runs on as a sentence
			// does, 北京市海淀区围绕…，推进…，提升… / 超大城市治理难题如何破解（法治头条） / 李文钊), is that header's kicker.
			const under = !item && index === 0 && !SENTENCE_END_MARK.test(line.text) ? this.headerAt(index + 1) : undefined;
			if (under && !under.kicker && !under.column && (under.hasBylineLine || hasColumnTag(under.title.text))) {
				this.uncertain.push({ line: line.number, why: LONG_KICKER(line.text) });
				index = this.startItem({ ...under, kicker: [line] });
				continue;
			}
			if (!item) {
				// Text before any title (a page that opens mid-article, a title the layout lost): its
				// first line heads an item, so that nothing is lost, and the maintainer is told.
				this.uncertain.push({ line: line.number, why: '版面开头的这一行不像标题，暂作第一篇稿件的标题；如不对，在旁注文件里指明稿件从哪一行开始。' });
				index = this.startItem(this.forcedHeaderAt(index));
				continue;
			}
			index = this.readBody(index, item);
		}
		// (The note goes in when the item is read: its lead is the first block under the header.)
		for (const [item, note] of this.notesAbove) item.body.unshift({ type: 'paragraph', text: note.text, lines: [note.number, note.number] });
		// (A page whose text kept any byline under a title kept its anchors: on April's development pages, 8 of 453 flags for a
		// kicker stacked over its title and their anchor, or for a feature's part, lay in an item with a miss. A crawler's text
		// that saves no bylines lost them: there, 188 of 1,022 kicker places and 26 of 153 part places did.)
		const uncertain = this.keptBylines ? this.uncertain.filter((place) => !this.doubtfulWhereUnsigned.has(place)) : this.uncertain;
		return { items: this.items, columns: this.columns, credits: this.credits, uncertain };
	}

	/**
	 * The header at `index` right under a photo report that holds nothing, its picture and caption left out (图片报道 with no
	 * text): one to three lines like a title's with no sentence ended, over a paragraph of text. Undefined where the item above
	 * holds anything, or the lines read otherwise.
	 */
	private headerUnderBarePhotoReport(index: number): Header | undefined {
		// (Only where a line is a whole block: a wrap or a column break may leave a caption's first words alone on a line,
		// “十五五”规划纲要提出 / “加快建设现代化水网”。…, 用手机扫码，就可以看到持卡人员的个 / 人信息。….)
		if (this.separatesBlocks || this.cutsParagraphs) return undefined;
		const above = this.items.at(-1);
		// (Or nothing but where its pictures came from: 图片报道 / 图片来源：影像中国.)
		const bare = above !== undefined && (holdsNothing(above) || namesPictureSourceOnly(above));
		if (above?.title !== PHOTO_REPORT_TITLE || !bare || above.lines[1] !== this.lines[index - 1]?.number) return undefined;
		const headerLine = (line: Line) => line.kind === 'title-like' && !/[。；;！!？?]/u.test(line.text);
		let end = index;
		while (end < this.lines.length && end - index < MAX_HEADER_LINES_UNDER_PHOTO && headerLine(this.lines[end]!)) end++;
		if (end === index || this.lines[end]?.kind !== 'body' || !hasRunningTextPunctuation(this.lines[end]!.text)) return undefined;
		return this.headerAt(index) ?? this.headerOf(this.lines.slice(index, end), end);
	}

	/** The index of the first line from `index` on that is no chart's credit (制图：…, printed once or more). */
	private afterChartCredits(index: number): number {
		let at = index;
		while (this.lines[at]?.kind === 'credit' && CHART_CREDIT.test(this.lines[at]!.text)) at++;
		return at;
	}

	/** Whether the item's text so far is only the credits of its charts, printed under its header (chartCreditUnderHeader). */
	private opensWithChartCredits(item: ParsedItem | undefined): boolean {
		// (The sources of its charts' figures may come first, its photos between: 数据来源：生态环境部 / 图为… / 曾清龙摄 / 制图：沈亦伶.)
		return item !== undefined && item.body.some((block) => CHART_CREDIT.test(block.text)) && opensWithChartsOnly(item);
	}

	/**
	 * Whether the line at `index` credits a chart of `item` right under its header: the item has no text yet but such credits,
	 * and its text follows them (制图：陈道华 / 制图：陈道华 / 本意是…).
	 */
	private chartCreditUnderHeader(item: ParsedItem, index: number): boolean {
		if (!CHART_CREDIT.test(this.lines[index]!.text) || !opensWithChartsOnly(item)) return false;
		const below = this.lines[this.afterChartCredits(index + 1)];
		// (Or its lead: 制图：张丹峰 / 制图：张丹峰 / 本报成都…电.)
		return below !== undefined && (CONTENT.has(below.kind) || below.kind === 'title-like' || below.kind === 'lead');
	}

	/**
	 * Whether the credit line at `index` credits the item printed right above it rather than the
	 * page: only its graphics or layout (制图：张芳曼, 版式设计：汪哲平 under a feature), on a line
	 * of its own between that item's text and what follows, or right over the page's editors.
	 */
	private creditsItemAbove(index: number): boolean {
		const line = this.lines[index]!;
		const item = this.items.at(-1);
		const above = this.lines[index - 1];
		const below = this.lines[index + 1];
		const itemsOwn = (credit: Line) => {
			const roles = parseCredits(credit.text);
			return roles.length > 0 && roles.every((role) => ITEM_CREDIT_ROLES.has(role.role));
		};
		// (Where the text is indented and the page's credits are not, indented credits of an item's
		// graphics and layout may come two in a row: 制图：蔡华伟 / 版式设计：汪哲平.)
		const indentedPair = (other: Line | undefined) => other?.kind === 'credit' && this.setsHeadersFlush && line.indented && other.indented && itemsOwn(other);
		// (So may a feature's coordinator and the designer of its layout, however set: 本期统筹：刘静文 / 版式设计：蔡华伟.)
		const coordinatorPair = (first: Line | undefined, second: Line | undefined) =>
			first?.kind === 'credit' && second?.kind === 'credit' && FEATURE_COORDINATOR.test(first.text) && itemsOwn(first) && itemsOwn(second);
		// (And a line of the item's own credits goes on under another that the item took: 本期统筹：张  晔 /
		// 融媒制作：张意轩 / 绘制：刘  峥.)
		const creditsGoOn = (other: Line) => item !== undefined && item.lines[1] === other.number && itemsOwn(other) && itemsOwn(line);
		const pairedAbove = (other: Line) => indentedPair(other) || coordinatorPair(other, line) || creditsGoOn(other);
		// A chart's credit right under the item's header, before its text (…（金台视线） / 本报记者  史一棋 / 制图：陈道华 / text):
		// the item's chart, printed at its head, as the source keeps it.
		if (item !== undefined && above !== undefined && item.lines[1] === above.number && this.chartCreditUnderHeader(item, index)) return true;
		if (!item || above === undefined || item.lines[1] !== above.number || (above.kind === 'credit' && !pairedAbove(above))) return false;
		// A call for contributions (欢迎赐稿) ends with where to send them: 本版邮箱：…, its own text.
		if (CALL_FOR_CONTRIBUTIONS.test(item.title) && parseCredits(line.text).every((credit) => /邮箱$/u.test(credit.role))) return true;
		// (Over the page's credits, the item's graphics or layout stand first: 制图：张丹峰 / 本版责编：吴  燕 ….
		// Papers print the page's editors first and its layout after them.)
		// (Its coordinator may come first or last: 版式设计：蔡华伟 / 本期统筹：张  曾.)
		if (
			below?.kind === 'credit' &&
			!indentedPair(below) &&
			!coordinatorPair(line, below) &&
			!coordinatorPair(below, line) &&
			!namesEditors(below) &&
			!(creditsGoOn(above) && itemsOwn(below))
		)
			return false;
		if (this.setsHeadersFlush && !line.indented) return false;
		return itemsOwn(line);
	}

	/**
	 * How many lines head a part of a feature printed under one title, at `index` (0 if none): a
	 * line leading into the part's heading with a dash, the heading, and the names of its writers
	 * (华中科技大学—— / 把真实世界的“不完美”摆在学生面前 / 本报记者  范昊天). Such a part belongs to the
	 * item above when that item has no byline of its own (the feature's title, and perhaps its
	 * lead); under a signed item, the same lines head an item of their own, as a kicker does. A
	 * title with its column's tag (服务专业  热情周到（聚焦亚沙会）) is always an item's.
	 */
	private featurePartAt(index: number): number {
		const lines = this.lines;
		const item = this.items.at(-1);
		// (Called for every line: only a title-like one may lead into a part, so the wrapped lines are joined for it alone.)
		if (lines[index]?.kind !== 'title-like') return 0;
		const [leadIn, heading] = this.partHeadingsAt(index);
		const names = lines[heading?.next ?? lines.length];
		const leadsIn = leadIn?.kind === 'title-like' && PART_LEAD_IN.test(leadIn.text);
		if (!leadsIn || heading?.kind !== 'title-like' || names === undefined) return 0;
		if (!item || item.authors.length > 0 || item.agency !== undefined || item.byline !== undefined || isStandingTitle(item.title)) return 0;
		// (A photo item, its captions and credits alone, has no parts: 古镇夜色 / 近日，游客… / 周建平摄; a
		// feature under its column's tag, 贴近需求  贴心服务（新春走基层）, may open with its pictures, as may one
		// under a kicker that leads into it (农业科技更接地气，…更有底气—— / 听科技特派员讲下乡故事 / 图①：… / 图②：…).)
		const ledInto = leadsInWithDash(item.kicker);
		if (item.figures.length > 0 && !item.body.some((block) => block.type === 'paragraph') && !hasColumnTag(item.title) && !ledInto) return 0;
		// (Nor does photo news, its text and then its picture's caption and credit: the credit closes it, 播下法治种子… / 贵州…开展
		// 法治进校园活动… / 图为… / 范  晖摄（人民视觉）.)
		const lastFigure = item.figures.at(-1);
		const closedByPicture =
			lastFigure?.credit !== undefined &&
			item.body.every((block) => block.type === 'paragraph' && block.lines[1] < lastFigure.lines[0]) &&
			item.body.length <= 2;
		if (closedByPicture && !hasColumnTag(item.title) && !ledInto) return 0;
		// The feature's title stands over its parts, perhaps with a short lead; a long text is an item of its own.
		const hasParts = hasDashLedHeading(item);
		if (!hasParts && item.body.length > MAX_FEATURE_LEAD_PARAGRAPHS) return 0;
		if (parseSignatureLine(heading.text) !== undefined || hasColumnTag(heading.text) || isStandingTitle(heading.text)) return 0;
		// Where headers are set flush, a part's heading is indented like its text.
		if (this.setsHeadersFlush && !(leadIn.indented && heading.indented)) return 0;
		let end = heading.next;
		while (lines[end] !== undefined && (lines[end]!.kind === 'byline' || parseSignatureLine(lines[end]!.text) !== undefined)) end++;
		// (Without indents, the part's text may open with a piece of a paragraph a column break cut.)
		return end > heading.next && lines[end] !== undefined && (CONTENT.has(lines[end]!.kind) || this.opensFlatCut(end)) ? end - index : 0;
	}

	/**
	 * The two lines that may head a feature's part at `index` (featurePartAt), each with what a wrap carried under it
	 * (新疆巴音郭楞蒙古自治州 / 尉犁县—— / 一堂直播课，见证乡村产 / 业更迭): the kind and text of each, its lines, and the index after it.
	 */
	private partHeadingsAt(index: number): (PartHeading | undefined)[] {
		const wrappedLine = (at: number) => {
			const first = this.lines[at];
			if (first === undefined) return undefined;
			let [text, next] = [first.text, at + 1];
			for (let line = this.lines[next]; this.wrapsText && line?.kind === 'title-like' && this.goesOnAbove.has(line.number); line = this.lines[++next])
				text = joinBrokenParagraph(text, line.text);
			return { kind: first.kind, indented: first.indented, text, lines: [first.number, this.lines[next - 1]!.number] as [number, number], next };
		};
		const leadIn = wrappedLine(index);
		return [leadIn, leadIn && wrappedLine(leadIn.next)];
	}

	/** Reads a part's header (featurePartAt) into the item above: its two headings, then its writers' names as text. */
	private readFeaturePart(index: number, length: number): number {
		const item = this.items.at(-1)!;
		const [leadIn, heading] = this.partHeadingsAt(index) as PartHeading[];
		item.body.push({ type: 'heading', depth: 2, text: leadIn!.text, lines: leadIn!.lines });
		item.body.push({ type: 'heading', depth: 3, text: heading!.text, lines: heading!.lines });
		for (const names of this.lines.slice(heading!.next, index + length))
			item.body.push({ type: 'paragraph', text: names.text, lines: [names.number, names.number] });
		item.lines[1] = this.lines[index + length - 1]!.number;
		const place = {
			line: leadIn!.lines[0],
			why: `这几行（引语、小标题、署名）读作《${item.title}》的一个部分，因为它没有自己的署名。${HOW_TO_CORRECT}`,
		};
		this.uncertain.push(place);
		this.doubtfulWhereUnsigned.add(place);
		return index + length;
	}

	/**
	 * The header of an item the maintainer says starts at `index`: the header the parser reads there, or else the run of
	 * title-like lines from there (column, kicker, title, subtitle) if the line is title-like, or else that line alone as
	 * the title; with the byline lines under it.
	 */
	private forcedHeaderAt(index: number): Header {
		const lines = this.lines;
		const titleAt = lines.findIndex((line, i) => i >= index && i < index + MAX_HEADER_LINES && this.options.titleLines.has(line.number));
		// Where the page labels the fields under the title, they make its header, read as the labels name them.
		if (titleAt >= 0 && this.options.markedFields?.has(lines[titleAt + 1]?.number ?? 0)) return this.headerWithTitleAt(index, titleAt);
		// Where the parser reads a header there itself (a title over a bare name, its writer: 弘扬五四精神答好时代之问（青年观） /
		// 廉思; a kicker ending in a colon over its title), the start takes it, unless it runs into the next start, or reads
		// another title than the one the maintainer (or the page's Markdown) names.
		const own = this.headerAt(index) ?? this.colonKickerAt(index) ?? this.photoReportAt(index);
		const ownTitle = titleAt < 0 || own?.title.number === lines[titleAt]!.number;
		if (own && ownTitle && !lines.slice(index + 1, own.next).some((line) => this.options.itemStarts.has(line.number))) return own;
		let end = index + 1;
		if (lines[index]!.kind === 'title-like') {
			// (Where headers are set flush, an indented line is text, as in headerAt.)
			while (
				end < lines.length &&
				lines[end]!.kind === 'title-like' &&
				end - index < MAX_HEADER_LINES &&
				!this.options.itemStarts.has(lines[end]!.number) &&
				!(this.setsHeadersFlush && lines[end]!.indented)
			)
				end++;
		}
		const run = this.headerOf(lines.slice(index, end), end);
		if (titleAt < 0) return run;
		// Under a title named, the subtitle the run reads there, dash or none (广西推行市场监管信用豁免制度 / 以更具温度的执法为经营主体减负).
		// (Not a writer's bare name, which the byline takes: 走好自己的创业路 / 李彦君; nor a sentence, a label's line or a line as
		// long as a paragraph's, which open the text: 说起沙滩排球，很多人疑惑：…？, 提问：付某某…)
		// (So is the title the run reads under the named one, which it took for a kicker: the maintainer says the two lines are
		// title and subtitle, not kicker and title, 春运迎来返程客流高峰 / 春节期间全国交通平稳有序，口岸出入境人数同比增长超一成.)
		const readAsKicker =
			run.kicker?.at(-1)?.number === lines[titleAt]!.number &&
			run.subtitle === undefined &&
			(this.options.markedSubtitles === undefined || this.options.markedSubtitles.has(run.title.number));
		const under = run.title.number === lines[titleAt]!.number ? run.subtitle : readAsKicker ? run.title : undefined;
		const opensText = (text: string) => SENTENCE_END_MARK.test(text) || LABEL_OPENING.test(text) || charLength(text) > MAX_NAMED_SUBTITLE;
		// (A subtitle the page's marks set, ## or 副标题：, is one however long: 一张清单为基层干部减负增能 / 浙江湖州推行村社工作事项清单改革，
		// 清退“分外事”，让村社干部专注“分内事”, its byline under it.)
		const marked = under !== undefined && (this.options.markedSubtitles?.has(under.number) ?? false);
		const subtitle = under && (marked || isSubtitle(under.text) || (!parseSignatureLine(under.text) && !opensText(under.text))) ? under : undefined;
		return this.headerWithTitleAt(index, titleAt, subtitle);
	}

	/**
	 * The header of an item whose title the maintainer names: the lines from `index` above it are
	 * its column (a known name) and kicker; under it, a ——subtitle (or `read`, the subtitle the parser reads there) and the
	 * byline lines (roles, or bare names) are taken, whatever else follows is text.
	 */
	private headerWithTitleAt(index: number, titleAt: number, read?: Line): Header {
		const lines = this.lines;
		const above = lines.slice(index, titleAt);
		const column = above.length > 0 && this.columnNames.has(above[0]!.text) ? above.shift() : undefined;
		// (A line the split itself starts an item at is none of them, however it reads: a title-only article a crawler saved in a
		// file of its own under another, 逐浪戏银珠（中国画） / 兰香（中国画）. A maintainer's hint there is one that no longer matches
		// the text, and is reported so.)
		const free = (at: number) => lines[at] !== undefined && !(this.options.fixedStarts?.has(lines[at]!.number) ?? false);
		let next = titleAt + 1;
		// (Where the page labels its fields, the lines under the title are those its labels name, in the crawler's order.)
		const fieldOf = (at: number) => (free(at) ? this.options.markedFields?.get(lines[at]!.number) : undefined);
		if (fieldOf(next) !== undefined) {
			const kicker = [...above];
			let subtitle: Line | undefined;
			const bylines: Line[] = [];
			for (let field = fieldOf(next); field !== undefined && !(field === 'subtitle' && subtitle); field = fieldOf(++next)) {
				if (field === 'kicker') kicker.push(lines[next]!);
				else if (field === 'subtitle') subtitle = lines[next]!;
				else bylines.push(lines[next]!);
			}
			return { column, kicker: kicker.length > 0 ? kicker : undefined, title: lines[titleAt]!, subtitle, bylines, next, hasBylineLine: bylines.length > 0 };
		}
		const subtitle = free(next) && (lines[next] === read || isSubtitle(lines[next]!.text)) ? lines[next++] : undefined;
		const bylines: Line[] = [];
		while (free(next) && (lines[next]!.kind === 'byline' || parseSignatureLine(lines[next]!.text) !== undefined)) bylines.push(lines[next++]!);
		return { column, kicker: above.length > 0 ? above : undefined, title: lines[titleAt]!, subtitle, bylines, next, hasBylineLine: bylines.length > 0 };
	}

	/**
	 * Whether a title and a ——subtitle, or a kicker ending in —— and a title, head an item of their
	 * own though nothing anchors them (以长期主义打造人才引育“强磁场” / ——天津市宝坻区人才工作见闻):
	 * sections lead in the same way (重获新生—— / 通过“再评估”，化解“摘牌”风险), so only where the item
	 * above has no sections and none follows before the next anchored header.
	 */
	private dashHeaderOfItsOwn(run: readonly Line[], end: number): boolean {
		if (run.length !== 2 || !(/(?:——|──)$/u.test(run[0]!.text) || isSubtitle(run[1]!.text))) return false;
		// A title over a subtitle that a dash opens heads an item whatever the item above holds, and the subtitle may list
		// what it says (汇聚全体中华儿女团结奋斗的强大合力 / ——习近平总书记…激励广大干部群众坚定信心、勇毅前行). (Not a
		// question over its answer in clauses, a section's: 投资空间有多大？ / ——补短板、强弱项、增后劲，需持续投入.)
		const underDashSubtitle =
			isSubtitle(run[1]!.text) &&
			!SENTENCE_END_MARK.test(run[1]!.text) &&
			!/[，,]/u.test(run[1]!.text) &&
			!hasRunningTextPunctuation(run[0]!.text) &&
			!/[？?]$/u.test(run[0]!.text);
		// (Headers of that kind print no running text: “网联”强基，平台节点提供有力支撑—— leads into its section. A title over a
		// subtitle that names the piece's kind may: 领航，号角催征新时代 / ——…侧记.)
		const ofItsKind = REPORT_KIND_SUBTITLE.test(run[1]!.text) && !/[。；;！!？?…]/u.test(run[0]!.text);
		// (On a plain page, a long kicker may tell its story in clauses: 广州黄埔区厚植非公党建“沃土”，培育民企创新热情——.)
		const longKicker = this.textAloneSetsBlocks && this.longKickerOfItsOwn(run, end);
		if (!underDashSubtitle && !ofItsKind && !longKicker && run.some((line) => hasRunningTextPunctuation(line.text) || /[…]$/u.test(line.text))) return false;
		// The item above must have its text (or its photo), and no sections of its own.
		const item = this.items.at(-1);
		const body = item?.body ?? [];
		if (!(body.some((block) => block.type === 'paragraph') || (item?.figures.length ?? 0) > 0)) return false;
		// (A subtitle that names the piece's kind, ——…纪实, heads an item whatever sections follow: no section's heading has one.)
		// (Not where the same pair follows before any anchor, a heading as long over its own dash line: a feature's parallel
		// sections, 辉煌的成就 / ——世界人口最多的发展中大国… / … / 攻坚的力量 / ——… / … / 希望的田野 / ——….)
		if (underDashSubtitle && !REPORT_KIND_SUBTITLE.test(run[1]!.text) && this.parallelDashPairFollows(run, end)) return false;
		if (REPORT_KIND_SUBTITLE.test(run[1]!.text) || underDashSubtitle) return true;
		// (So does a kicker that tells news in a clause of its own, no lead-in to a part: 各地开展尊老敬老爱老孝老活动—— /
		// 九九重阳  其乐融融, after a finished text with no byline line. A part's lead-in names its subject alone, a place, a body
		// or a person: 上海中共一大会址——, 武警部队方队政委王谦——; a feature its reporters signed under its title may lead into its
		// places' parts with their news too, 福建福州加强立法信息员队伍建设—— / 用“法言法语”助力解决民生实事.)
		if (
			item!.byline === undefined &&
			isNewsKicker(run[0]!.text) &&
			!SENTENCE_END_MARK.test(run[1]!.text) &&
			!isUnterminated(this.textEndingAbove(end - run.length) ?? '')
		)
			return true;
		// (On a plain page, so does a long kicker that names a place, a body, an event or a person, 陕西西咸新区秦汉新城—— /
		// 创新带来加速度, after a finished text of two paragraphs or more that led into no part so, where no lead-in as long follows
		// it on the page: a feature leads into its parts so in a row, 国防大学某学院学员汪某—— / … / 武警某支队参谋长张某——.)
		if (longKicker) return true;
		// (Sections of an unsigned item above, headed plainly, say nothing of a kicker that leads in with a dash: only sections
		// led in so make it one more, 重获新生—— / …. Under 马拉松突破“2”时代 / … / 团队密切配合 / … / 激励更多选手 / …,
		// 速度滑冰和短道速滑国家队举办“直通赛”—— / 强化竞争  备战新赛季 heads an item of its own. A reporters' feature leads
		// into its places' parts so: 本报记者  … / … / 头条看点 / … / 某市推行“家站合一”工作模式—— / 让群众在家门口参与立法.)
		const plainSectionsAbove =
			/(?:——|──)$/u.test(run[0]!.text) &&
			item!.byline === undefined &&
			item!.authors.length === 0 &&
			!body.some((block) => /(?:——|──)$/u.test(block.text)) &&
			!SPEAKER_LED_IN.test(run[0]!.text);
		if (body.some((block) => block.type === 'heading') && !plainSectionsAbove) return false;
		return this.noSectionFollows(end);
	}

	/**
	 * Whether a heading as long as the run's first line, over a line that opens with a dash, follows `end` before the next
	 * anchored header, or heads a section of the item being read: the run is one of a feature's parallel sections.
	 */
	private parallelDashPairFollows(run: readonly Line[], end: number): boolean {
		const length = charLength(run[0]!.text);
		const parallel = (i: number) => {
			const line = this.lines[i]!;
			return line.kind === 'title-like' && charLength(line.text) === length && isSubtitle(this.lines[i + 1]?.text ?? '');
		};
		const item = this.items.at(-1);
		if (item !== undefined) {
			const first = this.lines.findIndex((line) => line.number === item.lines[0]);
			for (let i = Math.max(first + 1, 0); i < end - run.length; i++) if (parallel(i)) return true;
		}
		for (let i = end; i + 1 < this.lines.length; i++) {
			const line = this.lines[i]!;
			if (line.kind === 'credit' || ANCHORS.has(line.kind)) return false;
			if (parallel(i)) return true;
		}
		return false;
	}

	/**
	 * Whether the run is a long kicker that leads into its title with a dash (nine characters or more before it, its clauses
	 * parted by commas at most, the title by none), under a finished text of two paragraphs or more that led into no part with
	 * a dash, and no other lead-in as long follows to the page's end.
	 */
	private longKickerOfItsOwn(run: readonly Line[], end: number): boolean {
		const isLongLeadIn = (line: Line) =>
			line.kind === 'title-like' && /(?:——|──)$/u.test(line.text) && charLength(line.text.replace(/(?:——|──)$/u, '')) >= MIN_UNANCHORED_KICKER_LENGTH;
		const body = this.items.at(-1)?.body ?? [];
		return (
			isLongLeadIn(run[0]!) &&
			!/[。；;：:！!？?]/u.test(run[0]!.text + run[1]!.text) &&
			!/[，,]/u.test(run[1]!.text) &&
			body.filter((block) => block.type === 'paragraph' && hasRunningTextPunctuation(block.text)).length >= MIN_PARAGRAPHS_BEFORE_NEWS_KICKER &&
			!body.some((block) => /(?:——|──)$/u.test(block.text)) &&
			!isUnterminated(this.textEndingAbove(end - run.length) ?? '') &&
			!this.lines.slice(end).some(isLongLeadIn)
		);
	}

	/**
	 * Whether a title with nothing to anchor it (no byline, no lead) heads an item after a news item
	 * that opens with its dateline (本报北京11月11日电  …): such news has no sections, so a lone heading in
	 * it is the next item's title (机构预测四季度经济有望延续回升态势 / 多家机构近日发布研究报告认为，…).
	 * `sectionsMayFollow`: the title shows itself for one, and may have sections of its own.
	 */
	private titleAfterDatedNews(index: number, run: readonly Line[], end: number, sectionsMayFollow = false): boolean {
		const item = this.items.at(-1);
		const first = item?.body[0];
		const opensWithLead = first?.type === 'paragraph' && parseLead(first.text) !== undefined;
		// (After news that opens with its dateline, a headline may part its clauses with a comma, 内蒙古冰雪季，越冷越热情,
		// or list them, 惠客出暖意、服务有实招、活动掀热潮; a sentence's full stop or semicolon is no headline's. After
		// an item only read as news after such news, a line with a comma is as likely its section's heading:
		// 拼经济，凝聚发展之势.)
		const headlinePunctuation = (text: string) =>
			/[。；;]/u.test(text) || (hasRunningTextPunctuation(text) && (!opensWithLead || charLength(text) > MAX_HEADLINE_WITH_COMMAS));
		if (run.length > 2 || run.some((line) => headlinePunctuation(line.text))) return false;
		// (Nor the first piece of a paragraph a column break cut: “中油早1号”是中国农业科学院油料所…; nor the
		// head of a list of names the news gives: 2026年全国先进工作者名单 / 北京市 / 张  三  李  四….)
		const below = this.lines[end];
		if (this.opensFlatCut(index) || this.continuesParagraph(index) || (below !== undefined && isNameList(below.text))) return false;
		const dated = opensWithLead || (item !== undefined && this.newsAfterNews.has(item));
		// (A report with its byline line is a feature, which may have sections; a question may be a sentence of its text.)
		if (!dated || item!.byline !== undefined || item!.body.some((block) => block.type === 'heading') || /[？?！!]$/u.test(run.at(-1)!.text)) return false;
		// A brief of a paragraph or two has no sections; after longer news, only where none follows.
		const paragraphs = item!.body.filter((block) => block.type === 'paragraph').length;
		// (Not even under a brief, nor set in clauses apart, where more headings follow, none anchored: its sections, 利用春晚资源
		// 打造全域打卡场景 / … / 多维举措联动  释放文旅消费潜力 / ….)
		const headingsFollow = run.length === 1 && this.unanchoredHeadingsFollow(end);
		return ((paragraphs <= MAX_BRIEF_PARAGRAPHS || sectionsMayFollow) && !headingsFollow) || this.noSectionFollows(end);
	}

	/**
	 * Whether two or more single title-like lines follow `end`, each between paragraphs and none over a byline or a lead,
	 * before the next anchored header: the sections of the item being read. With `spaced`, only headings of clauses set
	 * apart by spaces count, and any other line that reads as one (its column's tag too) ends the count.
	 */
	private unanchoredHeadingsFollow(end: number, spaced = false): boolean {
		let headings = 0;
		for (let i = end; i < this.lines.length; i++) {
			const line = this.lines[i]!;
			if (line.kind === 'credit' || ANCHORS.has(line.kind)) break;
			if (line.kind !== 'title-like' || this.continuesParagraph(i)) continue;
			if (spaced && (!SPACED_CLAUSES.test(line.text) || hasColumnTag(line.text))) break;
			if (hasColumnTag(line.text)) continue;
			const [above, below] = [this.lines[i - 1], this.lines[i + 1]];
			if (above?.kind !== 'body' || below?.kind !== 'body') break;
			headings++;
		}
		return headings >= MIN_UNANCHORED_SECTIONS;
	}

	/**
	 * Whether no section heading of the item being read follows `end` before the next anchored header:
	 * the next run of title-like lines, if any, has a byline or a lead under it.
	 */
	private noSectionFollows(end: number): boolean {
		for (let i = end; i < this.lines.length; i++) {
			const line = this.lines[i]!;
			if (line.kind === 'credit' || ANCHORS.has(line.kind)) return true;
			// (Nor does one after the dateline that closes the text: the item ends there.)
			if (CLOSING_DATELINE_LINE.test(line.text.trim())) return true;
			// (A piece of a paragraph that a column break cut may read like a title: no section's heading.)
			// (Nor is a block of lines of running text, where blank lines part the blocks.)
			const runningBlock = this.separatesBlocks && (!this.opensBlock(line) || (this.opensBlockOfLines(i) && hasRunningTextPunctuation(this.blockTextFrom(i))));
			if (line.kind !== 'title-like' || runningBlock || this.continuesParagraph(i)) continue;
			let j = i;
			while (this.lines[j]?.kind === 'title-like') j++;
			// The next run heads an item if an anchor is under it, if it is a title that always heads one (图片报道), or if a
			// title in it carries its column's tag (a commentary the web edition prints without its signature:
			// 以团结合作应对全球性挑战（和音））; otherwise it is a section of this one.
			return (
				this.lines[j] === undefined ||
				ANCHORS.has(this.lines[j]!.kind) ||
				this.lines[j]!.kind === 'credit' ||
				isStandingTitle(line.text) ||
				this.lines.slice(i, j).some((run) => hasColumnTag(run.text))
			);
		}
		return true;
	}

	/** The line of the page with the given number (1-based, in its file). */
	private lineNumbered(number: number): Line | undefined {
		return this.lines.find((line) => line.number === number);
	}

	/**
	 * Whether a lone title over a photo's caption labels a photo of the feature being read: one that
	 * opens with the source of its figures (数据来源：…) and, so far, nothing but its photos and their
	 * labels (国家治理效能得到新提升（新时代画卷…） / 数据来源：… / 发展社会主义民主 / 2025年3月5日，… /
	 * 新华社记者  岳月伟摄 / 发展社会主义民主 / …): a picture page's sections, not items of their own.
	 */
	private labelsPhotoOfDataFeature(header: Header): boolean {
		const item = this.items.at(-1);
		if (item === undefined || item.byline !== undefined || item.agency !== undefined || item.authors.length > 0) return false;
		if (header.kicker || header.subtitle || header.column || header.bylines.length > 0) return false;
		const paragraphs = item.body.filter((block) => block.type === 'paragraph');
		return paragraphs.length === 1 && isSourceNote(paragraphs[0]!.text) && this.captionFrom(header.next);
	}

	/**
	 * A banner over parts that each print a headline and who speaks in them, as special pages set
	 * interviews with a company's or a place's heads (加快绿色低碳发展  助力美丽中国建设 / 布局前沿领域  促进协同发展 /
	 * 某公司党委副书记、总经理  陈某 / … / 强化科技赋能  推进绿色采购 / 某集团高级副总裁  王某 / …): the
	 * header read as kicker, title and byline is the banner, one item, and its parts are its sections.
	 * The header for that item (the banner alone as its title), if `header` opens one.
	 */
	private bannerFeatureAt(header: Header): Header | undefined {
		// A banner over guests from abroad, its column's tag and all, each part a title over the guest, the country first, and
		// their words (讲述亲历故事  见证辉煌历程（风从东方来——…） / 中国各个地方都散发着前进的活力 / （摩洛哥）阿齐兹·梅某某 / …),
		// read as the banner's subtitle and byline where nothing sets headers apart: the banner stands alone over its parts.
		if (header.subtitle !== undefined && !isSubtitle(header.subtitle.text) && !header.kicker && header.bylines.length === 1) {
			const first = this.lines.indexOf(header.subtitle);
			if (this.guestsSpeakFrom(first) >= MIN_GUEST_SPEAKERS)
				return { ...header, subtitle: undefined, bylines: [], hasBylineLine: false, next: first, guess: BANNER_PARTS(header.title.text), speeches: true };
		}
		if (header.column) return undefined;
		// A banner with nothing signed under it (its own title and subtitle, perhaps its photos), over
		// its first part: 持续优化普惠金融服务体系 / 2025中国品牌论坛现场。 / 本报记者  雷  声摄 / 以人民为中心  建设金融强国 / 某研究院副院长  尹某某.
		if (header.bylines.length === 0) {
			let first = header.next;
			while (this.lines[first] !== undefined && (this.lines[first]!.kind === 'caption' || this.captionFrom(first))) first++;
			// (Guests from abroad, each giving their country, speak too: 时政评论员  杰瑞·格雷（澳大利亚）.)
			// (So do speakers whose words a reporter put together, each part closing （本报记者…整理）.)
			const speeches =
				[header.title, header.subtitle].some((line) => line !== undefined && SPEECHES.test(line.text)) ||
				this.guestsSpeakFrom(first) >= MIN_GUEST_SPEAKERS ||
				this.compiledSpeechesFrom(first) >= MIN_GUEST_SPEAKERS;
			// The banner's own lead, and the names under its portraits, may stand over the first part.
			// (So may captions among them, as the crawl prints them twice, the second time with their credit: 参会人员在听会。 /
			// 参会人员在听会。 / … / 以上图片均为本报记者张武军摄.)
			const leadLine = (at: number) => this.lines[at]?.kind === 'body' || this.lines[at]?.kind === 'caption' || this.inNameList(at);
			if (speeches) while (first < header.next + MAX_BANNER_LEAD_LINES && leadLine(first)) first++;
			return this.bannerPartAt(first, speeches) && this.bannerPartFollows(first + 2, speeches)
				? { ...header, guess: BANNER_PARTS(header.title.text), speeches }
				: undefined;
		}
		// A banner of speeches read as the kicker over its dash subtitle, with the first part's headline and
		// speaker under them (加强中国—东盟法治合作，共建周边命运共同体 / ——第七届中国—东盟法治论坛发言摘编 /
		// 构建稳固、透明、公正法治合作框架 / 泰国副总理  波汶萨·乌万诺).
		const firstPart = header.subtitle ? this.lines.indexOf(header.subtitle) : -1;
		if (
			header.kicker?.length === 1 &&
			/^——/u.test(header.title.text) &&
			SPEECHES.test(header.title.text) &&
			header.bylines.length === 1 &&
			this.bannerPartAt(firstPart, true) &&
			this.bannerPartFollows(header.next, true)
		) {
			const title = header.kicker[0]!;
			return {
				...header,
				kicker: undefined,
				title,
				subtitle: header.title,
				bylines: [],
				hasBylineLine: false,
				next: firstPart,
				guess: BANNER_PARTS(title.text),
				speeches: true,
			};
		}
		// A banner read as the kicker of its first part's headline and speaker.
		const banner = header.kicker;
		if (banner?.length !== 1 || header.subtitle || header.bylines.length !== 1) return undefined;
		const first = this.lines.indexOf(header.title);
		// (Its clauses may stand one space apart: 深化产业融合 赋能经济社会高质量发展.)
		const clauses = SPACED_CLAUSES.test(banner[0]!.text) || CLAUSES_APART.test(banner[0]!.text);
		if (!this.bannerPartAt(first) || !(clauses || this.speaksInOffice(first + 1))) return undefined;
		if (!this.bannerPartFollows(header.next)) return undefined;
		return { ...header, kicker: undefined, title: banner[0]!, bylines: [], hasBylineLine: false, next: first, guess: BANNER_PARTS(banner[0]!.text) };
	}

	/** How many parts from `index` on, before the page's credits, close with who put the speaker's words together （本报记者…整理）. */
	private compiledSpeechesFrom(index: number): number {
		let [parts, compiled] = [0, 0];
		for (let i = index; i < this.lines.length && this.lines[i]!.kind !== 'credit'; i++) {
			if (this.bannerPartAt(i, true)) parts++;
			else if (COMPILED_BY.test(this.lines[i]!.text)) compiled++;
		}
		return Math.min(parts, compiled);
	}

	/** How many parts from `index` on, before the page's credits, each give their speaker's country (guests from abroad). */
	private guestsSpeakFrom(index: number): number {
		let parts = 0;
		for (let i = index; i < this.lines.length && this.lines[i]!.kind !== 'credit'; i++)
			if (this.bannerPartAt(i, true) && (FROM_ABROAD.test(this.lines[i + 1]!.text) || COUNTRY_BEFORE_NAME.test(this.lines[i + 1]!.text))) parts++;
		return parts;
	}

	/**
	 * Whether the line at `index` is one of a list of people's names, one to a line, as a page prints them
	 * under a row of portraits: at least four lines, two of them names transliterated with · (塔基耶夫·阿萨夫),
	 * so that no run of short titles or lines of verse reads as one.
	 */
	private inNameList(index: number): boolean {
		const isName = (line: Line | undefined) => line?.kind === 'title-like' && (TRANSLITERATED_NAME.test(line.text) || /^\p{Script=Han}{2,5}$/u.test(line.text));
		if (!isName(this.lines[index])) return false;
		let [first, last] = [index, index];
		while (isName(this.lines[first - 1])) first--;
		while (isName(this.lines[last + 1])) last++;
		const run = this.lines.slice(first, last + 1);
		if (run.length >= MIN_NAME_LIST_LINES && run.filter((line) => TRANSLITERATED_NAME.test(line.text)).length >= 2) return true;
		// (Or Chinese names alone, each behind a surname, as under a special's portraits: 洪成木 / 张裕 / 陈洪川 / 龙兵; a name of
		// two characters may be spaced out, 戴  珩.)
		const isChineseName = (line: Line | undefined) =>
			line?.kind === 'title-like' &&
			/^(?:\p{Script=Han}{2,3}|\p{Script=Han}[\s\u3000]{1,2}\p{Script=Han})$/u.test(line.text) &&
			parseSignatureLine(line.text)?.length === 1;
		if (!isChineseName(this.lines[index])) return false;
		[first, last] = [index, index];
		while (isChineseName(this.lines[first - 1])) first--;
		while (isChineseName(this.lines[last + 1])) last++;
		return last - first + 1 >= MIN_NAME_LIST_LINES;
	}

	/**
	 * Whether the line at `index` is one of a list of bodies' or units' names, one to a line, as a list of those honoured
	 * prints them (第五批全国学雷锋活动示范点名单 / （50个） / 中国人民抗日战争纪念馆 / 北京市通州区图书馆 / …): more lines in a row
	 * than any header holds, two in three of them named as bodies are, so that none reads as a kicker, a title or a body signing.
	 * (A name may end otherwise: 辽宁省铁岭县公路管理段, 上海市奉贤区侨联义务夜门诊.)
	 */
	private inUnitList(index: number): boolean {
		// (A body named there may read as one signing, 国家电网江苏南京供电公司营销部; a title over its reporter's byline after the list
		// is the next item's.)
		const isEntry = (at: number) => {
			const [line, next] = [this.lines[at], this.lines[at + 1]];
			return (
				(line?.kind === 'title-like' || (line?.kind === 'byline' && UNIT_NAME.test(line.text))) &&
				charLength(line.text) <= MAX_UNIT_NAME_LENGTH &&
				!hasRunningTextPunctuation(line.text) &&
				!(next?.kind === 'byline' && !UNIT_NAME.test(next.text))
			);
		};
		if (!isEntry(index)) return false;
		let [first, last] = [index, index];
		while (isEntry(first - 1)) first--;
		while (isEntry(last + 1)) last++;
		const run = this.lines.slice(first, last + 1);
		return run.length >= MIN_UNIT_LIST_LINES && 3 * run.filter((line) => UNIT_NAME.test(line.text)).length >= 2 * run.length;
	}

	/** Whether another part of a banner feature starts at `index` or further down, before the page's credits. */
	private bannerPartFollows(index: number, speeches = false): boolean {
		for (let i = index; i < this.lines.length && this.lines[i]!.kind !== 'credit'; i++) if (this.bannerPartAt(i, speeches)) return true;
		return false;
	}

	/**
	 * Whether a banner feature's part starts at `index`: a headline over one speaker who is no reporter,
	 * the headline of two clauses set apart by spaces unless the speaker gives the office they hold. Under a
	 * banner that says its parts are `speeches`, any post and name is a speaker's.
	 */
	private bannerPartAt(index: number, speeches = false): boolean {
		// (A speech's headline may take two lines: 实现新质生产力跃升 / 抓创新更要抓安全 / 全国政协委员  齐向东.)
		if (speeches && this.lines[index]?.kind === 'title-like' && this.twoLineHeadlineAt(index)) return true;
		if (speeches && this.wrappedSpeakerAt(index)) return true;
		const [headline, speaker, text] = [this.lines[index], this.lines[index + 1], this.lines[index + 2]];
		// (Where blank lines part the blocks, a block of several lines under the speaker is text, however short its first line.)
		// (Without indents, the text may open with a piece of a paragraph a column break cut.)
		const textUnder =
			text !== undefined && (CONTENT.has(text.kind) || (this.separatesBlocks && this.opensBlockOfLines(index + 2)) || this.opensFlatCut(index + 2));
		if (headline?.kind !== 'title-like' || speaker === undefined || !textUnder) return false;
		// (A title under a column's tag of its own, its writer's name under it, is the next item: a commentary after the speeches,
		// 一体发展，努力“对齐颗粒度”（两会快评） / 李祉瑶.)
		if (hasColumnTag(headline.text) && parseSignatureLine(speaker.text) !== undefined) return false;
		if (speeches && !/[。；;！？!?：:]/u.test(headline.text) && namesSpeaker(speaker.text)) return true;
		const authors = parseBylineLine(speaker.text) ?? parseSignatureLine(speaker.text);
		// (A reporter signs no speech; the paper's or the agency's own officers may make one: 新华社新媒体中心主任  陈某某.)
		const role = authors?.[0]?.role ?? '';
		if (authors?.length !== 1 || /记者|通讯员/u.test(role) || (/新华社|本报/u.test(role) && !endsWithPersonPost(role))) return false;
		return SPACED_CLAUSES.test(headline.text) || this.speaksInOffice(index + 1) || speeches;
	}

	/**
	 * Whether a speech's part under a banner of speeches starts at `index` with a headline of one block over a speaker
	 * whose post and name a wrap or a column break ran over several lines (内蒙古农业大学草原学院 / 院长  周  明).
	 */
	private wrappedSpeakerAt(index: number): boolean {
		const [headline, speaker] = [this.lines[index], this.lines[index + 1]];
		if (!this.separatesBlocks || headline?.kind !== 'title-like' || speaker === undefined || !this.opensBlock(speaker)) return false;
		let end = index + 2;
		while (end < this.lines.length && !this.opensBlock(this.lines[end]!)) end++;
		if (end === index + 2 || end >= this.lines.length || !(CONTENT.has(this.lines[end]!.kind) || this.opensBlockOfLines(end))) return false;
		// (The wrap took the wide space between the post and the name: 安吉县余村村委会主任 / 汪  军.)
		const spoken = this.lines
			.slice(index + 2, end)
			.reduce(
				(text, line) => (endsWithPersonPost(text) && parseNameLine(line.text) !== undefined ? `${text}  ${line.text}` : joinBrokenParagraph(text, line.text)),
				speaker.text,
			);
		return !/[。；;！？!?：:]/u.test(headline.text) && namesSpeaker(spoken);
	}

	/** Whether a speech's part under a banner of speeches starts at `index` with a headline of two lines. */
	private twoLineHeadlineAt(index: number): boolean {
		const [first, second, speaker, text] = this.lines.slice(index, index + 4);
		return (
			first?.kind === 'title-like' &&
			second?.kind === 'title-like' &&
			text !== undefined &&
			CONTENT.has(text.kind) &&
			// (Not where a wrap carried the second line's post on to the third: 内蒙古农业大学草原学院 / 院长  周  明.)
			this.opensBlock(speaker!) &&
			![first, second].some((line) => /[。；;！？!?：:]/u.test(line.text) || namesSpeaker(line.text)) &&
			namesSpeaker(speaker!.text)
		);
	}

	/** Whether the line names one person by the office they hold and their name (某集团党委书记、董事长  傅某某). */
	private speaksInOffice(index: number): boolean {
		const role = parsePostAndName(this.lines[index]?.text ?? '')?.[0]?.role ?? '';
		return endsWithPersonPost(role);
	}

	/**
	 * Whether a heading of a label and its subject (河南新郑裴李岗遗址：巩固…) follows `index` before the next
	 * anchored header: the sections of a roundup, each headed by its place. A roundup heads its sections
	 * alike, so under a place's name set apart by spaces (河北省沧县 千年运河焕新彩 …) only a heading set so
	 * counts: a feature's own headings of a label and a colon (文化为脉：运河文化“活起来”) do not.
	 */
	private labelledHeadingFollows(index: number, spaced = false): boolean {
		for (let i = index; i < this.lines.length; i++) {
			const line = this.lines[i]!;
			if (line.kind === 'credit' || ANCHORS.has(line.kind)) return false;
			if (line.kind !== 'title-like') continue;
			if (spaced ? PLACE_FEATURE_TITLE.test(line.text) && !COLON.test(line.text) : LABELLED_HEADING.test(line.text) || PLACE_FEATURE_TITLE.test(line.text))
				return true;
		}
		return false;
	}

	/**
	 * Whether the text from `index` on closes as a feature does (数据来源：…, 本期统筹：…) before any byline, lead or
	 * heading that names a place or an institution before a colon (the next section of a roundup of places): then it
	 * is a feature of its own.
	 */
	private closedBelow(index: number): boolean {
		// (Nor past the next item's title over its writer's name, its subtitle between them or not: 一步一个脚印坚定朝前走 /
		// ——确保基本实现… / 任  平.)
		const signedAt = (at: number) => parseSignatureLine(this.lines[at]?.text ?? '') !== undefined && CONTENT.has(this.lines[at + 1]?.kind ?? 'credit');
		for (let i = index; i < this.lines.length; i++) {
			const line = this.lines[i]!;
			if (ANCHORS.has(line.kind)) return false;
			if (line.kind === 'title-like' && (PLACE_FEATURE_TITLE.test(line.text) || INSTITUTION_TITLE.test(line.text))) return false;
			if (line.kind === 'title-like' && i > index && (signedAt(i + 1) || (isSubtitle(this.lines[i + 1]?.text ?? '') && signedAt(i + 2)))) return false;
			if (closedAbove(line.text)) return true;
		}
		return false;
	}

	/** Whether an editor's note (its text, signed ——编者 at its end or on a line of its own, or labelled 编者按： at its start) starts at `index`. */
	private editorsNoteFrom(index: number): boolean {
		// (中国的“小巷总理”为什么管用 / 编者按：新中国成立70年来，….)
		if (INTRODUCING_NOTE_LABEL.test(this.lines[index]?.text ?? '')) return true;
		// (Or its label alone on its line, over the note: 编者的话 / “菜篮子”连着千家万户，….)
		if (INTRODUCING_NOTE_LABEL_ALONE.test(this.lines[index]?.text ?? '') && this.lines[index + 1]?.kind === 'body') return true;
		for (let i = index; i < index + MAX_EDITORS_NOTE_LINES && i < this.lines.length; i++) {
			const line = this.lines[i]!;
			if (EDITORS_NOTE_END.test(line.text) || (i > index && isEditorSignature(line.text))) return true;
			if (line.kind !== 'body') return false;
		}
		return false;
	}

	/**
	 * How many short questions head sections of `item`: those it has, and those from `index` on to the
	 * next anchored header; none where it heads its sections otherwise too (then the questions are the
	 * text's own: 荒原上的起飞线 / … / 没有航油怎么办？).
	 */
	/**
	 * Whether the line at `index` is a question (为何新成立一家央企？) over the answer that heads its section, a line with no
	 * sentence ended in it (重组整合再生资源等相关资产和业务), over text.
	 */
	private answersQuestionAt(index: number): boolean {
		const [line, answer, text] = [this.lines[index], this.lines[index + 1], this.lines[index + 2]];
		return (
			line !== undefined &&
			QUESTION_HEADING.test(line.text) &&
			answer?.kind === 'title-like' &&
			isUnterminated(answer.text) &&
			!/[。；;！!？?]/u.test(answer.text) &&
			// (Nor a piece a column break cut from a quotation: “中国这么大，我们必须搞实体经济，)
			!/[，、,：:]$/u.test(answer.text) &&
			bracketsBalanced(answer.text) &&
			charLength(answer.text) <= MAX_STANDALONE_HEADING_LENGTH &&
			// (A paragraph's first line, wrapped, goes on under it: 直接原因是气候变暖威胁 / 人类生存与文明延续。)
			this.endsBlock(index + 1) &&
			// (The text may open with a question of its own: 成立半年多来，中国资环集团进行了哪些探索？)
			text !== undefined &&
			(text.kind === 'body' || hasRunningTextPunctuation(text.text))
		);
	}

	/** How many questions on the page stand over the answers that head their sections (answersQuestionAt), counted once. */
	private questionsOverAnswers(): number {
		return (this.questionAnswerPairs ??= this.lines.filter((_, index) => this.answersQuestionAt(index)).length);
	}

	private questionHeadings(item: ParsedItem, index: number): number {
		const headings = item.body.filter((block) => block.type === 'heading');
		if (headings.some((block) => !QUESTION_HEADING.test(block.text))) return 0;
		let count = headings.length;
		for (let i = index; i < this.lines.length; i++) {
			const line = this.lines[i]!;
			if (line.kind === 'credit' || ANCHORS.has(line.kind)) break;
			if (line.kind !== 'title-like') continue;
			// (A title over its dash subtitle heads the next item: its sections are its own.)
			if (isSubtitle(this.lines[i + 1]?.text ?? '')) break;
			if (QUESTION_HEADING.test(line.text)) count += this.lines[i + 1]?.kind === 'body' ? 1 : 0;
			else if (isSectionHeading(line)) return 0;
		}
		return count;
	}

	/**
	 * Whether a photo's news starts at `index`: its caption, opening with the day it was taken (5月13日，在…),
	 * and at most MAX_PHOTO_REPORT_LINES - 1 lines in all, over its credit (陈  彬摄（人民视觉）), then the
	 * page's next title or its end. Such news runs longer than a caption alone.
	 */
	private datedPhotoNewsFrom(index: number): boolean {
		if (!PHOTO_DATE.test(this.lines[index]?.text ?? '')) return false;
		for (let i = index; i < this.blocksEnd(index, MAX_PHOTO_REPORT_LINES); i++) {
			const line = this.lines[i];
			if (line?.kind === 'caption') {
				const after = this.lines[i + 1];
				return i > index && charLength(line.text) <= MAX_CREDIT_LINE_LENGTH && (after === undefined || after.kind === 'title-like' || after.kind === 'credit');
			}
			if (line?.kind !== 'body' || charLength(line.text) > MAX_PHOTO_NEWS_LINE_LENGTH) return false;
		}
		return false;
	}

	/**
	 * The index past `count` blocks from `index`: lines, or where blank lines part the blocks, blocks of lines (a caption's
	 * text a column break cut is one block still).
	 */
	private blocksEnd(index: number, count: number): number {
		let [end, blocks] = [index, 0];
		while (end < this.lines.length && (blocks < count || !this.opensBlock(this.lines[end]!))) {
			if (this.opensBlock(this.lines[end]!)) blocks++;
			end++;
		}
		return end;
	}

	/** Whether captions start at `index` (each with its credit, or the credit on a line of its own) and a dated lead follows them. */
	private captionsOverDatedLeadFrom(index: number): boolean {
		for (let i = index; i <= index + MAX_PHOTO_REPORT_LINES; i++) {
			const line = this.lines[i];
			if (line?.kind === 'lead') return i > index && !isBareDateline(line.text);
			// (A crawl may print a caption again without its credit, right under it, and the credit alone after: 位于…通水。　　韦耀尹摄 /
			// 位于…通水。 / 韦耀尹摄（人民视觉）.)
			const repeated = i > index && line?.kind === 'body' && splitCaption(this.lines[i - 1]!.text).caption === line.text;
			if (line?.kind !== 'caption' && !repeated) return false;
		}
		return false;
	}

	/**
	 * Whether photos' captions start at `index`: a caption line, or lines of text (a caption each, at
	 * most MAX_PHOTO_REPORT_LINES - 1) over their credit (以上图片均为杨帆摄（新华社发）).
	 */
	private captionFrom(index: number): boolean {
		if (this.lines[index]?.kind === 'caption') return true;
		for (let i = index; i < this.blocksEnd(index, MAX_PHOTO_REPORT_LINES); i++) {
			const line = this.lines[i];
			if (line?.kind === 'caption') return i > index && charLength(line.text) <= MAX_CREDIT_LINE_LENGTH;
			if (line?.kind !== 'body' || charLength(line.text) > MAX_CAPTION_LINE_LENGTH) return false;
		}
		return false;
	}

	/** Whether the item being read is a photo report (a caption and its credit, no paragraphs) that ends right above `index`. */
	private photoItemAbove(index: number): boolean {
		const item = this.items.at(-1);
		const above = this.lines[index - 1];
		return (
			item !== undefined &&
			item.figures.length > 0 &&
			!item.body.some((block) => block.type === 'paragraph') &&
			// (An article its writers sign is not done when its pictures are: its text follows, under a heading of its own.)
			(item.byline === undefined || /摄/u.test(item.byline)) &&
			// (Nor is a report whose subtitle leads in with a dash, as no photo's title does: 让文物焕发新活力绽放新光彩（文化中国行） /
			// ——各地创新开展文化和自然遗产日活动 / its photos / 主场城市活动举行, its first section.)
			!/^(?:——|──)/u.test(item.subtitle ?? '') &&
			above !== undefined &&
			(above.kind === 'caption' || item.figures.at(-1)!.lines[1] === above.number)
		);
	}

	/**
	 * Whether the item being read is a photo report (图片报道) that ends right above `index` with its photographer's credit,
	 * its caption a paragraph or two (图片报道 / 近日来，系列中埃文化交流主题活动在…开幕。 / 本报记者 周輖摄): it has no sections.
	 */
	private photoReportCreditedAbove(index: number): boolean {
		const item = this.items.at(-1);
		return (
			item !== undefined &&
			item.title.replace(/[\s\u3000]+/gu, '') === PHOTO_REPORT_TITLE &&
			item.body.length <= MAX_PHOTO_NEWS_PARAGRAPHS + 1 &&
			item.body.every((block) => block.type === 'paragraph') &&
			PHOTO_CREDIT_END.test(this.lines[index - 1]?.text ?? '')
		);
	}

	/**
	 * Whether the item being read is photo news that ends right above `index` with its photo's caption and credit: a title,
	 * a short text of its own, no sections, unsigned or signed by its photographer (炼火庆丰收 / 10月7日晚，… / 图为… /
	 * 杨某某摄（影像中国）).
	 */
	private photoNewsAbove(index: number): boolean {
		const item = this.items.at(-1);
		const above = this.lines[index - 1];
		if (item === undefined || above === undefined || item.figures.at(-1)?.lines[1] !== above.number) return false;
		const paragraphs = item.body.filter((block) => block.type === 'paragraph' && hasRunningTextPunctuation(block.text)).length;
		// (A report whose photos come before any text of its own goes on under them with its first section: photoItemAbove.)
		return (
			paragraphs >= 1 &&
			paragraphs <= MAX_PHOTO_NEWS_PARAGRAPHS &&
			!/^(?:——|──)/u.test(item.subtitle ?? '') &&
			!item.body.some((block) => block.type === 'heading') &&
			(item.byline === undefined || /摄/u.test(item.byline))
		);
	}

	/**
	 * Whether the line at `index` is a standing title that heads an item alone. 纵横 heads a roundup of
	 * pieces excerpted from other papers (…（摘编自《长沙晚报》…）) and is the kicker of a single
	 * commentary otherwise (纵横 / 小切口里的大民生 / 李  拯).
	 */
	private standsAlone(index: number): boolean {
		const text = this.lines[index]!.text;
		if (!isStandingTitle(text)) return false;
		if (!EXCERPTS_ROUNDUP_TITLES.has(text.replace(/[\s\u3000]+/gu, ''))) return true;
		for (let i = index + 1; i < this.lines.length && this.lines[i]!.kind !== 'credit'; i++) if (EXCERPT_NOTE.test(this.lines[i]!.text)) return true;
		return false;
	}

	/**
	 * Whether the lines from `end` on are a group of photos and nothing else: two or more captions, each
	 * on its own line over its credit, up to the next title, the page's credits or the page's end.
	 */
	private photoGroupFrom(end: number): boolean {
		let i = end;
		let photos = 0;
		while (this.lines[i]?.kind === 'body' && this.lines[i + 1]?.kind === 'caption') {
			photos++;
			i += 2;
		}
		const after = this.lines[i];
		return photos >= MIN_PHOTO_GROUP && (after === undefined || after.kind === 'title-like' || after.kind === 'credit');
	}

	/**
	 * Whether the text from `end` on is a brief signed at its end, by an agency's dateline （据新华社…电）
	 * or its writer's name in brackets （顾  仲） or who put it together （本报记者李红梅整理）, under an item with a
	 * byline of its own: no article signed above is signed again at its end.
	 */
	private signedBriefFrom(end: number): boolean {
		const item = this.items.at(-1);
		// (A byline of a role alone, 新华社记者, names its writers in the dateline that closes its own text.)
		if (item === undefined || item.agency !== undefined || item.authors.length === 0) return false;
		for (let i = end; i < this.lines.length; i++) {
			const line = this.lines[i]!;
			// (A lecture's parts, 本期主讲人：…, each close with who wrote them down, （人民网记者…整理）: no brief's.)
			const lecture = LECTURE_BYLINE.test(item.byline ?? '');
			// (Nor does the agency's dateline close a brief under an article its own reporters signed: 新华社记者  韩  梁 / … /
			// （新华社北京12月10日电） closes that article, sections and all.)
			// (Nor under a report its speaker signs with post and name, 最高人民法院院长  张  军: the agency that released it closes it,
			// （新华社北京3月16日电）, and its last section, 2026年工作安排, is no brief.)
			const speakerSigned = parsePostAndName(item.byline ?? '')?.every((author) => !/记者|通讯员|评论员/u.test(author.role ?? '')) === true;
			const agencysOwn = /新华社/u.test(item.byline ?? '') || speakerSigned;
			if (
				(CLOSING_AGENCY_DATELINE.test(line.text) && !agencysOwn) ||
				(item.byline !== undefined && (signsInBrackets(line.text) || (COMPILED_BY.test(line.text) && !lecture)))
			)
				return true;
			if (line.kind === 'title-like' || line.kind === 'credit' || ANCHORS.has(line.kind)) return false;
		}
		return false;
	}

	/**
	 * A kicker that ends with a colon (中消协发布“五一”消费提示：, “红纸绿圈圈”：) over the header of an
	 * item at `index + 1`: that header, with the line as its kicker.
	 */
	private colonKickerAt(index: number): Header | undefined {
		const line = this.lines[index]!;
		const above = this.lines[index - 1];
		if (line.kind !== 'body' || !/[：:]$/u.test(line.text) || /[。；;]/u.test(line.text)) return undefined;
		if (charLength(line.text) > MAX_COLON_KICKER_LENGTH) return this.tellerKickerAt(index);
		if (LIST_LEAD_IN.test(line.text) || (this.setsHeadersFlush && line.indented)) return undefined;
		// In a feature whose parts each lead in with who speaks (青年企业家李承： / 研算法，成果越研越新), the next
		// lead-in is its next part, though it opens with a province (浙江义乌商户汪小楠：).
		const body = this.items.at(-1)?.body ?? [];
		if (body.some((block, k) => block.type === 'paragraph' && SPEAKER_LEAD_IN.test(block.text) && body[k + 1]?.type === 'heading')) return undefined;
		// So is one of the places or bodies the header above lists, each with its part (北京科大、兰州大学、陕西师大、扬州大学扎实开展
		// 主题教育—— / 紧扣根本任务  着力整改问题（…） / … / 北京科大： / 凝聚共识，边学边改).
		if (this.listedInHeaderAbove(line.text.slice(0, -1))) return undefined;
		// The item above must be finished: a kicker never stands right under an unfinished sentence.
		// (Who put the feature above together closes it, unpunctuated: 本期统筹：吕  莉  李祉瑶; so does a photo's credit, the
		// photo above an item of its own: 唐明登摄（影像中国） / 国务院扶贫办： / 预计年底95%的贫困人口脱贫 / 本报北京…电.)
		// (Nor does an item of no text under a standing title, a photo report the web edition gave as a picture: 图片报道 / 泰兴： /
		// “亲情廉线”向基层延伸.)
		const endsAbove = this.textEndingAbove(index);
		const itemAbove = this.items.at(-1);
		const pictureAbove = itemAbove !== undefined && itemAbove.body.length === 0 && isStandingTitle(itemAbove.title) && above?.number === itemAbove.lines[1];
		if (endsAbove !== undefined && isUnterminated(endsAbove) && !FEATURE_COORDINATOR.test(endsAbove) && !isCreditOnly(this.lines[index - 1]) && !pictureAbove)
			return undefined;
		// (Or the kicker names a place alone, 内蒙古乌海：, as a roundup of places' work heads each piece: the one
		// title-like line under it is the piece's title, whatever the layout says.)
		const placeAlone = PLACE_KICKER.test(line.text);
		const titleUnder = this.lines[index + 1];
		const placeTitle =
			placeAlone && titleUnder?.kind === 'title-like' && this.lines[index + 2] !== undefined && CONTENT.has(this.lines[index + 2]!.kind)
				? this.headerOf([titleUnder], index + 2)
				: undefined;
		const header = this.headerAt(index + 1, true) ?? placeTitle;
		// The header under it shows itself: a byline, a column's tag, or a dateline opening the text.
		const overLead = header !== undefined && this.lines[header.next]?.kind === 'lead';
		// (In a feature its reporters signed, under an editor's note, a place over a title and text heads a part of it: 云南景谷县： /
		// 把“方便”事办成村民的舒心事 / …, under 提升人居环境，农家有了新面貌 / 本报记者  … / …——编  者.)
		const signedFeature = (this.items.at(-1)?.authors.length ?? 0) > 0 && this.inFeatureWithEditorsNote();
		if (placeAlone && signedFeature && header !== undefined && !header.hasBylineLine && !overLead) return undefined;
		if (!header || header.kicker || header.column || !(header.hasBylineLine || overLead || hasColumnTag(header.title.text) || placeAlone || pictureAbove))
			return this.tellerKickerAt(index);
		return { ...header, kicker: [line] };
	}

	/** Whether credits alone stand from `start` (本版制图：张丹峰), then a line set flush where headers are, as a title is. */
	private creditsThenHeaderFrom(start: number): boolean {
		let at = start;
		while (this.lines[at]?.kind === 'credit') at++;
		const next = this.lines[at];
		return at > start && next?.kind === 'title-like' && this.setsHeadersFlush && !next.indented;
	}

	/** Whether the header of the item above lists `name` among others, parted by 、 (湖南、广东、重庆、甘肃扎实推进…). */
	private listedInHeaderAbove(name: string): boolean {
		const item = this.items.at(-1);
		if (item === undefined || !/^\p{Script=Han}{2,8}$/u.test(name)) return false;
		return [item.kicker, item.title, item.subtitle].some((line) => line !== undefined && (line.includes(`${name}、`) || line.includes(`、${name}`)));
	}

	/**
	 * Who tells a piece, their post and name before a colon, over its title and the first-person text that closes with
	 * who wrote it down (京东快递员、…负责人宋学文： / 当好“勤劳的小蜜蜂”，… / 我是一名… / （本报记者吴储岐采访整理）): after a
	 * signed article with no editor's note to make it a part, an item of its own with the teller's line as its kicker.
	 */
	private tellerKickerAt(index: number): Header | undefined {
		const line = this.lines[index]!;
		const title = this.lines[index + 1];
		const item = this.items.at(-1);
		// (After one such piece, the next teller's piece is of its own too.)
		const signedAbove = item !== undefined && (item.authors.length > 0 || TELLER_KICKER.test(item.kicker ?? ''));
		if (!TELLER_KICKER.test(line.text) || title?.kind !== 'title-like' || !signedAbove) return undefined;
		// (Under a reporter's whole article, a piece titled with the teller's words in quotes is the page's next item, though the
		// article opens with an editor's note: 记录今天的突破… / 本报记者  吴月辉 / …——编  者 / … / …副院长宋云涛： /
		// “为最终解决能源问题贡献中国智慧” / …, to the page's end.)
		const quoted = WHOLE_QUOTATION.test(title.text);
		const wholeArticleAbove =
			quoted && item.authors.length > 0 && item.body.filter((block) => block.type === 'paragraph').length > MAX_LEAD_PARAGRAPHS_OVER_TELLERS;
		if (this.inFeatureWithEditorsNote() && !wholeArticleAbove) return undefined;
		const endsAbove = this.textEndingAbove(index);
		if (endsAbove === undefined || isUnterminated(endsAbove)) return undefined;
		const end = this.compiledNoteBelow(index);
		if (end === undefined) return undefined;
		const toPageEnd = wholeArticleAbove && end >= this.lines.length;
		if (!toPageEnd && (end <= index + 2 || end >= this.lines.length || !COMPILED_BY.test(this.lines[end]!.text))) return undefined;
		return { ...this.headerOf([title], index + 2), kicker: [line] };
	}

	/**
	 * Where the piece whose kicker is at `index` and title under it ends: the index of the note of who wrote it down
	 * (（本报记者吴储岐采访整理）), or where the search stopped (MAX_TELLER_PIECE_LINES on, or the page's end); undefined where a
	 * byline, a lead or a credit comes first.
	 */
	private compiledNoteBelow(index: number): number | undefined {
		// (A column break may cut its text into short lines that read as titles: only a byline, a lead or a credit ends it.)
		let end = index + 2;
		while (end < this.lines.length && end - index <= MAX_TELLER_PIECE_LINES && !COMPILED_BY.test(this.lines[end]!.text)) {
			const kind = this.lines[end]!.kind;
			if (kind === 'credit' || ANCHORS.has(kind)) return undefined;
			end++;
		}
		return end;
	}

	/**
	 * A short title over a photo report's few lines (its text, caption and credit) right before the
	 * next item or the page's credits (助农抢收, 为乡村街巷添彩): an item of its own, not the one heading
	 * of the item above (articles with sections have two or more).
	 */
	private photoReportAt(index: number): Header | undefined {
		const lines = this.lines;
		const line = lines[index]!;
		if (this.continuesWrappedCaption(index)) return undefined;
		const item = this.items.at(-1);
		// (A date printed alone is the date under a signature, never a title; nor is a box's label, 相关链接, or its
		// title tagged so, …（记者手记）, or a question an interview prints, 问：….)
		const boxLabel = isBoxLabel(lines[index]) || isBoxTitle(line.text);
		// (Under an item signed by its byline, two characters set close, 夏荷, are no second signature but
		// may title a photo: a two-character name signs spaced, 夏  荷.)
		const nameLike = parseSignatureLine(line.text) !== undefined;
		const titleLikeName = nameLike && item?.byline !== undefined && /^\p{Script=Han}{2}$/u.test(line.text);
		if (!item || (nameLike && !titleLikeName) || isPrintedDate(line.text) || boxLabel || QA_LABEL.test(line.text) || this.closesLetter(index)) return undefined;
		if (this.labelsCaptionAbove(index) || this.labelledCaptionAt(index)) return undefined;
		if (PICTURE_SOURCE.test(line.text.trim()) && this.sourceOfFigureAbove(item, index)) return undefined;
		// Under a signed header whose text has not begun, a short label over a photo labels that photo:
		// 江西万载夏布织造技艺—— / 夏布，布由夏天而名（追梦） / 本报记者  周  欢 / 过筘 / 宋志学在过筘，…。 / 本报通讯员周亮摄.
		if (signedTextNotBegun(item) && SECTION_LABEL.test(line.text)) return undefined;
		if (line.kind !== 'title-like' || (this.setsHeadersFlush && line.indented) || this.continuesParagraph(index)) return undefined;
		// (Nor the first piece of a paragraph's last sentence, cut at a column break: 改造完成后，…持续惠及 / 群众。…)
		if (hasRunningTextPunctuation(line.text) && this.opensCutParagraph(index)) return undefined;
		// The title, or a kicker and the title, as a photo report over the page's credits prints them
		// (义乌国际时尚饰品工厂展开幕 / “世界超市”魅力足).
		// Two lines of a header, not a title and a paragraph's first piece, nor two pieces of one block.
		// (A standing title, 图片报道, takes no kicker: the line over it ends the text above; so does any title
		// under verse, whose last line reads like a kicker: 大地最慷慨的时候 / 桂香满城.)
		const verseLine = this.endsInVerse() && readsAsVerse(line.text);
		const twoLines =
			!verseLine &&
			lines[index + 1]?.kind === 'title-like' &&
			parseSignatureLine(lines[index + 1]!.text) === undefined &&
			!isStandingTitle(lines[index + 1]!.text) &&
			!this.opensFlatCut(index + 1) &&
			!(this.separatesBlocks && (this.continuesFlatCut(index + 1) || this.opensBlockOfLines(index)));
		// (Under an item with sections, one more short line is one more section, unless a photo alone
		// is under it: photoAlone below.)
		// (Under an item whose sections each print a heading over a sub-heading, two more such lines are one more section.)
		const underSections = item.body.some((block) => block.type === 'heading' && (!twoLines || block.depth === 3));
		const header = twoLines ? [line, lines[index + 1]!] : [line];
		if (!twoLines && !(isSectionHeading(line) || isLooseHeading(line))) return undefined;
		// Where paragraphs are cut and not indented, a line as long as a column line may be the first
		// piece of a paragraph (奥什是吉尔吉斯斯坦第二大城市，是连接中国、中亚、南亚): a photo report's
		// title alone is plainly whole (助农抢收) or a short headline (平陆运河27座跨运河桥梁全部建成).
		const headline = !hasRunningTextPunctuation(line.text) && charLength(line.text) <= MAX_PHOTO_TITLE_LENGTH;
		if (!twoLines && this.cutsParagraphs && !this.indentsParagraphs && !this.isWholeLine(line) && !headline) return undefined;
		// Where blank lines part the blocks, a block of several lines is text.
		if (this.separatesBlocks && this.opensBlockOfLines(index)) return undefined;
		// Its blocks: on a page without indents, a paragraph cut at column breaks is one block of several lines.
		const start = index + header.length;
		let end = start;
		// The first line of each block of text.
		const text: Line[] = [];
		// (Where blank lines or a wrap part the blocks, a block's later lines are its text whatever they read like.)
		const goesOn = (at: number) => at > start && this.separatesBlocks && !this.opensBlock(lines[at]!);
		while (end < lines.length && (CONTENT.has(lines[end]!.kind) || this.opensFlatCut(end) || goesOn(end)) && text.length < MAX_PHOTO_REPORT_LINES + 1) {
			if (end === start || !this.continuesBlockAbove(end)) text.push(lines[end]!);
			end++;
		}
		const after = lines[end];
		// Before the page's credits or the next item (a two-line header before the credits only); at a
		// page's very end, a heading with its last paragraph is as likely. Not so a title over a photo's
		// caption and its credit alone (某地油菜花开 / 4月15日，游客…。 / 本报记者  赵  丙摄): no section
		// of an article is a photo alone.
		// (So too a label over the photo's title, 生态之窗 / 山东东营黄河三角洲国家级自然保护区, where the next item
		// or the page's credits follow.)
		const captionsPhoto =
			(text.length >= 1 && text.length <= 2 && isCreditOnly(text.at(-1)) && (text.length === 1 || text[0]!.kind !== 'title-like')) ||
			// (or its caption with the credit at its end: 6月初，青海湖鸟岛…。  新华社记者  张宏祥摄)
			(text.length === 1 && text[0]!.kind === 'caption' && splitCaption(text[0]!.text).credit !== undefined) ||
			// (or the news, in a paragraph or two, what the photo shows and the credit: 5月12日，…考古人员… / 图为考古人员在现场工作。 /
			// 本报记者  谢卫群文  吴凯伦摄)
			(text.length >= 3 &&
				text.length <= MAX_PHOTO_NEWS_PARAGRAPHS + 2 &&
				text.slice(0, -2).every((block) => block.kind !== 'title-like') &&
				/^图为/u.test(text.at(-2)!.text) &&
				isCreditOnly(text.at(-1)));
		const nextAfter = after === undefined || after.kind === 'credit' || (after.kind === 'title-like' && this.headerAt(end) !== undefined);
		const photoAlone = captionsPhoto && (!twoLines || nextAfter);
		const nextItem = after?.kind === 'credit' || (!twoLines && after?.kind === 'title-like' && this.headerAt(end) !== undefined) || photoAlone;
		// A photo report signed at its end by who took the photos and wrote it (追花人家  甜在田间 / 7月16日，…抢收花粉。 /
		// … / 新华社记者  齐芷玥摄影报道) is one however many lines its captions and text run to.
		const signed = !twoLines && !titleLikeName && this.signedPhotoReportFrom(start);
		// So is a title over its photos, each captioned and credited, and a paragraph or two under them, right before
		// the next item (自贸港封关，消费市场旺 / 海南洋浦…作业繁忙。　　张  茂摄 / … / 海南自由贸易港全岛封关后，…).
		const whole = signed || (!twoLines && !titleLikeName && !underSections && this.photosThenBriefFrom(start));
		if (
			!whole &&
			(!nextItem || text.length === 0 || (text.length > MAX_PHOTO_REPORT_LINES && !photoAlone) || ((titleLikeName || underSections) && !photoAlone))
		)
			return undefined;
		// More than one block of text is a photo report's only under its caption.
		if (!whole && text.length > 1 && text.at(-1)!.kind !== 'caption') return undefined;
		const guess = photoAlone || signed ? undefined : `短标题和其下的几行读作一篇图片报道，而不是上一篇稿件的小标题。${HOW_TO_CORRECT}`;
		return { ...this.headerOf(header, index + header.length), guess };
	}

	/**
	 * Whether the lines from `start` to the page's credits or its end are a photo report's: a photo's
	 * caption first (7月16日，吴凤明一家…。, 图为…) or last, a few blocks of text, and who took the photos and wrote
	 * it last (新华社记者  齐芷玥摄影报道). A section of an article closes with text, never so.
	 */
	private signedPhotoReportFrom(start: number): boolean {
		const lines = this.lines;
		const end = this.textEnd(start);
		const blocks = lines.slice(start, end).filter((line, k) => k === 0 || !this.continuesBlockAbove(start + k));
		// (The next item's header may follow the signature, as the page's credits do: … / 刘  新摄影报道 / 微信小程序运营方… /
		// 未经同意，…（新闻看法） / 本报记者  魏哲哲.)
		const signedAbove = parsePhotoReportByline(blocks.at(-1)?.text ?? '') !== undefined;
		if (end < lines.length && lines[end]!.kind !== 'credit' && !(signedAbove && this.headerAt(end) !== undefined)) return false;
		const signature = blocks.at(-1)?.text ?? '';
		const first = blocks[0];
		return (
			blocks.length >= 2 &&
			blocks.length <= MAX_SIGNED_PHOTO_REPORT_BLOCKS &&
			parsePhotoReportByline(signature) !== undefined &&
			first !== undefined &&
			(first.kind === 'caption' ||
				/^图为/u.test(first.text) ||
				(PHOTO_DATE.test(first.text) && charLength(first.text) <= MAX_CREDIT_LINE_LENGTH * 2) ||
				// (Or the text first and what the photo shows right over the signature: 截至6月9日17时，… / 图为近日，… /
				// 朱佩娴  霍亚平摄影报道.)
				/^图为/u.test(blocks.at(-2)?.text ?? '') ||
				// (Or the photos' captions first, uncredited, each a short sentence: 新疆和田地区…，当地群众在种植薏米。 /
				// 俯瞰拜城县…项目区。 / 2024年11月28日，… / 新华社记者  丁  磊摄影报道.)
				// (One such caption will do: 江苏省无锡市惠山区人民医院，医护人员在接收配送的血液。 / … / 苏  楠  陈  祥摄影报道（人民视觉）.)
				isCaptionSentence(first.text))
		);
	}

	/**
	 * Whether the next part signed under its title from `start` on, before a lead, the page's credits or its end, is signed by
	 * its reporters' byline (本报记者  窦瀚洋), not by a bare name.
	 */
	private reportersPartNext(start: number): boolean {
		for (let at = start; at < this.lines.length - 1; at++) {
			const [line, signer] = [this.lines[at]!, this.lines[at + 1]!];
			if (line.kind === 'lead' || line.kind === 'credit') return false;
			if (line.kind !== 'title-like') continue;
			// (A part's title stands alone over its byline, untagged: a kicker over a tagged title heads the next item, 山东农业大学… /
			// 从课堂知识到强农本领（在一线） / 本报记者  丁雅诵.)
			if (signer.kind === 'byline') return this.lines[at - 1]?.kind !== 'title-like' && !hasColumnTag(line.text);
			if (signer.kind === 'title-like' && parseSignatureLine(signer.text) !== undefined && CONTENT.has(this.lines[at + 2]?.kind ?? 'title-like')) return false;
		}
		return false;
	}

	/**
	 * How many parts follow from `start`, each a title over its byline (把用户从旁观者变成共创者 / 本报记者  王  者, or a speaker's
	 * post and name), before a lead with its dateline (本报北京…电), the page's credits or its end: the parts of a report, not
	 * news of their own.
	 */
	private signedPartsFrom(start: number): number {
		let parts = 0;
		for (let at = start; at < this.lines.length - 1; at++) {
			const line = this.lines[at]!;
			if (line.kind === 'lead' || line.kind === 'credit') break;
			// (Signed by a reporter's bare name too, over the part's text: 古老韵味触碰现代繁华 / 邵玉姿 / 热浪挡不住….)
			const signer = this.lines[at + 1]!;
			const bareName = signer.kind === 'title-like' && parseSignatureLine(signer.text) !== undefined && CONTENT.has(this.lines[at + 2]?.kind ?? 'title-like');
			if (line.kind === 'title-like' && (signer.kind === 'byline' || bareName)) parts++;
		}
		return parts;
	}

	/**
	 * How many parts from `start` on, each a title of words in quotes over its reporter's byline, the text under it opening with
	 * those words and, under a dash, who said them: “在现代经济大潮中始终保持弄潮儿的角色” / 本报记者  王欣悦 / 我们要走… /
	 * ——习近平总书记在2025年全国两会上….
	 */
	private quotedPartsFrom(start: number): number {
		return this.partsBeforeLeadFrom(start, (line, at) => {
			const saidBy = this.lines.slice(at + 2, at + 2 + MAX_QUOTED_PART_OPENING_LINES).some((below) => /^——\S/u.test(below.text));
			return line.kind === 'title-like' && WHOLE_QUOTATION.test(line.text) && this.lines[at + 1]!.kind === 'byline' && saidBy;
		});
	}

	/**
	 * How many parts from `start` on, before a lead with its dateline or a credit, each lead with a dash into their title over
	 * their reporters' byline: 踏访一个社区—— / “上墙的牌子少了，走心的服务多了” / 本报记者  张  文.
	 */
	private ledInSignedPartsFrom(start: number): number {
		return this.partsBeforeLeadFrom(
			start,
			(line, at) => leadsInWithDash(line.text) && this.lines[at + 1]!.kind === 'title-like' && this.lines[at + 2]!.kind === 'byline',
		);
	}

	/** How many lines from `start` on, before a lead with its dateline or a credit, open a part (`opens`), with two lines under each. */
	private partsBeforeLeadFrom(start: number, opens: (line: Line, at: number) => boolean): number {
		let parts = 0;
		for (let at = start; at < this.lines.length - 2; at++) {
			const line = this.lines[at]!;
			if (line.kind === 'lead' || line.kind === 'credit') break;
			if (opens(line, at)) parts++;
		}
		return parts;
	}

	/**
	 * How many parts follow one another from `start`, each a line that leads with a dash into its title over text that closes
	 * with who wrote it down: a guest's words a reporter took down (陕西游客…在福建武夷山游览—— / 山水间解锁别样体验 / … /
	 * （本报记者刘晓宇采访整理）).
	 */
	private compiledLedInPartsFrom(start: number): number {
		let parts = 0;
		let at = start;
		while (leadsInWithDash(this.lines[at]?.text) && this.lines[at + 1]?.kind === 'title-like' && !isSubtitle(this.lines[at + 1]!.text)) {
			const end = this.compiledNoteBelow(at);
			if (end === undefined || end <= at + 2 || end >= this.lines.length || !COMPILED_BY.test(this.lines[end]!.text)) return parts;
			parts++;
			at = end + 1;
		}
		return parts;
	}

	/**
	 * How many signed parts follow from `start` under a banner, each one or two header lines over its byline, their headings
	 * between them, as far as the next lead or credit: a series' day told in parts (新春走基层  人和家顺事事兴 / 阿妹戚托小镇的新生活 /
	 * 本报记者  万秀斌… / … / 保洁员王继保 / 有事互相搭把手 / 本报记者  龚相娟 / …).
	 */
	private signedPartsUnderBannerFrom(start: number): number {
		let parts = 0;
		for (let at = start; at < this.lines.length; at++) {
			const line = this.lines[at]!;
			if (line.kind === 'lead' || line.kind === 'credit' || hasColumnTag(line.text)) break;
			if (line.kind !== 'byline') continue;
			const header = this.lines.slice(Math.max(start, at - 2), at);
			if (header.length > 0 && header.at(-1)!.kind === 'title-like' && !hasRunningTextPunctuation(header.at(-1)!.text)) parts++;
		}
		return parts;
	}

	/**
	 * How many parts follow one another from `start`, each a title of clauses set apart by spaces over its byline, only
	 * text between them: a series' parts under its banner (护越冬候鸟  保一方平安 / 本报记者  杨颜菲 / …). (Or any title
	 * with no column's tag, `inClauses` false.)
	 */
	private signedPartsInRowFrom(start: number, inClauses = true): number {
		let parts = 0;
		for (let at = start; at < this.lines.length - 1; at++) {
			const line = this.lines[at]!;
			// (A piece of a paragraph that a column break cut may read like a title: 富恒搓了搓冻僵的双手，….)
			// (Or open a paragraph a column break cut, however it reads: “我们是名副其实的‘移民村’！”村党支部书记郭士锋语.)
			if (
				line.kind === 'body' ||
				(line.kind === 'title-like' && (hasRunningTextPunctuation(line.text) || this.opensCutParagraph(at)) && this.lines[at + 1]!.kind !== 'byline')
			)
				continue;
			const titled = inClauses ? SPACED_CLAUSES.test(line.text) : !hasColumnTag(line.text);
			if (line.kind !== 'title-like' || !titled || this.lines[at + 1]!.kind !== 'byline') break;
			parts++;
			at++;
		}
		return parts;
	}

	/**
	 * How many parts follow from `start` to the next lead or credit, each a title over a dash subtitle and a byline, only text
	 * and its headings between them.
	 */
	private subtitledPartsFrom(start: number): number {
		let parts = 0;
		for (let at = start; at < this.lines.length - 2; at++) {
			const [line, subtitle, byline] = [this.lines[at]!, this.lines[at + 1]!, this.lines[at + 2]!];
			if (line.kind === 'lead' || line.kind === 'credit') break;
			if (line.kind !== 'title-like' || subtitle.kind !== 'title-like' || !isSubtitle(subtitle.text)) continue;
			if (byline.kind !== 'byline') break;
			parts++;
			at += 2;
		}
		return parts;
	}

	/**
	 * Whether the run from `index` is a forum's title over its first part, a lead-in naming who speaks and their heading
	 * (树立和践行正确政绩观大家谈 / 张冠梓委员—— / 调查研究既看“高楼大厦”又看“背阴胡同” / …), with more parts led into so below.
	 */
	private forumOverLedInParts(run: readonly Line[], index: number): boolean {
		// (Not the last of the guests a forum lists under its title, each with their post in brackets: 吉萨特·沃库（…总经理） /
		// 重塑经贸合作格局—— / ….)
		return (
			run.length >= 3 &&
			PART_LEAD_IN.test(run[1]!.text) &&
			this.lines[index - 1]?.kind !== 'title-like' &&
			!this.inGuestList(index) &&
			this.partLeadInsFrom(index + 1) >= MIN_LED_IN_PARTS
		);
	}

	/** How many parts from `start` to the page's credits are led into by who speaks over their heading (董文琴代表—— / 统筹…). */
	private partLeadInsFrom(start: number): number {
		let parts = 0;
		for (let at = start; at < this.lines.length - 1 && this.lines[at]!.kind !== 'credit'; at++) {
			const [line, below] = [this.lines[at]!, this.lines[at + 1]!];
			if (
				line.kind === 'title-like' &&
				PART_LEAD_IN.test(line.text) &&
				below.kind === 'title-like' &&
				!hasRunningTextPunctuation(below.text.replace(/[，,]/gu, ''))
			)
				parts++;
		}
		return parts;
	}

	/**
	 * Whether the title at `index` heads the next noted section of the item being read, its text starting at `start`: a
	 * commentary that quotes others' pieces under their own headings, each closed by where it was excerpted from
	 * (…（经济热评） / … / 网友是未来产业的培土者 / … / （摘编自“人民日报评论”微信公众号…） / 把科技的温暖织进生活的经纬 / … /
	 * （摘编自人民论坛网…）), or a feature whose headed sections each close on the reporters who took the words down
	 * (经济大省发展底盘稳… / … / （本报记者孟祥夫…采访整理） / 推动经济实现质的有效提升和量的合理增长 / … / （本报记者…采访整理）).
	 * The note above closes a section, not the item.
	 */
	private nextNotedSection(index: number, start: number): boolean {
		const item = this.items.at(-1);
		const noteAbove = this.textEndingAbove(index);
		if (item === undefined || noteAbove === undefined || !item.body.some((block) => block.type === 'heading')) return false;
		if (EXCERPT_NOTE.test(noteAbove)) return !this.unexcerptedPieceFrom(start);
		return SECTION_TAKEN_DOWN.test(noteAbove) && this.closesOnNoteFrom(start, SECTION_TAKEN_DOWN);
	}

	/**
	 * Whether the text from `start` closes on a note `note` matches before any byline or lead (the next item's), the page's
	 * credits or its end: its own sections and boxes (【连线】) may come first.
	 */
	private closesOnNoteFrom(start: number, note: RegExp): boolean {
		for (let at = start; at < this.lines.length; at++) {
			const line = this.lines[at]!;
			if (note.test(line.text)) return true;
			if (line.kind === 'credit' || line.kind === 'byline' || line.kind === 'lead') return false;
		}
		return false;
	}

	/**
	 * Whether the piece whose text starts at `start` reaches the next titled piece, the page's credits or its end with no
	 * note of the paper it was excerpted from (（摘编自《农民日报》…）).
	 */
	private unexcerptedPieceFrom(start: number): boolean {
		for (let at = start; at < this.lines.length; at++) {
			const line = this.lines[at]!;
			if (EXCERPT_NOTE.test(line.text)) return false;
			if (line.kind === 'credit') return true;
			if (line.kind === 'title-like' && parseSignatureLine(this.lines[at + 1]?.text ?? '') !== undefined && at > start) return true;
		}
		return true;
	}

	/**
	 * How many spaced pairs sharing the first character of the one at `index` (共  生) head the item's sections: those
	 * it has read as headings and those below, each over text, the one at `index` included.
	 */
	private parallelSpacedPairs(item: ParsedItem, index: number): number {
		const first = [...this.lines[index]!.text][0];
		const alike = (text: string) => SPACED_PAIR.test(text) && [...text][0] === first;
		const above = item.body.filter((block) => block.type === 'heading' && alike(block.text)).length;
		let below = 0;
		for (let at = index + 1; at < Math.min(this.lines.length, index + MAX_PARALLEL_PAIRS_LOOKAHEAD); at++)
			if (this.lines[at]!.kind === 'title-like' && alike(this.lines[at]!.text) && this.opensText(at + 1)) below++;
		return 1 + above + below;
	}

	/** Whether the item being read has a section led into by a short lead-in with a dash (寻鲜—— / 破解家族“盲盒”：…？). */
	private sectionsLedInAbove(): boolean {
		// (The heading may still read as a paragraph until the item is done.)
		return (this.items.at(-1)?.body ?? []).some((block, i, body) => {
			const next = body[i + 1];
			return (
				LED_IN_LABEL.test(block.text) &&
				next !== undefined &&
				(next.type === 'heading' || (!/[。；;！!]$/u.test(next.text) && charLength(next.text) <= MAX_STANDALONE_HEADING_LENGTH))
			);
		});
	}

	/**
	 * Whether the line at `index` is a photo's label under the caption that opens with it, as a crawl may give both
	 * (文化新空间　　市民在… / 文化新空间 / 市民在… / 王  剑摄): the photo's, heading no item.
	 */
	private labelsCaptionAbove(index: number): boolean {
		// (Where blank lines part the blocks, the caption is the block above, whose first line opens with the label: 高质量建设　　雄安新区
		// 城市新貌。… / …　　雄安新区宣传网信局供图 / 高质量建设.)
		let start = index - 1;
		while (this.separatesBlocks && start > 0 && !this.opensBlock(this.lines[start]!)) start--;
		const [above, text] = [this.lines[start], this.lines[index]!.text];
		if (above === undefined || !above.text.startsWith(text)) return false;
		// (A caption with no credit, as a photo from the files prints, reads as text: “年轻的城”焕发新活力　　外籍留学生在临港新片区（资料图片）。;
		// the gap the crawl left after the label, two spaces wide, says it is the label's.)
		const gap = above.text.slice(text.length);
		// (Nor may a wrapped caption's first line end in its sentence: 高效能治理　　容城县…传承人邢娟 / （中）在….)
		return above.kind === 'caption' ? /^[\s\u3000]/u.test(gap) : (above.kind === 'body' || above.kind === 'title-like') && /^(?:\u3000{2}|\s{2})\S/u.test(gap);
	}

	/** Whether the line at `index` opens a caption whose photo's label the next block prints alone (labelsCaptionAbove). */
	private labelledCaptionAt(index: number): boolean {
		let next = index + 1;
		while (this.separatesBlocks && next < this.lines.length && !this.opensBlock(this.lines[next]!)) next++;
		return next < this.lines.length && this.labelsCaptionAbove(next);
	}

	/**
	 * Whether the line at `index` closes a letter quoted in the text: its greeting, its signature (克 上), the day and place
	 * it was written (二月十一日于西营), or its signature under its date, where it was written (一九三六年八月二日 /
	 * 你的母亲赵一曼于车中).
	 */
	private closesLetter(index: number): boolean {
		const text = this.lines[index]!.text;
		return isLetterClosing(text) || (isPrintedDate(this.lines[index - 1]?.text ?? '') && LETTER_SIGNED_AT.test(text));
	}

	/** Whether the line at `index` labels a part over a speaker's words, as the parts of `item` read so far open. */
	private labelsPartOverSpeaker(item: ParsedItem, index: number): boolean {
		const [line, below] = [this.lines[index]!, this.lines[index + 1]];
		const labelsPart = (text: string, next: string | undefined) =>
			charLength(text) <= MAX_PART_LABEL_LENGTH && !hasRunningTextPunctuation(text) && next !== undefined && SPEAKER_OPENS.test(next);
		return (
			line.kind === 'title-like' &&
			labelsPart(line.text, below?.text) &&
			item.body.some((block, i) => block.type === 'heading' && labelsPart(block.text, item.body[i + 1]?.text))
		);
	}

	/**
	 * How many parts from `start` on open with a short label over a speaker's words, before the next lead or byline
	 * (金属文物修复 / …副理事长韦荃：对于金属文物，…): an expert's comment on each part of a photo feature.
	 */
	private partsLabelledOverSpeakersFrom(start: number): number {
		let parts = 0;
		for (let at = start; at < this.lines.length - 1 && !ANCHORS.has(this.lines[at]!.kind); at++) {
			const [line, below] = [this.lines[at]!, this.lines[at + 1]!];
			if (
				line.kind === 'title-like' &&
				charLength(line.text) <= MAX_PART_LABEL_LENGTH &&
				!hasRunningTextPunctuation(line.text) &&
				SPEAKER_OPENS.test(below.text)
			)
				parts++;
		}
		return parts;
	}

	/** The index of the first line from `start` that is a credit or title-like (the page's length if none): where its text ends. */
	private textEnd(start: number): number {
		let end = start;
		while (end < this.lines.length && this.lines[end]!.kind !== 'credit' && this.lines[end]!.kind !== 'title-like') end++;
		return end;
	}

	/**
	 * Whether a run of two or more header lines is headed unlike the parts of the report read so far: led into
	 * with a dash (…交易—— / 以林养林有了新模式) where no part is. (The reverse says nothing: a report whose parts
	 * lead in so may open with one that does not. Nor does a run over its reporters' byline, `overReporters`, under a
	 * report whose only part so far is the commentary that opens it, signed by a bare name: its reporters' parts
	 * may lead in so, 培育新优势  激发新动能 / 韩春瑶 / … / 首发经济—— / 赶首发，成为生活新风尚 / 本报记者  李凯旋.)
	 */
	private headedUnlikeParts(feature: ParsedItem, run: readonly Line[], overReporters: boolean): boolean {
		return (
			run.length >= 2 &&
			leadsInWithDash(run[0]!.text) &&
			!hasDashLedHeading(feature) &&
			// (A report whose own kicker leads in so heads its parts alike: 会内会外热议政府工作报告—— / … / 实施更加积极有为的宏观政策—— / ….)
			!leadsInWithDash(feature.kicker) &&
			(this.reportersParts.has(feature) || !overReporters)
		);
	}

	/**
	 * Whether the text from `start` to the next title or credit closes with a note on its writer (（作者为…，本报记者…采访整理）), as a
	 * voice in a box of voices does; a commentary after the box closes with its text.
	 */
	private closesWithWriterNote(start: number): boolean {
		const at = this.textEnd(start);
		// (A column break may cut the note: its last two lines are read together.)
		const tail = this.lines
			.slice(Math.max(start, at - 2), at)
			.map((line) => line.text)
			.join('');
		return at > start && /[（(]作者为[^（）()]*[）)]$/u.test(tail);
	}

	/** Whether every part `feature` kept so far opens with its place's name alone (河北正定, 上海), and there is one at least. */
	private partsHeadedByPlace(feature: ParsedItem): boolean {
		// (A paragraph's first piece that a column break cut at a comma, 晚上9点，…往外走，, passes as kept where headers are
		// read on every line: it heads no part.)
		const parts = [...(this.keptParts.get(feature)?.values() ?? [])].filter((text) => !/[，、,；;]$/u.test(text));
		return parts.length > 0 && parts.every((text) => PLACE_ALONE.test(text));
	}

	/** Whether every part `feature` kept so far opens with who it tells of, post and name run together (…景区负责人麻斌), and there is one. */
	private partsHeadedByTeller(feature: ParsedItem): boolean {
		const parts = [...(this.keptParts.get(feature)?.values() ?? [])];
		return parts.length > 0 && parts.every((text) => parsePostAndNameRunOn(text) !== undefined);
	}

	/** Notes that `feature` keeps the part whose header opens with `first` as its own. */
	private keepPart(feature: ParsedItem, first: Line): void {
		const parts = this.keptParts.get(feature) ?? new Map<number, string>();
		this.keptParts.set(feature, parts.set(first.number, first.text));
	}

	/**
	 * How many labels numbered like the one at `index` (【场景一】) stand alone on their lines from `from` (the label
	 * itself by default) on, before the page's credits.
	 */
	private numberedBracketLabelsFrom(index: number, from = index): number {
		const word = NUMBERED_BRACKET_LABEL.exec(this.lines[index]?.text ?? '')?.[1];
		if (word === undefined) return 0;
		let labels = 0;
		for (let i = from; i < this.lines.length && this.lines[i]!.kind !== 'credit'; i++)
			if (NUMBERED_BRACKET_LABEL.exec(this.lines[i]!.text)?.[1] === word) labels++;
		return labels;
	}

	/**
	 * Whether nothing but the page's credits follows from `index`, or an advertisement's last lines before them: a short line or
	 * two that end no sentence (长寿命 | 宽温域 | 高倍率 | 高安全).
	 */
	private onlySlogansFrom(index: number): boolean {
		let at = index;
		// (Scanned line by line, it stops at the first line that is neither: most runs are far from the page's foot.)
		for (; at < this.lines.length && this.lines[at]!.kind !== 'credit'; at++) {
			const line = this.lines[at]!;
			if (at - index >= MAX_FOOT_SLOGAN_LINES || charLength(line.text) > MAX_FOOT_SLOGAN_LENGTH || /[。！？!?；;]/u.test(line.text)) return false;
		}
		for (; at < this.lines.length; at++) if (this.lines[at]!.kind !== 'credit') return false;
		return true;
	}

	/** Whether the line at `index` is one of the guests listed, each with their post in brackets, under an interview's label (嘉  宾：). */
	private inGuestList(index: number): boolean {
		let at = index;
		while (at >= 0 && SPEAKER_WITH_POST.test(this.lines[at]!.text)) at--;
		// (The label may name the first guest on its own line: 对话人：叶  青（中央戏剧学院青年教师） / 石介甫（单立人喜剧创始人）.)
		return at < index && at >= 0 && (GUESTS_LABEL.test(this.lines[at]!.text) || GUESTS_LABEL_OVER_FIRST.test(this.lines[at]!.text));
	}

	/** Whether the line at `index` is a letter's label over whom the letter greets (回  信 / 田华等8位同志：): its text opens there. */
	private opensLetter(index: number): boolean {
		return LETTER_LABEL.test(this.lines[index]?.text ?? '') && SALUTATION.test(this.lines[index + 1]?.text ?? '');
	}

	/**
	 * Whether the feature has kept at least MIN_PARTS_BEFORE_UNLIKE parts and each stands over a name that signs it
	 * (与时间的赛跑永无止境 / 杨雪梅), read into its text as paragraphs.
	 */
	private partsAllSignedByName(feature: ParsedItem): boolean {
		const kept = this.keptParts.get(feature) ?? new Map<number, string>();
		const isName = (text: string) => (parseSignatureLine(text) ?? parseLoneName(text)) !== undefined;
		// (headerAt runs on every line: the names under the parts' titles are kept too.)
		const titles = feature.body.flatMap((block, i) => (kept.has(block.lines[0]) && !isName(block.text) ? [i] : []));
		return titles.length >= MIN_PARTS_BEFORE_UNLIKE && titles.every((i) => feature.body[i + 1]?.type === 'paragraph' && isName(feature.body[i + 1]!.text));
	}

	/**
	 * Whether the title at `index`, over who speaks with their post in brackets, heads a part that a note further on says
	 * the paper's reporters put together with the others above it: 为何选用真文物 / 孙智彬（四川省考古学会秘书长） / … /
	 * （以上为本报记者周飞亚、宋豪新采访整理）. The parts are the item's, under the item's own title.
	 */
	private compiledPartAt(index: number): boolean {
		const [title, speaker] = [this.lines[index], this.lines[index + 1]];
		if (title?.kind !== 'title-like' || speaker === undefined || !SPEAKER_WITH_POST.test(speaker.text)) return false;
		for (let i = index + 2; i < Math.min(this.lines.length, index + MAX_LINES_TO_COMPILED_NOTE); i++) {
			if (this.lines[i]!.kind === 'credit') return false;
			if (COMPILED_ABOVE.test(this.lines[i]!.text)) return true;
		}
		return false;
	}

	/**
	 * Whether a run of two or more header lines over its reporters' byline (`overReporters`) opens with a question
	 * (为什么…？怎么…？) where none of the parts the feature has kept opens so, and it has kept at least two.
	 */
	private asksUnlikeParts(feature: ParsedItem, run: readonly Line[], overReporters: boolean): boolean {
		const first = run[0]!;
		if (run.length < 2 || !overReporters) return false;
		const kept = [...(this.keptParts.get(feature) ?? [])].filter(([number]) => number !== first.number);
		const asks = (text: string) => /[？?]$/u.test(text);
		if (asks(first.text)) return kept.length >= MIN_PARTS_BEFORE_UNLIKE && !kept.some(([, text]) => asks(text));
		// (Nor, after parts whose kickers each ask, 区域教育资源配置如何优化？ / “云”端架桥共享资源 / 本报记者…, a kicker that tells
		// news over its title and reporter: 北京化工大学实施“红色引擎”工程 / 加强青年学者思想政治引领 / 本报记者  黄  超.)
		// (A question over text asks inside a part and kicks none, 株洲硬质合金集团有限公司 / … / 极致纯度如何炼成？ / 铜板的纯度…: a kicker
		// stands over its title and the part's byline.)
		const kicks = (number: number) => {
			const at = this.lines.findIndex((line) => line.number === number);
			return this.lines[at + 1]?.kind === 'title-like' && this.lines[at + 2]?.kind === 'byline';
		};
		const askingKickers = kept.filter(([number, text]) => asks(text) && kicks(number));
		return askingKickers.length >= MIN_PARTS_BEFORE_UNLIKE && !hasRunningTextPunctuation(first.text);
	}

	/**
	 * Whether the lines from `start` are photos, each with its caption and credit (图为…。　　张  茂摄, or the
	 * caption and its credit on lines of their own), then a paragraph or two, and then the next item's header,
	 * the page's credits or its end: a photo report's, not a section of the item above (none is photos first).
	 */
	private photosThenBriefFrom(start: number): boolean {
		const lines = this.lines;
		const end = this.textEnd(start);
		if (end < lines.length && lines[end]!.kind === 'title-like' && this.headerAt(end) === undefined) return false;
		// (A caption that ends with its credit, 张  茂摄, is whole: the line under it is a block of its own.)
		const blocks = lines.slice(start, end).filter((line, k) => k === 0 || !this.continuesFlatCut(start + k));
		const credited = (k: number) => splitCaption(blocks[k]!.text).credit !== undefined || isCreditOnly(blocks[k]) || isCreditOnly(blocks[k + 1]);
		let photos = 0;
		while (photos < blocks.length && credited(photos)) photos++;
		const brief = blocks.length - photos;
		return photos >= 1 && brief >= 1 && brief <= MAX_BRIEF_PARAGRAPHS;
	}

	/**
	 * The run of title-like lines starting at `index`, if it is an item's header. `underColon`: the
	 * line above is a kicker ending with a colon; otherwise a line under a colon continues the text
	 * that led into it (对话嘉宾：, the names of the guests).
	 */
	/**
	 * Whether the line under the title at `index` is its meeting's agenda set as running text, flush, with the lead under it:
	 * 李克强主持召开国务院常务会议 / 听取今年减税降费政策实施汇报，要求…；部署… / 新华社北京10月16日电…
	 */
	private agendaUnder(index: number): boolean {
		const [title, agenda, lead] = [this.lines[index], this.lines[index + 1], this.lines[index + 2]];
		return (
			title?.kind === 'title-like' &&
			agenda?.kind === 'body' &&
			!agenda.indented &&
			lead?.kind === 'lead' &&
			NAMES_MEETING.test(title.text) &&
			isMeetingAgenda(agenda.text, title.text)
		);
	}

	/**
	 * Whether the line at `at`, under the header's last line, is the news's deck over its dateline: one that reads as a deck
	 * (isDeckOf), or, where headers are set flush, any line of text set flush as the title is, over an indented dateline
	 * (国务院印发《国家职业教育改革实施方案》 / 经过5—10年左右时间，职业教育基本完成… / 　　新华社北京2月13日电…): there the
	 * indent alone tells the header's lines from the text's.
	 */
	private deckUnder(title: Line, at: number): boolean {
		const [deck, lead] = [this.lines[at], this.lines[at + 1]];
		if (lead?.kind === 'lead' && isDeckOf(title.text, deck)) return true;
		return this.setsHeadersFlush && !title.indented && deck?.kind === 'body' && !deck.indented && lead?.indented === true;
	}

	/**
	 * Whether, where headers are set flush, the line at `index` is set flush right under an indented paragraph's end: the
	 * paragraph's own line, or the last piece of one a column break cut, set flush as the break left it (…就没有任何力 /
	 * 量能够阻挡。 / 全国人大外事委员会). No paragraph goes on there: the line is a header's.
	 */
	private flushUnderIndentedParagraph(index: number): boolean {
		const [line, above] = [this.lines[index], this.lines[index - 1]];
		if (!this.setsHeadersFlush || line === undefined || line.indented || above === undefined) return false;
		if (above.indented) return true;
		const paragraphAbove = this.items.at(-1)?.body.at(-1);
		return (
			paragraphAbove?.type === 'paragraph' &&
			paragraphAbove.lines[1] === above.number &&
			paragraphAbove.lines[0] !== paragraphAbove.lines[1] &&
			this.lineNumbered(paragraphAbove.lines[0])?.indented === true
		);
	}

	/** Whether the item's lead, its first paragraph, names `text` as a text it prints: 发表题为《…》的署名文章. */
	private namedByLeadAbove(item: ParsedItem, text: string): boolean {
		const lead = item.body.find((block) => block.type === 'paragraph');
		const title = text.replace(/[\s\u3000]+/gu, '');
		return lead !== undefined && title.length >= MIN_SHAPED_HEADING_LENGTH && lead.text.replace(/[\s\u3000]+/gu, '').includes(`题为《${title}》`);
	}

	private headerAt(index: number, underColon = false): Header | undefined {
		const lines = this.lines;
		// (Past the page's last line, as under a kicker ending with a colon on it, 这正是：, no header starts.)
		if (index >= lines.length) return undefined;
		const above = lines[index - 1];
		// Inside a banner feature, a headline over its speaker is the next part's (bannerFeatureAt).
		const item = this.items.at(-1);
		if (item !== undefined && this.bannerFeatures.has(item) && this.bannerPartAt(index, this.bannerFeatures.get(item)!.speeches)) return undefined;
		// A time of day and a place head a section of a day told hour by hour (上午10点半，村新时代文明实践站 /
		// 授  课), inside the item, never over one.
		if (this.items.length > 0 && TIME_AND_PLACE_HEADING.test(lines[index]!.text)) return undefined;
		// Nor does a photo's label under the caption that opens with it.
		if (this.items.length > 0 && this.labelsCaptionAbove(index)) return undefined;
		// Nor does that caption, opening with the label the next block prints alone (高效能治理　　容城县…传承人邢 / 娟（中）在… /
		// 高效能治理): a wrap may leave its first line as short as a title.
		if (this.items.length > 0 && this.labelledCaptionAt(index)) return undefined;
		// A box of briefs the paper prints as one item (速览, 数读 in 人民日报) opens that item under its title alone, the first brief's
		// header under it.
		if (this.options.roundupTitles?.has(lines[index]!.text.replace(/[\s\u3000]+/gu, '')) === true && lines[index + 1]?.kind === 'title-like')
			return this.headerOf([lines[index]!], index + 1);
		// The names under a page's portraits (安德烈·切韦廖夫 / 小岛康誉 / 谢莫尼勒 / …) start nothing.
		if (this.inNameList(index)) return undefined;
		// Nor do the names in a list of bodies or units honoured.
		if (this.items.length > 0 && this.inUnitList(index)) return undefined;
		// Nor does an annex's label inside the document it closes (附件2 / 国务院决定废止的行政法规), nor the annex's title under it.
		if (this.items.length > 0 && (ANNEX_LABEL.test(lines[index]!.text) || ANNEX_LABEL.test(above?.text ?? ''))) return undefined;
		// Nor do the guests an interview lists under its label, each with their post in brackets (嘉  宾： /
		// 冯胜勇（…司长） / 马  平（…院长） / 俞白眉（编剧、导演）).
		if (this.inGuestList(index)) return undefined;
		// Nor does a speech's address to its audience (同志们！, 同志们、朋友们！): it is the speech's text.
		if (this.items.length > 0 && SPEECH_ADDRESS.test(lines[index]!.text)) return undefined;
		// Nor does a label in square brackets alone on its line right over text (【执纪者说】 / “四风”问题花样翻新，…): it heads a part
		// of the item it stands in. (Over a title, it is the column's label that kicks the next item off: 【光明时评】 / 让古籍修复后继有人.)
		if (this.items.length > 0 && BRACKETED_LABEL.exec(lines[index]!.text)?.[0] === lines[index]!.text && lines[index + 1]?.kind === 'body') return undefined;
		// Nor does the title of a text the item prints in full, its lead naming it (习近平在尼泊尔媒体发表署名文章 / 将跨越喜马拉雅的
		// 友谊推向新高度 / 新华社…发表题为《将跨越喜马拉雅的友谊推向新高度》的署名文章。 / 将跨越喜马拉雅的友谊推向新高度 /
		// 中华人民共和国主席  习近平 / …): it is the text's own, inside the item.
		if (item !== undefined && lines[index]!.kind === 'title-like' && this.namedByLeadAbove(item, lines[index]!.text)) return undefined;
		// Nor does the title of the next letter in a feature of letters, over its salutation (为一带一路建设奉献力量 / 亲爱的祖国母亲：),
		// once the item holds a letter greeting so: the letters are its parts, each signed at its foot.
		if (
			item !== undefined &&
			lines[index]!.kind === 'title-like' &&
			LETTER_SALUTATION.test(lines[index + 1]?.text ?? '') &&
			item.body.some((block) => LETTER_SALUTATION.test(block.text))
		)
			return undefined;
		// Nor does a part the paper's reporters put together with those above it (compiledPartAt).
		if (item !== undefined && item.authors.length === 0 && this.compiledPartAt(index)) return undefined;
		// Under a signed header whose text has not begun (its photos and their labels only), a line over text heads the
		// text's first section, not an item: 麻怎么变成布？ / 苎麻是…. (An item of its own shows its byline or lead.)
		if (
			item !== undefined &&
			item.figures.length > 0 &&
			signedTextNotBegun(item) &&
			lines[index]?.kind === 'title-like' &&
			lines[index + 1] !== undefined &&
			CONTENT.has(lines[index + 1]!.kind) &&
			lines[index + 1]!.kind !== 'lead'
		)
			return undefined;
		// A document's closing or opening part (结束语, 前言) after its numbered parts heads that part, not an item.
		const partLabel = (lines[index]?.text ?? '').replace(/[\s\u3000]+/gu, '');
		if (item !== undefined && DOCUMENT_PART_LABEL.test(partLabel) && item.body.some((block) => block.type === 'heading' && opensWithHeadingNumber(block.text)))
			return undefined;
		// Where the photo above came from (图⑥：6G创意图片。 / 影像中国) heads nothing: it is the photo's credit.
		if (PICTURE_SOURCE.test(lines[index]?.text.trim() ?? '') && this.sourceOfFigureAbove(item, index)) return undefined;
		// Under an item's header, its text not begun (its photos and their credits only), an editor's note's label on a
		// line of its own (编者按), its text under it, heads no item: the note is that item's. (Elsewhere the note may
		// stand as an item of its own, over the items it introduces.)
		if (
			item !== undefined &&
			item.body.every((block) => block.type === 'paragraph' && PAGE_MAKING_CREDIT.test(block.text)) &&
			EDITORS_NOTE_LABEL_ALONE.test(lines[index]?.text ?? '')
		)
			return undefined;
		// The term a series is about, named in the column tag of the item above (…（“十五五”文化热词·新大众文艺）),
		// heads the box that explains it at that item's end: 新大众文艺 / “十五五”规划建议提出，… / ——…副主席  柳冬妩.
		// So does a label a box's heading names (他们的开心瞬间和失落瞬间 / … / 开心瞬间 / 安安 / 1.…): it heads a list in the box.
		const term = lines[index]?.text ?? '';
		const namedAbove = (text: string | undefined) => text !== undefined && text !== term && text.includes(term);
		if (
			item !== undefined &&
			charLength(term) >= 2 &&
			charLength(term) <= MAX_SERIES_TERM_LENGTH &&
			(namedAbove(columnTagOf(item.title)) || item.body.some((block) => block.type === 'heading' && namedAbove(block.text)))
		)
			return undefined;
		// A poem's title in book-title marks over its poet and dynasty led by a dash, right under its verse (惟有山茶偏耐久， /
		// 绿丛又放数枝红。 / 《山茶一树自冬至清明后著花不已》 / ——宋·陆游), is where the verse comes from: the text's.
		if (
			this.items.length > 0 &&
			/^《[^《》]+》$/u.test(lines[index]!.text) &&
			POET_WITH_DYNASTY.test(lines[index + 1]?.text ?? '') &&
			CLASSICAL_VERSE_LINE.test(above?.text ?? '')
		)
			return undefined;
		// A line that opens with a dash stands under what it goes with: under a title its subtitle, under
		// a quotation who said it (——某村第一书记苏婷); it never opens a header.
		if (this.items.length > 0 && isSubtitle(lines[index]!.text)) return undefined;
		if (!underColon && above?.kind === 'body' && /[：:]$/u.test(above.text)) return undefined;
		// An item whose parts are labelled in brackets (【关键词】…, 【事件】…) goes on under the next label (【点评】),
		// and what that label heads is its part.
		// (The item's body is searched only at a label or under one: headerAt runs on every line.)
		const atLabel = item !== undefined && BRACKET_LABEL.test(lines[index]!.text);
		const underLabel = above !== undefined && BRACKET_LABEL.test(above.text) && item?.body.at(-1)?.text === above.text;
		if ((atLabel || underLabel) && item!.body.some((block) => block.text.startsWith('【'))) return undefined;
		// So does one whose parts open with a label over a speaker's words (金属文物修复 / …副理事长韦荃：…): the next label
		// over such words heads its next part, whatever closed the part above (a photo's caption, 参赛选手在比赛中。).
		if (item !== undefined && this.labelsPartOverSpeaker(item, index)) return undefined;
		// (So does a heading over a label the item already printed, as a special report heads each part over 【场景】: 自动驾驶更聪明 /
		// 【场景】 / text, after 无线充电更智能 / 【场景】 / ….)
		const overLabelUsed =
			item !== undefined && BRACKET_LABEL.test(lines[index + 1]?.text ?? '') && item.body.some((block) => block.text === lines[index + 1]!.text);
		if (overLabelUsed && !hasRunningTextPunctuation(lines[index]!.text)) return undefined;
		// So does one whose sections are numbered so from the first (【场景一】 / 看！无人机进田帮咱施肥 / … / 【场景二】): where a label
		// numbered like it follows, the first label and its heading are the item's too.
		if (
			(atLabel || underLabel) &&
			item!.body.some((block) => block.type === 'paragraph') &&
			this.numberedBracketLabelsFrom(atLabel ? index : index - 1) >= MIN_NUMBERED_BRACKET_LABELS
		)
			return undefined;
		// Nor under a sentence that says the text follows (《农村基层干部廉洁履行职责规定》全文如下。): the
		// document's title under it is part of the news that publishes it.
		if (above?.kind === 'body' && FOLLOWS_BELOW.test(above.text)) return undefined;
		// Where headers are set flush, an indented line is text: a section heading, a signature, a poem.
		if (this.setsHeadersFlush && lines[index]!.indented && this.items.length > 0) return undefined;
		// The rest of a photo's caption wrapped at the column's width (图④：学生在中国大运河 / 非物质文化遗产展示馆…) starts nothing.
		if (this.continuesWrappedCaption(index)) return undefined;
		// Where blank lines part the blocks, a block of running text over several lines is a paragraph,
		// and no line inside a block starts anything.
		if (this.separatesBlocks && this.items.length > 0) {
			// (Its first line may stop short of a mark that the rest of the block holds: 本报今起推出“…·关注夏日消费”系 /
			// 列报道，聚焦…. Not over a byline or a lead: a kicker that filled its line stands over its title there.)
			if (this.opensBlockOfLines(index) && hasRunningTextPunctuation(this.blockTextFrom(index))) return undefined;
			// (Nor where the page is wrapped at a fixed width and the block's first line runs to it: 决不能有翻篇念头和放松 / 苗头.)
			if (this.opensBlockOfLines(index) && this.runsToWrapWidth(lines[index]!)) return undefined;
			if (!this.opensBlock(lines[index]!) && this.continuesParagraph(index)) return undefined;
			// (Nor does a line a wrap carried on from the line above, whatever that line was read as: 第三章  授予品种权的 / 条件,
			// …学术委员会主任  陈少 / 峰.)
			if (!this.opensBlock(lines[index]!) && (lines[index - 1]?.kind === 'title-like' || lines[index - 1]?.kind === 'byline')) return undefined;
			// (Nor does a speaker's label whose post a wrap carried onto the next line: 讲述人：杭州老板电器股 / 份有限公司总裁  任富佳;
			// nor a post whose name it carried there: 北京大学经济学院院长 / 张  辉.)
			if (SPEAKER_LABEL.test(lines[index]!.text) && this.goesOnAbove.has(lines[index + 1]?.number ?? -1)) return undefined;
			if (this.awaitsNameBelow(index)) return undefined;
		}
		let end = index;
		while (
			end < lines.length &&
			lines[end]!.kind === 'title-like' &&
			end - index < MAX_HEADER_LINES &&
			!(this.setsHeadersFlush && end > index && lines[end]!.indented) &&
			// A standing title (图片报道) heads an item of its own: the lines above it end there.
			!(end > index && this.standsAlone(end)) &&
			// So does an editor's note's label alone on its line (编者的话): the note opens the text under the header.
			!(end > index && INTRODUCING_NOTE_LABEL_ALONE.test(lines[end]!.text)) &&
			// Nor does the first piece of a paragraph cut at a column break on a page without indents.
			!(end > index && this.opensFlatCut(end)) &&
			// Nor do the names under a page's portraits, under its title.
			!(end > index && this.inNameList(end)) &&
			// Nor does a letter's label over whom it greets (回  信 / 田华等8位同志：): the letter's text opens there.
			!(end > index && this.opensLetter(end)) &&
			// Nor does a photo's caption that opens with its label, the label alone under it (labelledCaptionAt).
			!(end > index && this.labelledCaptionAt(end)) &&
			// Where blank lines are rare, one inside a run of short lines parts it: a header's lines
			// stand together (a poem's stanzas do not).
			!(end > index && this.blankLinesAreBreaks && lines[end]!.afterBlank)
		)
			end++;
		// The date under a document's title closes its header: （二〇二五年十月二十九日）; so does the
		// number under an order's or a notice's title: （第五号）.
		if (end > index && isDocumentDate(lines[end])) end++;
		// So does a meeting's agenda under its news, over the lead, set as running text as the web edition set it until 2020
		// (李克强主持召开国务院常务会议 / 审议通过《优化营商环境条例（草案）》，…；讨论通过《…》 / 新华社北京10月8日电…).
		else if (end === index + 1 && this.agendaUnder(index)) end++;
		// A list's title (and its date) closes its header: the lines under it head the list's groups.
		const listAt = lines.slice(index, end).findIndex((line) => LIST_TITLE.test(line.text));
		if (listAt >= 0 && index + listAt + 1 < end) end = index + listAt + 1 + (isDocumentDate(lines[index + listAt + 1]) ? 1 : 0);
		else if (end > index && lines[end] !== undefined && ORDER_NUMBER.test(lines[end]!.text) && isNumberedDocumentTitle(lines[end - 1]!.text)) end++;
		// Nor does a line under a list's title, or under a document's date, the text not begun: it heads
		// the document's first part (主席团（共178人）, 第一章  总则).
		const textNotBegun = item !== undefined && item.body.length === 0 && item.figures.length === 0;
		if (textNotBegun && (LIST_TITLE.test(item.title) || isDocumentDate(lines[index - 1])) && lines[end]?.kind !== 'lead' && lines[end]?.kind !== 'byline')
			return undefined;
		// (So the order under a law's title, its text not begun, starts nothing.)
		if (
			item !== undefined &&
			ORDER_TITLE.test(lines[index]?.text ?? '') &&
			item.body.length === 0 &&
			(LAW_TITLE.test(item.title) || DOCUMENT_TITLE.test(item.title))
		)
			return undefined;
		// A law printed whole opens with the order that promulgates it, under the law's title (中华人民共和国…法 /
		// 中华人民共和国主席令 / 第五十五号 / 《…》已由…通过): the law's title is the header, the order its text.
		const orderAt = lines.slice(index + 1, end).findIndex((line, k) => ORDER_TITLE.test(line.text) && ORDER_NUMBER.test(lines[index + 2 + k]?.text ?? ''));
		// (So does a decision of the State Council printed whole: 国务院关于修改和废止部分行政法规的决定 / 中华人民共和国国务院令 / 第797号.)
		const overOrder = orderAt >= 0 && lines.slice(index, index + 1 + orderAt).every((line) => LAW_TITLE.test(line.text) || DOCUMENT_TITLE.test(line.text));
		if (overOrder) end = index + 1 + orderAt;
		// A standing title heads its item alone: the short titles under 环球扫描 or 纵横 are its sections.
		if (end > index + 1 && this.standsAlone(index) && !this.columnNames.has(lines[index]!.text)) end = index + 1;
		// (So does a photo report's, 图片报道, a column's name too, over a kicker that leads in and its title: the picture is all
		// it holds, and the kicker heads the next item: 图片报道 / 广州天河努力补足…教育短板—— / 下好教育“先手棋”（在一线）.)
		// (So does any photo's title of a few characters there, under a finished text: 欢庆 / 民航、铁路…扎实开展主题教育—— /
		// 以担当诠释忠诚  以实干践行使命（…）. No kicker stacks a label over one that leads in with a dash.)
		const photoReportTitle = lines[index]!.text.replace(/[\s\u3000]+/gu, '') === PHOTO_REPORT_TITLE;
		const shortPhotoTitle =
			/^\p{Script=Han}{2,4}$/u.test(lines[index]!.text) &&
			!this.columnNames.has(lines[index]!.text) &&
			// (Not a part's label, 案例一 / 江苏苏州市—— / “有事找政府，一次就办好”: the feature's part.)
			!/[一二三四五六七八九十\d０-９]$/u.test(lines[index]!.text) &&
			!isPartLabel(lines[index]) &&
			// (Nor a box's label, 链接 / …——: the box is the item's.)
			!isBoxLabel(lines[index]) &&
			/(?:——|──)$/u.test(lines[index + 1]?.text ?? '') &&
			this.items.length > 0 &&
			SENTENCE_END_MARK.test((this.textEndingAbove(index) ?? '').replace(/[”’]$/u, ''));
		if (end > index + 2 && (photoReportTitle ? /(?:——|──|[：:])$/u.test(lines[index + 1]!.text) : shortPhotoTitle)) {
			if (!photoReportTitle && !this.options.onlyItemStarts) return this.headerOf([lines[index]!], index + 1);
			end = index + 1;
		}
		// Lines of verse run into the next poem's header: two lines or more over a short title and its
		// writer's spaced name (…我站在山中 / 听见松涛替群山说话 / 马蹄声 / 胡  岚) are the text above.
		// (In a group of poems, one line of verse is enough.)
		const verseFrom = index + (POEM_GROUP.test(this.items.at(-1)?.title ?? '') ? 1 : 2);
		const verseAbove = this.items.length > 0 && lines.slice(verseFrom, end).some((_, k) => titleOverWriter(lines, verseFrom + k));
		if (verseAbove) return undefined;
		// The last line of a classical stanza is the poem's, however it reads as a title: a question under lines as long, each
		// closing a clause (黄师塔前江水东， / 春光懒困倚微风。 / 桃花一簇开无主， / 可爱深红爱浅红？).
		if (closesStanza(lines, index)) return undefined;
		const below = lines[end];
		const run = this.withHeadlineTails(lines.slice(index, end));
		// The header of a box's news right under its label that only ever closes its item (■延伸阅读 / 深圳华强北—— / 多部门联手… /
		// 本报深圳3月26日电…) is the box's: no item of its own, dateline and all.
		if (this.items.length > 0 && lines[index - 1] !== undefined && isAttachedBoxLabel(lines[index - 1]!.text) && run.length >= 1 && run.length <= 2)
			return undefined;
		// A short lead-in with a dash over a heading, with text under them, is one more section of an item whose sections are
		// led into so (寻鲜—— / 破解家族“盲盒”：…？ / … / 出圈—— / 乘风冷链“出海”：…？), however its heading reads.
		if (run.length === 2 && LED_IN_LABEL.test(run[0]!.text) && below?.kind === 'body' && this.sectionsLedInAbove()) return undefined;
		// A special's banner (…（服务窗·春运特别策划）) stands over the parts it prints, each headed and signed: the
		// headline under it is its first part's (这些新开通的高铁线，路过你的家吗 / 本报记者  李心萍), not its subtitle.
		if (
			run.length === 2 &&
			SPECIAL_FEATURE_TAG.test(columnTagOf(run[0]!.text) ?? '') &&
			!isSubtitle(run[1]!.text) &&
			lines[index + 2]?.kind === 'byline' &&
			!this.options.onlyItemStarts
		)
			return this.headerOf(run.slice(0, 1), index + 1);
		// A column's short standing title over parts each led into with a dash, headed and signed (锐见 / 生成式人工智能
		// （AIGC）—— / 从技术革命到创作革新 / 梁君健): the title alone heads the item; the parts are its own (featurePartAt).
		if (
			run.length >= 3 &&
			SECTION_LABEL.test(run[0]!.text) &&
			PART_LEAD_IN.test(run[1]!.text) &&
			lines[index + 3] !== undefined &&
			parseSignatureLine(lines[index + 3]!.text) !== undefined &&
			!this.options.onlyItemStarts
		)
			return this.headerOf(run.slice(0, 1), index + 1);
		// A line of names over a title signs the item above it (沈丘文, under a commentary): no kicker is a
		// name, nor the date a document is signed with (国家税务总局 / 2026年2月5日).
		// A date printed alone closes the document above it (…主席  习近平 / 2026年6月27日): no header runs through it.
		if (this.items.length > 0 && run.slice(0, -1).some((line) => isPrintedDate(line.text))) return undefined;
		// Nor does how a letter quoted in the text closes.
		if (this.items.length > 0 && this.closesLetter(index)) return undefined;
		// Nor is such a date a title: under a name it signs a letter with its writer (习近平 / 2026年7月12日).
		if (this.items.length > 0 && isPrintedDate(run.at(-1)?.text ?? '')) return undefined;
		// A long feature's prologue or epilogue, named so (引  子, 尾  声), is a part of it, never a title: its text goes on
		// under it after the feature's photos and the source of its figures.
		if (this.items.length > 0 && run.length === 1 && FEATURE_PART_LABEL.test(run[0]!.text.replace(/[\s\u3000]+/gu, ''))) return undefined;
		const first = run[0]?.text;
		// (A short title spaced out like a name, 乡  愁, over its writer's name, 王  蒙, is a title: no surname opens it.)
		const spacedTitleOverName =
			(run.length >= 2 && !readsAsPersonName(first!) && parseSignatureLine(run[1]!.text) !== undefined && readsAsPersonName(run[1]!.text)) ||
			titleOverWriter(run, 0);
		// (News under its dateline is signed by no body: over a title, 国家体育总局 is the kicker of the next item.)
		// (Nor by two characters set close, a column's label: 和音 / 携手推动… / 钟  声; a name signs spaced, 和  音.)
		const itemAbove = this.items.at(-1);
		// (Nor is a photo signed by a body under its credit, when dated news follows: 杨  武摄 / 全国人大常委会法工委 /
		// 部分法律草案公开征求意见 / 本报北京…电.)
		const underCredit = lines[index - 1]?.kind === 'caption' && below?.kind === 'lead';
		// (Nor is a text that its writer's note closed, （作者为…）, signed again by a body over a title and a dated lead:
		// 工业和信息化部 / 综合治理光伏行业低价无序竞争 / 新华社北京7月3日电….)
		const closedByNote = below?.kind === 'lead' && this.closingNoteAbove(index);
		// (Nor is a commentary, which its writer signs, signed by a body at its foot, a title and text or a lead under it:
		// 握紧技术发展的法治缰绳（金台锐评） / … / 贵州黔东南州检察机关 / 公益诉讼守护传统村落 / ….)
		const afterCommentary = COMMENTARY_TAG.test(itemAbove?.title ?? '') && below !== undefined && (CONTENT.has(below.kind) || ANCHORS.has(below.kind));
		const signedAbove =
			(parseOrganizationLine(first ?? '') !== undefined &&
				(itemAbove?.agency !== undefined || underCredit || closedByNote || afterCommentary || !SIGNED_BY_BODY.test(itemAbove?.title ?? ''))) ||
			// (and an item signed in its header is not signed again by two characters set close: 师说 / 做学生成长的引路人.)
			(/^\p{Script=Han}{2}$/u.test(first ?? '') && (itemAbove?.agency !== undefined || itemAbove?.byline !== undefined));
		// (Two names in a row with text under them are a title that reads like a name over its writer,
		// 丰收谣 / 李少君 / 稻穗弯下腰…: a signature ends its item, and text does not follow it.)
		const titleOverName =
			run.length >= 2 && parseSignatureLine(run[1]!.text) !== undefined && (run.length >= 3 || (below !== undefined && CONTENT.has(below.kind)));
		const signs =
			(parseSignatureLine(first ?? '') !== undefined && !spacedTitleOverName && !signedAbove && !titleOverName) ||
			DRAWN_AND_WRITTEN.test(first ?? '') ||
			isCollectiveSignature(first ?? '') ||
			isPrintedDate(first ?? '');
		// (Where headers are set flush and text indented, a signature or a line of verse is indented like
		// the text: a flush line over a title is its kicker whatever it reads like, 连线 / 如何申请加装电梯补贴？,
		// 心香一瓣 / 父亲的菜园.)
		// (So is one under the last piece of an indented paragraph that a column break cut, set flush as the break left it:
		// …就没有任何力 / 量能够阻挡。 / 全国人大外事委员会 / 就美国国会众议院通过…发表声明.)
		const flushOverIndented = this.flushUnderIndentedParagraph(index);
		if (run.length >= 2 && this.items.length > 0 && signs && !flushOverIndented && !this.columnNames.has(first!) && !isStandingTitle(first!)) return undefined;

		if (run.length === 0) {
			// A lead or byline with no title above it continues the item it stands in.
			return undefined;
		}
		// An interview's question (问：…) never heads an item, wherever it stands.
		if (this.items.length > 0 && QA_LABEL.test(run[0]!.text)) return undefined;
		// Nor does it name who wrote the letter above, as a readers' page signs one at its end: 人民网“领导留言板”网友 / 邻里关系的
		// “结”该如何解？（百姓关注）.
		if (run.length >= 2 && this.items.length > 0 && above?.kind === 'body' && LETTER_WRITER_SIGNATURE.test(run[0]!.text)) return undefined;
		// Inside a signed feature whose parts are each led into by who speaks, a post and a name and a dash, over the part's
		// heading (交通运输部部长刘伟—— / 交通强国建设迈出坚实步伐 / 关键词 / …, three such parts or more), a part heads no item.
		// (headerAt runs on every line: the heading under the lead-in is the part's too.)
		// (In an unsigned feature whose text opens with its first part, any lead-in naming whom the part is about leads one in:
		// 走过天安门，我们无比自豪 / 仪仗方队擎旗手…—— / 手中的旗杆重千钧 / … / “黄继光班”第三十八任班长程强—— / ….)
		const opensWithPart = item !== undefined && item.authors.length === 0 && item.byline === undefined && PART_LEAD_IN.test(item.body[0]?.text ?? '');
		const leadsInPart = (text: string) => SPEAKER_LED_IN.test(text) || (opensWithPart && PART_LEAD_IN.test(text));
		const ledIn = (run.length >= 2 && leadsInPart(run[0]!.text)) || leadsInPart(above?.text ?? '');
		// (A part's heading carries no column's tag: under who it is about, a title with its own tag is an item of a series, each
		// its own, 九三学社中央原名誉主席…茅以升—— / 人生之桥  名为奋斗（最美奋斗者）.)
		const partHeading = run.length >= 2 && leadsInPart(run[0]!.text) ? run[1] : run[0];
		if (ledIn && this.items.length > 0 && below?.kind !== 'byline' && below?.kind !== 'lead' && !hasColumnTag(partHeading?.text ?? '')) {
			const feature = this.items.at(-1)!;
			const start = this.lines.findIndex((line) => line.number === feature.lines[0]);
			// (Its reporters sign it: after a commentary signed by a pen name, deputies' pieces led in so, each written down by a
			// reporter, are items of their own, 筋斗云 / … / 张强代表—— / 筑牢能源电力安全底座 / … / （本报记者白光迪整理）.)
			const reporters = feature.authors.length > 0 && feature.authors.some((author) => author.role !== undefined);
			// (So does a feature no one signed, under its column's tag, whose text opens with the parts: 坚守，照亮…（我的绿色低碳春节） /
			// photos / 山东潍坊昌邑市水利局工作人员曲成成—— / 清清潍河是新年最好礼物.)
			// (Or whose text opens with its first part, right under the title, as above.)
			const taggedOverParts =
				feature.authors.length === 0 &&
				feature.byline === undefined &&
				(hasColumnTag(feature.title) || opensWithPart) &&
				!feature.body.some((block) => block.type === 'paragraph' && parseLead(block.text) !== undefined);
			if ((reporters || taggedOverParts) && start >= 0 && this.partLeadInsFrom(start) >= MIN_LED_IN_PARTS) return undefined;
		}
		// A kicker never exclaims: right under an item's text, a line ending with ！ over a header is
		// that text's last line (…让我们更加紧密地团结起来！ / 某某论坛开幕 / 本报…电).
		// (A short title over its writer's name and text is a commentary's, and may exclaim: 这样的创作，中！ / 彭  飞 / 在河南郑州….)
		const exclaimingTitleOverWriter =
			run.length === 2 &&
			parseSignatureLine(run[1]!.text) !== undefined &&
			below !== undefined &&
			(CONTENT.has(below.kind) || this.opensCutParagraph(end)) &&
			charLength(run[0]!.text) <= MAX_EXCLAIMING_TITLE_LENGTH &&
			!/[。；;]/u.test(run[0]!.text);
		if (
			run.length >= 2 &&
			this.items.length > 0 &&
			(above?.kind === 'body' || above?.kind === 'lead' || above?.indented === true) &&
			/[！!][”’]?$/u.test(run[0]!.text) &&
			!exclaimingTitleOverWriter &&
			// (Over a subtitle that names the report's kind, it is the report's title: “我们是一支不可战胜的力量！” /
			// ——国庆70周年阅兵纪实; a quotation's speaker is named after a dash, never a kind of report.)
			!(run.length === 2 && REPORT_KIND_SUBTITLE.test(run[1]!.text))
		)
			return undefined;
		// The last line of a poem, right above the next item's title, is no kicker (像黄河，像长江 / 坡城“天梯”).
		// (A column's label of a few characters with no word of grammar over a title and its writer is
		// that item's kicker: 心香一瓣 / 母亲的菜园 / 张  琳.)
		const kickerLike = run.length >= 2 && (parseSignatureLine(run[1]!.text) === undefined || titleOverWriter(run, 1));
		const writerUnder = (run.length >= 3 && parseSignatureLine(run[2]!.text) !== undefined) || (run.length === 2 && below?.kind === 'byline');
		const columnLabel = writerUnder && /^\p{Script=Han}{2,4}$/u.test(run[0]!.text) && !/[的了着在是我你他她它们之也很都就又还不没把被向从]/u.test(run[0]!.text);
		if (kickerLike && !underColon && this.endsInVerse() && charLength(run[0]!.text) <= MAX_VERSE_LINE_LENGTH && !flushOverIndented && !columnLabel)
			return undefined;
		// A box (延伸阅读 and its heading) belongs to the item above it; a numbered section (一、总体要求) too.
		// So does a part marked with a star (★曹宇轩): a heading, as ■ marks a point.
		// So do a law's chapters, and the table of contents that lists them (目　录 / 第一章　总则 / …), and
		// a front page's index of the issue (第2版　某地推进乡村振兴).
		if (
			((isBoxLabel(run[0]) &&
				below?.kind !== 'byline' &&
				// (A box that reads further, 延伸阅读 / 餐桌上的“发酵食物” / 于仁文, is the item's own, signed or not.)
				!(run.length >= 3 && parseSignatureLine(run[2]!.text) !== undefined && !isAttachedBoxLabel(run[0]!.text))) ||
				// (A city feature's own boxes keep even a signed essay: 我与一座城 / 对家乡的文化遗迹，我痴爱若狂 / 杨某某.)
				CITY_FEATURE_BOX.test(run[0]!.text) ||
				CITY_FEATURE_BOX.test(lines[index - 1]?.text ?? '') ||
				isNumberedHeading(run[0]) ||
				// (And the header right under a part's label, 案例一 / 浙江杭州市—— / “我负责阳光雨露…”, heads that part.)
				isPartLabel(lines[index - 1]) ||
				run.some((line) => /^[★☆]/u.test(line.text) || isChapterHeading(line) || INDEX_ENTRY.test(line.text))) &&
			this.items.length > 0
		)
			return undefined;
		// Where headers are set flush, an indented line under them is text, however short.
		// (There, a note in brackets under a title is its text too: 2025年全国工人先锋号名单 / （共966个）.)
		// (A chart's credit printed under the header, 制图：张芳曼, stands between it and its text: the page's, not the header's.)
		// (The credit may be printed twice, as the source repeats a chart's caption: 制图：胡永明  张方磊 / 制图：胡永明  张方磊.)
		const afterCredits = this.afterChartCredits(end);
		const chartCreditUnder = afterCredits > end && CONTENT.has(lines[afterCredits]?.kind ?? 'credit');
		const followedByContent =
			below !== undefined &&
			(CONTENT.has(below.kind) ||
				chartCreditUnder ||
				(this.setsHeadersFlush && below.indented && (below.kind === 'title-like' || below.kind === 'note')) ||
				this.opensFlatCut(end));
		// A title ending in its column's tag is the title: under it come a ——subtitle, the names of
		// its author, or the text (a summary line is the first paragraph, not a subtitle).
		// A box's title, its tag the box's label (…（记者手记）, …（链接）), over text after an item's text heads the box,
		// inside that item. (Signed under it, it is an item of its own: a column of that name. So is one that gives the
		// voices of several people, each quotation over its speaker after a dash: 铭记历史，吾辈当自强（感言） / … /
		// ——…纪念馆馆长周峰 / …. Nor is one under the page's credit, 本版制图：张丹峰, which no item's text goes on past,
		// nor one under the dateline a report closes with, （本报华盛顿1月31日电）: the text above ended there.)
		if (
			this.items.length > 0 &&
			run.length === 1 &&
			isBoxTitle(run[0]!.text) &&
			lines[index - 1]?.kind !== 'credit' &&
			!CLOSING_DATELINE_LINE.test(lines[index - 1]?.text.trim() ?? '') &&
			below?.kind === 'body' &&
			parseSignatureLine(below.text) === undefined &&
			!this.voicesFrom(end)
		)
			return undefined;
		// (A writer's name with their trade in brackets, under their title, is no tag: 从生活中来  到人心里去 / 阿  舍（作家）.)
		// (Nor alone under that title, once it heads a section.)
		const signedWithTrade = (line: Line, k: number) =>
			(k > 0 || (run.length === 1 && above?.kind === 'title-like')) && k === run.length - 1 && parseSignatureLine(line.text) !== undefined;
		// A subtitle that names the piece's kind or occasion (——聚焦全国科技活动周…) closes its header: a line of text under it,
		// however short, is the text's (聆听科学“大咖”讲述创新故事，……), and so is its first heading (——…论坛发言摘编 /
		// 守正创新  推进系统性变革); a name there is the byline still (彭向善). So does the subtitle of the paper's commentary in a
		// series, which says what it argues (——论学习贯彻…重要讲话 / 这是一部感天动地的奋斗史诗！…).
		if (
			run.length > 2 &&
			isSubtitle(run[1]!.text) &&
			(REPORT_KIND_SUBTITLE.test(run[1]!.text) || COMMENTARY_SERIES_SUBTITLE.test(run[1]!.text)) &&
			(hasRunningTextPunctuation(run[2]!.text) || parseSignatureLine(run[2]!.text) === undefined)
		) {
			end = index + 2;
			run.length = 2;
		}
		// A first line with the punctuation of running text (a colon, a quotation trailing off), under a paragraph whose sentence
		// stops at a comma, is that paragraph's end, whatever header is under it (村民孙士河正通过…旅游， /
		// 念叨着：“好日子越过越有盼头……” / 以战斗堡垒攻克思想壁垒（人民论坛） / 晓  棠).
		if (run.length >= 2 && /[，,：:；;。…]/u.test(run[0]!.text) && /[，,、]$/u.test(this.textEndingAbove(index) ?? '') && this.continuesParagraph(index))
			return undefined;
		const taggedAt = run.findIndex((line, k) => hasColumnTag(line.text) && !signedWithTrade(line, k));
		if (taggedAt >= 0) {
			let keep = taggedAt + 1;
			while (keep < run.length && (isSubtitle(run[keep]!.text) || parseSignatureLine(run[keep]!.text) !== undefined)) keep++;
			// (Right under the tagged title, over the text, a name alone is the writer's whatever the surname: 暨佩娟.)
			// (So is a pen name of two characters run together, 尔冬, where the page lost its wide spaces, and so are names of
			// two and three run together, 王波翟大宇.)
			const loneName = (text: string) =>
				parseLoneName(text) ??
				parsePenNameUnderTitle(text) ??
				parseNamesRunTogetherUnderTitle(text) ??
				parsePlaceAndNameUnderTitle(text) ??
				parseMixedNamesRunUnderTaggedTitle(text);
			if (keep === taggedAt + 1 && keep === run.length - 1 && loneName(run[keep]!.text) !== undefined && followedByContent) keep++;
			// A line between the tagged title and its byline or lead is its subtitle (printed without a
			// dash): 常压下镍氧化物具高温超导电性（科技自立自强） / 这项研究实现了全链条自主创新 / 新华社…电. So is one
			// over the points that sum the news up (…优化实施（政策速递） / 明确支持范围、补贴标准和工作要求 / ●…) or over its
			// photos' captions (…揭晓（推进文化自信自强） / 武王墩一号墓等六个项目入选 / 图①：…).
			const afterNext = run[keep + 1] ?? (keep + 1 === run.length ? below : undefined);
			if (
				keep === taggedAt + 1 &&
				keep < run.length &&
				afterNext !== undefined &&
				(afterNext.kind === 'byline' ||
					afterNext.kind === 'lead' ||
					parseSignatureLine(afterNext.text) !== undefined ||
					((isPoint(afterNext.text) || afterNext.kind === 'caption' || PHOTO_POINTER.test(afterNext.text)) && keep + 1 === run.length) ||
					// (Or over the label of the summary a feature prints under its header, in any layout: 股权投资  赋能创新（经济发展亮点多
					// 韧性足） / 安徽省级资金5年投资项目155个 / 核心阅读.)
					(afterNext.text === SUMMARY_LABEL && keep + 1 === run.length && taggedAt === 0) ||
					// (So is the one line set flush between the tagged title and text with no lead, where paragraphs are indented
					// and the site gave no byline: it is a header's, however it reads, and a title there would leave the tagged
					// title no text at all. 首部针对营商环境优化的法规出台（权威发布） / 更加重视保护外商投资合法权益 / 　　“无论…”;
					// 续贷省心  无需“过桥”（改革落实在基层） / 首家小微企业续贷中心落户北京海淀，最多10个工作日完成.)
					// (The text may open with an indented line of its summary, unfinished as a heading is: 我国外贸仍然保持了较强的韧劲，….)
					(keep + 1 === run.length &&
						(afterNext.kind === 'body' || afterNext.kind === 'title-like') &&
						followedByContent &&
						taggedAt === 0 &&
						this.indentsParagraphs &&
						!run[keep]!.indented &&
						afterNext.indented))
			) {
				keep++;
				while (keep < run.length && parseSignatureLine(run[keep]!.text) !== undefined) keep++;
			}
			if (keep < run.length) {
				end = index + keep;
				run.length = keep;
			}
		}
		// A title with the bare names of its author under it: 常  晋, 王云杉 (commentaries, features);
		// what follows the names, a summary line included, is the item's text.
		// (Right under the title, the one line left is the writer's name whatever the surname: 踪家峰.)
		const nameAt = run.findIndex(
			(line, i) =>
				i >= 1 &&
				!titleOverWriter(run, i) &&
				!(this.subPoemTitle(line, lines[index + i + 1]) && !hasColumnTag(run[i - 1]!.text)) &&
				(parseSignatureLine(line.text) !== undefined ||
					(i === 1 &&
						run.length === 2 &&
						// (A line that leads in with a dash, 关键词1——, names no writer under it: what it leads into, 平台建设, is its heading.)
						((parseLoneName(line.text) !== undefined && !/(?:——|──)$/u.test(run[0]!.text)) ||
							// (Or their post and name run together, where the page lost its wide spaces: 四川省巴中市委书记鲜荣生.)
							parsePostAndNameRunOn(line.text) !== undefined ||
							(hasColumnTag(run[0]!.text) &&
								(parsePenNameUnderTitle(line.text) ?? parsePlaceAndNameUnderTitle(line.text) ?? parseMixedNamesRunUnderTaggedTitle(line.text)) !==
									undefined))) ||
					// (Names of three run together, 唐方成靳晓曼, the last line over the text, under a kicker too.)
					(i === run.length - 1 && parseNamesRunTogetherUnderTitle(line.text) !== undefined) ||
					// (So is a lone name, whatever the surname, right under a tagged title over a kicker: 《战争与工业》—— /
					// 工业如何改写战争面貌（序与跋） / 库桂生.)
					(i >= 2 && i === run.length - 1 && hasColumnTag(run[i - 1]!.text) && parseLoneName(line.text) !== undefined)),
		);
		if (nameAt >= 1 && nameAt < run.length - 1) {
			end = index + nameAt + 1;
			run.length = nameAt + 1;
		}
		const afterNames = lines[end];
		const namedBelowTitle =
			nameAt >= 1 &&
			afterNames !== undefined &&
			(CONTENT.has(afterNames.kind) || afterNames.kind === 'lead' || afterNames.kind === 'title-like' || chartCreditUnder);
		// (The points of a summary, ■ …, stand right under the title of the item they sum up.)
		// (On a page that cuts paragraphs without indents, a piece over a point may be a cut sentence's.)
		// (Headers that nothing anchors print no running text: a line that does is a paragraph's.)
		const runsText = run.some((line) => hasRunningTextPunctuation(line.text));
		// A summary's point cut at a column break goes on flush under it, over the lead the points sum up
		// (■ 圆满实现…江苏要把握好挑 / 落实国家重大发展战略上走在前，在…上作示范 / 本报北京3月5日电): no title
		// stands between an item's points and its lead.
		const pointAbove = itemAbove?.body.at(-1);
		if (pointAbove?.type === 'paragraph' && isPoint(pointAbove.text) && isUnterminated(pointAbove.text) && run.length === 1 && this.continuesParagraph(index))
			return undefined;
		if (run.length === 1 && this.signedByNoteTaker(index)) return undefined;
		// A commentary under a cartoon, who drew it and wrote its verse closing the cartoon, may print its summary under its title
		// in running text with no full stop (将扶贫资金“晒”在网上 / 对扶贫资金的管理监督，需要强化互联网思维，…的意识): the title
		// heads the item, and the summary is its first paragraph.
		if (
			followedByContent &&
			run.length === 2 &&
			DRAWN_AND_WRITTEN.test(lines[index - 1]?.text ?? '') &&
			!hasRunningTextPunctuation(run[0]!.text) &&
			hasRunningTextPunctuation(run[1]!.text) &&
			!this.options.onlyItemStarts
		)
			return this.headerOf(run.slice(0, 1), index + 1);
		// Under a part's heading and its writer (一度电的跨网“闪送” / 讲述人：…  张  某) comes the part's text, whatever
		// it looks like: 如何让更多企业用上绿电？.
		const [headingAbove, writerAbove] = (itemAbove?.body ?? []).slice(-2);
		if (
			headingAbove?.type === 'heading' &&
			writerAbove?.type === 'paragraph' &&
			writerAbove.lines[1] === lines[index - 1]?.number &&
			lines[index - 1]!.kind === 'byline' &&
			below !== undefined &&
			CONTENT.has(below.kind)
		)
			return undefined;
		const overPoints =
			below !== undefined && isPoint(below.text) && !(this.cutsParagraphs && !this.indentsParagraphs) && !runsText && !this.continuesParagraph(index);
		// (A lead or byline under a chart's credits, printed under the header, anchors it all the same: 《…报告（2026）》发布 /
		// 过半数用户… / 制图：张丹峰 / 制图：张丹峰 / 本报成都…电.)
		const anchorBelow = afterCredits > end ? lines[afterCredits] : below;
		// (So does a letter's label under the news of the letter, the letter printed whole under it with no lead: 习近平致信祝贺…强调 /
		// 从小学先锋长大做先锋… / 贺  信 / 值此…之际，….)
		const overLetter =
			run.length >= 2 &&
			LETTER_LABEL.test(below?.text ?? '') &&
			run.some((line) => /致信|回信|贺信|贺电|致电/u.test(line.text)) &&
			CONTENT.has(lines[end + 1]?.kind ?? 'credit');
		// (So does the label of the summary a feature prints under its header, 核心阅读: no section opens with one. 以网格化…为抓手 /
		// “绣花治理”让成都更有温情 / 核心阅读.)
		const overSummary = below?.text === SUMMARY_LABEL && run.every((line) => !/[。；;]/u.test(line.text)) && !this.continuesParagraph(index);
		// (So does the order that promulgates the law or the decision under its title, after whatever text: （新华社电） /
		// 国务院关于修改部分行政法规的决定 / 中华人民共和国国务院令 / 第703号.)
		// (So does the news's deck over its dateline, where the indents tell it from the text: deckUnder.)
		const overDeck = this.setsHeadersFlush && !this.continuesParagraph(index) && this.deckUnder(run.at(-1)!, end);
		const anchored =
			(anchorBelow !== undefined && ANCHORS.has(anchorBelow.kind)) || overPoints || namedBelowTitle || overLetter || overSummary || overOrder || overDeck;
		// A title no section heading looks like: its column's tag at the end, an item's own standing
		// title (图片报道), or any title after the note that closed an item. (A kicker ending in ——
		// is no sign: section headings lead into their sub-heading the same way, 历史审判—— / 清算罪行.)
		// A speech or a document is signed under its date: 在…大会上的讲话 / （2026年7月1日） / 习近平.
		const signedUnderDate =
			run.length >= 2 &&
			isDocumentDate(run.at(-1)) &&
			below !== undefined &&
			// (Under a date, a name alone is the signer whatever its surname: 习近平.)
			(parseSignatureLine(below.text) ?? parseLoneName(below.text)) !== undefined &&
			lines[end + 1] !== undefined &&
			CONTENT.has(lines[end + 1]!.kind);
		if (signedUnderDate && !this.options.onlyItemStarts) return this.headerOf(run, end, true);
		// So does a document printed whole, its date under its title, over its text: 中共中央办公厅  国务院办公厅关于…的意见 /
		// （2025年5月14日） / 健全资源环境要素市场化配置体系，….
		const datedDocument =
			run.length >= 2 && DOCUMENT_TITLE.test(run.at(-2)!.text) && isDocumentDate(run.at(-1)) && below !== undefined && CONTENT.has(below.kind);
		if (datedDocument && !this.options.onlyItemStarts) return this.headerOf(run, end);
		const afterNews = followedByContent && this.titleAfterDatedNews(index, run, end);
		// A headline of clauses set apart by spaces (某省某县 坚持党建引领 农旅融合铺就…) after dated news is
		// an item's, sections and all: headings print no spaces.
		const spacedAfterNews =
			followedByContent &&
			run.length === 1 &&
			CLAUSES_APART.test(run[0]!.text) &&
			parseSignatureLine(run[0]!.text) === undefined &&
			this.titleAfterDatedNews(index, run, end, true);
		// A place's own feature, its name before a colon (湖北省咸宁市：实施…, 江西玉山：依托…; or an institution's, 台州学院：…), printed unsigned
		// after a finished item where no indent says where a block starts (blank lines that part every block say no
		// more than line breaks do): a title over its text. Not so under the short lead-in of a roundup of places, whose sections are headed
		// so, nor once the item above heads a section so.
		// (Paragraphs of text: not a photo's caption over its credit, nor a poem's lines, title or poet, as a photo report
		// prints them before its text: 赏花 / 黄师塔前江水东， / … / ——《江畔独步寻花·其五》 / 唐·杜甫.)
		// (A credit opens its figure on the caption's next line, or the one after where blank lines part the blocks.)
		const creditUnder = (line: number) => itemAbove?.figures.some((figure) => figure.lines[0] > line && figure.lines[0] <= line + 2) === true;
		const paragraphsAbove = (itemAbove?.body ?? []).filter(
			(block) =>
				block.type === 'paragraph' &&
				!creditUnder(block.lines[1]) &&
				!CLASSICAL_VERSE_LINE.test(block.text) &&
				(hasRunningTextPunctuation(block.text) || charLength(block.text) > MAX_VERSE_LINE_LENGTH),
		).length;
		const textAboveRun = this.textEndingAbove(index) ?? '';
		// A body named alone under the source of a chart's figures is the rest of that source, cut from it (数据来源：国家税务总局 /
		// 国家移民管理局), not a title.
		if (BODY_ALONE.test(run[0]!.text) && isSourceNote(textAboveRun)) return undefined;
		// (Whether the text under the run closes as a feature does: a scan to the next anchor, read once and only if asked.)
		let closed: boolean | undefined;
		const closesItself = () => (closed ??= this.closedBelow(end));
		// (Text under the run: a paragraph, or on a page whose blocks blank lines part, a paragraph's first piece that a
		// column break cut short, 自然资源是高质量发展的物质基础、空间载体和能….)
		const textBelow =
			below?.kind === 'body' || (this.separatesBlocks && below?.kind === 'title-like' && hasRunningTextPunctuation(below.text) && this.opensBlockOfLines(end));
		const placeFeature =
			followedByContent &&
			// (A shorter item above ends where its reporters signed it: no roundup's lead-in is signed so.)
			(paragraphsAbove >= MIN_PARAGRAPHS_BEFORE_PLACE_FEATURE ||
				(paragraphsAbove >= MIN_PARAGRAPHS_OF_SIGNED_ITEM && (itemAbove?.authors.length ?? 0) > 0) ||
				// (Or it closes its own text with the source of its figures, 数据来源：…, before any other place is
				// named so: a roundup's section never does.)
				closesItself()) &&
			run.length === 1 &&
			(PLACE_FEATURE_TITLE.test(run[0]!.text) || NAMED_FEATURE_TITLE.test(run[0]!.text) || INSTITUTION_TITLE.test(run[0]!.text)) &&
			!this.indentsParagraphs &&
			!(this.separatesBlocks && this.indentsParagraphs) &&
			textBelow &&
			(!isUnterminated(textAboveRun) || closedAbove(textAboveRun)) &&
			// (Where who put the page together, 本期统筹：…, or the source of its figures, 数据来源：…, closes the text above,
			// the place's feature is one of several on the page, each closed so: no roundup's section is.)
			(closedAbove(textAboveRun) ||
				// (Or where it closes its own text so: 江西九江：… / … / 数据来源：…, 山西大同：… / 第一张答卷：… / … / 数据来源：….)
				closesItself() ||
				(!(itemAbove?.body ?? []).some((block) => block.type === 'heading' && (LABELLED_HEADING.test(block.text) || PLACE_FEATURE_TITLE.test(block.text))) &&
					!this.labelledHeadingFollows(end, !COLON.test(run[0]!.text))));
		// So is one whose first section's heading, a pair of short lines, follows its title at once (陕西榆林：推动…，共绘… /
		// 非遗保护结硕果 / 文化瑰宝焕新彩 / …), when it closes its own text with the source of its figures.
		const placeFeatureOverHeading =
			followedByContent &&
			run.length === 3 &&
			PLACE_FEATURE_TITLE.test(run[0]!.text) &&
			COLON.test(run[0]!.text) &&
			run.slice(1).every((line) => charLength(line.text) <= MAX_PAIRED_HEADING_LENGTH && !hasRunningTextPunctuation(line.text)) &&
			!this.indentsParagraphs &&
			!(this.separatesBlocks && this.indentsParagraphs) &&
			!isUnterminated(textAboveRun) &&
			closesItself();
		if (placeFeatureOverHeading && !this.options.onlyItemStarts) return this.headerOf(run.slice(0, 1), index + 1);
		// So is one after a long signed report that headed no section of its own (…  本报记者  李某 / eleven
		// paragraphs / 共赴冰雪之约  第二十七届…点亮冬季): a report's first heading comes after a short lead.
		const spacedAfterReport =
			followedByContent &&
			run.length === 1 &&
			(CLAUSES_APART.test(run[0]!.text) || INSTITUTION_TITLE.test(run[0]!.text) || (PHRASES_APART.test(run[0]!.text) && closesItself())) &&
			parseSignatureLine(run[0]!.text) === undefined &&
			!this.indentsParagraphs &&
			!(this.separatesBlocks && this.indentsParagraphs) &&
			textBelow &&
			((paragraphsAbove >= MIN_PARAGRAPHS_BEFORE_SPACED_TITLE &&
				(itemAbove?.authors.length ?? 0) > 0 &&
				!(itemAbove?.body ?? []).some((block) => block.type === 'heading') &&
				// (Not where two or more headings set so follow, none anchored: the report's sections, its first after a long
				// lead, 修改后的代表法实施一年来—— / … / 加强理论学习  夯实履职基础 / … / 提升履职质量  彰显制度效能 / ….)
				!this.unanchoredHeadingsFollow(end, true)) ||
				// (Or one that closes its own text with the source of its figures, as a sponsor's feature does, after a signed
				// report that heads no section so: 从“一扇门”到“新静界” TATA木门以创新… / … / 数据来源：北京闼闼门业有限公司.
				// Inside such a feature, its own sections are headed so. A commentary above, signed by its writer's name alone,
				// may be short: 人间瑶池·古韵松潘  四川松潘奋力谱写… after five paragraphs of 民生观.)
				((itemAbove?.authors.length ?? 0) > 0 &&
					paragraphsAbove >=
						(itemAbove!.authors.every((author) => author.role === undefined) ? MIN_PARAGRAPHS_OF_SIGNED_ITEM : MIN_PARAGRAPHS_BEFORE_SPACED_TITLE) &&
					!(itemAbove?.body ?? []).some((block) => block.type === 'heading' && PHRASES_APART.test(block.text)) &&
					closesItself())) &&
			!isUnterminated(textAboveRun);
		// So is a place's news under its kicker (构建“大运河”育人体系 / 杭州拱墅培育新时代“运河好少年”) after a long report
		// that headed no section of its own, signed or not.
		const placeNewsAfterReport =
			followedByContent &&
			run.length === 2 &&
			opensWithPlace(run[1]!.text) &&
			!/(?:——|──|[：:])$/u.test(run[0]!.text) &&
			// (A headline of two clauses under a slogan set apart in clauses may part them with a comma: 深化改革惠民生  实干笃行启新程 /
			// 广西全面深化医保改革，奋力兜牢保障底线.)
			(!runsText || (SPACED_CLAUSES.test(run[0]!.text) && !hasRunningTextPunctuation(run[0]!.text) && !/[。；;：:！!？?]/u.test(run[1]!.text))) &&
			// (Not where column breaks cut paragraphs: the pieces of one may read so.)
			this.textAloneSetsBlocks &&
			below?.kind === 'body' &&
			paragraphsAbove >= MIN_PARAGRAPHS_BEFORE_SPACED_TITLE &&
			!(itemAbove?.body ?? []).some((block) => block.type === 'heading') &&
			!isUnterminated(textAboveRun);
		// A news kicker over a shorter title, after a finished text of two paragraphs or more, heads an item of its own where
		// neither indents, column breaks nor blank lines say where blocks start (浙江淳安与贵州剑河协作扶贫 / 订单式培训拓宽就业路):
		// a section's pair of headings is a short label over its heading (新机遇 / 时不我待，奋起直追谋跨越), a heading over who
		// speaks under it (用好组织资源是制胜法宝 / 中国青年报社总编辑  毛  浩), or two of a length (融合共建、聚力成势 /
		// 激发成果转化新活力).
		const kickerOverShorterTitle =
			followedByContent &&
			run.length === 2 &&
			this.textAloneSetsBlocks &&
			below?.kind === 'body' &&
			// (Text, not an advertisement's list of selling points under its slogans: 长寿命 | 宽温域 | 高安全.)
			/[，,。；;]/u.test(below.text) &&
			charLength(run[0]!.text) >= MIN_UNANCHORED_KICKER_LENGTH &&
			charLength(run[1]!.text) < charLength(run[0]!.text) &&
			!/(?:——|──|[：:])$/u.test(run[0]!.text) &&
			!/——|──|…/u.test(run[1]!.text) &&
			// (Nor a label in square brackets, which heads a part or a quotation: 【誓言重温】“哪里需要就到哪里去”, 【曾经】.)
			run.every((line) => !/[。；;！!？?【】]/u.test(line.text) && parseSignatureLine(line.text) === undefined) &&
			parsePostAndName(run[1]!.text) === undefined &&
			// (Nor, in readers' letters, a letter's title over its writer's place and name: 留住课本之外的“闲情” / 安徽省某市  程  某.)
			!VOICES_TITLES.has(itemAbove?.title ?? '') &&
			paragraphsAbove >= MIN_PARAGRAPHS_BEFORE_NEWS_KICKER &&
			!isUnterminated(textAboveRun) &&
			!this.continuesParagraph(index);
		// A lone title after a finished text that headed no section, where the next header is anchored, heads an item of its own
		// where neither indents, column breaks nor blank lines say where blocks start: an item's sections come two or more, and
		// none of April's 492 items (人民日报, 新华每日电讯, 学习时报) heads just one.
		const loneTitleAfterText =
			followedByContent &&
			run.length === 1 &&
			!runsText &&
			// (Not a question or an exclamation, which the text may print alone: 这份信任和崇敬从何而来？, 这真是大海捞针啊！, nor a
			// sentence that trails off into the story it leads to: 这要从我与钢琴的故事谈起…….)
			!/[？?！!]|…$/u.test(run[0]!.text) &&
			this.textAloneSetsBlocks &&
			below?.kind === 'body' &&
			paragraphsAbove >= MIN_PARAGRAPHS_BEFORE_LONE_TITLE &&
			// (After an unsigned text, right under its paragraph: a reporter's feature may head one section late, 让更多人读懂古建筑,
			// and a photo's source on a line of its own, 省博物馆藏, closes its caption.)
			itemAbove!.byline === undefined &&
			itemAbove!.authors.length === 0 &&
			lines[index - 1]?.kind === 'body' &&
			!(itemAbove?.body ?? []).some((block) => block.type === 'heading') &&
			// (Nor under a group that a column's label heads, its pieces each titled: 反馈 / …完成产权首次登记 / … / 第二代医保卡拿到了.)
			!(itemAbove?.kicker !== undefined && charLength(itemAbove.kicker) <= MAX_COLUMN_LABEL_LENGTH) &&
			!isUnterminated(textAboveRun) &&
			!this.continuesParagraph(index) &&
			this.noSectionFollows(end);
		// A picture's commentary (离境退税 互利共赢 / 近日，…。图为… / 新华社记者  毛思倩摄 / … / 这正是： / four lines of verse /
		// 杨  羽文) is an item of its own: no section of an article opens on a photo and closes in verse.
		const photoVerse =
			followedByContent &&
			run.length === 1 &&
			!runsText &&
			/图为/u.test(below?.text ?? '') &&
			isCreditOnly(lines[end + 1]) &&
			lines.slice(end + 2, end + 2 + MAX_PHOTO_COMMENTARY_LINES).some((line) => VERSE_INTRO.test(line.text));
		// (Even among the parts of a feature under an editor's note: its parts never do.)
		if (photoVerse && !this.options.onlyItemStarts) return this.headerOf(run, end);
		// A box of voices under a short label of its own, after a commentary its writer signed with a bare name, each voice over
		// its speaker after a dash (“她”说 / 我在工作实践和调研中发现… / ——王芳委员（…）), is an item of its own: a commentary prints
		// no voices. (A reporters' feature closes with the voices it gathered: 心里话 / … / ——江苏苏州外卖小哥陈立.)
		const voicesAfterCommentary =
			followedByContent &&
			run.every((line) => !/[，,。；;：:]/u.test(line.text)) &&
			itemAbove?.byline !== undefined &&
			itemAbove.authors.length > 0 &&
			itemAbove.authors.every((author) => author.role === undefined) &&
			!(itemAbove.body ?? []).some((block) => block.type === 'heading') &&
			!isUnterminated(textAboveRun) &&
			this.voicesFrom(end);
		const voicesAfterSigned = voicesAfterCommentary && run.length === 1 && charLength(run[0]!.text) <= MAX_VOICES_LABEL_LENGTH;
		// (Such a box may print a longer title over its first group's label: 2026政府工作十大任务 / 着力建设强大国内市场 /
		// 消费是收入的函数… / ——黄毅代表（…）. The title heads the item, the label its first group.)
		if (voicesAfterCommentary && run.length === 2 && !this.options.onlyItemStarts) return this.headerOf(run.slice(0, 1), index + 1);
		const titled =
			placeFeature ||
			spacedAfterReport ||
			placeNewsAfterReport ||
			kickerOverShorterTitle ||
			loneTitleAfterText ||
			voicesAfterSigned ||
			// Who put a feature together closes it (本期统筹：…): a title under that heads the next item. So does
			// the credit of its layout (版式设计：汪哲平).
			// (Not a chart's credit the item above printed at its head, its text still to come: 制图：汪哲平 / 头条看点 / ….)
			// (A title with a comma may head it over its dash subtitle: 我是“闪电”，生来爱奔跑 / ——荣耀机器人“自述”.)
			(followedByContent &&
				run.length <= 2 &&
				(!runsText || (run.length === 2 && isSubtitle(run[1]!.text) && !/[。；;：:]/u.test(run[0]!.text))) &&
				(FEATURE_COORDINATOR.test(textAboveRun) || (lines[index - 1]?.kind === 'credit' && !this.opensWithChartCredits(this.items.at(-1))))) ||
			// (A title with a subtitle naming the piece's kind does under that credit, whatever it prints: 版式设计：汪哲平 /
			// 人工智能+，推进媒体系统性变革 / ——2025（第十届）党媒网站发展论坛发言摘编 / 守正创新  推进系统性变革.)
			(run.length === 2 && lines[index - 1]?.kind === 'credit' && isSubtitle(run[1]!.text) && REPORT_KIND_SUBTITLE.test(run[1]!.text)) ||
			// So does the source of its figures, where a headline of clauses set apart follows it: 数据来源：祁阳市教育局 /
			// 一泓甘甜润民心  郑州水务集团大力推进井水改自来水工程.
			(followedByContent && run.length === 1 && !runsText && isSourceNote(textAboveRun) && PHRASES_APART.test(run[0]!.text) && below?.kind === 'body') ||
			// A chart's title right over the source of its figures, under a finished text, heads an item of its own, as the web
			// edition prints each chart (政府工作报告里的KPI / 数据来源：政府工作报告 / 经济增长4.5%—5% / …): no section of an item
			// opens on a source note.
			(followedByContent &&
				run.length === 1 &&
				!runsText &&
				below !== undefined &&
				isSourceNote(below.text) &&
				!isUnterminated(textAboveRun) &&
				this.items.at(-1)?.body.some((block) => block.type === 'paragraph') === true) ||
			// An editor's note opens a feature, right under its title (学习实不实  事上见真章 / 开展…学习教育，… / ——编  者):
			// no section of an item starts with one.
			(followedByContent && run.length === 1 && !runsText && this.editorsNoteFrom(end)) ||
			// (So does a title over its dash subtitle and then the note's label alone: 价格稳  品种多  供应足 / ——北京、杭州…春节菜市探访 /
			// 编者的话 / …, whatever the text above. The subtitle may list the places it visits, 、 and all: only the title must read as
			// no sentence.)
			(run.length === 2 &&
				isSubtitle(run[1]!.text) &&
				!hasRunningTextPunctuation(run[0]!.text) &&
				INTRODUCING_NOTE_LABEL_ALONE.test(below?.text ?? '') &&
				this.editorsNoteFrom(end)) ||
			(followedByContent && this.dashHeaderOfItsOwn(run, end)) ||
			afterNews ||
			spacedAfterNews ||
			// A letter under its title, opening with its salutation: 习近平的回信 / 西部计划志愿者代表同学们：.
			(run.length <= 2 && LETTER_TITLE.test(run.at(-1)!.text) && below !== undefined && /[：:]$/u.test(below.text)) ||
			// So is the news of a letter, the letter first under its label and salutation (习近平回信勉励… / 坚持崇德尚艺… /
			// 回  信 / 国家京剧院青年艺术工作者：), after a finished item: no section of an item prints a letter so.
			(run.length <= 2 && this.opensLetter(end) && !isUnterminated(textAboveRun)) ||
			// A title after a photo item (its caption and credit), or over a photo's caption (高考期间的暖心瞬间 /
			// 上图：…): photo reports have no sections. (Its headline may list who did it, 人民在线、未来网和蛋壳公寓携手发布, but
			// prints no clause.)
			(followedByContent &&
				run.every((line) => !/[，,。；;：:！!？?]/u.test(line.text)) &&
				(this.photoItemAbove(index) || this.photoReportCreditedAbove(index))) ||
			// So is a kicker and a title, or a title, right under photo news, its photo's credit closing it (炼火庆丰收 / … / 图为… /
			// 杨某某摄（影像中国） / 用科技把控品质，借传播提升影响 / 中医药老手艺，又回来了), where neither indents nor column
			// breaks say where blocks start: a report's photo among its sections is no short text of its own.
			(followedByContent &&
				run.length <= 2 &&
				this.textAloneSetsBlocks &&
				below?.kind === 'body' &&
				run.every((line) => !/[。；;！!？?]/u.test(line.text)) &&
				this.photoNewsAbove(index)) ||
			// So is a title under a cartoon's credit, who drew it and wrote its verse (曹  一图  于  石文 / 立足基层实际抓好主题教育):
			// a cartoon closes on it, and no text goes on after it.
			(followedByContent && run.length <= 2 && !runsText && DRAWN_AND_WRITTEN.test(lines[index - 1]?.text ?? '')) ||
			(run.length === 1 && below?.kind === 'caption' && PHOTO_POINTER.test(below.text)) ||
			// A title (or a title and its subtitle) over a photo's caption and credit and then a dated lead heads news of its own,
			// as photo news is set (吉林新雪季“开板” / 推出八百余项冰雪活动 / 图为…。 / 新华社记者  许  畅摄 / 本报吉林11月22日电…):
			// no section of an item opens with a dateline.
			(run.length <= 2 && !runsText && this.captionsOverDatedLeadFrom(end)) ||
			// A title over a group of photos, each caption over its credit (初夏时节  田野繁忙 / 5月13日，在… / 赵启瑞摄).
			(run.length === 1 && !runsText && this.photoGroupFrom(end)) ||
			// A brief under a signed article, signed at its end: （据新华社北京7月31日电）, （顾  仲）.
			// (Under a finished text: the lines of a list, 《中华人民共和国海关法》, are a document's own.)
			(followedByContent && run.length <= 2 && !runsText && !isUnterminated(textAboveRun) && this.signedBriefFrom(end)) ||
			// An official's answers to the press are an item of their own: …负责同志 / 就《…》答记者问, or
			// …有关负责人答记者问 / 以更大力度推动….
			(followedByContent && run.length <= 2 && (PRESS_ANSWERS.test(run.at(-1)!.text) || PRESS_ANSWERS_KICKER.test(run[0]!.text))) ||
			// A short commentary (…（快评）) has no sections: a title under it heads the next item.
			// (Not a question right under its first paragraph, however long: the commentary asks it itself, 信心从何而来？,
			// 如何让城市成为群众高品质生活的空间？)
			(followedByContent &&
				run.length <= 2 &&
				!runsText &&
				SHORT_COMMENTARY_TAG.test(this.items.at(-1)?.title ?? '') &&
				!(/[？?]$/u.test(run.at(-1)!.text) && this.items.at(-1)!.body.filter((block) => block.type === 'paragraph').length < 2)) ||
			// (So does a column's commentary that prints none, under its finished last paragraph, a comma in the title or not:
			// …（民生观） / … / 重庆以人工智能为抓手，探索超大城市现代化治理新路子 / 山为骨、水为脉…。 Not the question it asks
			// itself, 一篇悼念同窗的文章，何以引发共鸣？, nor its pull quote over its first paragraph.)
			(followedByContent &&
				run.length <= 2 &&
				endsSectionlessCommentary(this.items, run.at(-1)!.text) &&
				this.items.at(-1)!.body.some((block) => block.type === 'paragraph') &&
				!isUnterminated(textAboveRun) &&
				!this.continuesParagraph(index) &&
				// (Nor a paragraph of words quoted one after another: “感觉上课心能够静下来，和打球不一样”“自己没有接触过…”.)
				run.every((line) => !/[。；;！!]|[？?]$|[”’][“‘]/u.test(line.text)) &&
				// (Nor a pull quote the text prints again below: 七十年的伟大成就之所以…，更在于具有普遍的启示意义.)
				!this.isPullQuote({ type: 'paragraph', text: run[0]!.text, lines: [run[0]!.number, run[0]!.number] }, run[0]!.number + 1) &&
				// (Nor a paragraph's opening that a column break cut, its text going on under it: 在经济学中，预期指…，对未 / 来经济形势….)
				!(
					below !== undefined &&
					this.continues({ type: 'paragraph', text: run.at(-1)!.text, lines: [run.at(-1)!.number, run.at(-1)!.number] }, below, lines[end + 1], run.at(-1))
				)) ||
			// A commentary prints no photo: under one, a title over a photo's caption heads the next item
			// (…（人民时评） / 演出随心  文化润城 / 不久前，… / 袁宏彦摄（影像中国）).
			(run.length === 1 &&
				!runsText &&
				(this.captionFrom(end) || this.datedPhotoNewsFrom(end)) &&
				this.items.at(-1)?.body.some((block) => block.type === 'paragraph') === true) ||
			// (But voices, each speaker over their words, close the feature above under that label, 心声 / 外卖员刘一飞（25岁）： /
			// 虽然是…: the people it told of; the voices of an item of their own are signed under them.)
			(run.length === 1 &&
				isStandingTitle(run[0]!.text) &&
				below !== undefined &&
				below.kind !== 'credit' &&
				!(VOICES_TITLES.has(run[0]!.text) && this.speakersFrom(end) >= MIN_VOICES)) ||
			// (An agenda's numbered lines may follow it: 一、审议…的议案.)
			(run.length >= 2 && isDocumentDate(run.at(-1)) && below !== undefined && below.kind !== 'credit') ||
			// (Not a label over voices, each quotation over its speaker after a dash, that close the feature above in a box of
			// its own: 小哥心里话 / 好几次，… / ——浙江义乌圆通小哥李想, under the note of who helped report it.)
			(followedByContent &&
				(taggedAt >= 0 ||
					(this.closingNoteAbove(index) &&
						!this.repeatsSpeakerPart(run) &&
						!(run.length === 1 && this.voicesFrom(end)) &&
						!(run.length === 1 && this.nextNotedSection(index, end))))) ||
			// So is a forum's title over parts led into by who speaks (发言席 / …董事长汤立新代表—— / 完善现代化综合交通运输体系 / …).
			this.forumOverLedInParts(run, index) ||
			// So is a series' banner (its column's name and theme, 议事厅·聚焦科技赋能) over voices, each quotation over its speaker
			// after a dash: no section of the item above, whatever it closed with.
			(followedByContent && run.length === 1 && SERIES_BANNER.test(run[0]!.text) && this.voicesFrom(end)) ||
			// A notice is an item of its own, however it is set: …招标公告, …启事, …公示.
			(followedByContent && run.length === 1 && NOTICE_TITLE.test(run[0]!.text)) ||
			// So is a piece under the label of its kind or column (【光明时评】, 社论, 国际论坛 / its title).
			(followedByContent && run.length >= 2 && LABEL_KICKER.test(run[0]!.text)) ||
			// So is an order or a notice with its number (中华人民共和国主席令 / 第六十号, …常务委员会公告 / （第五号）).
			// (Not the order that opens the law under whose title and dates it stands.)
			(followedByContent &&
				run.length === 2 &&
				isNumberedDocumentTitle(run[0]!.text) &&
				ORDER_NUMBER.test(run[1]!.text) &&
				!(this.items.at(-1)?.body.length === 0 && isDocumentDate(this.lines[index - 1]))) ||
			// On a page that sets its titles flush and indents its paragraphs (and its section headings,
			// where it prints any), a title is the line set flush left above an indented paragraph;
			// a name alone there is the signature of the text above it.
			((this.indentsHeadings || this.setsHeadersFlush) &&
				followedByContent &&
				below!.indented &&
				run.every((line) => !line.indented) &&
				!(run.length === 1 && parseSignatureLine(run[0]!.text) !== undefined) &&
				!this.continuesParagraph(index));
		const startsColumn = this.columnNames.has(run[0]!.text) && run.length >= 2 && followedByContent;
		const opensPage = this.items.length === 0;
		// Inside a column every titled block of text is a brief; a title reads as one: no running-text punctuation.
		const nextBrief = this.column !== undefined && followedByContent && run.every((line) => !hasRunningTextPunctuation(line.text));
		if (this.options.onlyItemStarts) return undefined;
		// Under a report on several laws at once, a title over its reporter's byline heads the next part;
		// the umbrella's own title stands alone over its first part. (Where headers are set flush, the
		// parts' indented titles say so already; a part that opens with a dated lead is news of its own.)
		const umbrella = this.items.at(-1);
		// (A part may be headed in two lines, as the web edition set them until 2020: over its byline (大气污染防治法执法检查落地有声 /
		// 发现的问题均已依法查处 / 本报记者 王比学), or over its own dateline, the first line naming its law (民法典婚姻家庭编草案进入三审 /
		// 现行法定婚龄暂不作修改 / 本报北京10月21日电 （记者彭波）…). The session's own news names the session instead:
		// 人大常委会第十四次会议在京举行, 人大常委会第九次会议分组审议常委会工作报告稿 / 栗战书参加审议.)
		const twoLinePart = run.length === 2 && !/会议/u.test(run[0]!.text) && (below?.kind === 'byline' || (below?.kind === 'lead' && /法/u.test(run[0]!.text)));
		// (So does one over a lead by the reporter who signed its parts: …国防动员法修订草案提请… / 本报北京4月27日电
		// （记者彭波）…, under parts signed 本报记者  彭  波.)
		if (
			(UMBRELLA_TITLE.test(umbrella?.title ?? '') || (umbrella !== undefined && this.seriesBanners.has(umbrella.lines[0]))) &&
			umbrella!.agency === undefined &&
			// (Under a series' banner, a part may print a line over its title: 保洁员王继保 / 有事互相搭把手 / 本报记者  龚相娟.)
			(run.length === 1 || (run.length <= MAX_PART_HEADER_LINES && this.seriesBanners.has(umbrella!.lines[0]) && below?.kind === 'byline') || twoLinePart) &&
			// (A title with its column's tag heads the next item: 平陆运河，冲刺马年通航加油干（新春走基层） / 本报记者  李维俊.)
			!run.some((line) => hasColumnTag(line.text)) &&
			(below?.kind === 'byline' || twoLinePart || (below?.kind === 'lead' && this.leadByPartsReporter(umbrella!, below.text))) &&
			!this.setsHeadersFlush
		)
			return undefined;
		if (
			!this.setsHeadersFlush &&
			(run.length === 2 || run.length === 3) &&
			UMBRELLA_TITLE.test(run[0]!.text) &&
			(below?.kind === 'byline' || below?.kind === 'lead')
		)
			return this.headerOf(run.slice(0, 1), index + 1);
		// So does a series' banner over parts each titled with the words it recalls, in quotes, over its reporter's byline, its
		// text opening with those words and who said them, when (走过“十四五” 想起总书记两会上的这句话 / “在现代经济大潮中…” /
		// 本报记者  王欣悦 / 我们要走科技创新的道路，… / ——习近平总书记在2025年全国两会上…).
		if (
			!this.setsHeadersFlush &&
			run.length === 2 &&
			WHOLE_QUOTATION.test(run[1]!.text) &&
			below?.kind === 'byline' &&
			this.quotedPartsFrom(index + 1) >= MIN_QUOTED_PARTS_UNDER_BANNER
		) {
			this.seriesBanners.add(run[0]!.number);
			return this.headerOf(run.slice(0, 1), index + 1);
		}
		// So does a series' banner, its column's name and a middle dot before its theme, over several parts, each titled in
		// clauses set apart by spaces and signed by its reporter (新春走基层·平凡岗位 不凡坚守 / 护越冬候鸟  保一方平安 /
		// 本报记者  杨颜菲 / … / 翻山勘地质  跋涉寻水源 / 本报记者  王欣悦 / …): the parts are its sections.
		// (So does a banner of clauses set apart by spaces under its series' tag, over parts titled however: 产业兴旺生态美  日子
		// 富足幸福长（新春走基层） / 小蘑菇撑起“幸福伞” / 本报记者  史自强 / … / 移民村的致富“三宝” / 本报记者  刘鑫焱 / ….)
		const taggedBanner =
			run.length === 2 &&
			hasColumnTag(run[0]!.text) &&
			SPACED_CLAUSES.test(run[0]!.text.replace(columnTagOf(run[0]!.text)!, '')) &&
			!hasColumnTag(run[1]!.text) &&
			!isSubtitle(run[1]!.text);
		// (A banner of clauses set apart by a space may stand over a part headed in up to three lines: 新春走基层 人和家顺事事兴 /
		// 上海迪士尼乐园55名民警—— / 全员无休假 / 起早来执勤 / 本报记者  巨云鹏.)
		const spacedBanner =
			run.length >= 2 &&
			run.length <= MAX_PART_HEADER_LINES + 1 &&
			HEADLINE_CLAUSES.test(run[0]!.text) &&
			!run.some((line) => hasColumnTag(line.text)) &&
			!isSubtitle(run[1]!.text);
		if (
			!this.setsHeadersFlush &&
			(run.length === 2 || spacedBanner) &&
			(SERIES_BANNER.test(run[0]!.text) || taggedBanner || spacedBanner) &&
			below?.kind === 'byline' &&
			(spacedBanner ? this.signedPartsUnderBannerFrom(index + 1) : this.signedPartsInRowFrom(index + 1, !taggedBanner)) >= MIN_SIGNED_PARTS_UNDER_BANNER
		) {
			this.seriesBanners.add(run[0]!.number);
			return this.headerOf(run.slice(0, 1), index + 1);
		}
		// The item above, when no one signs it, may be a feature whose parts follow, each signed.
		const feature = this.items.at(-1);
		// (Nor does an interview that names its people by what they did, none by name: 解读人：…起草组成员  采访人：本报记者.)
		const unsignedFeature =
			feature !== undefined &&
			feature.authors.length === 0 &&
			(feature.byline === undefined || creditsInterview(feature.byline)) &&
			feature.agency === undefined;
		// A feature that opens with its pictures and the source of its figures (数据来源：…) and nothing
		// else is a special report whose parts, each under its title and byline, follow: they are its own.
		// (Where headers are set flush, the parts' indented titles say so already.)
		// So is a feature under its column's tag (…（年终特别报道）, …（新视窗）) that opens with its pictures and
		// at most a short lead of its own.
		const pictured = unsignedFeature && feature.figures.length > 0;
		// (Its chart may be lost, the source of its figures left under a title its kicker leads into: 会内会外热议政府工作报告—— /
		// 推动经济持续回升向好 / 数据来源：政府工作报告.)
		const chartOnly = unsignedFeature && (leadsInWithDash(feature.kicker) || hasColumnTag(feature.title));
		// (Not a spread of photos, each credited, with a chart's source under them: its text is its captions, and a title signed
		// by a bare name under it is a commentary of its own, 科技改变生活  创新赢得未来 / … / 数据来源：… / 强科普之翼  筑发展之基 / 赵婷婷.)
		// (But under a spread titled with its column's tag, a part its reporters sign after the commentary makes the
		// commentary the feature's first part: 致敬，那些默默守护我们的“警察蓝”（建设更高水平的平安中国） / … / 数据来源：公安部 /
		// 民警本色  平安底色 / 张天培 / … / 准一些，市民出行快捷安全 / 本报记者  巨云鹏.)
		const photoSpread =
			namedBelowTitle &&
			feature !== undefined &&
			feature.figures.length >= MIN_PHOTO_SPREAD_FIGURES &&
			feature.body.length > 0 &&
			opensWithSourceNotesOnly(feature) &&
			!(hasColumnTag(feature.title) && this.reportersPartNext(end + 1));
		const opensWithData = (pictured || chartOnly) && !photoSpread && feature.body.length > 0 && opensWithSourceNotesOnly(feature);
		const opensWithLead =
			pictured &&
			!photoSpread &&
			// (Or a summary under its label, 核心阅读, which says what the parts below report.)
			// (Or a banner of clauses set apart by spaces over several photos: 铭记二战历史  传承深厚友谊.)
			// (Or a kicker that leads into its title with a dash: 461项新产品、…集结亮相—— / 科技创新赋能高质量发展.)
			(hasColumnTag(feature.title) ||
				leadsInWithDash(feature.kicker) ||
				feature.body[0]?.text === SUMMARY_LABEL ||
				// (Or words it quotes and who said them, when and where, under a dash: 要把改善民生作为… / ——2026年1月20日，习近平
				// 总书记在…指出.)
				(feature.body.length >= 2 && /^——[\d０-９]{4}年[\d０-９]{1,2}月[\d０-９]{1,2}日，/u.test(feature.body.at(-1)!.text)) ||
				(SPACED_CLAUSES.test(feature.title) && feature.figures.length >= MIN_BANNER_PHOTOS)) &&
			// (Captions above the photos' one credit, read as text, are no lead: 北京智源…在研讨。 / … / 以上图片均为受访者提供.)
			// (A feature its kicker leads into, under its column's tag, may open with a longer lead over parts each led into
			// alike and signed: 进社区、访企业、看督查，…—— / 让干部有更多精力抓落实…（人民眼·…） / … / 踏访一个社区—— /
			// “上墙的牌子少了，走心的服务多了” / 本报记者  张  文 / … / 陪企业办一次事—— / ….)
			(feature.body.filter((block) => block.lines[0] > (feature.figures.at(-1)?.lines[1] ?? 0)).length <= MAX_FEATURE_LEAD_PARAGRAPHS ||
				(leadsInWithDash(feature.kicker) && hasColumnTag(feature.title) && this.ledInSignedPartsFrom(index) >= MIN_LED_IN_SIGNED_PARTS)) &&
			feature.body.every((block) => block.type === 'paragraph');
		// (Or a banner over its photos and nothing else, with several parts under it, each titled and signed, none opening
		// with a dateline: 加强品牌建设  推动高质量发展 / 2025中国品牌论坛现场。  …摄 /
		// 把用户从旁观者变成共创者 / 本报记者  王  者 / … / 深耕研发，… / 本报记者  张腾扬 / ….)
		// (headerAt runs on every line: the lines of the first part's header, read into it, are no text of its own.)
		const kept = (feature && this.keptParts.get(feature)) ?? new Map<number, string>();
		const bannerOverSignedParts =
			unsignedFeature &&
			feature.figures.length > 0 &&
			feature.body.every((block) => kept.has(block.lines[0])) &&
			this.signedPartsFrom(index) >= MIN_SIGNED_PARTS_UNDER_BANNER;
		const signedBelow = namedBelowTitle || (below !== undefined && (below.kind === 'byline' || parseSignatureLine(below.text) !== undefined));
		// (Or a banner of clauses set apart by spaces over a short introduction and nothing else, three or more parts under it in a
		// row, each titled and signed by its reporters, none opening with a dateline: 为人民出政绩  以实干出政绩 / 政绩观，连着发展观。… /
		// 群众的满意，是最亮眼的业绩 / 本报记者  沈童睿  郑洋洋 / ….)
		// (Or a feature its kicker leads into, under its column's tag, over a short introduction, its parts each a title over a
		// dash subtitle and a byline, two or more in a row: 记者对话外贸一线3位企业负责人—— / “中国好物”何以风行世界（人民眼·…） /
		// … / “痛点产生需求，需求孕育商机” / ——格力电器董事长董明珠访谈 / 本报记者  王云娜 / ….)
		const ledInFeatureOverSubtitledParts =
			unsignedFeature &&
			leadsInWithDash(feature.kicker) &&
			hasColumnTag(feature.title) &&
			feature.body.length >= 1 &&
			feature.body.length <= MAX_LED_IN_INTRO_PARAGRAPHS &&
			feature.body.every((block) => block.type === 'paragraph') &&
			run.length === 2 &&
			isSubtitle(run[1]!.text) &&
			this.subtitledPartsFrom(index) >= MIN_SUBTITLED_PARTS;
		const bannerOverIntroAndParts =
			unsignedFeature &&
			feature.figures.length === 0 &&
			SPACED_CLAUSES.test(feature.title) &&
			!hasColumnTag(feature.title) &&
			feature.body.length >= 1 &&
			feature.body.length <= MAX_FEATURE_LEAD_PARAGRAPHS &&
			feature.body.every((block) => block.type === 'paragraph') &&
			run.length === 1 &&
			this.signedPartsInRowFrom(index, false) >= MIN_SIGNED_PARTS_UNDER_BANNER;
		// (Or any title over a short introduction with no dateline, where parts its reporters sign follow, three or more, headed in one
		// to three lines: 感受旅行新体验 / 世界无限大，游玩有新法。 / 约个导游逛古城  满意 / 本报记者  高  炳 / ….)
		const titleOverIntroAndSignedParts =
			unsignedFeature &&
			feature.figures.length === 0 &&
			feature.body.length >= 1 &&
			feature.body.length <= MAX_FEATURE_LEAD_PARAGRAPHS &&
			feature.body.every((block) => block.type === 'paragraph' && parseLead(block.text) === undefined) &&
			run.length <= MAX_PART_HEADER_LINES &&
			below?.kind === 'byline' &&
			this.signedPartsUnderBannerFrom(index) >= MIN_SIGNED_PARTS_UNDER_BANNER;
		// (Its first part may be signed by a bare name, as a commentary opening it is; after its reporters'
		// parts, a title signed so is a commentary of its own: 为消费市场注入新动能 / 齐志明.)
		const reportersBelow = below?.kind === 'byline' && !namedBelowTitle;
		// So is a banner under its column's tag with nothing under it at all (发挥品牌优势  彰显社会责任（中国品牌日）):
		// the signed parts under it are what it prints.
		// (Or with a short label alone under it, naming what the parts tell: “我反映的问题解决了”.)
		const bannerOverParts =
			unsignedFeature &&
			feature.figures.length === 0 &&
			hasColumnTag(feature.title) &&
			(feature.body.length === 0 ||
				(feature.body.length === 1 &&
					charLength(feature.body[0]!.text) <= MAX_BANNER_LABEL_LENGTH &&
					isUnterminated(feature.body[0]!.text.replace(/[”’]$/u, ''))) ||
				// (Or with an epigraph alone, words quoted over who said them: “育新人，就是要…” / ——习近平.)
				(feature.body.length === 2 && EPIGRAPH_SOURCE.test(feature.body[1]!.text)));
		// (A report's parts are headed alike: after parts headed by a place and a headline, 吉林省长岭县… / 辣椒小院  “火红”生活,
		// a kicker that leads into its title with a dash, 重庆永川完成全国首单楠木“树票”交易—— / 以林养林有了新模式, heads an
		// item of its own.)
		// (Under a label a special sets over its next section's parts, “这些事还得加把劲儿”, they are its own however headed.)
		const labelAbove = above !== undefined && QUOTED_LABEL.test(above.text) && charLength(above.text) <= MAX_BANNER_LABEL_LENGTH;
		const unlikeParts =
			feature !== undefined &&
			this.picturedReports.has(feature) &&
			!labelAbove &&
			(this.headedUnlikeParts(feature, run, reportersBelow) || this.asksUnlikeParts(feature, run, reportersBelow));
		// (After a part its reporter put together, …（本报记者史一棋采访整理）, the next part signed by its teller's bare name
		// is the report's too: 裂缝的护坡墙加固了 / 浔  言.)
		// (So is one after a part an expert told and a reporter wrote down, （作者为西班牙汉学家，本报记者颜欢采访整理）: 天人和谐理念… /
		// 巴勃罗·罗维塔.)
		// (Not after parts that each led with a dash into their title: a title signed so then is a commentary of its own,
		// 期待绿色文旅“长红” / 李君强.)
		const partsLedIn = kept.size > 0 && [...kept.values()].every(leadsInWithDash);
		const partsCompiled =
			namedBelowTitle && !partsLedIn && (COMPILED_BY.test(textAboveRun) || (/^[（(]作者为/u.test(textAboveRun) && WRITTEN_DOWN_BY_REPORTER.test(textAboveRun)));
		// (Or a part told by someone the feature's photos show, signed by their name: 美丽中国，新画卷徐徐铺展 / 孙  磊, under
		// a feature captioned 孙磊在研究海洋生态保护修复项目。, however long its lead.)
		const signerNames = namedBelowTitle ? (parseSignatureLine(run[nameAt]!.text) ?? parseLoneName(run[nameAt]!.text) ?? []) : [];
		const signerPictured =
			pictured && signerNames.length > 0 && signerNames.every((author) => feature.figures.some((figure) => figure.caption.includes(author.name)));
		// (Or parts each headed by their place and signed by a bare name, as the report's first was: 河北正定 / 古老韵味触碰现代繁华 /
		// 邵玉姿 / … / 上海 / 建筑能阅读  城市有温度 / 曹玲娟; a title signed so with no place over it is a commentary of its own.)
		// (headerAt runs on every line: under the place, kept, the part's title and name are that part's header still.)
		const keptPlaceAbove = above !== undefined && kept.has(above.number) && PLACE_ALONE.test(above.text);
		const placePartSigned =
			namedBelowTitle &&
			((run.length === 3 && PLACE_ALONE.test(run[0]!.text) && [...kept.values()].some((text) => PLACE_ALONE.test(text))) ||
				(run.length === 2 && keptPlaceAbove));
		// (Or a feature under its column's tag whose parts are what deputies said, each written down by a reporter, and then a
		// reporter's part led in by the deputy it tells of: …（两会捎句话） / … / （本报记者闫伊乔采访整理） / 湖南省…胡国柱代表—— /
		// 让农村娃跟上科技发展步伐 / 本报记者  向子丰  杨  迅.)
		const deputyLedInPart =
			unsignedFeature &&
			hasColumnTag(feature.title) &&
			run.length === 2 &&
			DEPUTY_LED_IN.test(run[0]!.text) &&
			reportersBelow &&
			feature.body.some((block) => block.type === 'paragraph' && COMPILED_BY.test(block.text));
		// (Or a part signed by bare names between parts its reporters signed, as correspondents sign theirs: 驿站解决货车司机“三难” /
		// 王  洲  陈  锐 / … / 物流跑出“科技范儿” / 本报记者  孙海天. A commentary of its own closes the report instead.)
		const signedBetweenReporters = namedBelowTitle && feature !== undefined && this.reportersParts.has(feature) && this.reportersPartNext(end + 1);
		// (Or a feature that prints its photos and nothing else over parts that each lead with a dash into their title and close
		// with who took the words down: 绿色文旅：一路新，一路美（…） / captions / 陕西游客高润宇在福建武夷山游览—— / 山水间解锁别样体验 /
		// … / （本报记者刘晓宇采访整理） / 江苏无锡市民王寅乘坐新能源公交车买年货—— / ….)
		const compiledLedInPart =
			pictured &&
			run.length === 2 &&
			leadsInWithDash(run[0]!.text) &&
			((feature.body.length === 0 && this.compiledLedInPartsFrom(index) >= MIN_COMPILED_LED_IN_PARTS) ||
				(partsLedIn && COMPILED_BY.test(textAboveRun) && this.compiledLedInPartsFrom(index) >= 1));
		const partOfReport =
			deputyLedInPart ||
			compiledLedInPart ||
			((opensWithData ||
				opensWithLead ||
				bannerOverParts ||
				bannerOverSignedParts ||
				signerPictured ||
				bannerOverIntroAndParts ||
				titleOverIntroAndSignedParts ||
				ledInFeatureOverSubtitledParts) &&
				signedBelow) ||
			(unsignedFeature && this.picturedReports.has(feature) && (reportersBelow || partsCompiled || placePartSigned || signedBetweenReporters) && !unlikeParts);
		// (The credit of its layout, 版式设计 蔡华伟, closes it: a title under it starts an item of its own. So
		// does a box, printed at an item's end: 链接 / 楚剧 / ….)
		const boxRead = feature?.body.some((block) => block.type === 'heading' && isBoxLabelText(block.text)) === true;
		if (partOfReport && !this.setsHeadersFlush && taggedAt < 0 && above?.kind !== 'credit' && !boxRead) {
			this.picturedReports.add(feature);
			if (reportersBelow) this.reportersParts.add(feature);
			this.keepPart(feature, run[0]!);
			return undefined;
		}
		// Under an editor's note (……——编者), the titled parts signed by bare names are the feature's
		// own sections (five stories of five people), not items of their own. Where the feature is
		// signed by no one, its parts may carry their reporters' bylines (长春市…机关食堂 / 闭环管理促节约 /
		// 本报记者  门杰伟): a page that sets its headers flush says which is which.
		// (There the feature's parts indent their headings; a title set flush is the next item's. Under a
		// signed article that carries a note for the whole page, a title after its closing note, （作者为…）,
		// heads the page's next article; so does a signed one after its source, 案例来源：….)
		const textAbove = textAboveRun;
		// After the feature's parts, each signed by a name under its title, a title no one signs over text heads the box
		// the page prints at the feature's end: 与时间的赛跑永无止境 / 杨雪梅 / … / 来自现场的声音 / 全国文物行业职业技能大赛的….
		if (
			this.inFeatureWithEditorsNote() &&
			feature !== undefined &&
			run.length === 1 &&
			!hasRunningTextPunctuation(run[0]!.text) &&
			!namedBelowTitle &&
			below?.kind === 'body' &&
			taggedAt < 0 &&
			this.partsAllSignedByName(feature)
		)
			return { ...this.headerOf(run, end), guess: UNSIGNED_AFTER_SIGNED_PARTS(feature.title) };
		// Before any part, a place's own feature titled in clauses set apart by spaces and signed by no one, right under the note
		// that closes a photo feature, is an item of its own: 杭州未来科技城  深耕人工智能赛道  以科技创新驱动高质量发展 / 人工智能是….
		if (
			this.inFeatureWithEditorsNote() &&
			feature !== undefined &&
			feature.figures.length > 0 &&
			!this.keptParts.has(feature) &&
			above?.kind === 'note' &&
			run.length === 1 &&
			PLACE_FEATURE_TITLE.test(run[0]!.text) &&
			SPACED_CLAUSES.test(run[0]!.text) &&
			below?.kind === 'body'
		)
			return this.headerOf(run, end);
		if (
			this.inFeatureWithEditorsNote() &&
			// (Not when a reporter of the paper wrote the part down, （作者为…研究员张宝鑫，本报记者施芳整理）: an expert's words
			// the feature asked for, no article of their own.)
			!(!unsignedFeature && ((/^[（(]作者/u.test(textAbove) && !WRITTEN_DOWN_BY_REPORTER.test(textAbove)) || (isSourceNote(textAbove) && signedBelow))) &&
			// (Nor after who put the feature together, or the credit of its layout, which close it: 本期统筹：郭雪岩,
			// 版式设计 蔡华伟.)
			!FEATURE_COORDINATOR.test(textAbove) &&
			// (Nor after the note that closes the whole group of reports: （本组报道由本报记者王政、丁怡婷采访整理）.)
			!GROUP_CLOSING_NOTE.test(textAbove) &&
			// (Nor after its reporters, named in brackets at its end: （本报记者闫伊乔、程远州…）, unless the feature heads its
			// sections so, each closed by its reporters: “一增一减”倡亲清 / … / （本报记者…） / “一城一乡”谋发展.)
			// (Or each headed by who it tells of, post and name, over its title: 山西恒山…景区负责人麻斌 / “悟空”带火古建游 / … /
			// （本报记者  郑洋洋） / 秦始皇帝陵博物院…讲解组组长刘璐 / 中外观众共赏文明瑰宝.)
			(!CLOSING_REPORTERS.test(textAbove) ||
				(run.length === 1 && feature !== undefined && (headedAlike(feature, run[0]!.text) || lastHeadedAsLong(feature, run[0]!.text))) ||
				(run.length === 2 && feature !== undefined && this.partsHeadedByTeller(feature) && parsePostAndNameRunOn(run[0]!.text) !== undefined)) &&
			above?.kind !== 'credit' &&
			// (Nor under a signed item that a note opens, a title signed by a name of its own: the next item,
			// “牵挂”的力量（人民时评） / 李  拯 / … / 中国汽车创新迈入新阶段 / 李  骏. Under a reporter's feature, parts told
			// by the people met are its own, the first right under the note: 本报记者  王  政 / …——编  者 / 稻田里的年轻人 /
			// 朱  霞.)
			!(namedBelowTitle && feature !== undefined && feature.authors.length > 0 && !this.namedPartsGoOn(feature, textAbove)) &&
			// (Nor after parts each headed by who tells it, post and name, a title signed by a name: a commentary of its own,
			// 航空工业特飞所AS700项目总师周雷 / 新型飞艇将飞得更高更远 / … / （本报记者…采访整理） / 做好融合这篇大文章 / 刘志强.)
			!(namedBelowTitle && feature !== undefined && this.partsHeadedByTeller(feature)) &&
			// (After parts signed by their reporters, a title signed by a bare name is a commentary of its own,
			// unless it opens on a figure as they do: 寄递物流更畅通 / 周  楠 / 33.78万个.)
			!(
				unsignedFeature &&
				namedBelowTitle &&
				feature.body.some((block) => block.type === 'paragraph' && parseBylineLine(block.text) !== undefined) &&
				!(isFigureLine(afterNames?.text) && this.partsOpenOnFigures(feature)) &&
				// (Nor between them, the next signed part its reporters': 助力芯片…国产化 / 本报记者  孙  超 / … / 用铣刀打磨“高精尖” /
				// 程远州  张文雅 / … / 给工业机器人当“医生” / 本报记者  窦瀚洋.)
				!this.reportersPartNext(end + 1)
			) &&
			(!(below !== undefined && ANCHORS.has(below.kind)) || (unsignedFeature && below?.kind === 'byline' && !this.setsHeadersFlush)) &&
			// (Nor a title over a photo and then a dated lead: no part opens with a dateline, 平陆运河南宁段全线通水 / 位于…。　　韦耀尹摄 /
			// 本报南宁3月28日电.)
			!(run.length <= 2 && this.captionsOverDatedLeadFrom(end)) &&
			!(this.setsHeadersFlush && !run[0]!.indented) &&
			// (Nor a place's own feature that closes its text with the source of its figures: 江西九江：… / … / 数据来源：….)
			!(placeFeature && closesItself()) &&
			// (Nor an interview, its subtitle naming whom the reporter talked to: …期盼 / ——访中央社会工作部副部长….)
			!run.some((line) => INTERVIEW_SUBTITLE.test(line.text)) &&
			// (Nor, after parts headed alike, a piece whose kicker asks, over its reporter's byline: 为什么…？怎么…？ /
			// 这个故事会，从田野中“长”出来 / 本报记者  付明丽, under parts headed by what they tell of, 随州曾侯乙编钟 / ….)
			!(feature !== undefined && this.asksUnlikeParts(feature, run, below?.kind === 'byline')) &&
			// (Nor, after parts each headed by their place alone, a kicker that leads into its title with a dash: 重庆开州 / 一张戏票聚人气 /
			// 本报记者  沈靖然 / … / 西藏加快乡村“百姓小院”建设—— / 村里有个“文化客厅” / 本报记者  琼达卓嘎.)
			!(feature !== undefined && this.partsHeadedByPlace(feature) && this.headedUnlikeParts(feature, run, false)) &&
			// (Nor, under a page's editor's note printed as an item of its own, 编者按 / … / ——编  者, a header signed by its reporters:
			// the note introduces the page's articles, 代表委员热议… / 严格司法守公正 / 本报记者  魏哲哲.)
			!(feature !== undefined && EDITORS_NOTE_LABEL_ALONE.test(feature.title) && below?.kind === 'byline') &&
			// (Nor a title over an editor's note of its own, which opens a feature: no part of one has its own note, 代表之声 /
			// 近年来，… / ——编  者.)
			!(run.length === 1 && this.editorsNoteFrom(end)) &&
			// (Nor a box of voices, each titled and signed under its title by who speaks: 心声 / 更好服务城市运转 / 贾亚灿 / ….
			// A part titled 心声 over its own writer's name, 心声 / 李彬 / …, is one more part.)
			!(
				run.length === 1 &&
				VOICES_TITLES.has(run[0]!.text) &&
				parseSignatureLine(below?.text ?? '') === undefined &&
				this.signedPartsFrom(end) >= MIN_VOICES
			) &&
			// (A part may carry a tag of its own in quotes, the name of the feature's section it opens: 生活因文艺而改变（“乡人说”） /
			// 李子柒, under a feature whose note opens the column it heads; a column's tag names no section so.)
			(taggedAt < 0 || (unsignedFeature && taggedAt === 0 && QUOTED_SECTION_TAG.test(run[0]!.text)))
		) {
			if (feature !== undefined) this.keepPart(feature, run[0]!);
			return undefined;
		}
		// A roundup (环球扫描) prints its briefs, leads and all, as sections of one item.
		// (Where headers are set flush and sections indented, a flush title after it heads the next item.)
		// A roundup of news (环球扫描, 八方速递) whose briefs open with leads: a title over other text ends it.
		const roundup = this.items.at(-1);
		const endsNewsRoundup =
			isNewsRoundupTitle(roundup?.title) &&
			roundup!.body.some((block) => block.type === 'paragraph' && parseLead(block.text) !== undefined) &&
			followedByContent &&
			below?.kind !== 'lead' &&
			!this.continuesParagraph(index) &&
			!this.opensCutParagraph(index) &&
			run.every((line) => !hasRunningTextPunctuation(line.text));
		// A roundup of other papers' news (八方速递: 贵州日报贵阳4月29日电…) ends at a story of the paper's own or
		// of its agency (本报北京…电, 新华社…电): that is an item of its own.
		const leadsAbove = (roundup?.body ?? []).filter((block) => block.type === 'paragraph' && parseLead(block.text) !== undefined);
		const ownLeadAfterOthers =
			isNewsRoundupTitle(roundup?.title) &&
			below?.kind === 'lead' &&
			/^(?:本报|新华社)/u.test(below.text) &&
			leadsAbove.length > 0 &&
			leadsAbove.every((block) => OTHER_PAPERS_LEAD.test(block.text));
		// Where the box indents its pieces' titles, a title set flush is the next item's.
		const pieceTitles = (roundup?.body ?? []).filter((block) => block.type === 'heading').map((block) => this.lineNumbered(block.lines[0]));
		const indentedPieces = pieceTitles.length > 0 && pieceTitles.every((line) => line?.indented === true);
		const flushAfterIndentedPieces = !run[0]!.indented && indentedPieces;
		// A roundup's pieces each print one title over their lead: a kicker and a title over a lead are a story's own
		// header after the box (环球扫描 … / 中老铁路开通运营以来 / 累计发送旅客突破6000万人次 / 本报万象…电).
		// (But indented as its pieces' titles are, they head one more piece: 速览·国庆假期 / … / 　　接报交通事故起数降幅大 /
		// 　　未发生大规模长距离的交通拥堵 / 　　本报北京…电.)
		// (Nor are two lines one title that a wrap cut, the second going on from the first: 古特雷斯谴责马里多地发 / 生的袭击事件.)
		const headedStory =
			run.length === 2 &&
			below?.kind === 'lead' &&
			!hasColumnTag(run[1]!.text) &&
			!(run[0]!.indented && indentedPieces) &&
			!(this.wrapsText && this.goesOnAbove.has(run[1]!.number));
		// (A box the paper prints whole, 速览 or 数读, heads each piece in a line or two over its lead or a line that sums it up
		// over the lead (整治“保健”市场乱象见成效 / 截至1月30日，… / 本报北京…电), or with its figure over what it counts (45.5亿笔 /
		// 网联春节处理跨机构支付交易 / 春节期间，…). Any other header ends the box: a story's, over text with no lead.)
		const wholeBox = this.options.roundupTitles?.has(roundup?.title.replace(/[\s\u3000]+/gu, '') ?? '') === true;
		// (Its title may sit under a place's name, 合肥 / 支持民营经济发展, and over the line that sums it up; a kicker of its own, longer
		// than a label, is a story's: 用政府辛苦指数，换企业发展指数 / 上海优化营商环境再升级.)
		const pieceHeads = run.length > 1 && hasRunningTextPunctuation(run.at(-1)!.text) ? run.slice(0, -1) : run;
		const wholeBoxPiece =
			wholeBox &&
			(((pieceHeads.length === 1 || (pieceHeads.length === 2 && charLength(pieceHeads[0]!.text) <= MAX_LABEL_LENGTH)) &&
				(below?.kind === 'lead' || (below?.kind === 'body' && lines[end + 1]?.kind === 'lead'))) ||
				(run.length === 2 && /^[\d０-９]/u.test(run[0]!.text) && below !== undefined && CONTENT.has(below.kind)));
		const inRoundup =
			(isRoundupTitle(roundup?.title) || wholeBox) &&
			!(this.setsHeadersFlush && !run[0]!.indented) &&
			!flushAfterIndentedPieces &&
			!endsNewsRoundup &&
			!ownLeadAfterOthers &&
			(wholeBox ? wholeBoxPiece : !headedStory) &&
			// (A title over an editor's note opens a feature of its own: 这片热土值得奔赴 / 前不久，… / ——编  者.)
			!(run.length === 1 && this.editorsNoteFrom(end)) &&
			// (After a roundup's pieces excerpted from other papers, each closed by its source, （摘编自《…》…）, a piece that
			// closes on none is a commentary of the paper's own.)
			!(roundup !== undefined && EXCERPTS_ROUNDUP_TITLES.has(roundup.title) && this.unexcerptedPieceFrom(end));
		if (inRoundup && below?.kind !== 'byline' && taggedAt < 0 && !isStandingTitle(run[0]!.text)) return undefined;
		// A header of two lines or more after such a box, headed as none of its pieces is, is the next story's.
		if (wholeBox && !wholeBoxPiece && run.length >= 2 && followedByContent && !this.continuesParagraph(index)) return this.headerOf(run, end);
		if (endsNewsRoundup && !anchored && run.length <= 2)
			return { ...this.headerOf(run, end), guess: `这一行下面没有电头，读作新稿件的标题，不是《${roundup!.title}》里的一条。${HOW_TO_CORRECT}` };
		// Readers' letters (来论) and voices (心声) are sections of one item, each signed with the writer's place
		// or post and name.
		// (Or with their bare names under their titles: 心声 / 更好服务城市运转 / 贾亚灿 / … / 创新的未来在青年 / 郑  辉.)
		if (
			VOICES_TITLES.has(this.items.at(-1)?.title ?? '') &&
			below !== undefined &&
			(parsePostAndName(below.text) || (namedBelowTitle && run.length === 2 && this.closesWithWriterNote(end + 1))) &&
			taggedAt < 0 &&
			!isStandingTitle(run[0]!.text)
		)
			return undefined;
		// Lines like titles at the foot of the page, under a finished item's last paragraph or closing note and
		// over nothing but the page's credits, are an item of their own, as an advertisement prints its
		// slogan (为AI+而生 智算中心全时长储能解决方案): the first is its title.
		const lineAbove = lines[index - 1];
		const atFoot =
			this.items.length > 0 &&
			((lineAbove?.kind === 'body' && SENTENCE_END_MARK.test(lineAbove.text.replace(/[”’]$/u, ''))) || lineAbove?.kind === 'note') &&
			// (A box's label, 小名片, and a short line over facts are the item's own box.)
			charLength(run[0]!.text) >= MIN_FOOT_ITEM_TITLE_LENGTH &&
			// (One short line alone over more lines may be the last paragraph, its full stop lost: a slogan prints spaced
			// clauses. One right over the page's credits is a chart's title, the web edition printing the chart as an item
			// with no text: 读懂国家发展规划法草案, 生态环境法典编纂时间轴.)
			(/\S[\s\u3000]+\S/u.test(run[0]!.text) ||
				run.length >= MIN_FOOT_ITEM_LINES ||
				(run.length === 1 &&
					lines.slice(end).every((line) => line.kind === 'credit') &&
					!PAGE_POINTER.test(run[0]!.text) &&
					// (Where headers are set flush, a line set flush under an indented paragraph is no paragraph of it, and no
					// signature: a picture's title, 出口订单来了, 架桥修路，辛苦了, 清幽（中国画）, whoever signed the text above.)
					((this.flushUnderIndentedParagraph(index) && !/[。；;]/u.test(run[0]!.text)) ||
						// (Under a text signed at its head and of no sections: a letter signs at its foot, 河北保定市某县城南街道居民. A
						// commentary of a column that prints no sections is signed at its head, whether or not the page kept the name:
						// 让军体运动走近大众（军运纵横） / … / 第七届世界军人运动会金牌榜.)
						(((this.items.at(-1)?.authors.length ?? 0) > 0 || isSectionlessCommentary(this.items.at(-1))) &&
							!this.items.at(-1)!.body.some((block) => block.type === 'heading') &&
							!/[，,。；;、！!？?]/u.test(run[0]!.text))))) &&
			!isBoxLabel(run[0]) &&
			this.onlySlogansFrom(end) &&
			!this.endsInVerse() &&
			// (Nor a line of who supported the page, 学术支持：…, or a sentence that trails off.)
			!/[：:]|……$/u.test(run[0]!.text) &&
			// (Nor a chart's title over the points it lists, each after a dot: “十五五”时期…主要指标——创新驱动 / ·全社会研发经费…
			// / … / 数据来源：….)
			!(run.length >= 2 && run.slice(1).every((line) => /^[·•]/u.test(line.text))) &&
			run.every((line) => parseSignatureLine(line.text) === undefined && !isPrintedDate(line.text));
		if (atFoot && !titled && !anchored && !this.options.onlyItemStarts) return { ...this.headerOf(run.slice(0, 1), index + 1), guess: AT_FOOT(run[0]!.text) };
		// (So is the page's last line alone under a text its writer's note closes, （作者单位：…）, （作者为…）: the title of a chart or a
		// picture the web edition printed with no text, 2018年中央企业进一步夯实高质量发展基础. A letter's writer names their place on
		// such a line, but under no note.)
		const aloneUnderWritersNote =
			this.items.length > 0 &&
			run.length === 1 &&
			lineAbove?.kind === 'note' &&
			WRITERS_NOTE.test(lineAbove.text) &&
			lines.slice(end).every((line) => line.kind === 'credit') &&
			charLength(run[0]!.text) >= MIN_FOOT_ITEM_TITLE_LENGTH &&
			parseSignatureLine(run[0]!.text) === undefined;
		if (aloneUnderWritersNote && !titled && !anchored && !this.options.onlyItemStarts)
			return { ...this.headerOf(run, index + 1), guess: UNDER_WRITERS_NOTE(run[0]!.text) };
		// So is the mark of the advertisement that fills the page's foot (广告), alone under a finished text: it is no part of that text.
		// (So is any standing title there, a notice's 启事 that the web edition gave as a picture, its column's tag and all:
		// 图片报道（新中国的“第一”·体育篇）.)
		const standingTitleAtFoot =
			this.items.length > 0 &&
			run.length === 1 &&
			(ADVERT_MARK.test(run[0]!.text) || isStandingTitle(run[0]!.text.replace(columnTagOf(run[0]!.text) ?? '', ''))) &&
			// (Or under a photo's credit or the page's, 本报记者  范昊天摄, 版式设计：蔡华伟: no text goes on from those.)
			(!isUnterminated(textAboveRun) || lines[index - 1]?.kind === 'credit' || lines[index - 1]?.kind === 'caption') &&
			// (Or over the page's credit and then the next item's header, set flush: 图片报道 / 　　本版制图：张丹峰 / 康养故事.)
			(lines.slice(end).every((line) => line.kind === 'credit') || this.creditsThenHeaderFrom(end));
		if (standingTitleAtFoot && !this.options.onlyItemStarts) return this.headerOf(run, index + 1);
		if (!anchored && !opensPage && !startsColumn && !nextBrief && !titled) return undefined;
		// A box's next entry, named over its text, stays in the box, however its last entry closed (…采访整理）).
		if (!anchored && this.namesBoxEntry(run, below)) return undefined;
		// A line that leads into what follows with a dash (放权赋能让基层干部…抓落实——) is a kicker or a
		// heading, never a title: with no title under it, nothing anchored makes it a header.
		if (!anchored && /(?:——|──)$/u.test(run.at(-1)!.text)) return undefined;
		if (!anchored && this.continuesParagraph(index)) return undefined;
		// Three header lines whose first goes on with the unfinished paragraph above: that line is the
		// paragraph's end (…开展收费网络集中公示), and the header starts under it.
		if (run.length >= 3 && this.continuesParagraph(index) && hasRunningTextPunctuation(run[0]!.text)) return undefined;
		// Where headers are set flush and text indented, the writer's bare name may be indented like the
		// text right under the title (让群众体育更有温度 / 　　薛原): the byline, where a surname opens it.
		const indentedNamesBelow =
			this.setsHeadersFlush &&
			below?.indented === true &&
			// (Not who drew the picture under it: 洪  琥绘; nor a letter's label, 回  信 over 田华等8位同志：.)
			below.kind !== 'caption' &&
			!this.opensLetter(end) &&
			parseNameLine(below.text) !== undefined &&
			lines[end + 1]?.indented === true &&
			CONTENT.has(lines[end + 1]!.kind);
		if (namedBelowTitle) return this.headerOf(run.slice(0, -1), end - 1, true);
		// A forum's title over its first part stands alone: the parts are its sections.
		if (this.forumOverLedInParts(run, index)) return this.headerOf(run.slice(0, 1), index + 1);
		// Who stressed it, a name alone before 强调, opens the header of their news: a line above it is an item of its own, a
		// photo's title the web edition gave with no text (初雪 / 王勇强调 / 标准引领创新发展… / 新华社上海…电).
		if (run.length === 3 && /^\p{Script=Han}{2,4}(?:强调|指出)$/u.test(run[1]!.text) && anchored) return this.headerOf(run.slice(0, 1), index + 1);
		// Under a title with its column's tag, a short label over a speaker's words is the first of the parts labelled so
		// (金属文物修复 / 中国文物保护技术协会副理事长韦荃：… / … / 考古探掘 / 四川省考古学会副会长孙智彬：…): no subtitle.
		if (run.length >= 2 && hasColumnTag(run.at(-2)!.text) && this.partsLabelledOverSpeakersFrom(end - 1) >= MIN_LABELLED_PARTS)
			return this.headerOf(run.slice(0, -1), end - 1);
		return { ...this.headerOf(run, end, indentedNamesBelow), afterNews: !anchored && afterNews };
	}

	/**
	 * The text that opens under a header at `end`, its first lines joined as far as a wrap or a column
	 * break may have cut its first sentence: enough to read a document's name the lead gives.
	 */
	private openingText(end: number): string {
		// (Whatever kind each cut piece reads as alone: a wrapped lead's （记者丁怡婷）国家发展改革 is title-like.)
		return this.lines
			.slice(end, end + MAX_OPENING_LINES)
			.map((line) => line.text)
			.join('');
	}

	/**
	 * The header lines with a headline's last words, which a wrap carried onto a line of their own, put back on it (hard-wrap.ts).
	 * (Not a writer's name under the title, with text and no byline or lead under it: 发展县域经济要在特色上做文章 / 踪家峰.)
	 */
	private withHeadlineTails(run: readonly Line[]): Line[] {
		const anchoredUnder = (line: Line) => ANCHORS.has(this.lines.find((other) => other.number > line.number)?.kind ?? 'body');
		return run.reduce<Line[]>((kept, line) => {
			const above = kept.at(-1);
			if (
				above !== undefined &&
				this.goesOnAbove.has(line.number) &&
				isHeadlineTail(line.text) &&
				(parseLoneName(line.text) === undefined || anchoredUnder(line))
			)
				kept[kept.length - 1] = { ...above, text: above.text + line.text };
			else kept.push(line);
			return kept;
		}, []);
	}

	/**
	 * A header from its run of lines (column, kicker…, title, subtitle), with the byline lines from
	 * `end`; `bareNames`: the line at `end` is a byline of bare names.
	 */
	private headerOf(run: Line[], end: number, bareNames = false): Header {
		const lines = this.lines;
		const stack = this.withHeadlineTails(run);
		let column: Line | undefined;
		// Only known column names (or the maintainer's --columns): a short kicker is no column.
		if (stack.length >= 2 && this.columnNames.has(stack[0]!.text)) column = stack.shift();
		let subtitle: Line | undefined;
		// A speech's date and place under its dash subtitle (——在…上的讲话 / （2026年11月12日，深圳）) are
		// that subtitle's, as the paper prints them in one: not a subtitle that makes the title a kicker.
		if (stack.length >= 3 && isDocumentDate(stack.at(-1)) && isSubtitle(stack.at(-2)!.text)) {
			const date = stack.pop()!;
			const dash = stack.pop()!;
			stack.push({ ...date, text: `${dash.text} ${date.text}` });
		}
		const last = stack.at(-1)!;
		// (A document's number under its title is its subtitle: …公告 / 〔2026〕第12号.)
		const numbered = stack.length >= 2 && ORDER_NUMBER.test(last.text) && isNumberedDocumentTitle(stack.at(-2)!.text);
		// (A line marked by an invisible character is a subtitle, but not one that closes with its column's tag, which a
		// title carries: 稳经营、提质效 / ​中央企业推动关键产业向新向优（经济新方位）.)
		// (Nor one under a kicker that leads into it with a dash: 年产生建筑垃圾近3亿吨，江苏如何绿色高效处理—— / ​废渣化身砖料  建起广场步道.)
		const markedSubtitle =
			last.marked && !parseSignatureLine(last.text) && !hasColumnTag(last.text) && !(stack.length === 2 && /[^—]——$/u.test(stack[0]!.text));
		if (stack.length >= 2 && (isSubtitle(last.text) || isDocumentDate(last) || numbered || markedSubtitle)) subtitle = stack.pop();
		// Under a title with its column's tag, the one line left is its subtitle.
		if (!subtitle && stack.length >= 2 && hasColumnTag(stack.at(-2)!.text)) subtitle = stack.pop();
		// Two lines with no dash to tell them apart read as kicker and title, as papers mostly set
		// them, and always over a byline line; over a lead, a short news item may print its title
		// first (readsAsTitleAndSubtitle).
		const overByline = bareNames || lines[end]?.kind === 'byline';
		// (A photo's caption and credit under the lines make them a photo report's header.)
		const overPhoto = lines[end]?.kind !== 'lead' && lines.slice(end, end + MAX_PHOTO_REPORT_LINES).some((line) => line.kind === 'caption');
		if (
			!subtitle &&
			stack.length === 2 &&
			!overByline &&
			!hasColumnTag(stack[1]!.text) &&
			readsAsTitleAndSubtitle(stack[0]!.text, stack[1]!.text, overPhoto, this.openingText(end))
		)
			subtitle = stack.pop();
		if (!subtitle && stack.length === 2 && overByline && readsAsTitleAndSubtitleOverByline(stack[0]!.text, stack[1]!.text)) subtitle = stack.pop();
		// Over a byline, a second line much longer than the first explains it: a subtitle (一张清单为基层干部减负增能 /
		// 浙江湖州推行村社工作事项清单改革，清退“分外事”…), as 新华每日电讯 sets features. Only in a paper that
		// sets its title first: 人民日报 sets a shorter kicker over a longer title there (国家统计局发布数据显示 /
		// 5月份国民经济保持稳中有进发展态势, 全国道德模范风采 / 30年照顾瘫痪邻居的“好大姐”). No place to check: the paper's house
		// style and its byline say it (1 of 68 such places on 新华每日电讯's development pages lay in an item with a miss).
		if (!subtitle && stack.length === 2 && overByline && this.options.titleFirst && readsAsTitleAndExplanation(stack[0]!.text, stack[1]!.text))
			subtitle = stack.pop();
		let guess: string | undefined;
		// A paper that sets its title first (the maintainer says so: --title-first) prints the line that
		// explains it under it; still a place to check.
		if (!subtitle && stack.length === 2 && this.options.titleFirst && !hasColumnTag(stack[1]!.text) && !plainlyKickerAndTitle(stack[0]!.text, stack[1]!.text)) {
			subtitle = stack.pop();
			guess = SUBTITLE_BY_HOUSE_STYLE(subtitle!.text);
		}
		// A kicker and a title read so only because papers mostly stack them that way: a place to check.
		const stackedByHabit = !subtitle && !guess && stack.length === 2 && !plainlyKickerAndTitle(stack[0]!.text, stack[1]!.text);
		if (stackedByHabit) guess = KICKER_WITHOUT_DASH(stack[0]!.text, stack[1]!.text);
		const stackedOverAnchor = stackedByHabit && (overByline || lines[end]?.kind === 'lead');
		// Three lines with no dash: kicker, title, subtitle, as papers stack them (中共中央政治局召开会议 /
		// 分析研究当前经济形势和经济工作 / 中共中央总书记习近平主持会议); so too under a kicker that ends
		// with its dash (新学期开学，校园安全备受关注—— / 守护孩子们的“上学路” / 多地完善…). A dash at the
		// end of the second line ends a kicker of two lines.
		if (!subtitle && stack.length === 3 && !hasColumnTag(stack[2]!.text) && !stack.slice(1).some((line) => /(?:——|──)$/u.test(line.text)))
			subtitle = stack.pop();
		const title = stack.pop()!;
		const bylines: Line[] = [];
		let next = end;
		// The one line of text between a title and the news's dateline is the news's deck, its subtitle (习近平会见美国贸易代表和财政部长 /
		// 指出中美关系是当今世界最重要的双边关系之一。… / 新华社北京2月15日电…), when it reads as one: what a leader said or
		// decided, or facts set off by marks. The news's text opens with its dateline.
		if (!subtitle && this.deckUnder(title, end)) subtitle = lines[next++];
		// (The first of the names under a page's portraits signs nothing: 讲好丝路故事 / 安德烈·切韦廖夫 / 小岛康誉 / ….)
		if (bareNames && !this.inNameList(next)) bylines.push(lines[next++]!);
		// Where headers are set flush, an indented byline is text: a speaker's post and name over what
		// they said (全国人大代表、中国科学院院士  张  三), not the item's byline. Reporters signing under
		// the title are the item's, indented as the page's text is or not.
		while (lines[next]?.kind === 'byline' && !(this.setsHeadersFlush && lines[next]!.indented && !isReportersByline(lines[next]!.text)))
			bylines.push(lines[next++]!);
		// (So is a team's line of names, under a title over text: 樊  杰  李佳洺  郭  锐  陈  东.)
		const teamSigns = parseTeamByline(lines[next]?.text ?? '') !== undefined && lines[next + 1] !== undefined && CONTENT.has(lines[next + 1]!.kind);
		if (bylines.length === 0 && lines[next] !== undefined && (parsePhotoReportByline(lines[next]!.text) !== undefined || teamSigns))
			bylines.push(lines[next++]!);
		return {
			column,
			kicker: stack.length > 0 ? stack : undefined,
			title,
			subtitle,
			bylines,
			next,
			hasBylineLine: bylines.length > 0,
			guess,
			stackedOverAnchor,
		};
	}

	private startItem(header: Header): number {
		if (header.column) {
			this.column = header.column.text;
			this.columns.push({ name: header.column.text, line: header.column.number });
		} else if (header.hasBylineLine || (!header.kicker && isStandingTitle(header.title.text))) {
			// A feature with its own byline line, or an item under a standing title (图片报道), closes
			// the run of briefs under a column.
			this.column = undefined;
		}
		if (header.hasBylineLine) this.keptBylines = true;
		if (header.guess) {
			const place = { line: header.title.number, why: header.guess };
			this.uncertain.push(place);
			if (header.stackedOverAnchor) this.doubtfulWhereUnsigned.add(place);
		}
		for (const byline of header.bylines.filter((line) => namesRunTogetherInDoubt(line.text)))
			this.uncertain.push({ line: byline.number, why: NAMES_RUN_TOGETHER(byline.text) });
		// (Not a byline the page labels as one: 作者：踪家峰.)
		for (const byline of header.bylines.filter(
			(line) =>
				!parseBylineLine(line.text) &&
				!parseSignatureLine(line.text) &&
				this.options.markedFields?.get(line.number) !== 'byline' &&
				(parseLoneName(line.text) ?? parsePenNameUnderTitle(line.text)),
		))
			this.uncertain.push({ line: byline.number, why: LONE_NAME(byline.text) });
		// (A page that labels its fields may print its header's lines in any order: 标题 over 引题.)
		const headerLines = [header.column, ...(header.kicker ?? []), header.title, header.subtitle, ...header.bylines].filter((line) => line !== undefined);
		const first = headerLines.reduce((a, b) => (b.number < a.number ? b : a));
		const last = headerLines.reduce((a, b) => (b.number > a.number ? b : a));
		const printed = [...headerLines].sort((a, b) => a.number - b.number);
		const printedHeader = printed.some((line, i) => line !== headerLines[i]) ? printed.map((line) => line.text) : undefined;
		const item: ParsedItem = {
			order: this.items.length + 1,
			column: this.column,
			kicker: header.kicker?.map((line) => line.text).join(' '),
			title: header.title.text,
			subtitle: header.subtitle?.text,
			byline: header.bylines.length > 0 ? header.bylines.map((line) => line.text).join(' ') : undefined,
			authors: header.bylines.flatMap(
				(line) =>
					parseBylineLine(line.text) ??
					parseSignatureLine(line.text) ??
					parseLoneName(line.text) ??
					parsePhotoReportByline(line.text) ??
					parseTeamByline(line.text) ??
					// (Read as a byline only under a tagged title: 尔冬; or right under a title: 唐方成靳晓曼.)
					parsePenNameUnderTitle(line.text) ??
					parseNamesRunTogetherUnderTitle(line.text) ??
					parsePlaceAndNameUnderTitle(line.text) ??
					parseMixedNamesRunUnderTaggedTitle(line.text) ??
					parsePostAndNameRunOn(line.text) ??
					[],
			),
			body: [],
			figures: [],
			lines: [first.number, last.number],
			...(printedHeader ? { printedHeader } : {}),
		};
		this.items.push(item);
		if (header.afterNews) this.newsAfterNews.add(item);
		return header.next;
	}

	/** Reads the line at `index` into `item` (with the sub-heading under it, if any); returns where to go on. */
	private readBody(index: number, item: ParsedItem): number {
		const line = this.lines[index]!;
		item.lines[1] = line.number;
		// (A credit for every picture above, 以上图片均为新华社发, is no one photo's: a line of its own.)
		if (isCreditOnly(line) && !creditsEveryPicture(line.text) && this.creditsBlockAbove(item, line, this.lines[index - 1]?.number)) return index + 1;
		// Where a photo under its caption came from, alone on a line (图⑤：具身智能示意图。 / 影像中国), is its credit.
		if (PICTURE_SOURCE.test(line.text.trim()) && this.sourceOfFigureAbove(item, index) && this.creditsBlockAbove(item, line, this.lines[index - 1]?.number))
			return index + 1;
		// A caption's last piece under a column break, its credit at its end (…时下，当 / 地抢抓农时….  邓和平摄（人民视觉）):
		// the paragraph above was the caption's start.
		const cutAbove = item.body.at(-1);
		if (
			line.kind === 'caption' &&
			!line.indented &&
			this.cutsParagraphs &&
			this.indentsParagraphs &&
			cutAbove?.type === 'paragraph' &&
			cutAbove.lines[1] === this.lines[index - 1]?.number &&
			isUnterminated(cutAbove.text) &&
			// (Not a paragraph joined across other photos: a caption is one block, and theirs stay theirs.)
			!item.figures.some((figure) => figure.lines[0] > cutAbove.lines[0] && figure.lines[0] < cutAbove.lines[1])
		) {
			item.body.pop();
			const { caption, credit } = splitCaption(joinBrokenParagraph(cutAbove.text, line.text));
			item.figures.push(credit ? { caption, credit, lines: [cutAbove.lines[0], line.number] } : { caption, lines: [cutAbove.lines[0], line.number] });
			return index + 1;
		}
		if (this.continuesCaption(item, index)) {
			const figure = item.figures.at(-1)!;
			const { caption, credit } = splitCaption(joinBrokenParagraph(figure.caption, line.text));
			figure.caption = caption;
			if (credit) figure.credit = credit;
			figure.lines[1] = line.number;
			return index + 1;
		}
		// (Where a wrap carried a paragraph's last words and a credit onto the line, they are that paragraph's: 浙江省科技厅成果转化处 /
		// 供图.)
		const carriedOn = this.separatesBlocks && !this.opensBlock(line) && item.body.at(-1)?.lines[1] === this.lines[index - 1]?.number;
		if (line.kind === 'caption' && !carriedOn) {
			const { caption, credit } = splitCaption(line.text);
			item.figures.push(credit ? { caption, credit, lines: [line.number, line.number] } : { caption, lines: [line.number, line.number] });
			return index + 1;
		}
		// A speaker's label and post that a wrap cut before the name is text, the name's line going on with it (讲述人：杭州老板电器股 /
		// 份有限公司总裁  任富佳), never a heading over a byline.
		// A schedule's line under an event's fact (时间：12月10日 / 日程：中央经济工作会议在京举行) is one more fact: text.
		const factAbove = this.lines[index - 1];
		if (SCHEDULE_LINE.test(line.text) && factAbove !== undefined && item.body.at(-1)?.lines[1] === factAbove.number && isLabelledFact(factAbove.text)) {
			item.body.push({ type: 'paragraph', text: line.text, lines: [line.number, line.number] });
			return index + 1;
		}
		if (this.awaitsNameBelow(index)) {
			item.body.push({ type: 'paragraph', text: line.text, lines: [line.number, line.number] });
			return index + 1;
		}
		// The names under a page's portraits are text, one paragraph each, never headings.
		if (this.inNameList(index)) {
			item.body.push({ type: 'paragraph', text: line.text, lines: [line.number, line.number] });
			return index + 1;
		}
		// A banner feature's part: its headline heads a section, and who speaks is its first paragraph.
		const banner = this.bannerFeatures.get(item);
		if (banner !== undefined && this.bannerPartAt(index, banner.speeches)) {
			const twoLines = banner.speeches && this.twoLineHeadlineAt(index);
			item.body.push({ type: 'heading', depth: 2, text: line.text, lines: [line.number, line.number] });
			if (twoLines) {
				const second = this.lines[index + 1]!;
				item.body.push({ type: 'heading', depth: 3, text: second.text, lines: [second.number, second.number] });
			}
			const speaker = this.lines[index + (twoLines ? 2 : 1)]!;
			item.body.push({ type: 'paragraph', text: speaker.text, lines: [speaker.number, speaker.number] });
			item.lines[1] = speaker.number;
			return index + (twoLines ? 3 : 2);
		}
		const previous = item.body.at(-1);
		// A heading a wrap carried onto the next line goes on there (第三章  授予品种权的 / 条件), as a paragraph would.
		if (
			previous?.type === 'heading' &&
			this.separatesBlocks &&
			!this.opensBlock(line) &&
			line.kind === 'title-like' &&
			previous.lines[1] === this.lines[index - 1]?.number
		) {
			previous.text = joinBrokenParagraph(previous.text, line.text);
			previous.lines[1] = line.number;
			return index + 1;
		}
		if (previous?.type === 'paragraph' && this.continues(previous, line, this.lines[index + 1], this.lines[index - 1])) {
			// Without indents, only the text tells a heading from a piece of a paragraph that a column
			// break cut: where a piece on either side of the join reads like a heading, the join is a
			// place to check.
			if (!this.indentsParagraphs && !this.separatesBlocks) {
				const piece = this.lines[index - 1];
				if (!previous.joins && piece?.number === previous.lines[0] && isSectionHeading(piece))
					this.uncertain.push({ line: piece.number, why: HEADING_OR_CUT_OPENING(piece.text) });
				else if (isSectionHeading(line)) this.uncertain.push({ line: line.number, why: HEADING_OR_CUT_REST(line.text) });
			}
			// (A byline's names go on after the wide space the wrap took: 本报记者  丁怡婷 / 孟祥夫.)
			// (So does a speaker's name after their label and post: 讲述人：传化集团副总裁 / 徐  迅; or after a post alone:
			// 北京大学经济学院院长 / 张  辉.)
			const awaitsName = parseBylineLine(previous.text) !== undefined || speakerAwaitsName(previous.text) || endsWithPersonPost(previous.text);
			const namesGoOn = (awaitsName && parseNameLine(line.text) !== undefined) || this.afterLostGap.has(line.number);
			const piece = this.lines[index - 1];
			const printedGap = piece?.number === previous.lines[1] && this.endsOnPrintedGap(piece) ? piece.trailingSpaces : undefined;
			const joined =
				printedGap !== undefined
					? `${previous.text}${printedGap}${line.text}`
					: namesGoOn
						? `${previous.text}  ${line.text}`
						: joinBrokenParagraph(previous.text, line.text);
			(previous.joins ??= []).push({ line: line.number, at: joined.length - line.text.length });
			previous.text = joined;
			previous.lines[1] = line.number;
			// A lead's names may come only with the wrapped line (本报北京4月25日电 / （记者…）).
			if (item.body.length === 1 && item.authors.length === 0 && item.agency !== undefined) item.authors = parseLead(joined)?.authors ?? [];
			return index + 1;
		}
		// A line of bare names inside an item signs the part above or below it: text, not a heading.
		const next = this.lines[index + 1];
		const afterNext = this.lines[index + 2];
		// An entry of a front page's index (第2版　某地推进乡村振兴) is a line of the index, never a heading.
		if (INDEX_ENTRY.test(line.text)) {
			item.body.push({ type: 'paragraph', text: line.text, lines: [line.number, line.number] });
			return index + 1;
		}
		// A document's opening or closing part's label alone over the part's text (引  言, 结束语) heads that part: two
		// characters spaced as print sets them, it is no name.
		if (DOCUMENT_PART_LABEL.test(line.text.replace(/[\s\u3000]+/gu, '')) && next?.kind === 'body') {
			item.body.push({ type: 'heading', depth: 2, text: line.text, lines: [line.number, line.number] });
			return index + 1;
		}
		// A theory page's numbered heading may run as long as a sentence (一、坚持…思想，是…的根本要求):
		// unfinished, with the section's text under it, where nothing says a column break cut it.
		if (isLongNumberedHeading(line.text) && next?.kind === 'body' && (this.indentsParagraphs ? line.indented && next.indented : !this.cutsParagraphs)) {
			item.body.push({ type: 'heading', depth: 2, text: line.text, lines: [line.number, line.number] });
			return index + 1;
		}
		// The label over a law's table of contents (目  录) heads it, as the chapters after it head theirs.
		if (CONTENTS_LABEL.test(line.text) && isChapterHeading(next)) {
			item.body.push({ type: 'heading', depth: 2, text: line.text, lines: [line.number, line.number] });
			return index + 1;
		}
		// A law's table of contents lists its chapters one under another: entries, not headings; the
		// chapter the text follows is a heading.
		if (isChapterHeading(line)) {
			const entry = isChapterHeading(next);
			item.body.push({
				type: entry ? 'paragraph' : 'heading',
				...(entry ? {} : { depth: 2 as const }),
				text: line.text,
				lines: [line.number, line.number],
			} as BodyBlock);
			return index + 1;
		}
		// A profile's label over the profile that opens a feature (人物小传 / 李桂兰，1962年生，…) is the box's first
		// line, not a section of the story: the paper sets it as text. (A profile boxed at the end keeps its label
		// as a heading, as other boxes do.)
		// (So it is right under the credit of the feature's photos, their captions read as text where one credit covers
		// them all: 王永先在…。 / 王永先在…。 / 以上图片均为…摄 / 人物小传 / 王永先，1950年生，…; or 颜宁在作演讲。 / 影像中国.)
		// (However a column break cuts the profile's first line: 颜宁，1977年11月生，…院长、 / 深圳湾实验室主任。….)
		const above = this.lines[index - 1];
		const underPhotoCredit = above !== undefined && (above.kind === 'caption' || PICTURE_SOURCE.test(above.text.trim()));
		const profileOpens = PROFILE_OPENING.test(next?.text ?? '');
		if (
			(item.body.length === 0 || (underPhotoCredit && profileOpens)) &&
			PROFILE_LABEL.test(line.text) &&
			((next?.kind === 'body' && hasRunningTextPunctuation(next.text)) || profileOpens)
		) {
			item.body.push({ type: 'paragraph', text: line.text, lines: [line.number, line.number] });
			return index + 1;
		}
		// A box's label and its heading, whatever it reads like (延伸阅读 / 液氢涡桨发动机有什么用？).
		// (Not the first piece of the box's paragraph, cut at a column break with its rest set flush under it:
		// 人物小传 / 　　李桂兰，1962年生，吉林省长春市某社区 / 居民，30年如一日….)
		const cutUnder =
			next !== undefined &&
			afterNext !== undefined &&
			this.indentsParagraphs &&
			next.indented &&
			!afterNext.indented &&
			isUnterminated(next.text) &&
			hasRunningTextPunctuation(next.text);
		// (Or over the heading of the box's first section: ■延伸阅读 / 参观养心殿，有哪些看点 / 三希堂 / 闻名遐迩的….)
		const sectionText = this.lines[index + 3];
		const sectionUnder =
			afterNext?.kind === 'title-like' &&
			charLength(afterNext.text) <= MAX_BOX_SECTION_HEADING_LENGTH &&
			sectionText !== undefined &&
			CONTENT.has(sectionText.kind);
		// A section's numbered label over its heading (【场景一】 / 看！无人机进田帮咱施肥), among labels numbered alike: both head it.
		if (
			this.numberedBracketLabelsFrom(index, 0) >= MIN_NUMBERED_BRACKET_LABELS &&
			next?.kind === 'title-like' &&
			afterNext !== undefined &&
			// (Text under them, or a quotation that opens it: 奇！外卖还能“飞着”送来 / “1132，准备起飞！”.)
			!ANCHORS.has(afterNext.kind)
		)
			return this.pushHeadingPair(item, index);
		// (The box's text may open with a piece a column break cut, as short as a title: ■延伸阅读 / 西岭隧道建设难点何在？ /
		// 　　西岭隧道是西安至十堰高速铁路的全线控制性工程， / 线设计，….)
		if (
			isBoxLabel(line) &&
			next?.kind === 'title-like' &&
			afterNext !== undefined &&
			(CONTENT.has(afterNext.kind) || sectionUnder || this.opensCutParagraph(index + 2)) &&
			!cutUnder &&
			// (Where blank lines or a wrap say where blocks end, the heading under the label is a whole block: not a speaker's
			// post a wrap cut, 【专家点评】 / 中国农业大学经济管理学 / 院院长司伟：.)
			(!this.separatesBlocks || this.endsBlock(index + 1))
		) {
			return this.pushHeadingPair(item, index);
		}
		// A box's label set off by its mark or brackets (■留言板, 【记者手记】) heads the box even right over its text.
		if (isBoxLabel(line) && /^[■●◆▲【]/u.test(line.text) && next?.kind === 'body') {
			item.body.push({ type: 'heading', depth: 2, text: line.text, lines: [line.number, line.number] });
			return index + 1;
		}
		// A label in brackets with the quotation it recalls, over the quotation that heads the section, both head it
		// (【献词重温】“到祖国最需要的地方去” / “用一辈子的时间，做一件终生难忘的事” / 今年8月，…).
		if (
			LABELLED_QUOTATION.test(line.text) &&
			charLength(line.text) <= MAX_LABELLED_QUOTATION_LENGTH &&
			next?.kind === 'title-like' &&
			WHOLE_QUOTATION.test(next.text) &&
			this.opensText(index + 2)
		)
			return this.pushHeadingPair(item, index);
		// Who speaks, over the heading of what they say (乌鲁木齐市网约车司机： / 工会解了烦心事): both head a section. So does
		// a label that says how the section looks, over a heading of clauses (全面看运行： / 生产供给继续增长，市场销售持续扩大);
		// a speaker named over such a line is text, the line the heading (青年企业家李某： / 研算法，成果越研越新).
		// (A label of clauses says how the section goes, as no speaker's name does, over a quotation that heads it; so does a
		// label that names no one after a calling: 早日蹚出发展新路： / “在转型发展中实现高质量发展、可持续发展”.)
		const namesSpeakerBefore = (text: string) => CALLING_THEN_NAME.test(text) && endsWithName(text);
		const labelOverQuotation =
			(CLAUSES_LEAD_IN.test(line.text) || (SPEAKER_LEAD_IN.test(line.text) && !namesSpeakerBefore(line.text.slice(0, -1)))) &&
			next !== undefined &&
			WHOLE_QUOTATION.test(next.text);
		if (
			(SPEAKER_LEAD_IN.test(line.text) || labelOverQuotation) &&
			!LIST_LEAD_IN.test(line.text) &&
			(isSectionHeading(next) || labelOverQuotation || (isLooseHeading(next) && !endsWithName(line.text.slice(0, -1)))) &&
			// (The text may open with the keyword of what they say: 国家发展和改革委员会主任郑栅洁： / 中国对实现…充满信心 /
			// 关键词：预期目标 / 政府工作报告提出，….)
			(this.opensText(index + 2) || (KEYWORD_LABEL.test(afterNext?.text ?? '') && this.opensText(index + 3))) &&
			this.endsBlock(index) &&
			this.endsBlock(index + 1)
		) {
			const at = this.pushHeadingPair(item, index);
			if (KEYWORD_LABEL.test(afterNext!.text)) {
				item.body.push({ type: 'paragraph', text: afterNext!.text, lines: [afterNext!.number, afterNext!.number] });
				item.lines[1] = afterNext!.number;
				return at + 1;
			}
			return at;
		}
		// A time of day and a place over what was done there, two characters spaced out (上午10点半，村新时代文明实践站 /
		// 授  课), or the section's own heading (6时，重庆轨道交通4号线石船站 / “背篓专线”，卖菜方便): a heading and its sub-heading.
		if (
			TIME_AND_PLACE_HEADING.test(line.text) &&
			next !== undefined &&
			(SPACED_PAIR.test(next.text) || isSectionHeading(next) || isLooseHeading(next)) &&
			// (Not a paragraph's first line, wrapped at a narrow column: 上午9点，上海张江科学城内，数万 / 名生物医药….)
			this.endsBlock(index) &&
			this.endsBlock(index + 1) &&
			!this.opensCutParagraph(index) &&
			this.opensText(index + 2)
		) {
			return this.pushHeadingPair(item, index);
		}
		// A short label over a heading and its sub-heading (拼营销 / 从“网红”到“长红” / 企业各出奇招): three
		// headings, where the label stands alone over them and text follows.
		// (The label may be one character, a keyword of the section's heading: 强 / 实力更强 / 5年经济增量预计超35万亿元.)
		const oneCharacterLabel = charLength(line.text) === 1 && line.kind === 'title-like' && next !== undefined && next.text.includes(line.text);
		if (
			SECTION_LABEL.test(line.text) &&
			(isSectionHeading(line) || oneCharacterLabel) &&
			isSectionHeading(next) &&
			(isSectionHeading(afterNext) || (oneCharacterLabel && isLooseHeading(afterNext))) &&
			parseSignatureLine(line.text) === undefined &&
			parseSignatureLine(next.text) === undefined &&
			parseSignatureLine(afterNext.text) === undefined &&
			!this.endsInVerse() &&
			this.endsBlock(index) &&
			this.endsBlock(index + 1) &&
			this.endsBlock(index + 2) &&
			this.opensText(index + 3)
		) {
			item.body.push({ type: 'heading', depth: 2, text: line.text, lines: [line.number, line.number] });
			item.lines[1] = line.number;
			return index + 1;
		}
		// So does a short label over one heading and then text, where the item heads its sections so throughout, each label
		// as long (解民忧 / 努力解决“赶趟难”“请假难”“应急难” / … / 添活力 / 科学调配人力，科技深度赋能 / …).
		if (
			SECTION_LABEL.test(line.text) &&
			charLength(line.text) >= 2 &&
			line.kind === 'title-like' &&
			(isSectionHeading(next) || isLooseHeading(next)) &&
			parseSignatureLine(next.text) === undefined &&
			this.endsBlock(index) &&
			this.endsBlock(index + 1) &&
			this.opensText(index + 2) &&
			this.labelsAlike(item, index)
		)
			return this.pushHeadingPair(item, index);
		// A part's number alone over the part's heading and sub-heading (1 / 一套“组合拳” / 设计序贯疗法…), the heading
		// a question as often (1 / 夏粮大盘稳不稳？ / 部分地区有减产，…).
		// A question labelled 问 on a line of its own, over the question and its answer: the label and the question head the
		// section (问 / 当前我国粮食安全整体情况如何？… / 2025年，…), as a press conference's answers are set.
		if (
			QUESTION_LABEL.test(line.text) &&
			// (The question may state a fact first: 2026年是开展常态化帮扶的第一年。…政策该如何发力？)
			(next?.kind === 'title-like' || next?.kind === 'body') &&
			/[？?]$/u.test(next.text) &&
			afterNext !== undefined &&
			(afterNext.kind === 'body' || afterNext.kind === 'title-like') &&
			this.endsBlock(index) &&
			this.endsBlock(index + 1)
		)
			return this.pushHeadingPair(item, index);
		const questionUnder = next?.kind === 'title-like' && QUESTION_HEADING.test(next.text);
		if (isPartNumberAlone(line) && (isSectionHeading(next) || isLooseHeading(next) || questionUnder) && this.endsBlock(index)) {
			item.body.push({ type: 'heading', depth: 2, text: line.text, lines: [line.number, line.number] });
			item.lines[1] = line.number;
			return index + 1;
		}
		if (
			isHeadingLeadIn(line) &&
			(isSectionHeading(next) || isLooseHeading(next)) &&
			parseSignatureLine(next.text) === undefined &&
			afterNext !== undefined &&
			(afterNext.kind !== 'title-like' || this.opensCutParagraph(index + 2) || this.asksOverText(index + 2)) &&
			this.endsBlock(index + 1)
		) {
			return this.pushHeadingPair(item, index);
		}
		// A short line that leads with a dash into the heading under it heads the section with it (把握大势，促进增长—— /
		// “向国际社会传递…的信心” / text), inside an item whose text has begun; over a byline or a lead it is the next
		// item's kicker instead.
		if (
			line.kind === 'title-like' &&
			leadsInWithDash(line.text) &&
			charLength(line.text) <= MAX_DASH_LEAD_IN_LENGTH &&
			next !== undefined &&
			// (The heading may be a long one of clauses: 思想领航—— / 永葆赶考的清醒和坚定，把党的自我革命的思路举措搞得更加严密.)
			(isSectionHeading(next) || isLooseHeading(next) || isLongPairedHeading(next)) &&
			!leadsInWithDash(next.text) &&
			parseSignatureLine(next.text) === undefined &&
			!hasColumnTag(next.text) &&
			!this.opensCutParagraph(index + 1) &&
			!this.continuesParagraph(index + 1) &&
			this.endsBlock(index + 1) &&
			// (Or over a heading of two lines, each a clause: 河南信阳—— / 汽车换新扩围 / 点燃消费热情 / text; or over the label
			// in brackets of the section's first part: 从农机到农技—— / 南柳村有“两把刷子” / 【课文】 / text.)
			(this.lines[index + 2]?.kind === 'body' ||
				(isSectionHeading(this.lines[index + 2]) && this.opensText(index + 3)) ||
				(BRACKET_LABEL.test(this.lines[index + 2]?.text ?? '') && this.opensText(index + 3))) &&
			item.body.some((block) => block.type === 'paragraph')
		)
			return this.pushHeadingPair(item, index);
		// The label of a reader's question, over it (读者关切 / 我的母亲是一位失能老人，…), runs into it as the web edition sets
		// it: a paragraph of the item, never a section's heading.
		if (READER_QUESTION_LABEL.test(line.text) && next !== undefined && (next.kind === 'body' || this.opensCutParagraph(index + 1))) {
			item.body.push({ type: 'paragraph', text: line.text, lines: [line.number, line.number] });
			return index + 1;
		}
		// A label of two characters spaced out over a whole quotation heads a section with it, however long the quotation,
		// in an item whose sections are so headed (谋  划 / “经济发展战略要有基础性工作…” … 问  计 / “采取各种方式，广泛吸收…”).
		if (
			line.kind === 'title-like' &&
			SPACED_PAIR.test(line.text) &&
			next !== undefined &&
			WHOLE_QUOTATION.test(next.text) &&
			charLength(next.text) <= MAX_LABELLED_QUOTATION_LENGTH &&
			item.body.some((block) => block.type === 'heading') &&
			this.opensText(index + 2)
		)
			return this.pushHeadingPair(item, index);
		// In an item with sections, a line standing alone that the paragraph under it quotes word for word is a heading drawn
		// from it, as reports of a speech head their sections (更好团结带领广大青年和青年学生在党的旗帜下奋进新征程、创造新业绩 /
		// 习近平总书记强调：“…更好团结带领…”): the first piece of a paragraph cut at a column break never recurs in the rest
		// of it. (Before any section, it may be the next item's title, which a commentary's first paragraph may echo.)
		if (
			line.kind === 'title-like' &&
			next?.kind === 'body' &&
			this.endsBlock(index) &&
			this.quotedBelow(index) &&
			item.body.some((block) => block.type === 'heading')
		) {
			item.body.push({ type: 'heading', depth: 2, text: line.text, lines: [line.number, line.number] });
			return index + 1;
		}
		// Long headings of two clauses or more, as theory articles head their parts (首次明确组织建设的基本布局，实现了组织建设
		// 核心要素、主体内容的科学配置和有机集成), stand alone between paragraphs with no sentence ended: two or more in
		// one item head its sections (one alone may be a sentence that lost its full stop).
		// (Or one over the item's other section headings, shorter ones: 深入学习领会…历史逻辑、理论逻辑和实践逻辑 over 深刻把握…丰富内涵.)
		if (
			this.standsAsLongHeading(index) &&
			(item.body.some((block) => block.type === 'heading') || this.longHeadingFollows(index) || this.sectionHeadingFollows(index))
		) {
			item.body.push({ type: 'heading', depth: 2, text: line.text, lines: [line.number, line.number] });
			return index + 1;
		}
		// Short questions standing alone over text, three or more in one item, head its sections (什么是公物仓？ /
		// 公物仓怎样建？ / 公物仓如何更高效？); one or two are questions the text asks itself.
		if (
			line.kind === 'title-like' &&
			QUESTION_HEADING.test(line.text) &&
			next?.kind === 'body' &&
			this.questionHeadings(item, index) >= MIN_QUESTION_HEADINGS
		) {
			item.body.push({ type: 'heading', depth: 2, text: line.text, lines: [line.number, line.number] });
			return index + 1;
		}
		// (A label shaped as one of the item's headings is one, over the heading it labels, though it reads as a place and
		// a name: 智能化  全覆盖 / 科技赋能生态系统保护, after 微改造  少干预 / 打造城市自然栖息地.)
		const shapedLikeHeadings =
			line.kind === 'title-like' && headedAlike(item, line.text) && (isSectionHeading(next) || isLooseHeading(next)) && this.opensText(index + 2);
		// (So is a question over the answer that heads its section, where the page heads two sections or more so: 为何新成立一家央企？ /
		// 重组整合再生资源等相关资产和业务 / 2024年10月18日，….)
		// (Under a part's number, 1 / 秋粮大盘稳不稳？ / 部分地区有减产…, each heads the part as its number does.)
		const questionOverAnswer =
			next !== undefined &&
			line.kind === 'title-like' &&
			item.body.at(-1)?.type !== 'heading' &&
			this.answersQuestionAt(index) &&
			this.questionsOverAnswers() >= MIN_QUESTIONS_OVER_ANSWERS;
		// (So is a long line over the reporter's question in an interview, its clauses parted by enumeration commas only:
		// 充分认识完善社会治理体系、推动社会工作高质量发展的重大意义 / 记者：….)
		const overInterviewQuestion =
			isEnumeratingHeading(line) &&
			next !== undefined &&
			/^(?:记者|问)[：:]/u.test(next.text) &&
			item.body.some((block) => block.type === 'paragraph') &&
			/[。！？!?”]$/u.test(item.body.at(-1)?.text ?? '');
		// A heading is whole: a short unfinished line that a column break cut from its paragraph is not one.
		// Nor is a line of a poem, among the lines of verse above it (a poem's stanza can end with a short line).
		if (
			!(this.endsInVerse() && !isNumberedHeading(line)) &&
			(isSectionHeading(line) ||
				(isLooseHeading(line) && this.endsBlock(index)) ||
				(isLongPairedHeading(line) && item.body.some((block) => block.type === 'paragraph') && this.endsBlock(index)) ||
				shapedLikeHeadings ||
				questionOverAnswer ||
				overInterviewQuestion) &&
			// (A heading that reads like a name, 强科技, is one among the item's headings of its length: 稳就业, 促消费;
			// so is two characters spaced out over the heading they label, 烦  恼 / 滥用人脸识别，信息储存不当; and a short
			// label the item's title names, over the heading it labels: 向稳 / 制造业增加值占GDP比重25.7%, under 工业经济向稳向新向优发展.)
			(parseSignatureLine(line.text) === undefined ||
				amongHeadingsLikeIt(item, line.text) ||
				shapedLikeHeadings ||
				(SECTION_LABEL.test(line.text) && item.title.includes(line.text) && (isSectionHeading(next) || isLooseHeading(next)) && this.opensText(index + 2)) ||
				(SPACED_PAIR.test(line.text) && (isSectionHeading(next) || isLooseHeading(next)) && this.opensText(index + 2)) ||
				// (So are three or more such pairs over text, parallel in their first character: 共  生 / … / 共  荣 / … / 共  融.)
				(SPACED_PAIR.test(line.text) && this.opensText(index + 1) && this.parallelSpacedPairs(item, index) >= MIN_PARALLEL_SPACED_PAIRS)) &&
			!isCollectiveSignature(line.text) &&
			!this.closesLetter(index) &&
			!this.opensCutParagraph(index)
		) {
			// A heading and the sub-heading printed under it, with text below them. (After lines of
			// verse, a line over a byline or a lead is the next item's title: 照见旧时的窗 / 中国队夺得男团冠军 / 本报记者….)
			// (A heading of two short clauses may stand over the quotation that sums the section up: 补短板、提性能 / “之前老机子…”.)
			const quotationUnder = isLooseHeading(line) && isLooseHeading(next) && WHOLE_QUOTATION.test(next.text);
			// (In an item whose sections are headed by pairs, any line with no sentence ended under a heading is its sub-heading,
			// a figure or a clause however long: 知识产权服务达到新水平 / 企业发明专利产业化率从2020年的44.9%提升至2024年的53.3%.)
			const underPairs =
				item.body.some((block) => block.type === 'heading' && block.depth === 3) &&
				next?.kind === 'title-like' &&
				isUnterminated(next.text) &&
				!/[。；;！!？?]/u.test(next.text) &&
				charLength(next.text) <= MAX_STANDALONE_HEADING_LENGTH &&
				this.endsBlock(index + 1);
			// (Not a schedule's first line over its second, 时间：12月10日 / 日程：中央经济工作会议在京举行: both are text.)
			const scheduleUnder = next !== undefined && SCHEDULE_LINE.test(next.text) && !SCHEDULE_LINE.test(line.text) && this.endsBlock(index + 1);
			if (
				(isSectionHeading(next) ||
					underPairs ||
					((isLongPairedHeading(next) || isLooseHeading(next)) && isSectionHeading(line) && this.endsBlock(index + 1)) ||
					// (So may a question set without its mark, over the answer that heads the section: 既要起步快更要停得稳，如何实现 /
					// 研发新材料，升级响应系统，提升制动性能.)
					((isLongPairedHeading(next) || isLooseHeading(next)) && UNMARKED_QUESTION.test(line.text) && this.endsBlock(index + 1)) ||
					(quotationUnder && this.endsBlock(index + 1)) ||
					scheduleUnder ||
					questionOverAnswer) &&
				!(this.endsInVerse() && ANCHORS.has(afterNext?.kind ?? 'body')) &&
				// (Who drew a cartoon and wrote its verse heads nothing: the title under them is the next item's, 魏  寅图  实  思文 /
				// 上好理论必修课.)
				!DRAWN_AND_WRITTEN.test(line.text) &&
				parseSignatureLine(next.text) === undefined &&
				!isStandingTitle(next.text) &&
				!hasColumnTag(next.text) &&
				!speakerAwaitsName(next.text) &&
				!this.opensCutParagraph(index + 1) &&
				this.opensText(index + 2) &&
				// (Where blank lines or a wrap say where blocks end, the sub-heading is a whole block: not a post a wrap cut,
				// 内蒙古农业大学草原学院 / 院长  周  明.)
				(!this.separatesBlocks || this.endsBlock(index + 1)) &&
				!(this.setsHeadersFlush && next.indented !== line.indented)
			) {
				return this.pushHeadingPair(item, index);
			}
			// Under a report on several laws at once, a part's title over its reporter's byline is text, as the paper's
			// web edition sets it (让群众更便捷地获得社会救助 / 本报记者  彭  波): the archive makes no heading the
			// source does not mark (plain-subheads.ts). So is one over a lead by a reporter who signed its parts.
			const partSigned = next?.kind === 'byline' || (next?.kind === 'lead' && this.leadByPartsReporter(item, next.text));
			if (partSigned && UMBRELLA_TITLE.test(item.title) && item.agency === undefined) {
				item.body.push({ type: 'paragraph', text: line.text, lines: [line.number, line.number] });
				return index + 1;
			}
			// A heading has text below it (a short line that ends the page is a paragraph), possibly
			// after a question printed as a paragraph of its own (为什么要坚持走好网上群众路线？).
			if (
				next &&
				(next.kind !== 'title-like' ||
					this.opensCutParagraph(index + 1) ||
					parseSignatureLine(next.text) !== undefined ||
					// A short sentence that trails off or exclaims is text (工业厂房集中连片，…重卡来来往往……),
					// and so is an exclamation or a question over more text (50分26秒完赛！), said or not
					// (“刘局长，沈阳玩冰推荐哪里？”).
					trailsOff(next.text) ||
					this.asksOverText(index + 1) ||
					this.leadsIntoText(index + 1))
			) {
				item.body.push({ type: 'heading', depth: 2, text: line.text, lines: [line.number, line.number] });
				return index + 1;
			}
		}
		// (A lead wrapped across lines is read from its first two: 新华社内比都4月25日 / 电  （记者…）.)
		const lead =
			item.body.length === 0 && line.kind === 'lead' ? (parseLead(line.text) ?? parseLead(line.text + (this.lines[index + 1]?.text ?? ''))) : undefined;
		if (lead) {
			item.agency = lead.agency;
			item.dateline = lead.dateline;
			if (item.authors.length === 0) item.authors = lead.authors;
			const who = /[（(]([^）)]{1,60})[）)]/u.exec(line.text)?.[1];
			if (who !== undefined && namesRunTogetherInDoubt(who) && item.authors === lead.authors)
				this.uncertain.push({ line: line.number, why: NAMES_RUN_TOGETHER(who) });
		}
		item.body.push({ type: 'paragraph', text: line.text, lines: [line.number, line.number] });
		return index + 1;
	}

	/** The line at `index` and the one under it, a section's heading and its sub-heading; the index after them. */
	/**
	 * Whether the line at `index`, with no sentence ended in it, recurs word for word in the paragraph under it
	 * (in its first line, and the piece after it where a column break cut it): a heading quoting the text it heads.
	 */
	private quotedBelow(index: number): boolean {
		const { text } = this.lines[index]!;
		if (charLength(text) < MIN_QUOTED_HEADING_LENGTH || charLength(text) > MAX_STANDALONE_HEADING_LENGTH || /[。！？!?；;：:“”]/u.test(text)) return false;
		const below = this.lines[index + 1]!.text + (this.cutsParagraphs && !this.endsBlock(index + 1) ? (this.lines[index + 2]?.text ?? '') : '');
		return below.includes(text);
	}

	/** Whether the text from `index` gives voices: quotations, each over its speaker named after a dash, two or more. */
	private voicesFrom(index: number): boolean {
		const attributions = this.lines.slice(index, index + MAX_VOICES_LOOKAHEAD).filter((line) => DASH_ATTRIBUTION.test(line.text));
		// (Where blank lines or a wrap say where blocks end, the first quotation may be cut short of a mark that its block holds.)
		const text =
			this.lines[index]?.kind === 'body' || (this.separatesBlocks && this.opensBlockOfLines(index) && hasRunningTextPunctuation(this.blockTextFrom(index)));
		return text && attributions.length >= MIN_VOICES;
	}

	/**
	 * How many voices follow from `index`, each a speaker over what they said (外卖员刘一飞（25岁）： / 虽然是…): the box
	 * of voices that closes a feature, under its label (心声).
	 */
	private speakersFrom(index: number): number {
		let voices = 0;
		for (let at = index; at < Math.min(this.lines.length - 1, index + MAX_VOICES_LOOKAHEAD); at += 2) {
			if (!VOICE_SPEAKER.test(this.lines[at]!.text) || !hasRunningTextPunctuation(this.lines[at + 1]!.text)) break;
			voices++;
		}
		return voices;
	}

	/**
	 * Whether the line at `index` stands alone between two paragraphs as a long heading does: clauses parted by
	 * commas, no sentence ended in it or after it, under a finished paragraph and over text.
	 */
	private standsAsLongHeading(index: number): boolean {
		const line = this.lines[index]!;
		return (
			(line.kind === 'title-like' || line.kind === 'body') &&
			longHeadingBetweenParagraphs(this.lines, index) &&
			isUnterminated(line.text) &&
			!hasColumnTag(line.text) &&
			this.endsBlock(index) &&
			!this.opensCutParagraph(index)
		);
	}

	/** Whether a section heading stands alone between paragraphs under the line at `index`, before the next byline or lead. */
	private sectionHeadingFollows(index: number): boolean {
		for (let i = index + 1; i < this.lines.length && !ANCHORS.has(this.lines[i]!.kind); i++) {
			const [above, line, below] = [this.lines[i - 1]!, this.lines[i]!, this.lines[i + 1]];
			if (isSectionHeading(line) && above.kind === 'body' && /[。！？!?”]$/u.test(above.text) && below?.kind === 'body' && this.endsBlock(i)) return true;
		}
		return false;
	}

	/** Whether another long heading stands in the text under the line at `index`, before the next byline or lead. */
	private longHeadingFollows(index: number): boolean {
		for (let i = index + 1; i < this.lines.length && !ANCHORS.has(this.lines[i]!.kind); i++) if (this.standsAsLongHeading(i)) return true;
		return false;
	}

	/**
	 * Whether `run`, one short line, names the next entry of a box the item above holds (■链接 / 高能同步辐射光源 / … /
	 * （本报记者…采访整理） / 合肥光源 / 合肥光源是…): the paragraph under it opens with that name, as each entry's does.
	 */
	private namesBoxEntry(run: readonly Line[], below: Line | undefined): boolean {
		const body = this.items.at(-1)?.body ?? [];
		const boxAt = body.findIndex((block) => block.type === 'heading' && isBoxLabelText(block.text));
		if (run.length !== 1 || below === undefined || hasColumnTag(run[0]!.text) || boxAt < 0) return false;
		if (below.text.startsWith(run[0]!.text)) return true;
		// (So is an entry under its own title where the box's entries are titled and each closed by its reporter, as the one
		// above was: 链接 / 燃气轮机换上“氢心脏” / … / （本报记者  丁怡婷） / 南极有个能抗冻的神奇电池 / ….)
		const entries = body.slice(boxAt + 1);
		const last = entries.at(-1);
		return below.kind === 'body' && entries.some((block) => block.type === 'heading') && last?.type === 'paragraph' && CLOSING_REPORTERS.test(last.text);
	}

	/**
	 * Whether the short label at `index` (SECTION_LABEL) has a twin as long in the same item, over a heading too: a label the
	 * item has read already, or one below before the next anchored line. (A twin that reads as no name says that a label
	 * which does, 解民忧 beside 添活力 and 促长效, is a label all the same.)
	 */
	/**
	 * Whether the line at `index` is a label like the item's section labels (sectionLabelsAlike) over a heading, or a question,
	 * that a name signs: a section someone wrote for the item, no item of its own.
	 */
	private labelledSectionAt(index: number): boolean {
		const [label, heading, signer] = [this.lines[index]!, this.lines[index + 1], this.lines[index + 2]];
		const item = this.items.at(-1);
		return (
			item !== undefined &&
			label.kind === 'title-like' &&
			// (However it reads as a name: 花笺, like 溯源 and 韵致 above it.)
			SECTION_LABEL.test(label.text) &&
			heading?.kind === 'title-like' &&
			(/[？?]$/u.test(heading.text) || isSectionHeading(heading) || isLooseHeading(heading)) &&
			!hasColumnTag(heading.text) &&
			signer !== undefined &&
			(signer.kind === 'byline' || parseSignatureLine(signer.text) !== undefined) &&
			this.sectionLabelsAlike(item, label.text) >= MIN_LABELLED_SECTIONS
		);
	}

	/**
	 * Whether the line at `index` is one character alone between the item's paragraphs, and the item heads MIN_ONE_CHARACTER_SECTIONS
	 * sections or more so before its next byline or lead (路 / 富 / 福).
	 */
	private oneCharacterSectionAt(index: number): boolean {
		const item = this.items.at(-1);
		const isLabel = (at: number) =>
			ONE_CHARACTER.test(this.lines[at]?.text ?? '') && this.lines[at - 1]?.kind === 'body' && this.lines[at + 1]?.kind === 'body';
		if (item === undefined || !item.body.some((block) => block.type === 'paragraph') || !isLabel(index)) return false;
		return this.sectionsInItem(item, index, isLabel) >= MIN_ONE_CHARACTER_SECTIONS;
	}

	/** How many of the item's headings are labels as long as `label` over a heading of their own (溯源 / 千秋万载花不败). */
	private sectionLabelsAlike(item: ParsedItem, label: string): number {
		const length = charLength(label);
		return item.body.filter(
			(block, i) =>
				block.type === 'heading' &&
				SECTION_LABEL.test(block.text) &&
				charLength(block.text) === length &&
				parseSignatureLine(block.text) === undefined &&
				item.body[i + 1]?.type === 'heading',
		).length;
	}

	private labelsAlike(item: ParsedItem, index: number): boolean {
		const length = charLength(this.lines[index]!.text);
		const alike = (text: string) => SECTION_LABEL.test(text) && charLength(text) === length && parseSignatureLine(text) === undefined;
		if (item.body.some((block, i) => block.type === 'heading' && alike(block.text) && item.body[i + 1]?.type === 'heading')) return true;
		for (let i = index + 2; i < this.lines.length && !ANCHORS.has(this.lines[i]!.kind); i++) {
			const [label, heading] = [this.lines[i]!, this.lines[i + 1]];
			if (label.kind === 'title-like' && alike(label.text) && (isSectionHeading(heading) || isLooseHeading(heading))) return true;
		}
		return false;
	}

	/**
	 * Whether the line at `index` heads a section over a dash sub-heading, text under them (以图强之志立心 / ——坚守办学方向，
	 * 为党育人为国育才 / …), inside a signed item that heads MIN_DASH_SUBHEADED_SECTIONS sections or more so before its next
	 * byline or lead. A title over its dash subtitle heads an item only over a byline or a lead.
	 */
	private dashSubheadedSectionAt(index: number): boolean {
		const item = this.items.at(-1);
		// (Signed by its agency's reporters with no names too: 新华社记者.)
		if (item === undefined || (item.authors.length === 0 && item.byline === undefined) || !this.headsDashSubheadedSection(index)) return false;
		// (Not news that opens with its dateline and heads no section yet: signed only by its lead, it heads none so, and a title
		// over its dash subtitle under it is the next item's, 赵克志、周强、张军出席。 / 在星星火炬指引下蓬勃发展 / ——记….)
		const first = item.body[0];
		if (item.byline === undefined && first?.type === 'paragraph' && parseLead(first.text) !== undefined && !item.body.some((block) => block.type === 'heading'))
			return false;
		// (Where headers are set flush, a section's lines are indented as its text is.)
		if (this.setsHeadersFlush && !(this.lines[index]!.indented && this.lines[index + 1]!.indented)) return false;
		return this.sectionsInItem(item, index, (at) => this.headsDashSubheadedSection(at)) >= MIN_DASH_SUBHEADED_SECTIONS;
	}

	/** How many lines from `item`'s first to the next byline or lead after `index` head a section so (`heads`). */
	private sectionsInItem(item: ParsedItem, index: number, heads: (at: number) => boolean): number {
		let sections = 0;
		for (let at = this.lines.findIndex((line) => line.number === item.lines[0]); at < this.lines.length; at++) {
			if (at > index && ANCHORS.has(this.lines[at]!.kind)) break;
			if (heads(at)) sections++;
		}
		return sections;
	}

	/** Whether a short heading at `index` stands over a dash sub-heading (——…, a clause or more) and text. */
	private headsDashSubheadedSection(index: number): boolean {
		const [line, next, text] = [this.lines[index], this.lines[index + 1], this.lines[index + 2]];
		return (
			(isSectionHeading(line) || isLooseHeading(line)) &&
			!isSubtitle(line.text) &&
			!hasColumnTag(line.text) &&
			next?.kind === 'title-like' &&
			isSubtitle(next.text) &&
			charLength(next.text) >= MIN_DASH_SUBHEADING_LENGTH &&
			text !== undefined &&
			(text.kind === 'body' || this.opensCutParagraph(index + 2))
		);
	}

	private pushHeadingPair(item: ParsedItem, index: number): number {
		const [heading, subheading] = [this.lines[index]!, this.lines[index + 1]!];
		item.body.push({ type: 'heading', depth: 2, text: heading.text, lines: [heading.number, heading.number] });
		item.body.push({ type: 'heading', depth: 3, text: subheading.text, lines: [subheading.number, subheading.number] });
		item.lines[1] = subheading.number;
		return index + 2;
	}

	/**
	 * A photo credit printed on a line of its own under the caption it belongs to (a caption with no
	 * credit yet, or the paragraph of a photo report): it becomes that caption's credit.
	 */
	/** Whether the line at `index` stands right under the caption of the item's last figure. */
	private sourceOfFigureAbove(item: ParsedItem | undefined, index: number): boolean {
		const figure = item?.figures.at(-1);
		const above = this.lines[index - 1]?.number;
		if (figure !== undefined && figure.lines[1] === above) return true;
		// (Or under a short sentence right above, among the captioned photos an item opens with: 玉门关遗址外景。 /
		// 施  觉摄（影像中国） / 良渚古城遗址公园。 / 影像中国.)
		// (Or under the one photo's caption, read as the item's first text: 颜宁在作演讲。 / 影像中国.)
		const paragraph = item?.body.at(-1);
		return (
			(figure !== undefined || item!.body.length === 1) &&
			paragraph?.type === 'paragraph' &&
			paragraph.lines[0] === above &&
			paragraph.lines[1] === above &&
			item!.body.length <= MAX_CAPTIONS_BEFORE_TEXT &&
			charLength(paragraph.text) <= MAX_CAPTION_SENTENCE_LENGTH &&
			!isUnterminated(paragraph.text)
		);
	}

	private creditsBlockAbove(item: ParsedItem, line: Line, lineAbove: number | undefined): boolean {
		const figure = item.figures.at(-1);
		const paragraph = item.body.at(-1);
		const lastLine = Math.max(figure?.lines[1] ?? 0, paragraph?.lines[1] ?? 0);
		// Only the block printed right above it: a credit line or anything else in between parts them.
		if (lastLine !== lineAbove) return false;
		if (figure && figure.lines[1] === lastLine && figure.credit === undefined) {
			figure.credit = line.text;
			figure.lines[1] = line.number;
			return true;
		}
		// A credit the wrap cut after its role and a name goes on in the credit under it (本报记者  李  晓明 / 张  华摄（人民视觉）).
		if (figure && figure.lines[1] === lastLine && figure.credit !== undefined && PHOTO_ROLE.test(figure.credit) && !/摄/u.test(figure.credit)) {
			figure.credit = `${figure.credit.trimEnd()}  ${line.text.trim()}`;
			figure.lines[1] = line.number;
			return true;
		}
		// Where the photo came from, under its credit (新华社记者  钱  丁摄 / 资料图片), is more of the credit.
		if (figure && figure.lines[1] === lastLine && PICTURE_SOURCE.test(line.text.trim())) {
			figure.credit = `${figure.credit}  ${line.text.trim()}`;
			figure.lines[1] = line.number;
			return true;
		}
		// A paragraph joined across column breaks is the caption only when it is the item's only text (a photo report).
		const spansFigure = item.figures.some((f) => paragraph !== undefined && f.lines[0] > paragraph.lines[0] && f.lines[0] < paragraph.lines[1]);
		if (
			paragraph?.type === 'paragraph' &&
			paragraph.lines[1] === lastLine &&
			(!paragraph.joins || item.body.length === 1) &&
			!isUnterminated(paragraph.text) &&
			// (A line of credits is whole but captions nothing: 版式设计：蔡华伟 / 图片来源：人民视觉.)
			!isCreditLine(paragraph.text) &&
			!pointsElsewhere(paragraph.text) &&
			!spansFigure
		) {
			item.body.pop();
			item.figures.push({ caption: paragraph.text, credit: line.text, lines: [paragraph.lines[0], line.number] });
			return true;
		}
		return false;
	}

	/**
	 * Whether the line at `index` is a question or an exclamation, said or not (哪些数据属于公共数据？,
	 * “刘局长，沈阳玩冰推荐哪里？”), with text under it: the first line of a section, under its heading.
	 */
	private asksOverText(index: number): boolean {
		const [line, below] = [this.lines[index], this.lines[index + 1]];
		// (Text under it may open with a paragraph's first piece, a column break cutting it short, or with someone's words
		// quoted whole, clauses and all: “我女儿两岁，手肘长了红色的斑，…怎么办？”)
		// (Or with the answer, quoted too, to a question quoted on its line, text under both: “今年你家种啥？” / “还是制种玉米，耐旱、
		// 省水、收成稳！” / 在临泽县….)
		const answered =
			QUOTED_SENTENCE.test(line?.text ?? '') &&
			below !== undefined &&
			QUOTED_SENTENCE.test(below.text) &&
			this.lines[index + 2] !== undefined &&
			(this.lines[index + 2]!.kind !== 'title-like' || this.opensCutParagraph(index + 2));
		return (
			line !== undefined &&
			/[？?！!][”’」』]?$/u.test(line.text) &&
			below !== undefined &&
			(below.kind !== 'title-like' ||
				this.opensCutParagraph(index + 1) ||
				QUOTED_WORDS.test(below.text) ||
				answered ||
				// (Or with more questions, the text under the last: 面对人工智能突飞猛进，如何主动加快知识更新？ / 面对网络信息
				// 鱼龙混杂，如何守住内核和素养？ / 智能时代阅读的….)
				(/[？?]$/u.test(below.text) && this.asksOverText(index + 1)))
		);
	}

	/**
	 * Whether the line at `index` stands as a block of its own, as headings do, rather than being
	 * the first part of a paragraph cut at a column break: on a page that indents paragraphs, the
	 * line under it opens a new one; on a page that never cuts them, any line ends its block.
	 */
	private endsBlock(index: number): boolean {
		const next = this.lines[index + 1];
		if (next === undefined) return false;
		if (this.separatesBlocks) return this.opensBlock(next);
		if (this.indentsParagraphs) return next.indented;
		// Without indents, only a line shorter than a column line is plainly whole where paragraphs are cut.
		return !this.cutsParagraphs || this.isWholeLine(this.lines[index]!);
	}

	/** Whether a line that a break cut ends on a wide space, which the joined text keeps (line-kinds.ts, endsOnWideSpace). */
	private endsOnPrintedGap(piece: Line): boolean {
		return !this.padsLines && endsOnWideSpace(piece);
	}

	/**
	 * Whether a line, as the first of a block, is plainly whole where paragraphs are cut and not
	 * indented: shorter than a printed column line (徐徐书卷展，, a line of verse), leading into what
	 * follows with a dash, as headings do (一块铝，见证资源优势转化产业胜势——), or one quotation with no
	 * sentence ended inside, as quoted headings are (“用时间换空间，先在行业里扎根沉淀”), or a guest's label,
	 * post and name (主持人：本报编辑  吴  浩).
	 */
	private isWholeLine(line: Pick<Line, 'text' | 'trailingSpaces'>): boolean {
		const { text } = line;
		return (
			charLength(text) < MIN_CUT_PIECE_LENGTH ||
			// (Or of a length no piece between column breaks runs, where the page shows its column's width: column-width.ts.)
			(this.printedColumn !== undefined && isUnterminated(text) && !runsWholeLines(line, this.printedColumn)) ||
			isDocumentLabel(text) ||
			isLabelledFact(text) ||
			isLabelledPerson(text) ||
			SCHEDULE_LINE.test(text) ||
			/——$/u.test(text) ||
			WHOLE_QUOTATION.test(text) ||
			CLAUSE_PAIR_HEADING.test(text) ||
			DASH_POINT_HEADING.test(text)
		);
	}
	/**
	 * Whether the line at `index` opens a paragraph that a column break cut, however short its first
	 * part (江苏无锡市将开展“换位跑一次”活动作为学习教育的有效): indented, unfinished, and continued by an
	 * unindented line; on a page without indents, see opensFlatCut.
	 */
	private opensCutParagraph(index: number): boolean {
		const line = this.lines[index];
		const rest = this.lines[index + 1];
		if (this.separatesBlocks) return line !== undefined && this.opensBlockOfLines(index);
		if (line !== undefined && this.opensFlatCut(index)) return true;
		return (
			this.cutsParagraphs &&
			this.indentsParagraphs &&
			line?.indented === true &&
			isUnterminated(line.text) &&
			(rest?.kind === 'body' || rest?.kind === 'title-like') &&
			!rest.indented
		);
	}

	/** Whether the item being read ends in verse: its last few paragraphs short lines with no closing punctuation. */
	/**
	 * Whether the line is the title of a poem inside a group of poems (草原的夏天（外一首）, …（组诗）):
	 * two characters that might read as a name (敖包), where the group's writer signs once, under its
	 * title, and a two-character name is printed spaced (阿  古).
	 */
	private subPoemTitle(line: Line, below: Line | undefined): boolean {
		const item = this.items.at(-1);
		if (!item || !POEM_GROUP.test(item.title)) return false;
		const text = line.text.trim();
		if (/^\p{Script=Han}{2}$/u.test(text)) return true;
		// A title spaced as a name (红  笔) is the next poem's while the group has poems to print (…（外一首）
		// one more) and verse follows it (一道勾); a writer's name has prose under it, or heads a poem of its
		// own once the group is printed. Where headers are set flush, the group's titles are indented like its verse.
		const more = CHINESE_DIGITS.indexOf(POEM_GROUP.exec(item.title)?.[1] ?? '');
		const printed = item.body.filter((block) => /^\p{Script=Han}[\s\u3000]{0,2}\p{Script=Han}$/u.test(block.text)).length;
		return (
			/^\p{Script=Han}[\s\u3000]{1,2}\p{Script=Han}$/u.test(text) &&
			(more < 0 || printed < more) &&
			!(this.setsHeadersFlush && !line.indented) &&
			below !== undefined &&
			charLength(below.text) <= MAX_VERSE_LINE_LENGTH &&
			!/[。；！？]/u.test(below.text)
		);
	}

	/**
	 * Whether the item so far ends in lines of verse: three in a row, or two that are all its text
	 * (a short poem's third line is no heading: 布谷鸟在远处叫了三声 / 田埂上的野花就开满了 / 父亲扛着锄头走过).
	 */
	private endsInVerse(): boolean {
		const body = this.items.at(-1)?.body ?? [];
		const last = body.slice(-MIN_VERSE_LINES);
		// (Credits closing the item, 本期统筹：… / 绘制：…, are short lines too, but no verse.)
		const verse = (block: BodyBlock) => block.type === 'paragraph' && !block.joins && readsAsVerse(block.text) && !isCreditLine(block.text);
		return last.every(verse) && (last.length === MIN_VERSE_LINES || (last.length === MIN_VERSE_LINES - 1 && body.length === last.length));
	}

	/**
	 * Whether an unindented line that reads like a title is a piece of a paragraph cut at both ends
	 * by column breaks (当前，以中国式现代化全面推进强国建设、民族复兴伟业正): unfinished, with more of the
	 * paragraph unindented under it. A title or heading has its byline, subtitle or an indented
	 * paragraph under it, never the rest of a sentence.
	 */
	private isCutPiece(line: Line, next: Line | undefined): boolean {
		const unfinished = isUnterminated(line.text) || !bracketsBalanced(line.text);
		if (!this.cutsParagraphs || line.indented || !unfinished || charLength(line.text) < MIN_CUT_PIECE_LENGTH || hasColumnTag(line.text)) return false;
		if (next === undefined || next.indented) return false;
		// The rest under it is running text, or another such piece (…技术转移以及对 / 本地加工产业的支持。).
		return this.isRestOfCut(next);
	}

	/**
	 * Whether the line at `index`, on a page that cuts paragraphs and does not indent them, is the
	 * first piece of a paragraph rather than a title: running text as long as a column line at least,
	 * unfinished, with the rest of its sentence under it (连日来，各地抢抓晴好天气收割小麦，田间地头).
	 */
	private opensFlatCut(index: number): boolean {
		const [line, next] = [this.lines[index]!, this.lines[index + 1]];
		if (this.separatesBlocks) return this.opensBlockOfLines(index) && !hasColumnTag(line.text);
		if (!this.cutsParagraphs || this.indentsParagraphs || this.isWholeLine(line) || hasColumnTag(line.text)) return false;
		// (A dash line right under a title, a line that goes on with no paragraph, is that title's subtitle, however long:
		// 讲“干货”  强信心  聚人心（学习贯彻…精神） / ——辽宁、湖南、青海、中国人民大学组织开展多种形式宣讲活动.)
		const above = this.lines[index - 1];
		if (isSubtitle(line.text) && above !== undefined && above.kind === 'title-like' && !this.continuesParagraph(index - 1)) return false;
		// The rest under it is running text, or another piece of it (1946年7月，国民党军在长江北岸的南通、泰兴、靖江、 /
		// 泰州一线集结5个整编师约12万兵力，…), as isCutPiece reads it.
		// (A piece with no punctuation of its own is one where the break cuts a word: …社会主义现代化夯 / 实基础….)
		// (Enumeration commas alone say less: a heading set as text lists so too, 二、因地制宜发展特色优势产业, and where the page
		// shows its column's width, such a line that runs less than two of its lines is read as that heading.)
		const column = this.printedColumn;
		const enumerationOnly = !/[，,。；;]/u.test(line.text);
		const headingLength = column !== undefined && column.measure(line.text) < 2 * column.width;
		const runsOn = (hasRunningTextPunctuation(line.text) && !(enumerationOnly && headingLength)) || (next !== undefined && breaksWord(line.text, next.text));
		return runsOn && isUnterminated(line.text) && this.isRestOfCut(next);
	}

	/** Whether `next`, under an unfinished piece of a paragraph cut without indents, reads as more of it: running text, or another piece. */
	private isRestOfCut(next: Line | undefined, depth = 0): boolean {
		// (A summary's point, ■ …, opens a paragraph of its own, and so does an indented line where paragraphs are indented.)
		if (next?.kind === 'body') return !isPoint(next.text) && !(this.indentsParagraphs && next.indented);
		if (next?.kind !== 'title-like' || next.indented || charLength(next.text) < MIN_CUT_PIECE_LENGTH) return false;
		// (Where paragraphs are indented, a line like a title that leaves its sentence unfinished over an indented paragraph is
		// no rest of one: the title under its kicker, 江西万安，许多农民拿起了画笔 / 田野有多广袤，画布就有多大 / 　　核心阅读.)
		if (this.indentsParagraphs && isUnterminated(next.text) && this.lines[this.lines.indexOf(next) + 1]?.indented === true) return false;
		if (hasRunningTextPunctuation(next.text)) return true;
		// A piece with no punctuation of its own (定的组织保障和领导力量) between two others: more of the sentence
		// runs on under it.
		return depth === 0 && isUnterminated(next.text) && this.isRestOfCut(this.lines[this.lines.indexOf(next) + 1], depth + 1);
	}

	/** Whether the line at `index`, where blank lines part the blocks, opens a block of running text over several lines. */
	/**
	 * The text of the block of lines that opens at `index`, where blank lines or a wrap part the blocks: its lines
	 * joined; or its first line alone over a byline or a lead (吉林长春拥有各类公园555个 / 繁花深处，尽显城市温情 /
	 * 本报记者…, a kicker that filled its line over its title).
	 */
	private blockTextFrom(index: number): string {
		let end = index + 1;
		while (end < this.lines.length && !this.opensBlock(this.lines[end]!)) end++;
		// (Nor a title with its column's tag that filled its line, over its dash subtitle: 耕好“两块良田”（人民时评） /
		// ——人勤春来早，稼穑正当时①.)
		const header = hasColumnTag(this.lines[index]!.text) || this.lines.slice(index + 1, end).some((line) => isSubtitle(line.text));
		if (header || ANCHORS.has(this.lines[end]?.kind ?? 'body')) return this.lines[index]!.text;
		return this.lines.slice(index + 1, end).reduce((text, line) => joinBrokenParagraph(text, line.text), this.lines[index]!.text);
	}

	/** Sets the lines of each block of several lines that opens with a line running to the wrap width (runsToWrapWidth) as running text. */
	private readWrappedBlocksAsText(lines: Line[]): void {
		let inWrappedBlock = false;
		lines.forEach((line, i) => {
			if (line.afterBlank || i === 0) inWrappedBlock = lines[i + 1] !== undefined && !lines[i + 1]!.afterBlank && this.runsToWrapWidth(line);
			if (inWrappedBlock && (line.kind === 'title-like' || line.kind === 'byline')) line.kind = 'body';
		});
	}

	/** Whether, where blank lines part the blocks of a page wrapped at a fixed width, the line runs to the width (a first line to two short of it). */
	private runsToWrapWidth(line: Line): boolean {
		const wrap = this.partedWrapWidth;
		return wrap !== undefined && wrap.measure(line.text) >= wrap.width - FIRST_LINE_INDENT;
	}

	private opensBlockOfLines(index: number): boolean {
		const [line, next] = [this.lines[index]!, this.lines[index + 1]];
		// (A note in brackets the wrap set on a line of its own goes on with the sentence it cut: 新修订的《婚姻登记条例》 /
		// （以下简称新修订的《条例》） / 于今年5月10日起施行，….)
		const noteGoesOn = next?.kind === 'note' && isUnterminated(line.text);
		// (So does whatever a wrap left on a block's next line, a word or a name's half: 美国称已收到伊朗谈判新 / 方案.)
		const wrapGoesOn = this.runsToWrapWidth(line);
		return (
			this.opensBlock(line) && next !== undefined && !this.opensBlock(next) && (next.kind === 'body' || next.kind === 'title-like' || noteGoesOn || wrapGoesOn)
		);
	}

	/** Whether the line at `index` goes on with the block above it: a paragraph cut without indents (continuesFlatCut), or a caption cut anywhere. */
	private continuesBlockAbove(index: number): boolean {
		const [line, above] = [this.lines[index]!, this.lines[index - 1]];
		// (A caption that ends with its credit is whole: 洪  琥绘（人民视觉）.)
		const captionGoesOn =
			above?.kind === 'caption' &&
			isUnterminated(above.text) &&
			splitCaption(above.text).credit === undefined &&
			!isCreditOnly(above) &&
			(line.kind === 'body' || line.kind === 'title-like') &&
			!(this.indentsParagraphs && line.indented);
		return captionGoesOn || this.continuesFlatCut(index);
	}

	/** Whether the line at `index` goes on with an unfinished line above it, on a page that cuts paragraphs and does not indent them. */
	private continuesFlatCut(index: number): boolean {
		const above = this.lines[index - 1];
		if (this.separatesBlocks) return above !== undefined && !this.opensBlock(this.lines[index]!);
		return this.cutsParagraphs && !this.indentsParagraphs && above !== undefined && CONTENT.has(this.lines[index]!.kind) && isUnterminated(above.text);
	}

	/**
	 * Whether the line at `index` is the rest of a caption that a line break cut, printed right under
	 * it (图为当日，参展工作人员向观 / 众演示一款…康复系统。): the caption unfinished, with no credit yet,
	 * and the line text that goes on (unindented where paragraphs are indented).
	 */
	/**
	 * Whether text starts at `index`, under a heading: a line that is no title, the first piece of a
	 * paragraph a column break cut, a short sentence that trails off, a question over more text, or a
	 * sentence leading with a dash into the text under it.
	 */
	private opensText(index: number): boolean {
		const line = this.lines[index];
		return (
			line !== undefined &&
			(line.kind !== 'title-like' || this.opensCutParagraph(index) || trailsOff(line.text) || this.asksOverText(index) || this.leadsIntoText(index))
		);
	}

	/**
	 * Whether the line is a sentence of clauses leading with a dash into the text under it (金秋九月，长风浩荡，世界的
	 * 目光投向天安门广场—— / 80面红旗迎风招展，…; 盛夏的雄安新区，一派生机勃勃—— / 启动区满目葱茏，…): the first
	 * paragraph of a section, not a heading's lead-in, which has a heading under it, never running text.
	 */
	private leadsIntoText(index: number): boolean {
		const [line, below] = [this.lines[index], this.lines[index + 1]];
		// (The text under it may open with a paragraph's first piece, a column break cutting it short.)
		return (
			line !== undefined &&
			/[，,]/u.test(line.text) &&
			/[^—]——$/u.test(line.text) &&
			below !== undefined &&
			(below.kind === 'body' || this.opensCutParagraph(index + 1))
		);
	}

	/** Whether the line at `index` is the rest of a photo's caption, wrapped at the column's width: it starts nothing. */
	private continuesWrappedCaption(index: number): boolean {
		const caption = this.items.at(-1)?.figures.at(-1);
		return (
			caption !== undefined &&
			caption.credit === undefined &&
			caption.lines[1] === this.lines[index - 1]?.number &&
			isUnterminated(caption.caption) &&
			this.goesOnAbove.has(this.lines[index]!.number)
		);
	}

	private continuesCaption(item: ParsedItem, index: number): boolean {
		const figure = item.figures.at(-1);
		const [line, above] = [this.lines[index]!, this.lines[index - 1]];
		if (
			!figure ||
			figure.credit !== undefined ||
			above === undefined ||
			figure.lines[1] !== above.number ||
			!isUnterminated(figure.caption) ||
			endsWithWholeCredit(figure.caption) ||
			// (A credit alone on its line, 江西于都县自然资源局供图, is whole: what follows is the text's again.)
			(figure.lines[0] === above.number && isCreditOnly(above))
		)
			return false;
		// (A caption's last piece under a column break, set flush, its credit at its end, is more of it: …工作人员将其 /
		// 卸下。　　苏弼坤摄（人民视觉）.)
		// (Or under the caption's second piece, as a caption of several photos runs on: 图①：… / 民视觉）　　图②：…　　图 /
		// ③：…　　图④：….)
		const cutCaption =
			line.kind === 'caption' &&
			this.cutsParagraphs &&
			this.indentsParagraphs &&
			!line.indented &&
			(above.indented || this.lineNumbered(figure.lines[0])?.indented === true) &&
			!pointsAtPhoto(line.text);
		// (What the people a caption's credit names did, cut off by the wrap, ends the credit: 图①②均为徐靖、苗子健 / 摄影报道.)
		if (CREDIT_NAMES_END.test(figure.caption) && CREDIT_TAIL.test(line.text)) return true;
		// A line of names under a work's caption is its maker (家乡的路（中国画） / 庄小雷), not more caption.
		if ((line.kind !== 'body' && line.kind !== 'title-like' && !cutCaption) || parseSignatureLine(line.text) !== undefined) return false;
		if (this.separatesBlocks) return !this.opensBlock(line);
		// (Where the page shows its column's width, a caption line of another length is whole: 图①：河南偃师二里头遗址出土的象牙权杖 /
		// 证明青铜时代的中原王朝…, its picture's note under it.)
		if (this.printedColumn !== undefined && !runsWholeLines(above, this.printedColumn)) return false;
		return this.cutsParagraphs && !(this.indentsParagraphs && line.indented);
	}

	/** Whether the lead `text` names as its reporters exactly those who signed the parts of `item`. */
	private leadByPartsReporter(item: ParsedItem, text: string): boolean {
		const reporters = parseLead(text)?.authors.map((author) => author.name) ?? [];
		const signers = new Set(item.body.flatMap((block) => (block.type === 'paragraph' ? (parseBylineLine(block.text) ?? []) : [])).map((author) => author.name));
		return reporters.length > 0 && reporters.every((name) => signers.has(name));
	}

	/**
	 * Whether a part signed by a bare name goes on a reporter's feature: the first right under its editor's
	 * note (`textAbove`), the next after parts signed so.
	 */
	private namedPartsGoOn(feature: ParsedItem, textAbove: string): boolean {
		if (feature.authors.every((author) => author.role === undefined)) return false;
		const body = feature.body;
		return (
			EDITORS_NOTE_END.test(textAbove) ||
			body.some((block, i) => block.type === 'heading' && body[i + 1]?.type === 'paragraph' && parseSignatureLine(body[i + 1]!.text) !== undefined)
		);
	}

	/** Whether the parts of `feature` open on a figure under their reporters' bylines (本报记者  郁静娴 / 80%). */
	private partsOpenOnFigures(feature: ParsedItem): boolean {
		return feature.body.some((block, i) => block.type === 'paragraph' && parseBylineLine(block.text) !== undefined && isFigureLine(feature.body[i + 1]?.text));
	}

	/**
	 * Whether the item being read opened with an editor's note: a paragraph ——编者 closes, or one that
	 * opens with its label (编者按：…我们撷取其中的几个…).
	 */
	private inFeatureWithEditorsNote(): boolean {
		const item = this.items.at(-1);
		if (item === undefined) return false;
		const { body } = item;
		const isNote = (block: BodyBlock | undefined) => block?.type === 'paragraph' && (EDITORS_NOTE_END.test(block.text) || isEditorSignature(block.text));
		// A banner whose note, and nothing else, announces pages of a series (“大地清明”系列专版推出 / ——编  者) heads those
		// pages: the articles under it, each titled and signed, are the page's, not parts of it.
		// (So does one on a page that prints such articles by its own convention: 大地书香·文脉传承, on 人民日报's 文化遗产 page.)
		if (
			item.authors.length === 0 &&
			body.every((block) => block.type === 'paragraph') &&
			(this.options.articlesUnderNote === true || body.some((block) => ANNOUNCES_PAGES.test(block.text)))
		)
			return false;
		return (
			body
				.slice(0, MAX_BLOCKS_BEFORE_EDITORS_NOTE)
				.some(
					(block) =>
						(block.type === 'paragraph' && (EDITORS_NOTE_END.test(block.text) || INTRODUCING_NOTE_LABEL.test(block.text))) ||
						INTRODUCING_NOTE_LABEL_ALONE.test(block.text),
				) ||
			// (Or one further down that introduces the parts under it, after a feature's list: 《三体》… / … / ——编  者 /
			// 致那些…瞬间 / 董  阳: it closes the text or comes right before the first part's title.)
			body.some((block, k) => isNote(block) && (k === body.length - 1 || body[k + 1]!.type === 'heading'))
		);
	}

	/**
	 * Whether an unfinished paragraph is a pull quote: a sentence printed again, with its
	 * punctuation, in the text from line `from` on (within PULL_QUOTE_REACH lines).
	 */
	private isPullQuote(paragraph: BodyParagraph, from: number): boolean {
		const quote = paragraph.text.replace(/[\s\u3000]+/gu, '');
		if (!isUnterminated(quote) || charLength(quote) < MIN_PULL_QUOTE_LENGTH) return false;
		const start = this.lines.findIndex((line) => line.number === from);
		const below = this.lines
			.slice(start, start + PULL_QUOTE_REACH)
			.map((line) => line.text)
			.join('')
			.replace(/[\s\u3000]+/gu, '');
		for (let at = below.indexOf(quote); at >= 0; at = below.indexOf(quote, at + 1)) if (/[。！？；，：]/u.test(below.charAt(at + quote.length))) return true;
		return false;
	}

	/**
	 * Whether the line at `index` is a speaker's label and post, or a post opening a paragraph, whose name (or the
	 * rest of the post) a wrap carried onto the next line (讲述人：杭州老板电器股 / 份有限公司总裁  任富佳; 北京大学经济学院院长 /
	 * 张  辉): text, never a heading over a byline.
	 */
	private awaitsNameBelow(index: number): boolean {
		const [line, next] = [this.lines[index]!, this.lines[index + 1]];
		if (next === undefined || !this.goesOnAbove.has(next.number)) return false;
		// (Or the rest of its post, the wrap having cut the body it names: 内蒙古农业大学草原学院 / 院长  周  明.)
		if (line.indented && next.kind === 'byline' && parsePostAndName(next.text) !== undefined) return true;
		// (Or a caption's last words, or a credit's: 浙江省科技厅成果转化处 / 供图.)
		if (line.indented && (next.kind === 'caption' || next.kind === 'credit')) return true;
		return speakerAwaitsName(line.text) || (line.indented && endsWithPersonPost(line.text) && parseBylineLine(line.text) === undefined);
	}

	/**
	 * Whether `run` heads a part as the item above headed one already: who speaks, leading in with a dash,
	 * over what they say (湖北省嘉鱼县…村民熊成龙—— / “‘一老一小’的生活都更好了”). Such parts each end
	 * with a note of who wrote them down, （本报记者吴君采访整理）, which then closes no item.
	 */
	private repeatsSpeakerPart(run: readonly Line[]): boolean {
		const body = this.items.at(-1)?.body ?? [];
		const speakerOver = (text: string, title: string | undefined) =>
			SPEAKER_LEADING_IN.test(text) && title !== undefined && charLength(title) <= MAX_SPOKEN_TITLE_LENGTH && !SENTENCE_END_MARK.test(title);
		return (
			run.length >= 2 &&
			speakerOver(run[0]!.text, run[1]!.text) &&
			body.some((block, i) => speakerOver(block.text, body[i + 1]?.text) && body.slice(i + 2).some((later) => INTERVIEW_NOTE.test(later.text)))
		);
	}

	/**
	 * Whether the title at `index` is signed, on the line under it, by the reporter who wrote down the words of
	 * the part above it, in an unsigned feature (…（本报记者闫伊乔采访整理） / 从蹒跚学步到屡屡夺冠 / 本报记者  闫伊乔):
	 * the feature's next part, by the same hand.
	 */
	private signedByNoteTaker(index: number): boolean {
		const [note, feature] = [this.textEndingAbove(index), this.items.at(-1)];
		const signer = this.lines[index + 1];
		if (note === undefined || !INTERVIEW_NOTE.test(note) || signer?.kind !== 'byline' || feature === undefined || feature.authors.length > 0) return false;
		const names = parseBylineLine(signer.text)?.map((author) => author.name) ?? [];
		const compact = note.replace(/[\s\u3000]+/gu, '');
		return names.length > 0 && names.every((name) => compact.includes(name));
	}

	/**
	 * Whether a note that closes an item ends right above the line at `index` (（…党委）, 作者为…):
	 * where a wrap or blank lines part the blocks, the note as read, over all its lines.
	 */
	private closingNoteAbove(index: number): boolean {
		const [above, overIt] = [this.lines[index - 1], this.lines[index - 2]];
		if (isClosingNote(above, overIt)) return true;
		const text = this.textEndingAbove(index);
		if (!this.separatesBlocks || above === undefined || text === undefined || text === above.text) return false;
		return isClosingNote({ ...above, text, kind: isNote(text) ? 'note' : 'body' });
	}

	/**
	 * The text that ends right above the line at `index`: the block of the item being read whose last
	 * line that is, as read (a wrap or blank lines may part a block's lines), or else that line.
	 */
	private textEndingAbove(index: number): string | undefined {
		const above = this.lines[index - 1];
		const last = this.items.at(-1)?.body.at(-1);
		return last !== undefined && above !== undefined && last.lines[1] === above.number ? last.text : above?.text;
	}

	/** Whether the line at `index` follows an unfinished paragraph, which it then continues. */
	private continuesParagraph(index: number): boolean {
		const last = this.items.at(-1)?.body.at(-1);
		return last?.type === 'paragraph' && this.continues(last, this.lines[index]!, this.lines[index + 1], this.lines[index - 1]);
	}

	/**
	 * Whether `line` continues the paragraph before it (a column break cut the paragraph); `next` is the
	 * line under it, `lineAbove` the line over it.
	 */
	private continues(previous: BodyParagraph, line: Line, next: Line | undefined, lineAbove: Line | undefined): boolean {
		// (Where every line is whole, as a crawler saves each paragraph on a line, none goes on: 女士们，先生们， / 同志们，朋友们：.)
		if (line.row || this.rows.has(previous.lines[1]) || this.options.wholeLines) return false;
		// A line that opens with a mark print never sets at a line's start (clreq): the rest of the line above, which a break
		// that kept no such rule cut right before it, 不辜负我们这个伟大时代。 / ”.
		if (!line.indented && OPENS_WITH_CLOSING_MARK.test(line.text)) return true;
		// A web address a column break cut goes on with the rest of it, set flush on the next line (观展报名  https://www.cidee-zd /
		// .cn/cidee/sceneSign/toScanReg): nothing but an address's characters on it.
		if (!line.indented && /https?:\/\/[\w./?=&%#:~-]+$/u.test(previous.text) && /^[\w./?=&%#:~-]+$/u.test(line.text)) return true;
		// A kicker that leads with its dash into the title under it, its writers or reporters under that (融合潮流文化，
		// 打造…体验—— / 拥抱青年人，… / 王  珂  付一凡), continues no paragraph that ended its sentence, however flush it is set.
		// (Nor does one over a title with its column's tag, its writers unnamed, under a paragraph that ended, on a trailing off
		// too: 湖南、广东、重庆、甘肃扎实推进第二批主题教育—— / 结合实际  聚焦发展（守初心  担使命…）, …越来越红火…… /
		// 北京大学原计算机科学技术研究所所长王选—— / “科技顶天，市场立地”（最美奋斗者）.)
		if (/(?:——|──)$/u.test(line.text) && next?.kind === 'title-like' && hasColumnTag(next.text) && /(?:[。！？!?]|……)$/u.test(previous.text)) return false;
		if (/(?:——|──)$/u.test(line.text) && next?.kind === 'title-like' && SENTENCE_ENDED.test(previous.text)) {
			const signer = this.lines[this.lines.indexOf(line) + 2];
			if (signer !== undefined && (signer.kind === 'byline' || parseSignatureLine(signer.text) !== undefined)) return false;
		}
		// Nor does a title over its subtitle that a dash opens (汇聚全体中华儿女团结奋斗的强大合力 / ——习近平总书记…).
		if (next?.kind === 'title-like' && isSubtitle(next.text) && !hasRunningTextPunctuation(line.text) && SENTENCE_ENDED.test(previous.text)) return false;
		// Nor does a kicker over a title with its column's tag (村支书以家属名义套取用地补偿款 / 钻空子，必栽跟头（监督哨）).
		if (
			next?.kind === 'title-like' &&
			hasColumnTag(next.text) &&
			line.kind === 'title-like' &&
			!hasRunningTextPunctuation(line.text) &&
			SENTENCE_ENDED.test(previous.text)
		)
			return false;
		// Nor does who issued a document, over its title (中共中央  国务院  中央军委 / 关于给陈冬颁发…的决定).
		if (next?.kind === 'title-like' && ISSUED_DOCUMENT_TITLE.test(next.text) && !hasRunningTextPunctuation(line.text) && SENTENCE_ENDED.test(previous.text))
			return false;
		// Nor does who tells the piece under it, before a colon, over its title (…负责人宋学文： / 当好“勤劳的小蜜蜂”，…).
		// (Not where a wrap says the line under the colon goes on from it: the colon leads into the sentence's rest,
		// 一组数据生动诠释整改成效： / 2024年云浮市的港口共接, cut by the wrap as a title-like piece.)
		const wrapGoesOnBelow = this.separatesBlocks && next !== undefined && !this.opensBlock(next);
		if (TELLER_KICKER.test(line.text) && next?.kind === 'title-like' && SENTENCE_ENDED.test(previous.text) && !wrapGoesOnBelow) return false;
		// A wrap may set a lead's names in brackets on a line of their own (本报北京4月25日电 / （记者…）).
		if (this.separatesBlocks && !this.opensBlock(line) && line.kind === 'note' && !previous.joins && isBareDateline(previous.text)) return true;
		// So may a column break, right after the dateline that opens an item's text (本报西宁5月12日电 / （记者刘成友）青海…).
		const opensText = this.items.at(-1)?.body.length === 1;
		if (
			opensText &&
			!previous.joins &&
			!line.indented &&
			isBareDateline(previous.text) &&
			/^[（(]/u.test(line.text) &&
			(parseLead(previous.text + line.text)?.authors.length ?? 0) > 0
		)
			return true;
		// A wrapped piece of a sentence can read as a byline (…研究中心主任， / 证券时报记者贾壮、韩忠楠整).
		if (this.separatesBlocks && !this.opensBlock(line) && line.kind === 'byline' && /[，、；]$/u.test(previous.text)) return true;
		// So can a note in brackets the wrap set on a line of its own, in the middle of a sentence (…从“龙床” /
		// （河底某一段掩放龙舟之处） / 中挖上来，…).
		if (this.separatesBlocks && !this.opensBlock(line) && line.kind === 'note' && isUnterminated(previous.text) && next !== undefined && !this.opensBlock(next))
			return true;
		// Or at the paragraph's end, under its last full line (…为法学会依法依章程开展工作提供有力支持。 / （信全文另发）):
		// printed after the sentence, it closes the paragraph.
		if (this.separatesBlocks && !this.opensBlock(line) && line.kind === 'note' && (next === undefined || this.opensBlock(next))) return true;
		// So can anything inside a bracket the paragraph left open: a note's names ((本报记者吴丹、人民网 / 记者李娜、…).
		if (this.separatesBlocks && !this.opensBlock(line) && leavesBracketOpen(previous.text)) return true;
		// So can a caption's last words or a credit's (浙江省科技厅成果转化处 / 供图).
		if (this.separatesBlocks && !this.opensBlock(line) && (line.kind === 'caption' || line.kind === 'credit') && !isCreditLine(previous.text)) return true;
		// So can a speaker's post, cut from its label (讲述人：杭州老板电器股 / 份有限公司总裁  任富佳).
		if (this.separatesBlocks && !this.opensBlock(line) && line.kind === 'byline' && speakerAwaitsName(previous.text)) return true;
		// And the rest of a post a wrap cut from the body it names (湖南大学经济与贸易学院 / 院长  祝树金).
		if (this.separatesBlocks && !this.opensBlock(line) && line.kind === 'byline' && parsePostAndName(line.text) !== undefined) return true;
		if (
			NEVER_CONTINUES.has(line.kind) ||
			isNote(previous.text) ||
			isCreditLine(previous.text) ||
			// (So is who drew a cartoon and wrote its verse: 魏  寅图  实  思文.)
			DRAWN_AND_WRITTEN.test(previous.text) ||
			(isSourceNote(previous.text) && !this.separatesBlocks) ||
			isPoint(line.text) ||
			EDITORS_NOTE_LABEL.test(line.text) ||
			/^编后语?$/u.test(line.text) ||
			// An interview's question or answer opens a paragraph of its own (问：…, 答：…), and so
			// does a law's chapter, or its entry in the table of contents. (Not a wrap's cut in the middle of a
			// sentence that left a word's last character over its colon: 有不少观察者在追 / 问：在诸多…, 告诉 / 记者：“….)
			(QA_LABEL.test(line.text) && !(this.separatesBlocks && !this.opensBlock(line) && isUnterminated(previous.text))) ||
			isChapterHeading(line) ||
			isStandingTitle(line.text) ||
			// Who said the quotation above, after a dash, ends where their name does (——某村第一书记苏婷), but for the rest of the
			// name a wrap carried onto the next line (…主任  陈少 / 峰).
			(QUOTATION_ATTRIBUTION.test(previous.text) && !(this.separatesBlocks && !this.opensBlock(line) && /^\p{Script=Han}{1,2}$/u.test(line.text))) ||
			// (Where blank lines or a wrap say where blocks end, they alone do: below.)
			(!this.separatesBlocks &&
				// So does where it comes from (——摘自“十五五”规划建议).
				(QUOTATION_SOURCE.test(previous.text) ||
					// A label in square brackets opens a paragraph of its own (【关键词】… / 【事件】…).
					BRACKETED_LABEL.test(line.text) ||
					// A byline is whole (本报记者  靳  博  亓玉昆, under a part's title), and so is a guest's name and post
					// under an interview's label (对话嘉宾： / 王建军  全国政协委员、人口资源环境委员会副主任).
					parseBylineLine(previous.text) !== undefined ||
					GUEST_NAME_AND_POST.test(previous.text) ||
					// Where paragraphs are not indented, a short numbered heading is whole (一、学深悟透习近平总书记重要指示精神).
					(!this.indentsParagraphs &&
						!previous.joins &&
						opensWithHeadingNumber(previous.text) &&
						charLength(previous.text) <= MAX_WHOLE_NUMBERED_HEADING_LENGTH &&
						!/[。；;]/u.test(previous.text))))
		)
			return false;
		// A dateline alone under the item's text, over a title, closes the item, as 新华社 sets it at an
		// article's end (under a heading or opening the item, or over running text, it opens a lead).
		const body = this.items.at(-1)?.body ?? [];
		const above = body.at(-2);
		const closesText = !this.separatesBlocks && body.at(-1) === previous && above?.type === 'paragraph' && !isUnterminated(above.text);
		if (isBareDateline(previous.text) && closesText && line.kind === 'title-like' && !hasRunningTextPunctuation(line.text) && !this.isCutPiece(line, next))
			return false;
		// A reference to a page, as a front page's index prints it under each headline (第八版), is a line of its own.
		if (PAGE_REFERENCE.test(line.text) || PAGE_REFERENCE.test(previous.text)) return false;
		// Where blank lines part the blocks, they alone say whether a line goes on with the one above.
		if (this.separatesBlocks) return !this.opensBlock(line);
		// A line of names (a signature) is whole: no column break cuts it; nor a post and a name (湖南读者  周建华).
		// (But a body's name that opens a sentence, indented, its rest set flush under a column break, is the sentence's
		// subject: 广东省人力资源和社会保障厅 / 有关负责人表示，…. No signature has running text set flush under it.)
		const subjectCut =
			this.indentsParagraphs &&
			this.cutsParagraphs &&
			lineAbove?.number === previous.lines[0] &&
			lineAbove.indented &&
			!line.indented &&
			line.kind === 'body' &&
			parseOrganizationLine(previous.text) !== undefined;
		// (Nor is a foreign name cut after the first character of its last part, as no name ends: 南非外交学会会长克里坦·巴 / 哈纳认为，….)
		const foreignNameCut = /·\p{Script=Han}$/u.test(previous.text) && !line.indented && this.cutsParagraphs;
		if (!foreignNameCut && ((parseSignatureLine(previous.text) !== undefined && !subjectCut) || parsePostAndName(previous.text) !== undefined)) return false;
		// A dateline standing alone (新华社北京4月30日电) may be a lead cut right after it, or the line an
		// agency prints under a list it files: a title over an indented paragraph follows the latter.
		const closingDateline =
			isBareDateline(previous.text) && line.kind === 'title-like' && !hasRunningTextPunctuation(line.text) && next?.indented === true && !line.indented;
		// So does the dateline 新华社 sets at an article's end (…竞争优势。  新华社北京4月25日电).
		const finished = !isUnterminated(previous.text) || closingDateline || endsWithDateline(previous.text);
		if (this.indentsParagraphs) {
			// An unindented title or heading after a finished paragraph starts something, it does not
			// continue; a title with its column's tag never does.
			// (A paragraph stopped at a semicolon is not finished: a column break cut it between clauses.
			// Where breaks cut paragraphs, a flush question is a sentence of the paragraph above: an
			// item's title that asks has its byline, lead or tag.)
			const betweenClauses = /[；;]$/u.test(previous.text);
			const question = this.cutsParagraphs && /[？?]$/u.test(line.text);
			// (A piece a column break cut at both ends reads like a title, …强国建设、民族复兴伟业正, but after a finished
			// paragraph only where the page's breaks fall after sentences' ends too: cutsAfterSentenceEnds.)
			const cutPiece = this.isCutPiece(line, next) && (!finished || this.cutsAfterSentenceEnds);
			if (line.kind === 'title-like' && ((finished && !betweenClauses && !question) || hasColumnTag(line.text)) && !cutPiece) return false;
			// On a page whose paragraphs no column break cut, a flush title or kicker follows a paragraph
			// printed without a full stop (梁靖崑  3∶2  松岛辉空 / 体坛快讯; 本文系…阶段性成果 / 学术圈 / 把论文…).
			if (!this.cutsParagraphs && line.kind === 'title-like') return false;
			return !line.indented;
		}
		// An indented line stopped mid-sentence, with a flush line of running text under it, is one
		// paragraph cut by a column break, however few paragraphs the page prints to show its style (a
		// photo page's one introduction: 秋意渐浓，…今年， / 各地加快推广…铺展开来。).
		if (
			lineAbove?.number === previous.lines[1] &&
			lineAbove.indented &&
			!line.indented &&
			/[，、；;：:]$/u.test(previous.text) &&
			hasRunningTextPunctuation(line.text) &&
			(line.kind === 'body' || line.kind === 'title-like')
		)
			return true;
		// Without indents, a line of names is whole (朱  霞 under the heading of a part), and so is a
		// block's first line that is plainly whole.
		// (But for a sentence that leads with a dash into more, …有个“馒头理论”引人深思——, where the page shows its column's
		// width and the line runs two or more whole column lines of it, and no quotation opens under it: a column break cut
		// it there, 多年前，当媒体称赞…. A heading that leads so into its text, 攥指成拳，形成监管合力——, runs one line or less;
		// and a sentence that leads into a story told from a date, 今年2月17日，…, or into a list of clauses, …；, ends there.)
		const firstLine = lineAbove?.number === previous.lines[1] ? lineAbove : { text: previous.text, trailingSpaces: '' };
		const cutAfterDash =
			this.printedColumn !== undefined &&
			/——$/u.test(firstLine.text) &&
			this.printedColumn.measure(firstLine.text) >= 2 * this.printedColumn.width &&
			runsWholeLines(firstLine, this.printedColumn) &&
			!/^[“「『‘]/u.test(line.text) &&
			!DASH_LED_PARAGRAPH_OPENING.test(line.text) &&
			!/[；;]$/u.test(line.text);
		if (parseSignatureLine(line.text) !== undefined || (!previous.joins && !cutAfterDash && this.isWholeLine(firstLine))) return false;
		// So is the summary a commentary prints over its first paragraph, a sentence of its text
		// repeated without its full stop (推进改革，也要讲究因地制宜的方法论，…根据实际灵活应变).
		// (Or two of them, the second under the first: 只有主根扎稳了…破浪前行 / 立足自身特点和优势，…沿着适宜的路子向新挺进.)
		// A column break may cut it too: its pieces joined so far are the whole sentence once it recurs below.
		const firstBlock = body[0];
		const pullQuotesAbove = body.length === 1 || (body.length === 2 && firstBlock?.type === 'paragraph' && this.isPullQuote(firstBlock, line.number));
		if (pullQuotesAbove && this.isPullQuote(previous, line.number)) return false;
		// A piece between two column breaks runs a whole column line, and a paragraph's last piece
		// ends its sentence: a short unfinished line is one of its own (a line of verse).
		if (charLength(line.text) < MIN_CUT_PIECE_LENGTH && isUnterminated(line.text)) return false;
		// Nor does the paragraph above go on when its last line runs no whole number of column lines: a whole line (a heading
		// set as text: 创新投资回报机制，让民营资本“进得来、能赚钱” / 开…), where the page's pieces show the column's width.
		if (this.printedColumn !== undefined && lineAbove?.number === previous.lines[1] && !runsWholeLines(lineAbove, this.printedColumn)) return false;
		// (On a page too short to show that breaks cut its paragraphs, a line that closes the bracket the paragraph above left
		// open goes on with it: …签署《全民健身与全民健 / 康深度融合战略合作协议》。)
		if (!finished && !line.indented && !bracketsBalanced(previous.text) && bracketsBalanced(joinBrokenParagraph(previous.text, line.text))) return true;
		return !finished && this.cutsParagraphs;
	}
}

/**
 * A paragraph that ends with 新华社's closing dateline (…生生不息。  新华社北京4月27日电), as two: the
 * text and the dateline, a line of its own as print sets it (right-aligned, or under the text) and
 * as a page wrapped at every line gives it.
 */
function closingDatelineApart(block: BodyBlock): BodyBlock[] {
	const dateline = block.type === 'paragraph' ? closingDateline(block.text) : undefined;
	if (block.type !== 'paragraph' || dateline === undefined) return [block];
	const at = block.text.lastIndexOf(dateline);
	// A column break inside the dateline: keep the paragraph whole rather than guess its lines.
	if (block.joins?.some((join) => join.at > at)) return [block];
	const last = block.lines[1];
	const text: BodyParagraph = { ...block, text: block.text.slice(0, at).trimEnd() };
	return [text, { type: 'paragraph', text: dateline, lines: [last, last] }];
}

/**
 * The agency and dateline of an item that prints them last (…生生不息。 / 新华社北京4月27日电) rather
 * than in its lead: where and when it was filed, as a lead would say.
 */
function datelineFromEnd(item: ParsedItem): void {
	if (item.dateline !== undefined) return;
	const last = item.body.findLast((block) => block.type === 'paragraph');
	const lead = last !== undefined && isBareDateline(last.text) ? parseLead(last.text) : undefined;
	if (lead?.dateline === undefined) return;
	item.agency ??= lead.agency;
	item.dateline = lead.dateline;
}

/** The longest question read as a section heading (天价票从何而来？, 这项任务为何摆在首位？). */
const MAX_QUESTION_HEADING_LENGTH = 24;
/** The fewest paragraphs a question heads when it heads a section: a rhetorical question is followed by fewer before the next. */
const MIN_PARAGRAPHS_UNDER_QUESTION = 5;
/** The fewest, where two or more questions head the item's sections over more. */
const MIN_PARAGRAPHS_UNDER_QUESTION_AMONG_HEADINGS = 2;

/** A short question on a line of its own that could head a section: not an interview's (问：, 记者：). */
function isQuestionLine(block: BodyBlock): boolean {
	return (
		block.type === 'paragraph' &&
		charLength(block.text) <= MAX_QUESTION_HEADING_LENGTH &&
		/^[^？?]+[？?]$/u.test(block.text) &&
		!/^(?:问|答|记者|主持人|嘉宾)[：:]/u.test(block.text)
	);
}

/**
 * Short questions that divide an item into sections (天价票从何而来？ / “史上最贵”世界杯？ / 商业利益，
 * 还是球迷情感？): after its opening, two or more, each over several paragraphs. One question, or
 * questions a few lines apart, are the text's own (rhetorical questions, a paragraph that asks).
 */
function questionsAsHeadings(item: ParsedItem): void {
	const body = item.body;
	// (A question right under a heading opens that section's text: 溯源：… / 为什么要坚持走好网上群众路线？ Under a part's
	// number alone it is the part's heading: 1 / 夏粮大盘稳不稳？.)
	// (Where pairs of headings led into with a dash head its sections, 分类解题—— / 精准满足群众需求, a question standing
	// alone is one the text asks itself: 具体怎么个分类法？)
	const headsPair = (lead: (text: string) => boolean) =>
		body.some((block, i) => block.type === 'heading' && lead(block.text) && body[i + 1]?.type === 'heading');
	if (headsPair(leadsInWithDash)) return;
	// (So, where statements head its sections, is a question standing alone between their paragraphs: 营商环境在优化 / … /
	// 怎么打动对方的？ / 讲优势：…. An answer under its question, read as a heading or not yet, or a part's number, is no such statement.)
	const isQuestion = (block: BodyBlock | undefined) =>
		block !== undefined && ((block.type === 'heading' && /[？?]$/u.test(block.text)) || isQuestionLine(block));
	if (body.some((block, i) => block.type === 'heading' && !isQuestion(block) && !isPartNumber(block.text) && !isQuestion(body[i - 1]))) return;
	// (So, where questions head them over their answers, is a question over text: 为何新成立一家央企？ / 重组整合再生资源等相关资产和业务 /
	// … / 一家新央企是如何成立的？ / 信息显示，…. One over a heading is one more that heads its section.)
	const overAnswers = headsPair((text) => /[？?]$/u.test(text));
	const underPartNumber = (i: number) => body[i - 1]!.type === 'heading' && isPartNumber(body[i - 1]!.text);
	const underHeading = (i: number) => body[i - 1]!.type === 'heading' && !underPartNumber(i);
	const questions = body
		.map((block, i) => (i > 0 && isQuestionLine(block) && !underHeading(i) && (!overAnswers || body[i + 1]?.type === 'heading') ? i : -1))
		.filter((i) => i >= 0);
	const headsOver = (min: number) =>
		questions.filter((at, n) => {
			const end = questions[n + 1] ?? body.length;
			return underPartNumber(at) || body.slice(at + 1, end).filter((block) => block.type === 'paragraph').length >= min;
		});
	let heads = headsOver(MIN_PARAGRAPHS_UNDER_QUESTION);
	// (The questions already heading sections over their answers count among them.)
	const askedOverAnswers = overAnswers ? body.filter((block) => block.type === 'heading' && /[？?]$/u.test(block.text)).length : 0;
	if (heads.length + askedOverAnswers < 2) return;
	// (Among two or more such questions, one over fewer paragraphs heads its section too: 突出问题有哪些？ over a question and
	// its answer, under the lead, before 消费者如何维权？ and 优质网店怎样激励？.)
	heads = headsOver(MIN_PARAGRAPHS_UNDER_QUESTION_AMONG_HEADINGS);
	for (const at of heads) body[at] = { type: 'heading', depth: 2, text: body[at]!.text, lines: body[at]!.lines };
}

/**
 * The items, column names and editor credits of a page, from its classified lines, and the places
 * where the split is a guess. Every line ends up somewhere: no layout makes it refuse a page.
 */
export function assembleItems(lines: Line[], options: AssembleOptions): ParsedPage {
	const page = new PageAssembler(lines, options).read();
	for (const item of page.items) {
		questionsAsHeadings(item);
		item.body = item.body.flatMap(closingDatelineApart);
		datelineFromEnd(item);
		// (A byline of a role alone, 本报记者, over a roundup signs it so: the reporters listed at its end
		// filed its parts, and are no byline.)
		if (item.authors.length === 0 && item.byline === undefined) item.authors = trailingAuthors(item);
		withoutEmpty(item, ['authors', 'body', 'figures']);
	}
	return page;
}
