import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { damage, describeDamage, fuzzPage, generator, pickDamage } from '../../../scripts/eval/page-damage.ts';

const LINES = ['标题', '本报记者  张  三', '第一段。', '第二段。'];

describe('damage', () => {
	it('does each slip of a crawler or OCR to one line', () => {
		expect(damage(LINES, { kind: 'drop', line: 1 })).toEqual(['标题', '第一段。', '第二段。']);
		expect(damage(LINES, { kind: 'repeat', line: 2 })).toEqual(['标题', '本报记者  张  三', '第一段。', '第一段。', '第二段。']);
		expect(damage(LINES, { kind: 'cut', line: 2, at: 2 })).toEqual(['标题', '本报记者  张  三', '第一', '段。', '第二段。']);
		expect(damage(LINES, { kind: 'merge', line: 2 })).toEqual(['标题', '本报记者  张  三', '第一段。第二段。']);
		expect(damage(LINES, { kind: 'swap', line: 0 })).toEqual(['本报记者  张  三', '标题', '第一段。', '第二段。']);
		expect(damage(LINES, { kind: 'blank', line: 0 })).toEqual(['标题', '', '本报记者  张  三', '第一段。', '第二段。']);
		expect(damage(LINES, { kind: 'indent', line: 3 })).toEqual(['标题', '本报记者  张  三', '第一段。', '\u3000\u3000第二段。']);
	});

	it('cuts between characters, never inside one outside the Basic Multilingual Plane', () => {
		expect(damage(['𠀀𠀁'], { kind: 'cut', line: 0, at: 1 })).toEqual(['𠀀', '𠀁']);
	});

	it('leaves the page alone where the line is past its end, or has no line after it to merge or swap with', () => {
		expect(damage(LINES, { kind: 'drop', line: 9 })).toEqual(LINES);
		expect(damage(LINES, { kind: 'merge', line: 3 })).toEqual(LINES);
		expect(damage(LINES, { kind: 'swap', line: 3 })).toEqual(LINES);
	});

	it('says what it did, by line number as an editor counts', () => {
		expect(describeDamage({ kind: 'cut', line: 11, at: 5 })).toBe('第 12 行拆成两行（第 5 个字后）');
		expect(describeDamage({ kind: 'swap', line: 0 })).toBe('第 1 行与下一行对调');
	});
});

describe('pickDamage', () => {
	it('makes the same damage from the same seed, and other damage from another', () => {
		const pick = (seed: number) =>
			Array.from(
				{ length: 20 },
				(
					(next) => () =>
						pickDamage(LINES, next)
				)(generator(seed)),
			);
		expect(pick(7)).toEqual(pick(7));
		expect(pick(7)).not.toEqual(pick(8));
		expect(pick(7).every((d) => d.line >= 0 && d.line < LINES.length)).toBe(true);
	});
});

describe('fuzzPage', () => {
	it('finds no page of the fixtures, however damaged, that the ingester throws on or loses text of', () => {
		const folder = join(import.meta.dirname, '../../fixtures/pages');
		const next = generator(2026);
		const failures = readdirSync(folder)
			.filter((name) => name.endsWith('.txt'))
			.flatMap((name) => fuzzPage(join(folder, name), readFileSync(join(folder, name), 'utf8'), 3, next));
		expect(failures.map((f) => `${f.file}: ${describeDamage(f.damage)}: ${f.error}`)).toEqual([]);
		// (It reads every fixture three times over, thousands of pages: a busy machine takes far longer than the default
		// five seconds, and speed is no part of what it checks.)
	}, 300_000);
});
