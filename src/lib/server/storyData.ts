// Build time only: the story the site is built from (its folder read and checked by scripts/storyContentPlugin.ts),
// and each page's data from it: the story in the page's language, each step's camera, the label points and the
// features' popups. Shared by every prerendered route.
import loaded from 'virtual:treaty-map/story';
import { resolveCamera } from '../map/camera';
import type { Story } from '../story/model';
import type { StoryPageData } from '../state/storyState.svelte';
import { basemapStyleFrom } from '../map/basemapSetting';
import { languageChoices } from './languageChoices';

/** The story, in every language, as the build loaded it. */
export const LOADED = loaded;
/** The story's languages, the default first. */
export const LANGUAGES: readonly string[] = loaded.languages;
export const DEFAULT_LANGUAGE = LANGUAGES[0]!;

/** The story in a language; an unknown language is the default's. */
export function storyIn(lang: string = DEFAULT_LANGUAGE): Story {
	return loaded.stories[lang] ?? loaded.stories[DEFAULT_LANGUAGE]!;
}

/** The language of a URL prefix ("ja" for /ja/...), or the default for none; undefined for one the story lacks. */
export function languageOfPrefix(prefix: string | undefined): string | undefined {
	if (!prefix) return DEFAULT_LANGUAGE;
	return storyIn().languages.find((l) => l.base === `/${prefix}`)?.lang;
}

const cache = new Map<string, StoryPageData>();

/** What every page of a language needs: the story, its map data and the publisher's basemap setting (read at build). */
export function pageData(lang: string = DEFAULT_LANGUAGE): StoryPageData {
	const cached = cache.get(lang);
	if (cached) return cached;
	const story = storyIn(lang);
	const data: StoryPageData = {
		story,
		map: {
			targets: story.steps.map((s) => resolveCamera(s.camera, (id) => loaded.boxes[id])),
			labelPoints: loaded.labelPoints,
			features: loaded.features[story.lang] ?? {}
		},
		basemapStyle: basemapStyleFrom(process.env.PUBLIC_BASEMAP_STYLE),
		languages: languageChoices(story.languages)
	};
	cache.set(lang, data);
	return data;
}

/** The route parameters of every language's pages: none for the default language, `{ lang: 'ja' }` for /ja/... */
export function languageEntries(): { lang?: string }[] {
	return storyIn().languages.map((l) => (l.base ? { lang: l.base.slice(1) } : {}));
}
