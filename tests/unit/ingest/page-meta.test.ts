import { describe, expect, it } from 'vitest';
import { resolvePageMeta } from '../../../scripts/ingest/page-meta.ts';
import { parsePage } from '../../../scripts/ingest/parse-page.ts';
import { Problem } from '../../../scripts/ingest/problem.ts';

function metaOf(source: string, today = new Date('2026-11-24T00:00:00Z')) {
	return resolvePageMeta({ sourcePath: 'a.txt', source, page: parsePage(source), flags: {}, sidecar: {}, today });
}

const brief = (title: string, lead: string) => `${title}\n\n${lead}\n\n`;

describe('page metadata inference', () => {
	it('takes the paper from 某某报讯 and the date from the latest dateline and year', () => {
		const meta = metaOf(brief('甲', '科技日报讯（记者 王华）7月9日，2024年的活动开幕。') + brief('乙', '科技日报讯（记者 李明）7月12日，又一场活动开幕。'));
		expect(meta).toMatchObject({ paper: '科技日报', paperSlug: 'kjrb', date: '2024-07-12', inferred: ['paper', 'date'] });
	});
	it('does not guess the year when datelines straddle a new year', () => {
		const source = brief('甲', '科技日报讯（记者 王华）12月30日，2025年的总结发布。') + brief('乙', '科技日报讯（记者 李明）1月1日，新年活动开幕。');
		expect(() => metaOf(source)).toThrow(Problem);
	});
	it('never infers a date after today', () => {
		expect(() => metaOf(brief('甲', '科技日报讯（记者 王华）12月30日，2026年的总结发布。'))).toThrow(/无法确定出版日期/);
	});
	it('lets flags and sidecar win over inference', () => {
		const source = brief('甲', '科技日报讯（记者 王华）7月9日，2024年的活动开幕。');
		const meta = resolvePageMeta({ sourcePath: 'a.txt', source, page: parsePage(source), flags: { date: '2024-07-15' }, sidecar: { page: 8, date: '2024-07-14' } });
		expect(meta).toMatchObject({ date: '2024-07-15', page: 8, inferred: ['paper'] });
	});
});
