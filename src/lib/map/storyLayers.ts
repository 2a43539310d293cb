// The story's MapLibre layers, interpreted from the layer registry, and the pure rule that turns a step into what
// those layers show (diffed against the map by its one owner, StoryMap).
import type { DataDrivenPropertyValueSpecification, ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { NamingMode, StoryLayerId } from '../geo/types';
import { DRAW_ORDER, LABEL_ORDER, LINE_STYLES, STORY_LAYERS, type LabelLook, type MapScene } from './layerRegistry';
import { LABEL_FONTS, PALETTE } from './mapPalette';

export type { MapScene } from './layerRegistry';

/** How long layers fade in and out, in ms (0 when the reader prefers reduced motion). */
export const LAYER_FADE_MS = 450;
/** Coastlines are drawn from this zoom (below it they would only blur the land). */
export const COAST_MIN_ZOOM = 4;

/** The paint properties that fade story layers in and out. */
export type OpacityProperty = 'fill-opacity' | 'line-opacity' | 'text-opacity' | 'circle-opacity' | 'circle-stroke-opacity';

/** Each MapLibre layer we add, which story layer it belongs to, and which paint properties fade it. */
export interface LayerEntry {
	spec: LayerSpecification;
	group: StoryLayerId;
	opacity: OpacityProperty[];
	/** Layers that show only the features a step lists. */
	filtered: boolean;
	labels: boolean;
	/** Whether a click on it opens its feature's popup. */
	clickable: boolean;
}

const highlighted = ['boolean', ['feature-state', 'highlight'], false] as const;

function whenHighlighted<T>(on: T, off: T): DataDrivenPropertyValueSpecification<T> {
	return (on === off ? off : ['case', highlighted, on, off]) as unknown as DataDrivenPropertyValueSpecification<T>;
}

/** A value per line style, read from the feature's `style` property. */
function byLineStyle<K extends 'color' | 'dash'>(key: K): ExpressionSpecification {
	const styles = Object.entries(LINE_STYLES);
	const value = (s: (typeof LINE_STYLES)[keyof typeof LINE_STYLES]): unknown => (key === 'dash' ? ['literal', s.dash] : s.color);
	return ['match', ['get', 'style'], ...styles.flatMap(([id, s]) => [id, value(s)]), value(styles[0]![1])] as unknown as ExpressionSpecification;
}

function labelLayout(labels: LabelLook): Record<string, unknown> {
	const text = { 'text-font': LABEL_FONTS, 'text-field': ['get', 'label_both'], 'text-size': labels.sizePx, 'text-max-width': labels.maxWidthEm };
	if (labels.at === 'line-center') return { ...text, 'symbol-placement': 'line-center', 'text-offset': [0, labels.offsetEm ?? 0] };
	if (labels.at === 'points')
		return { ...text, 'text-variable-anchor': ['left', 'right', 'top', 'bottom'], 'text-radial-offset': labels.radialOffsetEm ?? 0, 'text-justify': 'auto' };
	return text;
}

function entriesFor(id: StoryLayerId): LayerEntry[] {
	const def = STORY_LAYERS[id];
	const filtered = def.shows === 'listed';
	const entry = (spec: Record<string, unknown>, opacity: OpacityProperty[]): LayerEntry => ({
		spec: spec as unknown as LayerSpecification,
		group: id,
		opacity,
		filtered,
		labels: false,
		clickable: true
	});
	const look = def.look;
	switch (look.kind) {
		case 'area': {
			const h = look.highlight ?? look;
			return [
				entry({ id: `${id}-fill`, type: 'fill', source: id, paint: { 'fill-color': whenHighlighted(h.fill, look.fill), 'fill-opacity': 0 } }, ['fill-opacity']),
				{
					...entry(
						{
							id: `${id}-outline`,
							type: 'line',
							source: id,
							paint: {
								'line-color': whenHighlighted(h.outline, look.outline),
								'line-width': whenHighlighted(h.outlineWidth, look.outlineWidth),
								'line-opacity': 0
							}
						},
						['line-opacity']
					),
					clickable: false
				}
			];
		}
		case 'line':
			return [
				entry(
					{
						id: `${id}-line`,
						type: 'line',
						source: id,
						layout: { 'line-cap': 'round' },
						paint: {
							'line-color': byLineStyle('color'),
							'line-width': whenHighlighted(look.highlightWidth, look.width),
							'line-dasharray': byLineStyle('dash'),
							'line-opacity': 0
						}
					},
					['line-opacity']
				)
			];
		case 'point':
			return [
				entry(
					{
						id: `${id}-dot`,
						type: 'circle',
						source: id,
						paint: {
							'circle-color': whenHighlighted(look.highlight.color, look.color),
							'circle-radius': whenHighlighted(look.highlight.radius, look.radius),
							'circle-stroke-color': look.ring,
							'circle-stroke-width': look.ringWidth,
							'circle-opacity': 0,
							'circle-stroke-opacity': 0
						}
					},
					['circle-opacity', 'circle-stroke-opacity']
				)
			];
	}
}

function labelEntry(id: StoryLayerId): LayerEntry | null {
	const labels = STORY_LAYERS[id].labels;
	if (!labels) return null;
	return {
		spec: {
			id: `${id}-label`,
			type: 'symbol',
			source: labels.at === 'island-label-points' ? 'island-labels' : id,
			layout: labelLayout(labels),
			paint: { 'text-color': PALETTE.label, 'text-halo-color': PALETTE.labelHalo, 'text-halo-width': labels.haloPx, 'text-opacity': 0 }
		} as unknown as LayerSpecification,
		group: id,
		opacity: ['text-opacity'],
		filtered: STORY_LAYERS[id].shows === 'listed',
		labels: true,
		clickable: true
	};
}

/**
 * Hokkaido and the islands as plain land, always drawn: the basemap's land layer leaves them out (their outlines come
 * from the OSM-derived layers), so steps that do not show them still see land there.
 */
export const BASE_LAND_LAYERS: readonly LayerSpecification[] = DRAW_ORDER.filter((id) => STORY_LAYERS[id].baseLand).flatMap((id) => [
	{ id: `${id}-land`, type: 'fill', source: id, paint: { 'fill-color': PALETTE.land } } as LayerSpecification,
	{
		id: `${id}-coast`,
		type: 'line',
		source: id,
		minzoom: COAST_MIN_ZOOM,
		paint: { 'line-color': PALETTE.landOutline, 'line-width': 0.6 }
	} as LayerSpecification
]);

/** Every story layer, bottom to top: geometry in DRAW_ORDER, then labels in LABEL_ORDER. */
export const STORY_LAYER_ENTRIES: readonly LayerEntry[] = [
	...DRAW_ORDER.flatMap(entriesFor),
	...LABEL_ORDER.map(labelEntry).filter((e): e is LayerEntry => e !== null)
];

/** Layers whose features open a popup on click, topmost first. */
export const CLICKABLE_LAYERS: readonly string[] = STORY_LAYER_ENTRIES.filter((e) => e.clickable)
	.map((e) => e.spec.id)
	.reverse();

/** What every MapLibre layer should look like for a scene: the desired state, diffed against the map by its owner. */
export interface LayerState {
	opacity: Record<string, number>;
	filter: Record<string, FilterSpecification | null>;
	textField: Record<string, string>;
}

export function layerStateFor(scene: MapScene, names: NamingMode): LayerState {
	const state: LayerState = { opacity: {}, filter: {}, textField: {} };
	const show: FilterSpecification = ['in', ['get', 'id'], ['literal', [...scene.show]]];
	for (const entry of STORY_LAYER_ENTRIES) {
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
