import { describe, expect, it } from 'vitest';
import type { StoryMapConfig } from '../story/model';
import { TEST_MAP } from '../story/testStory';
import { PALETTE } from '../style/palette';
import { TILES_SOURCE_ID } from './layerRegistry';
import { baseLandLayers, changedKeys, clickableLayers, labelExpression, layersInState, layerStateFor, storyLayerEntries, type MapScene } from './storyLayers';

const entries = storyLayerEntries(TEST_MAP);
const byId = (id: string) => entries.find((e) => e.spec.id === id)!;
type Paint = Record<string, unknown>;
const paintOf = (id: string): Paint => (byId(id).spec as unknown as { paint: Paint }).paint;
const layoutOf = (id: string): Paint => (byId(id).spec as unknown as { layout: Paint }).layout;

describe('storyLayerEntries', () => {
	it('makes every story layer’s MapLibre layers, geometry in the layers’ order, then labels in the label order', () => {
		expect(entries.map((e) => e.spec.id)).toEqual(['isles-fill', 'isles-outline', 'lines-line', 'places-dot', 'lines-label', 'places-label', 'isles-label']);
		expect(entries.map((e) => e.group)).toEqual(['isles', 'isles', 'lines', 'places', 'lines', 'places', 'isles']);
	});

	it('reads each look from the declaration, highlighted features through their feature state', () => {
		expect(paintOf('isles-fill')['fill-color']).toEqual(['case', ['boolean', ['feature-state', 'highlight'], false], '#e07a1f', '#f2bd78']);
		expect(paintOf('isles-outline')['line-width']).toEqual(['case', ['boolean', ['feature-state', 'highlight'], false], 2.5, 1]);
		expect(paintOf('places-dot')['circle-radius']).toEqual(['case', ['boolean', ['feature-state', 'highlight'], false], 7, 5]);
		expect(paintOf('places-dot')['circle-stroke-color']).toBe('#ffffff');
	});

	it('keeps a plain value where the highlight looks the same', () => {
		const flat: StoryMapConfig = {
			...TEST_MAP,
			layers: [
				{
					...TEST_MAP.layers[0]!,
					look: { fill: '#aaaaaa', outline: '#111111', outlineWidth: 1, highlight: { fill: '#aaaaaa', outline: '#111111', outlineWidth: 1 } }
				}
			]
		};
		const fill = storyLayerEntries(flat)[0]!.spec as unknown as { paint: Paint };
		expect(fill.paint['fill-color']).toBe('#aaaaaa');
		const noHighlight: StoryMapConfig = { ...TEST_MAP, layers: [{ ...TEST_MAP.layers[0]!, look: { fill: '#aaaaaa', outline: '#111111', outlineWidth: 1 } }] };
		expect((storyLayerEntries(noHighlight)[0]!.spec as unknown as { paint: Paint }).paint['fill-color']).toBe('#aaaaaa');
	});

	it('colours and dashes each line by its style property, falling back to the first style', () => {
		const paint = paintOf('lines-line');
		expect(paint['line-color']).toEqual(['match', ['get', 'style'], 'old-border', '#374151', 'distance', '#b91c1c', '#374151']);
		expect(paint['line-dasharray']).toEqual([
			'match',
			['get', 'style'],
			'old-border',
			['literal', [2, 1.5]],
			'distance',
			['literal', [6, 2]],
			['literal', [2, 1.5]]
		]);
		expect(paint['line-width']).toEqual(['case', ['boolean', ['feature-state', 'highlight'], false], 3, 2]);
	});

	it('starts every layer hidden, to be faded in by the step', () => {
		for (const e of entries) for (const prop of e.opacity) expect(paintOf(e.spec.id)[prop], `${e.spec.id} ${prop}`).toBe(0);
		expect(byId('places-dot').opacity).toEqual(['circle-opacity', 'circle-stroke-opacity']);
	});

	it('filters only the layers that show what a step lists', () => {
		expect(entries.filter((e) => e.filtered).map((e) => e.spec.id)).toEqual(['lines-line', 'places-dot', 'lines-label', 'places-label']);
	});

	it('places labels as declared: inside areas at their label points, along lines, beside points', () => {
		expect((byId('isles-label').spec as unknown as { source: string }).source).toBe('isles-labels');
		expect(byId('places-label').spec).toMatchObject({ source: TILES_SOURCE_ID, 'source-layer': 'places' });
		// Every other layer reads its own layer of the archive.
		for (const e of storyLayerEntries(TEST_MAP).filter((e) => !e.labels)) expect(e.spec).toMatchObject({ source: TILES_SOURCE_ID, 'source-layer': e.group });
		expect(layoutOf('lines-label')).toMatchObject({ 'symbol-placement': 'line-center', 'text-offset': [0, -0.9], 'text-size': 13 });
		expect(layoutOf('places-label')).toMatchObject({
			'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
			'text-radial-offset': 0.8,
			'text-max-width': 10
		});
		expect(layoutOf('isles-label')).not.toHaveProperty('symbol-placement');
		expect(paintOf('isles-label')).toMatchObject({ 'text-color': PALETTE.label, 'text-halo-color': PALETTE.labelHalo, 'text-halo-width': 2 });
		expect(entries.filter((e) => e.labels).map((e) => e.spec.id)).toEqual(['lines-label', 'places-label', 'isles-label']);
	});

	it('labels nothing for a layer without labels', () => {
		const unlabelled: StoryMapConfig = { ...TEST_MAP, layers: TEST_MAP.layers.map(({ labels: _labels, ...l }) => l) };
		expect(storyLayerEntries(unlabelled).some((e) => e.labels)).toBe(false);
	});
});

describe('clickableLayers', () => {
	it('lists what opens a popup, topmost first: not an area’s outline', () => {
		expect(clickableLayers(entries)).toEqual(['isles-label', 'places-label', 'lines-label', 'places-dot', 'lines-line', 'isles-fill']);
	});
});

describe('baseLandLayers', () => {
	it('draws the areas marked as base land as plain land and coast, whatever the step', () => {
		const layers = baseLandLayers(TEST_MAP);
		expect(layers.map((l) => l.id)).toEqual(['isles-land', 'isles-coast']);
		expect(layers[0]).toMatchObject({ type: 'fill', source: TILES_SOURCE_ID, 'source-layer': 'isles', paint: { 'fill-color': PALETTE.land } });
		expect(layers[1]).toMatchObject({ type: 'line', source: TILES_SOURCE_ID, 'source-layer': 'isles', paint: { 'line-color': PALETTE.landOutline } });
		expect(baseLandLayers({ ...TEST_MAP, layers: TEST_MAP.layers.map((l) => ({ ...l, baseLand: false })) })).toEqual([]);
	});
});

describe('labelExpression', () => {
	it('gives each feature its label by id, and nothing to a feature it does not know', () => {
		expect(labelExpression({ 'big-isle': 'Grossinsel / Isla Grande', harbour: 'Nordhafen' })).toEqual([
			'match',
			['get', 'id'],
			'big-isle',
			'Grossinsel / Isla Grande',
			'harbour',
			'Nordhafen',
			''
		]);
	});
	it('is an empty label when there are none (a match needs at least one case)', () => {
		expect(labelExpression({})).toBe('');
	});
});

describe('layerStateFor', () => {
	const scene: MapScene = { layers: ['isles', 'places'], show: ['harbour'], highlight: ['big-isle'] };
	const state = layerStateFor(entries, scene, { 'big-isle': 'Grossinsel', harbour: 'Nordhafen' });

	it('shows the step’s layers and hides the others, property by property', () => {
		expect(state.opacity).toEqual({
			'isles-fill|fill-opacity': 1,
			'isles-outline|line-opacity': 1,
			'lines-line|line-opacity': 0,
			'places-dot|circle-opacity': 1,
			'places-dot|circle-stroke-opacity': 1,
			'lines-label|text-opacity': 0,
			'places-label|text-opacity': 1,
			'isles-label|text-opacity': 1
		});
	});

	it('filters the listed layers to the step’s list, even those it hides', () => {
		const filter = ['in', ['get', 'id'], ['literal', ['harbour']]];
		expect(state.filter).toEqual({ 'lines-line': filter, 'places-dot': filter, 'lines-label': filter, 'places-label': filter });
	});

	it('gives every label layer the labels in the reader’s names', () => {
		const text = labelExpression({ 'big-isle': 'Grossinsel', harbour: 'Nordhafen' });
		expect(state.textField).toEqual({ 'lines-label': text, 'places-label': text, 'isles-label': text });
	});

	it('does not share the step’s list with the state it makes', () => {
		const show = ['harbour'];
		const s = layerStateFor(entries, { ...scene, show }, {});
		show.push('town');
		expect(s.filter['places-dot']).toEqual(['in', ['get', 'id'], ['literal', ['harbour']]]);
	});
});

describe('changedKeys', () => {
	it('gives every key the first time, then only those whose value changed, compared deeply', () => {
		const next = { a: 1, b: ['x', ['y']], c: 'z' };
		expect(changedKeys(undefined, next)).toEqual(['a', 'b', 'c']);
		expect(changedKeys({ a: 1, b: ['x', ['y']], c: 'z' }, next)).toEqual([]);
		expect(changedKeys({ a: 2, b: ['x', ['w']], c: 'z' }, next)).toEqual(['a', 'b']);
		expect(changedKeys({}, { d: null })).toEqual(['d']);
	});
});

describe('layersInState', () => {
	const entries = storyLayerEntries(TEST_MAP);
	const scene: MapScene = { layers: ['isles', 'lines'], show: ['l1'], highlight: [] };
	const state = layerStateFor(entries, scene, { l1: 'Line one' });
	const layers = layersInState(entries, state);
	const byId = (id: string): Record<string, unknown> => layers.find((l) => l.id === id) as unknown as Record<string, unknown>;

	it('writes the scene’s opacities, filters and labels into the layers, so the first frame draws the step', () => {
		expect(layers.map((l) => l.id)).toEqual(entries.map((e) => e.spec.id));
		expect(byId('isles-fill')['paint']).toMatchObject({ 'fill-opacity': 1 });
		expect(byId('places-dot')['paint']).toMatchObject({ 'circle-opacity': 0, 'circle-stroke-opacity': 0 });
		expect(byId('lines-line')['filter']).toEqual(state.filter['lines-line']);
		expect((byId('lines-label')['layout'] as Record<string, unknown>)['text-field']).toEqual(state.textField['lines-label']);
	});
	it('leaves the declarations as they were', () => {
		expect((entries.find((e) => e.spec.id === 'isles-fill')!.spec as unknown as { paint: Record<string, unknown> }).paint['fill-opacity']).toBe(0);
	});
});
