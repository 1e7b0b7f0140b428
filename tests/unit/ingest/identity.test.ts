/**
 * Page and item identities (scripts/ingest/identity.ts): what stays when metadata is corrected, and what tells two
 * printings of one text apart.
 */
import { describe, expect, it } from 'vitest';
import { itemIdentities, pageIdentity, pageOfItemIdentity, printingIdentity } from '../../../scripts/ingest/identity.ts';

describe('pageIdentity', () => {
	it('is the same for the same visible text, whatever its whitespace', () => {
		expect(pageIdentity({ text: '广告\n' })).toBe(pageIdentity({ text: '　　广 告\r\n\r\n' }));
		expect(pageIdentity({ text: '广告\n' })).not.toBe(pageIdentity({ text: '启事\n' }));
	});
});

describe('printingIdentity', () => {
	const digest = pageIdentity({ text: '广告\n' });
	const archive = new Map([
		[digest, { sourceFile: 'content/sources/rmrb/2019-02-01/20190201-08-01.txt', paper: '人民日报', date: '2019-02-01', page: 8 }],
		[`${digest}~2`, { sourceFile: 'content/sources/rmrb/2019-02-02/20190202-08-01.txt', paper: '人民日报', date: '2019-02-02', page: 8 }],
	]);
	const holderOf = (identity: string) => archive.get(identity);
	const printing = (fileName: string, date: string, page?: number) => ({ fileName, paper: '人民日报', date, page });

	it('is the digest for a text no page holds yet, and for the page read again from a file of its name', () => {
		const other = pageIdentity({ text: '启事\n' });
		expect(printingIdentity(other, printing('20190203-08-01.txt', '2019-02-03', 8), new Set(), holderOf)).toBe(other);
		expect(printingIdentity(digest, printing('20190201-08-01.txt', '2019-02-01', 8), new Set(), holderOf)).toBe(digest);
		// (Under corrected metadata too: the same file is the same page, to move.)
		expect(printingIdentity(digest, printing('20190202-08-01.txt', '2019-02-03', 9), new Set(), holderOf)).toBe(`${digest}~2`);
	});

	it('is the page at the place the text goes, read from a file of another name: another layout of that page', () => {
		expect(printingIdentity(digest, printing('page.txt', '2019-02-02', 8), new Set(), holderOf)).toBe(`${digest}~2`);
	});

	it('is the page of that paper and date where one of the two gives no page number: a page of unknown number is no other page', () => {
		const unnumbered = new Map([[digest, { sourceFile: 'content/sources/rmrb/2019-02-01/page.txt', paper: '人民日报', date: '2019-02-01' }]]);
		expect(printingIdentity(digest, printing('rmrb-2019-02-01-08.txt', '2019-02-01', 8), new Set(), (identity) => unnumbered.get(identity))).toBe(digest);
		expect(printingIdentity(digest, printing('copy.txt', '2019-02-01'), new Set(), holderOf)).toBe(digest);
		// (Another date is another printing still.)
		expect(printingIdentity(digest, printing('rmrb-2019-02-03-08.txt', '2019-02-03', 8), new Set(), (identity) => unnumbered.get(identity))).toBe(
			`${digest}~2`,
		);
	});

	it('numbers each other printing of the text, from a file of another name for another place, or given to another page of this run', () => {
		expect(printingIdentity(digest, printing('20190203-08-01.txt', '2019-02-03', 8), new Set(), holderOf)).toBe(`${digest}~3`);
		expect(printingIdentity(digest, printing('page.txt', '2019-02-03'), new Set(), holderOf)).toBe(`${digest}~3`);
		expect(printingIdentity(digest, printing('20190201-08-01.txt', '2019-02-01', 8), new Set([digest]), holderOf)).toBe(`${digest}~3`);
		expect(printingIdentity(digest, printing('day.txt', '2019-02-03'), new Set(), () => ({}))).toBe(digest);
	});

	it('keeps the page an item identity opens with', () => {
		const [item] = itemIdentities({ text: '广告\n', firstLine: 1 }, [1], `${digest}~2`);
		expect(item).toBe(`${digest}~2-0`);
		expect(pageOfItemIdentity(item!)).toBe(`${digest}~2`);
	});
});
