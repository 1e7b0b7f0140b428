import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { placePhotos, scanOf } from '../../../scripts/ingest/page-pictures.ts';
import type { ParsedItem } from '../../../scripts/ingest/parse-page.ts';

const dir = mkdtempSync(join(tmpdir(), 'page-pictures-'));
for (const file of ['08.txt', '08.JPG', '08.pdf', 'a.jpg', 'b.jpg']) writeFileSync(join(dir, file), file);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const item = (order: number, captions: string[]) => ({ order, figures: captions.map((caption) => ({ caption, lines: [1, 1] })) }) as unknown as ParsedItem;

describe('scanOf', () => {
	it('finds the image and the PDF named as the page text, whatever the case of their extension', () => {
		expect(scanOf(join(dir, '08.txt'))).toEqual({ image: join(dir, '08.JPG'), pdf: join(dir, '08.pdf') });
		expect(scanOf(join(dir, '09.txt'))).toEqual({});
	});
});

describe('placePhotos', () => {
	const items = [item(1, ['图为 某地 一角。某某摄']), item(2, ['图为某地一角的夜景。', '另一张'])];

	it('puts each photo on the first figure not taken whose caption starts with its own, spaces aside', () => {
		const placement = placePhotos(
			[
				{ caption: '图为某地一角', file: 'a.jpg' },
				{ caption: '图为某地一角', file: 'b.jpg' },
			],
			items,
			dir,
		);
		expect(placement).toEqual({
			placed: [
				{ order: 1, figure: 0, file: join(dir, 'a.jpg') },
				{ order: 2, figure: 0, file: join(dir, 'b.jpg') },
			],
			unplaced: [],
		});
	});

	it('says why a photo is not placed: no such caption, or no such file', () => {
		const placement = placePhotos(
			[
				{ caption: '没有的说明', file: 'a.jpg' },
				{ caption: '另一张', file: 'c.jpg' },
			],
			items,
			dir,
		);
		expect(placement.unplaced).toEqual([
			{ index: 0, why: '版面上没有以“没有的说明”开头的图片说明' },
			{ index: 1, why: '找不到图片 c.jpg' },
		]);
	});
});
