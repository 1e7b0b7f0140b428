import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { provenanceOf, withFingerprint } from '../../../scripts/ingest/fingerprint.ts';

describe('fingerprints', () => {
	it('tell the ingester’s own files from edited ones', () => {
		const file = withFingerprint('---\ntitle: 标题\n', '---\n\n正文。\n');
		expect(provenanceOf(file)).toBe('ingested');
		expect(provenanceOf(file.replace('正文', '改过的正文'))).toBe('edited');
		expect(provenanceOf(file.replace(/fingerprint: .*\n/, ''))).toBe('edited');
	});
	it('stay strings in YAML, even one made of digits only', () => {
		let file = '';
		// About one hash in 1,900 is all digits, which YAML would read as a number.
		for (let i = 0; !/fingerprint: "?\d+"?\n/.test(file); i++) file = withFingerprint(`n: ${i}\n`);
		expect(typeof parse(file).fingerprint).toBe('string');
		expect(provenanceOf(file)).toBe('ingested');
	});
});
