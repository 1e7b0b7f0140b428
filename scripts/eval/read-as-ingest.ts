/**
 * A corpus file read as `npm run ingest` reads it: decoded, cut into its printed pages at their headers
 * (第03版：要闻), each page parsed, and the check that every character is kept. Shared by the scorer
 * (eval-ingest.ts) and the fuzzer (fuzz-ingest.ts), so that both judge the ingester's own path.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { groupArticleFiles, withArticleHeaders, withArticleSplit, type ArticlePage } from '../ingest/article-files.ts';
import { checkConservation } from '../ingest/conservation.ts';
import { readAsText } from '../ingest/read-as-text.ts';
import { markCharacters } from '../ingest/layout-marks.ts';
import { layoutHints, metadataLines, splitSections, type PageSection } from '../ingest/page-sections.ts';
import { parsePage, type ParsedPage } from '../ingest/parse-page.ts';
import type { PageSource } from '../ingest/plain-subheads.ts';
import { visibleChars } from '../ingest/text.ts';
import { UsageError } from '../shared/command.ts';

/** The papers of the corpus, by the short name their files start with (rmrb-2026-04-28-01). */
export const CORPUS_PAPERS: ReadonlyMap<string, string> = new Map([
	['rmrb', '人民日报'],
	['xhmrdx', '新华每日电讯'],
	['xxsb', '学习时报'],
]);

/** What the maintainer tells the ingester of a file besides its text. */
export interface FileReading {
	/** The paper, as `--paper` names it (人民日报), or undefined where nothing says. */
	paper: string | undefined;
	/** The page's name where the maintainer gives it (a sidecar's pageName); a page header's own name wins. */
	pageName?: string;
	/** Whether sub-heads are headings on every page (--printed-headings). Default false. */
	printedHeadings?: boolean;
	/** Whether the paper sets two header lines with no dash as title over subtitle (--title-first). Default false. */
	titleFirst?: boolean;
	/** The page's number where the file's name gives it (article-files.ts); a page header's own number wins. */
	page?: number;
}

/** One file split: its pages, and how many of its visible characters the split kept. */
export interface FileSplit {
	pages: { section: PageSection; parsed: ParsedPage }[];
	chars: { source: number; kept: number };
	/** Where the split lost or changed text (a refusal), or undefined when every character is kept. */
	mismatch: string | undefined;
}

/**
 * Splits decoded text as the ingester does (a page saved as HTML, or whose paragraphs run together, through its text). Throws only where the ingester itself would throw. `articles`: what a page's
 * article files say of its split, where the text is theirs joined (article-files.ts).
 */
export function readAsIngest(source: string, reading: FileReading, articles?: ArticlePage): FileSplit {
	const pages: FileSplit['pages'] = [];
	// (A page saved as HTML, or whose paragraphs run together, is read through its text: read-as-text.ts.)
	const text = (articles ? undefined : readAsText(source))?.text ?? source;
	for (const section of splitSections(text, { dividers: articles === undefined })) {
		const source: PageSource = {
			paper: reading.paper,
			pageName: section.header?.pageName ?? reading.pageName,
			page: section.header?.page ?? reading.page,
			printedHeadings: reading.printedHeadings ?? false,
		};
		pages.push({
			section,
			parsed: withArticleHeaders(
				parsePage(section.text, {
					firstLine: section.firstLine,
					...withArticleSplit(layoutHints(section), articles),
					titleFirst: reading.titleFirst ?? false,
					source,
				}),
				articles,
			),
		});
	}
	const chars = { source: 0, kept: 0 };
	let mismatch: string | undefined;
	for (const { section, parsed } of pages) {
		const report = checkConservation(section.text, parsed);
		// The header line (and its repeats over each article, and a scan's running head) is page metadata, kept in the page record.
		// So are the layout marks (character references, Markdown's marks) beyond what the parser reads in their place.
		const header = metadataLines(section).reduce((count, h) => count + visibleChars(h.text).length, 0) + markCharacters(section.marks ?? []);
		chars.source += report.sourceChars + header;
		chars.kept += (report.mismatch ? 0 : report.keptChars) + header;
		if (report.mismatch) mismatch ??= `拆分后的文字与原文不一致（第 ${section.firstLine + report.mismatch.line - 1} 行）`;
	}
	return { pages, chars, mismatch };
}

/** The pages of a split as one page: every item, column, credit and flagged place in print order. */
export function joinedPages(split: FileSplit): ParsedPage {
	return {
		items: split.pages.flatMap((page) => page.parsed.items),
		columns: split.pages.flatMap((page) => page.parsed.columns),
		credits: split.pages.flatMap((page) => page.parsed.credits),
		uncertain: split.pages.flatMap((page) => page.parsed.uncertain),
	};
}

/**
 * The page texts of a corpus folder, in name order, as the ingester reads them: each `<name>.txt` alone, and the
 * article files of one page (`<YYYYMMDD>-<page>-<article>.txt`) together (article-files.ts).
 */
export function pageTextsIn(folder: string): string[][] {
	return groupArticleFiles(pagesIn(folder));
}

/** The page texts of a corpus folder (`<name>.txt`), in name order; a folder that is not there is wrong usage. */
export function pagesIn(folder: string): string[] {
	if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory())
		throw new UsageError(`找不到语料文件夹 ${folder}：请检查路径，或先用 npm run eval:corpus 生成语料。`);
	return readdirSync(folder)
		.filter((name) => name.endsWith('.txt'))
		.sort()
		.map((name) => join(folder, name));
}
