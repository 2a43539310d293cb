// The bundled basemap: a MapLibre style built from the basemap's own GeoJSON layers (basemap/), shipped with the app.
// No tiles, no glyphs, no token. The story's layers are added on top of whichever basemap is in use (storySources).
import type { SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { StoryMapConfig } from '../story/model';
import { PALETTE } from '../style/palette';
import { BORDER_LOOK, COAST_MIN_ZOOM, COAST_WIDTH_PX, NATURAL_EARTH_CREDIT, OSM_CREDIT, WORLD_MAX_ZOOM, type BasemapLayerId } from './basemapLook';
import { labelSourceId } from './layerRegistry';

export type BasemapUrls = Record<BasemapLayerId, string>;

/**
 * The basemap style. Deliberately without `glyphs` or `sprite`: labels are drawn by MapLibre with the browser's own
 * fonts, so the map makes no request beyond the app's own files.
 */
export function offlineStyle(urls: BasemapUrls): StyleSpecification {
	return {
		version: 8,
		name: 'treaty-map offline',
		sources: {
			// Drawn only below zoom 6.5: tiles from zoom 6 are overzoomed rather than cut again (cheaper, same look).
			world: { type: 'geojson', data: urls.world, attribution: NATURAL_EARTH_CREDIT, maxzoom: 6 },
			land: { type: 'geojson', data: urls.land, attribution: NATURAL_EARTH_CREDIT },
			borders: { type: 'geojson', data: urls.borders }
		},
		layers: [
			{ id: 'sea', type: 'background', paint: { 'background-color': PALETTE.sea } },
			{ id: 'world-fill', type: 'fill', source: 'world', maxzoom: WORLD_MAX_ZOOM, paint: { 'fill-color': PALETTE.land } },
			{ id: 'land-fill', type: 'fill', source: 'land', paint: { 'fill-color': PALETTE.land } },
			{ id: 'land-outline', type: 'line', source: 'land', minzoom: COAST_MIN_ZOOM, paint: { 'line-color': PALETTE.landOutline, 'line-width': COAST_WIDTH_PX } },
			{
				id: 'borders-line',
				type: 'line',
				source: 'borders',
				paint: { 'line-color': BORDER_LOOK.color, 'line-width': BORDER_LOOK.width, 'line-dasharray': BORDER_LOOK.dash }
			}
		]
	};
}

/** The story's own sources, one per layer (and its label points), added on top of whichever basemap is in use. */
export function storySources(
	config: StoryMapConfig,
	urls: Readonly<Record<string, string>>,
	labelPoints: Readonly<Record<string, FeatureCollection<Point>>>
): Record<string, SourceSpecification> {
	const geojson = (data: string | FeatureCollection, attribution?: string): SourceSpecification => ({
		type: 'geojson',
		data,
		promoteId: 'id',
		...(attribution ? { attribution } : {})
	});
	const sources: Record<string, SourceSpecification> = {};
	for (const layer of config.layers) {
		const url = urls[layer.id];
		if (url) sources[layer.id] = geojson(url, layer.credit === 'osm' ? OSM_CREDIT : undefined);
		const points = labelPoints[layer.id];
		if (points) sources[labelSourceId(layer.id)] = geojson(points);
	}
	return sources;
}
