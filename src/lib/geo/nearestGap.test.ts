import { describe, expect, it } from 'vitest';
import { gapBetween, nearestGap } from './nearestGap';

const square = (x: number, y: number, d: number): number[][] => [
	[x, y],
	[x + d, y],
	[x + d, y + d],
	[x, y + d],
	[x, y]
];

describe('nearestGap', () => {
	it('finds the nearest point on the nearest ring, with its great-circle distance', () => {
		const gap = nearestGap([0, 0], { type: 'MultiPolygon', coordinates: [[square(1, -0.5, 1)], [square(0.5, -0.05, 0.1)]] });
		expect(gap.part).toBe(1);
		expect(gap.to[0]).toBeCloseTo(0.5, 6);
		expect(gap.to[1]).toBeCloseTo(0, 6);
		expect(gap.distanceKm).toBeCloseTo(55.6, 1); // 0.5° of the equator
	});
});

describe('gapBetween', () => {
	it('finds the shortest segment between two outlines from either side', () => {
		const gap = gapBetween({ type: 'Polygon', coordinates: [square(0, 0, 1)] }, { type: 'Polygon', coordinates: [square(1.2, 0.2, 0.5)] });
		expect(gap.from[0]).toBeCloseTo(1, 6);
		expect(gap.to[0]).toBeCloseTo(1.2, 6);
		expect(gap.distanceKm).toBeCloseTo(22.2, 1);
	});
});
