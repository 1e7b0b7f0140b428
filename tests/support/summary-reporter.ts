/**
 * Ends a run with the plain line CI reads, `N passed, N failed, N skipped`, after Vitest's own
 * report. A module that failed to load, or whose hook failed, counts as a failure.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
	onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
		const count = { passed: 0, failed: 0, skipped: 0 };
		for (const module of testModules) {
			// A module that failed with no failed test of its own: it did not load, or a hook failed.
			if (module.state() === 'failed' && ![...module.children.allTests()].some((test) => test.result().state === 'failed')) count.failed++;
			for (const test of module.children.allTests()) {
				const state = test.result().state;
				if (state === 'passed') count.passed++;
				else if (state === 'failed') count.failed++;
				else count.skipped++;
			}
		}
		count.failed += unhandledErrors.length;
		console.log(`\n${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped`);
	}
}
