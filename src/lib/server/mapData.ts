// Build-time map data for the story: each step's resolved camera, the island label points, and where each feature lives.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import bbox from '@turf/bbox';
import type { FeatureCollection, Point } from 'geojson';
import { islandLabelPoints } from '../geo/islandLabelPoints';
import type { BBox, IslandCollection, StoryLayerId } from '../geo/types';
import { STORY_LAYER_IDS } from '../geo/types';
import { resolveCamera, type CameraTarget } from '../map/camera';
import type { Story } from '../story/types';

export interface StoryMapData {
	targets: CameraTarget[];
	islandLabels: FeatureCollection<Point>;
	/** Feature id -> the MapLibre source (story layer) that holds it. */
	sourceOf: Record<string, StoryLayerId>;
	/** Line id -> its English name, for the legend. */
	lineNames: Record<string, string>;
}

/** Reads a committed geo/ layer. The validator has already checked these files before any build. */
export function readLayer<T = FeatureCollection>(layer: string, dir = resolve('geo')): T {
	return JSON.parse(readFileSync(resolve(dir, `${layer}.geojson`), 'utf8')) as T;
}

export function storyMapData(story: Story, dir?: string): StoryMapData {
	const boxes = new Map<string, BBox>();
	const sourceOf: Record<string, StoryLayerId> = {};
	for (const layer of STORY_LAYER_IDS) {
		for (const f of readLayer(layer, dir).features) {
			const id = String(f.properties?.id ?? f.id);
			boxes.set(id, bbox(f) as BBox);
			sourceOf[id] = layer;
		}
	}
	const lineNames: Record<string, string> = {};
	for (const f of readLayer('lines', dir).features) lineNames[String(f.properties?.id)] = String(f.properties?.name_en);
	return {
		lineNames,
		targets: story.steps.map((s) => resolveCamera(s.camera, (id) => boxes.get(id))),
		islandLabels: islandLabelPoints(readLayer<IslandCollection>('islands', dir)) as FeatureCollection<Point>,
		sourceOf
	};
}
