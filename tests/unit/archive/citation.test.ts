import { describe, expect, it } from 'vitest';
import { citationOf } from '../../../src/archive/citation.ts';
import { archiveItem as item } from '../../support/sample-items.ts';

describe('citationOf', () => {
	it('writes a GB/T 7714 newspaper reference', () => {
		const cited = item('kjrb/2024-07-12/08-05', {
			title: '北京南中轴国际文化科技园',
			page: 8,
			authors: [
				{ name: '华凌', role: '本报记者' },
				{ name: '赵智和', role: '通讯员' },
			],
		});
		expect(citationOf(cited, 'https://example.org/kjrb/2024-07-12/08-05/')).toBe(
			'华凌, 赵智和. 北京南中轴国际文化科技园[N/OL]. 科技日报, 2024-07-12(08). https://example.org/kjrb/2024-07-12/08-05/.',
		);
	});
	it("names a city daily's lettered page as it prints it", () => {
		const cited = item('bjqnb/2024-07-12/a03-01', { title: '标题', paper: '北京青年报', page: 3, pageSection: 'A' });
		expect(citationOf(cited, '/bjqnb/2024-07-12/a03-01/')).toBe('标题[N/OL]. 北京青年报, 2024-07-12(A03). /bjqnb/2024-07-12/a03-01/.');
	});

	it('leaves out what is unknown', () => {
		expect(citationOf(item('kjrb/2024-07-12/00-01', { title: '标题' }), '/kjrb/2024-07-12/00-01/')).toBe(
			'标题[N/OL]. 科技日报, 2024-07-12. /kjrb/2024-07-12/00-01/.',
		);
	});
});
