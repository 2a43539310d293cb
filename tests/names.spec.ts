// Naming: one switch changes every name at once (labels, text, legend, popups, title), and the URL keeps it.
import { test, expect, expectArrivedAt, expectHydrated, expectAddress, renderedLabels } from './fixtures';
import { doubledOwner, doubledWord } from '../src/lib/story/proseChecks';
import type { Page } from '@playwright/test';

/** The islands' labels as the map draws them now. */
const islandLabels = (page: Page): Promise<string[]> => renderedLabels(page, 'islands');
/** Who the story may name as an owner ("Japan’s …"). */
const OWNERS = ['Japan', 'Russia', 'China', 'Moscow', 'Tokyo'];

test('switching names changes the map labels and the step text, survives a reload and lasts for the session', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/?step=four-islands');
	await expectArrivedAt(page, 'four-islands');
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
	await expectAddress(page, '/step/four-islands/?names=ja');

	await page.reload();
	await expect(page.getByRole('radio', { name: 'Japanese' })).toBeChecked();
	await expect(card).toContainText('Etorofu');
	await expectArrivedAt(page, 'four-islands');
	await expect.poll(() => islandLabels(page)).toContain('Etorofu');

	await page.getByRole('radio', { name: 'Russian' }).check();
	await expect(card).toContainText('Iturup');
	await expect(card).not.toContainText('Etorofu');
	await expect.poll(() => islandLabels(page)).toContain('Iturup');
	await expect(page).toHaveTitle(/.+/);
	await expectAddress(page, '/step/four-islands/?names=ru');

	// A link without a naming choice keeps the reader's choice for the rest of the session, and the URL says so.
	await page.goto('/');
	await expect(page.getByRole('radio', { name: 'Russian' })).toBeChecked();
	await expectAddress(page, '/?names=ru');
});

test('in every naming mode, every step reads cleanly: no placeholders, no word or owner said twice', async ({ page }) => {
	await page.goto('/');
	await expectHydrated(page);
	for (const mode of ['Both', 'Japanese', 'Russian']) {
		await page.getByRole('radio', { name: mode }).check();
		await expect(page.getByRole('radio', { name: mode })).toBeChecked();
		// The text of every step card and every step's map description, as the reader gets it in this mode.
		const texts = await page
			.locator('[data-step-id]')
			.evaluateAll((cards) => cards.map((card) => ({ id: card.getAttribute('data-step-id') ?? '', text: (card as HTMLElement).innerText })));
		expect(texts.length).toBeGreaterThanOrEqual(12);
		for (const { id, text } of texts) {
			expect(text, `${id} (${mode}): a placeholder or stray brace`).not.toMatch(/[{}]/);
			expect(doubledWord(text), `${id} (${mode}): a word said twice`).toBeNull();
			expect(doubledOwner(text, OWNERS), `${id} (${mode}): an owner named twice`).toBeNull();
		}
	}
});
