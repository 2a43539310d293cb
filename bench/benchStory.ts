// The story the benchmark measures: read through the same loader the build uses (STORY's folder, else the default
// story), in the language of the page path it loads (`--path /ja/`), with each step's camera resolved as the build
// resolves it. Nothing here names a story.
import { resolve } from 'node:path';
import { storyDir } from '../scripts/storyDir';
import { BASEMAP_DIR, BASEMAP_LAYERS } from '../scripts/storyContentPlugin';
import { contentErrorReport } from '../src/lib/files/contentError';
import { resolveCamera, type CameraTarget } from '../src/lib/map/camera';
import { loadStory, type LoadedStory } from '../src/lib/story/content/loadStory';
import { BOTH, type Prose, type Story, type StoryStep } from '../src/lib/story/model';
import { renderNames } from '../src/lib/story/renderNames';
import { withoutBreaks } from '../src/lib/text/lineBreaks';

export interface BenchStory {
	loaded: LoadedStory;
	/** The story in the page's language. */
	story: Story;
	/** The page path the benchmark loads for the front page, e.g. "/" or "/ja/". */
	frontPath: string;
	/** Each step's camera, resolved against the story's features (as src/lib/server/storyData.ts does). */
	targets: CameraTarget[];
	/** Every data file the live map reads today, by layer id (absolute paths): the basemap's and the story's. */
	dataFiles: Record<string, string>;
}

/** Reads the story folder the build would read; stops with the loader's own report if it is broken. */
export function benchStory(root: string, path: string): BenchStory {
	const { story: loaded, errors } = loadStory(resolve(root, storyDir()));
	if (!loaded) throw new Error(contentErrorReport(errors) ?? 'the story could not be read');
	const frontPath = normalisePath(path);
	const first = loaded.stories[loaded.languages[0]!]!;
	const prefix = frontPath === '/' ? '' : frontPath.replace(/\/$/, '');
	const language = first.languages.find((l) => l.base === prefix);
	if (!language) throw new Error(`--path ${path}: the story has no pages there (its languages: ${first.languages.map((l) => `${l.base || ''}/`).join(', ')})`);
	const story = loaded.stories[language.lang]!;
	const targets = story.steps.map((s) => resolveCamera(s.camera, (id) => loaded.boxes[id]));
	const dataFiles: Record<string, string> = Object.fromEntries(BASEMAP_LAYERS.map((l) => [l, resolve(root, BASEMAP_DIR, `${l}.geojson`)]));
	Object.assign(dataFiles, loaded.layerFiles);
	return { loaded, story, frontPath, targets, dataFiles };
}

/** "/ja" and "ja/" both mean "/ja/". */
function normalisePath(path: string): string {
	const trimmed = path.trim().replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}

/** The step a shared link would open that the benchmark loads: `--step`, else the step in the middle of the story. */
export function stepPageId(story: Story, requested: string | undefined): string {
	if (requested) {
		if (!story.steps.some((s) => s.id === requested)) throw new Error(`--step ${requested}: no such step (${story.steps.map((s) => s.id).join(', ')})`);
		return requested;
	}
	return story.steps[Math.floor(story.steps.length / 2)]!.id;
}

/** A step's words as the template's config carries them: plain text in both sides' names. */
export function plainStep(step: StoryStep, story: Story): { title: string; paragraphs: string[] } {
	const text = (s: string): string => withoutBreaks(renderNames(s, BOTH, story.names));
	const prose = (p: Prose): string => p.map((seg) => (typeof seg === 'string' ? text(seg) : `“${seg.words}”`)).join('');
	return { title: text(step.title), paragraphs: [...(step.opinion ?? []).map(prose), ...step.facts.map(prose), text(step.mapDescription)] };
}
