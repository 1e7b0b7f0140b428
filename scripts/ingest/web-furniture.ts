/**
 * The lines a news site prints around an article, which a copy of the web page keeps with its text: when and where it
 * was published (2026年04月26日08:22 | 来源：人民网－人民日报), the share and font-size widgets (分享到：, 【字号 大 中 小】),
 * an e-paper's navigation (上一版  下一版, PDF下载, 返回目录), and the placeholder left where a picture stood ([图片]).
 * None is the article's own text, and none is a title, a kicker or a heading: each is the page's metadata, blank for the
 * parser and parting nothing (page-sections.ts), so that it neither starts an item nor joins the next one's header to the
 * text above, and the archived text keeps it.
 */

/** A date as sites print it, its time too: 2026年04月26日08:22, 2026-04-26 08:22:15, 2026/4/26. */
const WEB_DATE = String.raw`\d{4}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})(?:[\s\u3000]*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?`;
/** A field of a page's publication line: its time, source, writer or editor, labelled (来源：人民网－人民日报). */
const WEB_FIELD = String.raw`(?:发布时间|发布日期|时间|日期|来源|作者|编辑|责任编辑|责编)[：:][\s\u3000]*[^\s\u3000|｜丨]+(?:[\s\u3000][^\s\u3000|｜丨：:]+)?`;
/** Between the fields of that line, or the words of a widget's: spaces, or a bar with spaces around it. */
const GAP = String.raw`(?:[\s\u3000]*[|｜丨][\s\u3000]*|[\s\u3000]+)`;
/**
 * A page's publication line: its date with the source or other fields after it, or its source and date in either order
 * (2026年04月26日08:22 | 来源：人民网－人民日报, 发布时间：2026-04-26 08:22 来源：新华网, 来源：人民日报 2026-04-26). A line of
 * fields with no date is none: 来源：人民日报、新华社 alone is print's own note of where a compiled piece's words came from.
 */
const PUBLICATION_LINE = new RegExp(
	String.raw`^(?:(?:发布时间|发布日期|时间|日期)[：:][\s\u3000]*)?${WEB_DATE}(?:${GAP}${WEB_FIELD})+$|^${WEB_FIELD}(?:${GAP}${WEB_FIELD})*${GAP}${WEB_DATE}$`,
	'u',
);
/**
 * A site's widgets and navigation copied as words, one or several on a line apart by spaces or bars: 分享到：,
 * 【字号 大 中 小】, 打印本页, 关闭窗口, and an e-paper's 上一版  下一版, PDF下载, 返回目录.
 */
const WIDGET_WORD = String.raw`(?:分享到[：:]?|【?字号[：:]?[\s\u3000]*大[\s\u3000]*中[\s\u3000]*小】?|打印本页|打印|关闭窗口|关闭|返回顶部|返回目录|返回首页|上一版|下一版|上一篇|下一篇|PDF下载|PDF版)`;
const WIDGET = new RegExp(String.raw`^${WIDGET_WORD}(?:${GAP}${WIDGET_WORD})*$`, 'u');
/** Where a picture stood, its placeholder: [图片], 【图片】, [图], or the word alone (图片), as a page's text gives a picture's label. */
const PICTURE_PLACEHOLDER = /^(?:\[(?:图片|图)\]|【(?:图片|图)】|图片)$/u;

/**
 * The news outlet a page names as an article's source on a line of its own, with no date (来源：人民日报, 来源：人民网－人民日报):
 * a web page's furniture right under an article's header, but print's own note under a compiled piece
 * (来源：人民日报、新华社, over the page's credits), so read as furniture only where it stands right under an article's
 * header (page-sections.ts).
 */
const OUTLET_SOURCE = /^来源[：:][\s\u3000]*[^\s\u3000，。、]{2,16}(?:日报|晚报|时报|新闻|网|社|电视台|客户端|周刊)$/u;

/** Whether a line names the article's news outlet alone (来源：人民日报), which is furniture under an article's header. */
export function isOutletSource(text: string): boolean {
	return OUTLET_SOURCE.test(text);
}

/** Whether a line is a news site's furniture around an article, copied with it. */
export function isWebFurniture(text: string): boolean {
	return PUBLICATION_LINE.test(text) || WIDGET.test(text) || PICTURE_PLACEHOLDER.test(text);
}
