import { afterEach, describe, expect, it, vi } from 'vitest';
import { story } from '../story/storyFor';
import { metaFor, siteUrl } from './pageMetaFor';

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
	it('knows the front page and every step, and refuses a step the story lacks', () => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(metaFor(null).title).toBe(story.title);
		for (const s of story.steps) expect(metaFor(s.id).canonical).toMatch(new RegExp(`/step/${s.id}/$`));
		expect(() => metaFor('no-such-step')).toThrow(/no step "no-such-step"/);
	});
});
