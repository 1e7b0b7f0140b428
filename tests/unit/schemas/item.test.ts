import { describe, expect, it } from 'vitest';
import { itemFileSchema } from '../../../src/schemas/item.ts';

const item = { title: '标题', paper: '科技日报', date: '2024-07-12', order: 1, source: { file: 'content/sources/a.txt', lines: [1, 3] } };

describe('itemFileSchema', () => {
	it('takes the fields it knows', () => {
		expect(itemFileSchema.safeParse(item).success).toBe(true);
	});

	it('refuses a misspelt field, naming it and the fix, instead of dropping it', () => {
		const checked = itemFileSchema.safeParse({ ...item, subtitel: '副题' });
		expect(checked.success).toBe(false);
		expect(checked.error!.issues[0]!.message).toBe('未知字段：subtitel。检查拼写（例如 subtitle、pageName），或删去这一项。');
	});

	it('takes the identity the ingester writes, a second printing’s number and all, and no other', () => {
		for (const identity of ['5f9f1409615a5128-0', '5f9f1409615a5128~2-140'])
			expect(itemFileSchema.safeParse({ ...item, identity }).success, identity).toBe(true);
		for (const identity of ['5f9f1409615a5128', '5f9f1409615a5128~0-0', '5f9f1409615a5128~2', 'zz9f1409615a5128-0'])
			expect(itemFileSchema.safeParse({ ...item, identity }).success, identity).toBe(false);
	});
});
