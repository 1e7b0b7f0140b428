import { describe, expect, it } from 'vitest';
import { FEED_FILES, latestItemsFeed } from '../../../src/metadata/feeds.ts';
import { archiveItem } from '../../support/sample-items.ts';

const siteUrl = new URL('https://news.example.org/archive/');
const items = [
	archiveItem(
		'kjrb/2024-07-12/00-01',
		{ title: '兰州高新区为生物医药产业注入向“新”力', authors: [{ name: '顾满斌', role: '本报记者' }] },
		'第一段导语。\n\n第二段。',
	),
	archiveItem('kjrb/2024-07-13/01-01', { date: '2024-07-13', page: 1, column: '园镜头' }),
	archiveItem('kjrb/2024-07-11/01-01', { date: '2024-07-11', page: 1, title: '标题里有 </title>]]><script>x</script> 字样' }),
];
const render = (file: keyof typeof FEED_FILES, options = {}) =>
	FEED_FILES[file].render(latestItemsFeed(items, { siteUrl, authors: FEED_FILES[file].authors, ...options }));

describe('feeds of the latest items', () => {
	it('lists the newest items first, up to the limit, at their permanent URLs', () => {
		const json = JSON.parse(render('feed.json', { limit: 2 }));
		expect(json.items.map((entry: { url: string }) => entry.url)).toEqual([
			'https://news.example.org/archive/kjrb/2024-07-13/01-01/',
			'https://news.example.org/archive/kjrb/2024-07-12/00-01/',
		]);
	});

	it('dates items by the day they were printed (China time), so rebuilding changes nothing', () => {
		const rss = render('rss.xml');
		expect(rss).toContain('<pubDate>Thu, 11 Jul 2024 16:00:00 GMT</pubDate>');
		expect(rss).toContain('<lastBuildDate>Fri, 12 Jul 2024 16:00:00 GMT</lastBuildDate>');
		expect(render('rss.xml')).toBe(rss);
	});

	it('names bylines as Atom authors, and in the RSS description (RSS authors must be e-mail addresses)', () => {
		expect(render('atom.xml')).toContain('<name>本报记者 顾满斌</name>');
		const rss = render('rss.xml');
		expect(rss).not.toContain('<author>');
		expect(rss).toContain('<p>科技日报 · 2024年7月12日 · 版次未详 · 本报记者 顾满斌</p><p>第一段导语。</p>');
	});

	it('keeps text that looks like markup as text, in every format', () => {
		for (const file of ['rss.xml', 'atom.xml'] as const) {
			const xml = render(file);
			expect(xml).not.toContain('<script>');
			// Every CDATA section the library opens is closed by its own terminator, never by the text.
			expect(xml.split('<![CDATA[').length).toBe(xml.split(']]>').length);
			expect(xml).toContain('标题里有 &lt;/title&gt;]]&gt;&lt;script&gt;x&lt;/script&gt; 字样');
		}
	});
});

describe('feeds of text with characters XML does not allow', () => {
	it('hold only characters XML 1.0 allows: each control character becomes U+FFFD, visibly', () => {
		const controls = '\u0001\u0007\u0008\u000B\u000C\u001B';
		const withControls = [
			archiveItem(
				'kjrb/2024-07-12/00-01',
				{ title: `标题${controls}`, column: `栏目\u0001`, authors: [{ name: `张\u0007三`, role: '本报记者' }] },
				`导语${controls}。`,
			),
		];
		for (const file of ['rss.xml', 'atom.xml'] as const) {
			const xml = FEED_FILES[file].render(latestItemsFeed(withControls, { siteUrl, authors: FEED_FILES[file].authors }));
			expect(xml, file).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
			expect(xml, file).toContain('标题\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD');
		}
	});
});

describe('feeds of a corrected item', () => {
	const corrected = [
		{
			...archiveItem('kjrb/2024-07-12/00-01', { title: '兰州高新区' }, '第一段导语。'),
			rendered: { metadata: { corrections: [{ date: '2024-07-15', html: '<p>“47家”应为“74家”。</p>', text: '“47家”应为“74家”。' }] } },
		},
	];
	const renderCorrected = (file: keyof typeof FEED_FILES) =>
		FEED_FILES[file].render(latestItemsFeed(corrected, { siteUrl, authors: FEED_FILES[file].authors }));

	it('dates it as updated on its correction in Atom and JSON Feed, published on its day of print', () => {
		const atom = renderCorrected('atom.xml');
		expect(atom).toContain('<updated>2024-07-14T16:00:00.000Z</updated>');
		expect(atom).toContain('<published>2024-07-11T16:00:00.000Z</published>');
		const [entry] = JSON.parse(renderCorrected('feed.json')).items;
		expect([entry.date_published, entry.date_modified]).toEqual(['2024-07-11T16:00:00.000Z', '2024-07-14T16:00:00.000Z']);
	});

	it('keeps its day of print in RSS and tells of the correction in every description', () => {
		const rss = renderCorrected('rss.xml');
		expect(rss).toContain('<pubDate>Thu, 11 Jul 2024 16:00:00 GMT</pubDate>');
		for (const file of ['rss.xml', 'atom.xml', 'feed.json'] as const) expect(renderCorrected(file)).toContain('更正（2024年7月15日）：“47家”应为“74家”。');
	});
});
