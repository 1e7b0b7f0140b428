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
		[digest, { sourceFile: 'content/sources/rmrb/2019-02-01/20190201-08-01.txt' }],
		[`${digest}~2`, { sourceFile: 'content/sources/rmrb/2019-02-02/20190202-08-01.txt' }],
	]);
	const holderOf = (identity: string) => archive.get(identity);

	it('is the digest for a text no page holds yet, and for the page read again from a file of its name', () => {
		expect(printingIdentity(pageIdentity({ text: '启事\n' }), '20190203-08-01.txt', new Set(), holderOf)).toBe(pageIdentity({ text: '启事\n' }));
		expect(printingIdentity(digest, '20190201-08-01.txt', new Set(), holderOf)).toBe(digest);
		expect(printingIdentity(`${digest}`, '20190202-08-01.txt', new Set(), holderOf)).toBe(`${digest}~2`);
	});

	it('numbers each other printing of the text, read from a file of another name or given to another page of this run', () => {
		expect(printingIdentity(digest, '20190203-08-01.txt', new Set(), holderOf)).toBe(`${digest}~3`);
		expect(printingIdentity(digest, '20190201-08-01.txt', new Set([digest]), holderOf)).toBe(`${digest}~3`);
		expect(printingIdentity(digest, 'day.txt', new Set(), () => undefined)).toBe(digest);
	});

	it('keeps the page an item identity opens with', () => {
		const [item] = itemIdentities({ text: '广告\n', firstLine: 1 }, [1], `${digest}~2`);
		expect(item).toBe(`${digest}~2-0`);
		expect(pageOfItemIdentity(item!)).toBe(`${digest}~2`);
	});
});
