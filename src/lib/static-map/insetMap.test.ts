import { readFileSync } from 'node:fs';
import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { BBox } from '../geo/types';
import { INSET_SIZE_PX, insetProjection, projectToInset } from '../map/insetExtent';
import { PALETTE } from '../style/palette';
import { pathPoints } from './fixtures/pathPoints';
import { insetLandSvg } from './insetMap';
import { xmlErrors } from './wellFormedXml';

const world = JSON.parse(readFileSync(new URL('./fixtures/world.geojson', import.meta.url), 'utf8')) as FeatureCollection<Geometry | null>;
const REGION: BBox = [110, 22, 170, 58];

describe('insetLandSvg', () => {
	const svg = insetLandSvg(world, REGION);
	it('is a well-formed SVG of the inset’s size: sea, then land in the basemap’s colours', () => {
		expect(xmlErrors(svg)).toEqual([]);
		expect(svg).toContain(`width="${INSET_SIZE_PX.width}" height="${INSET_SIZE_PX.height}"`);
		expect(svg.indexOf(PALETTE.sea)).toBeLessThan(svg.indexOf(PALETTE.land));
	});
	it('draws the land in the frame the live inset draws its view box in, clipped to the inset', () => {
		const d = /<path d="([^"]+)"/.exec(svg)?.[1] ?? '';
		const points = pathPoints(d).flat();
		expect(points.length).toBeGreaterThan(3);
		for (const [x, y] of points) {
			expect(x).toBeGreaterThanOrEqual(0);
			expect(x).toBeLessThanOrEqual(INSET_SIZE_PX.width);
			expect(y).toBeGreaterThanOrEqual(0);
			expect(y).toBeLessThanOrEqual(INSET_SIZE_PX.height);
		}
		// A vertex of the fixture's land inside the extent lands where the inset's projection puts it (1 decimal).
		const p = insetProjection(REGION);
		const near = (a: [number, number]): boolean => points.some(([x, y]) => Math.hypot(x - a[0], y - a[1]) < 0.1);
		const inside = world.features
			.flatMap((f) =>
				f.geometry?.type === 'Polygon' ? f.geometry.coordinates[0]! : f.geometry?.type === 'MultiPolygon' ? f.geometry.coordinates.flat(1)[0]! : []
			)
			.find(([lon, lat]) => lon! > REGION[0] + 5 && lon! < REGION[2] - 5 && lat! > REGION[1] + 5 && lat! < REGION[3] - 5);
		expect(inside).toBeDefined();
		expect(near(projectToInset([inside![0]!, inside![1]!], p))).toBe(true);
	});
});
