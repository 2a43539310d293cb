import { describe, expect, it } from 'vitest';
import { areaKm2 } from './areaKm2';

describe('areaKm2', () => {
	it('measures a 1° square on the equator as R²·Δλ·Δ(sin φ) on a sphere: about 12,390 km²', () => {
		const square = {
			type: 'Polygon' as const,
			coordinates: [
				[
					[0, 0],
					[1, 0],
					[1, 1],
					[0, 1],
					[0, 0]
				]
			]
		};
		const km2 = areaKm2(square, 0);
		expect(km2).toBeGreaterThan(12_350);
		expect(km2).toBeLessThan(12_400);
	});

	it('adds parts, subtracts holes and rounds to one decimal by default', () => {
		const small = [
			[0, 0],
			[0.01, 0],
			[0.01, 0.01],
			[0, 0.01],
			[0, 0]
		];
		const one = areaKm2({ type: 'Polygon', coordinates: [small] }, 4);
		expect(areaKm2({ type: 'MultiPolygon', coordinates: [[small], [small.map(([x, y]) => [x! + 1, y!])]] }, 4)).toBeCloseTo(2 * one, 3);
		const hole = [
			[0.0025, 0.0025],
			[0.0025, 0.0075],
			[0.0075, 0.0075],
			[0.0075, 0.0025],
			[0.0025, 0.0025]
		];
		expect(areaKm2({ type: 'Polygon', coordinates: [small, hole] }, 4)).toBeCloseTo(0.75 * one, 3);
		expect(areaKm2({ type: 'Polygon', coordinates: [small] })).toBe(1.2);
	});
});
