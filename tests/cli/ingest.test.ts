/**
 * The ingest command as a maintainer runs it, on real page texts, into scratch content folders.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../support/site-files.ts';
import { contentDir, ingest, NODE, ROOT, snapshot } from '../support/run-ingest.ts';

const BUNDLED_SOURCE = join(ROOT, 'content/sources/kjrb/2024-07-12/000_89593461d74f7736.txt');
const FIXTURES = join(ROOT, 'tests/fixtures/pages');

/** An ingest run killed right after it has moved `writes` files into place (tests/support/crash-after-writes.ts). */
function ingestKilledAfter(writes: number, ...args: string[]) {
	const preload = pathToFileURL(join(ROOT, 'tests/support/crash-after-writes.ts')).href;
	return spawnSync(NODE, ['--import', preload, join(ROOT, 'scripts/ingest.ts'), ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, CRASH_AFTER_WRITES: String(writes) },
	});
}

describe('npm run ingest', () => {
	it('reproduces the bundled content byte for byte, so URLs never move', () => {
		const content = contentDir();
		const result = ingest(BUNDLED_SOURCE, '--out', join(content, 'items'), '--sources', join(ROOT, 'content/sources'));
		expect(result.status, result.stderr).toBe(0);
		const written = filesUnder(join(content, 'items'), '.mdx')
			.map((f) => relative(join(content, 'items'), f))
			.sort();
		expect(written).toEqual([
			'kjrb/2024-07-12/00-01.mdx',
			'kjrb/2024-07-12/00-02.mdx',
			'kjrb/2024-07-12/00-03.mdx',
			'kjrb/2024-07-12/00-04.mdx',
			'kjrb/2024-07-12/00-05.mdx',
		]);
		for (const path of written) {
			expect(readFileSync(join(content, 'items', path), 'utf8'), path).toBe(readFileSync(join(ROOT, 'content/items', path), 'utf8'));
		}
		expect(readFileSync(join(content, 'pages/kjrb/2024-07-12/00.yaml'), 'utf8')).toBe(
			readFileSync(join(ROOT, 'content/pages/kjrb/2024-07-12/00.yaml'), 'utf8'),
		);
	});

	it('reads a folder of article files as the crawler saved them: a page per page number, an item per file, each named in the outline', () => {
		const content = contentDir();
		const day = join(ROOT, 'tests/fixtures/ingest/article-files/20240306');
		const outline = ingest(day, '--paper', '测试日报', '--out', join(content, 'items'), '--outline');
		expect(outline.status, outline.stderr).toBe(0);
		expect(outline.stdout).toContain('20240306-01-*.txt  第01版（第 1–15 行，3 篇稿件）');
		expect(outline.stdout).toContain('20240306/20240306-01-10.txt:1-5');
		const result = ingest(day, '--paper', '测试日报', '--out', join(content, 'items'));
		expect(result.status, result.stderr).toBe(0);
		// (No hint: nothing was inferred, nothing guessed.)
		expect(result.stdout).toContain('6 个文件，6 篇稿件：新建 6 篇，更新 0 篇，未变 0 篇；0 条提示。');
		expect(
			filesUnder(join(content, 'items'), '.mdx')
				.map((f) => relative(join(content, 'items'), f))
				.sort(),
		).toEqual([
			'csrb/2024-03-06/01-01.mdx',
			'csrb/2024-03-06/01-02.mdx',
			'csrb/2024-03-06/01-03.mdx',
			'csrb/2024-03-06/02-01.mdx',
			'csrb/2024-03-06/02-02.mdx',
			'csrb/2024-03-06/03-01.mdx',
		]);
		expect(readFileSync(join(content, 'items/csrb/2024-03-06/01-03.mdx'), 'utf8')).toMatch(
			/source:\n {2}file: \S*sources\/csrb\/2024-03-06\/20240306-01-10\.txt\n {2}lines:\n {4}- 1\n {4}- 5\n/,
		);
	});

	it('writes nothing the second time, and says so', () => {
		const content = contentDir();
		expect(ingest(BUNDLED_SOURCE, '--out', join(content, 'items')).status).toBe(0);
		const before = snapshot(content);
		const again = ingest(BUNDLED_SOURCE, '--out', join(content, 'items'));
		expect(again.status).toBe(0);
		expect(again.stdout).toContain('新建 0 篇，更新 0 篇，未变 5 篇');
		expect(snapshot(content)).toEqual(before);
	});

	it('takes page metadata from flags, and marks only the rest as inferred', () => {
		const content = contentDir();
		const result = ingest(
			BUNDLED_SOURCE,
			'--out',
			join(content, 'items'),
			'--sources',
			join(content, 'sources'),
			'--paper',
			'科技日报',
			'--date',
			'2024-07-15',
			'--page',
			'8',
			'--page-name',
			'园区',
			'--dry-run',
		);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('kjrb/2024-07-15/08-01.mdx');
		expect(filesUnder(content, '')).toEqual([]);
	});

	it('reads page metadata from a sidecar next to the source', () => {
		const content = contentDir();
		mkdirSync(join(content, 'inbox'));
		cpSync(BUNDLED_SOURCE, join(content, 'inbox/page.txt'));
		writeFileSync(join(content, 'inbox/page.yaml'), 'date: 2024-07-15\npage: 8\npageName: 园区\n');
		const result = ingest(join(content, 'inbox/page.txt'), '--out', join(content, 'items'));
		expect(result.status, result.stderr).toBe(0);
		const mdx = readFileSync(join(content, 'items/kjrb/2024-07-15/08-02.mdx'), 'utf8');
		expect(mdx).toContain('page: 8\npageName: 园区\ncolumn: 园镜头\n');
		expect(mdx).toMatch(/inferred:\n {2}- paper\nidentity: [0-9a-f]{16}-\d+\nfingerprint: "[0-9a-f]{16}"\n---/);
		expect(existsSync(join(content, 'sources/kjrb/2024-07-15/page.txt'))).toBe(true);
		expect(existsSync(join(content, 'sources/kjrb/2024-07-15/page.yaml'))).toBe(true);
	});

	it('refuses a bad sidecar with the file, the line and the fix, and writes nothing', () => {
		const content = contentDir();
		mkdirSync(join(content, 'inbox'));
		cpSync(BUNDLED_SOURCE, join(content, 'inbox/page.txt'));
		writeFileSync(join(content, 'inbox/page.yaml'), 'paper: 科技日报\ndate: 7月15日\n');
		const result = ingest(join(content, 'inbox/page.txt'), '--out', join(content, 'items'));
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('page.yaml');
		expect(result.stderr).toContain('第 2 行：date 须为 YYYY-MM-DD 格式');
		expect(
			filesUnder(content, '')
				.map((f) => relative(content, f))
				.sort(),
		).toEqual(['inbox/page.txt', 'inbox/page.yaml']);
	});

	it('reads a paper in the house style content/papers.yaml gives it, and refuses a wrong one at its line', () => {
		const content = contentDir();
		mkdirSync(join(content, 'inbox'));
		writeFileSync(join(content, 'inbox/page.txt'), '一座老粮仓的新生\n某县老粮仓改造成乡村书房\n新华社记者  周一鸣\n　　老粮仓如今成了村民读书的好去处。\n');
		const args = [join(content, 'inbox/page.txt'), '--paper', '新华每日电讯', '--date', '2024-07-15', '--page', '3', '--out', join(content, 'items')];
		writeFileSync(join(content, 'papers.yaml'), '新华每日电讯:\n  titleFirst: ture\n');
		const refused = ingest(...args);
		expect(refused.status).toBe(1);
		expect(refused.stderr).toContain('papers.yaml\n  第 2 行：《新华每日电讯》：titleFirst 须为 true 或 false。');
		expect(existsSync(join(content, 'items'))).toBe(false);
		writeFileSync(join(content, 'papers.yaml'), '新华每日电讯:\n  titleFirst: true\n');
		const result = ingest(...args);
		expect(result.status, result.stderr).toBe(0);
		expect(readFileSync(join(content, 'items/xhmrdx/2024-07-15/03-01.mdx'), 'utf8')).toContain('title: 一座老粮仓的新生\nsubtitle: 某县老粮仓改造成乡村书房\n');
	});

	it('keeps items edited by hand unless told to overwrite them', () => {
		const content = contentDir();
		const items = join(content, 'items');
		expect(ingest(BUNDLED_SOURCE, '--out', items).status).toBe(0);
		const edited = join(items, 'kjrb/2024-07-12/00-03.mdx');
		writeFileSync(edited, readFileSync(edited, 'utf8').replace('title: 重庆', 'title: 【更正】重庆'));
		const again = ingest(BUNDLED_SOURCE, '--out', items, '--page-name', '园区');
		expect(again.status).toBe(1);
		expect(again.stderr).toContain('00-03.mdx 在上次导入后被手工修改过，未覆盖');
		expect(readFileSync(edited, 'utf8')).toContain('【更正】');
		expect(readFileSync(join(items, 'kjrb/2024-07-12/00-01.mdx'), 'utf8')).not.toContain('pageName: 园区');
		expect(ingest(BUNDLED_SOURCE, '--out', items, '--page-name', '园区', '--force').status).toBe(0);
		expect(readFileSync(edited, 'utf8')).not.toContain('【更正】');
	});

	it('updates its own untouched files when the result changes', () => {
		const content = contentDir();
		const items = join(content, 'items');
		expect(ingest(BUNDLED_SOURCE, '--out', items).status).toBe(0);
		const again = ingest(BUNDLED_SOURCE, '--out', items, '--page-name', '园区');
		expect(again.status, again.stderr).toBe(0);
		expect(again.stdout).toContain('更新 5 篇');
		expect(readFileSync(join(items, 'kjrb/2024-07-12/00-04.mdx'), 'utf8')).toContain('pageName: 园区');
	});

	it('undoes a run that died half-way on the next run', () => {
		const content = contentDir();
		const items = join(content, 'items');
		expect(ingest(BUNDLED_SOURCE, '--out', items).status).toBe(0);
		const before = snapshot(content);
		const crashed = ingestKilledAfter(3, BUNDLED_SOURCE, '--out', items, '--page-name', '园区');
		expect(crashed.signal, crashed.stderr).toBe('SIGKILL');
		expect(snapshot(content)).not.toEqual(before);
		const dryRun = ingest(BUNDLED_SOURCE, '--out', items, '--dry-run');
		expect(dryRun.stderr).toContain('下次正式运行时会先把内容恢复');
		const next = ingest(BUNDLED_SOURCE, '--out', items);
		expect(next.stderr).toContain('上次导入中途停止，已恢复 3 个文件');
		expect(snapshot(content)).toEqual(before);
	});

	it('prints the parsed items as JSON with the frontmatter field names', () => {
		const content = contentDir();
		const result = ingest(
			join(FIXTURES, 'jjrb-sulan.txt'),
			'--out',
			join(content, 'items'),
			'--date',
			'2024-07-10',
			'--paper',
			'经济日报',
			'--json',
			'--dry-run',
		);
		expect(result.status, result.stderr).toBe(0);
		const { items, pages } = JSON.parse(result.stdout);
		expect(items.map((i: { id: string; title: string; column: string }) => [i.id, i.title, i.column])).toEqual([
			['jjrb/2024-07-10/00-01', '京津冀协同发展取得新成效', '速览'],
			['jjrb/2024-07-10/00-02', '长三角一体化示范区新增项目30个', '速览'],
			['jjrb/2024-07-10/00-03', '上半年我国快递业务量超800亿件', '数读'],
			['jjrb/2024-07-10/00-04', '夏日荷花别样红', '图片报道'],
		]);
		expect(items[3].figures).toEqual([{ caption: '7月8日，游客在江苏省扬州市瘦西湖景区赏荷。', credit: '孟德龙摄（人民视觉）' }]);
		expect(pages[0].credits).toEqual([
			{
				text: '本版编辑：张  三  美编：李  四',
				roles: [
					{ role: '本版编辑', names: ['张三'] },
					{ role: '美编', names: ['李四'] },
				],
			},
		]);
		expect(filesUnder(content, '')).toEqual([]);
	});

	it('names every bad file and line, and writes nothing for any of them', () => {
		const content = contentDir();
		const inbox = join(content, 'inbox');
		mkdirSync(inbox);
		cpSync(BUNDLED_SOURCE, join(inbox, 'good.txt'));
		writeFileSync(join(inbox, 'empty.txt'), '\n\n');
		writeFileSync(join(inbox, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0a, 0x00, 0x01]));
		writeFileSync(join(inbox, 'mojibake.txt'), Buffer.from([0xff, 0xfe, 0x00, 0xd8]));
		writeFileSync(join(inbox, 'huge.txt'), Buffer.alloc(9 * 1024 * 1024, 0x61));
		writeFileSync(join(inbox, 'no-date.txt'), '一个标题\n\n正文没有电头，也没有日期。\n');
		const result = ingest(inbox, '--out', join(content, 'items'));
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/empty\.txt\n {2}文件里没有正文/);
		expect(result.stderr).toMatch(/binary\.txt\n {2}第 2 行：.*空字节/);
		expect(result.stderr).toMatch(/mojibake\.txt\n {2}.*不是有效的 UTF-16LE/);
		expect(result.stderr).toMatch(/huge\.txt\n {2}文件过大/);
		expect(result.stderr).toMatch(/no-date\.txt\n {2}无法确定报纸名称/);
		expect(result.stderr).toContain('6 个文件中有 5 个有问题，未写入任何文件。');
		expect(existsSync(join(content, 'items'))).toBe(false);
		// The good page's files, staged as it was read, go with the refused run.
		expect(existsSync(join(content, '.ingest-transaction'))).toBe(false);
	});

	it('refuses two page texts that would be archived under one name', () => {
		const content = contentDir();
		for (const [folder, page] of [
			['a', 1],
			['b', 2],
		] as const) {
			mkdirSync(join(content, folder));
			cpSync(BUNDLED_SOURCE, join(content, folder, 'page.txt'));
			writeFileSync(join(content, folder, 'page.yaml'), `page: ${page}\n`);
		}
		const result = ingest(join(content, 'a'), join(content, 'b'), '--out', join(content, 'items'));
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('要存档为同一个文件');
		expect(existsSync(join(content, 'items'))).toBe(false);
	});

	it('names flags as they are typed in its messages', () => {
		const result = ingest(BUNDLED_SOURCE, '--paper-slug', 'Bad Slug');
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('--paper-slug:');
	});

	it('shows progress and a summary when there are many files', () => {
		const content = contentDir();
		const inbox = join(content, 'inbox');
		mkdirSync(inbox);
		for (let day = 1; day <= 25; day++) {
			const date = `2024-07-${String(day).padStart(2, '0')}`;
			cpSync(join(FIXTURES, 'xinhua-wenlv.txt'), join(inbox, `${date}.txt`));
			writeFileSync(join(inbox, `${date}.yaml`), `paper: 新华每日电讯\ndate: ${date}\npage: 3\n`);
		}
		const result = ingest(inbox, '--out', join(content, 'items'));
		expect(result.status, result.stderr).toBe(0);
		expect(result.stderr).toContain('已读取 25/25 个文件');
		expect(result.stdout).toContain('25 个文件，50 篇稿件：新建 50 篇，更新 0 篇，未变 0 篇');
	});

	it('exits 2 with the usage on unknown options', () => {
		const result = ingest('--nonsense');
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('用法：npm run ingest');
	});
});
