import { describe, expect, it } from 'vitest';
import type { LayerSpecification, VectorSourceSpecification } from 'maplibre-gl';
import { TEST_MAP } from '../story/testStory';
import { PALETTE } from '../style/palette';
import { BORDER_LOOK, COAST_MIN_ZOOM, NATURAL_EARTH_CREDIT, OSM_CREDIT, WORLD_MAX_ZOOM } from './basemapLook';
import { offlineStyle, pmtilesTileUrl, storySources, tilesSource, TILES_SOURCE_ID, withStory, type MapTilesData } from './offlineStyle';

const DATA: MapTilesData = { tiles: '/_app/immutable/assets/map-abc.pmtiles', minzoom: 0, maxzoom: 10, bounds: [20, -2, 180, 72] };
const ARCHIVE = 'https://maps.example.org/_app/immutable/assets/map-abc.pmtiles';

describe('tilesSource', () => {
	it('reads the build’s archive through the pmtiles protocol, at the zooms and bounds the build gives, keyed by feature id', () => {
		const source = tilesSource(DATA, ARCHIVE, TEST_MAP, { offlineBasemap: true });
		expect(source).toMatchObject({ type: 'vector', tiles: [pmtilesTileUrl(ARCHIVE)], minzoom: 0, maxzoom: 10, bounds: DATA.bounds, promoteId: 'id' });
		expect(pmtilesTileUrl(ARCHIVE)).toBe(`pmtiles://${ARCHIVE}/{z}/{x}/{y}`);
	});
	it('credits Natural Earth for the bundled basemap and OpenStreetMap where a story layer says so', () => {
		expect(tilesSource(DATA, ARCHIVE, TEST_MAP, { offlineBasemap: true }).attribution).toBe(`${NATURAL_EARTH_CREDIT} | ${OSM_CREDIT}`);
		expect(tilesSource(DATA, ARCHIVE, TEST_MAP, { offlineBasemap: false }).attribution).toBe(OSM_CREDIT);
		const noOsm = { ...TEST_MAP, layers: TEST_MAP.layers.map((l) => ({ ...l, credit: undefined })) };
		expect(tilesSource(DATA, ARCHIVE, noOsm, { offlineBasemap: false })).not.toHaveProperty('attribution');
	});
});

describe('offlineStyle', () => {
	const tiles: VectorSourceSpecification = tilesSource(DATA, ARCHIVE, TEST_MAP, { offlineBasemap: true });
	const style = offlineStyle(tiles);

	it('draws the bundled basemap from the app’s own archive, asking for no glyphs or sprites', () => {
		expect(style.sources).toEqual({ [TILES_SOURCE_ID]: tiles });
		expect(style).not.toHaveProperty('glyphs');
		expect(style).not.toHaveProperty('sprite');
	});

	it('draws sea, world, land, coast and borders, bottom to top, each from its layer of the archive, in the shared palette and basemap look', () => {
		expect(style.layers.map((l) => l.id)).toEqual(['sea', 'world-fill', 'land-fill', 'land-outline', 'borders-line']);
		expect(style.layers.slice(1).map((l) => [(l as { source?: string }).source, (l as { 'source-layer'?: string })['source-layer']])).toEqual([
			[TILES_SOURCE_ID, 'world'],
			[TILES_SOURCE_ID, 'land'],
			[TILES_SOURCE_ID, 'land'],
			[TILES_SOURCE_ID, 'borders']
		]);
		expect(style.layers[0]).toMatchObject({ type: 'background', paint: { 'background-color': PALETTE.sea } });
		expect(style.layers[1]).toMatchObject({ maxzoom: WORLD_MAX_ZOOM, paint: { 'fill-color': PALETTE.land } });
		expect(style.layers[3]).toMatchObject({ minzoom: COAST_MIN_ZOOM, paint: { 'line-color': PALETTE.landOutline } });
		expect(style.layers[4]).toMatchObject({ paint: { 'line-color': BORDER_LOOK.color, 'line-width': BORDER_LOOK.width, 'line-dasharray': BORDER_LOOK.dash } });
	});
});

describe('storySources', () => {
	const tiles: VectorSourceSpecification = { type: 'vector', tiles: [pmtilesTileUrl(ARCHIVE)] };
	const labelPoints = { isles: { type: 'FeatureCollection' as const, features: [] } };

	it('gives the story the archive and each layer labelled inside its areas its label points, keyed by feature id', () => {
		const sources = storySources(TEST_MAP, tiles, labelPoints);
		expect(Object.keys(sources)).toEqual([TILES_SOURCE_ID, 'isles-labels']);
		expect(sources[TILES_SOURCE_ID]).toBe(tiles);
		expect(sources['isles-labels']).toEqual({ type: 'geojson', data: labelPoints.isles, promoteId: 'id' });
	});
});

describe('withStory', () => {
	it('puts the story’s sources beside the basemap’s and its layers on top, so the first style has both', () => {
		const tiles: VectorSourceSpecification = { type: 'vector', tiles: [pmtilesTileUrl(ARCHIVE)] };
		const basemap = offlineStyle(tiles);
		const story: LayerSpecification = { id: 'isles-fill', type: 'fill', source: TILES_SOURCE_ID, 'source-layer': 'isles' };
		const style = withStory(basemap, storySources(TEST_MAP, tiles, {}), [story]);
		expect(Object.keys(style.sources)).toEqual([TILES_SOURCE_ID]);
		expect(style.layers.map((l) => l.id)).toEqual([...basemap.layers.map((l) => l.id), 'isles-fill']);
		expect(basemap.layers).toHaveLength(5);
	});
});
