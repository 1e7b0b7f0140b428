/**
 * Lighthouse through its Node API, as PageSpeed Insights runs it: mobile form factor, simulated
 * throttling, the four categories. It needs no network beyond the page's own host: every audit of
 * these categories runs against 127.0.0.1 offline (no run warning, no audit in error), and an
 * audit that could not run is reported rather than left out of the score.
 */
import lighthouse from 'lighthouse';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
/**
 * The categories whose scores do not depend on how busy the machine is. Performance, measured in
 * time, does: it is checked by `npm run bench:lighthouse`, not by the test suite.
 */
export const LOAD_INDEPENDENT_CATEGORIES = ['accessibility', 'best-practices', 'seo'] as const satisfies readonly Category[];

export interface LighthouseResult {
	/** 0–100 per category. */
	scores: Partial<Record<Category, number>>;
	/** The scored audits that cost points, as `category: audit (value) title`. */
	shortfalls: string[];
	/**
	 * Lighthouse's warnings about the run (a page that did not load), and every audit that could not
	 * run (offline, say), which would otherwise just drop out of the scores.
	 */
	warnings: string[];
}

/** Audits `url` in the Chromium listening on DevTools `port` (launchChromiumForDevTools), in `categories` (default: all four). */
export async function runLighthouse(url: string, port: number, categories: readonly Category[] = CATEGORIES): Promise<LighthouseResult> {
	const result = await lighthouse(url, { port, logLevel: 'error', output: 'json', onlyCategories: [...categories] });
	if (!result) throw new Error(`Lighthouse 没有结果：${url}`);
	const { categories: lhrCategories, audits, runWarnings, runtimeError } = result.lhr;
	if (runtimeError) throw new Error(`Lighthouse 运行出错（${url}）：${runtimeError.code} ${runtimeError.message}`);
	const scores = Object.fromEntries(categories.map((id) => [id, Math.round((lhrCategories[id]?.score ?? 0) * 100)])) as Partial<Record<Category, number>>;
	const shortfalls = categories.flatMap((id) =>
		(lhrCategories[id]?.auditRefs ?? [])
			.filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
			.map((ref) => `${id}: ${ref.id} (${audits[ref.id]!.displayValue ?? audits[ref.id]!.score}) ${audits[ref.id]!.title}`),
	);
	const errored = Object.values(audits)
		.filter((audit) => audit.scoreDisplayMode === 'error')
		.map((audit) => `${audit.id} 无法运行：${audit.errorMessage}`);
	return { scores, shortfalls, warnings: [...runWarnings.map(String), ...errored] };
}

/** A Markdown table of scores, one row a page. */
export function scoreTable(rows: { name: string; scores: Partial<Record<Category, number>> }[]): string {
	const shown = CATEGORIES.filter((id) => rows.some(({ scores }) => scores[id] !== undefined));
	return [
		`| 页面 | ${shown.join(' | ')} |`,
		`| --- | ${shown.map(() => '---:').join(' | ')} |`,
		...rows.map(({ name, scores }) => `| ${name} | ${shown.map((id) => scores[id]).join(' | ')} |`),
	].join('\n');
}
