// The live map's sources and the bundled basemap. Every layer the map draws from a file (the basemap's and the story's)
// is read from one PMTiles archive of vector tiles made at build (scripts/mapTiles.ts), through the `pmtiles` protocol:
// the reader fetches the tiles of the view on screen, not every layer whole. The bundled basemap is a MapLibre style
// over that archive: no tile server, no glyphs, no token. The story's layers go on top of whichever basemap is in use.
import type { SourceSpecification, StyleSpecification, VectorSourceSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { StoryMapConfig } from '../story/model';
import { PALETTE } from '../style/palette';
import { BORDER_LOOK, COAST_MIN_ZOOM, COAST_WIDTH_PX, NATURAL_EARTH_CREDIT, OSM_CREDIT, WORLD_MAX_ZOOM } from './basemapLook';
import { fromTiles, labelSourceId, TILES_SOURCE_ID } from './layerRegistry';

export { TILES_SOURCE_ID };

/** What the build says of the archive (virtual:treaty-map/map-data): where it is, its zooms and its bounds. */
export interface MapTilesData {
	/** The archive's URL (root-relative as built). */
	tiles: string;
	minzoom: number;
	maxzoom: number;
	bounds: [number, number, number, number];
}

/** The `pmtiles://` address of a tile of the archive at `archiveUrl` (absolute: the protocol fetches it as given). */
export function pmtilesTileUrl(archiveUrl: string): string {
	return `pmtiles://${archiveUrl}/{z}/{x}/{y}`;
}

/**
 * The archive as a MapLibre vector source. Its zooms and bounds come from the build, so the map asks for tiles at
 * once, without reading the archive's header first. Past its deepest zoom the map overzooms its tiles.
 */
export function tilesSource(data: MapTilesData, archiveUrl: string, config: StoryMapConfig, options: { offlineBasemap: boolean }): VectorSourceSpecification {
	const credits = [...(options.offlineBasemap ? [NATURAL_EARTH_CREDIT] : []), ...(config.layers.some((l) => l.credit === 'osm') ? [OSM_CREDIT] : [])];
	return {
		type: 'vector',
		tiles: [pmtilesTileUrl(archiveUrl)],
		minzoom: data.minzoom,
		maxzoom: data.maxzoom,
		bounds: data.bounds,
		promoteId: 'id',
		// Joined as MapLibre joins the credits of separate sources.
		...(credits.length ? { attribution: credits.join(' | ') } : {})
	};
}

/**
 * The basemap style over the archive's basemap layers. Deliberately without `glyphs` or `sprite`: labels are drawn
 * by MapLibre with the browser's own fonts, so the map makes no request beyond the app's own files.
 */
export function offlineStyle(tiles: SourceSpecification): StyleSpecification {
	const from = fromTiles;
	return {
		version: 8,
		name: 'treaty-map offline',
		sources: { [TILES_SOURCE_ID]: tiles },
		layers: [
			{ id: 'sea', type: 'background', paint: { 'background-color': PALETTE.sea } },
			{ id: 'world-fill', type: 'fill', ...from('world'), maxzoom: WORLD_MAX_ZOOM, paint: { 'fill-color': PALETTE.land } },
			{ id: 'land-fill', type: 'fill', ...from('land'), paint: { 'fill-color': PALETTE.land } },
			{
				id: 'land-outline',
				type: 'line',
				...from('land'),
				minzoom: COAST_MIN_ZOOM,
				paint: { 'line-color': PALETTE.landOutline, 'line-width': COAST_WIDTH_PX }
			},
			{
				id: 'borders-line',
				type: 'line',
				...from('borders'),
				paint: { 'line-color': BORDER_LOOK.color, 'line-width': BORDER_LOOK.width, 'line-dasharray': BORDER_LOOK.dash }
			}
		]
	};
}

/** The story's sources, added on top of whichever basemap is in use: the archive, and each labelled layer's label points. */
export function storySources(
	config: StoryMapConfig,
	tiles: SourceSpecification,
	labelPoints: Readonly<Record<string, FeatureCollection<Point>>>
): Record<string, SourceSpecification> {
	const sources: Record<string, SourceSpecification> = { [TILES_SOURCE_ID]: tiles };
	for (const layer of config.layers) {
		const points = labelPoints[layer.id];
		if (points) sources[labelSourceId(layer.id)] = { type: 'geojson', data: points, promoteId: 'id' };
	}
	return sources;
}

/**
 * A basemap style with the story's sources and layers on top: what the map loads as its style (for a remote basemap,
 * through MapLibre's transformStyle), so the story's data is asked for with the basemap's, not after its first frame.
 */
export function withStory(
	basemap: StyleSpecification,
	sources: Readonly<Record<string, SourceSpecification>>,
	layers: StyleSpecification['layers']
): StyleSpecification {
	return { ...basemap, sources: { ...basemap.sources, ...sources }, layers: [...basemap.layers, ...layers] };
}
