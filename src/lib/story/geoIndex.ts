// What the story validator knows of geo/: which feature ids each story layer holds, their boxes and names.
import bbox from '@turf/bbox';
import type { FeatureCollection } from 'geojson';
import type { NameSet } from '../geo/labelFor';
import { REQUIRED_IDS, STORY_LAYER_IDS, type BBox, type StoryLayerId } from '../geo/types';

export interface GeoIndex {
	/** Feature ids in each story layer. */
	layers: Record<StoryLayerId, Set<string>>;
	/** Feature boxes, when known, so fitted cameras can be checked against STORY_BBOX. */
	bboxes?: Record<string, BBox>;
	/** Feature names, when known, so the story's name table can be checked against the data. */
	names?: Record<string, NameSet>;
}

/** The ids every story may rely on (geo/types.ts), without geometry: enough to check references. */
export function requiredGeoIndex(): GeoIndex {
	return {
		layers: Object.fromEntries(STORY_LAYER_IDS.map((layer) => [layer, new Set<string>(REQUIRED_IDS[layer])])) as GeoIndex['layers']
	};
}

/** Builds the index from the committed geo/ layers (ids from `properties.id`, falling back to the feature id). */
export function geoIndexFromCollections(collections: Record<StoryLayerId, FeatureCollection>): GeoIndex {
	const index: Required<GeoIndex> = {
		layers: Object.fromEntries(STORY_LAYER_IDS.map((layer) => [layer, new Set<string>()])) as GeoIndex['layers'],
		bboxes: {},
		names: {}
	};
	for (const layer of STORY_LAYER_IDS) {
		for (const f of collections[layer].features) {
			const id = String(f.properties?.['id'] ?? f.id);
			index.layers[layer].add(id);
			index.bboxes[id] = bbox(f) as BBox;
			const ja: unknown = f.properties?.['name_ja'];
			const ru: unknown = f.properties?.['name_ru'];
			if (typeof ja === 'string' && typeof ru === 'string') index.names[id] = { name_ja: ja, name_ru: ru };
		}
	}
	return index;
}
