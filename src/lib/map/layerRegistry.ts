// Every story layer, declared once: its look (colours and line styles from a table keyed by a feature property, never
// by feature id), its labels, its legend entry, and which of its features a step shows. The MapLibre layers
// (maplibreLayers.ts), the legend (legendFor.ts) and the static SVG maps (src/lib/static-map/renderStaticMap.ts) are
// all interpreted from these declarations; adding a layer is its data in geo/ plus one entry here.
import type { StoryLayerId } from '../geo/types';
import type { Messages } from '../i18n/en';
import { PALETTE } from './mapPalette';

/** How a line feature is drawn, chosen by its `style` property (geo/lines.geojson). */
export interface LineStyle {
	/** A border (set by treaty, or held since a war): the validator wants its date and treaty. A measure: a distance. */
	kind: 'border' | 'measure';
	color: string;
	/** Dash and gap, in line widths (MapLibre's `line-dasharray`). */
	dash: [number, number];
}

/** One style per historical border, so the lines stay apart where a step shows them together. */
export const LINE_STYLES = {
	/** The Treaty of Shimoda's border, 1855. */
	'border-1855': { kind: 'border', color: PALETTE.line1855, dash: [2, 1.5] },
	/** The Treaty of Saint Petersburg's border, 1875. */
	'border-1875': { kind: 'border', color: PALETTE.line1875, dash: [4, 2] },
	/** The Treaty of Portsmouth's border, 1905. */
	'border-1905': { kind: 'border', color: PALETTE.line1905, dash: [1, 1.5] },
	/** The line Soviet forces held from 1945. */
	'control-1945': { kind: 'border', color: PALETTE.line1945, dash: [6, 2] },
	/** A distance the story measures. */
	'measured-gap': { kind: 'measure', color: PALETTE.gapLine, dash: [2, 1.5] }
} as const satisfies Record<string, LineStyle>;

export type LineStyleId = keyof typeof LINE_STYLES;
export const LINE_STYLE_IDS = Object.keys(LINE_STYLES) as LineStyleId[];

/** An area layer: every feature filled and outlined, more strongly when highlighted. */
interface AreaLook {
	kind: 'area';
	fill: string;
	outline: string;
	outlineWidth: number;
	highlight?: { fill: string; outline: string; outlineWidth: number };
}

/** A line layer: colour and dash from LINE_STYLES by each feature's `style`, wider when highlighted. */
interface LineLook {
	kind: 'line';
	width: number;
	highlightWidth: number;
}

/** A point layer: a dot with a white ring, larger and in another colour when highlighted. */
interface PointLook {
	kind: 'point';
	color: string;
	radius: number;
	ring: string;
	ringWidth: number;
	highlight: { color: string; radius: number };
}

export type Look = AreaLook | LineLook | PointLook;

/** A layer's labels: the feature's name in the reader's naming mode (`label_<mode>`). */
export interface LabelLook {
	/** Where labels sit: at the layer's own points, at the islands' label points (computed at build), or along lines. */
	at: 'points' | 'island-label-points' | 'line-center';
	sizePx: number;
	haloPx: number;
	/** Wrap width in ems (MapLibre's `text-max-width`; 10 is its default). */
	maxWidthEm: number;
	/** Points: beside the dot, the first of left, right, above, below that fits, this many ems away. */
	radialOffsetEm?: number;
	/** Lines: moved across the line by this many ems (negative: above). */
	offsetEm?: number;
}

/** What the legend says for a layer: one entry (and one for its highlighted features), or one per feature shown. */
export type LegendRule =
	{ kind: 'layer'; label: keyof Messages['legend']; highlight?: keyof Messages['legend']; swatch: 'fill' | 'dot' } | { kind: 'per-feature' };

export interface StoryLayerDef {
	id: StoryLayerId;
	/** Whose data it draws, for the map's attribution (offlineStyle.ts); none beyond the story's own sources. */
	credit?: 'osm';
	/** 'whole': every feature shows when a step shows the layer; 'listed': only those the step lists in `show`. */
	shows: 'whole' | 'listed';
	/** Drawn as plain land under everything, whatever the step (the basemap leaves Hokkaido and the islands out). */
	baseLand?: boolean;
	look: Look;
	labels?: LabelLook;
	legend: LegendRule;
}

export const STORY_LAYERS: Readonly<Record<StoryLayerId, StoryLayerDef>> = {
	hokkaido: {
		id: 'hokkaido',
		credit: 'osm',
		shows: 'whole',
		baseLand: true,
		look: { kind: 'area', fill: PALETTE.hokkaido, outline: PALETTE.hokkaidoOutline, outlineWidth: 1 },
		legend: { kind: 'layer', label: 'hokkaido', swatch: 'fill' }
	},
	islands: {
		id: 'islands',
		credit: 'osm',
		shows: 'whole',
		baseLand: true,
		look: {
			kind: 'area',
			fill: PALETTE.island,
			outline: PALETTE.islandOutline,
			outlineWidth: 1,
			highlight: { fill: PALETTE.islandHighlight, outline: PALETTE.islandHighlightOutline, outlineWidth: 2.5 }
		},
		labels: { at: 'island-label-points', sizePx: 15, haloPx: 2, maxWidthEm: 8 },
		legend: { kind: 'layer', label: 'islands', highlight: 'islandsHighlight', swatch: 'fill' }
	},
	lines: {
		id: 'lines',
		shows: 'listed',
		look: { kind: 'line', width: 2, highlightWidth: 3 },
		labels: { at: 'line-center', sizePx: 13, haloPx: 1.6, maxWidthEm: 10, offsetEm: -0.9 },
		legend: { kind: 'per-feature' }
	},
	places: {
		id: 'places',
		shows: 'listed',
		look: { kind: 'point', color: PALETTE.place, radius: 5, ring: '#ffffff', ringWidth: 2, highlight: { color: PALETTE.placeHighlight, radius: 7 } },
		labels: { at: 'points', sizePx: 14, haloPx: 1.6, maxWidthEm: 10, radialOffsetEm: 0.8 },
		legend: { kind: 'layer', label: 'places', highlight: 'placesHighlight', swatch: 'dot' }
	}
};

/** Bottom to top: areas first, then lines, then points. */
export const DRAW_ORDER: readonly StoryLayerId[] = ['hokkaido', 'islands', 'lines', 'places'];
/** Labels bottom to top; the topmost claims its space first when labels collide, as in MapLibre. */
export const LABEL_ORDER: readonly StoryLayerId[] = ['lines', 'places', 'islands'];

/** What a step asks of the map, in data: which layers, which listed features, which in focus. */
export interface MapScene {
	layers: readonly StoryLayerId[];
	show: readonly string[];
	highlight: readonly string[];
}

/** Whether a feature (of `layer`) is drawn in this scene: its layer is on, and a listed layer lists it. */
export function isShown(layer: StoryLayerId | undefined, featureId: string, scene: MapScene): boolean {
	if (!layer || !scene.layers.includes(layer)) return false;
	return STORY_LAYERS[layer].shows === 'whole' || scene.show.includes(featureId);
}

/** A line's look, from its `style` property; an unknown style (refused by the validator) draws as the first border. */
export function lineStyleOf(style: unknown): LineStyle {
	return LINE_STYLES[style as LineStyleId] ?? LINE_STYLES['border-1855'];
}
