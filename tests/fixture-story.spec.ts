// A second story, built by the same engine from its own folder (tests/fixtures/stories/falklands-malvinas/, built into
// build-fixture/ by npm test): its pages, its parties' names switch and its map work with no code of their own.
import { FIXTURE_PORT } from '../playwright.config';
import { test, expect, expectArrivedAt, expectAddress, mapFrame, renderedLabels, screenshot, stepIds } from './fixtures';

const SITE = `http://127.0.0.1:${FIXTURE_PORT}`;

test('the fixture story reads, steps and switches its own parties’ names, on its own map', async ({ page }) => {
	await page.goto(`${SITE}/`);
	await expect(page).toHaveTitle(/^One archipelago, two names$/);
	expect(await stepIds(page)).toEqual(['two-names', 'capital-city', 'war-1982']);
	// Its parties, not another story's: both, British, Argentine.
	const options = page.getByRole('group', { name: 'Place names' }).getByRole('radio');
	await expect(options).toHaveCount(3);
	await expect(page.getByRole('radio', { name: 'Argentine' })).toBeVisible();
	await expect(page.getByRole('radio', { name: 'Japanese' })).toHaveCount(0);
	// It follows no article: no "Based on" line, no author's argument.
	await expect(page.getByText('Based on the opinion piece')).toHaveCount(0);
	await expect(page.locator('[data-step-id="two-names"]')).toContainText('The Falkland Islands / Islas Malvinas lie about 480 km east');

	await expectArrivedAt(page, 'two-names');
	await expect.poll(() => renderedLabels(page, 'islands')).toEqual(expect.arrayContaining(['East Falkland / Isla Soledad', 'West Falkland / Gran Malvina']));
	await screenshot(page, 'fixture-story-both');

	await page.getByRole('radio', { name: 'Argentine' }).check();
	await expect(page.locator('[data-step-id="two-names"]')).toContainText('The Islas Malvinas lie about 480 km east');
	await expect.poll(() => renderedLabels(page, 'islands')).toEqual(expect.arrayContaining(['Isla Soledad', 'Gran Malvina']));
	await expectAddress(page, '/?names=ar');

	await page.getByRole('button', { name: 'Next step' }).click();
	await expectArrivedAt(page, 'capital-city');
	await expectAddress(page, '/step/capital-city/?names=ar');
	await expect(page.locator('[data-step-id="capital-city"] h2')).toHaveText('Puerto Argentino, the capital');
	await expect.poll(() => renderedLabels(page, 'places')).toEqual(['Puerto Argentino']);
	await expect(mapFrame(page)).toHaveAttribute('data-map-state', 'idle');
	await screenshot(page, 'fixture-story-ar');

	// A step's own page opens there, and a bad naming choice falls back to both sides' names.
	await page.goto(`${SITE}/step/war-1982/?names=ja`);
	await expectArrivedAt(page, 'war-1982');
	await expect(page.getByRole('radio', { name: 'Both' })).toBeChecked();
	await expect.poll(() => renderedLabels(page, 'places')).toEqual(expect.arrayContaining(['Goose Green / Pradera del Ganso']));
});

test.describe('the fixture story without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('is all there: every step’s text in both sides’ names, with its static map and sources', async ({ page }) => {
		await page.goto(`${SITE}/`);
		for (const id of ['two-names', 'capital-city', 'war-1982']) {
			const step = page.locator(`[data-step-id="${id}"]`);
			await expect(step.locator('.step-map img')).toHaveAttribute('src', `/static-maps/steps/${id}.svg`);
			await expect(step.locator('details.sources li').first()).toBeAttached();
		}
		await expect(page.locator('[data-step-id="capital-city"] h2')).toHaveText('Stanley / Puerto Argentino, the capital');
		const svg = await (await page.request.get(`${SITE}/static-maps/steps/two-names.svg`)).text();
		expect(svg).toContain('East Falkland / Isla Soledad');
		await page.goto(`${SITE}/step/war-1982/`);
		await expect(page.locator('[data-step-id="war-1982"]')).toContainText('Goose Green / Pradera del Ganso');
	});
});
