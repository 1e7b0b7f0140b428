/**
 * Pictures that come with a page text, archived beside it (content/sources/<paper>/<date>/):
 *
 * - the printed page itself, as an image or a PDF with the text's name: `08.txt` → `08.jpg`,
 *   `08.png`, `08.webp`, `08.pdf`, shown on the edition page;
 * - photos the page's sidecar names for captions the ingester found, shown on their items:
 *
 *     photos:
 *       - caption: 兰州高新区一角   # the start of the caption, as printed
 *         file: lanzhou.jpg        # next to the sidecar
 *
 * A photo whose caption no figure of the page starts with, or whose file is missing, is reported
 * with the sidecar's line; the page is still written.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { z } from 'astro/zod';
import type { ParsedItem } from './parse-page.ts';
import { visibleChars } from './text.ts';

/** The kinds of picture the site's image pipeline takes from a page's folder. */
export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp'] as const;

export const sidecarPhotosSchema = z.array(
	z.strictObject({
		caption: z.string({ error: 'photos[].caption 须为图片说明的开头（文字）。' }).trim().min(1, { error: 'photos[].caption 不能为空。' }),
		file: z
			.string({ error: 'photos[].file 须为旁注文件旁的图片文件名。' })
			.regex(/^[^/\\]+\.(?:jpe?g|png|webp)$/i, { error: 'photos[].file 须为旁注文件旁的图片文件名（jpg、png 或 webp），例如 lanzhou.jpg。' }),
	}),
	{ error: 'photos 须为列表，每项形如 {caption: 图为…, file: lanzhou.jpg}。' },
);

export type SidecarPhotos = z.infer<typeof sidecarPhotosSchema>;

/** The printed page as a picture, found next to its text: absolute paths. */
export interface PageScan {
	image?: string;
	pdf?: string;
}

/** The image and the PDF with the same name as the page text, when there are. */
export function scanOf(sourcePath: string): PageScan {
	const stem = join(dirname(sourcePath), basename(sourcePath, extname(sourcePath)));
	const image = IMAGE_EXTENSIONS.flatMap((ext) => [`${stem}${ext}`, `${stem}${ext.toUpperCase()}`]).find((candidate) => existsSync(candidate));
	const pdf = [`${stem}.pdf`, `${stem}.PDF`].find((candidate) => existsSync(candidate));
	return { ...(image ? { image } : {}), ...(pdf ? { pdf } : {}) };
}

/** A sidecar photo placed on a figure: which item (by order) and which of its figures. */
export interface PlacedPhoto {
	order: number;
	figure: number;
	/** The photo's file, next to the sidecar. */
	file: string;
}

export interface PhotoPlacement {
	placed: PlacedPhoto[];
	/** Photos that cannot be placed: their index in the sidecar's list, and why. */
	unplaced: { index: number; why: string }[];
}

/** Places each photo on the first figure not taken yet whose caption starts with its caption (spaces aside). */
export function placePhotos(photos: SidecarPhotos, items: readonly ParsedItem[], sidecarDir: string): PhotoPlacement {
	const placement: PhotoPlacement = { placed: [], unplaced: [] };
	const taken = new Set<string>();
	photos.forEach((photo, index) => {
		const file = join(sidecarDir, photo.file);
		if (!existsSync(file)) {
			placement.unplaced.push({ index, why: `找不到图片 ${photo.file}` });
			return;
		}
		const wanted = visibleChars(photo.caption);
		for (const item of items) {
			const figure = item.figures.findIndex((f, i) => !taken.has(`${item.order}:${i}`) && visibleChars(f.caption).startsWith(wanted));
			if (figure < 0) continue;
			taken.add(`${item.order}:${figure}`);
			placement.placed.push({ order: item.order, figure, file });
			return;
		}
		placement.unplaced.push({ index, why: `版面上没有以“${photo.caption}”开头的图片说明` });
	});
	return placement;
}
