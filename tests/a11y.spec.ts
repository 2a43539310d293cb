// Accessibility: axe finds no serious or critical violation in any mode; the page holds at 320 px and 200% zoom.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, expectMapOnTarget, screenshot } from './fixtures';
import type { Page } from '@playwright/test';

async function expectNoSeriousViolations(page: Page, label: string): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
	const serious = results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
	expect(serious, `axe in ${label}`).toEqual([]);
}

test('axe: story mode, explore mode, each naming mode, and with a popup open', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/?step=four-islands');
	await expectMapOnTarget(page);
	await expectNoSeriousViolations(page, 'story mode');
	for (const mode of ['Japanese', 'Russian', 'Both']) {
		await page.getByRole('radio', { name: mode }).check();
		await expectNoSeriousViolations(page, `names: ${mode}`);
	}
	await page.getByRole('button', { name: 'Explore the map' }).click();
	await expectNoSeriousViolations(page, 'explore mode');
	await page.getByText('Features on the map').click();
	await page.getByRole('button', { name: 'Kunashir / Kunashiri', exact: true }).click();
	await expect(page.locator('.maplibregl-popup')).toContainText('Kunashir');
	await expectNoSeriousViolations(page, 'popup open');
});

test('every control is reachable by keyboard, in order, with visible focus', async ({ page }) => {
	await page.goto('/');
	await expectMapOnTarget(page);
	const reached: string[] = [];
	for (let i = 0; i < 40; i++) {
		await page.keyboard.press('Tab');
		const desc = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body) return '';
			const style = getComputedStyle(el);
			// A focus ring drawn as an outline or as a box shadow (MapLibre's controls use the latter).
			const ring = style.outlineStyle !== 'none' ? 'outline' : style.boxShadow !== 'none' ? 'shadow' : 'none';
			return `${el.tagName}|${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''}|${ring}`;
		});
		if (desc) reached.push(desc);
	}
	const text = reached.join('\n');
	expect(text).toMatch(/INPUT\|/); // the names switch and motion toggle
	expect(text).toMatch(/Explore the map/);
	expect(text).toMatch(/Next step/);
	for (const line of reached) expect(line.split('|')[2], `focus visible on ${line}`).not.toBe('none');
});

test.describe('narrow and zoomed', () => {
	test.use({ viewport: { width: 320, height: 640 } });
	test('works at 320 px wide', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/?step=nagato');
		await expectMapOnTarget(page);
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
	await expectMapOnTarget(page);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(0);
	await expect(page.getByRole('button', { name: 'Next step' })).toBeVisible();
	await screenshot(page, 'zoom-200');
});
});
