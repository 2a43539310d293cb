import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { formatFeatureCollection } from './formatGeoJson';

describe('formatFeatureCollection', () => {
	it('writes type, id, properties, geometry in that order, a feature a line, and a final newline', () => {
		const fc = {
			features: [{ geometry: { coordinates: [1, 2], type: 'Point' }, properties: { id: 'a' }, id: 'a', type: 'Feature' }],
			type: 'FeatureCollection'
		} as FeatureCollection;
		expect(formatFeatureCollection(fc)).toBe(
			'{"type":"FeatureCollection","features":[\n{"type":"Feature","id":"a","properties":{"id":"a"},"geometry":{"type":"Point","coordinates":[1,2]}}\n]}\n'
		);
	});

	it('gives the same bytes for the same data however its keys were ordered', () => {
		const a = {
			type: 'FeatureCollection',
			features: [{ type: 'Feature', properties: null, geometry: { type: 'Point', coordinates: [0, 0] } }]
		} as FeatureCollection;
		const b = JSON.parse(
			'{"features":[{"geometry":{"coordinates":[0,0],"type":"Point"},"properties":null,"type":"Feature"}],"type":"FeatureCollection"}'
		) as FeatureCollection;
		expect(formatFeatureCollection(b)).toBe(formatFeatureCollection(a));
		expect(JSON.parse(formatFeatureCollection(a))).toEqual(a);
	});
});
