// Sharing: each step has its own page (with and without JavaScript), meta that link previews read, a social card,
// an oEmbed file whose snippet embeds that step, and a place in the sitemap. The test build sets PUBLIC_SITE_URL to
// the preview server's origin (scripts/test.sh), so every URL in the meta is absolute and can be followed here.
import type { APIRequestContext, Page } from '@playwright/test';
import { test, expect, expectArrivedAt, mapFrame, screenshot, stepIds } from './fixtures';
import { PREVIEW_PORT } from '../playwright.config';
import { enqueuesHostScript, filterOembedResult } from './wordpress/oembedFilter';

const ORIGIN = `http://127.0.0.1:${PREVIEW_PORT}`;

/** The <head> of a prerendered page as a crawler gets it (no script runs). */
async function headOf(request: APIRequestContext, path: string): Promise<{ meta: Map<string, string>; links: Map<string, string>; title: string }> {
	const res = await request.get(path);
	expect(res.status(), path).toBe(200);
	const html = await res.text();
	const head = html.slice(0, html.indexOf('</head>'));
	const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
	const unescape = (v: string): string =>
		v
			.replace(/&quot;/g, '"')
			.replace(/&#39;/g, "'")
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&amp;/g, '&');
	const meta = new Map<string, string>();
	for (const [tag] of head.matchAll(/<meta\s[^>]*>/g)) {
		const key = attr(tag, 'property') ?? attr(tag, 'name');
		const content = attr(tag, 'content');
		if (key && content !== undefined) meta.set(key, unescape(content));
	}
	const links = new Map<string, string>();
	for (const [tag] of head.matchAll(/<link\s[^>]*>/g)) {
		const rel = attr(tag, 'rel');
		const type = attr(tag, 'type');
		const href = attr(tag, 'href');
		if (rel && href) links.set(type ? `${rel} ${type}` : rel, unescape(href));
	}
	return { meta, links, title: unescape(/<title>([^<]*)<\/title>/.exec(head)?.[1] ?? '') };
}

async function fetchOk(request: APIRequestContext, url: string, type: RegExp): Promise<Buffer> {
	expect(url.startsWith(`${ORIGIN}/`), `${url} is absolute, on the site`).toBe(true);
	const res = await request.get(url);
	expect(res.status(), url).toBe(200);
	expect(res.headers()['content-type'], url).toMatch(type);
	return res.body();
}

/** The step ids in story order, as the prerendered front page lists them (read as a crawler would, no script). */
async function storyStepIds(request: APIRequestContext): Promise<string[]> {
	const html = await (await request.get('/')).text();
	return [...html.matchAll(/data-step-id="([^"]+)"/g)].map((m) => m[1]!);
}

test('every page has complete meta, pointing at files that exist, and is in the sitemap', async ({ request }) => {
	const ids = await storyStepIds(request);
	expect(ids.length).toBeGreaterThanOrEqual(12);
	const robots = await (await request.get('/robots.txt')).text();
	const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
	expect(sitemapUrl).toBe(`${ORIGIN}/sitemap.xml`);
	const sitemap = (await fetchOk(request, sitemapUrl!, /xml/)).toString();
	const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
	// Every page in every language, each language's pages under its prefix (their alternates: languages.spec.ts).
	const front = new RegExp(`<xhtml:link rel="alternate" hreflang="[^"]+" href="${ORIGIN.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(/[a-z]+)/"/>`, 'g');
	const bases = ['', ...[...sitemap.matchAll(front)].map((m) => m[1]!)];
	const languages = [...new Set(bases)];
	expect(languages.length).toBeGreaterThan(1);
	expect(listed).toEqual(languages.flatMap((base) => [`${ORIGIN}${base}/`, ...ids.map((id) => `${ORIGIN}${base}/step/${id}/`)]));

	const titles = new Set<string>();
	for (const id of [null, ...ids]) {
		const path = id ? `/step/${id}/` : '/';
		const { meta, links, title } = await headOf(request, path);
		expect(links.get('canonical'), path).toBe(`${ORIGIN}${path}`);
		expect(meta.get('og:url'), path).toBe(`${ORIGIN}${path}`);
		expect(meta.get('og:type'), path).toBe('article');
		expect(meta.get('twitter:card'), path).toBe('summary_large_image');
		expect(meta.get('og:title'), path).toBe(title);
		expect(meta.get('description'), path).toBe(meta.get('og:description'));
		expect(meta.get('og:description')!.length, path).toBeGreaterThan(40);
		expect(meta.get('og:image'), path).toBe(`${ORIGIN}/cards/${id ?? 'story'}.png`);
		expect(meta.get('og:image:type'), path).toBe('image/png');
		expect([meta.get('og:image:width'), meta.get('og:image:height')], path).toEqual(['1200', '630']);
		expect(meta.get('og:image:alt')!.length, `${path}: the card's alt is the map's description`).toBeGreaterThan(40);
		expect(meta.get('twitter:image'), path).toBe(meta.get('og:image'));
		for (const [k, v] of meta) expect(v, `${path} ${k}: no placeholder`).not.toMatch(/[{}]/);
		titles.add(title);
		await fetchOk(request, meta.get('og:image')!, /^image\/png/);
		const oembedUrl = links.get('alternate application/json+oembed');
		expect(oembedUrl, path).toBe(`${ORIGIN}/oembed/${id ?? 'story'}.json`);
		const oembed = JSON.parse((await fetchOk(request, oembedUrl!, /json/)).toString()) as Record<string, unknown>;
		// oEmbed 1.0: the fields every type needs, and what "rich" needs, with the card as its thumbnail.
		expect(oembed, path).toMatchObject({ version: '1.0', type: 'rich', title, provider_name: 'treaty-map', provider_url: `${ORIGIN}/` });
		expect(oembed, path).toMatchObject({ thumbnail_url: meta.get('og:image'), thumbnail_width: 1200, thumbnail_height: 630 });
		expect(oembed.width, path).toEqual(expect.any(Number));
		expect(oembed.height, path).toEqual(expect.any(Number));
		// Its html embeds this step's own embed page (the front page's: the story from its start), with embed.js after it,
		// and links to the step's page; WordPress keeps the link and the iframe, and loads its sizing script for them.
		const html = String(oembed.html);
		const embedPage = `${ORIGIN}/embed/${id ? `${id}/` : ''}`;
		expect(html, path).toContain(`<iframe src="${embedPage}"`);
		expect(html, path).toContain(`<blockquote><a href="${ORIGIN}${path}">`);
		expect(html, path).toMatch(/<\/iframe>\n<script async src="[^"]+\/embed\.js"><\/script>$/);
		const filtered = filterOembedResult(html, 'AbCdEf1234');
		expect(filtered, `${path}: WordPress keeps it`).toContain(`src="${embedPage}#?secret=AbCdEf1234"`);
		expect(enqueuesHostScript(filtered as string), path).toBe(true);
		// The embed page it frames exists, on its step, prerendered.
		const frameHtml = await (await request.get(embedPage)).text();
		expect(frameHtml, embedPage).toContain(`data-step="${id ?? ids[0]}"`);
	}
	expect(titles.size, 'every page has its own title').toBe(ids.length + 1);
});

/** Reads a PNG's header and, drawn on a canvas in the page, the spread of its pixels' luminance. */
async function cardStats(page: Page, url: string): Promise<{ signature: boolean; width: number; height: number; std: number; colours: number }> {
	return page.evaluate(async (src) => {
		const bytes = new Uint8Array(await (await fetch(src)).arrayBuffer());
		const signature = [137, 80, 78, 71, 13, 10, 26, 10].every((b, i) => bytes[i] === b);
		const view = new DataView(bytes.buffer);
		const width = view.getUint32(16);
		const height = view.getUint32(20);
		const img = new Image();
		img.src = src;
		await img.decode();
		const canvas = new OffscreenCanvas(img.naturalWidth, img.naturalHeight);
		const ctx = canvas.getContext('2d')!;
		ctx.drawImage(img, 0, 0);
		const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
		let sum = 0;
		let sq = 0;
		const colours = new Set<number>();
		const n = data.length / 4;
		for (let i = 0; i < data.length; i += 4) {
			const y = 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
			sum += y;
			sq += y * y;
			if (i % 64 === 0) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
		}
		const mean = sum / n;
		return { signature, width, height, std: Math.sqrt(sq / n - mean * mean), colours: colours.size };
	}, url);
}

test('each card is a 1200×630 PNG with a picture on it', async ({ page, request }) => {
	const ids = await storyStepIds(request);
	// A page of the site without the app (same origin, so its pixels can be read): the cards are decoded there. (A
	// text document makes the browser ask for /favicon.ico, which the site does not have: answered empty.)
	await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
	await page.goto('/robots.txt');
	for (const id of ['story', ...ids]) {
		const stats = await cardStats(page, `/cards/${id}.png`);
		expect(stats.signature, id).toBe(true);
		expect([stats.width, stats.height], id).toEqual([1200, 630]);
		// A blank or one-colour image has no spread; a map beside a title panel has plenty.
		expect(stats.std, `${id}: luminance spread`).toBeGreaterThan(15);
		expect(stats.colours, `${id}: distinct colours`).toBeGreaterThan(20);
	}
});

test('a step’s page opens on its step, the map already there; the address and the share control give that page', async ({ page, context }) => {
	// Record every camera position from the map's creation on, and offer a share sheet to see what it is given.
	await page.addInitScript(() => {
		const centers: [number, number][] = [];
		const w = window as unknown as { __centers: [number, number][]; __m?: unknown; __shared: unknown[] };
		w.__centers = centers;
		w.__shared = [];
		Object.defineProperty(navigator, 'share', { configurable: true, value: async (data: unknown) => void w.__shared.push(data) });
		Object.defineProperty(window, '__treatyMap', {
			configurable: true,
			get: () => w.__m,
			set: (m: { on: (e: string, f: () => void) => void; getCenter: () => { lng: number; lat: number } }) => {
				w.__m = m;
				const c = m.getCenter();
				centers.push([c.lng, c.lat]);
				m.on('move', () => {
					const c = m.getCenter();
					centers.push([c.lng, c.lat]);
				});
			}
		});
	});
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/step/iturup-airport/');
	await expectArrivedAt(page, 'iturup-airport');
	await expect(page.locator('[data-step-id="iturup-airport"]')).toBeInViewport();
	const target = (await mapFrame(page).getAttribute('data-target-center'))!.split(',').map(Number);
	const centers = await page.evaluate(() => (window as unknown as { __centers: [number, number][] }).__centers);
	expect(centers.length).toBeGreaterThan(0);
	// The camera starts at the step and never passes anywhere else (a fly-in from step one would).
	for (const [lon, lat] of centers) {
		expect(Math.abs(lon - target[0]!), 'the camera never flies in').toBeLessThan(0.01);
		expect(Math.abs(lat - target[1]!), 'the camera never flies in').toBeLessThan(0.01);
	}
	await expect(page).toHaveTitle(/airport/i);
	expect(new URL(page.url()).pathname).toBe('/step/iturup-airport/');

	// The share control's link, its share sheet and its snippet are for this step's page.
	await page.getByText('Share / embed').click();
	const link = page.getByLabel('Link to this step');
	await expect(link).toHaveValue(`${ORIGIN}/step/iturup-airport/`);
	await page.getByRole('button', { name: 'Copy' }).first().click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${ORIGIN}/step/iturup-airport/`);
	await page.getByRole('button', { name: 'Share…' }).click();
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { __shared: { url: string }[] }).__shared.map((d) => d.url)))
		.toEqual([`${ORIGIN}/step/iturup-airport/`]);
	// The embed code is the oEmbed file's, without the quoted link only WordPress needs.
	const oembed = (await (await page.request.get('/oembed/iturup-airport.json')).json()) as { html: string };
	const code = page.getByLabel('Embed: iframe and script (takes its content’s height)');
	await expect(code).toHaveValue(oembed.html.replace(/^<blockquote>.*<\/blockquote>\n/, ''));
	await expect(code).toHaveValue(new RegExp(`^<iframe src="${ORIGIN}/embed/iturup-airport/"`));
	await screenshot(page, 'step-page');
});

test.describe('a step’s page without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	for (const viewport of [
		{ width: 360, height: 640 },
		{ width: 1280, height: 800 }
	]) {
		test(`at ${viewport.width}×${viewport.height}, shows that step’s text and map on the first screen`, async ({ page }) => {
			await page.setViewportSize(viewport);
			await page.goto('/step/nagato/');
			const card = page.locator('[data-step-id="nagato"]');
			await expect(card.getByRole('heading', { level: 2 })).toBeInViewport();
			await expect(card.locator('p').first()).toBeInViewport();
			await expect(card.locator('img.static-map')).toBeInViewport();
			await expect(page).toHaveTitle(/Nagato/);
			// The rest of the story follows, whole.
			expect((await stepIds(page)).length).toBeGreaterThanOrEqual(12);
			await screenshot(page, `step-page-no-js-${viewport.width}`);
		});
	}
});
