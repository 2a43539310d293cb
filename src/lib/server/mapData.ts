// Build-time map data for the story: each step's resolved camera, the island label points, and each feature's
// popup contents and layer.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import bbox from '@turf/bbox';
import type { FeatureCollection, Geometry, Point } from 'geojson';
import { featureInfo, type FeatureInfo } from '../geo/featureInfo';
import { islandLabelPoints } from '../geo/islandLabelPoints';
import type { BBox, IslandCollection } from '../geo/types';
import { STORY_LAYER_IDS } from '../geo/types';
import { resolveCamera, type CameraTarget } from '../map/camera';
import type { Story } from '../story/types';

export interface StoryMapData {
	targets: CameraTarget[];
	islandLabels: FeatureCollection<Point>;
	/** Popup contents, and the story layer that holds each feature, by feature id. */
	features: Record<string, FeatureInfo>;
}

/** Reads a committed geo/ layer. The validator has already checked these files before any build. */
export function readLayer<T = FeatureCollection>(layer: string, dir = resolve('geo')): T {
	return JSON.parse(readFileSync(resolve(dir, `${layer}.geojson`), 'utf8')) as T;
}

export function storyMapData(story: Story, dir?: string): StoryMapData {
	const boxes = new Map<string, BBox>();
	const features: Record<string, FeatureInfo> = {};
	const islandLabels = islandLabelPoints(readLayer<IslandCollection>('islands', dir)) as FeatureCollection<Point>;
	const labelAt = new Map(islandLabels.features.map((f) => [String(f.properties?.id), f.geometry.coordinates as [number, number]]));
	for (const layer of STORY_LAYER_IDS) {
		for (const f of readLayer(layer, dir).features) {
			const id = String(f.properties?.id ?? f.id);
			const box = bbox(f) as BBox;
			boxes.set(id, box);
			features[id] = featureInfo(f, layer, anchorOf(f.geometry, box, labelAt.get(id)));
		}
	}
	return {
		targets: story.steps.map((s) => resolveCamera(s.camera, (id) => boxes.get(id))),
		islandLabels,
		features
	};
}

/** Where a popup opened from the keyboard points: the label point, the place, the middle of a line or box. */
function anchorOf(geometry: Geometry, box: BBox, label: [number, number] | undefined): [number, number] {
	if (label) return label;
	if (geometry.type === 'Point') return geometry.coordinates as [number, number];
	if (geometry.type === 'LineString') {
		const n = geometry.coordinates.length - 1;
		const a = geometry.coordinates[Math.floor(n / 2)];
		const b = geometry.coordinates[Math.ceil(n / 2)];
		if (a && b) return [(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2];
	}
	return [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
}
