// Exploring: the reader leaves the story, pans and zooms by mouse and keyboard, opens popups, and comes back.
import { test, expect, expectMapOnTarget, mapFrame, screenshot } from './fixtures';
import type { Page } from '@playwright/test';

async function center(page: Page): Promise<{ lng: number; lat: number; zoom: number }> {
	return page.evaluate(() => {
		const m = window.__treatyMap!;
		return { ...m.getCenter(), zoom: m.getZoom() };
	});
}

test('the story map never hijacks the page scroll', async ({ page }) => {
	await page.goto('/?step=four-islands');
	await expectMapOnTarget(page);
	const before = await center(page);
	const y0 = await page.evaluate(() => window.scrollY);
	await page.mouse.move(1000, 400);
	await page.mouse.wheel(0, 400);
	await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(y0);
	const after = await center(page);
	expect(after.zoom).toBeCloseTo(before.zoom, 1);
});

test('pans by mouse drag and by keyboard, shares the view, then returns to the story', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/?step=four-islands');
	await expectMapOnTarget(page);
	await page.getByRole('button', { name: 'Explore the map' }).click();
	const back = page.getByRole('button', { name: /Back to the story/ });
	await expect(back).toBeVisible();
	await expect(page.locator('.maplibregl-canvas')).toBeFocused();

	const start = await center(page);
	await page.mouse.move(1000, 400);
	await page.mouse.down();
	await page.mouse.move(850, 330, { steps: 8 });
	await page.mouse.up();
	await expect.poll(async () => (await center(page)).lng).toBeGreaterThan(start.lng + 0.1);

	const dragged = await center(page);
	await page.locator('.maplibregl-canvas').focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect.poll(async () => (await center(page)).lng).toBeGreaterThan(dragged.lng + 0.01);
	const zoomBefore = (await center(page)).zoom;
	await page.keyboard.press('Equal');
	await expect.poll(async () => (await center(page)).zoom).toBeGreaterThan(zoomBefore + 0.5);
	// The story keys belong to the map while it has focus.
	await expect(page.locator('.explainer')).toHaveAttribute('data-step', 'four-islands');
	await expect(mapFrame(page)).toHaveAttribute('data-map-state', 'idle');
	await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get('view'))).toMatch(/^\d+\.\d+,\d+\.\d+,\d+\.\d+$/);
	const shared = await page.evaluate(() => location.href);
	await screenshot(page, 'desktop-explore');

	await back.click();
	await expect(page.getByRole('button', { name: 'Explore the map' })).toBeVisible();
	await expectMapOnTarget(page);
	await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get('view'))).toBeNull();
	await expect(page.locator('.explainer')).toHaveAttribute('data-step', 'four-islands');

	// The shared link opens in explore mode at the panned view.
	const v = new URL(shared).searchParams.get('view')!.split(',').map(Number);
	await page.goto(shared);
	await expect(page.getByRole('button', { name: /Back to the story/ })).toBeVisible();
	await expect(mapFrame(page)).toHaveAttribute('data-map-state', 'idle');
	const opened = await center(page);
	expect(opened.lng).toBeCloseTo(v[0]!, 2);
	expect(opened.lat).toBeCloseTo(v[1]!, 2);
	expect(opened.zoom).toBeCloseTo(v[2]!, 1);
});

test('an invalid view is ignored', async ({ page }) => {
	await page.goto('/?step=four-islands&view=999,abc,5');
	await expect(page.getByRole('button', { name: 'Explore the map' })).toBeVisible();
	await expectMapOnTarget(page);
});

test('Escape on the map returns to the story', async ({ page }) => {
	await page.goto('/?step=nagato');
	await expectMapOnTarget(page);
	await page.getByRole('button', { name: 'Explore the map' }).click();
	await expect(page.locator('.maplibregl-canvas')).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('button', { name: 'Explore the map' })).toBeVisible();
});

test('a popup opens by click and by keyboard, naming both sides', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/?step=four-islands');
	await expectMapOnTarget(page);
	// Click: find Iturup's label point on screen and click the island there.
	const point = await page.evaluate(() => {
		const m = window.__treatyMap!;
		const f = m.querySourceFeatures('island-labels').find((x) => x.properties.id === 'iturup')!;
		const [lon, lat] = (f.geometry as GeoJSON.Point).coordinates;
		const p = m.project([lon!, lat!]);
		const r = m.getCanvas().getBoundingClientRect();
		return { x: r.left + p.x, y: r.top + p.y + 6 };
	});
	await page.getByRole('button', { name: 'Explore the map' }).click();
	await page.mouse.click(point.x, point.y);
	const popup = page.locator('.maplibregl-popup');
	await expect(popup).toContainText('Iturup / Etorofu');
	await expect(popup).toContainText('Administered by Russia');
	await expect(popup).toContainText('claimed by Japan');
	await expect(popup).toContainText('km²');
	await expect(popup).toContainText('択捉島');
	await expect(popup).toContainText('Итуруп');
	await screenshot(page, 'desktop-popup-click');
	await popup.getByRole('button', { name: /close/i }).click();
	await expect(popup).toHaveCount(0);

	// Keyboard: the list of features on the map.
	await page.getByText('Features on the map').focus();
	await page.keyboard.press('Enter');
	await page.getByRole('button', { name: 'Shikotan', exact: true }).focus();
	await page.keyboard.press('Enter');
	await expect(popup).toContainText('Shikotan');
	await expect(popup).toContainText('Administered by Russia');
	await expect(popup).toContainText('色丹島');
});
