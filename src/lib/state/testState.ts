// Test support: the story state over the test story (src/lib/story/testStory.ts), as a route would create it, and the
// map data a page would receive with it.
import { en } from '../i18n/messages/en';
import { TEST_FEATURES, TEST_STORY } from '../story/testStory';
import { StoryState, type StoryMapData } from './storyState.svelte';

/** The map data a page receives: each step's camera, the label points, the popups. */
export const TEST_MAP_DATA: StoryMapData = {
	targets: [
		{ center: [10, 50], bounds: [9, 49, 11, 51], fitPaddingPx: 40, maxZoom: 11, bearing: 0, pitch: 0 },
		{ center: [10.2, 50.1], bounds: [10.2, 50.1, 10.2, 50.1], fitPaddingPx: 60, maxZoom: 9, bearing: 0, pitch: 0 },
		{ center: [10, 50], zoom: 4, bearing: 0, pitch: 0 }
	],
	labelPoints: {
		isles: {
			type: 'FeatureCollection',
			features: [
				{ type: 'Feature', properties: { id: 'big-isle' }, geometry: { type: 'Point', coordinates: [10, 50] } },
				{ type: 'Feature', properties: { id: 'tern-rock' }, geometry: { type: 'Point', coordinates: [11, 49] } }
			]
		}
	},
	features: TEST_FEATURES
};

/** A story state over the test story, opened at `initialStep` (the first step when none). */
export function testState(initialStep?: string): StoryState {
	return new StoryState({ story: TEST_STORY, map: TEST_MAP_DATA, messages: en, initialStep });
}
