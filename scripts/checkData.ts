// One check of all the data the site is built from: the geo/ layers and the story against them.
// Used by `npm run validate` and at the start of every build (vite.config.ts), so bad data never ships.
import type { FeatureCollection } from 'geojson';
import { formatGeoError, layerFileName } from '../src/lib/geo/validateGeo';
import { STORY_LAYER_IDS, type StoryLayerId } from '../src/lib/geo/types';
import { geoIndexFromCollections, requiredGeoIndex } from '../src/lib/story/geoIndex';
import { validateNames, validateStory, type StoryError } from '../src/lib/story/validateStory';
import { checkGeoDir, GEO_DIR, loadGeoFiles } from './geoFiles';

/** "file: step "id": field "x": message", the same shape as geo errors. */
export function formatStoryError(e: StoryError): string {
	const where = [e.file, e.step && `step "${e.step}"`, e.field && `field "${e.field}"`].filter(Boolean).join(': ');
	return `${where}: ${e.message}`;
}

/**
 * Every problem with the data, as printable lines (empty when all is well). The story is checked against the real
 * layers when they are valid, and against the ids every story may rely on when they are not (their errors come first).
 */
export function checkData(story: unknown, dir: string = GEO_DIR): string[] {
	const geoErrors = checkGeoDir(dir);
	const problems = geoErrors.map(formatGeoError);
	let index = requiredGeoIndex();
	if (geoErrors.length === 0) {
		const files = loadGeoFiles(dir);
		const collections = {} as Record<StoryLayerId, FeatureCollection>;
		for (const layer of STORY_LAYER_IDS) {
			const entry = Object.entries(files).find(([name]) => name.endsWith(`/${layerFileName(layer)}`) || name === layerFileName(layer));
			collections[layer] = entry?.[1] as FeatureCollection;
		}
		index = geoIndexFromCollections(collections);
	}
	problems.push(...validateStory(story, index).map(formatStoryError), ...validateNames(index).map(formatStoryError));
	return problems;
}
