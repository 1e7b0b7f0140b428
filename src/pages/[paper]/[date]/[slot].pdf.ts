/**
 * A printed page's PDF, archived beside its text by the ingester (scripts/ingest/page-pictures.ts),
 * published at kjrb/2024-07-12/08.pdf for the edition page to link. Only a PDF inside the content
 * folder is published: a page record edited to name any other file stops the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildSettings, isBuiltYear } from '../../../settings/build-settings.ts';

/** The PDF a page record names, checked: inside the content folder (the items folder's parent), a .pdf, there. */
function checkedPdf(pageId: string, pdf: string): string {
	const { itemsDir, pagesDir } = buildSettings();
	const file = resolve(pdf);
	const outside = relative(resolve(itemsDir, '..'), file).startsWith('..');
	if (outside || !/\.pdf$/i.test(file) || !existsSync(file)) {
		throw new Error(
			`${relative('.', resolve(pagesDir, `${pageId}.yaml`))} 的 scan.pdf（${pdf}）${outside ? '不在内容文件夹里' : /\.pdf$/i.test(file) ? '找不到' : '不是 PDF'}：` +
				'它须是与版面原文一同存档的 PDF（相对于项目根目录，例如 content/sources/kjrb/2024-07-12/08.pdf），或删去 scan.pdf。',
		);
	}
	return file;
}

export async function getStaticPaths() {
	const pages = await getCollection('pages');
	return pages
		.filter((page) => page.data.scan?.pdf && isBuiltYear(page.data.date))
		.map((page) => {
			const [paper, date, slot] = page.id.split('/');
			return { params: { paper, date, slot }, props: { file: checkedPdf(page.id, page.data.scan!.pdf!) } };
		});
}

export const GET: APIRoute = ({ props }) => new Response(readFileSync(props.file as string), { headers: { 'Content-Type': 'application/pdf' } });
