import { describe, expect, it } from 'vitest';
import type { BBox } from '../geo/types';
import { geoMercator } from 'd3-geo';
import { clipToExtent, INSET_SIZE_PX, insetFrameFor, insetProjection, projectToInset, viewRectOnInset } from './insetExtent';

const REGION: BBox = [110, 22, 170, 58];
const CONTINENT: BBox = [20, -2, 180, 72];
const EXTENTS = [
	{ id: 'region', bounds: REGION },
	{ id: 'continent', bounds: CONTINENT }
];

describe('insetFrameFor', () => {
	it('shows the smallest extent that holds the view', () => {
		expect(insetFrameFor([144, 42, 150, 46], EXTENTS)?.id).toBe('region');
	});
	it('widens to the next extent when the view leaves the first', () => {
		expect(insetFrameFor([104, 12, 112, 20], EXTENTS)?.bounds).toEqual(CONTINENT);
		expect(insetFrameFor([30, 50, 145, 60], EXTENTS)?.id).toBe('continent');
	});
	it('keeps an extent for a view exactly on its edge', () => {
		expect(insetFrameFor(REGION, EXTENTS)?.id).toBe('region');
	});
	it('falls back to the largest, last extent for a view beyond them all, and to nothing without extents', () => {
		expect(insetFrameFor([-170, -80, 170, 80], EXTENTS)?.id).toBe('continent');
		expect(insetFrameFor([0, 0, 1, 1], [])).toBeUndefined();
	});
});

describe('clipToExtent', () => {
	it('clips a view that runs past the extent', () => {
		expect(clipToExtent([160, 50, 175, 60], REGION)).toEqual([160, 50, 170, 58]);
	});
	it('returns null when they do not meet', () => {
		expect(clipToExtent([-10, 0, 0, 10], REGION)).toBeNull();
	});
});

describe('insetProjection', () => {
	it('is the projection d3-geo fits to the extent, so the view box lands on the land drawn at build', () => {
		for (const bounds of [REGION, CONTINENT, [-80, -60, -40, -30] as BBox]) {
			const d3 = geoMercator().fitExtent(
				[
					[2, 2],
					[INSET_SIZE_PX.width - 2, INSET_SIZE_PX.height - 2]
				],
				{
					type: 'MultiPoint',
					coordinates: [
						[bounds[0], bounds[1]],
						[bounds[2], bounds[3]]
					]
				}
			);
			const ours = insetProjection(bounds);
			expect(ours.scale).toBeCloseTo(d3.scale(), 6);
			for (const point of [
				[bounds[0], bounds[1]],
				[bounds[2], bounds[3]],
				[(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2]
			] as [number, number][]) {
				const [x, y] = projectToInset(point, ours);
				const [dx, dy] = d3(point)!;
				expect(x).toBeCloseTo(dx, 6);
				expect(y).toBeCloseTo(dy, 6);
			}
		}
	});
	it('fits the extent inside the inset, less its margin, centred', () => {
		const p = insetProjection(REGION);
		const [x0, y0] = projectToInset([REGION[0], REGION[3]], p);
		const [x1, y1] = projectToInset([REGION[2], REGION[1]], p);
		expect(Math.min(x0, y0)).toBeGreaterThanOrEqual(2 - 1e-9);
		expect(x1).toBeLessThanOrEqual(INSET_SIZE_PX.width - 2 + 1e-9);
		expect(y1).toBeLessThanOrEqual(INSET_SIZE_PX.height - 2 + 1e-9);
		// One axis fills the inset; the other is centred.
		expect(Math.max((x1 - x0) / (INSET_SIZE_PX.width - 4), (y1 - y0) / (INSET_SIZE_PX.height - 4))).toBeCloseTo(1, 9);
		expect((x0 + x1) / 2).toBeCloseTo(INSET_SIZE_PX.width / 2, 6);
		expect((y0 + y1) / 2).toBeCloseTo(INSET_SIZE_PX.height / 2, 6);
	});
});

describe('viewRectOnInset', () => {
	const p = insetProjection(REGION);
	it('draws the view where it lies, clipped to the extent', () => {
		const rect = viewRectOnInset([140, 40, 150, 48], REGION, p)!;
		const [x, y] = projectToInset([140, 48], p);
		expect(rect.x).toBeCloseTo(x, 6);
		expect(rect.y).toBeCloseTo(y, 6);
		const clipped = viewRectOnInset([160, 40, 190, 48], REGION, p)!;
		expect(clipped.x + clipped.w).toBeCloseTo(projectToInset([170, 40], p)[0], 6);
	});
	it('keeps a tiny view visible, centred on it, and draws nothing for a view outside the extent', () => {
		const rect = viewRectOnInset([145.5, 43.5, 145.51, 43.51], REGION, p)!;
		expect(rect.w).toBe(3);
		expect(rect.h).toBe(3);
		expect(rect.x + rect.w / 2).toBeCloseTo(projectToInset([145.505, 43.505], p)[0], 2);
		expect(viewRectOnInset([0, 0, 10, 10], REGION, p)).toBeNull();
	});
});
