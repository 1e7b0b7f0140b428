/** Archive items for unit tests: an id (paper/date/PP-NN) and only the frontmatter a test cares about. */
import type { ItemFrontmatter } from '../../src/schemas/item.ts';
import type { ArchiveItem } from '../../src/archive/item.ts';

export function archiveItem(id: string, data: Partial<ItemFrontmatter> = {}, body?: string): ArchiveItem & { body?: string } {
	const [, date = '2024-07-12', file = '00-01'] = id.split('/');
	return {
		id,
		body,
		data: {
			title: id,
			paper: '科技日报',
			date,
			order: Number(file.split('-')[1]),
			authors: [],
			figures: [],
			places: [],
			inferred: [],
			source: { file: 'x.txt', lines: [1, 2] },
			...data,
		},
	};
}
