// Stepping: keyboard, buttons and scrolling move through the story; the URL and the map follow; Back leaves.
import { test, expect, expectMapOnTarget, mapFrame, screenshot, stepIds } from './fixtures';
import type { Page } from '@playwright/test';

const root = (page: Page) => page.locator('.explainer');

async function expectStep(page: Page, ids: string[], i: number): Promise<void> {
	await expect(root(page)).toHaveAttribute('data-step', ids[i]!);
	const expected = i === 0 ? '' : `?step=${ids[i]}`;
	await expect.poll(() => page.evaluate(() => window.location.search)).toBe(expected);
	await expect(page.locator(`[data-step-id="${ids[i]}"]`)).toBeInViewport();
	await expect(page.getByText(`Step ${i + 1} of ${ids.length}`, { exact: true }).last()).toBeVisible();
}

/** Walking every step waits for the map to settle at each: software WebGL makes that seconds, not frames. */
const WALK_TIMEOUT_MS = 300_000;

test('steps through the story with the keyboard', async ({ page }) => {
	test.setTimeout(WALK_TIMEOUT_MS);
	await page.goto('/');
	const ids = await stepIds(page);
	await expectMapOnTarget(page);
	for (let i = 1; i < ids.length; i++) {
		await page.keyboard.press(i % 2 ? 'ArrowDown' : 'PageDown');
		await expectStep(page, ids, i);
		await expectMapOnTarget(page);
	}
	await page.keyboard.press('Home');
	await expectStep(page, ids, 0);
	await page.keyboard.press('End');
	await expectStep(page, ids, ids.length - 1);
	await page.keyboard.press('ArrowUp');
	await expectStep(page, ids, ids.length - 2);
});

test('steps through the story with the buttons', async ({ page }) => {
	test.setTimeout(WALK_TIMEOUT_MS);
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	const ids = await stepIds(page);
	const next = page.getByRole('button', { name: 'Next step' });
	const prev = page.getByRole('button', { name: 'Previous step' });
	await expect(prev).toBeDisabled();
	// The buttons work once the page has hydrated, which now waits for the first paint; the map starting shows it has.
	await expect(mapFrame(page)).toHaveAttribute('data-map-state', /moving|idle/);
	for (let i = 1; i < ids.length; i++) {
		await next.click();
		await expectStep(page, ids, i);
		await expectMapOnTarget(page);
		if (i % 4 === 0) await screenshot(page, `desktop-step-${String(i + 1).padStart(2, '0')}-${ids[i]}`);
	}
	await expect(next).toBeDisabled();
	await prev.click();
	await expectStep(page, ids, ids.length - 2);
});

test('keys typed into a form control are not stolen', async ({ page }) => {
	await page.goto('/');
	const ids = await stepIds(page);
	await page.getByRole('checkbox', { name: 'Animate the map' }).focus();
	await page.keyboard.press('ArrowDown');
	await page.waitForTimeout(300);
	await expect(root(page)).toHaveAttribute('data-step', ids[0]!);
});

test('scrolling activates steps in order, down and back up', async ({ page }) => {
	test.setTimeout(WALK_TIMEOUT_MS);
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	const ids = await stepIds(page);
	const seen: string[] = [];
	const record = async (): Promise<void> => {
		const id = (await root(page).getAttribute('data-step')) ?? '';
		if (seen.at(-1) !== id) seen.push(id);
	};
	for (let n = 0; n < 200 && seen.at(-1) !== ids.at(-1); n++) {
		await page.mouse.wheel(0, 180);
		await page.waitForTimeout(40);
		await record();
	}
	expect(seen).toEqual(ids);
	const down = seen.length;
	for (let n = 0; n < 200 && seen.at(-1) !== ids[0]; n++) {
		await page.mouse.wheel(0, -180);
		await page.waitForTimeout(40);
		await record();
	}
	expect(seen.slice(down - 1)).toEqual([...ids].reverse());
	await expect.poll(() => page.evaluate(() => window.location.search)).toBe('');
	await expectMapOnTarget(page);
});

test('Back leaves the story instead of walking back through its steps', async ({ page }) => {
	await page.goto('/');
	const start = await page.evaluate(() => history.length);
	await page.goto('/?step=nagato');
	await expectMapOnTarget(page);
	const afterLoad = await page.evaluate(() => history.length);
	expect(afterLoad).toBe(start + 1);
	for (let i = 0; i < 4; i++) {
		await page.keyboard.press('ArrowDown');
		await expect(mapFrame(page)).toHaveAttribute('data-map-state', /moving|idle/);
	}
	await expect.poll(() => page.evaluate(() => window.location.search)).not.toBe('?step=nagato');
	expect(await page.evaluate(() => history.length)).toBe(afterLoad);
	await page.goBack();
	// Back loads the page before the deep link: read the URL from outside, which a navigation cannot interrupt.
	await expect(page).toHaveURL((url) => url.pathname === '/' && url.search === '');
});

test('a deep link opens at its step with the map already there, no fly-in', async ({ page }) => {
	// Record every camera position from the map's creation on.
	await page.addInitScript(() => {
		const centers: [number, number][] = [];
		const w = window as unknown as { __centers: [number, number][]; __m?: unknown };
		w.__centers = centers;
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
	await page.goto('/?step=iturup-airport');
	await expect(root(page)).toHaveAttribute('data-step', 'iturup-airport');
	await expect(page.locator('[data-step-id="iturup-airport"]')).toBeInViewport();
	await expectMapOnTarget(page);
	const target = (await mapFrame(page).getAttribute('data-target-center'))!.split(',').map(Number);
	const centers = await page.evaluate(() => (window as unknown as { __centers: [number, number][] }).__centers);
	expect(centers.length).toBeGreaterThan(0);
	// The camera starts at the step and never passes anywhere else (a fly-in from step one would).
	for (const [lon, lat] of centers) {
		expect(Math.abs(lon - target[0]!), 'the camera never flies in').toBeLessThan(0.01);
		expect(Math.abs(lat - target[1]!), 'the camera never flies in').toBeLessThan(0.01);
	}
	await expect(page).toHaveTitle(/Iturup|airport/i);
});

test('an unknown or malformed step falls back to the first step without an error', async ({ page }) => {
	for (const bad of ['no-such-step', '%3Cscript%3E', '', '1e9']) {
		await page.goto(`/?step=${bad}`);
		const ids = await stepIds(page);
		await expect(root(page)).toHaveAttribute('data-step', ids[0]!);
		await expect.poll(() => page.evaluate(() => window.location.search)).toBe('');
	}
	await expectMapOnTarget(page);
});

test('reduced motion: the OS setting turns animation off, the toggle turns it back on', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	const ids = await stepIds(page);
	const toggle = page.getByRole('checkbox', { name: 'Animate the map' });
	await expect(toggle).not.toBeChecked();
	await expectMapOnTarget(page);
	// A jump lands at once: the map is on the next target before any flight could have finished.
	await page.keyboard.press('ArrowDown');
	await expectStep(page, ids, 1);
	await expectMapOnTarget(page);
	await toggle.check();
	await expect(toggle).toBeChecked();
	await page.locator('body').focus();
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
	await page.keyboard.press('ArrowDown');
	await expect(mapFrame(page)).toHaveAttribute('data-map-state', 'moving');
	await expectMapOnTarget(page);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('the map sits above the text and never covers the step being read', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/');
		const ids = await stepIds(page);
		await expectMapOnTarget(page);
		await screenshot(page, 'phone-step-01');
		for (const i of [2, 3, 8]) {
			await page.goto(`/?step=${ids[i]}`);
			await expectStep(page, ids, i);
			await expectMapOnTarget(page);
			const map = (await page.locator('.map-column').boundingBox())!;
			const card = (await page.locator(`[data-step-id="${ids[i]}"]`).boundingBox())!;
			expect(map.y).toBeCloseTo(0, 0);
			expect(card.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
			await screenshot(page, `phone-step-${String(i + 1).padStart(2, '0')}-${ids[i]}`);
		}
		await page.getByRole('button', { name: 'Next step' }).click();
		const card = (await page.locator(`[data-step-id="${ids[9]}"]`).boundingBox())!;
		const map = (await page.locator('.map-column').boundingBox())!;
		expect(card.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
	});
});
