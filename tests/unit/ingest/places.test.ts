import { describe, expect, it } from 'vitest';
import { placesIn } from '../../../scripts/ingest/places.ts';

describe('placesIn', () => {
	it('finds regions and parks named in the title, province split off the park', () => {
		expect(placesIn('兰州高新区为生物医药产业注入向“新”力')).toEqual(['兰州', '兰州高新区']);
		expect(placesIn('浙江嘉兴南湖高新区 构建全方位人工智能生态图')).toEqual(['浙江', '嘉兴', '嘉兴南湖高新区']);
		expect(placesIn('北京南中轴国际文化科技园: 打造科技文化融合发展新地标')).toEqual(['北京', '南中轴国际文化科技园']);
	});
	it('ignores a quoted label that looks like a park', () => {
		expect(placesIn('重庆两江协同创新区一明月湖 获“算力产业园”授牌')).toEqual(['重庆', '两江协同创新区']);
	});
	it('takes the place of the dateline too', () => {
		expect(placesIn('新疆旅游热度攀升', '乌鲁木齐7月9日')).toEqual(['乌鲁木齐', '新疆']);
	});
	it('finds nothing where nothing is named', () => {
		expect(placesIn('暑期文旅市场持续升温')).toEqual([]);
	});
});

describe('placesIn reads names left to right', () => {
	it('does not find a place inside another', () => {
		expect(placesIn('江西宁都推进高标准农田建设')).toEqual(['江西']);
		expect(placesIn('上海南站改造完成')).toEqual(['上海']);
	});
});
