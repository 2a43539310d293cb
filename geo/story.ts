// The story whose layers `npm run geo` makes: its folder, what its story.yaml says of the map (bounds, layer files
// and rules), the basemap's detailed box, and where each file the build writes goes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatContentError } from '../src/lib/files/contentError';
import { checkSchema, readYaml } from '../src/lib/files/located';
import type { BBox } from '../src/lib/geo/types';
import { BASEMAP_LAYER_IDS, type BasemapLayerId } from '../src/lib/map/basemapLook';
import { StoryYamlSchema, type StoryYaml } from '../src/lib/story/content/schema';
import { BASEMAP_DIR } from '../scripts/storyContentPlugin';

/** The story folder, relative to the repository: the layers are made for this story alone. */
export const STORY_DIR = 'content/stories/japan-russia-chill-2018';

/** The story layers the build makes, each an entry of story.yaml's map.layers. */
export const STORY_LAYER_IDS = ['islands', 'hokkaido', 'places', 'lines'] as const;
export type StoryLayerId = (typeof STORY_LAYER_IDS)[number];
export type GeoLayerId = StoryLayerId | BasemapLayerId;
export const GEO_LAYER_IDS: readonly GeoLayerId[] = [...STORY_LAYER_IDS, ...BASEMAP_LAYER_IDS];

/** The detailed basemap (10m land and borders) covers this box; outside it the 50m world layer is drawn. */
export const DETAIL_BBOX: BBox = [125.0, 28.0, 160.0, 52.0];

type StoryMap = StoryYaml['map'];
let cached: StoryYaml | undefined;

/** story.yaml, checked against its schema; throws with every problem, as `npm run validate` prints them. */
export function storyYaml(): StoryYaml {
	if (cached) return cached;
	const file = join(STORY_DIR, 'story.yaml');
	const read = readYaml(file, readFileSync(file, 'utf8'));
	const checked = read.located ? checkSchema(read.located, StoryYamlSchema) : { errors: read.errors };
	if (!checked.output) throw new Error(`${file} is not valid:\n${checked.errors.map(formatContentError).join('\n')}`);
	for (const id of STORY_LAYER_IDS) if (!checked.output.map.layers[id]) throw new Error(`${file} has no map.layers.${id}: npm run geo makes it`);
	cached = checked.output;
	return cached;
}

/** story.yaml's map. */
function storyMap(): StoryMap {
	return storyYaml().map;
}

/** The story's rule for one of its layers (geometry, file, required ids, box). */
export function storyLayer(id: StoryLayerId): StoryMap['layers'][string] {
	return storyMap().layers[id]!;
}

/** Where every camera and feature lies (story.yaml map.bounds); the basemap's coarse borders cover it too. */
export function storyBBox(): BBox {
	return storyMap().bounds as BBox;
}

/** Where the four islands must lie (story.yaml map.layers.islands.within). */
export function islandsBBox(): BBox {
	const within = storyLayer('islands').within;
	if (!within) throw new Error(`${STORY_DIR}/story.yaml sets no map.layers.islands.within`);
	return within as BBox;
}

/** The file each layer is written to, relative to the repository (or to the build's --out folder). */
export function layerPath(id: GeoLayerId): string {
	return (BASEMAP_LAYER_IDS as readonly string[]).includes(id) ? join(BASEMAP_DIR, `${id}.geojson`) : join(STORY_DIR, storyLayer(id as StoryLayerId).file);
}
