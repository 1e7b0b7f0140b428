import { describe, expect, it } from 'vitest';
import { rankResults } from '../../../src/search/shared/rank.ts';

describe('rankResults', () => {
	it('puts title hits first, then the items that match most often', () => {
		const ranked = rankResults(
			[
				{ title: '浙江嘉兴南湖高新区', matches: 1 },
				{ title: '兰州高新区招商', matches: 40 },
				{ title: '生物 医药简讯', matches: 2 },
				{ title: '北京南中轴', matches: 3 },
				{ title: '深圳前海', matches: 3 },
			],
			['生物医药'],
		);
		expect(ranked.map((r) => r.title)).toEqual(['生物 医药简讯', '兰州高新区招商', '北京南中轴', '深圳前海', '浙江嘉兴南湖高新区']);
	});

	it('puts items holding the terms side by side before items holding them apart', () => {
		const ranked = rankResults(
			[
				{ title: 'A', text: '生物产业与医药企业', matches: 9 },
				{ title: 'B', text: '发展生物医药产业', matches: 1 },
			],
			['生物', '医药'],
		);
		expect(ranked.map((r) => r.title)).toEqual(['B', 'A']);
	});
});
