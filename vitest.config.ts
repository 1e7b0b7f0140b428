import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		reporters: ['default', './tests/support/summary-reporter.ts'],
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
				},
			},
			{
				// Tests that run the CLIs as a maintainer does, in a process of their own.
				test: {
					name: 'cli',
					include: ['tests/cli/**/*.test.ts'],
					testTimeout: 30_000,
				},
			},
			{
				test: {
					name: 'site',
					include: ['tests/site/**/*.test.ts'],
					// One real build, one static server and one Chromium for the whole project.
					globalSetup: ['tests/site/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 300_000,
					fileParallelism: false,
				},
			},
		],
	},
});
