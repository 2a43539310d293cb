import { describe, expect, it } from 'vitest';
import { roundGeometry, roundTo } from './roundCoords';

describe('roundTo', () => {
	it('rounds to the given decimals and never gives -0', () => {
		expect(roundTo(145.817224, 5)).toBe(145.81722);
		expect(roundTo(-0.000001, 3)).toBe(0);
		expect(Object.is(roundTo(-0.000001, 3), -0)).toBe(false);
	});
});

describe('roundGeometry', () => {
	it('drops repeats that rounding makes consecutive and keeps rings closed', () => {
		const g = roundGeometry(
			{
				type: 'Polygon',
				coordinates: [
					[
						[0, 0],
						[1, 0],
						[1.000001, 0],
						[1, 1],
						[0, 1],
						[0, 0.000001]
					]
				]
			},
			3
		);
		expect(g).toEqual({
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[1, 0],
					[1, 1],
					[0, 1],
					[0, 0]
				]
			]
		});
	});

	it('drops parts that rounding collapses to slivers, and holes with them', () => {
		const g = roundGeometry(
			{
				type: 'MultiPolygon',
				coordinates: [
					[
						[
							[0, 0],
							[1, 0],
							[1, 1],
							[0, 0]
						]
					],
					[
						[
							[5, 5],
							[5.0001, 5],
							[5.0001, 5.0001],
							[5, 5]
						]
					]
				]
			},
			2
		);
		expect(g).toEqual({
			type: 'MultiPolygon',
			coordinates: [
				[
					[
						[0, 0],
						[1, 0],
						[1, 1],
						[0, 0]
					]
				]
			]
		});
	});

	it('rounds points and lines', () => {
		expect(roundGeometry({ type: 'Point', coordinates: [1.23456, 2.34567] }, 2)).toEqual({ type: 'Point', coordinates: [1.23, 2.35] });
		expect(
			roundGeometry(
				{
					type: 'LineString',
					coordinates: [
						[0, 0],
						[0.001, 0],
						[1, 1]
					]
				},
				2
			)
		).toEqual({
			type: 'LineString',
			coordinates: [
				[0, 0],
				[1, 1]
			]
		});
	});
});
