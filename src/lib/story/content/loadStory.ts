// A story folder, from disk to what the build serves: read and checked (every problem with its file, line and field),
// then put together per language. Build time and scripts only: the pages receive the result as data.
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import { resolve } from 'node:path';
import bbox from '@turf/bbox';
import type { ContentError } from '../../files/contentError';
import { areaLabelPoints } from '../../geo/areaLabelPoints';
import type { BBox } from '../../geo/types';
import type { FeatureInfo, Story } from '../model';
import { assembleStory, featureInfos, layerCollection } from './assembleStory';
import { checkStory } from './checkStory';
import { readStoryFolder } from './readStoryFolder';

/** Everything the build needs of a story: its words per language, its layers, and its features' words per language. */
export interface LoadedStory {
	/** The folder it was read from (absolute). */
	dir: string;
	/** Every file it was read from, for watching in development (absolute paths). */
	files: string[];
	/** The story's languages, the default first. */
	languages: string[];
	stories: Record<string, Story>;
	/** Each story layer as validated, by layer id. */
	layers: Record<string, FeatureCollection>;
	/** Each story layer's file (absolute), by layer id: served to the live map as it is. */
	layerFiles: Record<string, string>;
	/** For layers labelled at label points: one point per area, by layer id. */
	labelPoints: Record<string, FeatureCollection<Point, { id: string }>>;
	/** Each feature's popup, per language. */
	features: Record<string, Record<string, FeatureInfo>>;
	/** Each feature's bounding box, by id (cameras frame them). */
	boxes: Record<string, BBox>;
}

export function loadStory(dir: string): { story?: LoadedStory; errors: ContentError[] } {
	const { folder, errors } = readStoryFolder(dir);
	if (errors.length === 0) errors.push(...checkStory(folder));
	if (errors.length > 0) return { errors };
	const story = folder.story!.data;
	const layers: Record<string, FeatureCollection> = {};
	const labelPoints: LoadedStory['labelPoints'] = {};
	const boxes: Record<string, BBox> = {};
	const layerFiles: Record<string, string> = {};
	for (const [id, layer] of Object.entries(story.map.layers)) {
		layerFiles[id] = resolve(folder.dir, layer.file);
		layers[id] = layerCollection(folder, id);
		for (const f of layers[id].features) boxes[String(f.id)] = bbox(f) as BBox;
		if (layer.labels?.at === 'label-points') labelPoints[id] = areaLabelPoints(layers[id] as FeatureCollection<Polygon | MultiPolygon, { id: string }>);
	}
	const labelAt = new Map<string, [number, number]>();
	for (const fc of Object.values(labelPoints)) for (const f of fc.features) labelAt.set(f.properties.id, f.geometry.coordinates as [number, number]);
	const anchorOf = (f: Feature<Geometry>): [number, number] => anchorFor(f.geometry, boxes[String(f.id)]!, labelAt.get(String(f.id)));
	const stories: Record<string, Story> = {};
	const features: LoadedStory['features'] = {};
	for (const lang of story.languages) {
		stories[lang] = assembleStory(folder, lang);
		features[lang] = featureInfos(folder, lang, anchorOf);
	}
	return {
		story: { dir: folder.dir, files: storyFiles(folder), languages: story.languages, stories, layers, layerFiles, labelPoints, features, boxes },
		errors: []
	};
}

/** Where a popup opened from the keyboard points: the label point, the place, the middle of a line or of a box. */
function anchorFor(geometry: Geometry, box: BBox, label: [number, number] | undefined): [number, number] {
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

function storyFiles(folder: ReturnType<typeof readStoryFolder>['folder']): string[] {
	const files = [folder.story?.at.file, folder.sources?.at.file, folder.quotes?.at.file, folder.ownNames?.at.file, ...Object.values(folder.layers).map((l) => l.file)];
	for (const lf of Object.values(folder.languages)) {
		files.push(lf.story?.at.file, lf.names?.at.file, lf.map?.at.file, lf.quotes?.at.file);
		for (const s of Object.values(lf.steps)) files.push(s.at.file);
	}
	return files.filter((f): f is string => Boolean(f));
}
