import { describe, expect, it } from 'vitest';
import {
	cardPath,
	FRONT_PAGE_KEY,
	frontPagePath,
	oembedPath,
	parseSiteUrl,
	publicUrl,
	shareHref,
	sharePathFor,
	staticMapPath,
	stepPagePath
} from './sharePaths';

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
		expect(FRONT_PAGE_KEY).toBe('story');
	});
	it('names each step’s static maps by kind', () => {
		expect(staticMapPath('steps', 'harbour')).toBe('/static-maps/steps/harbour.svg');
		expect(staticMapPath('frame', 'harbour')).toBe('/static-maps/frame/harbour.svg');
		expect(staticMapPath('phone', 'harbour')).toBe('/static-maps/phone/harbour.svg');
	});
	it('puts a language’s pages and files under its prefix, and the default language’s at the root', () => {
		expect(frontPagePath()).toBe('/');
		expect(frontPagePath('/ja')).toBe('/ja/');
		expect(stepPagePath('harbour', '/ja')).toBe('/ja/step/harbour/');
		expect(sharePathFor(['intro', 'harbour'], 1, '/ja')).toBe('/ja/step/harbour/');
		expect(sharePathFor(['intro', 'harbour'], 0, '/ja')).toBe('/ja/');
		expect(shareHref('harbour', 'b', '/ja')).toBe('/ja/step/harbour/?names=b');
		expect(shareHref(null, 'both', '/ja')).toBe('/ja/');
		expect(cardPath('harbour', '/ja')).toBe('/ja/cards/harbour.png');
		expect(cardPath(null, '/ja')).toBe('/ja/cards/story.png');
		expect(oembedPath(null, '/ja')).toBe('/ja/oembed/story.json');
		expect(staticMapPath('phone', 'harbour', '/ja')).toBe('/ja/static-maps/phone/harbour.svg');
	});
	it('carries any party’s naming choice in the link, encoded', () => {
		expect(shareHref('harbour', 'party-a')).toBe('/step/harbour/?names=party-a');
		expect(shareHref(null, 'a b&c')).toBe('/?names=a%20b%26c');
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
