import { describe, expect, it } from 'vitest';
import { geoArea } from 'd3-geo';
import type { FeatureCollection, Position } from 'geojson';
import { d3Wound, layerParts } from './layerParts';

const box = (w: number, s: number, e: number, n: number): Position[] => [
	[w, s],
	[e, s],
	[e, n],
	[w, n],
	[w, s]
];
const HEMISPHERE_SR = 2 * Math.PI;

describe('d3Wound', () => {
	it('winds an RFC 7946 polygon (anticlockwise exterior, clockwise hole) the way d3 reads it', () => {
		const rfc = [box(140, 40, 145, 45), [...box(142, 42, 143, 43)].reverse()];
		const wound = d3Wound(rfc);
		expect(geoArea({ type: 'Polygon', coordinates: rfc })).toBeGreaterThan(HEMISPHERE_SR);
		expect(geoArea(wound)).toBeLessThan(0.01);
		expect(geoArea(wound)).toBeGreaterThan(0);
		expect(geoArea(wound)).toBeLessThan(geoArea(d3Wound([box(140, 40, 145, 45)])));
	});
	it('leaves a polygon already wound for d3 as it is', () => {
		const d3 = [[...box(140, 40, 145, 45)].reverse()];
		expect(d3Wound(d3).coordinates).toEqual(d3);
	});
});

describe('layerParts', () => {
	const layer: FeatureCollection = {
		type: 'FeatureCollection',
		features: [
			{ type: 'Feature', properties: { id: 'm' }, geometry: { type: 'MultiPolygon', coordinates: [[box(0, 0, 1, 1)], [box(10, 10, 12, 11)]] } },
			{
				type: 'Feature',
				properties: { id: 'l' },
				geometry: {
					type: 'MultiLineString',
					coordinates: [
						[
							[0, 0],
							[1, 1]
						],
						[
							[5, 5],
							[6, 7]
						]
					]
				}
			},
			{ type: 'Feature', properties: { id: 'none' }, geometry: null as never }
		]
	};
	it('splits multi-geometries into parts, each with its own box', () => {
		const [m, l, none] = layerParts(layer);
		expect(m!.parts.map((p) => p.bbox)).toEqual([
			[0, 0, 1, 1],
			[10, 10, 12, 11]
		]);
		expect(m!.parts.every((p) => p.geometry.type === 'Polygon')).toBe(true);
		expect(l!.parts.map((p) => p.bbox)).toEqual([
			[0, 0, 1, 1],
			[5, 5, 6, 7]
		]);
		expect(none!.parts).toEqual([]);
	});
	it('prepares a layer once, however many steps draw it', () => {
		expect(layerParts(layer)).toBe(layerParts(layer));
	});
});
