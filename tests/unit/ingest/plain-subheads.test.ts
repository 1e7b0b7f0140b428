import { describe, expect, it } from 'vitest';
import { columnOf } from '../../../scripts/ingest/plain-subheads.ts';

describe('columnOf', () => {
	it('names the column a title’s tag gives', () => {
		expect(columnOf('让好政策落到群众心坎上（民生观）')).toBe('民生观');
	});

	it('names it by the tag’s first part, not the week’s series after the dot', () => {
		expect(columnOf('小词元撬动智能经济大市场（大数据观察·智能经济新形态）')).toBe('大数据观察');
	});

	it('names no column where the title has no tag, or brackets that date or gloss', () => {
		expect(columnOf('一座老城的新生')).toBeUndefined();
		expect(columnOf('苏轼在黄州（1080—1084年）')).toBeUndefined();
		expect(columnOf('公募基金试点（REITs）')).toBeUndefined();
	});
});
