import { describe, expect, it } from 'vitest';
import type { StoryMapConfig } from '../story/model';
import { TEST_MAP } from '../story/testStory';
import { isShown, labelOrder, labelSourceId, layerOf, lineStyleOf, type MapScene } from './layerRegistry';

const scene: MapScene = { layers: ['isles', 'lines'], show: ['old-border', 'harbour'], highlight: [] };
const lines = TEST_MAP.layers.find((l) => l.id === 'lines')!;

describe('layerOf', () => {
	it('finds a layer declaration by id, and nothing for an unknown or missing id', () => {
		expect(layerOf(TEST_MAP, 'places')?.geometry).toBe('point');
		expect(layerOf(TEST_MAP, 'roads')).toBeUndefined();
		expect(layerOf(TEST_MAP, undefined)).toBeUndefined();
	});
});

describe('isShown', () => {
	it('shows every feature of a whole layer the step turns on', () => {
		expect(isShown(TEST_MAP, 'isles', 'big-isle', scene)).toBe(true);
		expect(isShown(TEST_MAP, 'isles', 'any-other-isle', scene)).toBe(true);
	});
	it('shows only the listed features of a listed layer', () => {
		expect(isShown(TEST_MAP, 'lines', 'old-border', scene)).toBe(true);
		expect(isShown(TEST_MAP, 'lines', 'ferry-route', scene)).toBe(false);
	});
	it('shows nothing of a layer the step leaves off, even a feature it lists', () => {
		expect(isShown(TEST_MAP, 'places', 'harbour', scene)).toBe(false);
	});
	it('shows nothing of an unknown layer', () => {
		expect(isShown(TEST_MAP, 'roads', 'harbour', { ...scene, layers: ['roads'] })).toBe(false);
		expect(isShown(TEST_MAP, undefined, 'harbour', scene)).toBe(false);
	});
});

describe('lineStyleOf', () => {
	it('reads a line’s look from its style property', () => {
		expect(lineStyleOf(lines, 'distance')).toEqual({ kind: 'measure', color: '#b91c1c', dash: [6, 2] });
		expect(lineStyleOf(lines, 'old-border')).toEqual(lines.styles!['old-border']);
	});
	it('draws a line with an unknown or missing style in the layer’s first style, rather than not at all', () => {
		expect(lineStyleOf(lines, 'no-such-style')).toEqual(lines.styles!['old-border']);
		expect(lineStyleOf(lines, undefined)).toEqual(lines.styles!['old-border']);
	});
	it('has a plain look for a layer without styles, or no layer', () => {
		const plain = lineStyleOf(undefined, 'x');
		expect(plain.color).toMatch(/^#[0-9a-f]{6}$/);
		expect(plain.dash).toHaveLength(2);
		expect(lineStyleOf({ ...lines, styles: {} }, 'x')).toEqual(plain);
	});
});

describe('labelOrder', () => {
	it('gives the layers in the declared label order, bottom to top', () => {
		expect(labelOrder(TEST_MAP).map((l) => l.id)).toEqual(['lines', 'places', 'isles']);
	});
	it('skips an id that names no layer', () => {
		const config: StoryMapConfig = { ...TEST_MAP, labelOrder: ['places', 'roads', 'isles'] };
		expect(labelOrder(config).map((l) => l.id)).toEqual(['places', 'isles']);
	});
});

describe('labelSourceId', () => {
	it('names a layer’s label points apart from the layer', () => {
		expect(labelSourceId('isles')).toBe('isles-labels');
		expect(labelSourceId('isles')).not.toBe('isles');
	});
});
