import { describe, expect, it } from 'vitest';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { areaLabelPoints } from './areaLabelPoints';

// A "C"-shaped island whose centre of mass lies outside it, and a group of four equal islets.
const cShape: Polygon = {
	type: 'Polygon',
	coordinates: [
		[
			[0, 0],
			[3, 0],
			[3, 1],
			[1, 1],
			[1, 2],
			[3, 2],
			[3, 3],
			[0, 3],
			[0, 0]
		]
	]
};
const square = (x: number, y: number): number[][][] => [
	[
		[x, y],
		[x + 0.1, y],
		[x + 0.1, y + 0.1],
		[x, y + 0.1],
		[x, y]
	]
];
const group: MultiPolygon = { type: 'MultiPolygon', coordinates: [square(0, 0), square(1, 0), square(0, 1), square(1, 1)] };

describe('areaLabelPoints', () => {
	const fc: FeatureCollection<Polygon | MultiPolygon, { id: string }> = {
		type: 'FeatureCollection',
		features: [
			{ type: 'Feature', properties: { id: 'c' }, geometry: cShape },
			{ type: 'Feature', properties: { id: 'g' }, geometry: group }
		]
	};
	const [c, g] = areaLabelPoints(fc).features;

	it('keeps a single island label on land, even when its centre of mass is at sea', () => {
		expect(booleanPointInPolygon(c!.geometry.coordinates, cShape)).toBe(true);
	});
	it('labels a group of islets in its middle', () => {
		expect(g!.geometry.coordinates[0]).toBeCloseTo(0.55, 3);
		expect(g!.geometry.coordinates[1]).toBeCloseTo(0.55, 2);
	});
	it('carries the ids and labels across', () => {
		expect(g!.properties).toEqual({ id: 'g' });
		expect(g!.id).toBe('g');
	});
});
