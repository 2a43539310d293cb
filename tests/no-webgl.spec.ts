// Without WebGL (a Chromium flag): no blank area, the static maps, a note, and data-map-state="error".
import type { Locator, Page } from '@playwright/test';
import { test, expect, expectActiveStep, expectImageLoaded, expectMapState, mapFrame, stepIds } from './fixtures';

test.use({
	launchOptions: {
		executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		args: ['--disable-webgl', '--disable-3d-apis', '--no-sandbox', '--disable-background-networking']
	}
});

/** Which file an image (or its <picture>) is showing, as a path ('' while it has none, e.g. as its src changes). */
const shownPath = (img: Locator): Promise<string> => img.evaluate((el: HTMLImageElement) => (el.currentSrc ? new URL(el.currentSrc).pathname : ''));

/** The map frame, without WebGL, ends up showing this static map file, loaded. (Hydration may first switch its step.) */
async function expectFrameShows(page: Page, path: string): Promise<void> {
	await expectMapState(page, 'error');
	const img = page.locator('img.frame-static');
	await expect.poll(() => shownPath(img)).toBe(path);
	await expectImageLoaded(img);
}

test('the static maps stay, a note says why, and every step shows its own', async ({ page }) => {
	await page.goto('/');
	await expectMapState(page, 'error');
	await expect(page.getByRole('status').filter({ hasText: 'WebGL' })).toBeVisible();
	// No blank area: the frame still shows the first step's static map.
	await expectImageLoaded(mapFrame(page).locator('img.frame-static'));
	const ids = await stepIds(page);
	// Stepping still works, and the story still reads.
	await page.keyboard.press('ArrowDown');
	await expectActiveStep(page, ids[1]!);
	await page.screenshot({ path: 'test-results/screens/no-webgl.png' });
	// Every step shows its own static map (each loads as it scrolls into view).
	for (const id of ids) await expectImageLoaded(page.locator(`[data-step-id="${id}"] img.static-map`));
});

test('on a phone the frame shows the step map framed for a phone; on a desktop, framed around the text panel', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/?step=four-islands');
	await expectFrameShows(page, '/static-maps/phone/four-islands.svg');
	await page.setViewportSize({ width: 1280, height: 800 });
	await expectFrameShows(page, '/static-maps/frame/four-islands.svg');
	await page.screenshot({ path: 'test-results/screens/no-webgl-desktop-four-islands.png' });
});

test('the embed shows the step’s own static map, centred', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 480 });
	await page.goto('/embed?step=nagato');
	await expectFrameShows(page, '/static-maps/steps/nagato.svg');
	await page.screenshot({ path: 'test-results/screens/embed-no-webgl-320x480.png' });
});
