/**
 * Plans a move of a printed page (its record and all its items) or of one item to the address
 * that corrected metadata gives it: the files at their new paths with page, page name or date
 * changed in them (hand edits kept: a file the ingester wrote gets a new fingerprint, a file edited
 * by hand stays edited), the old files removed, and each move for the redirects ledger. Nothing is
 * written here; a target that holds another file stops the whole move.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseDocument } from 'yaml';
import { isItemId } from '../../src/archive/redirects.ts';
import { pageParts, readPrintedPage } from '../../src/archive/page-numbers.ts';
import { itemId, pageNumber, pageRecordId } from '../../src/archive/urls.ts';
import type { Redirect } from '../../src/schemas/redirect.ts';
import { provenanceOf, withFingerprint } from '../ingest/fingerprint.ts';
import { Problem } from '../ingest/problem.ts';
import type { FileWrite } from '../ingest/transaction.ts';

export interface MoveRequest {
	/** An item's id (kjrb/2024-07-12/00-03) or a printed page's (kjrb/2024-07-12/00). */
	id: string;
	page?: number;
	pageName?: string;
	date?: string;
}

export interface MovePlan {
	writes: (FileWrite & { label: string })[];
	redirects: Redirect[];
	/** Each move, old id → new id, for the report. */
	moves: [from: string, to: string][];
}

const FINGERPRINT_LINE = /^fingerprint: "[0-9a-f]{16}"\n/m;
const FRONTMATTER = /^---\n([\s\S]*?\n)---\n/;

/** The YAML `head` with the request's fields set, and those fields no longer listed as inferred. */
function withFields(yaml: string, request: Omit<MoveRequest, 'id'>): string {
	const document = parseDocument(yaml);
	const set = (field: 'page' | 'pageSection' | 'pageName' | 'date', value: unknown) => {
		if (value === undefined) return;
		document.set(field, value);
		const inferred = document.get('inferred', true) as { items?: { value?: unknown }[] } | undefined;
		if (inferred?.items) inferred.items = inferred.items.filter((item) => item.value !== field);
		if (inferred?.items?.length === 0) document.delete('inferred');
	};
	set('date', request.date);
	if (request.page !== undefined) {
		// A lettered page (A03) is written as page: 3 and pageSection: A (src/archive/page-numbers.ts).
		const { page, pageSection } = pageParts(request.page);
		set('page', page);
		if (pageSection) set('pageSection', pageSection);
		else document.delete('pageSection');
	}
	set('pageName', request.pageName);
	return String(document);
}

/** The file's new content: fields changed; re-fingerprinted if the ingester wrote it, left edited if a hand did. */
export function moved(content: string, request: Omit<MoveRequest, 'id'>, isItem: boolean): string {
	const ingested = provenanceOf(content) === 'ingested';
	const text = ingested ? content.replace(FINGERPRINT_LINE, '') : content;
	if (!isItem) {
		const yaml = withFields(text, request);
		return ingested ? withFingerprint(yaml) : yaml;
	}
	const match = FRONTMATTER.exec(text);
	if (!match) throw new Problem('稿件文件缺少 frontmatter，无法移动。', { hint: '文件须以 --- 开头的 YAML 元数据起始。' });
	const head = `---\n${withFields(match[1]!, request)}`;
	const tail = `---\n${text.slice(match[0].length)}`;
	return ingested ? withFingerprint(head, tail) : head + tail;
}

/** The id's parts: paper slug, date, page slot (08, 00, 00b) and, for an item, its order. */
function partsOf(id: string): { slug: string; date: string; slot: string; order?: number } {
	const [slug, date, last] = id.split('/') as [string, string, string];
	const [slot, order] = last.split('-');
	return { slug, date, slot: slot!, ...(order ? { order: Number(order) } : {}) };
}

/** The page number an id's slot prints (00, 00b: unknown; a03: A03, sortable as page-numbers.ts has it). */
function pageOfSlot(slot: string): number | undefined {
	return slot.startsWith('00') ? undefined : readPrintedPage(slot);
}

/** The pictures an item names beside its file: <Photo src="./…"> in its body, image: ./… in its figures. */
const OWN_PICTURE = /<Photo\b[^>]*?\bsrc="\.\/([^"]+)"|^\s+image: "?\.\/([^"\n]+?)"?$/gmu;

/**
 * An item moved to another folder takes the pictures beside it along (copied: another item may
 * show them too), so that none of its pictures is left behind.
 */
function carryPictures(plan: MovePlan, content: string, fromFolder: string, toFolder: string, conflicts: string[]): void {
	if (fromFolder === toFolder) return;
	for (const [, inBody, inFigure] of content.matchAll(OWN_PICTURE)) {
		const name = (inBody ?? inFigure)!;
		const from = join(fromFolder, name);
		const to = join(toFolder, name);
		if (!existsSync(from) || plan.writes.some((write) => write.path === to)) continue;
		const picture = readFileSync(from);
		if (existsSync(to)) {
			if (!readFileSync(to).equals(picture)) conflicts.push(to);
			continue;
		}
		plan.writes.push({ path: to, content: picture, label: to });
	}
}

export function planMove(roots: { items: string; pages: string }, request: MoveRequest, today: string): MovePlan {
	const { slug, date, slot } = partsOf(request.id);
	const isItem = isItemId(request.id);
	const newDate = request.date ?? date;
	const newPage = request.page ?? pageOfSlot(slot);
	// A page of unknown number keeps its letter (00b) only on its own date.
	const unknownSlot = newPage === undefined && newDate === date ? slot.slice(2) || undefined : undefined;

	const folder = join(roots.items, slug, date);
	const itemFiles = isItem
		? [`${request.id.split('/')[2]}.mdx`]
		: existsSync(folder)
			? readdirSync(folder).filter((name) => name.startsWith(`${slot}-`) && name.endsWith('.mdx'))
			: [];
	const recordFile = join(roots.pages, `${request.id}.yaml`);
	if (isItem ? !existsSync(join(folder, itemFiles[0]!)) : itemFiles.length === 0 && !existsSync(recordFile)) {
		throw new Problem(`没有${isItem ? '稿件' : '版面'} ${request.id}。`, {
			hint: '编号是稿件或版面文件在 content/items/ 或 content/pages/ 下的路径（不带扩展名），例如 kjrb/2024-07-12/00-03 或 kjrb/2024-07-12/00。',
		});
	}

	const plan: MovePlan = { writes: [], redirects: [], moves: [] };
	const reason = [
		request.date && request.date !== date ? `日期 ${date} → ${request.date}` : '',
		request.page !== undefined ? `版次 ${slot} → ${pageNumber(request.page)}` : '',
	]
		.filter(Boolean)
		.join('，');
	const conflicts: string[] = [];
	const add = (fromPath: string, from: string, to: string, toPath: string, isItemFile: boolean) => {
		const content = moved(readFileSync(fromPath, 'utf8'), request, isItemFile);
		if (from === to) {
			if (content !== readFileSync(fromPath, 'utf8')) plan.writes.push({ path: fromPath, content, label: toPath });
			return;
		}
		if (existsSync(toPath)) conflicts.push(to);
		plan.writes.push({ path: fromPath, content: '', remove: true, label: fromPath });
		plan.writes.push({ path: toPath, content, label: toPath });
		if (isItemFile) carryPictures(plan, content, dirname(fromPath), dirname(toPath), conflicts);
		plan.redirects.push({ from, to, reason: `手工改正：${reason || '页名'}`, date: today });
		plan.moves.push([from, to]);
	};
	for (const name of itemFiles) {
		const order = Number(name.replace(/\.mdx$/, '').split('-')[1]);
		const to = itemId(slug, newDate, newPage, order, unknownSlot);
		add(join(folder, name), `${slug}/${date}/${name.replace(/\.mdx$/, '')}`, to, join(roots.items, `${to}.mdx`), true);
	}
	if (!isItem && existsSync(recordFile)) {
		const to = pageRecordId(slug, newDate, newPage, unknownSlot);
		add(recordFile, request.id, to, join(roots.pages, `${to}.yaml`), false);
	}
	if (conflicts.length > 0) {
		throw new Problem(`新网址已有别的稿件或版面：${conflicts.join('、')}，没有移动任何文件。`, {
			hint: '确认版次和日期；若那一版是另一个版面，先把它移走或删去。',
		});
	}
	return plan;
}
