/**
 * Bylines and datelines: who wrote an item, and where and when it was filed.
 *
 * Two printed forms are recognised:
 * - a byline line: `◎ 邸金 本报记者 顾满斌`, `本报记者  韩  鑫`;
 * - a lead that opens with a dateline: `科技日报讯(洪恒飞 王婧璐 记者江耘)7月9日，…`,
 *   `本报北京7月9日电（记者 张三）…`, `新华社北京7月9日电（记者李四）…`.
 */
import { PROVINCES } from './places.ts';
import { asciiDigits, bracketsBalanced } from './text.ts';

export interface Author {
	/** The person's name as printed, inner spaces removed (`韩  鑫` → `韩鑫`). */
	name: string;
	/** The role printed before the name (本报记者, 通讯员…), when there is one. */
	role?: string;
}

/** Roles, longest first so that 本报记者 wins over 记者. */
export const ROLES = [
	'本报全媒体记者',
	'本报融媒体记者',
	'本报实习记者',
	'本报特约记者',
	'本报特派记者',
	'本报见习记者',
	'本报摄影记者',
	'本报评论员',
	'新华社记者',
	'摄影记者',
	'本报通讯员',
	'本报实习生',
	'本报记者',
	'全媒体记者',
	'融媒体记者',
	'特约通讯员',
	'特约记者',
	'见习记者',
	'实习记者',
	'通讯员',
	'实习生',
	'记者',
	// Who took the photos, signing beside the writers (新华社记者  王  晨  摄影  李  乐).
	'摄影',
	'摄像',
] as const;

const ROLE_PREFIX = new RegExp(`^(${ROLES.join('|')})`);
/**
 * A paper, agency, site or broadcaster by its name: 人民网, 中国汽车报, 新华每日电讯, and the names a
 * group of outlets signs under together (中国青年报·中青在线).
 */
const OUTLET = String.raw`(?:\p{Script=Han}{1,8}(?:报|网|社|台|电讯|在线)(?:·\p{Script=Han}{1,8}(?:报|网|社|台|在线|客户端))?)`;
/**
 * A role at another paper, agency, site or magazine, written as one word with its name (人民网记者,
 * 中国汽车报记者, 《环球人物》记者), or a correspondent stationed abroad or in a region (本报驻巴西记者,
 * 新华社驻联合国记者), or several correspondents in several (本报驻印度尼西亚、泰国、越南记者).
 */
const OTHER_PAPERS_ROLE = new RegExp(
	String.raw`^(?:${OUTLET}|《[^《》]{1,12}》)(?:驻\p{Script=Han}{1,10}(?:、\p{Script=Han}{1,10}){0,4})?(?:特约|全媒体|融媒体)?(?:记者|通讯员)$`,
	'u',
);
/** A name as bylines print them: two to four Han characters, a transliterated name parted by · (阿卜杜勒·拉赫曼), or Latin. */
const PERSON_NAME = /^(?:[\p{Script=Han}·]{2,6}|\p{Script=Han}{1,8}(?:·\p{Script=Han}{1,8}){1,3}|[A-Za-z][A-Za-z .'-]{1,40})$/u;
/**
 * A transliterated name run on into what its bearer did, as a wrapped sentence cuts it before a role
 * (沙基尔·拉迈在接受 / 本报记者 / 专访时表示): no transliteration ends in these words.
 */
const NAME_RUN_ON_INTO_VERB = /·\p{Script=Han}*(?:接受|表示|认为|指出|介绍|告诉|说)$/u;
/**
 * What a sentence puts around a role, which a wrap may leave reading as a byline (接受本报记者采访的中越 /
 * 各界人士…, 本 / 期大家谈由本报记者采访相关 / 部门, 本报 / 记者对某某县、某某区、, as in the fixture role-inside-sentence-cut-by-wrap): a verb that takes the reporter,
 * words with a particle in them, words ending in a preposition before it, or what the reporter did after it, or a
 * preposition opening them; no name is any of these.
 */
const SENTENCE_AROUND_ROLE =
	/^(?:接受|告诉|跟随|陪同|邀请)$|[的了]|^\p{Script=Han}{2,}[由向对据与被让]$|^(?:采访|整理|了解|获悉)|^[对据在把被给让]\p{Script=Han}{2,}/u;
/** Words that follow a role in headings and column names. */
const NOT_NAMES = new Set([
	'手记',
	'观察',
	'调查',
	'走访',
	'探访',
	'来信',
	'专访',
	'亲历',
	'风采',
	'笔记',
	'日记',
	'眼中',
	'视线',
	'体验',
	'蹲点',
	'走基层',
	'在现场',
	'见闻',
	'连线',
]);

/** Roles that are also words of running text (摄影, 摄像) or end longer roles (记者): they part no names run together. */
const RUN_ON_WORDS: ReadonlySet<string> = new Set(['记者', '摄影', '摄像']);
/**
 * A role run on from the name before it (张丹华本报通讯员王三合), not the end of a longer role
 * (本报记者, 新华社记者, 本报驻美国记者) nor a word of running text (RUN_ON_WORDS).
 */
const ROLE_AFTER_NAME = new RegExp(`(?<=\\p{Script=Han})(?<![报网社台》特约见习])(${ROLES.filter((role) => !RUN_ON_WORDS.has(role)).join('|')})`, 'gu');
/** Another paper's role run on into its name: 中国汽车报记者张奕雯. */
const OTHER_PAPERS_ROLE_BEFORE_NAME =
	/(?<=^|[\s\u3000])((?:\p{Script=Han}{1,8}?(?:报|网|社|台)|《[^《》]{1,12}》)(?:驻\p{Script=Han}{1,10}?(?:、\p{Script=Han}{1,10}?){0,4})?(?:特约)?(?:记者|通讯员))(?=\p{Script=Han})/gu;

/**
 * Sites, papers and broadcasters whose reporters sign beside a paper's own (本报记者  陶相安  人民网记者
 * 胡雪蓉): run on from a name where the spaces were lost, only a known name tells where the name ends.
 */
const KNOWN_OUTLETS = [
	'人民网',
	'新华网',
	'央视网',
	'央广网',
	'中新网',
	'光明网',
	'中国网',
	'国际在线',
	'中国新闻社',
	'中新社',
	'中央广播电视总台',
	'人民日报海外版',
];
/** A known outlet's role run on from the name before it: 陶相安人民网记者胡雪蓉. */
const OUTLET_ROLE_AFTER_NAME = new RegExp(`(?<=\\p{Script=Han})((?:${KNOWN_OUTLETS.join('|')})(?:特约)?(?:记者|通讯员))`, 'gu');

/** Sets roles apart from the names they run into where the spaces were lost (OCR): 本报记者张丹华本报通讯员王三合. */
function spaceRoles(text: string): string {
	return text.replace(ROLE_AFTER_NAME, ' $1').replace(OUTLET_ROLE_AFTER_NAME, ' $1').replace(OTHER_PAPERS_ROLE_BEFORE_NAME, '$1 ');
}

/**
 * What the writers did, printed after their names (本报记者  王  浩  整理, 新华社记者 综合报道,
 * 本报记者王浩报道, 发自北京): never a name.
 */
const WHAT_THEY_DID = /[\s\u3000]*(?:综合报道|联合报道|报道|整理|采写|撰文|发自\p{Script=Han}{2,8})$/u;

/** A name with what its bearer did before it, as magazines and supplements print them: 文/王浩, 图/李明. */
const CREDITED_NAME = /^(文|图|摄影|摄)[/／](\p{Script=Han}[\p{Script=Han}·]{0,7})$/u;

/** Correspondents' several postings in one role (本报驻印度尼西亚、泰国、越南记者), whose 、 parts no names. */
const POSTINGS = /驻\p{Script=Han}{1,10}(?:、\p{Script=Han}{1,10})+(?=(?:特约|全媒体|融媒体)?(?:记者|通讯员))/gu;
/** Stands for the 、 of several postings while a byline is cut into names. */
const POSTINGS_JOINER = '\u0001';

/** Splits a run of names and roles (`邸金 本报记者 顾满斌`) into authors. */
export function parseAuthorList(text: string): Author[] {
	const authors: Author[] = [];
	let role: string | undefined;
	const postingsKept = text.replace(WHAT_THEY_DID, '').replace(POSTINGS, (postings) => postings.replaceAll('、', POSTINGS_JOINER));
	// A role applies to every name after it until the next role: 本报记者 张三 李四 通讯员 王五.
	for (let token of spaceRoles(postingsKept)
		.split(/[\s\u3000、，,]+/u)
		.filter(Boolean)
		.map((part) => part.replaceAll(POSTINGS_JOINER, '、'))) {
		const credited = CREDITED_NAME.exec(token);
		if (credited) {
			// 文/王浩, 图/李明: what each did, then who.
			role = credited[1];
			token = credited[2]!;
		}
		const roleMatch = credited ? null : ROLE_PREFIX.exec(token);
		if (roleMatch) {
			role = roleMatch[1];
			token = token.slice(role!.length);
			if (!token) continue;
		} else if (OTHER_PAPERS_ROLE.test(token)) {
			// 人民网记者, 中国汽车报记者: a role of another paper or site.
			role = token;
			continue;
		}
		// After a role, names may run together where the spaces between them were lost (OCR): 刘成友刘佳华.
		for (const name of role ? splitRunOfNames(token) : [token]) authors.push(role ? { name, role } : { name });
	}
	return mergeSpacedNames(authors);
}

/**
 * Whether the byline or signature line prints names run together that the parser parted by their surnames, where another
 * parting reads as names too (赵兵巨云鹏: 赵兵, 巨云鹏 or 赵兵巨, 云鹏): a guess, for the maintainer to check. A run that parts
 * one way alone is none (本报记者刘成友刘佳华): on the development pages, 150 such flags pointed at no wrong name.
 */
export function namesRunTogetherInDoubt(line: string): boolean {
	return runsOfNamesOn(line).some((token) => {
		const readings = readingsOfRun(token);
		return readings.length >= 2 && readings[0]!.names.length >= 2;
	});
}

/** The tokens of a byline or signature line that may be runs of names: its roles and their postings set apart. */
function runsOfNamesOn(line: string): string[] {
	return spaceRoles(line.replace(POSTINGS, (postings) => postings.replaceAll('、', '')))
		.split(/[\s\u3000、，,]+/u)
		.map((token) => token.replace(ROLE_PREFIX, ''));
}

/**
 * The commonest parts of Tibetan names, two of which make one (琼达卓嘎, 次仁央宗), with no surname: papers print them
 * among their reporters (袁泉、徐驭尧、琼达卓嘎), and OCR runs them together with the others (袁泉徐驭尧琼达卓嘎).
 */
const TIBETAN_NAME_PARTS: ReadonlySet<string> = new Set(
	(
		'扎西 次仁 格桑 央金 德吉 琼达 卓嘎 卓玛 拉姆 多吉 旦增 丹增 尼玛 达瓦 索朗 普布 边巴 洛桑 平措 益西 强巴 顿珠 曲珍 央宗 巴桑 ' +
		'次旦 罗布 白玛 措姆 德庆 次珍 仁增 旺堆 旺姆 米玛 玉珍 拉巴 欧珠 群培 加措 贡嘎 土登 贡布 阿旺 晋美 桑珠 德央 斯朗 才旦 ' +
		'仁青 边珍 赤列 旦达 拉珍 格列 嘎玛 次央 索南 卓吉 巴珠'
	).split(' '),
);

/** Whether the name is a Tibetan one of two common parts: 琼达卓嘎. */
function isTibetanName(name: string): boolean {
	const chars = [...name];
	return chars.length === 4 && TIBETAN_NAME_PARTS.has(chars.slice(0, 2).join('')) && TIBETAN_NAME_PARTS.has(chars.slice(2).join(''));
}

/** How much a name of two characters costs a reading of a run of names: most names have three. */
const TWO_CHARACTER_NAME_COST = 30;

/**
 * The names in a run of them printed with no space between (刘成友刘佳华 → 刘成友, 刘佳华), or the
 * run itself when it is one name or no reading makes every part a name. Of the readings where each
 * part opens with a surname, the one whose surnames are the most common wins (王观屈信明 → 王观,
 * 屈信明: 屈 is a commoner surname than 信).
 */
export function splitRunOfNames(run: string): string[] {
	const [reading] = readingsOfRun(run);
	return reading && reading.names.length >= 2 ? reading.names : [run];
}

/** One way to part a run of names, and what it costs: the rarer its surnames, and the more two-character names, the more. */
interface RunReading {
	cost: number;
	names: string[];
}

/**
 * The two cheapest readings of a run of names (splitRunOfNames), the cheapest first: none where the run is too short to
 * hold two names, is not all Han characters, or reads as one name.
 */
function readingsOfRun(run: string): RunReading[] {
	const chars = [...run];
	if (chars.length < 4 || !/^\p{Script=Han}+$/u.test(run) || (chars.length === 4 && looksLikeName(run))) return [];
	// best[i]: the two cheapest readings of the first i characters (the second cheapest of the whole run goes through the
	// cheapest or the second cheapest of every part before its last name).
	const best: RunReading[][] = [[{ cost: 0, names: [] }]];
	const add = (end: number, reading: RunReading) => {
		best[end] = [...(best[end] ?? []), reading].sort((a, b) => a.cost - b.cost).slice(0, 2);
	};
	for (let end = 2; end <= chars.length; end++) {
		for (let length = 2; length <= 4 && length <= end; length++) {
			const name = chars.slice(end - length, end).join('');
			for (const before of best[end - length] ?? []) {
				if (isTibetanName(name)) {
					add(end, { cost: before.cost, names: [...before.names, name] });
					continue;
				}
				if (!looksLikeName(name)) continue;
				const surname = COMPOUND_SURNAMES.find((compound) => name.startsWith(compound)) ?? name[0]!;
				add(end, { cost: before.cost + SURNAME_RANK.get(surname)! + (length === 2 ? TWO_CHARACTER_NAME_COST : 0), names: [...before.names, name] });
			}
		}
	}
	return best[chars.length] ?? [];
}

/**
 * Papers space out two-character names to the width of three (`韩  鑫`): single Han characters
 * that follow each other under the same role are one name.
 */
function mergeSpacedNames(authors: Author[]): Author[] {
	const merged: Author[] = [];
	for (const author of authors) {
		const previous = merged.at(-1);
		const single = [...author.name].length === 1;
		if (previous && single && previous.role === author.role && [...previous.name].length === 1) {
			previous.name += author.name;
			continue;
		}
		merged.push({ ...author });
	}
	return merged;
}

/**
 * Whether every name on a byline line is signed by a reporter's role (本报记者, 新华社记者, 经济日报记者,
 * 通讯员): the item's own byline wherever it is set, where a post over a name (全国人大代表  张  三)
 * may be a speaker's.
 */
export function isReportersByline(line: string): boolean {
	const authors = parseBylineLine(line);
	return (
		authors !== undefined && authors.length > 0 && authors.every((author) => author.role !== undefined && /(?:记者|通讯员|实习生|评论员)$/u.test(author.role))
	);
}

/** A line that is only a byline: `◎ 本报记者 华凌 通讯员 赵智和`, or a post and a name (parsePostAndName). */
export function parseBylineLine(line: string): Author[] | undefined {
	// A bracket left open is a closing note cut by a wrap (（本报记者  王  亮 / 整理）), no byline.
	if (!bracketsBalanced(line)) return undefined;
	return (
		parseRoleByline(line) ??
		parsePostAndName(line) ??
		parseMarkedNames(line) ??
		parseLabelledWriters(line) ??
		parseDialogueByline(line) ??
		parseInterviewCredits(line) ??
		parseRolesRunTogether(line)
	);
}

/** Where a second role may open in a byline whose spaces were lost: the paper's, an agency's, or a province's paper. */
const SECOND_ROLE_OPENING = new RegExp(`^(?:本报|新华社|人民网|中新社|央视|${PROVINCES.join('|')})`, 'u');

/**
 * A byline of two roles, each with its names, whose spaces were lost (本报记者袁泉徐驭尧西藏日报记者刘维涛孙开远): read as
 * two bylines parted where the second role opens, with the paper's, an agency's or a province's name.
 */
function parseRolesRunTogether(line: string): Author[] | undefined {
	const text = line.trim();
	// (Running text, with a sentence's marks outside a work's name, is no byline in either half: checked once, as most lines are text.)
	if (/[\s\u3000]/u.test(text) || /[。，,；;！？!?：:“”]/u.test(text.replace(/《[^《》]{1,12}》/gu, ''))) return undefined;
	for (let at = 4; at <= text.length - 4; at++) {
		if (!SECOND_ROLE_OPENING.test(text.slice(at))) continue;
		const [first, second] = [parseRoleByline(text.slice(0, at)), parseRoleByline(text.slice(at))];
		if (first !== undefined && second !== undefined && first.length > 0 && second.length > 0) return [...first, ...second];
	}
	return undefined;
}

/** The label of what someone did in an interview, before who did it: 解读人：, 采访人：. */
const INTERVIEW_ROLE_LABEL = /(?:解读人|采访人|受访人|访谈人)[：:]/u;
/** The longest description of who was interviewed, named by their post or group (中央一号文件起草组成员). */
const MAX_INTERVIEWEE_DESCRIPTION_LENGTH = 20;

/** Whether the byline credits an interview's people by what they did (解读人：…  采访人：…), not a writer. */
export function creditsInterview(byline: string): boolean {
	return byline.trim().search(INTERVIEW_ROLE_LABEL) === 0;
}

/**
 * Who was interviewed and who interviewed them, each after the label of what they did, on the line under an
 * interview's title: 解读人：中央一号文件起草组成员  采访人：本报记者 (names where printed: 采访人：本报记者  朱  隽; a
 * group or a post names no one).
 */
function parseInterviewCredits(line: string): Author[] | undefined {
	if (!creditsInterview(line)) return undefined;
	const text = line.trim();
	const authors: Author[] = [];
	for (const part of text.split(new RegExp(`(?=${INTERVIEW_ROLE_LABEL.source})`, 'u'))) {
		const value = part.replace(INTERVIEW_ROLE_LABEL, '').trim();
		const names = parseRoleByline(value) ?? parsePostAndName(value) ?? parseNameLine(value);
		if (names !== undefined) authors.push(...names);
		else if (/[，,。；;！？!?“”]/u.test(value) || [...value.replace(/[\s\u3000]+/gu, '')].length > MAX_INTERVIEWEE_DESCRIPTION_LENGTH) return undefined;
	}
	return authors;
}

/** The label a dialogue prints before the people who talk in it: 对话人：, 对谈人：. */
const DIALOGUE_LABEL = /^(?:对话人|对谈人)[：:][\s\u3000]*/u;

/**
 * The people of a dialogue, each name with their post or role after it, all on one line under the
 * title: 对话人：李  拯  本报评论员  刘元春  上海财经大学校长. A two-character name may be spaced to
 * the width of three (李  拯), as elsewhere.
 */
function parseDialogueByline(line: string): Author[] | undefined {
	const label = DIALOGUE_LABEL.exec(line.trim())?.[0];
	if (label === undefined) return undefined;
	const tokens = line
		.trim()
		.slice(label.length)
		.split(/[\s\u3000]+/u)
		.filter(Boolean);
	const authors: Author[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const spaced = [...tokens[i]!].length === 1 && [...(tokens[i + 1] ?? '')].length === 1;
		const token = spaced ? tokens[i]! + tokens[++i]! : tokens[i]!;
		const last = authors.at(-1);
		if (last !== undefined && last.role === undefined && (POST.test(token) || ROLE_PREFIX.test(token) || OTHER_PAPERS_ROLE.test(token))) last.role = token;
		else if (parseNameLine(token)?.length === 1) authors.push({ name: token });
		else return undefined;
	}
	return authors.length > 0 ? authors : undefined;
}

/**
 * Who took and wrote a photo report, signing under its title: 本报记者  高  炳摄影报道, 洪秋婷摄影报道.
 * Only right under a title: elsewhere the same line credits the photos above it (parseBylineLine).
 */
export function parsePhotoReportByline(line: string): Author[] | undefined {
	// (The agency that sent it may follow in brackets: 苏  楠  陈  祥摄影报道（人民视觉）.)
	const reporters = /^(\S.*?)[\s\u3000]*摄影报道(?:[（(][^（）()]{2,8}[）)])?$/u.exec(line.trim())?.[1];
	return reporters === undefined ? undefined : (parseRoleByline(reporters) ?? parseNameLine(reporters));
}

/**
 * A colon after a byline's role, as a web page or a crawler's copy prints it where the paper sets a space (本报记者：谷业凯,
 * 记者：张  三  通讯员：李  四). Only a role of ROLES takes it, so that a speaker's line (主持人：…, 记者：请问…？) stays text.
 */
const ROLE_COLON = new RegExp(String.raw`(?<=^|[\s\u3000])(${ROLES.join('|')})[：:][\s\u3000]*(?=\S)`, 'gu');

/**
 * Writers named after a label, as theory pages sign (作者：李建国, 作者：王  芳  陈志远), or a byline after it (作者：本报记者  王  浩);
 * and a byline whose roles a colon follows (本报记者：谷业凯).
 */
function parseLabelledWriters(line: string): Author[] | undefined {
	const text = line.trim();
	const names = /^(作者|文)[：:][\s\u3000]*(\S.*)$/u.exec(text);
	if (names) return parseNameLine(names[2]!)?.map((author) => ({ ...author, role: names[1]! })) ?? nonEmpty(parseRoleByline(names[2]!));
	const spaced = text.replace(ROLE_COLON, '$1  ');
	if (spaced === text) return undefined;
	// (An interview prints the reporter's words after the same colon, a short answer too (记者：谢谢): so each name must read as one.)
	const authors = nonEmpty(parseRoleByline(spaced));
	return authors?.every((author) => looksLikeName(author.name) && !/^(.)\1$/u.test(author.name)) ? authors : undefined;
}

/** A byline that names someone: a role alone after a label (作者：本报记者) names no one, and is not read as a byline. */
function nonEmpty(authors: Author[] | undefined): Author[] | undefined {
	return authors !== undefined && authors.length > 0 ? authors : undefined;
}

/**
 * Bare names behind a mark, as 解放军报 signs its commentaries (■李  刚  赵明远) and city dailies their reports (□张  三):
 * each name opening with a surname.
 */
function parseMarkedNames(line: string): Author[] | undefined {
	const names = /^[■◎□][\s\u3000]*(\S.*)$/u.exec(line.trim())?.[1];
	return names === undefined ? undefined : parseNameLine(names);
}

/**
 * A paper's or agency's commentator signing an editorial with no name (人民日报评论员, 新华社评论员,
 * 本报特约评论员), or the paper signing its own editorial (人民日报社论).
 */
const COMMENTATOR = /^(?:本报|\p{Script=Han}{2,6}(?:日报|报|社|台|网))(?:(?:特约)?评论员|社论)$/u;

/** What the writers did, printed before or after their names: 文/图 (text and photos), 图/文. */
const TEXT_AND_PHOTOS = /(?:^|[\s\u3000]+)(?:文[/／]图|图[/／]文)(?=$|[\s\u3000])/gu;

/** The same, run on to the last name: 本报记者  常  钦文并图 (text and photos by 常钦). */
const TEXT_AND_PHOTOS_AFTER_NAME = /(?<=\p{Script=Han})文并(?:图|摄)$/u;

/** A mark some papers set before a byline (■ 本报记者…): it says nothing unless a role follows. */
const BULLET_BEFORE_ROLE = /^[■□●▲◆][\s\u3000]*(?=\S)/u;

/**
 * The longest byline of roles and names, in characters, spaces aside: three correspondents with their
 * posts (本报驻美国记者  李志伟  本报驻德国记者  刘仲华  本报驻日本记者  岳  林) run to 30.
 */
const MAX_ROLE_BYLINE_LENGTH = 48;

function parseRoleByline(line: string): Author[] | undefined {
	const unmarked = line.replace(/^◎[\s\u3000]*/u, '');
	const marked = unmarked !== line;
	const withoutBullet = unmarked.replace(BULLET_BEFORE_ROLE, '');
	const body = withoutBullet.replace(TEXT_AND_PHOTOS, ' ').replace(TEXT_AND_PHOTOS_AFTER_NAME, '').trim();
	// 文/图  王浩: what the writer did says a name follows, as a role does.
	const credited = body !== withoutBullet.trim();
	// A commentator's byline: the role alone, like 本报评论员 (and no title: 人民日报评论员 is not a headline).
	if (COMMENTATOR.test(body.trim())) return [];
	// A role opens the byline, or stands in it after names it does not cover (辛  阳  人民网记者  汤  龙).
	if (
		!marked &&
		!credited &&
		!spaceRoles(body)
			.split(/[\s\u3000]+/u)
			.some((token) => ROLE_PREFIX.test(token) || OTHER_PAPERS_ROLE.test(token) || CREDITED_NAME.test(token))
	)
		return undefined;
	// A role alone (本报记者, 新华社记者  综合报道): the names were lost or printed elsewhere; still the byline's place.
	if ((ROLES as readonly string[]).includes(body.replace(WHAT_THEY_DID, '').trim())) return [];
	if (/[。，,；;！？!?：:“”]/.test(body.replace(/《[^《》]{1,12}》/gu, '')) || [...body.replace(/[\s\u3000]+/gu, '')].length > MAX_ROLE_BYLINE_LENGTH)
		return undefined;
	// 新华社记者  杨世尧摄, …摄影报道: a photo credit, not a byline.
	if (/(?:摄|供图|制图|摄影报道)$/u.test(body)) return undefined;
	const authors = parseAuthorList(body);
	// 记者手记, 通讯员风采: a role word opening a heading, not a person.
	if (
		authors.length === 0 ||
		authors.some((a) => !PERSON_NAME.test(a.name) || NAME_RUN_ON_INTO_VERB.test(a.name) || NOT_NAMES.has(a.name) || SENTENCE_AROUND_ROLE.test(a.name))
	)
		return undefined;
	return authors;
}

/**
 * Common Chinese surnames, compound ones first: a line of bare names (no role) is read as a byline
 * only when each name opens with one of them, so that a short heading is not taken for a person.
 */
const COMPOUND_SURNAMES = [
	'欧阳',
	'司马',
	'上官',
	'诸葛',
	'东方',
	'皇甫',
	'尉迟',
	'公孙',
	'慕容',
	'令狐',
	'宇文',
	'长孙',
	'夏侯',
	'轩辕',
	'端木',
	'西门',
	'南宫',
	'独孤',
	'申屠',
	'司徒',
	'司空',
	'澹台',
	'呼延',
];
const SURNAMES = new Set([
	...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔洪阎萧向汤常温康施文牛樊葛邢安齐易乔赖伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由鄂郦逄訾酆眭贲蒯乜郗缑仉笪禚邴琚郇闾巨傅丘畅',
]);

/**
 * Surnames by how common they are (the lists are in that order): 0 for 王. A compound surname counts
 * as the commonest: rare as it is, two characters that spell one say where a name starts, in a run
 * of names more surely than any single surname (顾春欧阳洁刘军国 → 顾春, 欧阳洁, 刘军国; not 顾春欧, 阳洁).
 */
const SURNAME_RANK = new Map<string, number>([
	...[...SURNAMES].map((surname, rank) => [surname, rank] as const),
	...COMPOUND_SURNAMES.map((surname) => [surname, 0] as const),
]);

/**
 * Phrases set in parallel with ·, as titles print them (以展促消·以展兴产·以展聚势, 新技术·新场景·新动能):
 * every part opens with the same character and is as long. A transliterated name does not (阿卜杜勒·拉赫曼), or
 * not both (阿布·阿曼尼).
 */
function isParallelPhrase(text: string): boolean {
	const parts = text.split('·');
	return parts.length >= 2 && parts.every((part) => part.length >= 2 && part[0] === parts[0]![0] && part.length === parts[0]!.length);
}

/** The names papers give their pages (要闻, 理论, 国际…), as the front page's guide prints them over its entries. */
const PAGE_NAME =
	'(?:要闻|评论|理论|国际|经济|文化|体育|社会|政治|副刊|大地|生态|科技|教育|健康|法治|党建|国防|视觉|读书|新青年|民主政治|人文|财经|产经|消费|专题|读者来信|各地传真|文艺|民生|区域|纪检)';

/**
 * A page's name alone or before its column, as the front page's guide labels an entry (国际, 理论·访谈录,
 * 国际·环球走笔, 经济·聚焦): a label, not a name.
 */
const PAGE_LABEL = new RegExp(`^${PAGE_NAME}(?:·|$)`, 'u');

/**
 * Words of a series' label set with · (推动高质量发展·一线见闻, 新春走基层·蹲点日记, 见证·中国机遇), or of an event named
 * with its two host cities (备战爱知·名古屋亚运会): no transliterated name carries them.
 */
const SERIES_WORDS =
	/发展|建设|一线|见闻|基层|蹲点|调研|实践|走进|行动|时代|现代化|振兴|故事|日记|之路|笔记|观察|视点|探秘|调查|关注|聚焦|科技|民生|纪实|对话|访谈|新春|科学|备战|亚运|奥运|冬奥|运动会|世界杯|锦标赛|博览会|大会|联赛|中国|机遇|见证|感知|看见/u;

/** Tibetan given names, two of which make a person's name (格桑旺堆, 扎西多吉, 次仁卓玛). */
const TIBETAN_NAMES: ReadonlySet<string> = new Set(
	'扎西 次仁 格桑 旺堆 多吉 卓玛 罗布 才让 索南 达瓦 尼玛 央金 普布 拉姆 平措 边巴 嘉措 加措 德吉 白玛 次旦 旦增 丹增 曲珍 德庆 益西 顿珠 洛桑 强巴 琼达 仁青 仁增 巴桑 米玛 群培 措姆 桑珠 欧珠 贡布 达娃 措吉 卓嘎 旺姆 朗杰 拉巴 普琼 次珍 多杰 才旦 更登 吉美 土登 阿旺 晋美 西绕 班丹 贡嘎 伦珠 索朗'.split(
		' ',
	),
);

/** Mongolian given names, two of which make a person's name (娜仁高娃, 斯琴图雅, 阿拉坦仓). */
const MONGOLIAN_NAMES: ReadonlySet<string> = new Set(
	'娜仁 萨仁 斯琴 乌兰 乌云 哈斯 高娃 图雅 朝鲁 宝音 孟和 苏和 巴图 阿拉 坦仓 那顺 吉日 格勒 塔娜 敖登 托娅 额尔 德力 格尔 其其 格日 乌日 图门 巴雅 满都 呼和 毕力 格图'.split(
		' ',
	),
);

/**
 * The characters Chinese transliterations of foreign names are spelt in (阿卜杜勒·拉赫曼, 让—弗朗索瓦·唐泽尔, 伊丽米热·白合提亚尔),
 * after the tables Xinhua's translators follow, and 某 for a name withheld.
 */
const TRANSLITERATION_CHARACTERS: ReadonlySet<string> = new Set(
	'丁万丘东丝丰丹丽乃久乌乔买于亚亥亨什任伊伍伏休伦伯伽佐何佛佩依保克兰兹内冈再冯凡凯切列利力加努劳勃勒华卓南博卜卡卢卫厄古史叶合吉吐吕哈哥唐善因图圣圭坎坦埃培基塔塞墨士夏多大夫夸奇奈奎奥奴妮姆姬威娃娅娜孔孜孟季宁安宗宾密富察尔尕尚尤尼居屈巴布希帕席庇库庞康延廷弗彭彻彼德怀思恩恰慈戈戴扎托扬拉拜拿捷措提摩撒敏敖敦文斐斯施旺昂昆昌明普曼朗木本朱朵杜来杨杭杰松林某查柯柴根格桑梅森楚欧武比毕汉汗江汤沃沙法波泰泽洛津洪派海涅温滕滨潘澳热爱特狄玉玛珀珊珍班理琪琳琴琼瑞瑟瓜瓦甘甫申登皮盖真福科穆第简米素索累约纪纳纽维罗美翁翰考耶聪肯胡腊舍舒艾芒芙芬芭苏若英范茜茨荷莉莎莫莱莲菲萨蒂蒙蓓蕾薇西詹诺谟谢豪贝贵费贾赖赛赫路辛边达迈连迦迪逊通道邓邦鄂里金钦锡门阿陆陶隆雅雷霍露韦马高鲁鲍麦黑默黛齐',
);
/** A poet named after the dynasty, as a poem's source is signed: 宋·苏轼, 唐·杜甫. */
const DYNASTY_AND_POET = /^(?:先秦|秦|汉|魏|晋|南北朝|隋|唐|五代|宋|元|明|清|近代|现代)[·•]\p{Script=Han}{2,4}$/u;
/** The least share of a dotted name's characters that are transliteration characters (鲍尔吉·原野, a Mongolian writer's, has 0.6). */
const MIN_TRANSLITERATION_SHARE = 0.55;

/** Whether a name written with · is spelt mostly in transliteration characters. */
function spelledAsTransliteration(name: string): boolean {
	const characters = [...name].filter((character) => /\p{Script=Han}/u.test(character));
	return characters.filter((character) => TRANSLITERATION_CHARACTERS.has(character)).length >= MIN_TRANSLITERATION_SHARE * characters.length;
}

/** Whether `name` reads as a person's: two or three Han characters opening with a common surname, or four behind a compound one; names written with · are foreign names. */
function looksLikeName(name: string): boolean {
	if (name.includes('·'))
		return (
			// (A compound part may be joined by a dash: 让—弗朗索瓦·唐泽尔.)
			/^[\p{Script=Han}·]{3,16}$/u.test(name.replace(/(?<=\p{Script=Han})—(?=\p{Script=Han})/gu, '')) &&
			!name.startsWith('·') &&
			!name.endsWith('·') &&
			!isParallelPhrase(name) &&
			!PAGE_LABEL.test(name) &&
			!SERIES_WORDS.test(name) &&
			// (No transliteration carries a word of grammar: 祝福·跨越山河的深情 is a heading.)
			!/[很的了着呢吗吧]/u.test(name) &&
			// (And a transliteration is spelt mostly in the characters transliterations use: 大保护·底色, 梯田·民宿·脱贫路 and
			// 卜算子·咏梅 are headings and titles.)
			(spelledAsTransliteration(name) || DYNASTY_AND_POET.test(name))
		);
	const length = [...name].length;
	if (length < 2 || length > 4 || !/^\p{Script=Han}+$/u.test(name) || PAGE_LABEL.test(name)) return false;
	// Words of grammar no given name uses: 天很高, 云很白 are lines of verse; so is 母亲说.
	if (/[很的了着呢吗吧]|说$/u.test(name)) return false;
	// Four characters only behind a compound surname (欧阳晓明): 万众一心 is no one's name; or as
	// Tibetans name themselves, with no surname, two names of two characters (格桑旺堆, 次仁罗布).
	if (COMPOUND_SURNAMES.some((surname) => name.startsWith(surname))) return length >= 3;
	// So do Mongolians (娜仁高娃, 乌兰图雅).
	if (length === 4 && [TIBETAN_NAMES, MONGOLIAN_NAMES].some((names) => names.has(name.slice(0, 2)) && names.has(name.slice(2)))) return true;
	return length <= 3 && SURNAMES.has(name[0]!);
}

/** Whether a line of one bare name (乡  愁, 王  蒙) reads as a person's name by its surname, spaces aside. */
export function readsAsPersonName(line: string): boolean {
	return looksLikeName(line.replace(/[\s\u3000]+/gu, ''));
}

/** The tokens of a line of bare names, a name spaced to the width of three (马  兴, 徐  之文) taken as one. */
function nameTokens(line: string): { name: string; spaced: boolean }[] {
	const tokens = line
		.replace(/^[\s\u3000\u200b\ufeff]+/u, '')
		.split(/[\s\u3000]+/u)
		.filter(Boolean);
	const names: { name: string; spaced: boolean }[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i]!;
		const next = tokens[i + 1];
		if ([...token].length === 1 && next !== undefined && [...next].length === 1) {
			names.push({ name: token + next, spaced: true });
			i++;
		} else if (SURNAMES.has(token) && next !== undefined && /^\p{Script=Han}{2}$/u.test(next)) {
			// A surname set apart from the given name (徐  之文).
			names.push({ name: token + next, spaced: true });
			i++;
		} else names.push({ name: token, spaced: false });
	}
	return names;
}

/**
 * Whether a token reads as a person's name. A two-character name spaced to the width of three
 * (子  鸣) is set so only for people, pen names included, whatever their surname.
 */
function isNameToken({ name, spaced }: { name: string; spaced: boolean }): boolean {
	return !DOCUMENT_LABELS.has(name) && (looksLikeName(name) || (spaced && /^\p{Script=Han}{2}$/u.test(name)));
}

/** The names on a line of bare names, however many; undefined if any token is no name. */
function readNames(line: string): Author[] | undefined {
	const names = nameTokens(line);
	if (names.length === 0 || !names.every(isNameToken)) return undefined;
	return names.map(({ name }) => ({ name }));
}

/**
 * Two characters a paper spaces out as it spaces a name, labelling the document under them: a letter
 * of congratulation under its news (贺  信), a preface (前  言). Never a name, whatever the surname (贺).
 */
const DOCUMENT_LABELS: ReadonlySet<string> = new Set([
	'贺信',
	'贺电',
	'唁电',
	'贺词',
	'致辞',
	'讲话',
	'前言',
	'序言',
	'后记',
	'附录',
	'目录',
	'附件',
	'声明',
	'公告',
	'通知',
]);

/** Whether the line is such a label alone, its two characters spaced out (贺  信). */
export function isSpacedDocumentLabel(line: string): boolean {
	const pair = /^(\p{Script=Han})[\s\u3000]+(\p{Script=Han})$/u.exec(line.trim());
	return pair !== null && DOCUMENT_LABELS.has(pair[1]! + pair[2]!);
}

/** The most names a byline prints; a longer line of names is a list (of members, of winners). */
const MAX_BYLINE_NAMES = 3;

/**
 * A line of bare names, as commentaries and features print their byline: `常  晋`, `王云杉`,
 * `王廷惠  余  飞`. One to three names, each two to four characters opening with a common surname
 * (a two-character name spaced to the width of three is one name), or a foreign name with ·.
 * Whether such a line is a byline depends on where it stands: right under a title.
 */
export function parseNameLine(line: string): Author[] | undefined {
	const names = readNames(line);
	return names !== undefined && names.length <= MAX_BYLINE_NAMES ? names : undefined;
}

/** The most names a team signs an article with, right under its title (樊  杰  李佳洺  郭  锐  陈  东). */
const MAX_TEAM_NAMES = 6;

/**
 * A line of four to six bare names right under a title: a team's byline, as theory pages print
 * them. Only the assembler, which knows the place, asks; elsewhere such a line is a list (isNameList).
 */
export function parseTeamByline(line: string): Author[] | undefined {
	const names = readNames(line);
	return names !== undefined && names.length > MAX_BYLINE_NAMES && names.length <= MAX_TEAM_NAMES ? names : undefined;
}

/** The most names of a list that may read as no name by surname (白玛赤林, 帕尔哈提), per four that do. */
const UNUSUAL_NAMES_PER_FOUR = 1;

/**
 * A line listing more names than a byline does (丁薛祥  王沪宁  李  强  赵乐际): text, never a title
 * or a heading. A long list (of a presidium, of winners) holds names no surname reads (白玛赤林):
 * one in five may be such, as long as each is a short run of Han characters as names are.
 */
export function isNameList(line: string): boolean {
	const tokens = nameTokens(line);
	if (tokens.length <= MAX_BYLINE_NAMES || !tokens.every(({ name }) => /^\p{Script=Han}{2,5}$/u.test(name) || isNameToken({ name, spaced: false })))
		return false;
	const unusual = tokens.filter((token) => !isNameToken(token)).length;
	if (unusual === 0) return true;
	// (Not in a short list: 四个字  两个词 could be anything.)
	return tokens.length > 2 * MAX_BYLINE_NAMES && unusual * 4 <= (tokens.length - unusual) * UNUSUAL_NAMES_PER_FOUR;
}

/**
 * Three characters (or two set apart) that are a label, a body or a place, not a name: 编者按, 新闻眼,
 * 微评论, 新华社, 人民网, 目　录, 前　言, 北京市, 河北省 (the heads of a list of names by province), and the like; nor
 * who attended or chaired, under the news of a meeting: 汪洋出席, 胡春华主持.
 */
const NOT_A_LONE_NAME =
	/^(?:编者按|编后语|新闻眼|小贴士|微评论|大家谈|面对面|目录|前言|序言|后记|附录|附件|结束语)$|[按评语谈论社报网台部委局办院所组会处厅省市县区州镇乡村旗盟]$|(?:出席|主持|致辞)$/u;

/**
 * A name alone right under a title and over the text, whatever its surname (踪家峰, 踪  峰): in that
 * place a line of three characters, or two set apart, is the writer. Only the assembler, which
 * knows the place, asks (a line of bare names elsewhere needs a common surname: parseNameLine).
 */
export function parseLoneName(line: string): Author[] | undefined {
	const text = line.trim();
	// (Four characters behind a common surname too: a Vietnamese writer, 黎雨青草.)
	const name =
		/^\p{Script=Han}{3}$/u.test(text) || (/^\p{Script=Han}{4}$/u.test(text) && SURNAMES.has(text[0]!))
			? text
			: /^(\p{Script=Han})[\s\u3000]{1,2}(\p{Script=Han})$/u.exec(text)?.slice(1).join('');
	if (name === undefined || NOT_A_LONE_NAME.test(name)) return undefined;
	return parseNameLine(text) ?? [{ name }];
}

/**
 * A pen name of two characters run together (尔冬, 北湖), as a commentary signs right under its tagged title where a
 * page lost its wide spaces: read only there, where nothing else stands alone (a label that opens the text, 引言, does not).
 */
export function parsePenNameUnderTitle(line: string): Author[] | undefined {
	const text = line.trim();
	if (!/^\p{Script=Han}{2}$/u.test(text) || NOT_A_LONE_NAME.test(text) || /^(?:引言|引子|导语|结语|小引|开篇)$/u.test(text)) return undefined;
	return [{ name: text }];
}

/** A writer's place run into their name (江苏省沛县郭元鹏), as a page that lost its wide spaces prints a reader's signature. */
const PLACE_AND_NAME_RUN = /^(?<place>\p{Script=Han}{2,12}(?:省|市|区|县|旗))(?<name>\p{Script=Han}{2,3})$/u;

/**
 * A reader's commentary signed with their place and name run together right under its tagged title (天津河西区陈梓正,
 * 上海市青浦区过云松), where a page lost its wide spaces: read only there, the name one with a surname of its own.
 */
export function parsePlaceAndNameUnderTitle(line: string): Author[] | undefined {
	const match = PLACE_AND_NAME_RUN.exec(line.trim());
	// (A name never ends as a place does: 江苏省苏州市 is two places.)
	if (!match?.groups || /(?:省|市|区|县|旗|镇|乡|村)$/u.test(match.groups.name!) || !looksLikeName(match.groups.name!))
		return parseProvinceCityAndNameRun(line.trim());
	return [{ name: match.groups.name!, role: match.groups.place! }];
}

/**
 * A province's short name and a city's run into the writer's name (黑龙江哈尔滨柳青), as readers sign from where they
 * write (黑龙江哈尔滨  柳青) and a page that lost its wide spaces prints it: the city of two or three characters whose
 * rest reads as a name.
 */
function parseProvinceCityAndNameRun(text: string): Author[] | undefined {
	const province = PROVINCES.find((short) => text.startsWith(short));
	if (province === undefined) return undefined;
	const rest = [...text.slice(province.length)];
	// (After a city that is a province of its own, a district of two: 北京朝阳李林.)
	for (const cityLength of CITY_PROVINCES.has(province) ? [2] : [2, 3]) {
		const [city, name] = [rest.slice(0, cityLength).join(''), rest.slice(cityLength).join('')];
		const nameLength = rest.length - cityLength;
		if (nameLength >= 2 && nameLength <= 3 && /^\p{Script=Han}+$/u.test(city + name) && !city.startsWith('市') && looksLikeName(name))
			return [{ name, role: province + city }];
	}
	return undefined;
}

/** Names of two or three characters run together, five to nine characters in all (王波翟大宇). */
const MIXED_NAMES_RUN = /^\p{Script=Han}{5,9}$/u;

/**
 * The writers of a tagged title's piece, names of two and three characters run together right under it (王波翟大宇,
 * 卜松山李毅), where a page lost its wide spaces: read only there, as a pen name is, and only where every part reads as
 * a name with a surname of its own.
 */
export function parseMixedNamesRunUnderTaggedTitle(line: string): Author[] | undefined {
	const text = line.trim();
	if (!MIXED_NAMES_RUN.test(text)) return undefined;
	const names = splitRunOfNames(text);
	return names.length >= 2 && names.every((name) => [...name].length <= 3) ? names.map((name) => ({ name })) : undefined;
}

/** A line of two or three names of three characters run together (唐方成靳晓曼), as a page that lost its wide spaces prints them. */
const THREE_CHARACTER_NAMES_RUN = /^(?:\p{Script=Han}{3}){2,3}$/u;

/**
 * The writers of a theory article or a column, two or three names of three characters run together right under its
 * title (葛亮亮王云松殷烁), where a page lost its wide spaces: read only there, and only where every part reads as a
 * name with a surname of its own. (A headline splits so too seldom: 满足游客消费需求 and 都城考古成果丰硕 do not split
 * into names of three.)
 */
export function parseNamesRunTogetherUnderTitle(line: string): Author[] | undefined {
	const text = line.trim();
	if (!THREE_CHARACTER_NAMES_RUN.test(text)) return undefined;
	const names = splitRunOfNames(text);
	return names.length >= 2 && names.every((name) => [...name].length === 3) ? names.map((name) => ({ name })) : undefined;
}

/**
 * What the names of government bodies and organisations end with: 中共中央统战部, 国家民族事务委员会,
 * 中央党的建设工作领导小组, the people's organisations (中国宋庆龄基金会, 中国作家协会), and the bodies that sign theory articles: a party group or committee (中共教育部党组, 中共北京市委),
 * a study group (中共江南省委理论学习中心组) or a research centre, one alias in brackets allowed
 * (中共中央党校（国家行政学院）习近平新时代中国特色社会主义思想研究中心, 中央党校（国家行政学院）校（院）务委员会),
 * or a project's group named by its quoted title (马克思主义理论研究和建设工程“…的生动实践”课题组, 武汉大学国家发展与“十五五”战略研究课题组).
 */
const ORGANIZATION =
	/^(?:(?:\p{Script=Han}|（\p{Script=Han}{1,12}）){2,24}(?:部|委员会|领导小组|总局|局|(?<!公)司|厅|办公室|总署|研究院|科学院|基金会|协会|联合会|总工会|学会|研究会|专委会|机关|编辑室)|\p{Script=Han}{2,24}(?:（\p{Script=Han}{2,12}）)?\p{Script=Han}{0,24}(?:党组|党委|工委|[省市县区州]委|中心组|研究中心|研究院|课题组|调研组|写作组)|\p{Script=Han}{2,24}“[^“”]{2,30}”\p{Script=Han}{0,12}(?:课题组|调研组|写作组))$/u;
/** Words that end as organisations do but are phrases: 开好局, 新格局, 志愿填报骗局, 全部, 干部. */
const NOT_ORGANIZATION =
	/(?:开局|布局|格局|大局|全局|结局|新局|胜局|变局|破局|棋局|骗局|僵局|困局|迷局|赌局|饭局|牌局|出局|定局|终局|残局|危局|乱局|对局|平局|入局|全部|局部|内部|外部|干部|基部|顶部|底部|东部|西部|南部|北部|中部)$/u;

/**
 * A line of one to three organisations parted by spaces, printed under a title as its author:
 * `中共中央统战部  国家民族事务委员会`. A copy that keeps one space of the two (`中共中央统战部 国家民族事务委员会`)
 * is the same byline: every part must still be an organisation's whole name. Like a line of bare names, a byline
 * only right under a title.
 */
export function parseOrganizationLine(line: string): Author[] | undefined {
	const tokens = line
		.replace(/^[\s\u3000\u200b\ufeff]+/u, '')
		.split(/[\s\u3000]+/u)
		.filter(Boolean);
	if (tokens.length === 0 || tokens.length > 3 || !tokens.every((token) => ORGANIZATION.test(token) && !NOT_ORGANIZATION.test(token))) return undefined;
	return tokens.map((name) => ({ name }));
}

/**
 * People who sign a readers' letter together (昌建荣邦望悦台小区居民, 某某村村民们): where they live, then who they are.
 * Not whom a leader writes to or visits, the kicker of the news of it (习近平回信勉励…师生), nor a heading that says what
 * is done for them (让改革发展的红利更多更公平地惠及人民群众): no place is named with 的 or 让.
 */
const COLLECTIVE_WRITERS = /^(?!.*(?:回信|复信|致信|勉励|慰问|看望|的|让|惠及))\p{Script=Han}{2,20}(?:居民|村民|业主|职工|家长|师生|读者|群众|网友)们?$/u;

/** Whether the line signs a readers' letter with a group of people rather than names. */
export function isCollectiveSignature(line: string): boolean {
	return COLLECTIVE_WRITERS.test(line.trim());
}

/** A line that signs an item with no role printed: bare names of people, or organisations. */
export function parseSignatureLine(line: string): Author[] | undefined {
	return (
		parseNameLine(line) ??
		parseRunOfBareNames(line) ??
		parseOrganizationLine(line) ??
		parseForeignName(line) ??
		parseNameFromPlace(line) ??
		parsePenNameWithTrade(line)
	);
}

/** A pen name, which reads as no surname and given name, with the writer's or artist's trade in brackets: 天蚕土豆（网络作家）, 二月河（作家）. */
const PEN_NAME_WITH_TRADE =
	/^(\p{Script=Han}{2,5})[（(]\p{Script=Han}{0,8}(?:作家|诗人|演员|导演|编剧|画家|书法家|歌唱家|作曲家|音乐家|舞蹈家|评论家|漫画家)[）)]$/u;

/** The writer a pen name with their trade in brackets names (PEN_NAME_WITH_TRADE), if the line is one. */
export function parsePenNameWithTrade(line: string): Author[] | undefined {
	const name = PEN_NAME_WITH_TRADE.exec(line.trim())?.[1];
	return name === undefined ? undefined : [{ name }];
}

/** The kind of an artwork, printed in brackets after its title: 中国画, 麦秆画, 书法, 篆刻. */
const ARTWORK_KIND = /^(?:\p{Script=Han}{0,3}画|书法|篆刻|剪纸|雕塑|素描|速写)$/u;

/** A reader's name with the place they write from in brackets, as readers' essays are signed: 王耀辉（黑龙江哈尔滨）. */
function parseNameFromPlace(line: string): Author[] | undefined {
	// (The name may be spaced out, as two-character names are set: 阿  舍（作家）.)
	// (Behind a surname: a tagged title may be spaced out too, 春  耕（新春走基层）.)
	const signed = /^(\S{2,8}|\p{Script=Han}[\s\u3000]{1,2}\p{Script=Han})[（(](\p{Script=Han}{2,12})[）)]$/u.exec(line.trim());
	if (!signed || (/[\s\u3000]/u.test(signed[1]!) && !SURNAME_RANK.has(signed[1]![0]!))) return undefined;
	// (No place is a kind of artwork: 兰香（中国画） is a painting's title, 迎春（麦秆画） too.)
	if (ARTWORK_KIND.test(signed[2]!)) return undefined;
	return parseNameLine(signed[1]!);
}

/** A writer's country in brackets before the name, as papers print foreign writers: ［美］约翰·史密斯, （俄罗斯）伊万·彼得罗夫, 〔埃及〕穆罕默德·萨利赫. */
const NATIONALITY = /^[［【[（(〔](\p{Script=Han}{1,6})[］】\]）)〕][\s\u3000]*/u;

/** A part's number, in the brackets that number a text's parts: 一, 十二. */
const PART_NUMERAL = /^[一二三四五六七八九十]+$/u;

/** A foreign writer's name under the country in brackets; the country becomes the role. */
function parseForeignName(line: string): Author[] | undefined {
	const text = line.trim();
	const country = NATIONALITY.exec(text);
	// (A part's number in brackets is no country: （一）优势·经验 heads a part.)
	if (!country || PART_NUMERAL.test(country[1]!)) return undefined;
	const rest = text.slice(country[0].length);
	// Under a country, a short run of Han characters is the writer's name whatever its surname: 〔日本〕 鸠山友纪.
	// (Not a session and a number: 〔十四届〕第十二号; nor a part's label over whom it tells of: 【人物】老兵吴以先.)
	const bareName = /^\p{Script=Han}{2,5}$/u.test(rest) && !/^第|号$/u.test(rest) && !/届/u.test(country[1]!) && !text.startsWith('【');
	const names = parseNameLine(rest) ?? (bareName ? [{ name: rest }] : undefined);
	return names?.map((author) => ({ ...author, role: country[0].trim() }));
}

/**
 * How common each surname of bare names run together must be (its place in SURNAMES): with no
 * role to say names follow, only the commonest surnames tell them from words (刘国中强调: 强 is a
 * surname, but a rare one).
 */
const MAX_RUN_SURNAME_RANK = 120;

/**
 * Two or three bare names run together where OCR lost the spaces between them (王廷惠余飞,
 * 杨静刘影), each two or three characters behind one of the commonest surnames.
 */
function parseRunOfBareNames(line: string): Author[] | undefined {
	const run = line.trim();
	if (!/^\p{Script=Han}{4,9}$/u.test(run)) return undefined;
	const names = splitRunOfNames(run);
	if (names.length < 2 || names.length > MAX_BYLINE_NAMES) return undefined;
	return names.every((name) => [...name].length <= 3 && SURNAME_RANK.get(name[0]!)! <= MAX_RUN_SURNAME_RANK) ? names.map((name) => ({ name })) : undefined;
}

/**
 * A byline that gives the author's post before the name, parted by a wide space, as interviews,
 * signed articles and readers' letters print it: `北京印刷学院副院长  陈  丹`,
 * `复旦大学国际问题研究院教授  宋国友`, `浙江台州市  江德斌`. The post becomes the role.
 */
/** How posts and places end (副院长, 教授, 研究员, 台州市, 小区居民): 携手同行  向未来 is a title, not a post and a name. */
const POST =
	/(?:长|员|授|师|家|者|人|官|任|记|委|表|民|生|士|手|工|编|编辑|席|主持|顾问|经理|总理|总裁|董事|理事|省|市|县|区|州|镇|乡|村|旗|盟|大学|学院|中学|小学|医院|公司|集团|协会|中心)$/u;

/**
 * Words for kinds of places, not names of one, that end as places do (城市, 乡村, 景区): a kicker of spaced phrases ends so,
 * 古今城市  文脉赓续, never a writer's place.
 */
const PLACE_WORD_END = /(?:城市|都市|超市|股市|楼市|车市|乡村|农村|城镇|乡镇|城区|景区|山区|郊区|园区)$/u;

/**
 * Words for people in general, not anyone's post, that end as posts do (行人, 老人): a heading of spaced phrases ends so,
 * 文明礼让行人  路口提前减速, never a speaker's post.
 */
const PEOPLE_WORD_END = /(?:行人|路人|老人|家人|客人|病人|他人|别人|人人|众人|年轻人|每个人)$/u;

/** The label a lecture or an account prints before its speaker's post: 本期主讲人：, 讲述人：. */
export const SPEAKER_LABEL = /^(?:本期)?(?:主讲人|讲述人|口述人?|主讲)[：:]/u;

/**
 * A post, then (after a space or more) a name: the post up to 32 characters (a second after a comma, each a post; a name
 * quoted in it, 塔吉克斯坦“Asia-Plus”媒体集团创始人兼总编辑), … The name may be followed by whom the
 * speaker spoke for, as a session's speeches are printed (全国政协常委  曹卫星（代表民盟中央））.
 */
const POST_AND_NAME =
	/^(?<post>(?:[^\s\u3000。，,；;！？!?：:“”]|“[^“”\s\u3000]{1,16}”){2,32}(?:，[^\s\u3000。，,；;！？!?：:“”]{2,24})?)(?<gap>[\s\u3000]+)(?<name>[\p{Script=Han}·]+(?:[\s\u3000]{1,2}[\p{Script=Han}])?)(?:[（(]代表[^（）()]{2,16}[）)])?$/u;
/** …or up to 48 after a label that says a speaker follows (本期主讲人：中央党校（国家行政学院）…主任、…教授  张占斌). */
const LABELLED_POST_AND_NAME = new RegExp(POST_AND_NAME.source.replace('{2,32}', '{2,48}'), 'u');

export function parsePostAndName(line: string): Author[] | undefined {
	const label = SPEAKER_LABEL.exec(line.trim())?.[0] ?? '';
	// Wide spaces part the post from the name (全国人大代表  张  三); a site may set one (中国作家协会党组书记、主席 张宏森),
	// and then only a post of four characters or more.
	const match = (label ? LABELLED_POST_AND_NAME : POST_AND_NAME).exec(line.trim().slice(label.length));
	if (!match?.groups) return label ? parseSpeakerRunOn(label, line.trim().slice(label.length)) : undefined;
	// (A province's short name and a city's is a reader's place too, their name behind a common surname: 云南昆明  杨文明.)
	const provinceAndCity = PROVINCE_AND_CITY.test(match.groups.post!) && [...match.groups.gap!].length >= 2;
	// (Two posts may be parted by a comma, each a post: 山东省滨州市新闻传媒中心主任，滨州传媒集团党委书记、董事长  赵敬源.)
	const posts = match.groups.post!.split('，');
	// (After a label that says a speaker follows, any calling may be the post: 主讲人：中国好人、…“2号餐”店主  黄展护.)
	if (
		parseNameLine(match.groups.post!) ||
		(!label && !posts.every((post) => POST.test(post) && !PLACE_WORD_END.test(post) && !PEOPLE_WORD_END.test(post)) && !provinceAndCity)
	)
		return undefined;
	if ([...match.groups.gap!].length < 2 && [...match.groups.post!].length < 4) return undefined;
	// After a person's post (…部长), the name is the writer's whatever its surname (怀进鹏).
	// (So is a Tibetan or Mongolian name of four, its second part a common given name: 罡拉卓玛.)
	// (So is the name after a writer's place set apart by wide spaces, as readers' commentaries are signed: 上海市青浦区  过云松.)
	const anySurname = PERSON_POST_END.test(match.groups.post!) || (WRITERS_PLACE_END.test(match.groups.post!) && [...match.groups.gap!].length >= 2);
	// (A deputy or a member of the CPPCC may be named so after the name, as two sessions' pages print them: 孙道军代表, 徐坤委员.)
	const deputy = /^(?<name>\p{Script=Han}{2,3})(?:代表|委员)$/u.exec(match.groups.name!)?.groups?.name;
	if (deputy !== undefined && looksLikeName(deputy)) return [{ name: deputy, role: label + match.groups.post! }];
	const names = parseNameLine(match.groups.name!) ?? (anySurname ? (parseLoneName(match.groups.name!) ?? parseMinorityName(match.groups.name!)) : undefined);
	return names?.length === 1 ? [{ name: names[0]!.name, role: label + match.groups.post! }] : undefined;
}

/** A Tibetan or Mongolian name of four characters whose second half is a common given name (罡拉卓玛, 娜仁高娃). */
function parseMinorityName(text: string): Author[] | undefined {
	const name = text.trim();
	const half = name.slice(2);
	return /^\p{Script=Han}{4}$/u.test(name) && (TIBETAN_NAMES.has(half) || MONGOLIAN_NAMES.has(half)) ? [{ name }] : undefined;
}

/**
 * Posts and callings that end a person's description, a name possibly run on after them
 * (…研究所所长周毅仁, 北京作家协会副主席，茅盾文学奖得主，作家乔叶): a regular expression's alternatives.
 */
export const PERSON_POSTS =
	'院士|校长|教授|主任|副主席|主席|书记|会长|院长|所长|研究员|董事长|董事|总经理|总裁|总编辑|总工程师|总师|首席\\p{Script=Han}{2}官|秘书长|理事长|总监|主编|首席科学家|部长|局长|厅长|市长|省长|县长|站长|馆长|队长|科长|处长|社长|台长|行长|团长|厂长|组长|负责人|工作人员|作家|导演|演员|得主';

/** The cities that are provinces of their own: 北京 and its like name no province before a city, but a district after. */
const CITY_PROVINCES: ReadonlySet<string> = new Set(['北京', '天津', '上海', '重庆', '香港', '澳门', '台湾']);
/**
 * A province's short name and a city's, as readers sign the place they write from (云南昆明, 湖北武汉), or a city that
 * is a province of its own and a district's short name (北京朝阳, 上海浦东).
 */
const PROVINCE_AND_CITY = new RegExp(
	`^(?:(?:${PROVINCES.filter((province) => !CITY_PROVINCES.has(province)).join('|')})\\p{Script=Han}{2,3}|(?:${[...CITY_PROVINCES].join('|')})(?!市)\\p{Script=Han}{2})$`,
	'u',
);

/** The end of the name of a place a writer signs from: a province, a city, a county or district, a town or village. */
const WRITERS_PLACE_END = /(?:省|市|区|县|旗|镇|乡|村)$/u;

/** A post that only a person holds, closing the text before a name. */
const PERSON_POST_END = new RegExp(`(?:${PERSON_POSTS})$`, 'u');

/** Whether a post ends in an office only a person holds (…董事长, …总经理, …市长). */
export function endsWithPersonPost(post: string): boolean {
	return PERSON_POST_END.test(post);
}

/**
 * A lecture speaker's post with their name run on after it, where OCR lost the space; never after a dash, which opens a
 * subtitle (——访尼泊尔国家重建局局长贾瓦利) or a quotation's speaker.
 */
const SPEAKER_POST_RUN_ON = new RegExp(`^(?![—─])(?<post>[^\\s\\u3000。，,；;！？!?：:“”]{2,40}(?:${PERSON_POSTS}))(?<name>\\p{Script=Han}{2,3})$`, 'u');

/**
 * A speaker's post and name run together, where a page lost its wide spaces (四川省巴中市委书记鲜荣生): the name is
 * what follows the post, if it reads as a name with a common surname. Read only where a speaker is looked for.
 */
export function parsePostAndNameRunOn(text: string): Author[] | undefined {
	const match = SPEAKER_POST_RUN_ON.exec(text.trim());
	const names = match?.groups ? parseNameLine(match.groups.name!) : undefined;
	return names?.length === 1 ? [{ name: names[0]!.name, role: match!.groups!.post! }] : undefined;
}

/**
 * A speaker's post and name run together after the label (本期主讲人：国家发展改革委…研究所所长周毅仁):
 * the name is what follows the last post, if it reads as a name with a common surname.
 */
function parseSpeakerRunOn(label: string, rest: string): Author[] | undefined {
	// (After the label a speaker follows, so any calling may end the post: 天文爱好者黄彦, …滩地管理员严炳其, …居委会居民黄高连.)
	const match = parsePostAndNameRunOn(rest) === undefined ? SPEAKER_CALLING_RUN_ON.exec(rest) : undefined;
	const names = match?.groups ? parseNameLine(match.groups.name!) : undefined;
	const authors = names?.length === 1 ? [{ name: names[0]!.name, role: match!.groups!.post! }] : parsePostAndNameRunOn(rest);
	return authors?.map((author) => ({ ...author, role: label + author.role! }));
}

/** A speaker's calling and name run together, after the label that says a speaker follows (讲述人：天文爱好者黄彦). */
const SPEAKER_CALLING_RUN_ON = /^(?<post>[^\s\u3000。，,；;！？!?：:“”]{2,40}(?:者|员|民|工|师|家|手|长|人))(?<name>\p{Script=Han}{2,3})$/u;

export interface Lead {
	/** The news agency or paper that filed it, as printed before 讯 or 电 (科技日报, 新华社, 本报). */
	agency: string;
	/** Date and place as printed: `7月9日`, `北京7月9日`. */
	dateline?: string;
	authors: Author[];
}

const DATE = /([\d０-９]{1,2})月([\d０-９]{1,2})[日曰]/;
// Who filed it: 本报, an agency, or a paper or site by name (科技日报, 经济日报, 人民网).
const AGENCY = String.raw`本报|新华社|中新社|中新网|人民网|央视网|新华网|[\p{Script=Han}]{2,8}?(?:日报|晚报|早报|时报|报|网)`;
/** The agencies that may file with a place and no date (新华社北京电): those named in AGENCY, and papers by name (…日报). */
const KNOWN_AGENCY = /^(?:本报|新华社|中新社|中新网|人民网|央视网|新华网|\p{Script=Han}{2,8}?(?:日报|晚报|早报|时报))$/u;
// 科技日报讯(洪恒飞 王婧璐 记者江耘)7月9日，…  本报北京7月9日电（记者 张三）…  经济日报北京7月9日讯（记者…）
// Two places of filing are parted by a slash or 、: 新华社耶路撒冷/贝鲁特4月27日电. With a place and no
// date, 电 ends the lead only before a space or a bracket: 国家电网公司…浙江省电力公司 is running text.
// Papers of earlier decades name the reporters after the dateline, with 报道 and a colon:
// 本报北京1月5日讯  记者王浩报道：…, 新华社北京1月5日电  记者王浩、李明报道：….
// A date is printed in digits (4月25日, the day alone: 25日) or, in earlier decades, in Chinese
// numerals (一月五日, 五日); full-width digits are read as digits (parseLead).
const LEAD = new RegExp(
	String.raw`^据?(?<agency>${AGENCY})(?<dateline>[\p{Script=Han}、/／]{0,14}?(?:[\d０-９]{1,2}月)?[\d０-９]{1,2}日|[\p{Script=Han}、/／]{0,14}?(?:[一二三四五六七八九十]{1,3}月)?[一二三四五六七八九十]{1,3}日(?=[讯电])|[\p{Script=Han}、/／]{2,14}?(?=电(?:[\s\u3000（(]|$)))?(?<kind>讯|电)(?<gap>[\s\u3000]*)(?:[（(](?<who>[^）)]{1,60})[）)]|(?<reported>(?:本报|新华社)?(?:特约|驻\p{Script=Han}{1,10})?记者[^：:。，,；;（）()]{2,40}?报道)[：:])?`,
	'du',
);

/** A paragraph that opens with its reporters and 报道, with no dateline: 本报驻华盛顿记者王浩报道：…. */
const REPORTED_LEAD = /^(?<agency>本报|新华社)(?:驻\p{Script=Han}{1,10})?(?:特约)?记者[^：:。，,；;（）()]{2,40}?报道[：:]/u;

/** Recognises a paragraph that opens an item with a dateline, and reads who filed it and when. */
/**
 * The source a digest of foreign media sets in brackets before what it took (参考消息: 【英国《卫报》网站
 * 5月8日报道】题：…, 【德国《商报》5月6日文章】): who filed it and when, as a lead says.
 */
const BRACKETED_SOURCE = /^【(?<agency>[^【】\d０-９]{2,30}?)(?<dateline>[\d０-９]{1,2}月[\d０-９]{1,2}日)?(?:报道|文章|评论|消息|电)】/u;

export function parseLead(paragraph: string): Lead | undefined {
	const bracketed = BRACKETED_SOURCE.exec(asciiDigits(paragraph))?.groups;
	if (bracketed) return { agency: bracketed.agency!, ...(bracketed.dateline ? { dateline: bracketed.dateline } : {}), authors: [] };
	const undated = REPORTED_LEAD.exec(paragraph);
	const reporters = undated ? parseAuthorList(undated[0].slice(0, -1)) : [];
	// (Only names make it a lead: 本报记者近日报道：… is a sentence.)
	if (undated?.groups && reporters.length > 0 && reporters.every((author) => parseNameLine(author.name) !== undefined))
		return { agency: undated.groups.agency!, authors: reporters };
	const probe = leadProbe(paragraph);
	const match = LEAD.exec(probe);
	if (!match?.groups) return undefined;
	const { agency, kind, gap, reported } = match.groups;
	const who = match.groups.who ?? reported;
	// The dateline as printed (full-width digits kept).
	const at = match.indices?.groups?.dateline;
	const dateline = at ? paragraph.slice(at[0], at[1]) : undefined;
	// 讯 without a date carries it just after the parenthesis, sometimes after a few words:
	// 科技日报讯(记者罗云鹏)记者7月12日从…获悉.
	const dateAfter = DATE.exec(probe.slice(match[0].length, match[0].length + 40));
	const date =
		dateline ?? (dateAfter ? paragraph.slice(match[0].length + dateAfter.index, match[0].length + dateAfter.index + dateAfter[0].length) : undefined);
	// 讯 set apart from the text (本报讯  某市…) opens a lead alone: no sentence opens so; and so does an
	// agency's 电 with no date (新华社电  巴西…, 据新华社电  …), or the paper's own (本报电  为破解…).
	const bareNews = (kind === '讯' || (kind === '电' && /^(?:新华社|中新社|本报)$/u.test(agency!))) && gap !== '' && match[0].length < paragraph.length;
	if (!who && !dateline && !bareNews) return undefined;
	// A place with no date is a dateline only after an agency the archive knows by name (人民网北京电): after any other
	// word ending in 报 or 网 it is a sentence's piece a wrap cut before its 电 (宁夏累计并网新型储能电 / 站47座，…).
	const dated = dateline !== undefined && /[日曰]$/u.test(dateline);
	if (!who && !dated && !KNOWN_AGENCY.test(agency!)) return undefined;
	// Only tokens with a letter are names: (记者 .. 雍黎) names 雍黎, not "..".
	return { agency: agency!, dateline: date, authors: who ? parseAuthorList(who).filter((author) => /\p{L}/u.test(author.name)) : [] };
}

/**
 * Whether the paragraph is a dateline and nothing else (新华社北京4月30日电): agencies print one
 * alone under a list or a document they file (名单, 公告), closing it, or over its text.
 */
export function isBareDateline(paragraph: string): boolean {
	const probe = leadProbe(paragraph.trim());
	const match = LEAD.exec(probe);
	return match?.groups?.kind === '电' && match[0].trim() === probe && parseLead(paragraph) !== undefined;
}

/**
 * A paragraph that ends with the dateline, as 新华社 sets it at the end of an article (…锻造新的竞争优势。
 * 新华社北京4月25日电): the item's last line.
 */
export function endsWithDateline(paragraph: string): boolean {
	return closingDateline(paragraph) !== undefined;
}

/** The dateline a paragraph ends with, after its last sentence (see endsWithDateline), if it does. */
export function closingDateline(paragraph: string): string | undefined {
	const dateline = /[。！？”…）)][\s\u3000]*([^\s\u3000。！？”]{4,30}电)$/u.exec(paragraph.trim())?.[1];
	return dateline !== undefined && isBareDateline(dateline) ? dateline : undefined;
}

/**
 * A paragraph as a lead is looked for in it: full-width digits as ASCII, and a day's 日 that OCR read as the like-shaped 曰
 * (4月25曰电, which no text prints) as 日; each character in its place, so that what the lead spans is the paragraph's.
 */
function leadProbe(paragraph: string): string {
	return asciiDigits(paragraph).replace(/(?<=\d)曰(?=[电讯])/gu, '日');
}

/** Month and day of a dateline such as `北京7月9日`. */
export function datelineMonthDay(dateline: string): { month: number; day: number } | undefined {
	const match = DATE.exec(asciiDigits(dateline));
	return match ? { month: Number(match[1]), day: Number(match[2]) } : undefined;
}
