// Embeds where newsrooms publish. WordPress keeps an oEmbed's blockquote and iframe, drops the script, frames the
// iframe with sandbox="allow-scripts" (an opaque origin) and #?secret=, and sizes it from the frame's height messages;
// other CMSs remove the script and frame what is left the same way. Each journey runs against the same build served
// with its _headers file (the CORS headers: the live map starts) and without it (the frame stays on its prerendered
// pages), by tests/appServer.mjs. The host pages are on another origin (tests/fixtures/article.html).
import { readFileSync } from 'node:fs';
import type { APIRequestContext, Frame, Locator, Page } from '@playwright/test';
import { HEADERS_PORT, HOST_PORT, PLAIN_PORT, PREVIEW_PORT } from '../playwright.config';
import { test, expect, expectActiveStep, expectArrivedAt, expectImageLoaded, mapFrame, MAP_SETTLE_MS, storyRoot, type Guard } from './fixtures';
import { filterOembedResult } from './wordpress/oembedFilter';

/** The build's public origin (PUBLIC_SITE_URL): the oEmbed files' URLs point here. */
const PREVIEW = `http://127.0.0.1:${PREVIEW_PORT}`;
const WITH_HEADERS = `http://127.0.0.1:${HEADERS_PORT}`;
const WITHOUT_HEADERS = `http://127.0.0.1:${PLAIN_PORT}`;
const HOST = `http://127.0.0.1:${HOST_PORT}`;
/** What wp_generate_password(10, false) gives. */
const SECRET = 'Wp7sEcret0';
const STEP = 'nagato';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1024, height: 900 };

type Host = 'wordpress' | 'stripped';

interface HostMessage {
	origin: string;
	data: { message?: string; value?: unknown; secret?: string; source?: string; type?: string };
}

/**
 * The article with the embed as `host` leaves it: WordPress's filtered oEmbed html and its host script, or the share
 * snippet without its script, sandboxed as WordPress sandboxes (a CMS that frames embeds the same way). The build's
 * URLs are moved to `app`, the same files served with or without the headers.
 */
async function openArticle(page: Page, request: APIRequestContext, host: Host, app: string): Promise<Locator> {
	const oembed = (await (await request.get(`/oembed/${STEP}.json`)).json()) as { html: string };
	const html = oembed.html.split(PREVIEW).join(app);
	let embed: string;
	if (host === 'wordpress') {
		const filtered = filterOembedResult(html, SECRET);
		expect(filtered, 'WordPress keeps the embed').not.toBe(false);
		embed = filtered as string;
	} else {
		embed = /<iframe[\s\S]*?<\/iframe>/.exec(html)![0].replace('<iframe', '<iframe sandbox="allow-scripts"');
	}
	const article = readFileSync('tests/fixtures/article.html', 'utf8')
		.replace('<!-- EMBED -->', embed)
		.replace('<!-- HOST SCRIPT -->', host === 'wordpress' ? '<script src="/wp-embed-host.js"></script>' : '');
	// Served by the host's own server, as a publisher's page is (tests/hostServer.mjs).
	const url = `${HOST}/pages/${host}-${app === WITH_HEADERS ? 'headers' : 'plain'}.html`;
	expect((await request.put(url, { data: article, headers: { 'content-type': 'text/html' } })).status()).toBe(204);
	await page.goto(url);
	return page.locator('#embed iframe');
}

async function frameOf(iframe: Locator): Promise<Frame> {
	const frame = await (await iframe.elementHandle())!.contentFrame();
	expect(frame).not.toBeNull();
	return frame!;
}

const hostLog = (page: Page): Promise<HostMessage[]> => page.evaluate(() => (window as unknown as { hostLog: HostMessage[] }).hostLog);

/** The frame shows `step` on its map: the live one (with the headers), or the step's static map (without). */
async function expectShowsStep(frame: Frame, step: string, live: boolean): Promise<void> {
	if (live) {
		await expect(frame.locator('html')).toHaveAttribute('data-embed-app', 'live', { timeout: MAP_SETTLE_MS });
		await expectArrivedAt(frame, step);
	} else {
		await expect(frame.locator('html')).toHaveAttribute('data-embed-app', 'static', { timeout: MAP_SETTLE_MS });
		await expectActiveStep(frame, step);
		const img = frame.locator('img.frame-static');
		await expect(img).toHaveAttribute('src', `/static-maps/steps/${step}.svg`);
		await expectImageLoaded(img);
		await expect(mapFrame(frame)).toHaveAttribute('data-map-state', 'loading');
	}
	await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
}

/** WordPress's host script has set the iframe's height to what the frame's content needs (clamped to 200–1000 px). */
async function expectSizedToContent(iframe: Locator, frame: Frame): Promise<void> {
	await expect
		.poll(
			async () => {
				const natural = await frame.evaluate(() => window.__treatyMapFrame?.height() ?? 0);
				return Number(await iframe.getAttribute('height')) - Math.min(1000, Math.max(200, natural));
			},
			{ timeout: MAP_SETTLE_MS }
		)
		.toBe(0);
	// Shown (WordPress removes the style that hid it), and its content fits it exactly: nothing cut off, nothing to scroll.
	await expect(iframe).not.toHaveAttribute('style');
	const [inner, outer] = await frame.evaluate(() => [document.documentElement.scrollHeight, window.innerHeight]);
	expect(inner).toBe(outer);
}

/** Where nothing sizes the frame, its content fits its fixed height: the stepper and its links are inside it. */
async function expectFitsFrame(frame: Frame): Promise<void> {
	await expect(frame.getByRole('link', { name: 'Full story' })).toBeInViewport({ ratio: 1 });
	await expect(frame.getByRole('link', { name: 'Next step' })).toBeInViewport({ ratio: 1 });
	const overflow = await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBe(0);
}

async function shoot(page: Page, name: string): Promise<void> {
	await page.locator('#embed').screenshot({ path: `test-results/screens/${name}.png` });
}

/** Without the headers the browser refuses the app's modules and says so in its console: that, and only that. */
function allowRefusedModules(guard: Guard, app: string): void {
	const escaped = app.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	guard.allowErrors(new RegExp(`^Access to script at '${escaped}/_app/immutable/[^']+' from origin 'null' has been blocked by CORS policy`));
	guard.allowErrors(/^Failed to load resource: net::ERR_FAILED$/);
}

for (const live of [true, false]) {
	const app = live ? WITH_HEADERS : WITHOUT_HEADERS;
	const headers = live ? 'with the CORS headers' : 'without the CORS headers';

	test(`in WordPress, ${headers}: the sandboxed frame shows its step, steps, takes its content’s height and sends the full story out`, async ({
		page,
		request,
		guard
	}) => {
		if (!live) allowRefusedModules(guard, app);
		await page.setViewportSize(DESKTOP);
		const iframe = await openArticle(page, request, 'wordpress', app);
		await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts');
		const frame = await frameOf(iframe);
		await expectShowsStep(frame, STEP, live);
		await expectSizedToContent(iframe, frame);
		await expect(page.locator('blockquote.wp-embedded-content')).toBeHidden();
		// Everything the frame says comes from an opaque origin, and its WordPress messages carry the secret.
		const log = await hostLog(page);
		expect(log.length).toBeGreaterThan(0);
		expect(log.every((m) => m.origin === 'null')).toBe(true);
		expect(log.filter((m) => m.data.message === 'height').every((m) => m.data.secret === SECRET)).toBe(true);
		await shoot(page, `sandbox-wordpress-${live ? 'cors' : 'no-cors'}-${DESKTOP.width}`);

		// The stepper: in place with the app; without it, the next step's own embed page, keeping the secret.
		const next = (await frame.getByRole('link', { name: 'Next step' }).getAttribute('href'))!.split('/')[2]!;
		const heightsBefore = (await hostLog(page)).filter((m) => m.data.message === 'height').length;
		await frame.getByRole('link', { name: 'Next step' }).click();
		await expectShowsStep(frame, next, live);
		expect(new URL(frame.url()).pathname).toBe(live ? `/embed/${STEP}/` : `/embed/${next}/`);
		expect(new URL(frame.url()).hash).toBe(`#?secret=${SECRET}`);
		if (!live) await expect.poll(async () => (await hostLog(page)).filter((m) => m.data.message === 'height').length).toBeGreaterThan(heightsBefore);
		await expectSizedToContent(iframe, frame);

		// A phone: the column narrows, the map's natural height with it, and the frame follows.
		const desktopHeight = Number(await iframe.getAttribute('height'));
		await page.setViewportSize(PHONE);
		await expect.poll(async () => Number(await iframe.getAttribute('height'))).not.toBe(desktopHeight);
		await expectSizedToContent(iframe, frame);
		await iframe.scrollIntoViewIfNeeded();
		await shoot(page, `sandbox-wordpress-${live ? 'cors' : 'no-cors'}-${PHONE.width}`);

		// The full story: a link message, which WordPress follows in the top window (the iframe has focus, same host).
		await page.route(`${app}/step/**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>The story</title>' }));
		await frame.getByRole('link', { name: 'Full story' }).click();
		await page.waitForURL(`${app}/step/${next}/`);
	});

	test(`a snippet whose script a CMS removed, sandboxed, ${headers}: the frame shows its step in its fixed height and steps`, async ({
		page,
		request,
		guard
	}) => {
		if (!live) allowRefusedModules(guard, app);
		// The sandbox lets the frame neither leave the page nor open a tab: the browser says so when the reader tries.
		guard.allowErrors(/^Unsafe attempt to initiate navigation for frame with origin '[^']+' from frame with URL '[^']+\/embed\//);
		guard.allowErrors(/^Blocked opening '[^']+\/step\/[^']+' in a new window because the request was made in a sandboxed frame/);
		await page.setViewportSize(DESKTOP);
		const iframe = await openArticle(page, request, 'stripped', app);
		await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts');
		const frame = await frameOf(iframe);
		await expectShowsStep(frame, STEP, live);
		// Nothing sizes it: it keeps the snippet's height, and the map gives way so that the stepper fits.
		expect(await iframe.getAttribute('height')).toBe('560');
		await expectFitsFrame(frame);
		await shoot(page, `sandbox-stripped-${live ? 'cors' : 'no-cors'}-${DESKTOP.width}`);

		const next = (await frame.getByRole('link', { name: 'Next step' }).getAttribute('href'))!.split('/')[2]!;
		await frame.getByRole('link', { name: 'Next step' }).click();
		await expectShowsStep(frame, next, live);
		await frame.getByRole('link', { name: 'Previous step' }).click();
		await expectShowsStep(frame, STEP, live);

		await page.setViewportSize(PHONE);
		await expectFitsFrame(frame);
		await shoot(page, `sandbox-stripped-${live ? 'cors' : 'no-cors'}-${PHONE.width}`);
		// The key folds into a button on a small map; it opens with or without the app.
		const key = frame.getByRole('button', { name: 'Key' });
		await key.click();
		await expect(key).toHaveAttribute('aria-expanded', 'true');
		await expect(frame.locator(`[id="${await key.getAttribute('aria-controls')}"]`)).toBeVisible();
		await shoot(page, `sandbox-stripped-${live ? 'cors' : 'no-cors'}-${PHONE.width}-key`);
		await key.click();
		await expect(key).toHaveAttribute('aria-expanded', 'false');

		// Neither the top window nor a new tab: the link's address is selected, to copy, and the frame says why.
		await frame.getByRole('link', { name: 'Full story' }).click();
		await expect(frame.getByRole('status')).toHaveText('This page does not let the embed open links: copy the address to read the full story.');
		const address = (await frame.locator('[data-embed-address]').textContent())!;
		expect(address).toMatch(/\/step\/nagato\/$/);
		expect(await frame.evaluate(() => getSelection()?.toString())).toBe(address);
		await shoot(page, `sandbox-stripped-${live ? 'cors' : 'no-cors'}-${PHONE.width}-link-blocked`);
		expect(new URL(page.url()).origin).toBe(HOST);
		await expect(storyRoot(frame)).toHaveAttribute('data-step', STEP);
	});
}

test('the full story opened where its origin is opaque (a tab that keeps the embed’s sandbox) starts, and switches names without storage', async ({
	page,
	request
}) => {
	// A sandboxed tab is what allow-popups without allow-popups-to-escape-sandbox opens; a sandboxed frame of the
	// page has the same opaque origin. (The host that sends the build's _headers lets any origin load the app's modules,
	// and its step pages send no frame-ancestors: the app starts.)
	const url = `${HOST}/pages/story-sandboxed.html`;
	const body = `<!doctype html><title>Opaque</title><link rel="icon" href="data:,"><iframe sandbox="allow-scripts" src="${WITH_HEADERS}/step/${STEP}/" style="width:1000px;height:700px;border:0"></iframe>`;
	expect((await request.put(url, { data: body, headers: { 'content-type': 'text/html' } })).status()).toBe(204);
	await page.setViewportSize({ width: 1040, height: 740 });
	await page.goto(url);
	const frame = await frameOf(page.locator('iframe'));
	expect(await frame.evaluate(() => self.origin)).toBe('null');
	await expectArrivedAt(frame, STEP);
	await frame.getByRole('radio', { name: 'Japanese' }).check();
	await expect(frame.getByRole('radio', { name: 'Japanese' })).toBeChecked();
	await expect(frame.locator('[data-step-id="nagato"]')).not.toContainText('Kunashir /');
});

test.describe('an embed page with scripts off altogether', () => {
	test.use({ javaScriptEnabled: false });

	test('opens on its step with its static map, and steps by links to the other steps’ pages', async ({ page }) => {
		await page.setViewportSize({ width: 640, height: 560 });
		await page.goto(`/embed/${STEP}/`);
		await expect(storyRoot(page)).toHaveAttribute('data-step', STEP);
		await expectImageLoaded(page.locator('img.frame-static'));
		// A button that needs a script to open anything is not offered.
		await expect(page.getByRole('button', { name: 'Key' })).toBeHidden();
		await expect(page.getByRole('link', { name: 'Full story' })).toBeInViewport({ ratio: 1 });
		const next = (await page.getByRole('link', { name: 'Next step' }).getAttribute('href'))!;
		await page.getByRole('link', { name: 'Next step' }).click();
		await expect(page).toHaveURL((url) => url.pathname === next);
		await expect(storyRoot(page)).toHaveAttribute('data-step', next.split('/')[2]!);
		await page.getByRole('link', { name: 'Previous step' }).click();
		await expect(page).toHaveURL((url) => url.pathname === `/embed/${STEP}/`);
	});
});
