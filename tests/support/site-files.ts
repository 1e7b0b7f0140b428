/** The bundled content, as tests that check the built site against it read it. */
import { join } from 'node:path';
import { loadOracle } from './search-oracle.ts';

export { filesUnder } from '../../scripts/shared/files.ts';

export const CONTENT_ITEMS = join(import.meta.dirname, '../../content/items');

/** Item ids (URL paths) of the bundled content: kjrb/2024-07-12/00-01. */
export function contentItemIds(): string[] {
	return loadOracle(CONTENT_ITEMS).map((item) => item.id);
}
