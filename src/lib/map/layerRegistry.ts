// The story's layers as the map reads them: each declared once, in the story's story.yaml (map.layers), with its look
// (colours and line styles keyed by a feature property, never by feature id), labels, key entry, and which of its
// features a step shows. The MapLibre layers (storyLayers.ts), the key (legendFor.ts) and the static SVG maps
// (src/lib/static-map/renderStaticMap.ts) are all interpreted from these declarations.
import type { LineStyle, StoryLayer, StoryMapConfig } from '../story/model';

/** What a step asks of the map, in data: which layers, which listed features, which in focus. */
export interface MapScene {
	layers: readonly string[];
	show: readonly string[];
	highlight: readonly string[];
}

/** A line style for a line no story style names (refused by the validator): drawn plainly rather than not at all. */
const FALLBACK_LINE: LineStyle = { kind: 'border', color: '#374151', dash: [2, 1.5] };

export function layerOf(config: StoryMapConfig, id: string | undefined): StoryLayer | undefined {
	return id === undefined ? undefined : config.layers.find((l) => l.id === id);
}

/** Whether a feature (of layer `layerId`) is drawn in this scene: its layer is on, and a listed layer lists it. */
export function isShown(config: StoryMapConfig, layerId: string | undefined, featureId: string, scene: MapScene): boolean {
	const layer = layerOf(config, layerId);
	if (!layer || !scene.layers.includes(layer.id)) return false;
	return layer.shows === 'whole' || scene.show.includes(featureId);
}

/** A line's look, from its `style` property and its layer's styles. */
export function lineStyleOf(layer: StoryLayer | undefined, style: unknown): LineStyle {
	const styles = layer?.styles ?? {};
	return styles[String(style)] ?? Object.values(styles)[0] ?? FALLBACK_LINE;
}

/** The story's layers in their label order, bottom to top. */
export function labelOrder(config: StoryMapConfig): StoryLayer[] {
	return config.labelOrder.map((id) => layerOf(config, id)).filter((l): l is StoryLayer => l !== undefined);
}

/** The MapLibre source of a layer's label points (areas labelled at a point inside each). */
export function labelSourceId(layerId: string): string {
	return `${layerId}-labels`;
}

/** The map's one vector source: the build's archive of every layer read from a file (offlineStyle.ts tilesSource). */
export const TILES_SOURCE_ID = 'treaty-map';

/** Where a MapLibre layer finds a layer of the archive: the one source, and the layer by its id. */
export function fromTiles(layerId: string): { source: string; 'source-layer': string } {
	return { source: TILES_SOURCE_ID, 'source-layer': layerId };
}
