import distance from '@turf/distance';
import { describe, expect, it } from 'vitest';
import { extendBeyond, gapMidpoint, lineThroughGap } from './lineThroughGap';

const square = (x: number, y: number, d: number): number[][] => [
	[x, y],
	[x + d, y],
	[x + d, y + d],
	[x, y + d],
	[x, y]
];

describe('lineThroughGap', () => {
	it('runs across the middle of the gap, perpendicular to it, from the southern end', () => {
		// Two islands side by side east-west: the strait between them runs north-south.
		const line = lineThroughGap({ type: 'Polygon', coordinates: [square(0, 0, 1)] }, { type: 'Polygon', coordinates: [square(1.2, 0, 1)] }, 20);
		const [south, mid, north] = line.coordinates as [number[], number[], number[]];
		expect(mid[0]).toBeCloseTo(1.1, 6);
		expect(south[0]).toBeCloseTo(1.1, 6);
		expect(north[0]).toBeCloseTo(1.1, 6);
		expect(south[1]!).toBeLessThan(north[1]!);
		expect(distance(mid, north, { units: 'kilometers' })).toBeCloseTo(20, 0);
	});
});

describe('gapMidpoint and extendBeyond', () => {
	it('finds the middle of a gap', () => {
		expect(gapMidpoint({ from: [1, 2], to: [3, 6] })).toEqual([2, 4]);
	});

	it('goes on past the second point, in the same direction, by the distance asked', () => {
		const beyond = extendBeyond([145, 43], [145, 44], 30);
		expect(beyond[0]).toBeCloseTo(145, 9);
		expect(beyond[1]!).toBeGreaterThan(44);
		expect(distance([145, 44], beyond, { units: 'kilometers' })).toBeCloseTo(30, 0);
		const east = extendBeyond([145, 44], [146, 44], 20);
		expect(distance([146, 44], east, { units: 'kilometers' })).toBeCloseTo(20, 0);
		expect(east[1]).toBeCloseTo(44, 9);
	});
});
