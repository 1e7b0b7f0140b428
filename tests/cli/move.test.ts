/**
 * Correcting a page number or a date after a page was published, as a maintainer does: by
 * ingesting the page again with the right metadata, or with `npm run move`. Either way the items
 * move (never copied), every old address is in the redirects ledger, and a later ingest of the
 * same text keeps the correction. The built site follows the ledger in tests/site/moves.test.ts.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../support/site-files.ts';
import { contentDir, ingest, move, ROOT, snapshot } from '../support/run-ingest.ts';

const BUNDLED_SOURCE = join(ROOT, 'content/sources/kjrb/2024-07-12/000_89593461d74f7736.txt');

const itemsIn = (content: string) =>
	filesUnder(join(content, 'items'), '.mdx')
		.map((file) => relative(join(content, 'items'), file))
		.sort();
const ledgerOf = (content: string) => parse(readFileSync(join(content, 'redirects.yaml'), 'utf8')) as { from: string; to: string }[];

describe('a page number corrected after publishing', () => {
	it('by ingesting again with --page: five items moved, no copies, every old address recorded', () => {
		const content = contentDir();
		expect(ingest(BUNDLED_SOURCE, '--out', join(content, 'items')).status).toBe(0);
		const result = ingest(BUNDLED_SOURCE, '--out', join(content, 'items'), '--page', '8', '--page-name', '园区');
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain('移动 ');
		expect(itemsIn(content)).toEqual(['01', '02', '03', '04', '05'].map((n) => `kjrb/2024-07-12/08-${n}.mdx`));
		expect(existsSync(join(content, 'pages/kjrb/2024-07-12/00.yaml'))).toBe(false);
		expect(ledgerOf(content).map(({ from, to }) => `${from} → ${to}`)).toEqual([
			...['01', '02', '03', '04', '05'].map((n) => `kjrb/2024-07-12/00-${n} → kjrb/2024-07-12/08-${n}`),
			'kjrb/2024-07-12/00 → kjrb/2024-07-12/08',
		]);
	});

	it('with npm run move: the page and its items moved, hand edits kept, and a later ingest keeps the correction', () => {
		const content = contentDir();
		expect(ingest(BUNDLED_SOURCE, '--out', join(content, 'items')).status).toBe(0);
		// A maintainer's edit of one item, kept through the move.
		const edited = join(content, 'items/kjrb/2024-07-12/00-02.mdx');
		writeFileSync(edited, readFileSync(edited, 'utf8').replace('\n---\n\n', '\n---\n\n编者按：手工加的一段。\n\n'));
		const result = move('kjrb/2024-07-12/00', '--page', '8', '--page-name', '园区', '--out', join(content, 'items'));
		expect(result.status, result.stderr).toBe(0);
		expect(itemsIn(content)).toEqual(['01', '02', '03', '04', '05'].map((n) => `kjrb/2024-07-12/08-${n}.mdx`));
		const second = readFileSync(join(content, 'items/kjrb/2024-07-12/08-02.mdx'), 'utf8');
		expect(second).toContain('page: 8\n');
		expect(second).toContain('pageName: 园区\n');
		expect(second).toContain('编者按：手工加的一段。');
		expect(ledgerOf(content)).toHaveLength(6);

		// Ingesting the archived text again, with no page number given, changes nothing.
		const before = snapshot(content);
		const again = ingest(join(content, 'sources/kjrb/2024-07-12/000_89593461d74f7736.txt'), '--out', join(content, 'items'));
		expect(again.status).toBe(1); // the hand-edited item is kept, and said so
		expect(again.stderr).toContain('08-02.mdx 在上次导入后被手工修改过');
		expect(snapshot(content)).toEqual(before);
	});

	it('keeps one item moved alone where it was moved when its page is ingested again, or replaced by a corrected text', () => {
		const content = contentDir();
		expect(ingest(BUNDLED_SOURCE, '--out', join(content, 'items'), '--page', '1').status).toBe(0);
		const result = move('kjrb/2024-07-12/01-03', '--page', '2', '--out', join(content, 'items'));
		expect(result.status, result.stderr).toBe(0);
		const placed = [
			'kjrb/2024-07-12/01-01.mdx',
			'kjrb/2024-07-12/01-02.mdx',
			'kjrb/2024-07-12/01-04.mdx',
			'kjrb/2024-07-12/01-05.mdx',
			'kjrb/2024-07-12/02-03.mdx',
		];
		expect(itemsIn(content)).toEqual(placed);

		// The same text again: nothing changes, the item is not moved back.
		const archived = join(content, 'sources/kjrb/2024-07-12/000_89593461d74f7736.txt');
		const before = snapshot(content);
		const again = ingest(archived, '--out', join(content, 'items'), '--page', '1');
		expect(again.status, again.stderr).toBe(0);
		expect(snapshot(content)).toEqual(before);

		// A corrected text (--replace): every item keeps its address, the one moved alone too, with its text corrected.
		const text = readFileSync(archived, 'utf8');
		expect(text.split('注册数字经济企业47家')).toHaveLength(2);
		const corrected = join(contentDir(), '000_89593461d74f7736.txt');
		writeFileSync(corrected, text.replace('注册数字经济企业47家', '注册数字经济企业48家'));
		const replaced = ingest(corrected, '--out', join(content, 'items'), '--sources', join(content, 'sources'), '--page', '1', '--replace');
		expect(replaced.status, replaced.stderr).toBe(0);
		expect(itemsIn(content)).toEqual(placed);
		const item = readFileSync(join(content, 'items/kjrb/2024-07-12/02-03.mdx'), 'utf8');
		expect(item).toContain('注册数字经济企业48家');
		expect(item).toContain('page: 2\n');
	});

	it('refuses to move onto an address that holds another page, and writes nothing', () => {
		const content = contentDir();
		expect(ingest(BUNDLED_SOURCE, '--out', join(content, 'items')).status).toBe(0);
		mkdirSync(join(content, 'inbox'));
		writeFileSync(join(content, 'inbox/other.txt'), '另一版的标题\n本报记者  王  政\n另一版的正文。\n');
		expect(ingest(join(content, 'inbox/other.txt'), '--out', join(content, 'items'), '--paper', '科技日报', '--date', '2024-07-12', '--page', '8').status).toBe(
			0,
		);
		const before = snapshot(content);
		const result = move('kjrb/2024-07-12/00', '--page', '8', '--out', join(content, 'items'));
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('新网址已有别的稿件或版面：kjrb/2024-07-12/08-01');
		expect(snapshot(content)).toEqual(before);
	});

	it('takes the page as its record’s path, as an editor’s file list shows it', () => {
		const content = contentDir();
		expect(ingest(BUNDLED_SOURCE, '--out', join(content, 'items')).status).toBe(0);
		const result = move(join(content, 'pages/kjrb/2024-07-12/00.yaml'), '--page', '8', '--out', join(content, 'items'));
		expect(result.status, result.stderr).toBe(0);
		expect(itemsIn(content)).toEqual(['01', '02', '03', '04', '05'].map((n) => `kjrb/2024-07-12/08-${n}.mdx`));
	});

	it('says what is wrong with the command line', () => {
		expect(move('kjrb/2024-07-12/00').status).toBe(2);
		expect(move('kjrb/2024-07-12/00', '--page', '八').stderr).toContain('--page');
		const content = contentDir();
		const missing = move('kjrb/2024-07-12/09', '--page', '8', '--out', join(content, 'items'));
		expect(missing.status).toBe(1);
		expect(missing.stderr).toContain('没有版面 kjrb/2024-07-12/09');
	});
});

describe('pages and papers that only look alike', () => {
	it('keeps two pages of one date whose numbers are unknown, at 00 and 00b', () => {
		const content = contentDir();
		mkdirSync(join(content, 'inbox'));
		writeFileSync(join(content, 'inbox/other.txt'), '另一版的标题\n本报记者  王  政\n另一版的正文。\n');
		expect(ingest(BUNDLED_SOURCE, '--out', join(content, 'items')).status).toBe(0);
		const second = ingest(join(content, 'inbox/other.txt'), '--out', join(content, 'items'), '--paper', '科技日报', '--date', '2024-07-12');
		expect(second.status, second.stderr).toBe(0);
		expect(itemsIn(content)).toContain('kjrb/2024-07-12/00b-01.mdx');
		expect(itemsIn(content)).toContain('kjrb/2024-07-12/00-05.mdx');
	});

	it('refuses a paper whose slug another paper has, naming --paper-slug', () => {
		const content = contentDir();
		expect(ingest(BUNDLED_SOURCE, '--out', join(content, 'items')).status).toBe(0);
		mkdirSync(join(content, 'inbox'));
		writeFileSync(join(content, 'inbox/other.txt'), '空军新闻的标题\n本报记者  王  政\n正文。\n');
		const result = ingest(join(content, 'inbox/other.txt'), '--out', join(content, 'items'), '--paper', '空军日报', '--date', '2024-07-13');
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('报纸代号 kjrb 已属于《科技日报》');
		expect(result.stderr).toContain('--paper-slug');
		const fixed = ingest(
			join(content, 'inbox/other.txt'),
			'--out',
			join(content, 'items'),
			'--paper',
			'空军日报',
			'--paper-slug',
			'kjrb-kongjun',
			'--date',
			'2024-07-13',
		);
		expect(fixed.status, fixed.stderr).toBe(0);
	});
});

describe('an item with pictures beside it, moved to another date', () => {
	it('takes its pictures along: the photo its body places and its figure’s', () => {
		const content = contentDir();
		cpSync(join(ROOT, 'tests/fixtures/site-additions/items'), join(content, 'items'), { recursive: true });
		const result = move('mdrb/2024-07-12/01-01', '--date', '2024-07-13', '--out', join(content, 'items'));
		expect(result.status, result.stderr).toBe(0);
		const folder = join(content, 'items/mdrb/2024-07-13');
		for (const picture of ['lake.jpg', 'boardwalk.jpg']) {
			expect(readFileSync(join(folder, picture)), picture).toEqual(readFileSync(join(ROOT, 'tests/fixtures/site-additions/items/mdrb/2024-07-12', picture)));
		}
		// Left where they were too: another item of that day may show them.
		expect(existsSync(join(content, 'items/mdrb/2024-07-12/lake.jpg'))).toBe(true);
	});
});
