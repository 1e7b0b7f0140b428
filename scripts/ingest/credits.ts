/**
 * Editor credits printed on a page (本版责编：王  彦  刘  涓  版式设计：沈亦伶). They describe the
 * page, not any item, so they become page metadata.
 */
import { parseAuthorList, splitRunOfNames } from './bylines.ts';

export interface PageCredit {
	/** The role as printed, without its colon (本版责编, 版式设计). */
	role: string;
	/** The people credited, spaced-out names joined (王  彦 → 王彦). */
	names: string[];
}

// 本版责编, and on a front page the credits of several pages in one line: 一版责编：… 二版责编：….
const ROLE = String.raw`(?:本版|本期|本刊|[一二三四五六七八九十]{1,3}版|第?[\d０-９]{1,2}版)?(?:责任编辑|责编|美术编辑|摄影编辑|编辑|美编|版式设计|版面设计|版式|题图设计|刊头设计|设计|制图|融媒制作|绘制|校对|图片编辑|统筹|策划|主编|监制|邮箱)`;
/**
 * Between a role and its names: a colon, or (本版责编 肖  遥, as some pages print it) a space after a
 * page's role, or nothing where OCR lost the space (本版责编巩育华); a layout's designer may follow
 * their role with no colon at all (版式设计汪哲平), a name alone after it.
 */
const AFTER_ROLE = String.raw`(?:[:：]|(?<=(?:本版|[一二三四五六七八九十]{1,3}版)(?:责任编辑|责编|编辑|邮箱))[\s\u3000]*|(?<=版式设计|美术编辑)(?=[\s\u3000]*\p{Script=Han}{2,3}(?:[\s\u3000]|$))[\s\u3000]*)`;
/** Inside a credit line, any role may run into its names: 版式设计张芳曼. */
const AFTER_ROLE_IN_CREDITS = String.raw`(?:[:：]|[\s\u3000]*)`;
// (A web copy closes each article with its editors in brackets: （责编：王浩、李强）, 【责任编辑：张三】.)
const CREDIT_LINE = new RegExp(String.raw`^[（(【]?${ROLE}${AFTER_ROLE}`, 'u');
const CREDIT_PART = new RegExp(String.raw`(${ROLE})${AFTER_ROLE_IN_CREDITS}([^:：]*?)(?=${ROLE}${AFTER_ROLE_IN_CREDITS}|[）)】]?$)`, 'gu');

/** The call for contributions some pages print after their credits: 欢迎广大读者来稿。来稿要求为原创首发，…. */
const CALL_FOR_CONTRIBUTIONS = /[\s\u3000]*欢迎[^。]{0,12}来稿[\s\S]*$/u;

/** The longest call for contributions printed on a line of its own: 欢迎广大读者来稿。来稿要求为原创首发，非一稿多投。 */
const MAX_CALL_LENGTH = 60;

/**
 * True for a line that is only the page's call for contributions, as a source that gives the credits as an article prints
 * it under them, a paragraph of its own (本版责编：张  健 / 本版邮箱 dadi@peopledaily.cn / 欢迎广大读者来稿。…).
 */
export function isCallForContributions(line: string): boolean {
	return line.replace(CALL_FOR_CONTRIBUTIONS, '') === '' && [...line.trim()].length <= MAX_CALL_LENGTH;
}

/** True for a line that holds only editor credits (and the page's call for contributions). */
export function isCreditLine(line: string): boolean {
	return CREDIT_LINE.test(line) && [...line].length <= 240 && !/[。！？!?，,；;]/.test(line.replace(CALL_FOR_CONTRIBUTIONS, ''));
}

const CREDIT_ROLE_ALONE = new RegExp(String.raw`^${ROLE}[:：]?$`, 'u');

/** True for a credit's role alone on its line (版式设计, 本版责编：), as a page sets it over the names it credits. */
export function isCreditRole(line: string): boolean {
	return CREDIT_ROLE_ALONE.test(line);
}

export function parseCredits(line: string): PageCredit[] {
	return [...line.replace(CALL_FOR_CONTRIBUTIONS, '').matchAll(CREDIT_PART)].map((match) => ({
		role: match[1]!,
		names: parseAuthorList(match[2]!.replace(/[（()）【】]/g, ' ')).flatMap((a) => splitRunOfNames(a.name)),
	}));
}
