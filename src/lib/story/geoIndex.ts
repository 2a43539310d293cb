// What the story validator knows of geo/: which feature ids each story layer holds, their boxes and names.
import bbox from '@turf/bbox';
import type { FeatureCollection } from 'geojson';
import type { NameSet } from '../geo/labelFor';
import { ISLAND_IDS, REQUIRED_LINE_IDS, REQUIRED_PLACE_IDS, STORY_LAYER_IDS, type BBox, type StoryLayerId } from '../geo/types';

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
		layers: {
			islands: new Set<string>(ISLAND_IDS),
			hokkaido: new Set(['hokkaido']),
			places: new Set<string>(REQUIRED_PLACE_IDS),
			lines: new Set<string>(REQUIRED_LINE_IDS)
		}
	};
}

/** Builds the index from the committed geo/ layers (ids from `properties.id`, falling back to the feature id). */
export function geoIndexFromCollections(collections: Record<StoryLayerId, FeatureCollection>): GeoIndex {
	const index: Required<GeoIndex> = {
		layers: { islands: new Set(), hokkaido: new Set(), places: new Set(), lines: new Set() },
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
