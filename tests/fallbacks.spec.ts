// When the live map can't: its data fails or its WebGL context is lost (without WebGL at all: no-webgl.spec.ts).
// The static map carries the story, a note says why, and data-map-state says "error".
import { test, expect, expectImageLoaded, expectMapState, stepIds } from './fixtures';

test('a map whose data fails says so, and the story still reads', async ({ page, guard }) => {
	guard.allowErrors(/./);
	// The map's data: its tiles archive (a host that fails to serve it, or a connection lost while reading it).
	await page.route('**/*.pmtiles', (route) => route.abort());
	await page.goto('/');
	await expectMapState(page, 'error');
	await expect(page.getByRole('status')).toContainText('could not');
	expect((await stepIds(page)).length).toBeGreaterThanOrEqual(12);
});

test('a map that fails after it was drawn gives the frame back to the static map', async ({ page, guard }) => {
	guard.allowErrors(/./);
	await page.goto('/');
	await expectMapState(page, 'idle');
	// Once the live map has faded in, the static map leaves the page.
	await expect(page.locator('img.frame-static')).toHaveCount(0);
	await page.evaluate(() => {
		const canvas = window.__treatyMap!.getCanvas();
		const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
		gl?.getExtension('WEBGL_lose_context')?.loseContext();
	});
	await expectMapState(page, 'error');
	await expect(page.getByRole('status')).toContainText('WebGL context');
	await expectImageLoaded(page.locator('img.frame-static'));
	await expect(page.locator('img.frame-static')).not.toHaveClass(/hidden/);
});
