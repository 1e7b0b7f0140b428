import { describe, expect, it } from 'vitest';
import { indexedPart, singleCharacterCopy } from '../../../scripts/search-index/indexed-copy.ts';

const page = [
	'<!doctype html><html lang="zh-CN"><head><title>标题 - 报纸档案</title></head><body>',
	'<nav class="sidebar"><a href="/">侧栏链接</a></nav>',
	'<main><article class="item" data-pagefind-body><h1>兰州高新区</h1>',
	'<span data-pagefind-meta="title">兰州高新区</span>',
	'<h2 id="促进企业合作">促进企业合作</h2><p>正文，GLP-1。</p></article>',
	'<p>页脚</p></main></body></html>',
].join('');

describe('indexedPart', () => {
	it('keeps the indexed element whole, with its metadata and section ids, and drops the rest of the page', () => {
		const part = indexedPart(page);
		expect(part).toContain('<article class="item" data-pagefind-body><h1>兰州高新区</h1>');
		expect(part).toContain('<h2 id="促进企业合作">促进企业合作</h2><p>正文，GLP-1。</p></article>');
		expect(part).not.toContain('侧栏链接');
		expect(part).not.toContain('页脚');
	});

	it('gives back a page without an indexed element as it is', () => {
		const other = '<html><body><p>首页</p></body></html>';
		expect(indexedPart(other)).toBe(other);
	});
});

describe('singleCharacterCopy', () => {
	it('spaces out every character of the indexed text, ends each block with a mark, and leaves metadata as it is', () => {
		const copy = singleCharacterCopy(indexedPart(page));
		expect(copy).toContain('<span data-pagefind-meta="title">兰州高新区</span>');
		expect(copy).toMatch(/<h1>\s*兰 州 高 新 区\s+¶\s*<\/h1>/);
		expect(copy).toMatch(/<p>\s*正 文 ， G L P - 1 。\s+¶\s*<\/p>/);
		expect(copy).toContain('id="促进企业合作"');
	});
});
