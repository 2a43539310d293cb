import kinks from '@turf/kinks';
import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { findKinks, findKinkSegments } from './findKinks';

const poly = (ring: number[][]): Polygon => ({ type: 'Polygon', coordinates: [ring] });

/** A deterministic pseudo-random star-ish ring: sometimes simple, sometimes crossing itself. */
function randomRing(seed: number, n: number): Position[] {
	let s = seed;
	const rand = (): number => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
	const ring: Position[] = [];
	for (let i = 0; i < n; i++) {
		const a = rand() * 2 * Math.PI;
		const r = 0.2 + rand();
		ring.push([Math.round(r * Math.cos(a) * 1000) / 1000, Math.round(r * Math.sin(a) * 1000) / 1000]);
	}
	ring.push(ring[0]!);
	return ring;
}

describe('findKinks', () => {
	it('finds nothing in a simple square, even with a repeated vertex', () => {
		expect(
			findKinks(
				poly([
					[0, 0],
					[1, 0],
					[1, 0],
					[1, 1],
					[0, 1],
					[0, 0]
				])
			)
		).toEqual([]);
	});

	it('finds where a bow-tie crosses itself', () => {
		expect(
			findKinks(
				poly([
					[0, 0],
					[2, 2],
					[2, 0],
					[0, 2],
					[0, 0]
				])
			)
		).toEqual([[1, 1]]);
	});

	it('finds a ring touching itself at a vertex, and the segments that meet', () => {
		const pinched = poly([
			[0, 0],
			[2, 0],
			[1, 1],
			[2, 2],
			[0, 2],
			[1, 1],
			[0, 0]
		]);
		const found = findKinkSegments(pinched);
		expect(found.map((k) => k.at)).toContainEqual([1, 1]);
		expect(found[0]!.segments.every((s) => s.run === 0)).toBe(true);
	});

	it('finds collinear overlaps, which @turf/kinks misses', () => {
		const overlap = {
			type: 'MultiLineString' as const,
			coordinates: [
				[
					[0, 0],
					[2, 0]
				],
				[
					[1, 0],
					[3, 0]
				]
			]
		};
		expect(findKinks(overlap).length).toBeGreaterThan(0);
	});

	it('finds crossings between the parts of a multipolygon', () => {
		const g = {
			type: 'MultiPolygon' as const,
			coordinates: [
				[
					[
						[0, 0],
						[2, 0],
						[2, 2],
						[0, 2],
						[0, 0]
					]
				],
				[
					[
						[1, 1],
						[3, 1],
						[3, 3],
						[1, 3],
						[1, 1]
					]
				]
			]
		};
		expect(findKinks(g)).toHaveLength(2);
	});

	it('agrees with @turf/kinks on whether random rings cross themselves', () => {
		for (let seed = 1; seed <= 40; seed++) {
			const g = poly(randomRing(seed, 4 + (seed % 9)));
			expect(findKinks(g).length > 0, `seed ${seed}`).toBe(kinks(g).features.length > 0);
		}
	});
});
