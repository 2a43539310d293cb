import { describe, expect, it } from 'vitest';
import { parallelAcross } from './parallelAcross';

describe('parallelAcross', () => {
	it('joins the westernmost and easternmost crossings of the parallel, on the parallel', () => {
		// A diamond from 10°E to 12°E: at 50.5°N its coasts are at 10.5°E and 11.5°E.
		const diamond = {
			type: 'Polygon' as const,
			coordinates: [
				[
					[11, 49],
					[12, 50],
					[11, 51],
					[10, 50],
					[11, 49]
				]
			]
		};
		const line = parallelAcross(diamond, 50.5);
		expect(line.coordinates[0]![0]).toBeCloseTo(10.5, 9);
		expect(line.coordinates[1]![0]).toBeCloseTo(11.5, 9);
		expect(line.coordinates.every((p) => p[1] === 50.5)).toBe(true);
	});

	it('spans every part of a multipolygon it crosses', () => {
		const square = (x: number): number[][] => [
			[x, 0],
			[x + 1, 0],
			[x + 1, 1],
			[x, 1],
			[x, 0]
		];
		const line = parallelAcross({ type: 'MultiPolygon', coordinates: [[square(0)], [square(3)]] }, 0.5);
		expect(line.coordinates).toEqual([
			[0, 0.5],
			[4, 0.5]
		]);
	});

	it('refuses a parallel that misses the outline', () => {
		const tri = {
			type: 'Polygon' as const,
			coordinates: [
				[
					[0, 0],
					[1, 0],
					[0, 1],
					[0, 0]
				]
			]
		};
		expect(() => parallelAcross(tri, 5)).toThrow(/does not cross/);
	});
});
