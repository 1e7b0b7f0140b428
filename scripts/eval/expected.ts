/**
 * What a careful editor makes of a printed page: the items of the development corpus, as
 * scripts/eval/make-corpus.ts writes them beside each page text and scripts/eval/score.ts
 * compares the ingester's split with them. Texts are as printed; comparisons ignore whitespace.
 */
import type { SourceArticle, SourceBlock } from './rss-html.ts';

export interface ExpectedItem {
	kicker?: string;
	title: string;
	subtitle?: string;
	/** The byline printed above the text, when there is one. */
	byline?: string;
	/** The names in that byline, in print order; absent when the item has no byline line. */
	authors?: string[];
	blocks: SourceBlock[];
}

export interface ExpectedPage {
	/** Where the page comes from, for the report. */
	source: string;
	date: string;
	page: number;
	pageName: string;
	items: ExpectedItem[];
	/** Editor credits (本版责编：…): page metadata, not items. */
	credits: string[];
}

/** Roles printed before names in a byline; what is left are names. */
const ROLES =
	/^(?:本报记者|本报特约记者|本报通讯员|本报评论员|本报特派记者|本报实习生|本报见习记者|特约记者|特派记者|记者|通讯员|实习生|新华社记者|新华社特约记者|人民网记者|中新社记者|央视记者)$/u;

/** A role at another paper, site or magazine, in one word: 人民网记者, 中国汽车报记者, 《环球人物》记者, 新华社评论员. */
const OTHER_PAPERS_ROLE = /^(?:[\p{Script=Han}]{1,8}(?:报|网|社|台)|《[^《》]+》)(?:特约)?(?:记者|通讯员|评论员)$/u;

/**
 * A token that gives a post or a label rather than a name (本期主讲人：国家发展改革委…研究所所长,
 * 北京印刷学院副院长, 中国作家协会党组书记、主席): with a colon or a list mark, or longer than any name and ending as posts do (an
 * organisation signing, 国家民族事务委员会, is an author).
 */
function isPost(token: string): boolean {
	return (
		/[：:、]/u.test(token) ||
		(/^\p{Script=Han}+$/u.test(token) && [...token].length > 6 && /(?:长|员|授|师|家|者|任|书记|主席)$/u.test(token)) ||
		// A head of state or government, or an envoy, before the name: 国务院总理  李  强, 中国驻法国大使  卢  沙.
		(/^\p{Script=Han}{3,}$/u.test(token) && /(?:总理|总统|主席|大使|总书记|国务委员)$/u.test(token))
	);
}

/** A label before the names of a dialogue's people (对话人：李  拯  本报评论员  刘元春  上海财经大学校长). */
const DIALOGUE_LABEL = /^(?:对话人|对谈人)[：:]/u;

/**
 * Where a reader writes from, before the name (江苏省沛县  郭元鹏, 天津河西区  陈梓正, as 来论 signs): a
 * place of four characters or more ending as a county, city, district or province does, a province's short
 * name and a city's (云南昆明  杨文明), or a city-province's and a district's (北京朝阳  李  林); not a name.
 */
const WRITER_PLACE =
	/^(?:\p{Script=Han}{2,}(?:省|市|县|区|州|旗)|(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆)\p{Script=Han}{2,3}|(?:北京|天津|上海|重庆)\p{Script=Han}{2})$/u;

/** A writer's country in brackets before the name (〔日本〕  鸠山友纪): not a name. */
const COUNTRY_TAG = /^[〔［【（(][^〔〕［］【】（）()]{1,8}[〕］】）)]$/u;

/**
 * The names of a byline as printed: tokens parted by spaces, roles and posts dropped, and two one-character
 * tokens in a row read as one two-character name padded for the column (朱  隽 → 朱隽), as
 * 人民日报 sets them. Written apart from the ingester's bylines.ts on purpose: the expected answer
 * must not come from the code it scores.
 */
export function bylineNames(byline: string): string[] {
	const tokens = byline
		.replace(/[\u200b\ufeff]/gu, '')
		// (A photo report's byline says what its people did: 本报记者  高  炳摄影报道.)
		.replace(/摄影报道$/u, '')
		// (Or that the writer took the photos too: 本报记者  常  钦文并图.)
		.replace(/文并(?:图|摄)$/u, '')
		.replace(DIALOGUE_LABEL, '')
		.split(/[\s\u3000]+/u)
		.map((token) => token.replace(/^[〔［【（(][^〔〕［］【】（）()]{1,8}[〕］】）)](?=\S)/u, ''))
		// (A reader's place after the name: 王耀辉（黑龙江哈尔滨）.)
		.map((token) => token.replace(/(?<=\S)[（(]\p{Script=Han}{2,12}[）)]$/u, ''))
		// (A deputy's or a CPPCC member's title after the name: 孙道军代表, 徐坤委员.)
		.map((token) => token.replace(/(?<=^\p{Script=Han}{2,3})(?:代表|委员)$/u, ''))
		.filter(
			(token, i, all) =>
				token &&
				!ROLES.test(token) &&
				!OTHER_PAPERS_ROLE.test(token) &&
				!isPost(token) &&
				!COUNTRY_TAG.test(token) &&
				!(i < all.length - 1 && [...token].length >= 4 && WRITER_PLACE.test(token)),
		);
	const names: string[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i]!;
		const next = tokens[i + 1];
		if ([...token].length === 1 && next !== undefined && [...next].length === 1) {
			names.push(token + next);
			i++;
		} else names.push(token);
	}
	return names;
}

export function expectedItem(article: SourceArticle): ExpectedItem {
	return {
		kicker: article.kicker,
		title: article.title,
		subtitle: article.subtitle,
		byline: article.byline,
		authors: article.byline ? bylineNames(article.byline) : undefined,
		blocks: article.blocks,
	};
}

/** The expected split of one page (版) from its articles, in print order. */
export function expectedPage(source: string, articles: SourceArticle[]): ExpectedPage {
	const first = articles[0]!;
	return {
		source,
		date: first.date,
		page: first.page,
		pageName: first.pageName,
		items: articles.filter((a) => !a.credits).map(expectedItem),
		credits: articles.filter((a) => a.credits).map((a) => [a.title, ...a.blocks.map((b) => b.text)].join(' ')),
	};
}

/** Text compared without its whitespace, which layouts change and readers do not see as content. */
export function bare(text: string | undefined): string {
	return (text ?? '').replace(/[\s\u3000\u00a0\u200b\ufeff]+/gu, '');
}
