// Shared browser-test fixtures: every test fails if a request leaves the machine or the page logs an error, and
// every wait names the state it waits for (the page contract in the README), never a duration.
import { test as base, expect, type Frame, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export interface Guard {
	/** Requests to anything but this machine (must stay empty). */
	external: string[];
	/** Console errors and uncaught exceptions (must stay empty unless a test expects some). */
	errors: string[];
	/** Call when a test provokes errors on purpose. */
	allowErrors: (pattern: RegExp) => void;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export const test = base.extend<{ guard: Guard }>({
	guard: [
		async ({ page }, use) => {
			const external: string[] = [];
			const errors: string[] = [];
			const allowed: RegExp[] = [];
			page.on('request', (r) => {
				const url = new URL(r.url());
				if (url.protocol === 'data:' || url.protocol === 'blob:') return;
				if (!LOCAL_HOSTS.has(url.hostname)) external.push(r.url());
			});
			page.on('console', (m) => {
				if (m.type() === 'error') errors.push(m.text());
			});
			page.on('pageerror', (e) => errors.push(e.message));
			await use({ external, errors, allowErrors: (p) => allowed.push(p) });
			expect(external, 'no request may leave the machine').toEqual([]);
			expect(
				errors.filter((e) => !allowed.some((p) => p.test(e))),
				'no console errors'
			).toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/**
 * How long a map may take to settle. Generous on purpose: on a 2-core machine that renders WebGL in software while
 * another program is busy, loading and drawing a step takes seconds. A wait ends as soon as its state is reached.
 */
export const MAP_SETTLE_MS = 90_000;
/** For a test that visits every step and waits for the map at each. */
export const WALK_TIMEOUT_MS = 600_000;

type Scope = Page | Frame;

/** The page's root element, which names the active step (`data-step`): the story's `.explainer` or the embed's. */
export const storyRoot = (scope: Scope): Locator => scope.locator('[data-step]');
/** The map's element, which carries `data-map-state`, `data-map-step` and the camera attributes. */
export const mapFrame = (scope: Scope): Locator => scope.locator('[data-map-state]');

/** Step ids in document order, as the prerendered story lists them. */
export async function stepIds(page: Page): Promise<string[]> {
	return page.locator('[data-step-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step-id') ?? ''));
}

/** Waits until step `id` is the active one (the text may still be scrolling and the map moving). */
export async function expectActiveStep(scope: Scope, id: string): Promise<void> {
	await expect(storyRoot(scope)).toHaveAttribute('data-step', id, { timeout: MAP_SETTLE_MS });
}

/** Waits until step `id` is active and the map has arrived there: idle, following the story, on that step's view. */
export async function expectArrivedAt(scope: Scope, id: string): Promise<void> {
	await expectActiveStep(scope, id);
	await expect(mapFrame(scope)).toHaveAttribute('data-map-step', id, { timeout: MAP_SETTLE_MS });
}

/** Waits for the map's state (`loading`, `moving`, `idle` or `error`, or a pattern of them). */
export async function expectMapState(scope: Scope, state: string | RegExp): Promise<void> {
	await expect(mapFrame(scope)).toHaveAttribute('data-map-state', state, { timeout: MAP_SETTLE_MS });
}

/**
 * Waits until the app has taken over the prerendered page: the live map starts only after hydration, so a map that
 * is moving, idle or has failed means the page's own controls now answer.
 */
export async function expectHydrated(page: Page): Promise<void> {
	await expectMapState(page, /moving|idle|error/);
}

/**
 * Waits for the address the app writes with replaceState: the path (`/` or the step's page `/step/<id>/`) and the
 * query, as one string (read from outside the page: a navigation cannot cut it).
 */
export async function expectAddress(page: Page, pathAndQuery: string): Promise<void> {
	await expect(page).toHaveURL((url) => url.pathname + url.search === pathAndQuery, { timeout: MAP_SETTLE_MS });
}

/** The address of step `i` of `ids` as the app writes it: the front page for the first step, else the step's page. */
export function stepAddress(ids: readonly string[], i: number, query = ''): string {
	return `${i === 0 ? '/' : `/step/${ids[i]}/`}${query}`;
}

/** Two rendering frames: enough for IntersectionObservers and Svelte's updates of the last input to have run. */
export async function nextFrames(page: Page): Promise<void> {
	await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

/** Saves a screenshot under test-results/screens/ for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
	mkdirSync('test-results/screens', { recursive: true });
	await page.screenshot({ path: `test-results/screens/${name}.png` });
}

/** An image that is on the page, visible, and actually decoded (a lazy image far down the page may need scrolling to). */
export async function expectImageLoaded(img: Locator): Promise<void> {
	await img.scrollIntoViewIfNeeded();
	await expect(img).toBeVisible();
	await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0), { timeout: MAP_SETTLE_MS }).toBe(true);
}

/**
 * The labels the live map draws now in one of its label layers (`<layer>-label`): the features it has rendered, each
 * with the text its `text-field` gives it (a match on the feature's id, in the reader's names).
 */
export async function renderedLabels(scope: Scope, layer: string): Promise<string[]> {
	return scope.evaluate((id) => {
		const map = window.__treatyMap;
		if (!map || !map.getLayer(id)) return [];
		const field = map.getLayoutProperty(id, 'text-field') as unknown;
		const byId = new Map<string, string>();
		if (Array.isArray(field) && field[0] === 'match') for (let i = 2; i + 1 < field.length; i += 2) byId.set(String(field[i]), String(field[i + 1]));
		const ids = map.queryRenderedFeatures({ layers: [id] }).map((f) => String(f.properties?.id ?? f.id));
		return [...new Set(ids.map((x) => byId.get(x) ?? '').filter(Boolean))].sort();
	}, `${layer}-label`);
}
