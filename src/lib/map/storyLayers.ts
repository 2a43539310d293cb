// The story's MapLibre layers, interpreted from its layer declarations (story.yaml map.layers), and the pure rule that
// turns a step into what those layers show (diffed against the map by its one owner, StoryMap).
import type { DataDrivenPropertyValueSpecification, ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { StoryLayer, StoryMapConfig } from '../story/model';
import { PALETTE, LABEL_FONTS } from '../style/palette';
import { COAST_MIN_ZOOM, COAST_WIDTH_PX } from './basemapLook';
import { fromTiles, labelOrder, labelSourceId, type MapScene } from './layerRegistry';

export type { MapScene } from './layerRegistry';

/** How long layers fade in and out, in ms (0 when the reader prefers reduced motion). */
export const LAYER_FADE_MS = 450;

/** The paint properties that fade story layers in and out. */
export type OpacityProperty = 'fill-opacity' | 'line-opacity' | 'text-opacity' | 'circle-opacity' | 'circle-stroke-opacity';

/** Each MapLibre layer we add, which story layer it belongs to, and which paint properties fade it. */
export interface LayerEntry {
	spec: LayerSpecification;
	group: string;
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
function byLineStyle(layer: StoryLayer, key: 'color' | 'dash'): ExpressionSpecification {
	const styles = Object.entries(layer.styles ?? {});
	const value = (s: (typeof styles)[number][1]): unknown => (key === 'dash' ? ['literal', s.dash] : s.color);
	if (styles.length === 0) return (key === 'dash' ? ['literal', [1, 0]] : PALETTE.border) as unknown as ExpressionSpecification;
	return ['match', ['get', 'style'], ...styles.flatMap(([id, s]) => [id, value(s)]), value(styles[0]![1])] as unknown as ExpressionSpecification;
}

function labelLayout(layer: StoryLayer): Record<string, unknown> {
	const labels = layer.labels!;
	const text = { 'text-font': LABEL_FONTS, 'text-field': '', 'text-size': labels.size, 'text-max-width': labels.maxWidth };
	if (labels.at === 'line-center') return { ...text, 'symbol-placement': 'line-center', 'text-offset': [0, labels.offset ?? 0] };
	if (labels.at === 'points')
		return { ...text, 'text-variable-anchor': ['left', 'right', 'top', 'bottom'], 'text-radial-offset': labels.offset ?? 0, 'text-justify': 'auto' };
	return text;
}

function entriesFor(layer: StoryLayer): LayerEntry[] {
	const id = layer.id;
	const filtered = layer.shows === 'listed';
	const entry = (spec: Record<string, unknown>, opacity: OpacityProperty[], clickable = true): LayerEntry => ({
		spec: spec as unknown as LayerSpecification,
		group: id,
		opacity,
		filtered,
		labels: false,
		clickable
	});
	const look = layer.look;
	if (layer.geometry === 'area' && 'fill' in look) {
		const h = look.highlight ?? look;
		return [
			entry({ id: `${id}-fill`, type: 'fill', ...fromTiles(id), paint: { 'fill-color': whenHighlighted(h.fill, look.fill), 'fill-opacity': 0 } }, [
				'fill-opacity'
			]),
			entry(
				{
					id: `${id}-outline`,
					type: 'line',
					...fromTiles(id),
					paint: { 'line-color': whenHighlighted(h.outline, look.outline), 'line-width': whenHighlighted(h.outlineWidth, look.outlineWidth), 'line-opacity': 0 }
				},
				['line-opacity'],
				false
			)
		];
	}
	if (layer.geometry === 'line' && 'highlightWidth' in look)
		return [
			entry(
				{
					id: `${id}-line`,
					type: 'line',
					...fromTiles(id),
					layout: { 'line-cap': 'round' },
					paint: {
						'line-color': byLineStyle(layer, 'color'),
						'line-width': whenHighlighted(look.highlightWidth, look.width),
						'line-dasharray': byLineStyle(layer, 'dash'),
						'line-opacity': 0
					}
				},
				['line-opacity']
			)
		];
	if (layer.geometry === 'point' && 'ring' in look)
		return [
			entry(
				{
					id: `${id}-dot`,
					type: 'circle',
					...fromTiles(id),
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
	return [];
}

function labelEntry(layer: StoryLayer): LayerEntry | null {
	const labels = layer.labels;
	if (!labels) return null;
	return {
		spec: {
			id: `${layer.id}-label`,
			type: 'symbol',
			...(labels.at === 'label-points' ? { source: labelSourceId(layer.id) } : fromTiles(layer.id)),
			layout: labelLayout(layer),
			paint: { 'text-color': PALETTE.label, 'text-halo-color': PALETTE.labelHalo, 'text-halo-width': labels.halo, 'text-opacity': 0 }
		} as unknown as LayerSpecification,
		group: layer.id,
		opacity: ['text-opacity'],
		filtered: layer.shows === 'listed',
		labels: true,
		clickable: true
	};
}

/**
 * The area layers drawn as plain land, always: the basemap's land leaves them out (their outlines come from the
 * story's own layers), so steps that do not show them still see land there.
 */
export function baseLandLayers(config: StoryMapConfig): LayerSpecification[] {
	return config.layers
		.filter((l) => l.baseLand)
		.flatMap((l) => [
			{ id: `${l.id}-land`, type: 'fill', ...fromTiles(l.id), paint: { 'fill-color': PALETTE.land } } as LayerSpecification,
			{
				id: `${l.id}-coast`,
				type: 'line',
				...fromTiles(l.id),
				minzoom: COAST_MIN_ZOOM,
				paint: { 'line-color': PALETTE.landOutline, 'line-width': COAST_WIDTH_PX }
			} as LayerSpecification
		]);
}

/** Every story layer, bottom to top: geometry in the layers' order, then labels in the label order. */
export function storyLayerEntries(config: StoryMapConfig): LayerEntry[] {
	return [
		...config.layers.flatMap(entriesFor),
		...labelOrder(config)
			.map(labelEntry)
			.filter((e): e is LayerEntry => e !== null)
	];
}

/** Layers whose features open a popup on click, topmost first. */
export function clickableLayers(entries: readonly LayerEntry[]): string[] {
	return entries
		.filter((e) => e.clickable)
		.map((e) => e.spec.id)
		.reverse();
}

/** What every MapLibre layer should look like for a scene: the desired state, diffed against the map by its owner. */
export interface LayerState {
	opacity: Record<string, number>;
	filter: Record<string, FilterSpecification | null>;
	textField: Record<string, ExpressionSpecification | string>;
}

/** Each feature's label in the reader's names, as a MapLibre expression keyed by the feature's id. */
export function labelExpression(labels: Readonly<Record<string, string>>): ExpressionSpecification | string {
	const entries = Object.entries(labels);
	if (entries.length === 0) return '';
	return ['match', ['get', 'id'], ...entries.flat(), ''] as unknown as ExpressionSpecification;
}

export function layerStateFor(entries: readonly LayerEntry[], scene: MapScene, labels: Readonly<Record<string, string>>): LayerState {
	const state: LayerState = { opacity: {}, filter: {}, textField: {} };
	const show: FilterSpecification = ['in', ['get', 'id'], ['literal', [...scene.show]]];
	const text = labelExpression(labels);
	for (const entry of entries) {
		const visible = scene.layers.includes(entry.group);
		for (const prop of entry.opacity) state.opacity[`${entry.spec.id}|${prop}`] = visible ? 1 : 0;
		if (entry.filtered) state.filter[entry.spec.id] = show;
		if (entry.labels) state.textField[entry.spec.id] = text;
	}
	return state;
}

/** The keys of `next` whose values differ from `prev` (deep for JSON values): the only map calls worth making. */
export function changedKeys<T>(prev: Record<string, T> | undefined, next: Record<string, T>): string[] {
	return Object.keys(next).filter((k) => !prev || JSON.stringify(prev[k]) !== JSON.stringify(next[k]));
}

/**
 * The layers as they should be for a scene from the start: the desired state written into their specs, so the map's
 * first frame draws the step (its owner then sends only what changes: MapLayers, from this same state).
 */
export function layersInState(entries: readonly LayerEntry[], state: LayerState): LayerSpecification[] {
	return entries.map(({ spec }) => {
		const id = spec.id;
		const paint: Record<string, unknown> = { ...(('paint' in spec && spec.paint) || {}) };
		for (const [key, value] of Object.entries(state.opacity)) {
			const [layer, prop] = key.split('|') as [string, OpacityProperty];
			if (layer === id) paint[prop] = value;
		}
		const out: Record<string, unknown> = { ...spec, paint };
		if (state.filter[id] !== undefined && state.filter[id] !== null) out['filter'] = state.filter[id];
		if (state.textField[id] !== undefined) out['layout'] = { ...(('layout' in spec && spec.layout) || {}), 'text-field': state.textField[id] };
		return out as unknown as LayerSpecification;
	});
}
