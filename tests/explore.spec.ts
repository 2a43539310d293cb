// Exploring: the reader leaves the story, pans and zooms by mouse and keyboard, opens popups, and comes back.
import type { Page } from '@playwright/test';
import { test, expect, expectActiveStep, expectArrivedAt, expectMapState, expectAddress, renderedLabels, screenshot, storyRoot } from './fixtures';

async function camera(page: Page): Promise<{ lng: number; lat: number; zoom: number }> {
	return page.evaluate(() => {
		const m = window.__treatyMap!;
		return { ...m.getCenter(), zoom: m.getZoom() };
	});
}

/** A point on the open map, clear of the text panel and the overlays: three quarters across, halfway down. */
async function openMapPoint(page: Page): Promise<{ x: number; y: number }> {
	const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
	return { x: box.x + box.width * 0.75, y: box.y + box.height * 0.5 };
}

/** The explored view the URL holds (`?view=lon,lat,zoom`), or null. */
const viewParam = (page: Page): Promise<string | null> => page.evaluate(() => new URLSearchParams(location.search).get('view'));

test('the story map never hijacks the page scroll', async ({ page }) => {
	await page.goto('/?step=four-islands');
	await expectArrivedAt(page, 'four-islands');
	const before = await camera(page);
	const y0 = await page.evaluate(() => window.scrollY);
	const at = await openMapPoint(page);
	await page.mouse.move(at.x, at.y);
	await page.mouse.wheel(0, 400);
	await page.waitForFunction((y) => window.scrollY > y, y0);
	// The wheel scrolled the page; the map, unless the story moved on to another step, kept its zoom.
	if ((await storyRoot(page).getAttribute('data-step')) === 'four-islands') expect((await camera(page)).zoom).toBeCloseTo(before.zoom, 1);
	expect(await page.evaluate(() => window.__treatyMap!.scrollZoom.isEnabled())).toBe(false);
});

test('pans by mouse drag and by keyboard, shares the view, returns to the story, and Escape returns too', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/?step=four-islands');
	await expectArrivedAt(page, 'four-islands');
	await page.getByRole('button', { name: 'Explore the map' }).click();
	const back = page.getByRole('button', { name: /Back to the story/ });
	await expect(back).toBeVisible();
	await expect(page.locator('.maplibregl-canvas')).toBeFocused();

	const start = await camera(page);
	const at = await openMapPoint(page);
	await page.mouse.move(at.x, at.y);
	await page.mouse.down();
	await page.mouse.move(at.x - 150, at.y - 70, { steps: 8 });
	await page.mouse.up();
	await expect.poll(async () => (await camera(page)).lng).toBeGreaterThan(start.lng + 0.1);

	const dragged = await camera(page);
	await page.locator('.maplibregl-canvas').focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect.poll(async () => (await camera(page)).lng).toBeGreaterThan(dragged.lng + 0.01);
	const zoomBefore = (await camera(page)).zoom;
	await page.keyboard.press('Equal');
	await expect.poll(async () => (await camera(page)).zoom).toBeGreaterThan(zoomBefore + 0.5);
	// The story keys belong to the map while it has focus.
	await expectActiveStep(page, 'four-islands');
	await expectMapState(page, 'idle');
	await expect.poll(() => viewParam(page)).toMatch(/^\d+\.\d+,\d+\.\d+,\d+\.\d+$/);
	const shared = await page.evaluate(() => location.href);
	await screenshot(page, 'desktop-explore');

	await back.click();
	await expect(page.getByRole('button', { name: 'Explore the map' })).toBeVisible();
	await expectArrivedAt(page, 'four-islands');
	await expectAddress(page, '/step/four-islands/');

	// The shared link opens in explore mode at the panned view.
	const v = new URL(shared).searchParams.get('view')!.split(',').map(Number);
	await page.goto(shared);
	await expect(page.getByRole('button', { name: /Back to the story/ })).toBeVisible();
	await expectMapState(page, 'idle');
	const opened = await camera(page);
	expect(opened.lng).toBeCloseTo(v[0]!, 2);
	expect(opened.lat).toBeCloseTo(v[1]!, 2);
	expect(opened.zoom).toBeCloseTo(v[2]!, 1);

	// Escape on the map hands it back to the story, which flies home to its step.
	await page.locator('.maplibregl-canvas').focus();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('button', { name: 'Explore the map' })).toBeVisible();
	await expectArrivedAt(page, 'four-islands');
	expect(await viewParam(page)).toBeNull();
});

test('the offline map shows the four islands, and a popup opens on each by click and by keyboard, naming both sides', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/?step=four-islands');
	await expectArrivedAt(page, 'four-islands');
	// The map drew every disputed island and its label, on the bundled basemap: no glyphs, sprites or tiles to fetch
	// (the guard fails any test whose page asks for something beyond this machine).
	const rendered = await page.evaluate(() => {
		const map = window.__treatyMap!;
		const ids = map.queryRenderedFeatures({ layers: ['islands-fill'] }).map((f) => String(f.properties.id));
		const style = map.getStyle();
		return { ids: [...new Set(ids)].sort(), glyphs: style.glyphs, sprite: style.sprite };
	});
	const labels = await renderedLabels(page, 'islands');
	expect(rendered.ids).toEqual(['habomai', 'iturup', 'kunashir', 'shikotan']);
	expect(labels).toContain('Iturup / Etorofu');
	expect(rendered.glyphs).toBeUndefined();
	expect(rendered.sprite).toBeUndefined();
	await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Natural Earth');
	await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('OpenStreetMap');
	await screenshot(page, 'desktop-four-islands');
	// Click: find Iturup's label point on screen and click the island there.
	const point = await page.evaluate(() => {
		const m = window.__treatyMap!;
		const f = m.querySourceFeatures('islands-labels').find((x) => x.properties.id === 'iturup')!;
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
	await page.getByLabel(/^Features on the map/).focus();
	await page.keyboard.press('Enter');
	await page.getByRole('button', { name: 'Shikotan', exact: true }).focus();
	await page.keyboard.press('Enter');
	await expect(popup).toContainText('Shikotan');
	await expect(popup).toContainText('Administered by Russia');
	await expect(popup).toContainText('色丹島');
});
