// The story's MapLibre layers, and the pure rule that turns a step into what those layers show.
import type { DataDrivenPropertyValueSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { NamingMode, StoryLayerId } from '../geo/types';
import { LABEL_FONTS, PALETTE } from './mapPalette';

/** How long layers fade in and out, in ms (0 when the reader prefers reduced motion). */
export const LAYER_FADE_MS = 450;

/** What a step asks of the map, in data: no map calls. */
export interface MapScene {
	layers: readonly StoryLayerId[];
	show: readonly string[];
	highlight: readonly string[];
}

/** The paint properties that fade story layers in and out. */
export type OpacityProperty = 'fill-opacity' | 'line-opacity' | 'text-opacity' | 'circle-opacity' | 'circle-stroke-opacity';

/** Each MapLibre layer we add, which story layer it belongs to, and which paint properties fade it. */
interface LayerEntry {
	spec: LayerSpecification;
	group: StoryLayerId;
	opacity: OpacityProperty[];
	/** Point and line layers show only the features a step lists. */
	filtered?: boolean;
	labels?: boolean;
}

const highlighted = ['boolean', ['feature-state', 'highlight'], false] as const;

function whenHighlighted<T>(on: T, off: T): DataDrivenPropertyValueSpecification<T> {
	return ['case', highlighted, on, off] as unknown as DataDrivenPropertyValueSpecification<T>;
}

const TEXT: { 'text-font': string[]; 'text-field': ['get', string]; 'text-size': number } = {
	'text-font': LABEL_FONTS,
	'text-field': ['get', 'label_both'],
	'text-size': 14
};

const LABEL_PAINT = {
	'text-color': PALETTE.label,
	'text-halo-color': PALETTE.labelHalo,
	'text-halo-width': 1.6,
	'text-opacity': 0
};

/**
 * Hokkaido and the islands as plain land, always drawn: the basemap's land layer leaves them out (their outlines
 * come from the OSM-derived layers), so steps that do not show them still see land there.
 */
export const BASE_LAND_LAYERS: readonly LayerSpecification[] = [
	{ id: 'hokkaido-land', type: 'fill', source: 'hokkaido', paint: { 'fill-color': PALETTE.land } },
	{ id: 'hokkaido-coast', type: 'line', source: 'hokkaido', minzoom: 4, paint: { 'line-color': PALETTE.landOutline, 'line-width': 0.6 } },
	{ id: 'islands-land', type: 'fill', source: 'islands', paint: { 'fill-color': PALETTE.land } },
	{ id: 'islands-coast', type: 'line', source: 'islands', minzoom: 4, paint: { 'line-color': PALETTE.landOutline, 'line-width': 0.6 } }
];

export const STORY_LAYERS: readonly LayerEntry[] = [
	{
		group: 'hokkaido',
		opacity: ['fill-opacity'],
		spec: { id: 'hokkaido-fill', type: 'fill', source: 'hokkaido', paint: { 'fill-color': PALETTE.hokkaido, 'fill-opacity': 0 } }
	},
	{
		group: 'hokkaido',
		opacity: ['line-opacity'],
		spec: {
			id: 'hokkaido-outline',
			type: 'line',
			source: 'hokkaido',
			paint: { 'line-color': PALETTE.hokkaidoOutline, 'line-width': 1, 'line-opacity': 0 }
		}
	},
	{
		group: 'islands',
		opacity: ['fill-opacity'],
		spec: {
			id: 'islands-fill',
			type: 'fill',
			source: 'islands',
			paint: { 'fill-color': whenHighlighted(PALETTE.islandHighlight, PALETTE.island), 'fill-opacity': 0 }
		}
	},
	{
		group: 'islands',
		opacity: ['line-opacity'],
		spec: {
			id: 'islands-outline',
			type: 'line',
			source: 'islands',
			paint: {
				'line-color': whenHighlighted(PALETTE.islandHighlightOutline, PALETTE.islandOutline),
				'line-width': whenHighlighted(2.5, 1),
				'line-opacity': 0
			}
		}
	},
	{
		group: 'lines',
		opacity: ['line-opacity'],
		filtered: true,
		spec: {
			id: 'lines-line',
			type: 'line',
			source: 'lines',
			layout: { 'line-cap': 'round' },
			paint: {
				'line-color': ['match', ['get', 'id'], 'nosappu-gap', PALETTE.gapLine, PALETTE.shimodaLine],
				'line-width': whenHighlighted(3, 2),
				'line-dasharray': [2, 1.5],
				'line-opacity': 0
			}
		}
	},
	{
		group: 'lines',
		opacity: ['text-opacity'],
		filtered: true,
		labels: true,
		spec: {
			id: 'lines-label',
			type: 'symbol',
			source: 'lines',
			layout: { ...TEXT, 'symbol-placement': 'line-center', 'text-size': 13, 'text-offset': [0, -0.9] },
			paint: { ...LABEL_PAINT }
		}
	},
	{
		group: 'places',
		opacity: ['circle-opacity', 'circle-stroke-opacity'],
		filtered: true,
		spec: {
			id: 'places-dot',
			type: 'circle',
			source: 'places',
			paint: {
				'circle-color': whenHighlighted(PALETTE.placeHighlight, PALETTE.place),
				'circle-radius': whenHighlighted(7, 5),
				'circle-stroke-color': '#ffffff',
				'circle-stroke-width': 2,
				'circle-opacity': 0,
				'circle-stroke-opacity': 0
			}
		}
	},
	{
		group: 'places',
		opacity: ['text-opacity'],
		filtered: true,
		labels: true,
		spec: {
			id: 'places-label',
			type: 'symbol',
			source: 'places',
			layout: {
				...TEXT,
				'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
				'text-radial-offset': 0.8,
				'text-justify': 'auto'
			},
			paint: { ...LABEL_PAINT }
		}
	},
	{
		group: 'islands',
		opacity: ['text-opacity'],
		labels: true,
		spec: {
			id: 'islands-label',
			type: 'symbol',
			source: 'island-labels',
			layout: { ...TEXT, 'text-size': 15, 'text-max-width': 8 },
			paint: { ...LABEL_PAINT, 'text-halo-width': 2 }
		}
	}
];

export const STORY_LAYER_ORDER: readonly string[] = STORY_LAYERS.map((l) => l.spec.id);

/** What every MapLibre layer should look like for a scene: the desired state, diffed against the map by its owner. */
export interface LayerState {
	opacity: Record<string, number>;
	filter: Record<string, FilterSpecification | null>;
	textField: Record<string, string>;
}

export function layerStateFor(scene: MapScene, names: NamingMode): LayerState {
	const state: LayerState = { opacity: {}, filter: {}, textField: {} };
	const show: FilterSpecification = ['in', ['get', 'id'], ['literal', [...scene.show]]];
	for (const entry of STORY_LAYERS) {
		const visible = scene.layers.includes(entry.group);
		for (const prop of entry.opacity) state.opacity[`${entry.spec.id}|${prop}`] = visible ? 1 : 0;
		if (entry.filtered) state.filter[entry.spec.id] = show;
		if (entry.labels) state.textField[entry.spec.id] = `label_${names}`;
	}
	return state;
}

/** The keys of `next` whose values differ from `prev` (deep for JSON values): the only map calls worth making. */
export function changedKeys<T>(prev: Record<string, T> | undefined, next: Record<string, T>): string[] {
	return Object.keys(next).filter((k) => !prev || JSON.stringify(prev[k]) !== JSON.stringify(next[k]));
}
