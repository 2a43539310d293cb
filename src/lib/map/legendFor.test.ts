import { describe, expect, it } from 'vitest';
import type { StoryMapConfig } from '../story/model';
import { TEST_MAP, TEST_STORY } from '../story/testStory';
import { legendFor, type LegendFeature } from './legendFor';

const features: Record<string, LegendFeature> = {
	'big-isle': { layer: 'isles' },
	'tern-rock': { layer: 'isles' },
	harbour: { layer: 'places' },
	town: { layer: 'places' },
	'old-border': { layer: 'lines', title: 'Border of 1900', style: 'old-border' },
	'ferry-route': { layer: 'lines', title: 'Ferry from {harbour}', style: 'distance' },
	'mystery-line': { layer: 'lines' }
};
const words = TEST_STORY.words.legend;
const styles = TEST_MAP.layers.find((l) => l.id === 'lines')!.styles!;

const legend = (layers: string[], show: string[], highlight: string[], config: StoryMapConfig = TEST_MAP) =>
	legendFor({ layers, show, highlight }, config, features, words);

describe('legendFor', () => {
	it('explains who administers and who claims whenever the disputed areas are drawn, in the story’s own words', () => {
		expect(legend(['isles'], [], []).map((e) => e.label)).toEqual(['{Isles}: administered by Northland, claimed by Southland']);
	});
	it('draws an area’s swatch in its fill and outline, and a highlighted area’s in its highlight look', () => {
		const e = legend(['isles'], [], ['big-isle']);
		expect(e).toEqual([
			{ key: 'isles', swatch: 'fill', color: '#f2bd78', outline: '#8f4a12', label: words.isles },
			{ key: 'isles-highlight', swatch: 'fill', color: '#e07a1f', outline: '#5c2a04', label: 'Isle in focus in this step' }
		]);
	});
	it('adds a focus entry only when a feature of the layer is highlighted', () => {
		expect(legend(['isles'], [], []).map((x) => x.key)).toEqual(['isles']);
		expect(legend(['isles', 'places'], ['harbour'], ['harbour']).map((x) => x.key)).toEqual(['isles', 'places', 'places-highlight']);
	});
	it('lists only the lines the step shows, in the step’s order, each in its own words and style, and places only when it shows some', () => {
		const e = legend(['lines', 'places'], ['ferry-route', 'harbour', 'old-border'], ['harbour']);
		expect(e.map((x) => x.label)).toEqual(['Ferry from {harbour}', 'Border of 1900', 'Place in the story', 'Place in focus in this step']);
		expect(e.map((x) => x.key)).toEqual(['lines-ferry-route', 'lines-old-border', 'places', 'places-highlight']);
		expect(e[0]).toMatchObject({ swatch: 'dash', color: styles.distance!.color });
		expect(e[2]).toMatchObject({ swatch: 'dot', color: '#1f2937' });
		expect(e[3]).toMatchObject({ swatch: 'dot', color: '#b91c1c' });
		expect(legend(['places'], [], []).map((x) => x.key)).toEqual([]);
	});
	it('takes each line’s colour from its style, not its id, and a line without a known style from the first style', () => {
		const e = legend(['lines'], ['old-border', 'ferry-route', 'mystery-line'], []);
		expect(e.map((x) => x.color)).toEqual([styles['old-border']!.color, styles.distance!.color, styles['old-border']!.color]);
		expect(e[2]!.label).toBe('mystery-line');
	});
	it('follows the layers’ drawing order, whatever order the step names them in', () => {
		expect(legend(['places', 'lines', 'isles'], ['harbour', 'old-border'], []).map((x) => x.key)).toEqual(['isles', 'lines-old-border', 'places']);
	});
	it('leaves out a layer whose key is "none", and names one without words by its id', () => {
		const config: StoryMapConfig = { ...TEST_MAP, layers: TEST_MAP.layers.map((l) => (l.id === 'isles' ? { ...l, legend: 'none' as const } : l)) };
		expect(legend(['isles', 'places'], ['town'], [], config).map((x) => x.key)).toEqual(['places']);
		expect(legendFor({ layers: ['places'], show: ['town'], highlight: [] }, TEST_MAP, features, {}).map((x) => x.label)).toEqual(['places']);
	});
	it('is empty when the step shows only the basemap', () => {
		expect(legend([], [], [])).toEqual([]);
	});
});
