/**
 * What a printed line is, read on its own. Every non-blank line of a page text is one printed
 * block, of one of seven kinds, tried in this order:
 * - credit: the page's editor credits (本版责编：王  彦  版式设计：沈亦伶);
 * - byline: names and roles only (◎ 邸金 本报记者 顾满斌);
 * - lead: a paragraph that opens with a dateline (科技日报讯(记者雍黎)7月10日，…);
 * - caption: a photo caption (图为…, or ending in a photo credit: …曾文溪摄), or an artwork's
 *   name and kind (家乡的路（中国画）);
 * - note: a line all in brackets, as papers print the notes that close an item ((作者为…),
 *   (本报柏林电), (据新华社北京4月26日电)) or a document's date under its title; and the
 *   signature under an editor's note (——编者);
 * - title-like: short and shaped as titles, kickers, subtitles, column names and section headings are;
 * - body: running text.
 * Whether a title-like line heads an item, is a section heading or is a one-line paragraph depends
 * on the lines around it: that is item assembly (assemble-items.ts).
 */
import {
	endsWithDateline,
	isBareDateline,
	isNameList,
	isSpacedDocumentLabel,
	parseBylineLine,
	parseLead,
	parseNameLine,
	parsePenNameWithTrade,
	parsePostAndName,
	PERSON_POSTS,
	SPEAKER_LABEL,
} from './bylines.ts';
import { isCreditLine } from './credits.ts';
import { CITIES, PROVINCES } from './places.ts';
import { bracketsBalanced, charLength, leavesBracketOpen, printedText, trimLine } from './text.ts';

export type LineKind = 'credit' | 'byline' | 'lead' | 'caption' | 'note' | 'title-like' | 'body';

export interface Line {
	/** The printed text, indent and trailing spaces removed. */
	text: string;
	/** 1-based line number in the source file. */
	number: number;
	kind: LineKind;
	/** Whether the printed line began with an indent (　　 or spaces). */
	indented: boolean;
	/**
	 * Whether the line opens with a zero-width space right before its text: paper.people.com.cn sets
	 * one before a subtitle (副题) or a byline, and crawlers keep it; running text never has it.
	 * (One before an indent marks nothing: copy-paste leaves such marks before any line.)
	 */
	marked: boolean;
	/** Whether a blank line (or nothing) is printed above it: some exports part every block so. */
	afterBlank: boolean;
	/**
	 * Whether the line is a row of a table printed as text (地区生产总值  亿元  12345  5.6%): a
	 * paragraph of its own, never a title or a heading, never joined to the lines around it.
	 */
	row: boolean;
	/**
	 * The spaces printed after the text, which `text` drops: where a column break fell on the space
	 * between two phrases (以“科技改变生活  / 创新赢得未来”), they end the piece and count in its length.
	 */
	trailingSpaces: string;
}

/** The longest line that can be a title, kicker or subtitle; body paragraphs run longer. */
const MAX_HEADER_LENGTH = 48;
/** The longest title with no comma, colon or full stop in it (…理论研讨会在京举行): running text that long has them. */
const MAX_UNPUNCTUATED_TITLE_LENGTH = 80;
/** The longest line that can be a section heading inside an item. */
const MAX_SECTION_HEADING_LENGTH = 20;
/** The longest photo caption; longer lines ending in 摄 are running text. */
const MAX_CAPTION_LENGTH = 200;

// A photo credit at the very end of a line: 摄, 供图, 制图, 视频截图, 摄（影像中国）, 供图（新华社发）, （梁子栋摄）, 新华社发, and a cartoon's
// artist after the agency that sent it (新华社发  程远帆作; 作 alone ends too many words: 工作, 合作) or before it
// (徐  骏作（新华社发）), or
// before it (洪  琥绘（人民视觉）; 绘 alone ends words too: 描绘).
const CREDIT_END =
	/(?:摄|供图|制图|摄影报道(?:[（(][^（）()]{2,8}[）)])?|新华社发|资料图片|资料照片|视频截图|人民视觉|视觉中国|[摄绘][（(][^）)]{1,30}[）)]|供图[（(][^）)]{1,12}[）)]|[（(][^（）()]{1,12}摄[）)]|发[（(][^）)]{0,11}(?:摄|作|资料图片|资料照片|供图)[）)]|作[（(][^（）()]{1,12}发[）)]|(?:新华社|本报)发[\s\u3000]*[\p{Script=Han}·]{1,8}(?:[\s\u3000]{1,2}\p{Script=Han}{1,2})?[\s\u3000]*作)(?:[，,]AI[^，,。\s\u3000]{2,12})?$/u;
// (A note of what AI did to the picture may close it: 肖  鑫摄，AI修饰生成油画, 资料图片，AI修饰生成油画.)
// (A note may follow 摄 in brackets: 何建勇摄（本图为栏目与北京日报微博联合征图活动入选图片）.)
// The credit is what follows the caption's last full stop or wide space: 曾文溪摄, 新华社记者 李贺 摄.
const CREDIT = /(?:^|(?<=[。．.！!？?]|[\s\u3000]{2}))[\s\u3000]*([^。．.！!？?\s\u3000][^。．.！!？?]{0,30})$/u;
/** A caption that opens by pointing at its photo: 图为…, 上图…, 图①…. */
const POINTS_AT_PHOTO = /^(?:图为|上图|下图|左图|右图|图[①-⑳\d０-９]+)/u;

/** Whether the text opens by pointing at its photo (图为…, 图②：…), as a caption does. */
export function pointsAtPhoto(text: string): boolean {
	return POINTS_AT_PHOTO.test(text);
}
/** How a sentence ends: its mark, and the quotes it closes, a quotation inside a quotation too (…我也是黄河。’”). */
const SENTENCE_END = /(?:[。！？!?…；;：:]|(?<![\d０-９])\.|[。！？!?….][”’」』）)"']+)$/u;
/** How a sentence or a lead-in to a list ends; a title never ends so. */
const CLAUSE_END = /[。；;：:]$/u;
/** Punctuation that section headings do not carry but running text does. */
const RUNNING_TEXT = /[，,。；;、]/u;
/** Numbering in front of a section heading: 一、 2. （三） ①. */
const HEADING_NUMBER = /^(?:[一二三四五六七八九十]+、|[\d０-９]{1,2}[、.．]|[（(][一二三四五六七八九十\d０-９]{1,3}[）)]|[①-⑳])\s*/u;

/** A numbered part's label standing alone: 案例一, 镜头二, 第三部分; perhaps with a colon, over the part's heading (场景一：). */
const PART_LABEL = /^(?:(?:案例|事例|镜头|场景|片段|样本|故事)[一二三四五六七八九十\d０-９]{1,3}|第[一二三四五六七八九十]{1,3}(?:部分|篇|章))[：:]?$/u;

/** A chapter or section of a law or a document printed in full: 第一章　总　　则, 第二节　保护与利用. */
const CHAPTER = /^第[一二三四五六七八九十百零〇\d０-９]{1,4}[章节编](?:[\s\u3000]+[^\s\u3000，。；：！？][^，。；！？]{0,24})?$/u;

/** Whether the line heads a chapter or a section of a law or a document printed in full. */
export function isChapterHeading(line: Line | undefined): boolean {
	return line !== undefined && CHAPTER.test(line.text);
}

/** Whether the line is a numbered part's label standing alone (案例一, 镜头二): the header under it heads that part. */
export function isPartLabel(line: Line | undefined): boolean {
	return line !== undefined && PART_LABEL.test(line.text);
}

/** Whether the text opens with a section's number: 一、, （二）, 3. (not 3.5). */
export function opensWithHeadingNumber(text: string): boolean {
	return HEADING_NUMBER.test(text) && !/^[\d０-９]{1,2}[.．][\d０-９]/u.test(text);
}

/** Whether the line is numbered as a section of a text (一、总体要求, （二）…, 3. …, 案例一, 第一章　总则): a heading, never a title. */
export function isNumberedHeading(line: Line | undefined): boolean {
	return (
		line !== undefined &&
		((HEADING_NUMBER.test(line.text) && !/^[\d０-９]{1,2}[.．][\d０-９]/u.test(line.text)) || PART_LABEL.test(line.text) || isChapterHeading(line))
	);
}
/** The tag of a column or series at the end of a title: …（人民时评）, …（深入学习贯彻…纵横谈）, a space before it or not (在浪潮之巅 （文艺评论）). */
const COLUMN_TAG = /(?<=[^（(\s\u3000])[ \u3000]?[（(](?:[^（）()]|[（(][^（）()]{1,10}[）)]){2,40}[）)]$/u;
/** The dash that opens a subtitle printed under its title: ——记…, ──访…. */
const SUBTITLE_DASH = /^(?:——|──|—|－－|--)/u;
// A byline printed at the end of a brief: ……（记者 李  华）.
const TRAILING_BYLINE = /[（(]((?:本报|新华社)?(?:特约记者|见习记者|记者|通讯员|实习生)[^（）()]{1,30})[）)]$/u;
/**
 * A note in brackets after a paragraph's last sentence, pointing to more on another page: 。（相关报道见第十一版）,
 * 。（中央社会工作部负责人答记者问见第四版）, or printed elsewhere: 。（信全文另发）.
 */
const TRAILING_PAGE_NOTE = /[。！？”][（(](?:[^（）()]{0,30}见第?[一二三四五六七八九十\d０-９]{1,3}版|[^（）()]{0,12}全文另发)[）)]$/u;
/**
 * Where a caption's photos came from, after its full stop and a wide space, on the caption's line: 瓦窑沟墓地出土的铜钺。
 * 以上图片均为孙战伟提供, 南宋…金叶子。  杭州博物馆藏. The caption is whole there.
 */
const TRAILING_PHOTO_SOURCE = /[。！？][\s\u3000]{2,}(?:(?:以上|上述|本版|本文)?图片均?(?:为|由)[^。，,（）()]{1,20}提供|\p{Script=Han}{2,16}(?:馆|院|所)藏)$/u;
/**
 * The articles a sentence of a draft law's explanation sums up, cited after its full stop: …作出规定。（草案第五十七条至第六十三条）,
 * …施行日期。（草案第六十四条）. The paragraph ends there.
 */
const TRAILING_ARTICLE_CITATION = /[。！？；;][（(](?:草案)?第[一二三四五六七八九十百零〇]+条[^（）()]{0,30}[）)]$/u;
/**
 * Who said or wrote what a paragraph quotes, after its last sentence: …读来令人热血沸腾。　　——桫  椤（中国作协网络文学委员会委员）,
 * as a page of recommended books prints each book's blurb. The paragraph ends there. (Set apart by a space, or with the
 * writer's post: a dash in running text may leave a word or two before a column break, …太热闹了。”——暗暗 / 契合….)
 */
const TRAILING_ATTRIBUTION =
	/[。！？!?…][”’」』]*(?:[\s\u3000]+(?:——|──)[^。！？!?，,；;：:—─（）()]{1,12}(?:[（(][^（）()]{1,40}[）)])?|(?:——|──)[^。！？!?，,；;：:—─（）()]{1,12}[（(][^（）()]{1,40}[）)])$/u;
/** A pointer to the photo, chart or box a sentence points at, after its full stop: …有机质含量增加。（见图②）, …。（见专栏一）. */
const TRAILING_POINTER = /[。！？”][（(]见(?:上|下)?(?:图|表|专栏)[^（）()]{0,12}[）)]$/u;

/** Whether the text points the reader at a photo, chart or box (…。（见图②））: text beside the picture, never its caption. */
export function pointsElsewhere(text: string): boolean {
	return TRAILING_POINTER.test(text);
}
/** A line all in brackets, brackets inside it included: （作者为乐聚智能（深圳）股份有限公司董事长）. */
function isBracketed(text: string): boolean {
	if (!/^[（(]/u.test(text) || !/[）)]$/u.test(text)) return false;
	let depth = 0;
	for (const [i, char] of [...text].entries()) {
		if (char === '（' || char === '(') depth++;
		else if (char === '）' || char === ')') depth--;
		// The opening bracket closes only at the end: （甲）乙（丙） is not one note.
		if (depth === 0 && i < [...text].length - 1) return false;
	}
	return depth === 0;
}
/** The signature under an editor's note, on its own line: ——编者, ——编  者. */
const EDITOR_SIGNATURE = /^——编[\s\u3000]*者$/u;

/** Whether the line is the signature under an editor's note alone (——编  者). */
export function isEditorSignature(text: string): boolean {
	return EDITOR_SIGNATURE.test(text);
}
/**
 * What the notes that close an item say: who wrote or filed it, or where it was printed first
 * (（摘编自《北京日报》）); or the writer alone, a name or a body that signs as one, as theory papers
 * print them last (（赵天益）, （浙江省绍兴市委党校校委理论学习中心组）).
 */
const CLOSING_NOTE =
	/作者|电[）)]$|记者|^[（(](?:摘编自|摘自|原载|转载自)|参与采写|整理|供稿|来源|编译|撰文|执笔|^[（(][\p{Script=Han}·]{2,4}[）)]$|^[（(]\p{Script=Han}{2,30}(?:党委|党组|委员会|中心组|课题组|组织部|宣传部|研究院|研究所|研究中心|公司|党校)[）)]$/u;
/**
 * Whitespace a printed line may begin with, marking a paragraph's first line: a full-width, no-break, em or en space
 * (web pages indent with &emsp;&emsp;), a tab, or two spaces. One space alone is the text's own, where a column break
 * cut a paragraph right before it (“五一” 周末自驾游).
 */
const INDENT = /^(?: ?[\u3000\u00a0\u2002\u2003\t]| {2})/u;

/** Whether the line ends in a photo credit (曾文溪摄) rather than in the punctuation of a sentence. */
function endsWithPhotoCredit(text: string): boolean {
	// A figure before 摄 is a temperature a wrap cut (零下7摄 / 氏度), never a photographer; nor is a
	// clause of running text before it a credit, but a word a column break cut (…每人每天食盐摄 / 入量…), nor
	// the verb 拍摄 where a sentence wants more (…为了拍摄 / ….).
	return (
		CREDIT_END.test(text) &&
		!SENTENCE_END.test(text) &&
		!/[\d０-９]摄$/u.test(text) &&
		!/[，,；;][^，,；;。（(）)]*摄$/u.test(text) &&
		!VERB_BEFORE_BREAK.test(text)
	);
}

/** The verb 拍摄 after words that want more, where a column break cut the sentence: …就此定格。为了拍摄 / …. */
const VERB_BEFORE_BREAK = /(?:为了|为|进行|正在|开始|用于|便于|专门|继续|负责|参与|坚持|完成|一起|共同)拍摄$/u;

/**
 * A credit no column break can cut: the artist or photographer before the agency in brackets (洪  琥绘（人民视觉）,
 * 李  贺摄（新华社发）), or the agency alone. (摄 alone may end a word a break cut: …倾斜摄 / 影相机.)
 */
const WHOLE_CREDIT_END = /(?:[摄绘作][（(][^（）()]{1,30}[）)]|人民视觉|视觉中国|新华社发)$/u;

/** Whether a caption ends with a credit no column break can cut: nothing under it goes on with it. */
export function endsWithWholeCredit(text: string): boolean {
	return WHOLE_CREDIT_END.test(text);
}

/** The kind of work printed after an artwork's name, which is its caption: 家乡的路（中国画）. */
const ARTWORK = /[（(](?:中国画|国画|油画|版画|水彩画?|水墨画?|书法|篆刻|剪纸|漫画|雕塑|年画|素描|速写|插画)[）)]$/u;

/** Who gave the photos above, on a line of its own: 以上图片均为受访者提供, 图片由某某博物馆提供, …提供（新华社发）. */
const PHOTOS_PROVIDED_BY = /^(?:以上|上述|本版|本文)?图片(?:均)?(?:为|由)[^。，,（）()]{1,20}提供(?:[（(][^（）()]{1,12}[）)])?。?$/u;

/** A cartoon's artist after a label: 漫画绘制：曹  一（新华社发）, 漫画：王  伟. */
const LABELLED_ARTIST = /^(?:漫画|插画|插图)(?:绘制|作者)?[：:][\s\u3000]*(?<name>[^（）()：:]{2,8}?)(?:[（(][^（）()]{1,12}[）)])?$/u;

/** Whether the line names a cartoon's artist after its label, the name one that reads as a person's. */
function isLabelledArtist(text: string): boolean {
	const name = LABELLED_ARTIST.exec(text)?.groups?.name;
	return name !== undefined && parseNameLine(name)?.length === 1;
}

/** Where a painting or an object in the photo is kept, alone under its caption: 北京画院藏, 故宫博物院藏. */
const HELD_BY = /^\p{Script=Han}{2,12}(?:博物院|博物馆|画院|美术馆|图书馆|纪念馆|档案馆|研究院|研究所)藏$/u;

/**
 * Who drew or took every picture of the page, on a line of its own: 本版建筑手绘图均为杨大炜绘, 本版插图均为王伟绘; or
 * that they all come from an archive: 以上图片均为资料图片.
 */
const PAGE_PICTURES_BY =
	/^(?:以上|上述|本版|本文)\p{Script=Han}{0,6}(?:图片|照片|插图|手绘图|图)均(?:为|由)(?:[^。，,]{1,20}(?:绘|绘制|摄|发)|资料图片|资料照片)。?$/u;

/** A note that the page's pictures were retouched, on a line of its own: 本版图片已做艺术处理, 图片经AI技术处理. */
const PICTURES_TREATED = /^(?:以上|上述|本版|本文)?(?:图片|照片|配图)(?:均)?(?:已|经|经过)?(?:做|作|进行)?(?:了)?(?:艺术|技术|AI|AI技术)处理。?$/u;

/** Whether the line credits every picture above or on the page (以上图片均为新华社发): no one photo's credit. */
export function creditsEveryPicture(text: string): boolean {
	return PAGE_PICTURES_BY.test(text.trim());
}

/** Who supplied the photo above, on a line of its own: a body, a place or an interviewee (岷县融媒体中心提供, 长安十二时辰主题街区提供, 受访者提供). */
const PHOTO_SUPPLIED_BY =
	/^\p{Script=Han}{1,16}(?:中心|局|馆|院|所|站|委|办|部|会|厅|社|台|报|团|处|公司|集团|大学|学校|政府|单位|者|方|社区|街道|街区|景区|园区|基地|村|镇|乡)提供$/u;

/** A portrait's caption, a name and where the photo comes from: 王建业同志（资料照片）. */
const ARCHIVE_PHOTO = /[（(]资料照片[）)]$/u;

function isCaption(text: string): boolean {
	return (
		charLength(text) <= MAX_CAPTION_LENGTH &&
		(endsWithPhotoCredit(text) ||
			POINTS_AT_PHOTO.test(text) ||
			ARTWORK.test(text) ||
			ARCHIVE_PHOTO.test(text) ||
			PHOTOS_PROVIDED_BY.test(text) ||
			PAGE_PICTURES_BY.test(text) ||
			PICTURES_TREATED.test(text) ||
			HELD_BY.test(text) ||
			isLabelledArtist(text) ||
			PHOTO_SUPPLIED_BY.test(text) ||
			isDrawnBy(text))
	);
}

/** Who drew the picture above, a name and 绘 alone on a line: 洪  琥绘, 张文华绘. */
function isDrawnBy(text: string): boolean {
	const name = /^(.+)绘$/u.exec(text)?.[1];
	return name !== undefined && parseNameLine(name)?.length === 1;
}

/**
 * A line that is one quotation, with no sentence ended inside it but that of a saying it quotes:
 * a heading quoting a speech (“‘赠人玫瑰，手留余香’。大爱无疆、仁者爱人”), where the text itself
 * quotes it ending in 。”.
 */
export const WHOLE_QUOTATION = /^“(?:[^“”。！？]|’。)+”$/u;

/** A full stop before the last character means more than one sentence: running text (not a saying's, in a quotation). */
function hasInnerFullStop(text: string): boolean {
	return !WHOLE_QUOTATION.test(text) && text.slice(0, -1).includes('。');
}

/**
 * Who worked on an article's online version with its reporters, after its text (融媒合作：刘畅  张世悬): the article's last
 * line, as the web edition prints it, never a title or a kicker.
 */
const MEDIA_PARTNERS = /^(?:融媒合作|融媒体合作|视频拍摄|视频制作|视频剪辑)[：:]/u;
/** Who gave a page or a feature its expert support, after its text (学术支持：中国科学技术协会、…): its last line too. */
const SUPPORTED_BY = /^(?:学术支持|技术支持|数据支持|专业支持)[：:]/u;

/** The facts of an event a notice lists under its title (时间：…, 主办：陕西省人民政府  …, 协办：…): its text, never a title. */
const EVENT_FACT = /^(?:时间|地点|主办|承办|协办|联办|主办单位|承办单位|协办单位|指导单位|支持单位)[：:]\S/u;
/** So are the facts a museum gives under an object (文物时代：唐代 / 出土地点：河南偃师杏园唐墓). */
const OBJECT_FACT = /^(?:文物时代|文物年代|时代|年代|出土地点|出土时间|收藏单位|现藏|馆藏地|尺寸|质地)[：:]\S/u;
/** So are the facts a visitor needs under a venue or a show (开馆时间：周三至周日9：00—16：30, 地址：…, 咨询电话：…). */
const VISITOR_FACT = /^(?:开馆时间|开放时间|营业时间|展览时间|展期|活动时间|报名时间|地址|电话|咨询电话|联系电话|票价|门票|网址)[：:]\S/u;
/** A table's or a box's footnote (注：以上为我国现有的17个国家级木版年画项目): its last line, never a title or a kicker. */
const FOOTNOTE = /^注[\d０-９]?[：:]\S/u;
/**
 * What a reader is asked to do with the page's codes (观看视频，请用手机扫描二维码, 扫码收听): the last line of the item it stands
 * in, never a title or a kicker.
 */
const SCAN_PROMPT = /扫描?二维码|扫码(?:观看|阅读|收听|关注|了解)/u;
/** Whether the line gives one fact of an event, an object or a visit under its label (时间：…, 出土地点：…, 地址：…): whole, however it ends. */
export function isLabelledFact(text: string): boolean {
	return EVENT_FACT.test(text) || OBJECT_FACT.test(text) || VISITOR_FACT.test(text);
}
/** A sentence that trails off in clauses (窑火升腾，爷儿仨精准地把控着…，像是在和窑炉进行一场无声而又默契的对话……): running text. */
const TRAILING_CLAUSES = /[，,][^，,]*[，,].*(?:……|…)$/u;

/** An e-mail address: a line that gives one (选题线索来信邮箱：…@peopledaily.cn) is a notice, never a title. */
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u;
/** A notice that ends with the address it gives (选题线索来信邮箱：rmrbstb@peopledaily.cn) ends there. */
/** The longest notice that closes an item with an address: a sentence longer than that is running text. */
const MAX_NOTICE_LENGTH = 60;
const ENDS_WITH_ADDRESS = /(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?:\/\/\S+)$/u;
/**
 * The labels an interview prints before its guests and hosts (嘉  宾：…, 主持人：…, 对话人：吕忠飞（…县长）、…), or a Q&A before
 * who asks and who answers (提问：付剑伟 …, 解读：吴付来 …): text, never a title.
 */
const INTERVIEW_LABEL = /^(?:对话嘉宾|访谈嘉宾|嘉[\s\u3000]*宾|主持人|对话人|采访对象|提问|解读)[：:]/u;

/**
 * Whether the line names a guest, a host or a speaker after their label, by a post and a name set apart (主持人：本报编辑  吴  浩)
 * or a name and a post (提问：付剑伟 新疆供销投资（控股）集团有限责任公司党委委员、副总经理): a line of its own, which no
 * sentence goes on from.
 */
export function isLabelledPerson(text: string): boolean {
	const label = (INTERVIEW_LABEL.exec(text) ?? SPEAKER_LABEL.exec(text))?.[0];
	if (label === undefined) return false;
	const rest = text.slice(label.length).trim();
	if (/[。！？!?；;]/u.test(rest)) return false;
	const [first, ...post] = rest.split(/[\s\u3000]+/u);
	return parsePostAndName(rest) !== undefined || (post.length > 0 && parseNameLine(first!)?.length === 1);
}
/** A bar set between spaces (赛力斯汽车 | 华为 联合设计) parts the lines of an advertisement or a web menu; headlines never print one. */
const SPACED_BAR = /[\s\u3000][|｜][\s\u3000]/u;

/**
 * Short (its column's tag aside: a series name can be long), not ending as a sentence does, one
 * sentence at most, every bracket and quote closed.
 */
function isTitleLike(text: string): boolean {
	// ■ marks the points of a summary printed under a title: running text, however short; so is a list of names.
	// (So is an afterword's label alone, 编后: it goes with the item above; and the label of the
	// summary a feature prints under its header, 核心阅读.)
	if (
		(/^[■●◆▲]/u.test(text) && !isBoxLabelText(text)) ||
		/^(?:编后语?|核心阅读|内容提要)$/u.test(text) ||
		INTERVIEW_LABEL.test(text) ||
		EMAIL.test(text) ||
		MEDIA_PARTNERS.test(text) ||
		SUPPORTED_BY.test(text) ||
		SCAN_PROMPT.test(text) ||
		FOOTNOTE.test(text) ||
		isLabelledFact(text) ||
		TRAILING_CLAUSES.test(text) ||
		SPACED_BAR.test(text) ||
		isNameList(text) ||
		isSourceNote(text) ||
		SPOKEN_SENTENCE.test(text) ||
		NARRATED_SPEECH.test(text) ||
		OPENS_ON_PARTICLE.test(text) ||
		ELLIPSIS_ONLY.test(text) ||
		READER_COMMENT.test(text) ||
		RHETORICAL_QUESTION.test(text) ||
		LETTER_GREETING.test(text) ||
		FOLLOW_UP_DISPATCH.test(text)
	)
		return false;
	const length = charLength(text.replace(COLUMN_TAG, ''));
	// (A subtitle led in by its dash may run on in clauses: ——习近平主席赴…峰会推动…更加紧密，合作更加深入，前景更加广阔.)
	const dashSubtitle = /^——[^—]/u.test(text) && !/[。；;！!？?]/u.test(text);
	const short = length <= MAX_HEADER_LENGTH || (length <= MAX_UNPUNCTUATED_TITLE_LENGTH && (dashSubtitle || !/[，,。；;：:！!？?]/u.test(text)));
	// (A kicker that leads into its title with a dash may hold two sentences: 一线人员彻夜坚守，助力商品走向世界。记者在重庆实地探访——.)
	const leadsIntoTitle = /[^—]——$/u.test(text) && !SUBTITLE_DASH.test(text) && length <= MAX_HEADER_LENGTH;
	return short && !CLAUSE_END.test(text) && (!hasInnerFullStop(text) || leadsIntoTitle) && bracketsBalanced(text);
}

/**
 * A rhetorical question in clauses, as a commentary closes (增强战略定力，保有耐心、进取心、慧心，何愁事不能成、业不能兴？):
 * running text. A kicker that asks, asks in earnest (…，怎么解？, 为什么…？).
 */
const RHETORICAL_QUESTION = /[，,].*(?:何愁|岂能|岂不|难道|何尝|何惧|何患)[^，,]*[？?]$/u;

/**
 * A letter's greeting, its first sentence (值此…召开之际，我向全国广大法学法律工作者致以问候！): running text, however
 * short and whatever it ends on. No title speaks so, in the first person, to its readers.
 */
const LETTER_GREETING = /^值此.{2,40}之际[，,]|[，,]我(?:谨)?(?:代表.{2,30})?向.{2,40}(?:致以|表示)/u;

/**
 * A second dispatch run on after a news item's text (又电  5月15日，中国人民银行…): running text, however a column
 * break cut it. No title opens so.
 */
const FOLLOW_UP_DISPATCH = /^又[电讯][\s\u3000]/u;

/**
 * Someone's words quoted whole, closing on a full stop or an ellipsis inside the quotation mark (“刚出炉的馕，
 * 薄脆中带着面香嘞……”): the first sentence of a paragraph's text. A quoted title or heading closes on
 * nothing, or on an exclamation or a question: “让我再救一个！”.
 */
const SPOKEN_SENTENCE = /^“[^“”]*(?:……|…|。)”$/u;
/**
 * Words said in a story, led in by who said them (张修强摆摆手：“设备还没全部到位，抵押物不够，怕是申请不了！”): a
 * quotation of clauses that closes its sentence, after a colon or a comma. A quoted title is one phrase.
 */
const NARRATED_SPEECH = /^[^“”]{2,20}[：:，,]“[^“”]*[，,][^“”]*[。！？!?]”$/u;
/** A line that opens on a particle, 的 (的《三北…规划》…), goes on with a sentence: no title opens so (的哥, 的确 aside). */
const OPENS_ON_PARTICLE = /^的(?![哥姐士确])/u;

/** A line of dots alone (…………): the rows of a list left out, inside the text. */
const ELLIPSIS_ONLY = /^[…⋯.·。]+$/u;

/** A reader's comment, led by who wrote it (吉林网友敬天爱人：…, 网友“小熊”：…, 北京读者李明：…): text, never a title. */
const READER_COMMENT = /^(?:\p{Script=Han}{2,4})?(?:网友|读者)(?:“[^”]{1,16}”|[^：:\s\u3000“]{1,16})[：:]\S/u;

/**
 * The label a letter printed inside the news of it carries (习近平致中国法学会第九次全国会员代表大会的信): it opens the
 * letter's text, as 贺  信 does, and the web edition prints it as the text's first paragraph. The news itself is titled
 * with a verb (习近平致信…强调), never so.
 */
const LETTER_NAMED_BY_SENDER = /^\p{Script=Han}{2,4}致.{2,40}的信$/u;

/** Whether the line is the label over a document's text (贺  信, 习近平致…的信): a whole paragraph, never a cut one. */
export function isDocumentLabel(text: string): boolean {
	return isSpacedDocumentLabel(text) || LETTER_NAMED_BY_SENDER.test(text);
}

/**
 * Who speaks, leading with a dash into their words quoted below (习近平总书记强调——): the paragraph's opening, as the web
 * edition prints it under a section's heading. A kicker leads into its title with news, not with a verb of saying.
 */
const SAYS_BELOW = /^\p{Script=Han}{2,12}(?:强调|指出|表示|要求)(?:——|──)$/u;

/** The label of the note that opens a series of articles (开栏的话). */
const SERIES_OPENING_NOTE = /^(?:开栏的话|开篇的话)$/u;

/** The kind of one printed line (trimmed, not blank). */
export function kindOf(text: string): LineKind {
	if (isCreditLine(text)) return 'credit';
	if (parseBylineLine(text)) return 'byline';
	if (parseLead(text)) return 'lead';
	if (isCaption(text)) return 'caption';
	if (isNote(text)) return 'note';
	// A letter's label over its text (贺  信) opens the text: no header line. Nor is the label of the
	// note that opens a series (开栏的话), printed inside the series' first article as a paragraph.
	if (isDocumentLabel(text) || SERIES_OPENING_NOTE.test(text) || SAYS_BELOW.test(text)) return 'body';
	// (A numbered part's label is a header line, its colon pointing to the part's heading under it: 场景一：.)
	if (isTitleLike(text) || PART_LABEL.test(text)) return 'title-like';
	return 'body';
}

/** The non-blank lines of a page text, each with its kind; `firstLine` is the number of the text's first line in its file. */
/** Cells of a table row are parted by wide spaces or a tab; each is short. */
const CELL_GAP = /[ \u3000]{2,}|\t/u;
const MAX_CELL_LENGTH = 16;
const MIN_ROW_CELLS = 3;

/**
 * Whether the line could be a table's row: three short cells or more, or two whose last is a
 * figure (3．王小川（某省）  10秒11); no sentence.
 */
function mayBeRow(line: Line): boolean {
	if (line.kind === 'byline' || line.kind === 'credit' || line.kind === 'lead' || /[。；！？]/u.test(line.text)) return false;
	const cells = line.text.split(CELL_GAP);
	const figures = cells.length >= 2 && /[\d０-９]/u.test(cells.at(-1)!);
	return (cells.length >= MIN_ROW_CELLS || figures) && cells.every((cell) => charLength(cell) <= MAX_CELL_LENGTH);
}

/**
 * Marks the rows of tables printed as text: two lines or more in a row that may be rows, with a
 * figure among them (a title in three spaced words, 韧性  探索  活力, stands alone and has none).
 */
function markRows(lines: Line[]): void {
	let start = 0;
	while (start < lines.length) {
		let end = start;
		while (end < lines.length && mayBeRow(lines[end]!)) end++;
		const run = lines.slice(start, end);
		if (run.length >= 2 && run.some((line) => /[\d０-９]/u.test(line.text)))
			for (const line of run) {
				line.row = true;
				line.kind = 'body';
			}
		start = Math.max(end, start + 1);
	}
}

/**
 * The lines of a page's text, numbered from `firstLine`. A blank line parts what stands around it, but for the lines of
 * `partNothing` (1-based in the file): page metadata left blank where it stood, such as the source line a crawler keeps
 * between an article's header and its text (《人民日报》（2026年04月28日 第 06 版）), which parts nothing in print.
 */
export function readLines(source: string, firstLine = 1, partNothing: ReadonlySet<number> = new Set()): Line[] {
	const lines: Line[] = [];
	let afterBlank = true;
	source.split(/\r\n|\r|\n/).forEach((raw, index) => {
		const text = printedText(raw);
		if (!text) {
			if (!partNothing.has(index + firstLine)) afterBlank = true;
			return;
		}
		const withoutBom = raw.replace(/^\ufeff/, '');
		// Invisible marks before a line (a zero-width space, a word joiner) hide no indent: the indent is what follows them.
		const unmarked = withoutBom.replace(/^[\u200b-\u200f\u2060\ufeff]+/u, '');
		lines.push({
			text,
			number: index + firstLine,
			kind: kindOf(text),
			indented: INDENT.test(unmarked),
			marked: /^[\s\u3000]*\u200b(?![\s\u3000])/u.test(withoutBom),
			afterBlank,
			row: false,
			trailingSpaces: /[ \u3000]+$/u.exec(raw)?.[0] ?? '',
		});
		afterBlank = false;
	});
	markRows(lines);
	return lines;
}

/** The share of its lines above which a page is taken to pad every line with spaces. */
const MAX_PADDED_SHARE = 0.2;

/** Whether the page ends more than a few lines with spaces, as exports that pad every line do: the spaces after its lines then say nothing. */
export function padsLines(lines: readonly Line[]): boolean {
	return lines.filter((line) => line.trailingSpaces !== '').length > lines.length * MAX_PADDED_SHARE;
}

/**
 * Whether the line ends on a wide space, two spaces or an ideographic one, as print sets between two
 * phrases or names: a break that fell there (以“科技改变生活  / 创新赢得未来”), where the joined text keeps it.
 */
export function endsOnWideSpace(line: Line): boolean {
	return /^ {2,}$|\u3000/u.test(line.trailingSpaces);
}

/** A caption line that is only a photo credit, printed under its caption: 胡学军摄（人民视觉）, 本报记者  王  浩文  孙  恺摄. */
export function isCreditOnly(line: Line | undefined): boolean {
	return (
		line?.kind === 'caption' &&
		charLength(line.text) <= 36 &&
		!/[。！？!?，,；;]/u.test(line.text) &&
		!POINTS_AT_PHOTO.test(line.text) &&
		!ARCHIVE_PHOTO.test(line.text) &&
		// (An artwork's name, 山河锦绣（中国画）, captions its picture; it credits no caption above it.
		// The kind of work alone, （漫画）, does.)
		!(ARTWORK.test(line.text) && !/^[（(]/u.test(line.text))
	);
}

/** Splits a caption from the photo credit at its end: `图为…。曾文溪摄` → caption and `曾文溪摄`. */
export function splitCaption(text: string): { caption: string; credit?: string } {
	if (!CREDIT_END.test(text)) return { caption: text };
	const match = CREDIT.exec(text);
	if (!match || match.index === 0) return { caption: text };
	return { caption: trimLine(text.slice(0, match.index)), credit: trimLine(match[1]!) };
}

/**
 * Short lines that are text however they look: a question (an interview's 记者：…？, 问：…; papers
 * print short questions as headings and as paragraphs alike, and more often as paragraphs), an
 * exclamation or a quoted question (罚没35.97亿元！, “认识这个吗？”), a lead-in ending in —— or ……,
 * a line of verse ending in a comma (徐徐书卷展，), a date (2026年4月28日), a label in 【】, an
 * attribution that opens with a dash (——人民网网友), a line with fewer than two Han characters
 * (45.2%, ******) but a part's number (（一）, 1).
 */
const NEVER_HEADING = /(?:[？?]|——|…|[，,、])$|[！!]”?$|[？?][”’]$|^[【[]|^——|^(?:问|答|记者|主持人|嘉宾|读者关切|编者按|编者的话|编后|编后语)[：:]/u;
/** A date printed alone, as a document is signed: 2026年4月30日, ２０２６年４月３０日, 二〇二六年四月三十日, and where (2026年4月30日于北京). */
const PRINTED_DATE =
	/^(?:[\d０-９]{4}|[〇零一二三四五六七八九]{4})年[\d０-９〇零一二三四五六七八九十]{1,3}月[\d０-９〇零一二三四五六七八九十]{1,3}日(?:于\p{Script=Han}{2,6})?$/u;

/**
 * How a letter quoted in the text closes: its greeting (谨此，祝  阖家均安！, 此致  敬礼！), its writer's name and 上 (克 上,
 * 儿  敬上), or the day and where it was written with no year (二月十一日于西营): never a title or a heading.
 */
const LETTER_CLOSING =
	/^(?:(?:谨此|此致|专此)[，,\s\u3000]*(?:祝[\s\u3000]*\p{Script=Han}{1,8}|敬礼)?[！!]?|\p{Script=Han}{1,4}[\s\u3000]+(?:敬|谨|叩|拜)?上|[\d０-９〇零一二三四五六七八九十]{1,3}月[\d０-９〇零一二三四五六七八九十]{1,3}日于\p{Script=Han}{2,6})$/u;

/** Whether the line closes a letter quoted in the text (克 上, 二月十一日于西营): never a title or a heading. */
export function isLetterClosing(text: string): boolean {
	return LETTER_CLOSING.test(text);
}

/** Whether the line is a date printed alone, never a title or a heading. */
export function isPrintedDate(text: string): boolean {
	return PRINTED_DATE.test(text);
}
const TWO_HAN = /\p{Script=Han}.*\p{Script=Han}/u;
/** A part's number standing alone over its text, as a heading: （一）, （二）, or over the part's headings: 1. */
const PART_NUMBER_ALONE = /^(?:[（(][一二三四五六七八九十]{1,3}[）)]|[1-9])$/u;

/** Whether the line is a part's number alone (（一）, 1). */
export function isPartNumberAlone(line: Line | undefined): line is Line {
	return line !== undefined && isPartNumber(line.text);
}

/** Whether the text is a part's number and nothing else: 1, （二）. */
export function isPartNumber(text: string): boolean {
	return PART_NUMBER_ALONE.test(text);
}
/** The longest heading printed with a comma (深学细悟，筑牢思想根基); longer lines with commas are sentences. */
const MAX_PAIRED_HEADING_LENGTH = 28;
/**
 * The longest heading printed with a comma inside an article's text, where the page's layout says
 * the line is whole (着眼世界百年未有之大变局，以自身发展为世界提供确定性和新机遇).
 */
const MAX_LONG_PAIRED_HEADING_LENGTH = 48;
/** The longest heading printed without punctuation, where the page's layout says a line is whole (深入把握习近平总书记关于加强和改进人民信访工作的重要思想的丰富内涵, 33). */
const MAX_LONG_HEADING_LENGTH = 36;
/** The longest heading printed as a quotation or as a label and its subject (溯源：在数字时代…). */
const MAX_QUOTED_HEADING_LENGTH = 48;

/**
 * Where a chart's figures or a piece's media came from or who laid out its page, printed under it: 数据来源：…, 融媒创作：…,
 * 版式设计：…, or with a space for the colon (数据来源 工业和信息化部); a map's approval number, 审图号为…; the book an
 * illustration was taken from, 插图选自《道德与法治（四年级下）》《美好生活哪里来》.
 */
const SOURCE_NOTE =
	/^(?:(?:数据来源|资料来源|案例来源|图片来源|信息来源|融媒创作|视频制作|海报设计|版式设计)(?:[：:]|[\s\u3000]+(?=\p{Script=Han}))|来源[：:])|^审图号[：:为]?[\s\u3000]*\S|^(?:插图|配图|图片)选自《/u;
/** The longest source note that fits on one printed line. */
const MAX_SOURCE_NOTE_LENGTH = 30;
/** The longest source note naming several sources apart by spaces, no sentence in it (数据来源：中共…区委组织部  中共…区委宣传部). */
const MAX_LISTED_SOURCES_LENGTH = 60;

/**
 * A note of where a chart's figures or a piece's media came from (数据来源：国家统计局): it closes
 * the text above, on a line of its own; never a header, nor the start of a paragraph a column break cut.
 */
export function isSourceNote(text: string): boolean {
	const length = charLength(text);
	return SOURCE_NOTE.test(text) && (length <= MAX_SOURCE_NOTE_LENGTH || (length <= MAX_LISTED_SOURCES_LENGTH && !/[，,。；;！？]/u.test(text)));
}

/**
 * A guest introduced by their posts, listed with 、 or ，, the last a post, perhaps with the name
 * after it (张立群中国工程院院士、西安交通大学校长; 北京作家协会副主席，茅盾文学奖得主，作家乔叶):
 * text, as round tables print it, never a heading.
 */
const PERSON_DESCRIPTION = new RegExp(`[、，](?:[^、，]*?)(?:${PERSON_POSTS})(?:\\p{Script=Han}{2,3})?$`, 'u');
/** The name run on after the last post of a description (…校长李拯). */
const POST_THEN_NAME = new RegExp(`(?:${PERSON_POSTS})(\\p{Script=Han}{2,3})$`, 'u');

function isPersonDescription(text: string): boolean {
	const match = PERSON_DESCRIPTION.exec(text);
	if (!match) return false;
	const name = POST_THEN_NAME.exec(text)?.[1];
	return name === undefined || parseNameLine(name) !== undefined;
}

/**
 * Lines of a notice or a letter that no heading reads like: a contact (联系人：张先生, 联系电话：…), a
 * figure after its label (一年期整存整取：1.25%), a reader signing (河南郑州  读者  赵  伟).
 */
const NOTICE_OR_SIGNATURE =
	/^(?:联系人|联系电话|咨询电话|电话|传真|地址|邮编|邮箱|网址)[：:]|[：:][\s\u3000]*[\d０-９.．%％]+$|(?:读者|村民|居民|市民|网友|职工|家长)[\s\u3000]+\p{Script=Han}(?:[\s\u3000]*\p{Script=Han}){1,2}$/u;

/** A place and a name, as readers sign their letters: 河北邢台  王建国, 江苏南京  李  娜. */
function isPlaceAndName(text: string): boolean {
	const signed = /^\p{Script=Han}{2,8}[\s\u3000]{2,}(\p{Script=Han}(?:[\s\u3000]*\p{Script=Han}){1,2})$/u.exec(text);
	return signed !== null && parseNameLine(signed[1]!) !== undefined;
}

/** A writer's or an artist's credit alone, as a cartoon's verse closes with it: 朱慧卿文, 徐  之图, 冯德光作. */
function isWorkCredit(text: string): boolean {
	const name = /^(.{2,6})[文图作]$/u.exec(text)?.[1];
	return name !== undefined && parseNameLine(name) !== undefined;
}

function canBeHeading(text: string): boolean {
	return (
		(!NEVER_HEADING.test(text) || isBoxLabelText(text)) &&
		!isWorkCredit(text) &&
		!NOTICE_OR_SIGNATURE.test(text) &&
		!isPlaceAndName(text) &&
		!PRINTED_DATE.test(text) &&
		!LETTER_CLOSING.test(text) &&
		!SOURCE_NOTE.test(text) &&
		(TWO_HAN.test(text) || PART_NUMBER_ALONE.test(text)) &&
		!isPersonWithPost(text) &&
		!isPersonDescription(text)
	);
}

/** Whether the text could be a section heading: short, and without the punctuation of running text (numbering aside). */
function readsAsSectionHeading(text: string): boolean {
	return charLength(text) <= MAX_SECTION_HEADING_LENGTH && !RUNNING_TEXT.test(text.replace(HEADING_NUMBER, '')) && canBeHeading(text);
}

/** A title-like line that could be a section heading; `line` may be past the end of the page. */
export function isSectionHeading(line: Line | undefined): line is Line {
	return line?.kind === 'title-like' && readsAsSectionHeading(line.text);
}

/**
 * A heading as papers also print them, with a comma (深学细悟，筑牢思想根基), as a quotation
 * (“脚步走不到的地方，文字可以走到”) or as a label and its subject (溯源：在数字时代…). A paragraph cut
 * by a column break can look the same, so only the page's layout can tell (assemble-items.ts).
 */
export function isLooseHeading(line: Line | undefined): line is Line {
	if (line?.kind !== 'title-like' || !canBeHeading(line.text)) return false;
	const { text } = line;
	const quoted = /^“[^“”]+”$/u.test(text) && charLength(text) <= MAX_QUOTED_HEADING_LENGTH;
	// (The label may name a place and a site: 河南新郑裴李岗遗址：巩固裴李岗文化….)
	const labelled = /^\p{Script=Han}{2,4}：|^\p{Script=Han}{5,20}：(?!.*[，。；])/u.test(text) && charLength(text) <= MAX_QUOTED_HEADING_LENGTH;
	const paired = charLength(text) <= MAX_PAIRED_HEADING_LENGTH && !/[。；;]/u.test(text);
	// Theory papers head their sections with long lines (在知行合一中深刻领会树立和践行正确政绩观的重要理论与实践意义).
	const long = charLength(text) <= MAX_LONG_HEADING_LENGTH && !RUNNING_TEXT.test(text.replace(HEADING_NUMBER, ''));
	return quoted || labelled || paired || long;
}

/**
 * A long heading whose only punctuation is the enumeration comma (充分认识完善社会治理体系、推动社会工作高质量发展的重大意义),
 * as an interview heads its sections over the reporter's question: running text otherwise, so only the question under it
 * makes it a heading (assemble-items.ts).
 */
export function isEnumeratingHeading(line: Line | undefined): line is Line {
	return line?.kind === 'title-like' && canBeHeading(line.text) && charLength(line.text) <= MAX_LONG_HEADING_LENGTH && !/[，,。；;：:]/u.test(line.text);
}

/**
 * A long heading with a comma (实施好“十五五”规划纲要，首要的是在思想认识和工作方法上更好统筹两个大局),
 * as theory articles head their parts. The same line over an article's first paragraph is the
 * summary a commentary prints under its byline, so only text above it makes it a heading
 * (assemble-items.ts).
 */
export function isLongPairedHeading(line: Line | undefined): line is Line {
	return (
		line?.kind === 'title-like' &&
		canBeHeading(line.text) &&
		charLength(line.text) <= MAX_LONG_PAIRED_HEADING_LENGTH &&
		/[，,]/u.test(line.text) &&
		!/[。；;：:]/u.test(line.text)
	);
}

/**
 * A short line ending with a dash that leads into the heading under it (重获新生—— / 通过“再评估”，
 * 化解“摘牌”风险): the pair heads a section.
 */
export function isHeadingLeadIn(line: Line | undefined): line is Line {
	return line?.kind === 'title-like' && /^[^，,。；;]{2,20}——$/u.test(line.text) && TWO_HAN.test(line.text);
}

/**
 * The label of a box printed at the end of an item (延伸阅读, 相关链接, 花笺 with a flower's facts, 网友留言 over readers'
 * comments): the box is part of that item.
 */
const BOX_LABEL =
	/^(?:延伸阅读|相关链接|链接|背景链接|新闻链接|知识链接|名词解释|背景|背景资料|小贴士|\p{Script=Han}{2}贴士|小知识|人物小传|人物简介|记者手记|记者观察|记者感言|采访手记|数说|专家点评|花笺|留言|留言板|网友留言|读者留言)$/u;

/** Whether the line labels a box of the item it stands in; the line under it is the box's heading. */
export function isBoxLabel(line: Line | undefined): line is Line {
	return line !== undefined && isBoxLabelText(line.text);
}

/** Of those, the boxes that only ever close the item they belong to, whoever signs their piece: 延伸阅读, 相关链接. */
const ATTACHED_BOX_LABEL = /^(?:延伸阅读|相关链接|链接|背景链接|新闻链接|知识链接|名词解释|背景资料|小贴士|\p{Script=Han}{2}贴士|小知识)$/u;

/** A box's label as printed, without the square brackets (【记者感言】) or the mark (■延伸阅读) around it. */
function bareBoxLabel(text: string): string {
	return text.replace(/^【(.+)】$/u, '$1').replace(/^[■●◆▲][\s\u3000]*/u, '');
}

/** Whether the text labels a box that stays in its item even when its piece is signed (延伸阅读 / … / 于仁文). */
export function isAttachedBoxLabel(text: string): boolean {
	return ATTACHED_BOX_LABEL.test(bareBoxLabel(text));
}

/** A box's label, in square brackets too (【记者感言】), or after a mark (■延伸阅读). */
export function isBoxLabelText(text: string): boolean {
	return BOX_LABEL.test(bareBoxLabel(text));
}

/** Whether the text carries the punctuation of running text (，。；、), which titles of briefs do not. */
export function hasRunningTextPunctuation(text: string): boolean {
	return RUNNING_TEXT.test(text);
}

export function isSubtitle(text: string): boolean {
	return SUBTITLE_DASH.test(text);
}

/** A paragraph that stops without closing punctuation (or a closing byline or note) was cut by a column break. */
export function isUnterminated(text: string): boolean {
	// (A date alone, under a signature, is whole: 2026年4月30日. So is a line of editors' credits: 本版责编：王  彦, 【责任编辑：张三】.)
	return (
		!SENTENCE_END.test(text) &&
		!isCreditLine(text) &&
		!TRAILING_BYLINE.test(text) &&
		!TRAILING_PAGE_NOTE.test(text) &&
		!TRAILING_POINTER.test(text) &&
		!TRAILING_ARTICLE_CITATION.test(text) &&
		!TRAILING_ATTRIBUTION.test(text) &&
		!TRAILING_PHOTO_SOURCE.test(text) &&
		!isBracketed(text) &&
		!ENDS_WITH_ADDRESS.test(text) &&
		!PRINTED_DATE.test(text)
	);
}

/**
 * The date printed in brackets under the title of a document (（二〇二五年十月二十九日）, full-width digits too), or a
 * law's record of adoption and amendments, however long.
 */
const DOCUMENT_DATE =
	/^[（(](?:[〇零一二三四五六七八九]{4}|[\d０-９]{4})年[〇零一二三四五六七八九十\d０-９]{1,3}月(?:[〇零一二三四五六七八九十\d０-９]{1,3}日(?:[^（）()]{0,12}|[^（）()]{0,600}(?:通过|批准|修正|修订|公布|发布)))?[）)]$/u;

/** Whether the line is the date under a document's title, which is the document's subtitle: a white paper's month alone too, （2025年11月）. */
export function isDocumentDate(line: Pick<Line, 'text'> | undefined): boolean {
	return line !== undefined && DOCUMENT_DATE.test(line.text);
}

/** Whether the text is a note: all in brackets, or the signature under an editor's note. Nothing continues it. */
export function isNote(text: string): boolean {
	return (isBracketed(text) && !PART_NUMBER_ALONE.test(text)) || EDITOR_SIGNATURE.test(text) || PAGE_COMPILED_BY.test(text) || WATCH_ONLINE.test(text);
}

/** Where the page's videos or other media are to be found, on a line of its own: 相关新媒体内容欢迎登录人民网观看《…》. */
const WATCH_ONLINE =
	/^(?:相关)?(?:新媒体|融媒体|视频|音频)?(?:内容|报道|产品)?[^。！？]{0,6}(?:欢迎|敬请|请)(?:登录|关注|访问)[^。！？]{2,40}(?:观看|收看|收听|阅读|查看)[^。！？]{0,30}$/u;

/** Who put together a kind of text all over the page, on a line of its own: 本版专家点评均为本报记者…采访整理. */
const PAGE_COMPILED_BY = /^本版\p{Script=Han}{0,8}均(?:为|由)[^。，,]{2,40}(?:采访整理|整理|采写|撰写)$/u;

/** Where the rest of an article is printed: （下转第五版）, （转第3版）. */
const CONTINUED_ON = /^[（(](?:下转|转)第?[\d０-９一二三四五六七八九十]{1,3}版[）)]$/u;

/** Names in brackets alone, spaced as print sets them (（王　鹏）, （赵　征　王　鹏）): the writers signing. */
export function signsInBrackets(text: string): boolean {
	const inner = /^[（(]([^（）()]{2,24})[）)]$/u.exec(text)?.[1];
	return inner !== undefined && parseNameLine(inner) !== undefined;
}

/**
 * Whether a line closes its item: a note of who wrote or filed it (作者为…, 本报柏林电, 记者…整理),
 * the dateline an agency prints alone under a list it files (新华社北京4月30日电), or the short
 * notice a column prints last, giving its address (选题线索来信邮箱：…@peopledaily.cn).
 * `above`: the line over it; a dateline right under a header opens its item's text instead.
 */
export function isClosingNote(line: Line | undefined, above?: Line): boolean {
	if (line === undefined) return false;
	if (line.kind === 'note') return CLOSING_NOTE.test(line.text) || CONTINUED_ON.test(line.text) || signsInBrackets(line.text);
	if (line.kind === 'lead') return isBareDateline(line.text) && above !== undefined && above.kind === 'body';
	if (line.kind === 'body' && endsWithDateline(line.text)) return true;
	return line.kind === 'body' && ENDS_WITH_ADDRESS.test(line.text) && charLength(line.text) <= MAX_NOTICE_LENGTH;
}

export function hasColumnTag(text: string): boolean {
	// (A column's name is in Chinese: brackets of letters or figures alone close an abbreviation's gloss, （REITs）, （PPP）;
	// years in brackets date what the text names, （1078—1085年）, （12世纪后半叶）. Nor does a line that leaves a bracket open
	// end with one: a note a wrap cut inside a name's gloss, （作者为乐聚智能（深圳）.)
	const tag = COLUMN_TAG.exec(text)?.[0];
	return (
		tag !== undefined &&
		/\p{Script=Han}/u.test(tag) &&
		!DATES_IN_BRACKETS.test(tag.trim()) &&
		!PLACE_GLOSSES.has(tag.trim().slice(1, -1)) &&
		!isPersonWithPost(text) &&
		!leavesBracketOpen(text)
	);
}

/**
 * A province or a large city alone in brackets glosses a name, as a company's is printed (赛马物联科技（宁夏）有限公司,
 * 某智能（深圳）股份有限公司), where a wrap may end a line: no column is named for a place alone.
 */
const PLACE_GLOSSES: ReadonlySet<string> = new Set([...PROVINCES, ...CITIES]);

/** Years or centuries in brackets, a span of them or one: （1078—1085年）, （2024年）, （12世纪后半叶）. */
const DATES_IN_BRACKETS = /^[（(](?:公元前?)?[\d０-９]{1,4}(?:年|世纪)?(?:[—–\-－~～至到][\d０-９]{1,4}(?:年|世纪)?)?(?:前半叶|后半叶|初|末|中叶)?[）)]$/u;

/** The column tag at the end of a title, brackets included (（“十五五”文化热词·新大众文艺）), if it has one. */
export function columnTagOf(title: string): string | undefined {
	return hasColumnTag(title) ? COLUMN_TAG.exec(title)?.[0] : undefined;
}

/**
 * Whether a title's tag names a box an item prints at its end (努力探索传统文化活态传承（记者手记）, 宁波…清单（链接）,
 * 告别“踢皮球”的内耗与空转（感言）): the box's heading, inside that item.
 */
export function isBoxTitle(text: string): boolean {
	const tag = columnTagOf(text)?.trim().slice(1, -1);
	// (A reporter's afterword may be tagged 感言 alone; as a label over a paragraph, 【感言】, it heads no box.)
	return tag !== undefined && (isBoxLabelText(tag) || tag === '感言');
}

/** A person and their post in brackets, as round tables list their guests: 王雪坤（商务部国际贸易经济合作研究院院长）. */
function isPersonWithPost(text: string): boolean {
	// (A two-character name may be spaced out to the width of three: 杨  立（四川省委副秘书长、…）.)
	const name = /^([\p{Script=Han}·]{2,16}|\p{Script=Han}[\s\u3000]{1,2}\p{Script=Han})[（(][^（）()]{2,40}[）)]$/u.exec(text)?.[1];
	return name !== undefined && (name.includes('·') || parseNameLine(name) !== undefined || parsePenNameWithTrade(text) !== undefined);
}

/** What the names in a closing byline did, printed after them: （本报记者闫伊乔采访整理）, （记者王晓参与采写）. */
const WHAT_THE_WRITERS_DID = /(?:参与采写|参与采访|采访整理|采写|整理|报道)$/u;

/** The byline printed in brackets at the end of a paragraph (`记者 李  华`), if there is one, without what they did. */
export function trailingByline(text: string): string | undefined {
	return TRAILING_BYLINE.exec(text)?.[1]?.replace(WHAT_THE_WRITERS_DID, '');
}
