// Reading: the story is there, in order, before and without any script, and on paper.
import { test, expect, expectHydrated, expectImageLoaded, stepIds } from './fixtures';

test.describe('reading with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('the prerendered page holds every step, in order, readable, each with its own map', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
		const ids = await stepIds(page);
		expect(ids.length).toBeGreaterThanOrEqual(12);
		expect(new Set(ids).size).toBe(ids.length);
		await expect(page.locator('[data-step]')).toHaveAttribute('data-step', ids[0]!);
		await expect(page.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'loading');
		// The first screen shows text and, beside it, the first step's map.
		await page.screenshot({ path: 'test-results/screens/no-js.png', fullPage: false });
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
		// The argument is kept apart from the record, and the article is cited where its argument is used.
		const argumentCards = page.locator('.step-card.kind-argument');
		expect(await argumentCards.count()).toBeGreaterThan(5);
		for (const card of await argumentCards.all()) {
			await expect(card.locator('.opinion h3')).toContainText('argues');
			await expect(card.locator('.sources')).toContainText(/China Daily/);
		}
		for (const card of await page.locator('.step-card.kind-context').all()) {
			await expect(card.locator('.opinion')).toHaveCount(0);
			await expect(card).toContainText('Background, not the author’s argument');
			// Background stands on its own sources, not on the column.
			const cited = await card.locator('.sources li').allInnerTexts();
			expect(cited.filter((s) => !/China Daily/.test(s)).length, 'a context step cites a source besides the column').toBeGreaterThan(0);
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

test('prints the whole story, one step per block, each with its map and sources', async ({ page }) => {
	await page.goto('/');
	// The page's print preparation is the app's: it must have taken over the prerendered page.
	await expectHydrated(page);
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
