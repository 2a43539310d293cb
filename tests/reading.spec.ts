// Reading: the story is there, in order, before and without any script.
import { test, expect, expectImageLoaded, stepIds } from './fixtures';

test.describe('reading with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('the prerendered page holds every step, in order, readable', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const ids = await stepIds(page);
		expect(ids.length).toBeGreaterThanOrEqual(12);
		expect(new Set(ids).size).toBe(ids.length);
		await expect(page.locator('.explainer')).toHaveAttribute('data-step', ids[0]!);
		await expect(page.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'loading');
		for (const [i, id] of ids.entries()) {
			const card = page.locator(`[data-step-id="${id}"]`);
			await expect(card.getByRole('heading', { level: 2 })).not.toBeEmpty();
			await expect(card).toContainText(`Step ${i + 1} of ${ids.length}`);
			await expect(card.locator('.map-description')).toContainText(/\w{4,}/);
			await expect(card.locator('.sources li').first()).toBeAttached();
			// Placeholders never reach the reader.
			expect(await card.innerText()).not.toMatch(/\{[a-z-]+\}/);
			// Each step shows its static map beside its text, with its own accessible name.
			const map = card.locator('img.static-map');
			await expect(map).toHaveAttribute('alt', /^Map: \S/);
			await expect(map).toHaveAttribute('aria-describedby', `${id}-map-description`);
			await expectImageLoaded(map);
			expect((await map.boundingBox())!.height).toBeGreaterThan(150);
		}
	});

	test('a step is reachable by its anchor without script', async ({ page }) => {
		await page.goto('/');
		const ids = await stepIds(page);
		const id = ids[5]!;
		await page.goto(`/#${id}`);
		await expect(page.locator(`[data-step-id="${id}"]`)).toBeInViewport();
	});
});

test('the argument is kept apart from the record, and the article is cited where its argument is used', async ({ page }) => {
	await page.goto('/');
	const argumentCards = page.locator('.step-card.kind-argument');
	expect(await argumentCards.count()).toBeGreaterThan(5);
	for (const card of await argumentCards.all()) {
		await expect(card.locator('.opinion h3')).toContainText('argues');
		await expect(card.locator('.sources')).toContainText(/China Daily/);
	}
	for (const card of await page.locator('.step-card.kind-context').all()) {
		await expect(card.locator('.opinion')).toHaveCount(0);
		await expect(card).toContainText('Background, not the author’s argument');
	}
});
