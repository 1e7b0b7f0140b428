/**
 * Reading and appending to the redirects ledger (content/redirects.yaml, src/schemas/redirect.ts)
 * from Node: the ingester and `npm run move` append the moves they make, the build reads it.
 * Appending keeps what is in the file (comments, entries edited by hand) as it is.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LineCounter, parseDocument, stringify } from 'yaml';
import { redirectsLedgerSchema, type Redirect } from '../schemas/redirect.ts';

/** The ledger beside a content folder's items folder: content/items → content/redirects.yaml. */
export function ledgerPath(itemsRoot: string): string {
	return join(dirname(itemsRoot), 'redirects.yaml');
}

const HEADER = `# 跳转记录：稿件或版面移动后，旧网址（from）跳转到新网址（to）。
# 由 npm run ingest 和 npm run move 写入；构建把每个旧网址发布为跳转页。请勿删除条目：
# 删除后，引用旧网址的链接就会失效。
`;

/** A ledger that cannot be read: the message names the file, the line and the field. */
export class LedgerError extends Error {}

/** The ledger's entries; none when there is no ledger yet. */
export function readLedger(path: string): Redirect[] {
	if (!existsSync(path)) return [];
	const lineCounter = new LineCounter();
	const document = parseDocument(readFileSync(path, 'utf8'), { lineCounter });
	if (document.errors.length > 0) {
		const error = document.errors[0]!;
		throw new LedgerError(`${path}:${lineCounter.linePos(error.pos[0]).line} 不是合法的 YAML：${error.message.split('\n')[0]}`);
	}
	const checked = redirectsLedgerSchema.safeParse(document.toJS() ?? []);
	if (!checked.success) {
		const issue = checked.error.issues[0]!;
		const [index, field] = issue.path;
		const node = typeof index === 'number' ? document.getIn([index, ...(field === undefined ? [] : [field])], true) : undefined;
		const range = (node as { range?: [number, number, number] } | undefined)?.range;
		const line = range ? lineCounter.linePos(range[0]).line : 1;
		throw new LedgerError(`${path}:${line} 第 ${typeof index === 'number' ? index + 1 : '?'} 条跳转记录的 ${String(field ?? '')} 无效：${issue.message}`);
	}
	return checked.data;
}

/** The ledger's text with `entries` appended. */
export function appendToLedger(current: string | undefined, entries: Redirect[]): string {
	const start = current ?? HEADER;
	const separator = start === '' || start.endsWith('\n') ? '' : '\n';
	// An empty list written as [] would not take appended items.
	const base = /^\s*\[\s*\]\s*$/m.test(start) ? start.replace(/^\s*\[\s*\]\s*$/m, '') : start;
	return `${base}${separator}${stringify(entries, { lineWidth: 0 })}`;
}
