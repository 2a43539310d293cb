// Stepping: keyboard, buttons and scrolling move through the story; the URL and the map follow; Back leaves.
import type { Page } from '@playwright/test';
import { test, expect, expectActiveStep, expectArrivedAt, expectHydrated, expectAddress, screenshot, stepAddress, stepIds, WALK_TIMEOUT_MS } from './fixtures';

/** The story shows step i: the root names it, the address too (the front page for the first), its text is in view, the stepper says so. */
async function expectStep(page: Page, ids: string[], i: number): Promise<void> {
	await expectActiveStep(page, ids[i]!);
	await expectAddress(page, stepAddress(ids, i));
	await expect(page.locator(`[data-step-id="${ids[i]}"]`)).toBeInViewport();
	await expect(page.getByText(`Step ${i + 1} of ${ids.length}`, { exact: true }).last()).toBeVisible();
}

test('steps through the story with the keyboard', async ({ page }) => {
	test.setTimeout(WALK_TIMEOUT_MS);
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	const ids = await stepIds(page);
	await expectArrivedAt(page, ids[0]!);
	for (let i = 1; i < ids.length; i++) {
		await page.keyboard.press(i % 2 ? 'ArrowDown' : 'PageDown');
		await expectStep(page, ids, i);
		await expectArrivedAt(page, ids[i]!);
	}
	await page.keyboard.press('Home');
	await expectStep(page, ids, 0);
	await page.keyboard.press('End');
	await expectStep(page, ids, ids.length - 1);
	await page.keyboard.press('ArrowUp');
	await expectStep(page, ids, ids.length - 2);
	await expectArrivedAt(page, ids.at(-2)!);
});

test('steps with the buttons, which stop at either end; keys typed into a form control are not stolen', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	const ids = await stepIds(page);
	const next = page.getByRole('button', { name: 'Next step' });
	const prev = page.getByRole('button', { name: 'Previous step' });
	await expect(prev).toBeDisabled();
	await expectHydrated(page);
	// Keys typed into a form control are not stolen: an arrow on the motion toggle steps nowhere. (Keys are handled in
	// order: had that press stepped, the next one would reach the third step.)
	await page.getByRole('checkbox', { name: 'Animate the map' }).focus();
	await page.keyboard.press('ArrowDown');
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
	await page.keyboard.press('ArrowDown');
	await expectStep(page, ids, 1);
	await next.click();
	await expectStep(page, ids, 2);
	await prev.click();
	await expectStep(page, ids, 1);
	await expectArrivedAt(page, ids[1]!);
	await page.keyboard.press('End');
	await expectStep(page, ids, ids.length - 1);
	await expect(next).toBeDisabled();
	await prev.click();
	await expectStep(page, ids, ids.length - 2);
	await expectArrivedAt(page, ids.at(-2)!);
	await screenshot(page, `desktop-step-${ids.length - 1}-${ids.at(-2)}`);
});

test('scrolling activates steps in order, down, and back up', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	const ids = await stepIds(page);
	await expectHydrated(page);
	// A reader scrolling the page, run inside the page: turns shorter than any step's text (so none can be skipped), each
	// drawn before the next; every step the root names is recorded, in order, however briefly it is active.
	const scroll = (to: string, dy: number): Promise<string[]> =>
		page.evaluate(
			async ([target, step]) => {
				const root = document.querySelector('[data-step]')!;
				const seen = [root.getAttribute('data-step')!];
				const frame = (): Promise<void> => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
				for (let turn = 0; turn < 400 && seen.at(-1) !== target; turn++) {
					const before = window.scrollY;
					window.scrollBy({ top: step, behavior: 'instant' });
					if (window.scrollY === before) break; // the end of the page
					await frame();
					const id = root.getAttribute('data-step')!;
					if (id !== seen.at(-1)) seen.push(id);
				}
				return seen;
			},
			[to, dy] as const
		);
	const shortestStepPx = await page.locator('[data-step-id]').evaluateAll((els) => Math.min(...els.map((e) => e.getBoundingClientRect().height)));
	const turnPx = Math.floor(shortestStepPx - 40);
	expect(turnPx, 'a turn of the wheel or more').toBeGreaterThan(100);

	expect(await scroll(ids.at(-1)!, turnPx)).toEqual(ids);
	// Back up: tracking works the other way too (four steps are enough to show it), and the map follows.
	const back = ids.length - 5;
	expect(await scroll(ids[back]!, -turnPx)).toEqual(ids.slice(back).reverse());
	await expectAddress(page, stepAddress(ids, back));
	await expectArrivedAt(page, ids[back]!);
});

test('Back leaves the story instead of walking back through its steps', async ({ page }) => {
	// The reader arrives from another page.
	await page.goto('about:blank');
	const start = await page.evaluate(() => history.length);
	await page.goto('/?step=nagato');
	const ids = await stepIds(page);
	await expectHydrated(page);
	const afterLoad = await page.evaluate(() => history.length);
	expect(afterLoad).toBe(start + 1);
	const at = ids.indexOf('nagato');
	for (let i = 1; i <= 4; i++) {
		await page.keyboard.press('ArrowDown');
		await expectStep(page, ids, at + i);
	}
	expect(await page.evaluate(() => history.length)).toBe(afterLoad);
	await page.goBack();
	await expect(page).toHaveURL('about:blank');
});

test('bad URL parameters fall back to the first step, both names and the story, without an error', async ({ page }) => {
	await page.goto('/');
	const ids = await stepIds(page);
	// (Every malformed value of each parameter is covered by urlState's unit tests; these are the journeys.)
	for (const bad of ['step=no-such-step&names=klingon&view=999,abc,5', 'step=%3Cscript%3E&names=%3Cb%3E&view=', 'step=nagato&names=&view=1,2']) {
		await page.goto(`/?${bad}`);
		await expectHydrated(page);
		const expected = bad.startsWith('step=nagato') ? 'nagato' : ids[0]!;
		await expectActiveStep(page, expected);
		await expectAddress(page, stepAddress(ids, ids.indexOf(expected)));
		await expect(page.getByRole('radio', { name: 'Both' })).toBeChecked();
		await expect(page.getByRole('button', { name: 'Explore the map' })).toBeVisible();
	}
	await expectArrivedAt(page, 'nagato');
	await expect(page.locator('[data-step-id="nagato"] .facts')).not.toContainText('{');
});

test('reduced motion: the OS setting makes the map jump; the toggle makes it fly again', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	const ids = await stepIds(page);
	const toggle = page.getByRole('checkbox', { name: 'Animate the map' });
	await expect(toggle).not.toBeChecked();
	await expectArrivedAt(page, ids[0]!);
	// Count the camera's moves between a key press and its arrival: a jump is one move, a flight many.
	const countMoves = async (): Promise<void> =>
		page.evaluate(() => {
			const w = window as unknown as { __moves: number; __treatyMap: { on: (e: string, f: () => void) => void } };
			w.__moves = 0;
			w.__treatyMap.on('move', () => w.__moves++);
		});
	const moves = (): Promise<number> => page.evaluate(() => (window as unknown as { __moves: number }).__moves);
	await countMoves();
	await page.keyboard.press('ArrowDown');
	await expectStep(page, ids, 1);
	await expectArrivedAt(page, ids[1]!);
	expect(await moves(), 'a jump').toBe(1);

	await toggle.check();
	await expect(toggle).toBeChecked();
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
	await countMoves();
	await page.keyboard.press('ArrowDown');
	await expectArrivedAt(page, ids[2]!);
	expect(await moves(), 'a flight').toBeGreaterThan(2);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('the map sits above the text and never covers the step being read', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/');
		const ids = await stepIds(page);
		await expectArrivedAt(page, ids[0]!);
		await screenshot(page, 'phone-step-01');
		const expectCardBelowMap = async (id: string): Promise<void> => {
			const map = (await page.locator('.map-column').boundingBox())!;
			const card = (await page.locator(`[data-step-id="${id}"]`).boundingBox())!;
			expect(map.y).toBeCloseTo(0, 0);
			expect(card.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
		};
		const next = page.getByRole('button', { name: 'Next step' });
		for (let i = 1; i <= 9; i++) {
			await next.click();
			await expectStep(page, ids, i);
			await expectCardBelowMap(ids[i]!);
			if ([2, 3, 8].includes(i)) {
				await expectArrivedAt(page, ids[i]!);
				await screenshot(page, `phone-step-${String(i + 1).padStart(2, '0')}-${ids[i]}`);
			}
		}
	});
});
