// The story a page renders, in one language: the structure (story.ts) with that language's words (text/) and the
// sources resolved. The data is validated before any build (validateStory); this only puts it together.
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { ACCESSED, ARTICLE, SOURCES, isSourceKey } from './sources';
import { STORY_STRUCTURE } from './story';
import { STORY_TEXT } from './text';
import type { Citation, Story, StoryStructure, StoryText } from './types';

/** Merges a structure with its words. Throws naming the step if the words are missing (validation reports it first). */
export function mergeStory(structure: StoryStructure, text: StoryText): Story {
	return {
		id: structure.id,
		title: text.title,
		dek: text.dek,
		byline: text.byline,
		article: { ...ARTICLE },
		steps: structure.steps.map((step) => {
			const words = text.steps[step.id];
			if (!words) throw new Error(`mergeStory: no text for step "${step.id}"`);
			const citations: Citation[] = step.sources.map((key) => {
				if (!isSourceKey(key)) throw new Error(`mergeStory: step "${step.id}" cites an unknown source "${key}"`);
				return { ...SOURCES[key], accessed: ACCESSED, supports: words.supports[key] };
			});
			return {
				id: step.id,
				kind: step.kind,
				title: words.title,
				...(words.opinion ? { opinion: words.opinion } : {}),
				...(words.quotes ? { quotes: words.quotes } : {}),
				facts: words.facts,
				camera: step.camera,
				layers: step.layers,
				show: step.show,
				highlight: step.highlight,
				mapDescription: words.mapDescription,
				citations
			};
		})
	};
}

export function storyFor(locale: Locale): Story {
	return mergeStory(STORY_STRUCTURE, STORY_TEXT[locale]);
}

/** The story in the default language. */
export const story: Story = storyFor(DEFAULT_LOCALE);
