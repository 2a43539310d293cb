// The map: it loads on the bundled offline basemap, with no request leaving the machine, and shows the islands.
import { test, expect, expectMapOnTarget, mapFrame, screenshot, stepIds } from './fixtures';

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
