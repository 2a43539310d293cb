// The map: it loads on the bundled offline basemap, with no request leaving the machine, and shows the islands.
import { test, expect, expectMapOnTarget, mapFrame, screenshot, stepIds, expectImageLoaded } from './fixtures';

test('the map loads offline and shows the four disputed islands', async ({ page }) => {
	await page.goto('/?step=four-islands');
	await expect(page.locator('.explainer')).toHaveAttribute('data-step', 'four-islands');
	await expectMapOnTarget(page);
	const rendered = await page.evaluate(() => {
		const map = window.__treatyMap!;
		const ids = map.queryRenderedFeatures({ layers: ['islands-fill'] }).map((f) => String(f.properties.id));
		const labels = map.queryRenderedFeatures({ layers: ['islands-label'] }).map((f) => String(f.properties.label_both));
		return { ids: [...new Set(ids)].sort(), labels: [...new Set(labels)].sort(), style: map.getStyle() };
	});
	expect(rendered.ids).toEqual(['habomai', 'iturup', 'kunashir', 'shikotan']);
	expect(rendered.labels).toContain('Iturup / Etorofu');
	// The bundled style asks for no glyphs, sprites or tiles.
	expect(rendered.style.glyphs).toBeUndefined();
	expect(rendered.style.sprite).toBeUndefined();
	await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Natural Earth');
	await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('OpenStreetMap');
	await screenshot(page, 'desktop-four-islands');
});

test('a failed map says so and reports the error state', async ({ page, guard }) => {
	guard.allowErrors(/./);
	await page.route('**/*.geojson', (route) => route.abort());
	await page.goto('/');
	await expect(mapFrame(page)).toHaveAttribute('data-map-state', 'error');
	await expect(page.getByRole('status')).toContainText('could not');
	// The story still reads.
	expect((await stepIds(page)).length).toBeGreaterThanOrEqual(12);
});

test('a map that fails after it was drawn gives the frame back to the static map', async ({ page, guard }) => {
	guard.allowErrors(/./);
	await page.goto('/');
	await expect(mapFrame(page)).toHaveAttribute('data-map-state', 'idle');
	// Once the live map has faded in, the static map leaves the page.
	await expect(page.locator('img.frame-static')).toHaveCount(0);
	await page.evaluate(() => {
		const canvas = (window as unknown as { __treatyMap: { getCanvas(): HTMLCanvasElement } }).__treatyMap.getCanvas();
		const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
		gl?.getExtension('WEBGL_lose_context')?.loseContext();
	});
	await expect(mapFrame(page)).toHaveAttribute('data-map-state', 'error');
	await expect(page.getByRole('status')).toContainText('WebGL context');
	await expectImageLoaded(page.locator('img.frame-static'));
	await expect(page.locator('img.frame-static')).not.toHaveClass(/hidden/);
});
