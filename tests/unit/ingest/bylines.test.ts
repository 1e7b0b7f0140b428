import { describe, expect, it } from 'vitest';
import { parseAuthorList, parseBylineLine, parseLead } from '../../../scripts/ingest/bylines.ts';

describe('parseBylineLine', () => {
	it('reads ◎ bylines, a role applying to the names after it', () => {
		expect(parseBylineLine('◎ 本报记者 华凌 通讯员 赵智和')).toEqual([
			{ name: '华凌', role: '本报记者' },
			{ name: '赵智和', role: '通讯员' },
		]);
	});
	it('joins a two-character name spaced out to the width of three', () => {
		expect(parseBylineLine('本报记者  韩  鑫')).toEqual([{ name: '韩鑫', role: '本报记者' }]);
	});
	it('does not take a sentence starting with 记者 for a byline', () => {
		expect(parseBylineLine('记者走进积石药业宽敞整洁的实验室看到，科研人员正在开展药物研发。')).toBeUndefined();
	});
});

describe('parseLead', () => {
	it('reads 科技日报讯(…) leads, with the date after the parenthesis', () => {
		expect(parseLead('科技日报讯(记者罗云鹏)记者7月12日从深圳市前海管理局获悉')).toEqual({
			agency: '科技日报',
			dateline: '7月12日',
			authors: [{ name: '罗云鹏', role: '记者' }],
		});
	});
	it('reads 本报…电 and 新华社…电 leads with full-width parentheses', () => {
		expect(parseLead('本报北京7月9日电（记者 张三、李四）国家统计局今天发布')).toEqual({
			agency: '本报',
			dateline: '北京7月9日',
			authors: [{ name: '张三', role: '记者' }, { name: '李四', role: '记者' }],
		});
		expect(parseLead('新华社北京7月9日电 国务院总理…')).toMatchObject({ agency: '新华社', dateline: '北京7月9日', authors: [] });
	});
	it('ignores ordinary paragraphs', () => {
		expect(parseLead('近日，海知见信息技术(北京)有限公司落地。')).toBeUndefined();
	});
});

describe('parseAuthorList', () => {
	it('keeps names without a printed role role-less', () => {
		expect(parseAuthorList('洪恒飞 王婧璐 记者江耘')).toEqual([{ name: '洪恒飞' }, { name: '王婧璐' }, { name: '江耘', role: '记者' }]);
	});
});

describe('parseBylineLine refuses headings that open with a role', () => {
	it('does not read 记者手记 or 通讯员风采 as people', () => {
		expect(parseBylineLine('记者手记')).toBeUndefined();
		expect(parseBylineLine('通讯员风采')).toBeUndefined();
		expect(parseBylineLine('记者 王华')).toEqual([{ name: '王华', role: '记者' }]);
	});
});
