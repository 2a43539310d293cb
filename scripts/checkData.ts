// One check of all the data the site is built from: the geo/ layers, and the story (its structure and its words in
// every language) against them. Used by `npm run validate` and at the start of every build (vite.config.ts).
import type { FeatureCollection } from 'geojson';
import { formatGeoError, layerFileName } from '../src/lib/geo/validateGeo';
import { STORY_LAYER_IDS, type StoryLayerId } from '../src/lib/geo/types';
import { LOCALES, type Locale } from '../src/lib/i18n/locales';
import { geoIndexFromCollections, requiredGeoIndex } from '../src/lib/story/geoIndex';
import { STORY_STRUCTURE } from '../src/lib/story/story';
import { STORY_TEXT, STORY_TEXT_FILES } from '../src/lib/story/text';
import { STORY_FILE, validateStory, type StoryError } from '../src/lib/story/validateStory';
import { checkGeoDir, GEO_DIR, loadGeoFiles } from './geoFiles';

/** "file: step "id": field "x": message", the same shape as geo errors. */
export function formatStoryError(e: StoryError): string {
	const where = [e.file, e.step && `step "${e.step}"`, e.field && `field "${e.field}"`].filter(Boolean).join(': ');
	return `${where}: ${e.message}`;
}

/** The story to check: its structure, and its words in each language with the file each comes from. */
export interface StoryData {
	structure: unknown;
	texts: Partial<Record<Locale, { text: unknown; file: string }>>;
	structureFile?: string;
}

/** The committed story in every language. */
export const COMMITTED_STORY: StoryData = {
	structure: STORY_STRUCTURE,
	texts: Object.fromEntries(Object.keys(STORY_TEXT).map((l) => [l, { text: STORY_TEXT[l as Locale], file: STORY_TEXT_FILES[l as Locale] }]))
};

/**
 * Every problem with the data, as printable lines (empty when all is well), each printed once. The story is checked
 * against the real layers when they are valid, and against the ids every story may rely on when they are not (their
 * errors come first).
 */
export function checkData(story: StoryData = COMMITTED_STORY, dir: string = GEO_DIR): string[] {
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
	const seen = new Set<string>();
	for (const [locale, words] of Object.entries(story.texts)) {
		if (!words) continue;
		const errors = validateStory(story.structure, words.text, index, {
			files: { structure: story.structureFile ?? STORY_FILE, text: words.file },
			lang: LOCALES[locale as Locale].lang
		});
		// The structure's own problems are the same whichever language is checked with it: report each once.
		for (const line of errors.map(formatStoryError)) {
			if (seen.has(line)) continue;
			seen.add(line);
			problems.push(line);
		}
	}
	return problems;
}
