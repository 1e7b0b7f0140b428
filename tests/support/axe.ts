/**
 * axe-core run inside a page that Chromium has open, against WCAG 2.1 A and AA and axe's best
 * practices: the violations, each with the selectors of the elements at fault, ready to print.
 */
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** One line a violation: rule, impact, what is wrong, and where (selectors). */
export async function axeViolations(page: Page): Promise<string[]> {
	await page.addScriptTag({ path: AXE_SOURCE });
	const results = await page.evaluate(
		(tags) =>
			(window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(document, {
				runOnly: { type: 'tag', values: tags },
			}),
		AXE_TAGS,
	);
	return results.violations.map(
		(violation) => `${violation.id}（${violation.impact}）${violation.help}：${violation.nodes.map((node) => node.target.join(' ')).join('；')}`,
	);
}
