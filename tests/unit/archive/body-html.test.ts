import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyParts, withSiteLinks } from '../../../src/archive/body-html.ts';
import { renderItemBody } from '../../../src/collection/render-item.ts';

const rendered = renderItemBody(readFileSync(join(import.meta.dirname, '../../fixtures/render/additions.mdx'), 'utf8'));
const titles = new Map([['kjrb/2024-07-12/00-01', '兰州高新区 <新> 园区']]);

describe('bodyParts', () => {
	const parts = bodyParts(rendered.html, { base: '/archive/', titleOf: (id) => titles.get(id) });
	const html = parts.map((part) => ('html' in part ? part.html : `[photo ${part.photo}]`)).join('');

	it('links a related item under the base path, with its title as text', () => {
		expect(html).toContain('<a href="/archive/kjrb/2024-07-12/00-01/">兰州高新区 &lt;新&gt; 园区</a>');
		expect(html).toContain('<a href="/archive/kjrb/2024-07-12/00-02/">kjrb/2024-07-12/00-02</a>');
		expect(html).not.toContain('data-related');
	});

	it('puts each photo where the body placed it', () => {
		expect(parts.filter((part) => 'photo' in part)).toEqual([{ photo: 0 }]);
		expect(html.indexOf('[photo 0]')).toBeGreaterThan(html.indexOf('第二段'));
	});

	it('puts a hand-written link to the site under the base path, and leaves text alone', () => {
		const { html: body } = renderItemBody(
			'见[上一篇](/kjrb/2024-07-12/00-01/)和[外链](https://example.org/)。文中写着 <a href="/x">。\n'.replace('<a', '\\<a'),
		);
		const [part] = bodyParts(body, { base: '/archive/', titleOf: () => undefined });
		expect(part).toEqual({
			html: '<p>见<a href="/archive/kjrb/2024-07-12/00-01/">上一篇</a>和<a href="https://example.org/">外链</a>。文中写着 &lt;a href="/x">。</p>',
		});
	});
});

describe('withSiteLinks', () => {
	it("puts a correction's links to the site under the base path", () => {
		expect(withSiteLinks(rendered.corrections[0]!.html.replace('。', '，见<a href="/kjrb/2024-07-12/00-01/">原文</a>。'), '/archive/')).toContain(
			'<a href="/archive/kjrb/2024-07-12/00-01/">原文</a>',
		);
	});
});
