import { describe, expect, it } from 'vitest';
import type { BBox } from '../geo/types';
import {
	boundsCenter,
	DEFAULT_FIT_PADDING_PX,
	toMercator,
	viewFor,
	WORLD_TILE_PX,
	type CameraTarget,
	type CameraView,
	type Padding,
	type Viewport
} from '../map/camera';
import { bboxesMeet, NO_PADDING, paddedCenter, projectionFor, viewBBox } from './projectStep';

const DESKTOP: Viewport = { width: 1280, height: 800 };
const STATIC: Viewport = { width: 800, height: 560 };
const PANEL_PX = 440;
/** A text panel over the left of a desktop map. */
const PANEL: Padding = { top: 0, right: 0, bottom: 0, left: PANEL_PX };
/** A small group of islands, fitted: about zoom 7 in the static map. */
const ISLANDS_BBOX: BBox = [145.0, 43.0, 149.0, 46.0];

/** Independent of d3: where MapLibre draws `p`, from camera.ts's unit Mercator square scaled to the zoom. */
function mapLibrePx(p: [number, number], view: CameraView, viewport: Viewport): [number, number] {
	const worldPx = WORLD_TILE_PX * 2 ** view.zoom;
	const [mx, my] = toMercator(p);
	const [cx, cy] = toMercator(view.center);
	const [ox, oy] = paddedCenter(viewport, view.padding);
	return [ox + (mx - cx) * worldPx, oy + (my - cy) * worldPx];
}

const flat = { bearing: 0, pitch: 0 };
const JAPAN: CameraTarget = { center: [138, 37.5], zoom: 4.5, ...flat };
const MOSCOW: CameraTarget = { center: [37.62, 55.75], zoom: 3, ...flat };
const ISLANDS: CameraTarget = { center: boundsCenter(ISLANDS_BBOX), bounds: ISLANDS_BBOX, fitPaddingPx: 40, maxZoom: 11, ...flat };
const DANANG_TO_TOKYO: BBox = [108.2, 16.05, 139.7, 35.7];
const WIDE: CameraTarget = { center: boundsCenter(DANANG_TO_TOKYO), bounds: DANANG_TO_TOKYO, fitPaddingPx: 60, maxZoom: 11, ...flat };

const cases: { name: string; target: CameraTarget; viewport: Viewport; padding: Padding }[] = [
	{ name: 'Japan at zoom 4.5', target: JAPAN, viewport: STATIC, padding: NO_PADDING },
	{ name: 'Japan at zoom 4.5 beside a text panel', target: JAPAN, viewport: DESKTOP, padding: PANEL },
	{ name: 'Moscow at zoom 3', target: MOSCOW, viewport: STATIC, padding: NO_PADDING },
	{ name: 'Moscow at zoom 3 beside a text panel', target: MOSCOW, viewport: DESKTOP, padding: PANEL },
	{ name: 'the islands fitted (about zoom 7)', target: ISLANDS, viewport: STATIC, padding: NO_PADDING },
	{ name: 'the islands fitted beside a text panel', target: ISLANDS, viewport: DESKTOP, padding: PANEL },
	{ name: 'Danang to Tokyo fitted, padded all round', target: WIDE, viewport: STATIC, padding: { top: 30, right: 20, bottom: 50, left: 100 } }
];

describe('projectionFor frames what MapLibre frames', () => {
	it.each(cases)('puts the view centre at the middle of the padded area: $name', ({ target, viewport, padding }) => {
		const view = viewFor(target, viewport, padding);
		const [x, y] = projectionFor(view, viewport)(view.center)!;
		expect(x).toBeCloseTo(padding.left + (viewport.width - padding.left - padding.right) / 2, 6);
		expect(y).toBeCloseTo(padding.top + (viewport.height - padding.top - padding.bottom) / 2, 6);
	});

	it.each(cases)('agrees with the Mercator camera maths to a hundredth of a pixel everywhere in view: $name', ({ target, viewport, padding }) => {
		const view = viewFor(target, viewport, padding);
		const projection = projectionFor(view, viewport);
		const [w, s, e, n] = viewBBox(projection, [
			[0, 0],
			[viewport.width, viewport.height]
		]);
		for (const fx of [0, 0.25, 0.5, 0.9, 1]) {
			for (const fy of [0, 0.3, 1]) {
				const p: [number, number] = [w + (e - w) * fx, s + (n - s) * fy];
				const [x, y] = projection(p)!;
				const [ex, ey] = mapLibrePx(p, view, viewport);
				expect(Math.abs(x - ex)).toBeLessThan(0.01);
				expect(Math.abs(y - ey)).toBeLessThan(0.01);
			}
		}
	});

	it.each(cases.filter((c) => c.target.bounds))('fits the fitted box inside the view, touching the limiting edges: $name', ({ target, viewport, padding }) => {
		const view = viewFor(target, viewport, padding);
		const projection = projectionFor(view, viewport);
		const [w, s, e, n] = target.bounds!;
		const [x0, y1] = projection([w, s])!;
		const [x1, y0] = projection([e, n])!;
		const fit = target.fitPaddingPx ?? DEFAULT_FIT_PADDING_PX;
		const room = {
			left: padding.left + fit,
			right: viewport.width - padding.right - fit,
			top: padding.top + fit,
			bottom: viewport.height - padding.bottom - fit
		};
		const slack = 0.5;
		expect(x0).toBeGreaterThanOrEqual(room.left - slack);
		expect(x1).toBeLessThanOrEqual(room.right + slack);
		expect(y0).toBeGreaterThanOrEqual(room.top - slack);
		expect(y1).toBeLessThanOrEqual(room.bottom + slack);
		// Whichever axis limits the zoom, the box spans it: "the same area as MapLibre, within a few percent".
		const fillX = (x1 - x0) / (room.right - room.left);
		const fillY = (y1 - y0) / (room.bottom - room.top);
		expect(Math.max(fillX, fillY)).toBeGreaterThan(0.97);
		expect(Math.max(fillX, fillY)).toBeLessThan(1.001);
	});

	it('matches the camera maths for the independent check too (the check is not vacuous)', () => {
		const view = viewFor(JAPAN, STATIC, NO_PADDING);
		const tokyo: [number, number] = [139.69, 35.69];
		const [x, y] = projectionFor(view, STATIC)(tokyo)!;
		const worldPx = 512 * 2 ** 4.5;
		expect(x).toBeCloseTo(400 + ((139.69 - 138) / 360) * worldPx, 6);
		expect(y).toBeGreaterThan(280); // south of the centre is lower on the page
		expect(mapLibrePx(tokyo, view, STATIC)[1]).toBeCloseTo(y, 6);
	});

	it('refuses a rotated or tilted view instead of framing a different area', () => {
		const view = viewFor(JAPAN, STATIC, NO_PADDING);
		expect(() => projectionFor({ ...view, bearing: 30 }, STATIC)).toThrow(/north-up/);
		expect(() => projectionFor({ ...view, pitch: 40 }, STATIC)).toThrow(/bearing 0, pitch 40/);
	});
});

describe('viewBBox and bboxesMeet', () => {
	it('gives the degrees a view shows, and which feature boxes meet it', () => {
		const view = viewFor(MOSCOW, STATIC, NO_PADDING);
		const box = viewBBox(projectionFor(view, STATIC), [
			[0, 0],
			[800, 560]
		]);
		// 800 px at zoom 3 is 800 / 4096 of the world: 70.3 degrees.
		expect(box[2] - box[0]).toBeCloseTo((800 / 4096) * 360, 6);
		expect(bboxesMeet(box, [30, 50, 40, 60])).toBe(true);
		expect(bboxesMeet(box, [140, 30, 150, 45])).toBe(false);
		expect(bboxesMeet(box, [30, 70, 40, 80])).toBe(false);
	});

	it('handles a view across the antimeridian', () => {
		const view = viewFor({ center: [179, 60], zoom: 5, ...flat }, STATIC, NO_PADDING);
		const box = viewBBox(projectionFor(view, STATIC), [
			[0, 0],
			[800, 560]
		]);
		expect(box[0]).toBeGreaterThan(box[2]);
		expect(bboxesMeet(box, [-179.5, 59, -178, 61])).toBe(true);
		expect(bboxesMeet(box, [175, 59, 178.5, 61])).toBe(true);
		expect(bboxesMeet(box, [0, 59, 10, 61])).toBe(false);
	});
});
