// Every step shows what it names, on every screen: each feature a step highlights is on the map, on screen, and under
// nothing else of the page; the page's own panels leave the map room; on an upright phone the map sits above the
// step being read; exploring gets (nearly) the whole map.
import type { Page } from '@playwright/test';
import { resolve } from 'node:path';
import type { Feature as GeoFeature } from 'geojson';
import { storyDir } from '../scripts/storyDir';
import { TILES_SOURCE_ID } from '../src/lib/map/layerRegistry';
import { loadStory } from '../src/lib/story/content/loadStory';
import {
	test,
	expect,
	expectAddress,
	expectArrivedAt,
	expectHydrated,
	MAP_SETTLE_MS,
	mapFrame,
	screenshot,
	stepAddress,
	stepIds,
	storyRoot,
	WALK_TIMEOUT_MS
} from './fixtures';

interface Screen {
	name: string;
	width: number;
	height: number;
	phone?: boolean;
	/** The most of the map the page's own panels may cover (the text panel beside the map counts). */
	maxCovered: number;
}

const SCREENS: Screen[] = [
	{ name: 'desktop-1280x800', width: 1280, height: 800, maxCovered: 0.5 },
	{ name: 'laptop-1024x640', width: 1024, height: 640, maxCovered: 0.5 },
	{ name: 'tablet-768x1024', width: 768, height: 1024, maxCovered: 0.5 },
	{ name: 'phone-390x844', width: 390, height: 844, phone: true, maxCovered: 0.25 },
	{ name: 'phone-360x640', width: 360, height: 640, phone: true, maxCovered: 0.25 },
	{ name: 'phone-landscape-844x390', width: 844, height: 390, phone: true, maxCovered: 0.5 }
];

/** In explore mode, at most this much of the map is under the page's own panels. */
const MAX_COVERED_EXPLORING = 0.1;
/** Steps photographed on every screen, for a person to look at. */
const PHOTOGRAPHED = ['four-islands', 'nosappu-gap', 'iturup-airport'];

interface Look {
	/** Share of the map canvas (within the screen) under another element of the page. */
	covered: number;
	/** What covers it most, for the message when it is too much. */
	coveredBy: string;
	/** Each highlighted feature, and how many of the points sampled on it are hidden or off screen. */
	features: { id: string; points: number; hidden: number; example?: string }[];
}

/**
 * The story's features as the build read them (the map draws them from its tiles; their geometry is this), each as
 * the points sampled on it: every point, or about 40 along each ring or line. Worked out once, here, so that each
 * look sends the page a few kilobytes, not the layers' whole geometry.
 */
const SAMPLED: Record<string, { id: string; points: [number, number][] }[]> = Object.fromEntries(
	Object.entries(loadStory(resolve(storyDir())).story!.layers).map(([layer, fc]) => [
		layer,
		fc.features.map((f: GeoFeature) => {
			const g = f.geometry;
			const rings: number[][][] =
				g.type === 'Point'
					? [[g.coordinates]]
					: g.type === 'LineString'
						? [g.coordinates]
						: g.type === 'MultiLineString'
							? g.coordinates
							: g.type === 'Polygon'
								? [g.coordinates[0]!]
								: g.type === 'MultiPolygon'
									? g.coordinates.map((poly) => poly[0]!)
									: [];
			const points = rings.flatMap((ring) => ring.filter((_, i) => i % Math.max(1, Math.ceil(ring.length / 40)) === 0));
			return { id: String(f.properties?.['id']), points: points.map(([lon, lat]) => [lon!, lat!] as [number, number]) };
		})
	])
);

/** Measures, inside the page, what the reader sees of the map and of the features the step highlights. */
function look(page: Page): Promise<Look> {
	return page.evaluate(
		async ({ layers, source }) => {
			const map = window.__treatyMap!;
			const canvas = map.getCanvas();
			const r = canvas.getBoundingClientRect();
			const box = { left: Math.max(0, r.left), top: Math.max(0, r.top), right: Math.min(innerWidth, r.right), bottom: Math.min(innerHeight, r.bottom) };
			const seen = (x: number, y: number): boolean => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight && document.elementFromPoint(x, y) === canvas;

			// The share of the visible canvas, on a 12 px grid, where something of the page lies over it.
			let total = 0;
			let hidden = 0;
			const by = new Map<string, number>();
			for (let y = box.top + 6; y < box.bottom; y += 12)
				for (let x = box.left + 6; x < box.right; x += 12) {
					total++;
					if (seen(x, y)) continue;
					hidden++;
					const over = document.elementFromPoint(x, y)?.closest('[data-covers-map], [class*="maplibregl-ctrl"], [class]');
					const name = over ? `${over.tagName.toLowerCase()}.${[...over.classList].filter((c) => !c.startsWith('svelte-')).join('.')}` : 'nothing';
					by.set(name, (by.get(name) ?? 0) + 1);
				}
			const coveredBy = [...by]
				.sort((a, b) => b[1] - a[1])
				.slice(0, 4)
				.map(([name, n]) => `${name} ${Math.round((100 * n) / Math.max(1, total))}%`)
				.join(', ');

			// The highlighted features: the map's own record (feature state, on its layer of the map's tiles), their
			// geometry from the story's layer files the tiles were made from.
			const features: Look['features'] = [];
			for (const [sourceLayer, sampled] of Object.entries(layers)) {
				for (const { id, points } of sampled) {
					if (!map.getFeatureState({ source, sourceLayer, id })['highlight']) continue;
					let off = 0;
					let example: string | undefined;
					for (const [lon, lat] of points) {
						const p = map.project([lon!, lat!]);
						const x = r.left + p.x;
						const y = r.top + p.y;
						if (!seen(x, y)) {
							off++;
							const over = document.elementFromPoint(x, y);
							example ??= `[${lon}, ${lat}] at (${Math.round(x)}, ${Math.round(y)}) is ${over ? `under ${over.tagName.toLowerCase()}.${[...over.classList].join('.')}` : 'off screen'}`;
						}
					}
					features.push({ id, points: points.length, hidden: off, ...(example ? { example } : {}) });
				}
			}
			return { covered: total ? hidden / total : 1, coveredBy, features };
		},
		{ layers: SAMPLED, source: TILES_SOURCE_ID }
	);
}

/** Waits until the camera stands on step `id`'s view (the map may still be drawing: points and panels are what count). */
async function expectCameraAt(page: Page, id: string): Promise<void> {
	await expect(storyRoot(page)).toHaveAttribute('data-step', id, { timeout: MAP_SETTLE_MS });
	await expect(mapFrame(page)).toHaveAttribute('data-camera-step', id, { timeout: MAP_SETTLE_MS });
}

for (const screen of SCREENS) {
	test.describe(screen.name, () => {
		test.use({ viewport: { width: screen.width, height: screen.height }, ...(screen.phone ? { isMobile: true, hasTouch: true } : {}) });

		test(`at ${screen.width}×${screen.height}, every step shows what it highlights, clear of the page’s panels; exploring gets the map`, async ({ page }) => {
			test.setTimeout(WALK_TIMEOUT_MS);
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await page.goto('/');
			const ids = await stepIds(page);
			const problems: string[] = [];
			let worst = 0;
			// Once the map has drawn the first step, its sources and highlights are there to read.
			await expectArrivedAt(page, ids[0]!);
			// On a phone the reader taps Next; elsewhere the keyboard steps (arrow and page keys in turn). Each time the
			// address, the step's text and the stepper follow.
			const next = page.getByRole('button', { name: 'Next step' });
			for (const [i, id] of ids.entries()) {
				if (i > 0) await (screen.phone ? next.click() : page.keyboard.press(i % 2 ? 'ArrowDown' : 'PageDown'));
				await expectCameraAt(page, id);
				await expectAddress(page, stepAddress(ids, i));
				// (The first step's text waits below the story's header until the reader moves.)
				if (i > 0) await expect(page.locator(`[data-step-id="${id}"]`)).toBeInViewport();
				await expect(page.getByText(`Step ${i + 1} of ${ids.length}`, { exact: true }).last()).toBeVisible();
				// Held upright, a phone's map sits at the top and the step being read starts below it, never under it.
				if (screen.phone && screen.height > screen.width) {
					const map = (await page.locator('.map-column').boundingBox())!;
					const card = (await page.locator(`[data-step-id="${id}"]`).boundingBox())!;
					if (Math.abs(map.y) > 1 || card.y < map.y + map.height - 1)
						problems.push(`${id}: the step's text (top ${Math.round(card.y)}) is under the map (${Math.round(map.y)} to ${Math.round(map.y + map.height)})`);
				}
				const seen = await look(page);
				worst = Math.max(worst, seen.covered);
				if (seen.covered > screen.maxCovered)
					problems.push(`${id}: ${Math.round(seen.covered * 100)}% of the map is under the page's panels (${seen.coveredBy})`);
				for (const f of seen.features) if (f.hidden) problems.push(`${id}: ${f.id}: ${f.hidden} of ${f.points} points hidden, e.g. ${f.example}`);
				if (PHOTOGRAPHED.includes(id)) {
					await expectArrivedAt(page, id);
					await screenshot(page, `screen-${screen.name}-${id}`);
				}
			}
			test.info().annotations.push({ type: 'worst covered', description: `${Math.round(worst * 100)}%` });
			expect(problems, `on ${screen.name}`).toEqual([]);

			// Exploring folds the story away: the map is the reader's, nearly whole.
			await page.getByRole('button', { name: 'Explore the map' }).click();
			await expect(page.getByRole('button', { name: /Back to the story/ })).toBeVisible();
			await expect(mapFrame(page)).not.toHaveAttribute('data-camera-step', /./);
			const exploring = await look(page);
			await screenshot(page, `screen-${screen.name}-exploring`);
			expect(exploring.covered, `exploring on ${screen.name}: ${exploring.coveredBy}`).toBeLessThanOrEqual(MAX_COVERED_EXPLORING);
		});
	});
}

test('a click on Next before the page has started takes effect once it has', async ({ page }) => {
	// Hold the app's code back until the reader has clicked: the click lands on the prerendered page.
	const held: (() => void)[] = [];
	let holding = true;
	await page.route('**/_app/immutable/**', (route) => (holding ? held.push(() => void route.continue()) : route.continue()));
	await page.goto('/', { waitUntil: 'domcontentloaded' });
	const ids = await stepIds(page);
	await page.getByRole('button', { name: 'Next step' }).click();
	await page.getByRole('button', { name: 'Next step' }).click();
	holding = false;
	for (const release of held.splice(0)) release();
	await expectHydrated(page);
	await expect(storyRoot(page)).toHaveAttribute('data-step', ids[2]!);
	await expectArrivedAt(page, ids[2]!);
});
