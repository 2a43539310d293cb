import { describe, expect, it } from 'vitest';
import { untangleRing } from './untangleRing';

describe('untangleRing', () => {
	it('leaves a simple ring as one lobe', () => {
		const ring = [
			[0, 0],
			[1, 0],
			[1, 1],
			[0, 1],
			[0, 0]
		];
		expect(untangleRing(ring)).toEqual({ lobes: [ring], pinchedHoles: [] });
	});

	it('splits two lobes joined at one vertex into two rings', () => {
		// A figure eight through (1, 1), both lobes counter-clockwise.
		const ring = [
			[0, 0],
			[1, 0],
			[1, 1],
			[2, 1],
			[2, 2],
			[1, 2],
			[1, 1],
			[0, 1],
			[0, 0]
		];
		const { lobes, pinchedHoles } = untangleRing(ring);
		expect(pinchedHoles).toEqual([]);
		expect(lobes).toHaveLength(2);
		expect(lobes).toContainEqual([
			[1, 1],
			[2, 1],
			[2, 2],
			[1, 2],
			[1, 1]
		]);
	});

	it('tells a lagoon pinched onto the coast (winding the other way) from a lobe', () => {
		// Land ring clockwise from (0,0); at (2,0) it runs round a small loop the other way, then carries on.
		const ring = [
			[0, 0],
			[0, 4],
			[4, 4],
			[4, 0],
			[2, 0],
			[2.5, 1],
			[1.5, 1],
			[2, 0],
			[0, 0]
		];
		const { lobes, pinchedHoles } = untangleRing(ring);
		expect(lobes).toHaveLength(1);
		expect(pinchedHoles).toEqual([
			[
				[2, 0],
				[2.5, 1],
				[1.5, 1],
				[2, 0]
			]
		]);
	});
});
