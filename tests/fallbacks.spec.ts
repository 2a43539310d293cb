// A map before any script, without WebGL, and on paper: the static step maps carry the story when the live map can't.
import { test, expect, expectImageLoaded, mapFrame, stepIds } from './fixtures';

test('prints the whole story, one step per block, each with its map and sources', async ({ page }) => {
	await page.goto('/');
	await expect(mapFrame(page)).toHaveAttribute('data-map-state', 'idle');
	await page.emulateMedia({ media: 'print' });
	// What the browser does before printing: the page then loads every lazy step map.
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
	const ids = await stepIds(page);
	await expect(page.locator('.map-column')).toBeHidden();
	await expect(page.locator('.stepper-dock')).toBeHidden();
	for (const id of ids) {
		const card = page.locator(`[data-step-id="${id}"]`);
		await expect(card).toBeVisible();
		const map = card.locator('img.static-map');
		await expect(map).toBeVisible();
		await expect.poll(() => map.evaluate((el: HTMLImageElement) => el.loading === 'eager' && el.complete && el.naturalWidth > 0)).toBe(true);
		await expect(card.locator('.sources li').first()).toBeVisible();
		expect(await card.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
	}
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.byteLength).toBeGreaterThan(50_000);
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });
	test('the first screen shows text and a map, and every step its own map', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
		const ids = await stepIds(page);
		await expectImageLoaded(page.locator(`[data-step-id="${ids[0]}"] img.static-map`));
		await page.screenshot({ path: 'test-results/screens/no-js.png', fullPage: false });
	});
});
