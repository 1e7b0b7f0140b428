import { describe, expect, it } from 'vitest';
import { pageFileSchema } from '../../../src/schemas/page.ts';

const record = { paper: '科技日报', date: '2024-07-12', page: 8, source: { file: 'content/sources/kjrb/2024-07-12/08.txt' } };

describe('pageSchema', () => {
	it('takes a scan archived in the content folder, relative to the record', () => {
		expect(
			pageFileSchema.safeParse({ ...record, scan: { image: '../../../sources/kjrb/2024-07-12/08.jpg', pdf: 'content/sources/kjrb/2024-07-12/08.pdf' } })
				.success,
		).toBe(true);
	});

	it('refuses a scan image from outside the content folder, saying what is allowed', () => {
		for (const image of ['../../../../private.jpg', '/home/someone/private.jpg']) {
			const checked = pageFileSchema.safeParse({ ...record, scan: { image } });
			expect(checked.success, image).toBe(false);
			expect(checked.error!.issues[0]!.message).toContain('须为内容文件夹里的图片');
		}
	});
});
