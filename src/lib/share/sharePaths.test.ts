import { describe, expect, it } from 'vitest';
import { cardPath, oembedPath, parseSiteUrl, publicUrl, shareHref, sharePathFor, stepPagePath } from './sharePaths';

describe('share paths', () => {
	it('gives each step a folder of its own, and the first step the front page', () => {
		expect(stepPagePath('nagato')).toBe('/step/nagato/');
		expect(sharePathFor(['intro', 'nagato'], 1)).toBe('/step/nagato/');
		expect(sharePathFor(['intro', 'nagato'], 0)).toBe('/');
		expect(sharePathFor(['intro'], 5)).toBe('/');
	});
	it('gives the link to share: the step page or the front page, with the naming choice unless it is the default', () => {
		expect(shareHref('nagato', 'both')).toBe('/step/nagato/');
		expect(shareHref('nagato', 'ja')).toBe('/step/nagato/?names=ja');
		expect(shareHref(null, 'ru')).toBe('/?names=ru');
		expect(shareHref(null, 'both')).toBe('/');
	});
	it('names the card and oEmbed files of a step and of the front page', () => {
		expect(cardPath('nagato')).toBe('/cards/nagato.png');
		expect(cardPath(null)).toBe('/cards/story.png');
		expect(oembedPath('nagato')).toBe('/oembed/nagato.json');
		expect(oembedPath(null)).toBe('/oembed/story.json');
	});
});

describe('PUBLIC_SITE_URL', () => {
	it('is optional', () => {
		expect(parseSiteUrl(undefined)).toBeNull();
		expect(parseSiteUrl('  ')).toBeNull();
	});
	it('keeps the origin, without the trailing slash', () => {
		expect(parseSiteUrl('https://news.example.org/')).toBe('https://news.example.org');
		expect(parseSiteUrl(' http://localhost:4173 ')).toBe('http://localhost:4173');
	});
	it('refuses what is not a public http(s) address, naming the setting', () => {
		expect(() => parseSiteUrl('news.example.org')).toThrow(/PUBLIC_SITE_URL.*not a URL/);
		expect(() => parseSiteUrl('ftp://news.example.org')).toThrow(/PUBLIC_SITE_URL.*http/);
		expect(() => parseSiteUrl('https://news.example.org/?a=1')).toThrow(/origin only/);
		expect(() => parseSiteUrl('https://news.example.org/graphics/')).toThrow(/origin only/);
	});
	it('makes absolute URLs when the site is known, root-relative ones when not', () => {
		expect(publicUrl('https://x.org', '/step/n/')).toBe('https://x.org/step/n/');
		expect(publicUrl(null, '/step/n/')).toBe('/step/n/');
	});
});
