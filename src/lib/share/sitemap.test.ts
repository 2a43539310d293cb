import { describe, expect, it } from 'vitest';
import { xmlErrors } from '../static-map/wellFormedXml';
import { robotsTxt, sitemapPaths, sitemapXml } from './sitemap';

const locs = (xml: string): string[] => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

describe('sitemap', () => {
	it('lists the front page, then every step page in order', () => {
		expect(sitemapPaths(['a', 'b'])).toEqual(['/', '/step/a/', '/step/b/']);
	});
	it('lists a language’s pages under its prefix', () => {
		expect(sitemapPaths(['a', 'b'], '/ja')).toEqual(['/ja/', '/ja/step/a/', '/ja/step/b/']);
	});
	it('is well-formed XML in the sitemaps namespace, with absolute URLs when the origin is known', () => {
		const xml = sitemapXml('https://x.org', ['a', 'b']);
		expect(xmlErrors(xml)).toEqual([]);
		expect(xml).toContain('xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
		expect(locs(xml)).toEqual(['https://x.org/', 'https://x.org/step/a/', 'https://x.org/step/b/']);
	});
	it('gives a story told in one language no alternates', () => {
		expect(sitemapXml('https://x.org', ['a'], [{ lang: 'en', base: '' }])).not.toContain('xhtml:link');
	});
	it('writes root-relative URLs when the origin is unknown', () => {
		expect(locs(sitemapXml(null, ['a']))).toEqual(['/', '/step/a/']);
	});
	it('is pointed to by robots.txt', () => {
		expect(robotsTxt('https://x.org')).toMatch(/^Sitemap: https:\/\/x\.org\/sitemap\.xml$/m);
		expect(robotsTxt(null)).toMatch(/^Sitemap: \/sitemap\.xml$/m);
	});
});

describe('sitemap, in several languages', () => {
	const languages = [
		{ lang: 'en', base: '' },
		{ lang: 'ja', base: '/ja' },
		{ lang: 'zh-Hans', base: '/zh' }
	];
	const xml = sitemapXml('https://x.org', ['a', 'b'], languages);
	/** Each <url>'s location and its alternates, hreflang to href. */
	const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => ({
		loc: /<loc>([^<]+)<\/loc>/.exec(m[1]!)![1]!,
		alternates: Object.fromEntries([...m[1]!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((a) => [a[1]!, a[2]!]))
	}));

	it('is well-formed XML that declares the xhtml namespace its links use', () => {
		expect(xmlErrors(xml)).toEqual([]);
		expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
	});

	it('lists every page in every language, each language’s pages under its prefix', () => {
		expect(urls.map((u) => u.loc)).toEqual([
			'https://x.org/',
			'https://x.org/step/a/',
			'https://x.org/step/b/',
			'https://x.org/ja/',
			'https://x.org/ja/step/a/',
			'https://x.org/ja/step/b/',
			'https://x.org/zh/',
			'https://x.org/zh/step/a/',
			'https://x.org/zh/step/b/'
		]);
	});

	it('gives each page its alternates in every language, itself included, and x-default in the default language', () => {
		for (const u of urls) {
			expect(Object.keys(u.alternates), u.loc).toEqual(['en', 'ja', 'zh-Hans', 'x-default']);
			expect(Object.values(u.alternates)).toContain(u.loc);
		}
		expect(urls[4]!.alternates).toEqual({
			en: 'https://x.org/step/a/',
			ja: 'https://x.org/ja/step/a/',
			'zh-Hans': 'https://x.org/zh/step/a/',
			'x-default': 'https://x.org/step/a/'
		});
	});

	it('makes the alternates reciprocal: each page a page names names it back', () => {
		const byLoc = new Map(urls.map((u) => [u.loc, u]));
		for (const u of urls)
			for (const href of Object.values(u.alternates)) {
				expect(byLoc.has(href), href).toBe(true);
				expect(Object.values(byLoc.get(href)!.alternates)).toContain(u.loc);
			}
	});

	it('escapes what it writes into attributes', () => {
		const odd = sitemapXml(
			'https://x.org',
			['a'],
			[
				{ lang: 'en', base: '' },
				{ lang: 'x"&', base: '/x' }
			]
		);
		expect(xmlErrors(odd)).toEqual([]);
		expect(odd).toContain('hreflang="x&quot;&amp;"');
	});
});
