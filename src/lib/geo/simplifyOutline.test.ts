import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { findKinks } from './findKinks';
import { simplifyOutline, simplifyRing } from './simplifyOutline';

/** 0.001° of latitude is 111 m. */
const M_PER_MILLIDEGREE = 111.2;

describe('simplifyRing', () => {
	it('drops a vertex within the tolerance of the line and keeps one beyond it', () => {
		// A square whose bottom edge bulges 0.0005° (56 m) at its midpoint.
		const ring = [
			[0, 0],
			[0.05, -0.0005],
			[0.1, 0],
			[0.1, 0.1],
			[0, 0.1],
			[0, 0]
		];
		expect(simplifyRing(ring, 100)).toHaveLength(5);
		expect(simplifyRing(ring, 30)).toHaveLength(6);
	});

	it('never leaves fewer than four positions: small islets survive whole', () => {
		const islet = [
			[0, 0],
			[0.0001, 0],
			[0.0001, 0.0001],
			[0, 0.0001],
			[0, 0]
		];
		expect(simplifyRing(islet, 10_000)).toEqual(islet);
	});

	it('measures the tolerance in metres whatever the latitude', () => {
		// A bulge of 0.001° of longitude on the east edge, at 60°N: there that is 56 m, not 111 m.
		const ring = [
			[0, 60],
			[0.2, 60],
			[0.201, 60.05],
			[0.2, 60.1],
			[0, 60.1],
			[0, 60]
		];
		expect(simplifyRing(ring, 0.55 * M_PER_MILLIDEGREE)).toHaveLength(5);
		expect(simplifyRing(ring, 0.45 * M_PER_MILLIDEGREE)).toHaveLength(6);
	});
});

describe('simplifyOutline', () => {
	it('keeps every part of a multipolygon', () => {
		const sq = (x: number): Position[] => [
			[x, 0],
			[x + 0.001, 0],
			[x + 0.001, 0.001],
			[x, 0.001],
			[x, 0]
		];
		const g: MultiPolygon = { type: 'MultiPolygon', coordinates: [[sq(0)], [sq(1)], [sq(2)]] };
		expect(simplifyOutline(g, 5000).coordinates).toHaveLength(3);
	});

	it('puts vertices back where simplifying would make a ring cross itself', () => {
		// The bottom edge dips 0.003° (333 m) at x = 0.5; a thin spike from the top reaches down between the dip and
		// the straight line the dip would be simplified to. Dropping the dip would run the edge through the spike.
		const ring: Position[] = [
			[0, 0.003],
			[0.5, 0],
			[1, 0.003],
			[1, 1],
			[0.502, 1],
			[0.5005, 0.001],
			[0.4995, 0.001],
			[0.498, 1],
			[0, 1],
			[0, 0.003]
		];
		const g: Polygon = { type: 'Polygon', coordinates: [ring] };
		expect(findKinks(g)).toEqual([]);
		expect(findKinks({ type: 'Polygon', coordinates: [simplifyRing(ring, 400)] }).length).toBeGreaterThan(0);
		const out = simplifyOutline(g, 400);
		expect(findKinks(out)).toEqual([]);
		expect(out.coordinates[0]).toContainEqual([0.5, 0]);
	});
});
