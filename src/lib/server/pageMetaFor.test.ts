import { afterEach, describe, expect, it, vi } from 'vitest';
import { withoutBreaks } from '../text/lineBreaks';
import { metaFor, siteUrl } from './pageMetaFor';
import { DEFAULT_LANGUAGE, LANGUAGES, storyIn } from './storyData';

afterEach(() => vi.restoreAllMocks());

describe('siteUrl (PUBLIC_SITE_URL at build)', () => {
	it('gives the origin when set, without a word', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(siteUrl({ PUBLIC_SITE_URL: 'https://maps.example.org/' })).toBe('https://maps.example.org');
		expect(warn).not.toHaveBeenCalled();
	});

	it('warns once, naming the setting, and falls back to root-relative URLs when unset', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(siteUrl({})).toBeNull();
		expect(siteUrl({ PUBLIC_SITE_URL: '' })).toBeNull();
		expect(warn).toHaveBeenCalledTimes(1);
		expect(String(warn.mock.calls[0]![0])).toMatch(/PUBLIC_SITE_URL is not set.*root-relative/);
	});

	it('fails the build on a value that is not an origin', () => {
		expect(() => siteUrl({ PUBLIC_SITE_URL: 'maps.example.org' })).toThrow(/PUBLIC_SITE_URL/);
	});
});

describe('metaFor', () => {
	it('knows the front page and every step of the story the site is built from, and refuses a step the story lacks', () => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		const story = storyIn(DEFAULT_LANGUAGE);
		expect(metaFor(DEFAULT_LANGUAGE, null).title).toBe(story.title);
		for (const s of story.steps) expect(metaFor(DEFAULT_LANGUAGE, s.id).canonical).toMatch(new RegExp(`^(https?://[^/]+)?/step/${s.id}/$`));
		expect(() => metaFor(DEFAULT_LANGUAGE, 'no-such-step')).toThrow(/no step "no-such-step"/);
	});

	it('gives each of the story’s languages its own title and pages under its prefix', () => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		for (const lang of LANGUAGES) {
			const story = storyIn(lang);
			const base = story.languages.find((l) => l.lang === lang)!.base;
			// The title as plain text: the line-break marks of Japanese and Chinese are for the page, not for meta tags.
			expect(metaFor(lang, null).title).toBe(withoutBreaks(story.title));
			expect(metaFor(lang, null).title).not.toContain('\u200B');
			expect(metaFor(lang, null).base).toBe(base);
			expect(metaFor(lang, story.steps[0]!.id).canonical).toMatch(new RegExp(`^(https?://[^/]+)?${base}/step/${story.steps[0]!.id}/$`));
		}
		expect(storyIn(DEFAULT_LANGUAGE).languages[0]!).toEqual({ lang: DEFAULT_LANGUAGE, base: '' });
	});
});
