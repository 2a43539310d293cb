// Stepping: keyboard, buttons and scrolling move through the story; the URL and the map follow; Back leaves.
import type { Page } from '@playwright/test';
import { test, expect, expectActiveStep, expectArrivedAt, expectHydrated, expectAddress, screenshot, stepAddress, stepIds } from './fixtures';

/** The story shows step i: the root names it, the address too (the front page for the first), its text is in view, the stepper says so. */
async function expectStep(page: Page, ids: string[], i: number): Promise<void> {
	await expectActiveStep(page, ids[i]!);
	await expectAddress(page, stepAddress(ids, i));
	await expect(page.locator(`[data-step-id="${ids[i]}"]`)).toBeInViewport();
	await expect(page.getByText(`Step ${i + 1} of ${ids.length}`, { exact: true }).last()).toBeVisible();
}

test('steps with the buttons, which stop at either end, and with Home and End; keys typed into a form control are not stolen; reduced motion jumps, the toggle flies', async ({
	page
}) => {
	// The OS asks for reduced motion: the map jumps from step to step, and the animation toggle starts off.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	const ids = await stepIds(page);
	const next = page.getByRole('button', { name: 'Next step' });
	const prev = page.getByRole('button', { name: 'Previous step' });
	const toggle = page.getByRole('checkbox', { name: 'Animate the map' });
	await expect(prev).toBeDisabled();
	await expect(toggle).not.toBeChecked();
	await expectArrivedAt(page, ids[0]!);
	// Keys typed into a form control are not stolen: an arrow on the motion toggle steps nowhere. (Keys are handled in
	// order: had that press stepped, the next one would reach the third step.)
	await toggle.focus();
	await page.keyboard.press('ArrowDown');
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
	await page.keyboard.press('ArrowDown');
	await expectStep(page, ids, 1);
	await expectArrivedAt(page, ids[1]!);
	// Count the camera's moves between a click and its arrival: a jump is one move, a flight many.
	const countMoves = async (): Promise<void> =>
		page.evaluate(() => {
			const w = window as unknown as { __moves: number; __treatyMap: { on: (e: string, f: () => void) => void } };
			w.__moves = 0;
			w.__treatyMap.on('move', () => w.__moves++);
		});
	const moves = (): Promise<number> => page.evaluate(() => (window as unknown as { __moves: number }).__moves);
	await countMoves();
	await next.click();
	await expectStep(page, ids, 2);
	await expectArrivedAt(page, ids[2]!);
	expect(await moves(), 'a jump').toBe(1);
	await prev.click();
	await expectStep(page, ids, 1);
	await expectArrivedAt(page, ids[1]!);
	// Home and End jump to either end (every step by keyboard and by tapping Next is walked in screens.spec.ts).
	await page.keyboard.press('End');
	await expectStep(page, ids, ids.length - 1);
	await expect(next).toBeDisabled();
	await page.keyboard.press('Home');
	await expectStep(page, ids, 0);
	await expect(prev).toBeDisabled();
	await page.keyboard.press('End');
	await expectStep(page, ids, ids.length - 1);
	await prev.click();
	await expectStep(page, ids, ids.length - 2);
	await expectArrivedAt(page, ids.at(-2)!);
	await screenshot(page, `desktop-step-${ids.length - 1}-${ids.at(-2)}`);

	// The reader's toggle wins over the OS setting: the map flies again.
	await toggle.check();
	await expect(toggle).toBeChecked();
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
	await countMoves();
	await prev.click();
	await expectStep(page, ids, ids.length - 3);
	await expectArrivedAt(page, ids.at(-3)!);
	expect(await moves(), 'a flight').toBeGreaterThan(2);
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

test('bad URL parameters fall back to the first step, both names and the story; Back leaves the story instead of walking back through its steps', async ({
	page
}) => {
	// (Every malformed value of each parameter is covered by urlState's unit tests; these are the journeys.)
	let ids: string[] = [];
	for (const bad of ['step=no-such-step&names=klingon&view=999,abc,5', 'step=%3Cscript%3E&names=%3Cb%3E&view=']) {
		await page.goto(`/?${bad}`);
		ids = await stepIds(page);
		await expectHydrated(page);
		await expectActiveStep(page, ids[0]!);
		await expectAddress(page, '/');
		await expect(page.getByRole('radio', { name: 'Both' })).toBeChecked();
		await expect(page.getByRole('button', { name: 'Explore the map' })).toBeVisible();
	}

	// The reader arrives from another page, on a link with a good step and bad names and view.
	await page.goto('about:blank');
	const start = await page.evaluate(() => history.length);
	await page.goto('/?step=nagato&names=&view=1,2');
	await expectHydrated(page);
	await expectActiveStep(page, 'nagato');
	await expectAddress(page, '/step/nagato/');
	await expect(page.getByRole('radio', { name: 'Both' })).toBeChecked();
	await expectArrivedAt(page, 'nagato');
	await expect(page.locator('[data-step-id="nagato"] .facts')).not.toContainText('{');
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
