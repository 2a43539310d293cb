import { describe, expect, it } from 'vitest';
import { xmlErrors } from '../static-map/wellFormedXml';
import { robotsTxt, sitemapPaths, sitemapXml } from './sitemap';

describe('sitemap', () => {
	it('lists the front page, then every step page in order', () => {
		expect(sitemapPaths(['a', 'b'])).toEqual(['/', '/step/a/', '/step/b/']);
	});
	it('is well-formed XML in the sitemaps namespace, with absolute URLs when the origin is known', () => {
		const xml = sitemapXml('https://x.org', ['a', 'b']);
		expect(xmlErrors(xml)).toEqual([]);
		expect(xml).toContain('xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
		expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual(['https://x.org/', 'https://x.org/step/a/', 'https://x.org/step/b/']);
	});
	it('is pointed to by robots.txt', () => {
		expect(robotsTxt('https://x.org')).toMatch(/^Sitemap: https:\/\/x\.org\/sitemap\.xml$/m);
		expect(robotsTxt(null)).toMatch(/^Sitemap: \/sitemap\.xml$/m);
	});
});
