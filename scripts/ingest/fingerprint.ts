/**
 * A file the ingester wrote carries a fingerprint of its own content. On the next run a file
 * whose content still matches its fingerprint is the ingester's and may be replaced; one that
 * does not (or has none) was edited by hand and is kept unless the maintainer says otherwise.
 */
import { createHash } from 'node:crypto';

const FIELD = 'fingerprint';
// Quoted: an all-digit or 1e5-like hash would otherwise read as a YAML number.
const LINE = new RegExp(`^${FIELD}: "([0-9a-f]{16})"\\n`, 'm');

function digest(text: string): string {
	return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/**
 * Adds the fingerprint as the last line of a YAML block: `head` is everything up to and
 * including that block's last newline, `tail` what follows (the MDX body, or nothing).
 */
export function withFingerprint(head: string, tail = ''): string {
	return `${head}${FIELD}: "${digest(head + tail)}"\n${tail}`;
}

export type Provenance = 'ingested' | 'edited';

/** Whether a file is as the ingester wrote it, or was changed since. */
export function provenanceOf(content: string): Provenance {
	const match = LINE.exec(content);
	if (!match) return 'edited';
	return digest(content.replace(LINE, '')) === match[1] ? 'ingested' : 'edited';
}
