// Shared browser-test fixtures: every test fails if a request leaves the machine or the page logs an error.
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export interface Guard {
	/** Requests to anything but this machine (must stay empty). */
	external: string[];
	/** Console errors and uncaught exceptions (must stay empty unless a test expects some). */
	errors: string[];
	/** Call when a test provokes errors on purpose. */
	allowErrors: (pattern: RegExp) => void;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export const test = base.extend<{ guard: Guard }>({
	guard: [
		async ({ page }, use) => {
			const external: string[] = [];
			const errors: string[] = [];
			const allowed: RegExp[] = [];
			page.on('request', (r) => {
				const url = new URL(r.url());
				if (url.protocol === 'data:' || url.protocol === 'blob:') return;
				if (!LOCAL_HOSTS.has(url.hostname)) external.push(r.url());
			});
			page.on('console', (m) => {
				if (m.type() === 'error') errors.push(m.text());
			});
			page.on('pageerror', (e) => errors.push(e.message));
			await use({ external, errors, allowErrors: (p) => allowed.push(p) });
			expect(external, 'no request may leave the machine').toEqual([]);
			expect(errors.filter((e) => !allowed.some((p) => p.test(e))), 'no console errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Step ids in document order, as the prerendered page lists them. */
export async function stepIds(page: Page): Promise<string[]> {
	return page.locator('[data-step-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step-id') ?? ''));
}

export const mapFrame = (page: Page) => page.locator('[data-map-state]');

/** Waits until the map has settled on the active step's target: idle, centre within `tolerancePx` of the target. */
export async function expectMapOnTarget(page: Page, tolerancePx = 6): Promise<void> {
	await expect(mapFrame(page)).toHaveAttribute('data-map-state', 'idle', { timeout: 20_000 });
	await expect
		.poll(
			async () =>
				page.evaluate(() => {
					const map = window.__treatyMap;
					const frame = document.querySelector('[data-map-state]');
					if (!map || !frame) return Infinity;
					const [lon, lat] = (frame.getAttribute('data-target-center') ?? '').split(',').map(Number);
					// Distance on screen between where the camera looks and where the step aims, at the current zoom.
					const c = map.getCenter();
					const a = map.project([c.lng, c.lat]);
					const b = map.project([lon!, lat!]);
					return Math.hypot(a.x - b.x, a.y - b.y);
				}),
			{ timeout: 20_000, message: 'map centre reaches the step target' }
		)
		.toBeLessThan(tolerancePx);
	await expect(mapFrame(page)).toHaveAttribute('data-map-state', 'idle', { timeout: 20_000 });
}

/** Saves a screenshot under test-results/screens/ for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
	mkdirSync('test-results/screens', { recursive: true });
	await page.screenshot({ path: `test-results/screens/${name}.png` });
}

/** An image that is on the page, visible, and actually decoded (a lazy image far down the page may need scrolling to). */
export async function expectImageLoaded(img: Locator): Promise<void> {
	await img.scrollIntoViewIfNeeded();
	await expect(img).toBeVisible();
	await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
}
