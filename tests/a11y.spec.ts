// Accessibility: axe finds no serious or critical violation in any mode; the page holds at 320 px and 200% zoom.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, expectArrivedAt, stepIds, screenshot } from './fixtures';
import type { Page } from '@playwright/test';

/** Axe on the whole page, or on the part of it that changed (`within`, a CSS selector). */
async function expectNoSeriousViolations(page: Page, label: string, within?: string): Promise<void> {
	const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
	const results = await (within ? axe.include(within) : axe).analyze();
	const serious = results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map(
			(v) =>
				`${v.id}: ${v.help} (${v.nodes
					.map((n) => n.target.join(' '))
					.slice(0, 3)
					.join(' | ')})`
		);
	expect(serious, `axe in ${label}`).toEqual([]);
}

test('axe: story mode, explore mode, each naming mode, and with a popup open', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/?step=four-islands');
	await expectArrivedAt(page, 'four-islands');
	await expectNoSeriousViolations(page, 'story mode');
	for (const mode of ['Japanese', 'Russian']) {
		await page.getByRole('radio', { name: mode }).check();
		await expectNoSeriousViolations(page, `names: ${mode}`);
	}
	await page.getByRole('radio', { name: 'Both' }).check();
	// Exploring and popups change only the map's part of the page.
	await page.getByRole('button', { name: 'Explore the map' }).click();
	await expectNoSeriousViolations(page, 'explore mode', '[data-map-state]');
	await page.getByLabel(/^Features on the map/).click();
	await page.getByRole('button', { name: 'Kunashir / Kunashiri', exact: true }).click();
	await expect(page.locator('.maplibregl-popup')).toContainText('Kunashir');
	await expectNoSeriousViolations(page, 'popup open', '[data-map-state]');
});

test('every control is reachable by keyboard, in order, with visible focus', async ({ page }) => {
	await page.goto('/');
	const steps = await stepIds(page);
	await expectArrivedAt(page, steps[0]!);
	// Every element that takes the focus, as it takes it: tag, name, and how its focus is drawn.
	await page.evaluate(() => {
		const reached: string[] = [];
		(window as unknown as { __reached: string[] }).__reached = reached;
		document.addEventListener('focusin', (e) => {
			const el = e.target as HTMLElement;
			const style = getComputedStyle(el);
			// A focus ring drawn as an outline or as a box shadow (MapLibre's controls use the latter).
			const ring = style.outlineStyle !== 'none' ? 'outline' : style.boxShadow !== 'none' ? 'shadow' : 'none';
			reached.push(`${el.tagName}|${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''}|${ring}`);
		});
	});
	// Enough presses to pass every control once: the map's, the header's, one "Sources" per step, the footer's, the stepper's.
	for (let i = 0; i < 2 * steps.length + 20; i++) await page.keyboard.press('Tab');
	const reached = await page.evaluate(() => (window as unknown as { __reached: string[] }).__reached);
	const text = reached.join('\n');
	expect(text).toMatch(/INPUT\|/); // the names switch and motion toggle
	expect(text).toMatch(/Explore the map/);
	// The stepper comes after the story. Tabbing through each step's sources scrolls the story to its last step, and
	// when that step is active "Next step" is rightly disabled and skipped: so either stepper button counts.
	expect(text).toMatch(/BUTTON\|(Previous|Next) step/);
	for (const line of reached) expect(line.split('|')[2], `focus visible on ${line}`).not.toBe('none');
});

test.describe('narrow and zoomed', () => {
	test.use({ viewport: { width: 320, height: 640 } });
	test('works at 320 px wide', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/?step=nagato');
		await expectArrivedAt(page, 'nagato');
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await screenshot(page, 'phone-320');
		await expectNoSeriousViolations(page, '320 px');
	});
});

test.describe('at 200% zoom', () => {
	// 200% browser zoom of a 1280×800 window is a 640×400 CSS-pixel viewport at device scale 2.
	test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
	test('works at 200% zoom', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/?step=nagato');
		await expectArrivedAt(page, 'nagato');
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await expect(page.getByRole('button', { name: 'Next step' })).toBeVisible();
		await screenshot(page, 'zoom-200');
	});
});
