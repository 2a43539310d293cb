// WordPress's filter (ported in oembedFilter.ts) applied to every oEmbed file the build writes: an iframe of that
// step's embed page survives, sandboxed and carrying the secret, and the page gets WordPress's sizing script.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entries, GET } from '../../src/routes/[[lang=lang]]/oembed/[id].json/+server';
import { enqueuesHostScript, escUrl, filterOembedResult, normalizeEntities, wpKses, OEMBED_ALLOWED_HTML } from './oembedFilter';

const SITE = 'https://maps.example.org';
const SECRET = 'Zq3xY7pK2m';

describe('the port of WordPress’s filter', () => {
	it('keeps only links, blockquotes and iframes, with their allowed attributes', () => {
		expect(wpKses('<p onclick="x()">Hi <b>there</b></p><script src="x.js"></script>', OEMBED_ALLOWED_HTML)).toBe('Hi there');
		expect(wpKses(`<a href="https://x.org/" target="_top" onclick='y()'>x</a>`, OEMBED_ALLOWED_HTML)).toBe('<a href="https://x.org/">x</a>');
		expect(wpKses('<iframe SRC="https://x.org/e" style="border:0" Width=100 sandbox="" loading="lazy"></iframe>', OEMBED_ALLOWED_HTML)).toBe(
			'<iframe src="https://x.org/e" width="100"></iframe>'
		);
		expect(wpKses('<a href="javascript:alert(1)">x</a>', OEMBED_ALLOWED_HTML)).toBe('<a href="alert(1)">x</a>');
		expect(normalizeEntities('a & b &amp; &#38; &#x26; &bogus;')).toBe('a &amp; b &amp; &#038; &#x26; &amp;bogus;');
		expect(escUrl("https://x.org/e/?a=1&b=<2>'#?secret=abc")).toBe('https://x.org/e/?a=1&#038;b=2&#039;#?secret=abc');
	});

	it('discards an answer with no iframe: the old placeholder and script (WordPress then shows a bare link)', () => {
		const old = `<div data-treaty-map="${SITE}/embed?step=nagato"><a href="${SITE}/step/nagato/">Map</a></div>\n<script async src="${SITE}/embed.js"></script>`;
		expect(filterOembedResult(old, SECRET)).toBe(false);
	});

	it('keeps an iframe alone, sandboxed, but then loads no sizing script: the blockquote is what asks for it', () => {
		const filtered = filterOembedResult(`<iframe src="${SITE}/embed/nagato/" width="100%" height="560"></iframe><script src="x"></script>`, SECRET);
		expect(filtered).toBe(
			`<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" src="${SITE}/embed/nagato/#?secret=${SECRET}" ` +
				`data-secret="${SECRET}" width="100%" height="560"></iframe>`
		);
		expect(enqueuesHostScript(filtered as string)).toBe(false);
	});

	it('keeps the first blockquote before the last iframe, and hides the iframe until the frame speaks', () => {
		const filtered = filterOembedResult(
			`<blockquote><a href="${SITE}/">A</a></blockquote><p>x</p><iframe src="${SITE}/a"></iframe><iframe src="${SITE}/b"></iframe>`,
			SECRET
		);
		expect(filtered).toBe(
			`<blockquote class="wp-embedded-content" data-secret="${SECRET}"><a href="${SITE}/">A</a></blockquote>` +
				`<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" style="position: absolute; clip: rect(1px, 1px, 1px, 1px);" ` +
				`src="${SITE}/b#?secret=${SECRET}" data-secret="${SECRET}"></iframe>`
		);
		expect(enqueuesHostScript(filtered as string)).toBe(true);
	});
});

describe('every oEmbed file, through WordPress’s filter', () => {
	let before: string | undefined;
	beforeAll(() => {
		before = process.env.PUBLIC_SITE_URL;
		process.env.PUBLIC_SITE_URL = SITE;
	});
	afterAll(() => {
		if (before === undefined) delete process.env.PUBLIC_SITE_URL;
		else process.env.PUBLIC_SITE_URL = before;
	});

	it('keeps a sandboxed iframe of that step’s embed page with the secret, and a link WordPress loads its sizing script for', async () => {
		const all = await entries();
		expect(all.length).toBeGreaterThanOrEqual(13);
		// Every language's files: /oembed/<id>.json, /ja/oembed/<id>.json...
		for (const { lang, id } of all) {
			const base = lang ? `/${lang}` : '';
			const res = await GET({ params: { lang, id } } as Parameters<typeof GET>[0]);
			const oembed = (await res.json()) as { type: string; html: string; title: string; height: number };
			expect(oembed.type, id).toBe('rich');
			expect(oembed.html, id).toContain('<script');
			const filtered = filterOembedResult(oembed.html, SECRET);
			expect(filtered, `${id}: WordPress keeps the embed`).not.toBe(false);
			const html = filtered as string;
			const iframes = [...html.matchAll(/<iframe\b[^>]*>/g)].map((m) => m[0]);
			expect(iframes, id).toHaveLength(1);
			const frame = iframes[0]!;
			const page = id === 'story' ? `${base}/embed/` : `${base}/embed/${id}/`;
			expect(frame, id).toContain(` src="${SITE}${page}#?secret=${SECRET}"`);
			expect(frame, id).toContain(` data-secret="${SECRET}"`);
			expect(frame, id).toContain(' sandbox="allow-scripts" security="restricted"');
			expect(frame, id).toContain(' width="100%"');
			expect(frame, id).toContain(` height="${oembed.height}"`);
			expect(frame, id).toContain(' frameborder="0"');
			expect(frame, id).toMatch(/ title="[^"]{5,}"/);
			expect(html, id).not.toMatch(/<script|data-treaty-map|onload|loading=|allow=/);
			// The quoted link to the step's page is kept, so the page loads wp-embed.js, which sizes the frame.
			const link = id === 'story' ? `${SITE}${base}/` : `${SITE}${base}/step/${id}/`;
			expect(html, id).toMatch(new RegExp(`^<blockquote class="wp-embedded-content" data-secret="${SECRET}"><a href="${link}">`));
			expect(enqueuesHostScript(html), id).toBe(true);
		}
	});
});
