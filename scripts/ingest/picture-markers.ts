/**
 * The mark a news site adds to the title of an article that comes with pictures (城东新建一座图书馆（图）, …（组图）), which a
 * copy of the web page keeps in its text. The printed title has none: none of the development corpus's titles, from print
 * in 2019, 2020 and 2026, ends in one. So the mark is layout (layout-marks.ts): read off the title's line before the page
 * is parsed, so that the title is the printed one (a column's name known again, 环球扫描（图）; a column's tag at its end,
 * …（聚焦亚沙会）（图）), and found where it stands by the conservation check.
 */
import type { LayoutMark } from './layout-marks.ts';
import { charLength } from './text.ts';

/** The mark at the end of a line, brackets of either width: （图）, （组图）, (图). */
const PICTURE_MARKER = /[（(](?:图|组图|多图|附图|图文|高清组图)[）)]$/u;
/** The longest title, in characters, such a mark follows: a line longer than that is a paragraph's. */
const MAX_MARKED_TITLE_LENGTH = 80;
/** What a title never ends with before the mark: a full stop, or a comma or colon that leads on (it may ask or exclaim). */
const NOT_A_TITLE_END = /[。，,；;：:、]$/u;

/** Whether a layout mark is a picture mark. */
export function isPictureMarker(text: string): boolean {
	return PICTURE_MARKER.test(text);
}

/** The picture mark at the end of a title's line, as a layout mark of that line (1-based), if the line has one. */
export function pictureMarkerOf(printed: string, line: number): LayoutMark | undefined {
	const trimmed = printed.trimEnd();
	const mark = PICTURE_MARKER.exec(trimmed);
	if (!mark) return undefined;
	const title = trimmed.slice(0, mark.index).trim();
	if (title === '' || charLength(title) > MAX_MARKED_TITLE_LENGTH || NOT_A_TITLE_END.test(title)) return undefined;
	return { line, at: mark.index, text: mark[0] };
}
