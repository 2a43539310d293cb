import { describe, expect, it } from 'vitest';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { islandLabelPoints } from './islandLabelPoints';

const names = { label_ja: 'A', label_ru: 'A', label_both: 'A' };
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

describe('islandLabelPoints', () => {
	const fc: FeatureCollection<Polygon | MultiPolygon, typeof names & { id: string }> = {
		type: 'FeatureCollection',
		features: [
			{ type: 'Feature', properties: { id: 'c', ...names }, geometry: cShape },
			{ type: 'Feature', properties: { id: 'g', ...names }, geometry: group }
		]
	};
	const [c, g] = islandLabelPoints(fc).features;

	it('keeps a single island label on land, even when its centre of mass is at sea', () => {
		expect(booleanPointInPolygon(c!.geometry.coordinates, cShape)).toBe(true);
	});
	it('labels a group of islets in its middle', () => {
		expect(g!.geometry.coordinates[0]).toBeCloseTo(0.55, 3);
		expect(g!.geometry.coordinates[1]).toBeCloseTo(0.55, 2);
	});
	it('carries the ids and labels across', () => {
		expect(g!.properties).toEqual({ id: 'g', ...names });
		expect(g!.id).toBe('g');
	});
});
