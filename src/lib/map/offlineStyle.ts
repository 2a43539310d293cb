// The bundled basemap: a MapLibre style built from geo/ layers shipped with the app. No tiles, no glyphs, no token.
import type { SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { STORY_LAYER_IDS, type BasemapLayerId, type StoryLayerId } from '../geo/types';
import { STORY_LAYERS } from './layerRegistry';
import { PALETTE } from './mapPalette';

/** URLs of the committed geo/ files as the bundler emitted them, by layer. */
export type GeoUrls = Record<StoryLayerId | BasemapLayerId, string>;

export const NATURAL_EARTH_CREDIT = '<a href="https://www.naturalearthdata.com/">Natural Earth</a>';
export const OSM_CREDIT = '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a>';

/**
 * The basemap style. Deliberately without `glyphs` or `sprite`: labels are drawn by MapLibre with the
 * browser's own fonts, so the map makes no request beyond the app's own files.
 */
export function offlineStyle(urls: Pick<GeoUrls, 'land' | 'borders' | 'world'>): StyleSpecification {
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
			{ id: 'world-fill', type: 'fill', source: 'world', maxzoom: 6.5, paint: { 'fill-color': PALETTE.land } },
			{ id: 'land-fill', type: 'fill', source: 'land', paint: { 'fill-color': PALETTE.land } },
			{
				id: 'land-outline',
				type: 'line',
				source: 'land',
				minzoom: 4,
				paint: { 'line-color': PALETTE.landOutline, 'line-width': 0.6 }
			},
			{
				id: 'borders-line',
				type: 'line',
				source: 'borders',
				paint: { 'line-color': PALETTE.border, 'line-width': 0.8, 'line-dasharray': [3, 2] }
			}
		]
	};
}

/** The story's own sources, one per registered layer, added on top of whichever basemap is in use. */
export function storySources(urls: Pick<GeoUrls, StoryLayerId>, islandLabels: GeoJSON.FeatureCollection): Record<string, SourceSpecification> {
	const geojson = (data: string | GeoJSON.FeatureCollection, attribution?: string): SourceSpecification => ({
		type: 'geojson',
		data,
		promoteId: 'id',
		...(attribution ? { attribution } : {})
	});
	const sources: Record<string, SourceSpecification> = {};
	for (const id of STORY_LAYER_IDS) sources[id] = geojson(urls[id], STORY_LAYERS[id].credit === 'osm' ? OSM_CREDIT : undefined);
	sources['island-labels'] = geojson(islandLabels);
	return sources;
}
