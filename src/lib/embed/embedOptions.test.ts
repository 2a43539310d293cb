import { describe, expect, it } from 'vitest';
import type { UrlContext } from '../url/urlState';
import {
	appBase,
	EMBED_TITLE,
	embedHref,
	embedPagePath,
	embedQuery,
	embedSnippets,
	escapeAttribute,
	isLangTag,
	parseEmbedOptions,
	parseFlag
} from './embedOptions';

const ids: UrlContext = { stepIds: ['lavrov-in-tokyo', 'aegis-ashore', 'nagato'], modes: ['both', 'ja', 'ru'], bounds: [30, 5, 160, 62] };
/** The query form's page, /embed/, of a story told in English and Japanese. */
const page = { step: null, langs: ['en', 'ja'], defaultLang: 'en' };
const defaults = { step: 'lavrov-in-tokyo', names: 'both', controls: true, interactive: false, lang: 'en' };

describe('parseEmbedOptions', () => {
	it('defaults to the first step, both names, controls shown, panning off and the default language', () => {
		expect(parseEmbedOptions('', ids, page)).toEqual(defaults);
	});

	it('reads every option', () => {
		expect(parseEmbedOptions('?step=nagato&names=ru&controls=0&interactive=yes&lang=ja', ids, page)).toEqual({
			step: 'nagato',
			names: 'ru',
			controls: false,
			interactive: true,
			lang: 'ja'
		});
		expect(parseEmbedOptions(new URLSearchParams({ step: 'aegis-ashore', names: 'ja', controls: 'true', interactive: 'false' }), ids, page)).toEqual({
			step: 'aegis-ashore',
			names: 'ja',
			controls: true,
			interactive: false,
			lang: 'en'
		});
	});

	it('takes the step from the page’s path over ?step=, unless the story lacks it', () => {
		expect(parseEmbedOptions('?step=aegis-ashore', ids, { ...page, step: 'nagato' }).step).toBe('nagato');
		expect(parseEmbedOptions('?step=aegis-ashore', ids, { ...page, step: 'tokyo' }).step).toBe('aegis-ashore');
	});

	it.each(['zh-Hans', 'JA', 'ja-JP', 'fr', '', '<b>'])('falls back to the default language for lang=%j the site does not have', (lang) => {
		expect(parseEmbedOptions(`?lang=${encodeURIComponent(lang)}`, ids, page).lang).toBe('en');
	});

	it.each([
		['an unknown step', '?step=tokyo'],
		['markup as step', '?step=%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
		['a step in another case', '?step=NAGATO'],
		['an unknown naming mode', '?names=en'],
		['a naming mode in another case', '?names=JA'],
		['empty values', '?step=&names=&controls=&interactive='],
		['words that are not flags', '?controls=maybe&interactive=on'],
		['flags with junk', '?controls=1x&interactive=yes!'],
		['a huge value', `?step=${'a'.repeat(100_000)}&interactive=${'1'.repeat(100_000)}`],
		['unknown keys', '?view=1,2,3&embed=1&__proto__=x&constructor=y'],
		['an unknown language', '?lang=xx'],
		['a malformed query', '?%E0%A4%A=1&step&names']
	])('falls back to the defaults for %s', (_, query) => {
		expect(parseEmbedOptions(query, ids, page)).toEqual(defaults);
	});

	it('offers the naming choices of the story it is given', () => {
		expect(parseEmbedOptions('?names=gb', { ...ids, modes: ['both', 'gb', 'ar'] }, page).names).toBe('gb');
		expect(parseEmbedOptions('?names=gb', ids, page).names).toBe('both');
	});

	it('keeps the good options when others are bad', () => {
		expect(parseEmbedOptions('?step=nagato&names=klingon&controls=no&interactive=2', ids, page)).toEqual({
			step: 'nagato',
			names: 'both',
			controls: false,
			interactive: false,
			lang: 'en'
		});
	});

	it('copes with an empty story', () => {
		expect(parseEmbedOptions('?step=nagato', { ...ids, stepIds: [] }, page).step).toBe('');
	});
});

describe('parseFlag', () => {
	it.each([
		['1', true],
		['true', true],
		['yes', true],
		['TRUE', true],
		[' Yes ', true],
		['0', false],
		['false', false],
		['no', false],
		['No', false]
	])('reads %j as %s', (raw, expected) => {
		expect(parseFlag(raw, !expected)).toBe(expected);
	});

	it.each([null, undefined, '', 'on', 'off', 'y', 'n', '2', '-1', '1.0', 'truthy', 'nope'])('falls back for %j', (raw) => {
		expect(parseFlag(raw, true)).toBe(true);
		expect(parseFlag(raw, false)).toBe(false);
	});
});

describe('embedQuery and embedHref', () => {
	it('leave defaults out and write the rest in a fixed order, the step in the path', () => {
		expect(embedQuery({})).toBe('');
		expect(embedQuery({ names: 'both', controls: true, interactive: false })).toBe('');
		expect(embedQuery({ lang: 'ja', interactive: true, controls: false, names: 'ja', step: 'nagato' })).toBe('?names=ja&controls=0&interactive=1&lang=ja');
		expect(embedHref({ interactive: true, names: 'ru', step: 'nagato' })).toBe('/embed/nagato/?names=ru&interactive=1');
		expect(embedHref({})).toBe('/embed/');
	});

	it('pass on any well-formed naming choice (the frame checks it against its story)', () => {
		expect(embedQuery({ names: 'gb' })).toBe('?names=gb');
		expect(embedQuery({ names: 'party-b' })).toBe('?names=party-b');
	});

	it('drop values that are not well-formed', () => {
		expect(embedHref({ step: 'x"><script>', names: 'en"><b>', lang: 'en"><b' })).toBe('/embed/');
		expect(embedQuery({ names: 'EN' })).toBe('');
		expect(embedQuery({ names: 'a'.repeat(33) })).toBe('');
		expect(embedHref({ step: 'Nagato' })).toBe('/embed/');
		expect(embedHref({ step: 'a'.repeat(65) })).toBe('/embed/');
	});

	it('put a language’s pages under its prefix', () => {
		expect(embedHref({ step: 'nagato', names: 'ru' }, '/ja')).toBe('/ja/embed/nagato/?names=ru');
		expect(embedHref({}, '/ja')).toBe('/ja/embed/');
	});
});

describe('embed page paths', () => {
	it('give each step a folder of its own', () => {
		expect(embedPagePath('nagato')).toBe('/embed/nagato/');
		expect(embedPagePath(null)).toBe('/embed/');
	});

	it('take language tags by their shape only', () => {
		for (const tag of ['en', 'ja', 'zh-Hans', 'ru', 'pt-BR']) expect(isLangTag(tag), tag).toBe(true);
		for (const bad of ['', 'EN', 'english', 'en_', 'zh-Hans-CN-x-private', '"><', 42, null]) expect(isLangTag(bad), String(bad)).toBe(false);
	});
});

describe('escapeAttribute', () => {
	it('escapes everything that could end an attribute or open a tag', () => {
		expect(escapeAttribute(`a"b'c<d>e&f`)).toBe('a&#34;b&#39;c&#60;d&#62;e&#38;f');
	});
});

describe('appBase', () => {
	it.each([
		['https://maps.example.org', 'https://maps.example.org'],
		['https://maps.example.org/', 'https://maps.example.org'],
		['https://example.org/treaty-map/', 'https://example.org/treaty-map'],
		['http://127.0.0.1:4173', 'http://127.0.0.1:4173'],
		['https://example.org/x?y=1#z', 'https://example.org/x']
	])('reads %s as %s', (origin, base) => {
		expect(appBase(origin)).toBe(base);
	});

	it.each(['', 'null', 'example.org', 'javascript:alert(1)', 'data:text/html,<b>', 'file:///etc/passwd', 'ftp://example.org'])('refuses %j', (origin) => {
		expect(() => appBase(origin)).toThrow(RangeError);
	});
});

describe('embedSnippets', () => {
	const origin = 'https://maps.example.org';
	const frame = (src: string, title = EMBED_TITLE): string =>
		`<iframe src="${src}" title="${title}" width="100%" height="560" frameborder="0" loading="lazy" allow="fullscreen" ` +
		`style="border:0;width:100%;display:block" data-treaty-map></iframe>`;

	it('writes the iframe of the step’s own embed page first, then embed.js; oEmbed’s html adds a link before them', () => {
		const { iframe, script, oembed } = embedSnippets(origin, { step: 'nagato', names: 'ja', lang: 'ja' });
		expect(iframe).toBe(frame('https://maps.example.org/embed/nagato/?names=ja&#38;lang=ja'));
		expect(script).toBe(`${iframe}\n<script async src="https://maps.example.org/embed.js"></script>`);
		expect(oembed).toBe(`<blockquote><a href="https://maps.example.org/step/nagato/?names=ja">${EMBED_TITLE}</a></blockquote>\n${script}`);
	});

	it('points at /embed/ with no query when every option is the default', () => {
		expect(embedSnippets(origin).iframe).toContain('src="https://maps.example.org/embed/"');
		expect(embedSnippets(origin).oembed).toContain('<a href="https://maps.example.org/">');
	});

	it('writes root-relative URLs when the origin is not known (a build without PUBLIC_SITE_URL)', () => {
		const { iframe, script, oembed } = embedSnippets(null, { step: 'nagato' });
		expect(iframe).toContain('src="/embed/nagato/"');
		expect(oembed).toContain('<a href="/step/nagato/">');
		expect(script).toContain('src="/embed.js"');
	});

	it('keeps a base path', () => {
		const { iframe, script } = embedSnippets('https://example.org/treaty-map/', { step: 'nagato' });
		expect(iframe).toContain('src="https://example.org/treaty-map/embed/nagato/"');
		expect(script).toContain('src="https://example.org/treaty-map/embed.js"');
	});

	/** Every attribute value in the snippet, as a browser would split them; nothing may escape its quotes. */
	function attributeCount(html: string): number {
		return (html.match(/\s[a-z-]+="[^"]*"/g) ?? []).length;
	}

	it('cannot be broken out of by a step id, a title or an origin', () => {
		const hostile = `nagato"><script>alert(1)</script>`;
		const { iframe, script, oembed } = embedSnippets(origin, { step: hostile, title: `Map" onload="alert(1)<b>` });
		for (const html of [iframe, script, oembed]) {
			expect(html).not.toContain('<script>alert');
			expect(html).not.toContain('" onload=');
			expect(html).not.toContain('<b>');
			expect((html.match(/</g) ?? []).length).toBe(html === iframe ? 2 : html === script ? 4 : 8);
		}
		expect(attributeCount(iframe)).toBe(8);
		expect(iframe).toContain('src="https://maps.example.org/embed/"'); // the malformed step was dropped, not escaped in

		const odd = embedSnippets(`https://maps.example.org/a"b<c>'d/`, { step: 'nagato' });
		expect(odd.oembed).not.toMatch(/a"b|<c>|'d/);
		expect(attributeCount(odd.iframe)).toBe(8);
		expect(() => embedSnippets(`javascript:alert("x")//`, {})).toThrow(RangeError);
	});

	it('writes only known option values', () => {
		const { iframe } = embedSnippets(origin, { names: 'Klingon!', controls: false, interactive: true, lang: 'x<' });
		expect(iframe).toContain('src="https://maps.example.org/embed/?controls=0&#38;interactive=1"');
	});

	it('points at a language’s own pages under its prefix', () => {
		const { iframe, script } = embedSnippets(origin, { step: 'nagato', names: 'ru' }, '/ja');
		expect(iframe).toContain('src="https://maps.example.org/ja/embed/nagato/?names=ru"');
		const { oembed } = embedSnippets(origin, { step: 'nagato', names: 'ru' }, '/ja');
		expect(oembed).toContain('<a href="https://maps.example.org/ja/step/nagato/?names=ru">');
		expect(script).toContain('src="https://maps.example.org/embed.js"');
		expect(embedSnippets(null, {}, '/ja').oembed).toContain('<a href="/ja/">');
	});

	it('falls back to the default title for a blank one', () => {
		expect(embedSnippets(origin, { title: '   ' }).iframe).toContain(`title="${EMBED_TITLE}"`);
	});
});
