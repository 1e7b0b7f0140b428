/**
 * Lighthouse through its Node API, as PageSpeed Insights runs it: mobile form factor, simulated
 * throttling, the four categories. It needs no network beyond the page's own host: every audit of
 * these categories runs against 127.0.0.1 offline (no run warning, no audit in error), and an
 * audit that could not run is reported rather than left out of the score.
 */
import lighthouse from 'lighthouse';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
	/** 0–100 per category. */
	scores: Record<Category, number>;
	/** The scored audits that cost points, as `category: audit (value) title`. */
	shortfalls: string[];
	/**
	 * Lighthouse's warnings about the run (a page that did not load), and every audit that could not
	 * run (offline, say), which would otherwise just drop out of the scores.
	 */
	warnings: string[];
}

/** Audits `url` in the Chromium listening on DevTools `port` (launchChromiumForDevTools). */
export async function runLighthouse(url: string, port: number): Promise<LighthouseResult> {
	const result = await lighthouse(url, { port, logLevel: 'error', output: 'json', onlyCategories: [...CATEGORIES] });
	if (!result) throw new Error(`Lighthouse 没有结果：${url}`);
	const { categories, audits, runWarnings, runtimeError } = result.lhr;
	if (runtimeError) throw new Error(`Lighthouse 运行出错（${url}）：${runtimeError.code} ${runtimeError.message}`);
	const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)])) as Record<Category, number>;
	const shortfalls = CATEGORIES.flatMap((id) =>
		(categories[id]?.auditRefs ?? [])
			.filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
			.map((ref) => `${id}: ${ref.id} (${audits[ref.id]!.displayValue ?? audits[ref.id]!.score}) ${audits[ref.id]!.title}`),
	);
	const errored = Object.values(audits)
		.filter((audit) => audit.scoreDisplayMode === 'error')
		.map((audit) => `${audit.id} 无法运行：${audit.errorMessage}`);
	return { scores, shortfalls, warnings: [...runWarnings.map(String), ...errored] };
}

/** A Markdown table of scores, one row a page. */
export function scoreTable(rows: { name: string; scores: Record<Category, number> }[]): string {
	return [
		`| 页面 | ${CATEGORIES.join(' | ')} |`,
		`| --- | ${CATEGORIES.map(() => '---:').join(' | ')} |`,
		...rows.map(({ name, scores }) => `| ${name} | ${CATEGORIES.map((id) => scores[id]).join(' | ')} |`),
	].join('\n');
}
