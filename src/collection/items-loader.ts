/**
 * The content loader of the items collection: every <paper>/<date>/<page>-<order>.mdx under the
 * items folder, its frontmatter validated against the collection's schema, its body rendered to
 * HTML here (collection/render-item.ts) rather than compiled into a module per file. A file whose
 * content has not changed since the last build keeps its stored rendering, so a rebuild renders
 * only what changed. Problems are reported together, each with its file and line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { ItemFrontmatter } from '../schemas/item.ts';
import type { Redirect } from '../schemas/redirect.ts';
import { addressProblems, emptiedPages, sharedIdentities, vanishedItems } from './address-check.ts';
import { LedgerError, ledgerPath, readLedger } from './redirects-ledger.ts';
import { additionsOf, type ItemRenderMetadata } from './item-additions.ts';
import { ItemBodyError, renderItemBody } from './render-item.ts';

export interface ArchiveItemsOptions {
	/** The items folder, relative to the project root or absolute. */
	base: string;
	/** The page records' folder, relative to the project root or absolute: pages whose items are all gone are warned of. Default: none. */
	pages?: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** The line of a top-level field in the file, from its frontmatter's text (which starts on line 2). */
function fieldLine(frontmatter: string, field: string): number {
	const index = frontmatter.split(/\r?\n/).findIndex((line) => line.startsWith(`${field}:`));
	return index < 0 ? 1 : index + 2;
}

/** A file that names pictures: a figure's image, or a photo in the body. */
const NAMES_PICTURES = /\bimage:|<Photo\b/;
/**
 * What the loader makes of a body, by version: a file unchanged since the last build keeps its
 * stored rendering only while this is the same. Raise it when render-item.ts or
 * archive-components.ts change what they produce.
 */
const RENDERING = 'rendering 3';

/** The pictures the frontmatter's figures name (image: ./…), as written. */
function figureImages(frontmatter: Record<string, unknown>): string[] {
	const figures = Array.isArray(frontmatter.figures) ? (frontmatter.figures as unknown[]) : [];
	return figures.flatMap((figure) => {
		const image = (figure as { image?: unknown } | null)?.image;
		return typeof image === 'string' ? [image] : [];
	});
}

/**
 * The redirects ledger beside the items folder. (A ledger that cannot be read is reported where the site reads it for its
 * redirect pages, src/archive/collection.ts: here it is none.)
 */
function ledgerBeside(itemsDir: string): Redirect[] {
	try {
		return readLedger(ledgerPath(itemsDir));
	} catch (error) {
		if (error instanceof LedgerError) return [];
		throw error;
	}
}

/** The files under a folder whose names end so, each with its id: its path from the folder, that ending left off. */
function filesUnder(dir: string, ending: string): { file: string; id: string }[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith(ending))
		.map((entry) => {
			const file = join(entry.parentPath, entry.name);
			return { file, id: relative(dir, file).split(sep).join('/').slice(0, -ending.length) };
		})
		.sort((a, b) => (a.file < b.file ? -1 : 1));
}

/** A page record's `lastItem:` line, as the ingester writes it (src/schemas/page.ts). */
const LAST_ITEM_LINE = /^lastItem: (\d+)$/mu;

/**
 * The number of each page's last item that its record says (by page id): read off the line, not by the pages collection,
 * which Astro loads apart from this one, nor by parsing each record whole, the archive holding tens of thousands.
 */
function lastItemsOf(records: readonly { file: string; id: string }[]): Map<string, number> {
	const lastItems = new Map<string, number>();
	for (const { file, id } of records) {
		const number = LAST_ITEM_LINE.exec(readFileSync(file, 'utf8'))?.[1];
		if (number !== undefined) lastItems.set(id, Number(number));
	}
	return lastItems;
}

export function archiveItems({ base, pages }: ArchiveItemsOptions): Loader {
	return {
		name: 'archive-items',
		load: async ({ store, parseData, generateDigest, config, logger }) => {
			const root = fileURLToPath(config.root);
			const dir = resolve(root, base);
			const contentRoot = resolve(dir, '..');
			const unseen = new Set(store.keys());
			const problems: string[] = [];
			let rendered = 0;
			for (const { file, id } of filesUnder(dir, '.mdx')) {
				const filePath = relative(root, file).split(sep).join('/');
				unseen.delete(id);
				const source = readFileSync(file, 'utf8');
				const digest = generateDigest(`${RENDERING}\n${source}`);
				// An item that names pictures is read again: a picture can go missing while its file stays the same.
				if (store.get(id)?.digest === digest && !NAMES_PICTURES.test(source)) continue;
				const match = FRONTMATTER.exec(source);
				if (!match) {
					problems.push(`${filePath}:1 缺少 frontmatter：文件须以 --- 开头的 YAML 元数据起始，再以 --- 结束。`);
					continue;
				}
				let frontmatter: Record<string, unknown>;
				try {
					frontmatter = (parseYaml(match[1]!) ?? {}) as Record<string, unknown>;
				} catch (error) {
					const line = error instanceof YAMLParseError ? (error.linePos?.[0].line ?? 0) + 1 : 1;
					problems.push(`${filePath}:${line} frontmatter 不是合法的 YAML：${(error as Error).message.split('\n')[0]}`);
					continue;
				}
				const body = source.slice(match[0].length);
				const bodyStartLine = match[0].split('\n').length;
				if ('photos' in frontmatter) {
					problems.push(
						`${filePath}:${fieldLine(match[1]!, 'photos')} photos 不能写在 frontmatter 里：在正文里写 <Photo src="./photo.jpg" caption="…" />，或把图片写进 figures 的 image。`,
					);
					continue;
				}
				try {
					const { html, headings, corrections, related, photos } = renderItemBody(body, bodyStartLine);
					// A picture that is not there would stop Astro's build without naming the item.
					const missing = photos.filter((photo) => !existsSync(resolve(dirname(file), photo.src)));
					// A figure's picture comes from the archive's content folder (beside the item, or its page's sources), no other.
					const outsideFigures = figureImages(frontmatter).filter((image) => relative(contentRoot, resolve(dirname(file), image)).startsWith('..'));
					if (outsideFigures.length > 0) {
						for (const image of outsideFigures) {
							problems.push(
								`${filePath}:${fieldLine(match[1]!, 'figures')} figures 的 image ${image} 不在内容文件夹里：图片须放在稿件文件旁，或与版面原文一同存档。`,
							);
						}
						continue;
					}
					const missingFigures = figureImages(frontmatter).filter((image) => !existsSync(resolve(dirname(file), image)));
					if (missing.length > 0 || missingFigures.length > 0) {
						for (const photo of missing) problems.push(`${filePath}:${photo.line} 找不到图片 ${photo.src}：把图片放在稿件文件旁，或改正 src。`);
						for (const image of missingFigures) {
							problems.push(`${filePath}:${fieldLine(match[1]!, 'figures')} figures 的 image 找不到图片 ${image}：路径相对于稿件文件，改正它，或删去这一行。`);
						}
						continue;
					}
					// The photos go through the schema's image(), as a figure's picture does.
					const withPhotos = photos.length > 0 ? { ...frontmatter, photos: photos.map(({ line: _line, ...photo }) => photo) } : frontmatter;
					const data = await parseData({ id, data: withPhotos, filePath });
					const disagreements = addressProblems(id, data as ItemFrontmatter);
					if (disagreements.length > 0) {
						for (const { field, message } of disagreements) problems.push(`${filePath}:${fieldLine(match[1]!, field)} ${message}`);
						continue;
					}
					const metadata: ItemRenderMetadata & Record<string, unknown> = { headings, corrections, related };
					store.set({ id, data, body, filePath, digest, rendered: { html, metadata } });
					rendered++;
				} catch (error) {
					// Schema errors from parseData already name the entry and the field; body errors carry a line.
					if (error instanceof ItemBodyError) problems.push(`${filePath}:${error.line ?? bodyStartLine} ${error.message}`);
					else problems.push(`${filePath} ${(error as Error).message}`);
				}
			}
			for (const id of unseen) store.delete(id);
			// A <Related> link must lead to an item of the archive, as it is now.
			for (const entry of store.values()) {
				for (const { id: target, line } of additionsOf(entry).related) {
					if (!store.has(target)) {
						problems.push(
							`${entry.filePath}:${line ?? 1} <Related href="/${target}/" /> 指向的稿件不存在：改成一篇现有稿件的地址（稿件移动过的，写它的新地址），或删去这一行。`,
						);
					}
				}
			}
			for (const [identity, ids] of sharedIdentities(store.values().map((entry) => ({ id: entry.id, identity: (entry.data as ItemFrontmatter).identity })))) {
				problems.push(
					`${ids
						.map(
							(id) =>
								`${relative(root, join(dir, `${id}.mdx`))
									.split(sep)
									.join('/')}`,
						)
						.join(
							'、',
						)} 是同一篇稿件（identity ${identity}）的 ${ids.length} 份。删去多余的，只留一份；若被删的网址已发布，在 redirects.yaml 里加一条从它到留下那份的跳转记录。`,
				);
			}
			if (problems.length > 0) {
				throw new Error(`${problems.length} 篇稿件有问题，未能构建：\n${problems.map((p) => `  ${p}`).join('\n')}`);
			}
			const ledger = ledgerBeside(dir);
			const pagesDir = pages === undefined ? undefined : resolve(root, pages);
			const records = pagesDir !== undefined && existsSync(pagesDir) ? filesUnder(pagesDir, '.yaml') : [];
			const pageIds = records.map((record) => record.id);
			for (const page of emptiedPages(pageIds, store.keys(), ledger)) {
				logger.warn(
					`版面 ${page} 有版面记录，却没有一篇稿件了，它的稿件网址（${page}-01 起）都会失效：文件若是误删的，从版本库恢复 items/${page}-*.mdx；这一版若本不该导入、也从未发布过，把版面记录 pages/${page}.yaml 一并删去；版次或日期错了，用 npm run move 改正（README“Editing an item”）。`,
				);
			}
			for (const id of vanishedItems(store.keys(), ledger, lastItemsOf(records))) {
				logger.warn(
					`稿件 ${id} 不在了，它的网址会失效：文件若是误删的，从版本库恢复 items/${id}.mdx；要去掉这篇，把它的文字从版面原文里删去，再用 npm run ingest -- <原文> --replace 导入，旧网址会转到同版的另一篇（README“Editing an item”）。`,
				);
			}
			logger.info(`读入 ${rendered} 篇新的或改动过的稿件（其余沿用上次构建的结果）。`);
		},
	};
}
