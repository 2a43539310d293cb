// Embedding: a host page on another origin frames the map, drives it, hears it, and keeps its own scrolling.
import { test, expect, screenshot } from './fixtures';
import type { Frame, Page } from '@playwright/test';

const APP = 'http://127.0.0.1:4173';
const HOST = 'http://127.0.0.1:4174/host.html';

interface LogEntry {
	frame: string;
	data: { type: string; step?: string; index?: number; count?: number; center?: [number, number]; zoom?: number; names?: string; height?: number };
}

const log = (page: Page): Promise<LogEntry[]> => page.evaluate(() => (window as unknown as { hostLog: LogEntry[] }).hostLog);

async function frameOf(page: Page, selector: string): Promise<Frame> {
	await page.locator(selector).scrollIntoViewIfNeeded();
	const handle = await page.locator(selector).elementHandle();
	const frame = await handle!.contentFrame();
	await frame!.waitForSelector('[data-map-state="idle"]', { timeout: 30_000 });
	return frame!;
}

async function lastStep(page: Page, who: string): Promise<LogEntry['data'] | undefined> {
	return (await log(page)).filter((e) => e.frame === who && e.data.type === 'step').at(-1)?.data;
}

/** The step message after the camera has arrived: its centre is the camera's, near the step's target. */
async function expectArrived(page: Page, frame: Frame, who: string, stepId: string): Promise<void> {
	await expect(frame.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'idle', { timeout: 20_000 });
	const target = (await frame.locator('[data-map-state]').getAttribute('data-target-center'))!.split(',').map(Number);
	await expect
		.poll(async () => {
			const m = await lastStep(page, who);
			if (!m || m.step !== stepId || !m.center) return Infinity;
			return Math.hypot(m.center[0] - target[0]!, m.center[1] - target[1]!);
		}, { timeout: 20_000 })
		.toBeLessThan(0.05);
}

test('a plain iframe and an embed.js embed load, report ready and size themselves', async ({ page }) => {
	await page.goto(`${HOST}?app=${APP}&step=nagato&step2=danang`);
	await frameOf(page, '#plain');
	await frameOf(page, '#scripted iframe');
	await expect.poll(async () => (await log(page)).filter((e) => e.data.type === 'ready').map((e) => `${e.frame}:${e.data.step}`).sort()).toEqual([
		'plain:nagato',
		'scripted:danang'
	]);
	const ready = (await log(page)).find((e) => e.data.type === 'ready')!.data;
	expect(Object.keys(ready).sort()).toEqual(['count', 'source', 'step', 'type']);
	expect(ready.count).toBeGreaterThanOrEqual(12);

	// The embed.js frame takes the height its content asks for; the plain one keeps its own.
	const resize = (await log(page)).filter((e) => e.frame === 'scripted' && e.data.type === 'resize').at(-1)!.data;
	expect(resize.height).toBeGreaterThan(300);
	await expect.poll(async () => Math.round((await page.locator('#scripted iframe').boundingBox())!.height)).toBe(resize.height);
	const inner = await (await frameOf(page, '#scripted iframe')).evaluate(() => document.documentElement.scrollHeight);
	expect(Math.abs(inner - resize.height!)).toBeLessThanOrEqual(1);
	await page.locator('#scripted iframe').scrollIntoViewIfNeeded();
	await screenshot(page, 'embed-host-page');
});

test('the embed follows its host: goto, next, prev and names, and reports each step near its target', async ({ page }) => {
	await page.goto(`${HOST}?app=${APP}&step=nagato&step2=nagato`);
	const plain = await frameOf(page, '#plain');
	const ids = await plain.evaluate(async () => {
		const r = await fetch('/');
		const html = await r.text();
		return [...html.matchAll(/data-step-id="([a-z0-9-]+)"/g)].map((m) => m[1]!);
	});
	const at = ids.indexOf('nagato');
	await page.locator('#plain-next').click();
	await expect(plain.locator('.embed')).toHaveAttribute('data-step', ids[at + 1]!);
	await expectArrived(page, plain, 'plain', ids[at + 1]!);
	await page.locator('#plain-prev').click();
	await expect(plain.locator('.embed')).toHaveAttribute('data-step', 'nagato');
	await expectArrived(page, plain, 'plain', 'nagato');
	await page.locator('#plain-names-ru').click();
	await expect.poll(async () => (await lastStep(page, 'plain'))?.names).toBe('ru');

	const scripted = await frameOf(page, '#scripted iframe');
	await page.evaluate(() => (document.getElementById('scripted') as unknown as { treatyMap: { goto: (s: string) => void } }).treatyMap.goto('iturup-airport'));
	await expect(scripted.locator('.embed')).toHaveAttribute('data-step', 'iturup-airport');
	await expectArrived(page, scripted, 'scripted', 'iturup-airport');
	await page.locator('#scripted-next').click();
	await expect(scripted.locator('.embed')).toHaveAttribute('data-step', ids[ids.indexOf('iturup-airport') + 1]!);
	await page.locator('#scripted-names-ja').click();
	await expect.poll(async () => (await lastStep(page, 'scripted'))?.names).toBe('ja');
	await expect(scripted.locator('.embed-stepper')).not.toContainText('Iturup');
	const step = (await lastStep(page, 'scripted'))!;
	expect(Object.keys(step).sort()).toEqual(['center', 'count', 'index', 'names', 'source', 'step', 'type', 'zoom']);
	expect(step.names).toBe('ja');
	// The host-side API reports step changes as DOM events too.
	expect((await log(page)).some((e) => e.frame === 'event' && e.data.type === 'treaty-map:step')).toBe(true);
});

test('garbage and messages from a sibling frame are ignored without an error', async ({ page }) => {
	await page.goto(`${HOST}?app=${APP}&step=nagato&step2=danang`);
	const plain = await frameOf(page, '#plain');
	const scripted = await frameOf(page, '#scripted iframe');
	await page.locator('#plain-bogus').click();
	await page.evaluate(() => {
		const w = (document.getElementById('plain') as HTMLIFrameElement).contentWindow!;
		for (const junk of [null, 42, [], { source: 'treaty-map' }, { source: 'treaty-map', type: 'goto', step: 'no-such-step' }, { source: 'treaty-map', type: 'names', value: 'klingon' }, { source: 'treaty-map', type: 'eval', code: 'alert(1)' }])
			w.postMessage(junk, '*');
	});
	// A sibling frame (the other embed) tries to drive the plain one.
	await scripted.evaluate(() => {
		for (let i = 0; i < window.parent.frames.length; i++) {
			const f = window.parent.frames[i]!;
			if (f !== window) f.postMessage({ source: 'treaty-map', type: 'next' }, '*');
		}
	});
	await page.waitForTimeout(800);
	await expect(plain.locator('.embed')).toHaveAttribute('data-step', 'nagato');
	await expect(scripted.locator('.embed')).toHaveAttribute('data-step', 'danang');
	await expect(plain.locator('body')).not.toContainText('onerror');
});

test('the mouse wheel scrolls the host page past the embeds', async ({ page }) => {
	await page.goto(`${HOST}?app=${APP}&step=nagato`);
	await frameOf(page, '#plain');
	const box = (await page.locator('#plain').boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	const before = await page.evaluate(() => window.scrollY);
	for (let i = 0; i < 5; i++) await page.mouse.wheel(0, 200);
	await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 600);
});

test('keyboard works inside the frame', async ({ page }) => {
	await page.goto(`${APP}/embed?step=nagato`);
	await expect(page.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'idle', { timeout: 30_000 });
	const next = page.getByRole('button', { name: 'Next step' });
	await next.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('.embed')).not.toHaveAttribute('data-step', 'nagato');
	const now = await page.locator('.embed').getAttribute('data-step');
	await page.locator('body').click({ position: { x: 5, y: 5 } });
	await page.keyboard.press('ArrowLeft');
	await expect(page.locator('.embed')).not.toHaveAttribute('data-step', now!);
});

test('options from the URL: bad values fall back, nothing is rendered as HTML', async ({ page }) => {
	await page.goto(`${APP}/embed?step=%3Cimg%20src%3Dx%3E&names=zz&controls=maybe&interactive=%3Cb%3E`);
	await expect(page.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'idle', { timeout: 30_000 });
	await expect(page.locator('.embed-stepper')).toBeVisible();
	await expect(page.locator('.embed')).toHaveAttribute('data-step', /^[a-z0-9-]+$/);
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	await page.goto(`${APP}/embed?step=nagato&controls=0&names=ru`);
	await expect(page.locator('.embed-stepper')).toHaveCount(0);
	await expect(page.locator('.embed')).toHaveAttribute('data-step', 'nagato');
});

for (const [w, h] of [
	[300, 320],
	[320, 480],
	[800, 500]
] as const) {
	test.describe(`at ${w}×${h}`, () => {
		test.use({ viewport: { width: w, height: h } });
		test(`the embed fits and reads at ${w}×${h}`, async ({ page }) => {
			await page.goto(`${APP}/embed?step=four-islands`);
			await expect(page.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'idle', { timeout: 30_000 });
			// Nothing sticks out past the frame's right edge (the root may clip it, so each element is measured).
			const overflow = await page.evaluate(() => {
				const right = Math.max(document.body.scrollWidth, ...[...document.querySelectorAll('body *')].map((el) => el.getBoundingClientRect().right));
				return right - document.documentElement.clientWidth;
			});
			expect(overflow).toBeLessThanOrEqual(0.5);
			await expect(page.getByRole('link', { name: 'Full story' })).toBeInViewport({ ratio: 1 });
			await expect(page.getByRole('button', { name: 'Next step' })).toBeInViewport();
			await screenshot(page, `embed-${w}x${h}`);
		});
	});
}
