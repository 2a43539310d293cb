// The map as the template-style baseline builds it: every layer read whole from its GeoJSON file, as the app itself
// did when issue 21 was filed. The app's own style and layers, with each archive layer (`source-layer`) turned back
// into a GeoJSON source of that layer's file, so both draw the same map from the same data.
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { NATURAL_EARTH_CREDIT, OSM_CREDIT, WORLD_TILE_MAX_ZOOM } from '../src/lib/map/basemapLook';
import { offlineStyle, storySources, TILES_SOURCE_ID } from '../src/lib/map/offlineStyle';
import type { StoryMapConfig } from '../src/lib/story/model';

/** A layer reading an archive layer reads that layer's GeoJSON source instead. */
function fromGeojson(layer: LayerSpecification): LayerSpecification {
	if (!('source-layer' in layer) || !layer['source-layer']) return layer;
	const { 'source-layer': sourceLayer, ...rest } = layer;
	return { ...rest, source: sourceLayer } as LayerSpecification;
}

export function geojsonMap(
	config: StoryMapConfig,
	urls: Readonly<Record<string, string>>,
	labelPoints: Readonly<Record<string, FeatureCollection<Point>>>,
	layers: readonly LayerSpecification[]
): { style: StyleSpecification; sources: Record<string, SourceSpecification>; layers: LayerSpecification[] } {
	const geojson = (id: string, extra: Record<string, unknown> = {}): SourceSpecification =>
		({ type: 'geojson', data: urls[id]!, ...extra }) as SourceSpecification;
	const basemap = offlineStyle({ type: 'vector' });
	const style: StyleSpecification = {
		...basemap,
		sources: {
			world: geojson('world', { attribution: NATURAL_EARTH_CREDIT, maxzoom: WORLD_TILE_MAX_ZOOM }),
			land: geojson('land', { attribution: NATURAL_EARTH_CREDIT }),
			borders: geojson('borders')
		},
		layers: basemap.layers.map(fromGeojson)
	};
	const sources: Record<string, SourceSpecification> = {};
	for (const layer of config.layers) sources[layer.id] = geojson(layer.id, { promoteId: 'id', ...(layer.credit === 'osm' ? { attribution: OSM_CREDIT } : {}) });
	for (const [id, source] of Object.entries(storySources(config, { type: 'vector' }, labelPoints))) if (id !== TILES_SOURCE_ID) sources[id] = source;
	return { style, sources, layers: layers.map(fromGeojson) };
}
