// Embedding: a host page on another origin frames the map, drives it, hears it, and keeps its own scrolling.
import type { Frame, Page } from '@playwright/test';
import { HOST_PORT, PREVIEW_PORT } from '../playwright.config';
import { test, expect, expectActiveStep, expectArrivedAt, expectMapState, MAP_SETTLE_MS, screenshot, storyRoot } from './fixtures';

const APP = `http://127.0.0.1:${PREVIEW_PORT}`;
const HOST = `http://127.0.0.1:${HOST_PORT}/host.html`;

interface Message {
	type: string;
	step?: string;
	index?: number;
	count?: number;
	center?: [number, number];
	zoom?: number;
	names?: string;
	height?: number;
}
interface LogEntry {
	frame: string;
	data: Message;
}

const log = (page: Page): Promise<LogEntry[]> => page.evaluate(() => (window as unknown as { hostLog: LogEntry[] }).hostLog);

/** Waits until the host page has heard a message from `frame` that matches every field of `like`, and returns it. */
async function expectHeard(page: Page, frame: string, like: Partial<Message>): Promise<Message> {
	const found = await page.waitForFunction(
		([who, want]) =>
			(window as unknown as { hostLog: LogEntry[] }).hostLog.find(
				(e) => e.frame === who && Object.entries(want).every(([k, v]) => (e.data as unknown as Record<string, unknown>)[k] === v)
			)?.data,
		[frame, like] as const,
		{ timeout: MAP_SETTLE_MS }
	);
	return (await found.jsonValue()) as Message;
}

/** The frame inside the host's element `selector`, once its map is idle. */
async function frameOf(page: Page, selector: string): Promise<Frame> {
	await page.locator(selector).scrollIntoViewIfNeeded();
	const frame = await (await page.locator(selector).elementHandle())!.contentFrame();
	await expectMapState(frame!, 'idle');
	return frame!;
}

/** The frame shows `step` with its camera there, and the host has heard a step message for it from that camera. */
async function expectFrameArrived(page: Page, frame: Frame, who: string, step: string): Promise<void> {
	await expectArrivedAt(frame, step);
	const center = (await frame.locator('[data-map-state]').getAttribute('data-center'))!.split(',').map(Number);
	await page.waitForFunction(
		([w, s, c]) =>
			(window as unknown as { hostLog: LogEntry[] }).hostLog.some(
				(e) => e.frame === w && e.data.type === 'step' && e.data.step === s && Math.hypot(e.data.center![0] - c[0]!, e.data.center![1] - c[1]!) < 0.001
			),
		[who, step, center] as const,
		{ timeout: MAP_SETTLE_MS }
	);
}

test('a plain iframe and the embed.js embeds load, report ready and size themselves', async ({ page }) => {
	await page.goto(`${HOST}?app=${APP}&step=nagato&step2=danang`);
	await frameOf(page, '#plain');
	const scripted = await frameOf(page, '#scripted iframe');
	const ready = await expectHeard(page, 'plain', { type: 'ready' });
	expect(ready.step).toBe('nagato');
	expect(Object.keys(ready).sort()).toEqual(['count', 'source', 'step', 'type']);
	expect(ready.count).toBeGreaterThanOrEqual(12);
	expect((await expectHeard(page, 'scripted', { type: 'ready' })).step).toBe('danang');

	// The embed.js frame takes the height its content asks for; the plain one keeps its own.
	await expectHeard(page, 'scripted', { type: 'resize' });
	const resize = (await log(page)).filter((e) => e.frame === 'scripted' && e.data.type === 'resize').at(-1)!.data;
	expect(resize.height).toBeGreaterThan(300);
	await expect.poll(async () => Math.round((await page.locator('#scripted iframe').boundingBox())!.height)).toBe(resize.height);
	const inner = await scripted.evaluate(() => document.documentElement.scrollHeight);
	expect(Math.abs(inner - resize.height!)).toBeLessThanOrEqual(1);
	expect(Math.round((await page.locator('#plain').boundingBox())!.height)).toBe(480);
	// The plain iframe used the older address, /embed?step=: it is now on the step's own embed page.
	expect(new URL((await frameOf(page, '#plain')).url()).pathname).toBe('/embed/nagato/');
	// A host that starts listening late says hello: the frame says ready, its step and its height again.
	const heard = (type: string): Promise<number> => log(page).then((l) => l.filter((e) => e.frame === 'plain' && e.data.type === type).length);
	const [readies, resizes] = [await heard('ready'), await heard('resize')];
	await page.evaluate(
		(origin) => (document.getElementById('plain') as HTMLIFrameElement).contentWindow!.postMessage({ source: 'treaty-map', type: 'hello' }, origin),
		APP
	);
	await expect.poll(() => heard('ready')).toBe(readies + 1);
	await expect.poll(() => heard('resize')).toBe(resizes + 1);
	await page.locator('#scripted iframe').scrollIntoViewIfNeeded();
	await screenshot(page, 'embed-host-page');

	// The share snippet: embed.js upgrades its iframe where it stands (the frame may have spoken before embed.js
	// listened: it is asked again), sizes it, and hides the quoted link that stands in for it where scripts are removed.
	const snippet = await frameOf(page, '#snippet');
	expect(new URL(snippet.url()).pathname).toBe('/embed/nagato/');
	await expect(page.locator('#snippet-quote')).toBeHidden();
	await expectHeard(page, 'snippet', { type: 'ready', step: 'nagato' });
	await expectHeard(page, 'snippet', { type: 'resize' });
	const snippetHeight = (await log(page)).filter((e) => e.frame === 'snippet' && e.data.type === 'resize').at(-1)!.data.height;
	await expect.poll(async () => Math.round((await page.locator('#snippet').boundingBox())!.height)).toBe(snippetHeight);
	await page.evaluate(() => (document.getElementById('snippet') as unknown as { treatyMap: { goto: (s: string) => void } }).treatyMap.goto('danang'));
	await expectActiveStep(snippet, 'danang');

	// The mouse wheel over an embed scrolls the host page past it: the frame never traps the reader's scrolling.
	await page.locator('#plain').scrollIntoViewIfNeeded();
	const box = (await page.locator('#plain').boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	const before = await page.evaluate(() => window.scrollY);
	for (let i = 0; i < 5; i++) await page.mouse.wheel(0, 200);
	await page.waitForFunction((y) => window.scrollY > y + 600, before);
});

test('the embed follows its host: goto, next, prev and names, and reports each step from where its camera is', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(`${HOST}?app=${APP}&step=nagato&step2=nagato`);
	const plain = await frameOf(page, '#plain');
	const ids = await plain.evaluate(async () => {
		const html = await (await fetch('/')).text();
		return [...html.matchAll(/data-step-id="([a-z0-9-]+)"/g)].map((m) => m[1]!);
	});
	const at = ids.indexOf('nagato');
	await page.locator('#plain-next').click();
	await expectFrameArrived(page, plain, 'plain', ids[at + 1]!);
	await page.locator('#plain-prev').click();
	await expectFrameArrived(page, plain, 'plain', 'nagato');
	await page.locator('#plain-names-ru').click();
	await expectHeard(page, 'plain', { type: 'step', step: 'nagato', names: 'ru' });

	const scripted = await frameOf(page, '#scripted iframe');
	await page.evaluate(() => (document.getElementById('scripted') as unknown as { treatyMap: { goto: (s: string) => void } }).treatyMap.goto('iturup-airport'));
	await expectFrameArrived(page, scripted, 'scripted', 'iturup-airport');
	await page.locator('#scripted-next').click();
	await expectActiveStep(scripted, ids[ids.indexOf('iturup-airport') + 1]!);
	await page.locator('#scripted-names-ja').click();
	const step = await expectHeard(page, 'scripted', { type: 'step', names: 'ja' });
	await expect(scripted.locator('.embed-stepper')).not.toContainText('Iturup');
	expect(Object.keys(step).sort()).toEqual(['center', 'count', 'index', 'names', 'source', 'step', 'type', 'zoom']);
	// The host-side API reports step changes as DOM events too.
	await expectHeard(page, 'event', { type: 'treaty-map:step' });
});

test('garbage and messages from a sibling frame are ignored without an error', async ({ page }) => {
	await page.goto(`${HOST}?app=${APP}&step=nagato&step2=danang`);
	const plain = await frameOf(page, '#plain');
	const scripted = await frameOf(page, '#scripted iframe');
	// The plain frame's own record of what reached it (the app's listener was there first, so it has seen each one too).
	await plain.evaluate(() => {
		const got: unknown[] = [];
		(window as unknown as { __got: unknown[] }).__got = got;
		window.addEventListener('message', (e) => got.push(e.data));
	});
	await page.locator('#plain-bogus').click();
	await page.evaluate(() => {
		const w = (document.getElementById('plain') as HTMLIFrameElement).contentWindow!;
		for (const junk of [
			null,
			42,
			[],
			{ source: 'treaty-map' },
			{ source: 'treaty-map', type: 'goto', step: 'no-such-step' },
			{ source: 'treaty-map', type: 'names', value: 'klingon' },
			{ source: 'treaty-map', type: 'eval', code: 'alert(1)' }
		])
			w.postMessage(junk, '*');
	});
	// A sibling frame (the other embed) tries to drive the plain one.
	await scripted.evaluate(() => {
		for (let i = 0; i < window.parent.frames.length; i++) {
			const f = window.parent.frames[i]!;
			if (f !== window) f.postMessage({ source: 'treaty-map', type: 'next', from: 'sibling' }, '*');
		}
	});
	await plain.waitForFunction(() => {
		const got = (window as unknown as { __got: { from?: string; type?: string }[] }).__got;
		return got.length >= 10 && got.some((m) => m && m.from === 'sibling');
	});
	// Then one real command from the host: once its effect shows, everything sent before it has been dealt with.
	await page.locator('#plain-names-ru').click();
	await expectHeard(page, 'plain', { type: 'step', names: 'ru' });
	await expectActiveStep(plain, 'nagato');
	await expectActiveStep(scripted, 'danang');
	await expect(plain.locator('body')).not.toContainText('onerror');
	expect((await log(page)).filter((e) => e.frame === 'plain' && e.data.type === 'step').every((e) => e.data.step === 'nagato')).toBe(true);
});

test('options from the URL: bad values fall back, nothing is rendered as HTML; the keyboard steps inside the frame', async ({ page }) => {
	await page.goto(`${APP}/embed?step=%3Cimg%20src%3Dx%3E&names=zz&controls=maybe&interactive=%3Cb%3E`);
	await expectMapState(page, 'idle');
	await expect(page.locator('.embed-stepper')).toBeVisible();
	const first = await storyRoot(page).getAttribute('data-step');
	expect(first).toMatch(/^[a-z0-9-]+$/);
	await expect(page.locator('img[src="x"]')).toHaveCount(0);

	// Keys: Enter on the focused Next link (it steps in place), then an arrow key on the page.
	await page.getByRole('link', { name: 'Next step' }).focus();
	await page.keyboard.press('Enter');
	await expect(storyRoot(page)).not.toHaveAttribute('data-step', first!);
	await page.locator('body').click({ position: { x: 5, y: 5 } });
	await page.keyboard.press('ArrowLeft');
	await expectActiveStep(page, first!);
	// The embed never writes its address: it is still the page the frame opened (a static host may serve /embed as is).
	expect(new URL(page.url()).pathname).toMatch(/^\/embed\/?$/);

	await page.goto(`${APP}/embed?step=nagato&controls=0&names=ru`);
	await expectActiveStep(page, 'nagato');
	await expect(page.locator('.embed-stepper')).toHaveCount(0);
});

test('the embed fits and reads in small and wide frames', async ({ page }) => {
	await page.setViewportSize({ width: 300, height: 320 });
	await page.goto(`${APP}/embed?step=four-islands`);
	await expectMapState(page, 'idle');
	for (const [w, h] of [
		[300, 320],
		[320, 480],
		[800, 500]
	] as const) {
		await page.setViewportSize({ width: w, height: h });
		// Nothing sticks out past the frame's right edge (the root may clip it, so each element is measured).
		const overflow = await page.evaluate(() => {
			const right = Math.max(document.body.scrollWidth, ...[...document.querySelectorAll('body *')].map((el) => el.getBoundingClientRect().right));
			return right - document.documentElement.clientWidth;
		});
		expect(overflow, `${w}×${h}`).toBeLessThanOrEqual(0.5);
		await expect(page.getByRole('link', { name: 'Full story' })).toBeInViewport({ ratio: 1 });
		await expect(page.getByRole('link', { name: 'Next step' })).toBeInViewport();
		await expectMapState(page, 'idle');
		await screenshot(page, `embed-${w}x${h}`);
	}
});
