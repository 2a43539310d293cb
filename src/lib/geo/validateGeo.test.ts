import { describe, expect, it } from 'vitest';
import { formatGeoError, GEO_LAYER_IDS, validateGeo } from './validateGeo';

describe('formatGeoError', () => {
	it('reads "file: feature: field: message", leaving out what is unknown', () => {
		expect(formatGeoError({ file: 'geo/places.geojson', id: 'nagato', field: 'source', message: 'missing' })).toBe(
			'geo/places.geojson: feature "nagato": field "source": missing'
		);
		expect(formatGeoError({ file: 'geo/land.geojson', message: 'file not found' })).toBe('geo/land.geojson: file not found');
	});
});

describe('validateGeo', () => {
	it('reports every layer that is not in the record, by its file name', () => {
		const errors = validateGeo({});
		expect(errors).toEqual(GEO_LAYER_IDS.map((l) => ({ file: `${l}.geojson`, message: 'file not found' })));
	});

	it('passes on read and parse errors, and rejects what is not a FeatureCollection', () => {
		const errors = validateGeo({
			'x/islands.geojson': new Error('malformed JSON (Unexpected end)'),
			'x/places.geojson': { type: 'Feature' },
			'x/lines.geojson': { type: 'FeatureCollection', features: {} }
		});
		expect(errors).toContainEqual({ file: 'x/islands.geojson', message: 'malformed JSON (Unexpected end)' });
		expect(errors).toContainEqual({ file: 'x/places.geojson', message: expect.stringContaining('not a GeoJSON FeatureCollection') });
		expect(errors).toContainEqual({ file: 'x/lines.geojson', field: 'features', message: 'missing or not an array' });
	});

	it('wants the top-level id to equal properties.id, and ids unique within a file', () => {
		const point = (id: string, top: string | undefined) => ({
			type: 'Feature',
			...(top !== undefined ? { id: top } : {}),
			properties: { id },
			geometry: { type: 'Point', coordinates: [139.7, 35.7] }
		});
		const errors = validateGeo({ 'places.geojson': { type: 'FeatureCollection', features: [point('a', undefined), point('b', 'c'), point('b', 'b')] } });
		const idErrors = errors.filter((e) => e.file === 'places.geojson' && e.field === 'id');
		expect(idErrors).toContainEqual({
			file: 'places.geojson',
			id: 'a',
			field: 'id',
			message: 'the feature\'s top-level id must equal properties.id "a" (got null)'
		});
		expect(idErrors).toContainEqual({ file: 'places.geojson', id: 'b', field: 'id', message: expect.stringContaining('(got "c")') });
		expect(idErrors).toContainEqual({ file: 'places.geojson', id: 'b', field: 'id', message: 'duplicate id "b" in this file' });
		expect(idErrors).toContainEqual({
			file: 'places.geojson',
			id: 'tokyo',
			field: 'id',
			message: expect.stringContaining('missing: this layer must hold tokyo')
		});
	});

	it('names a feature without an id by its index', () => {
		const errors = validateGeo({ 'borders.geojson': { type: 'FeatureCollection', features: [{ type: 'Feature', properties: null, geometry: null }] } });
		expect(errors).toContainEqual({ file: 'borders.geojson', id: '#0', field: 'geometry', message: 'missing' });
	});
});
