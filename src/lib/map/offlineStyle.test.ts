import { describe, expect, it } from 'vitest';
import { TEST_MAP } from '../story/testStory';
import { PALETTE } from '../style/palette';
import { BORDER_LOOK, COAST_MIN_ZOOM, OSM_CREDIT, WORLD_MAX_ZOOM } from './basemapLook';
import { offlineStyle, storySources } from './offlineStyle';

const urls = { world: '/data/world.geojson', land: '/data/land.geojson', borders: '/data/borders.geojson' };

describe('offlineStyle', () => {
	const style = offlineStyle(urls);

	it('draws the bundled basemap from the app’s own files, asking for no glyphs, sprites or tiles', () => {
		expect(Object.keys(style.sources)).toEqual(['world', 'land', 'borders']);
		expect(style.sources['land']).toMatchObject({ type: 'geojson', data: '/data/land.geojson' });
		expect(style).not.toHaveProperty('glyphs');
		expect(style).not.toHaveProperty('sprite');
	});

	it('draws sea, world, land, coast and borders, bottom to top, in the shared palette and basemap look', () => {
		expect(style.layers.map((l) => l.id)).toEqual(['sea', 'world-fill', 'land-fill', 'land-outline', 'borders-line']);
		expect(style.layers[0]).toMatchObject({ type: 'background', paint: { 'background-color': PALETTE.sea } });
		expect(style.layers[1]).toMatchObject({ maxzoom: WORLD_MAX_ZOOM, paint: { 'fill-color': PALETTE.land } });
		expect(style.layers[3]).toMatchObject({ minzoom: COAST_MIN_ZOOM, paint: { 'line-color': PALETTE.landOutline } });
		expect(style.layers[4]).toMatchObject({ paint: { 'line-color': BORDER_LOOK.color, 'line-width': BORDER_LOOK.width, 'line-dasharray': BORDER_LOOK.dash } });
	});
});

describe('storySources', () => {
	const labelPoints = { isles: { type: 'FeatureCollection' as const, features: [] } };
	const layerUrls = { isles: '/data/isles.geojson', lines: '/data/lines.geojson', places: '/data/places.geojson' };

	it('gives each story layer a source keyed by feature id, credited as declared, and its label points their own', () => {
		const sources = storySources(TEST_MAP, layerUrls, labelPoints);
		expect(Object.keys(sources)).toEqual(['isles', 'isles-labels', 'lines', 'places']);
		expect(sources['isles']).toEqual({ type: 'geojson', data: '/data/isles.geojson', promoteId: 'id', attribution: OSM_CREDIT });
		expect(sources['lines']).toEqual({ type: 'geojson', data: '/data/lines.geojson', promoteId: 'id' });
		expect(sources['isles-labels']).toEqual({ type: 'geojson', data: labelPoints.isles, promoteId: 'id' });
	});

	it('leaves out a layer whose file it was not given', () => {
		expect(Object.keys(storySources(TEST_MAP, { places: '/p.geojson' }, {}))).toEqual(['places']);
	});
});
