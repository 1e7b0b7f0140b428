/**
 * Each paper's house style, written once for the whole archive in `content/papers.yaml`, so that a
 * maintainer who publishes 新华每日电讯 every day need not give `--title-first` on every run:
 *
 *   新华每日电讯:
 *     titleFirst: true          # two header lines with no dash are title and subtitle
 *   某某晚报:
 *     paperSlug: mmwb2          # its slug in addresses, where its initials' is another paper's
 *     columns: [夜读, 街谈]      # the paper's own column names
 *     printedHeadings: true     # its texts are OCR of the printed page
 *
 * A style is the default for every page of that paper, whether the paper is named by a flag, the
 * sidecar, the page's header or inferred from the text (科技日报讯); a flag or the page's sidecar
 * still wins. The file is read once per run and checked field by field, each wrong one reported at
 * its line: a wrong style would split every page of the paper wrongly.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { lineOf, pageMetaInputSchema, readYamlFile } from './page-meta.ts';
import { Problem, ProblemGroup } from './problem.ts';

/** The file's name in the content folder (beside items/, pages/ and sources/). */
export const PAPER_STYLES_FILE = 'papers.yaml';

/** What a paper's house style may say: its slug, and the page-text settings that hold for every page of a paper. */
export const paperStyleSchema = pageMetaInputSchema.pick({ paperSlug: true, columns: true, titleFirst: true, printedHeadings: true }).strict();

export type PaperStyle = z.infer<typeof paperStyleSchema>;

/** The archive's house styles, by the paper's name as pages give it (新华每日电讯). */
export type PaperStyles = ReadonlyMap<string, PaperStyle>;

const FIELDS = Object.keys(paperStyleSchema.shape).join('、');
const EXAMPLE = '每个报纸一项，写法如 `新华每日电讯: { titleFirst: true }`。';

/**
 * Reads `papers.yaml` in `contentRoot`; no file is no styles. Throws a Problem (or a ProblemGroup,
 * one per wrong field) naming the file as `shownAs` and the line.
 */
export function readPaperStyles(contentRoot: string, shownAs: string = join(contentRoot, PAPER_STYLES_FILE)): PaperStyles {
	const path = join(contentRoot, PAPER_STYLES_FILE);
	if (!existsSync(path)) return new Map();
	const { document, lineCounter, data } = readYamlFile(path, shownAs, { what: '报纸排版习惯文件', hint: EXAMPLE });
	if (typeof data !== 'object' || Array.isArray(data)) {
		throw new Problem('报纸排版习惯文件须以报纸名称为键，每个报纸下写它的排版习惯。', { file: shownAs, line: 1, hint: EXAMPLE });
	}
	const styles = new Map<string, PaperStyle>();
	const problems: Problem[] = [];
	for (const [paper, value] of Object.entries(data as Record<string, unknown>)) {
		if (value !== null && (typeof value !== 'object' || Array.isArray(value))) {
			problems.push(
				new Problem(`《${paper}》下须写排版习惯的字段。`, {
					file: shownAs,
					line: lineOf(document, lineCounter, [paper]),
					hint: `可用字段：${FIELDS}；${EXAMPLE}`,
				}),
			);
			continue;
		}
		// (A paper listed with nothing under it has the default style.)
		const result = paperStyleSchema.safeParse(value ?? {});
		if (result.success) {
			styles.set(paper.trim(), result.data);
			continue;
		}
		for (const issue of result.error.issues) {
			const unknown = issue.code === 'unrecognized_keys';
			const field = unknown ? issue.keys[0]! : issue.path[0];
			problems.push(
				new Problem(unknown ? `《${paper}》下有未知字段：${issue.keys.join('、')}。` : `《${paper}》：${issue.message}`, {
					file: shownAs,
					line: lineOf(document, lineCounter, field === undefined ? [paper] : [paper, field]),
					hint: `可用字段：${FIELDS}；${EXAMPLE}`,
				}),
			);
		}
	}
	if (problems.length > 0) throw problems.length === 1 ? problems[0]! : new ProblemGroup(problems);
	return styles;
}
