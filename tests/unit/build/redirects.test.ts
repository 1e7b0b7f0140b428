/**
 * Publishing the redirects ledger into a built site: a page at each old address, the rules file,
 * and a stop naming the ledger when an old address leads nowhere. The real build and the browser
 * follow them in tests/site/moves.test.ts.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rehype } from 'rehype';
import { afterEach, describe, expect, it } from 'vitest';
import { publishRedirects, redirectPage, RedirectsError } from '../../../scripts/build/redirects.ts';

const scratch: string[] = [];
afterEach(() => {
	for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function site(ledger: string, items: string[], pages: string[]) {
	const dir = mkdtempSync(join(tmpdir(), 'redirects-'));
	scratch.push(dir);
	for (const id of items) {
		mkdirSync(join(dir, 'content/items', id, '..'), { recursive: true });
		writeFileSync(join(dir, 'content/items', `${id}.mdx`), '');
	}
	for (const id of pages) {
		mkdirSync(join(dir, 'content/pages', id, '..'), { recursive: true });
		writeFileSync(join(dir, 'content/pages', `${id}.yaml`), '');
	}
	mkdirSync(join(dir, 'content'), { recursive: true });
	writeFileSync(join(dir, 'content/redirects.yaml'), ledger);
	mkdirSync(join(dir, 'dist'));
	return {
		dir,
		options: {
			outDir: join(dir, 'dist'),
			itemsDir: join(dir, 'content/items'),
			pagesDir: join(dir, 'content/pages'),
			ledgerFile: join(dir, 'content/redirects.yaml'),
			basePath: '/archive/',
			siteUrl: 'https://example.org',
		},
	};
}

const LEDGER = `- from: kjrb/2024-07-12/00-01
  to: kjrb/2024-07-13/08-01
  reason: 重新导入：日期 2024-07-12 → 2024-07-13，版次 00 → 08
  date: 2026-12-01
- from: kjrb/2024-07-12/00
  to: kjrb/2024-07-13/08
  reason: 重新导入：日期 2024-07-12 → 2024-07-13，版次 00 → 08
  date: 2026-12-01
`;

describe('publishRedirects', () => {
	it("publishes an item's old address, and the old edition that lost all its items, at the page's section", () => {
		const { dir, options } = site(LEDGER, ['kjrb/2024-07-13/08-01'], ['kjrb/2024-07-13/08']);
		expect(publishRedirects(options)).toBe(2);
		const item = readFileSync(join(dir, 'dist/kjrb/2024-07-12/00-01/index.html'), 'utf8');
		expect(item).toContain('<meta http-equiv="refresh" content="0; url=/archive/kjrb/2024-07-13/08-01/">');
		expect(item).toContain('<link rel="canonical" href="https://example.org/archive/kjrb/2024-07-13/08-01/">');
		expect(item).toContain('<a href="/archive/kjrb/2024-07-13/08-01/">');
		const edition = readFileSync(join(dir, 'dist/kjrb/2024-07-12/index.html'), 'utf8');
		expect(edition).toContain('url=/archive/kjrb/2024-07-13/#p08');
		expect(readFileSync(join(dir, 'dist/_redirects'), 'utf8')).toBe(
			'/archive/kjrb/2024-07-12/00-01/ /archive/kjrb/2024-07-13/08-01/ 301\n/archive/kjrb/2024-07-12/ /archive/kjrb/2024-07-13/ 301\n',
		);
	});

	it('stops, naming the ledger, when an old address leads nowhere', () => {
		const { options } = site(LEDGER, [], []);
		expect(() => publishRedirects(options)).toThrow(RedirectsError);
		expect(() => publishRedirects(options)).toThrow(/redirects\.yaml.*无处可去/s);
	});

	it('writes nothing without a ledger', () => {
		const { dir, options } = site('', ['kjrb/2024-07-13/08-01'], []);
		rmSync(options.ledgerFile);
		expect(publishRedirects(options)).toBe(0);
		expect(existsSync(join(dir, 'dist/_redirects'))).toBe(false);
	});
});

describe('publishRedirects of an item a corrected text left out', () => {
	it('says the item was left out and leads to another of its page, not that it moved', () => {
		const ledger = `- from: kjrb/2024-07-12/08-03
  to: kjrb/2024-07-12/08-04
  reason: 更正原文：新的原文里没有这篇，跳转到同版的 kjrb/2024-07-12/08-04
  date: 2026-12-07
  dropped: true
`;
		const { dir, options } = site(ledger, ['kjrb/2024-07-12/08-04'], ['kjrb/2024-07-12/08']);
		expect(publishRedirects(options)).toBe(1);
		const page = readFileSync(join(dir, 'dist/kjrb/2024-07-12/08-03/index.html'), 'utf8');
		expect(page).toContain('<title>这篇稿件已从更正后的原文中删去，转到同版的另一篇</title>');
		expect(page).not.toContain('已移至新网址');
		expect(readFileSync(join(dir, 'dist/_redirects'), 'utf8')).toBe('/archive/kjrb/2024-07-12/08-03/ /archive/kjrb/2024-07-12/08-04/ 301\n');
	});
});

describe('redirectPage', () => {
	it("is a valid Chinese page that keeps the link's #section, and whose target cannot close its script", async () => {
		const html = redirectPage('/archive/a</script><b>/', 'https://example.org/archive/a/', '这篇稿件');
		const tree = rehype().parse(html);
		expect(html).toContain('<html lang="zh-CN">');
		expect(html).toContain('+ location.hash');
		expect(html).not.toContain('a</script>');
		expect(tree.children.length).toBeGreaterThan(0);
	});
});
