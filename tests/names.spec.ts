// Naming: one switch changes every name at once (labels, text, legend, popups, title), and the URL keeps it.
import { test, expect, expectMapOnTarget } from './fixtures';
import type { Page } from '@playwright/test';

async function islandLabels(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const m = window.__treatyMap!;
		const field = m.getLayoutProperty('islands-label', 'text-field') as unknown[];
		const key = String(field[1]);
		return m
			.queryRenderedFeatures({ layers: ['islands-label'] })
			.map((f) => String(f.properties[key]))
			.sort();
	});
}

test('switching names changes the map labels and the step text, and survives a reload', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/?step=four-islands');
	await expectMapOnTarget(page);
	// The step's own words (its hidden static map keeps the default names, for print and for readers without script).
	const card = page.locator('[data-step-id="four-islands"] .facts');
	const description = page.locator('[data-step-id="four-islands"] .map-description');
	await expect(card).toContainText('Iturup / Etorofu');
	expect(await islandLabels(page)).toContain('Iturup / Etorofu');

	await page.getByRole('radio', { name: 'Japanese' }).check();
	await expect.poll(() => islandLabels(page)).toContain('Etorofu');
	expect(await islandLabels(page)).not.toContain('Iturup');
	await expect(card).toContainText('Etorofu');
	await expect(card).not.toContainText('Iturup');
	await expect(description).toContainText('Etorofu');
	await expect(description).not.toContainText('Iturup');
	await expect(description).toContainText(/administers/i);
	await expect(page.locator('#announcer')).toContainText(/Japanese names/);
	await expect.poll(() => page.evaluate(() => location.search)).toContain('names=ja');

	await page.reload();
	await expect(page.getByRole('radio', { name: 'Japanese' })).toBeChecked();
	await expect(card).toContainText('Etorofu');
	await expectMapOnTarget(page);
	await expect.poll(() => islandLabels(page)).toContain('Etorofu');

	await page.getByRole('radio', { name: 'Russian' }).check();
	await expect(card).toContainText('Iturup');
	await expect(card).not.toContainText('Etorofu');
	await expect.poll(() => islandLabels(page)).toContain('Iturup');
	await expect(page).toHaveTitle(/.+/);
	await expect.poll(() => page.evaluate(() => location.search)).toContain('names=ru');
});

test('an unknown names value falls back to both', async ({ page }) => {
	await page.goto('/?step=four-islands&names=klingon');
	await expect(page.getByRole('radio', { name: 'Both' })).toBeChecked();
	await expect(page.locator('[data-step-id="four-islands"] .facts')).toContainText('Iturup / Etorofu');
	await expectMapOnTarget(page);
});

test('the choice lasts for the session', async ({ page }) => {
	await page.goto('/?names=ru');
	await expect(page.getByRole('radio', { name: 'Russian' })).toBeChecked();
	await page.getByRole('radio', { name: 'Japanese' }).check();
	await page.goto('/');
	await expect(page.getByRole('radio', { name: 'Japanese' })).toBeChecked();
	await expect.poll(() => page.evaluate(() => location.search)).toContain('names=ja');
});
