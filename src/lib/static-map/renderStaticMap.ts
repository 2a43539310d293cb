// A step's map as a small, self-contained, accessible SVG string, drawn at build time in the live map's colours and order.
import { geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { BORDER_LOOK, COAST_MIN_ZOOM, COAST_WIDTH_PX, WORLD_MAX_ZOOM } from '../map/basemapLook';
import { viewFor, type CameraTarget, type Padding, type Viewport } from '../map/camera';
import { isShown, labelOrder, lineStyleOf, type MapScene } from '../map/layerRegistry';
import type { StoryLayer, StoryMapConfig } from '../story/model';
import { LABEL_FONTS, PALETTE } from '../style/palette';
import { compactPath } from './compactPath';
import { layerParts, type FeatureParts, type LayerPart } from './layerParts';
import { LabelCollisions, layoutLineText, layoutText, lineCenter, wrapLabel, type PlacedLineText, type PlacedText, type TextAnchor } from './placeLabels';
import { bboxesMeet, NO_PADDING, projectionFor, STATIC_VIEWPORT, viewBBox } from './projectStep';
import { simplified } from './simplifyStream';
import { escapeXml } from '../text/escapeXml';

export { escapeXml };

/** Paths are clipped this far outside the view, so strokes along the cut never show at the edge. */
const CLIP_MARGIN_PX = 4;

/** A story layer's features as the static map reads them: an id, and (lines) a style. */
export type StoryLayerFeatures = FeatureCollection<Polygon | MultiPolygon | LineString | MultiLineString | Point, { id: string; style?: string }>;

/** The basemap's layers as committed, the story's layers by id, and the label points of areas labelled inside them. */
export interface StaticMapLayers {
	world: FeatureCollection<Geometry | null>;
	land: FeatureCollection<Geometry | null>;
	borders: FeatureCollection<Geometry | null>;
	story: Readonly<Record<string, StoryLayerFeatures>>;
	labelPoints: Readonly<Record<string, FeatureCollection<Point, { id: string }>>>;
}

export interface StaticMapInput {
	/** Unique on the page (e.g. the step id): the <title> and <desc> ids are made from it. */
	id: string;
	/** The step's title, names already filled in for `names`. */
	title: string;
	/** The step's `mapDescription`, names already filled in. */
	description: string;
	/** The step's resolved camera (`storyMapData(...).targets[i]`). */
	target: CameraTarget;
	/** The step's `layers`, `show` and `highlight`. */
	scene: MapScene;
	geo: StaticMapLayers;
	/** The story's layer declarations (story.yaml map). */
	config: StoryMapConfig;
	/** Each feature's label in the reader's names, by feature id. */
	labels: Readonly<Record<string, string>>;
	/** Drawing size in px; the SVG scales with CSS. 800×560 unless given. */
	viewport?: Viewport;
	/** Room kept free for overlaid text; none unless given (the static map sits beside its text). */
	padding?: Padding;
}

/**
 * Draws, bottom to top as offlineStyle and the layer registry do: sea, world land (below zoom 6.5), 10m land
 * (outlined from zoom 4), dashed borders, then the step's story layers in DRAW_ORDER and their labels in
 * LABEL_ORDER, with the same filters, highlights and looks, all read from the registry (layerRegistry.ts).
 * Label collisions are settled topmost layer first, as MapLibre does.
 * Within a layer every feature has its fill and outline on one element (MapLibre draws all fills, then all
 * outlines); the islands never touch, so the picture is the same at a fraction of the bytes.
 */
export function renderStaticMap(input: StaticMapInput): string {
	if (!/^[A-Za-z0-9_-]+$/.test(input.id))
		throw new Error(`renderStaticMap: id "${input.id}" must be letters, digits, "-" or "_" (it names <title> and <desc>)`);
	const viewport = input.viewport ?? STATIC_VIEWPORT;
	const { scene, geo, config } = input;
	const view = viewFor(input.target, viewport, input.padding ?? NO_PADDING);
	const extent: [[number, number], [number, number]] = [
		[-CLIP_MARGIN_PX, -CLIP_MARGIN_PX],
		[viewport.width + CLIP_MARGIN_PX, viewport.height + CLIP_MARGIN_PX]
	];
	const projection = projectionFor(view, viewport).clipExtent(extent);
	const seen = viewBBox(projection, extent);
	const path = geoPath(simplified(projection)).digits(1);
	const inView = (part: LayerPart): boolean => bboxesMeet(seen, part.bbox);
	const d = (parts: LayerPart[]): string => compactPath(path({ type: 'GeometryCollection', geometries: parts.map((p) => p.geometry) }) ?? '');
	const visibleParts = (layer: FeatureCollection<Geometry | null>): LayerPart[] => layerParts(layer).flatMap((f) => f.parts.filter(inView));
	const highlighted = new Set(scene.highlight);
	const has = (layer: string): boolean => scene.layers.includes(layer);
	const insideView = ([x, y]: [number, number], marginPx = 0): boolean =>
		x >= -marginPx && y >= -marginPx && x <= viewport.width + marginPx && y <= viewport.height + marginPx;
	const out: string[] = [];

	out.push(element('rect', { 'data-layer': 'sea', width: viewport.width, height: viewport.height, fill: PALETTE.sea }));
	if (view.zoom < WORLD_MAX_ZOOM) out.push(pathElement(d(visibleParts(geo.world)), { 'data-layer': 'world', fill: PALETTE.land }));
	const landOutline = view.zoom >= COAST_MIN_ZOOM ? { stroke: PALETTE.landOutline, 'stroke-width': COAST_WIDTH_PX } : {};
	out.push(pathElement(d(visibleParts(geo.land)), { 'data-layer': 'land', fill: PALETTE.land, ...landOutline }));
	out.push(
		pathElement(d(visibleParts(geo.borders)), {
			'data-layer': 'borders',
			fill: 'none',
			...dashedStroke(BORDER_LOOK.color, BORDER_LOOK.width, BORDER_LOOK.dash)
		})
	);
	const layerData = (layer: StoryLayer): StoryLayerFeatures => geo.story[layer.id] ?? { type: 'FeatureCollection', features: [] };

	const features = <P>(
		layer: FeatureCollection<Geometry | null, P>,
		keep: (id: string) => boolean = () => true
	): { id: string; d: string; f: FeatureParts<P> }[] =>
		layerParts(layer)
			.map((f) => ({ f, id: idOf(f.feature), parts: f.parts.filter(inView) }))
			.filter(({ id, parts }) => parts.length > 0 && keep(id))
			.map(({ f, id, parts }) => ({ f, id, d: d(parts) }))
			.filter(({ d }) => d !== '');

	// As on the live map (BASE_LAND_LAYERS): these layers are always land, whether or not the step shows them.
	const baseLand = config.layers
		.filter((l) => l.baseLand)
		.flatMap((l) => features(layerData(l)).map(({ d }) => d))
		.join('');
	if (baseLand) out.push(pathElement(baseLand, { 'data-layer': 'base-land', fill: PALETTE.land, ...landOutline }));

	// Geometry, bottom to top.
	const shownIn =
		(layer: string) =>
		(id: string): boolean =>
			isShown(config, layer, id, scene);
	for (const def of config.layers) {
		const layer = def.id;
		if (!has(layer)) continue;
		const look = def.look;
		if ('fill' in look) {
			const paths = features(layerData(def), shownIn(layer)).map(({ id, d }) => {
				const on = highlighted.has(id);
				const h = on && look.highlight ? look.highlight : look;
				return pathElement(d, {
					'data-id': id,
					...(on && look.highlight ? { 'data-highlight': 'true' } : {}),
					fill: h.fill,
					stroke: h.outline,
					'stroke-width': h.outlineWidth
				});
			});
			out.push(group(layer, {}, paths));
		} else if ('highlightWidth' in look) {
			const paths = features(layerData(def), shownIn(layer)).map(({ id, d, f }) => {
				const on = highlighted.has(id);
				const style = lineStyleOf(def, f.feature.properties.style);
				return pathElement(d, {
					'data-id': id,
					...(on ? { 'data-highlight': 'true' } : {}),
					...dashedStroke(style.color, on ? look.highlightWidth : look.width, style.dash, true)
				});
			});
			out.push(group(layer, { fill: 'none', 'stroke-linecap': 'round' }, paths));
		} else {
			const dots: string[] = [];
			for (const f of layerData(def).features) {
				const id = f.properties.id;
				const at = f.geometry.type === 'Point' ? projection(f.geometry.coordinates as [number, number]) : null;
				if (!isShown(config, layer, id, scene) || !at || !insideView(at, 8)) continue;
				const on = highlighted.has(id);
				// MapLibre's circle stroke lies outside circle-radius; SVG's straddles the edge.
				const radius = on ? look.highlight.radius : look.radius;
				dots.push(
					element('circle', {
						'data-id': id,
						...(on ? { 'data-highlight': 'true' } : {}),
						cx: round(at[0]),
						cy: round(at[1]),
						r: radius + look.ringWidth / 2,
						fill: on ? look.highlight.color : look.color
					})
				);
			}
			out.push(group(layer, { stroke: look.ring, 'stroke-width': look.ringWidth }, dots));
		}
	}

	// Labels: claimed topmost layer first (as MapLibre places them), drawn bottom to top afterwards.
	const collisions = new LabelCollisions(viewport);
	const labelOf = (id: string): string => (input.labels[id] ?? '').trim();
	const placed = new Map<string, string[]>();
	for (const def of [...labelOrder(config)].reverse()) {
		if (!def.labels || !has(def.id)) continue;
		placed.set(def.id, placeLabels(def, def.labels));
	}
	for (const def of labelOrder(config)) {
		const elements = placed.get(def.id);
		if (def.labels && elements) out.push(group(`${def.id}-labels`, haloed(def.labels), elements));
	}

	function placeLabels(def: StoryLayer, labels: NonNullable<StoryLayer['labels']>): string[] {
		const out: string[] = [];
		const layer = def.id;
		if (labels.at === 'line-center') {
			for (const { f } of features(layerData(def), shownIn(layer))) {
				const text = labelOf(f.feature.properties.id);
				for (const part of f.parts) {
					if (!text || part.geometry.type !== 'LineString') continue;
					const px = part.geometry.coordinates.map((c) => projection(c as [number, number])).filter((p): p is [number, number] => p !== null);
					const center = lineCenter(px);
					const at = center && insideView(center.at) ? layoutLineText(text, labels.size, center, labels.offset ?? 0) : null;
					if (at && collisions.claim(at.box)) out.push(lineTextElement(at));
				}
			}
			return out;
		}
		const points: { properties: { id: string }; geometry: Geometry }[] =
			labels.at === 'label-points' ? (geo.labelPoints[layer]?.features ?? []) : layerData(def).features;
		for (const f of points) {
			const id = f.properties.id;
			if (f.geometry.type !== 'Point' || !isShown(config, layer, id, scene)) continue;
			const at = projection(f.geometry.coordinates as [number, number]);
			const text = labelOf(id);
			if (!at || !text || !insideView(at, labels.at === 'points' ? 8 : 0)) continue;
			const lines = wrapLabel(text, labels.size, labels.maxWidth);
			if (labels.at === 'label-points') {
				const t = layoutText(lines, labels.size, at, 'center');
				if (collisions.claim(t.box)) out.push(textElement(t));
				continue;
			}
			// MapLibre's text-variable-anchor: the first of these where the label fits.
			const anchors: TextAnchor[] = ['left', 'right', 'top', 'bottom'];
			const t = anchors.map((a) => layoutText(lines, labels.size, at, a, (labels.offset ?? 0) * labels.size)).find((p) => collisions.claim(p.box));
			if (t) out.push(textElement(t));
		}
		return out;
	}

	const titleId = `static-map-${input.id}-title`;
	const descId = `static-map-${input.id}-desc`;
	const fonts = LABEL_FONTS.map((f) => (/\s/.test(f) ? `'${f}'` : f)).join(', ');
	const root = attributes({
		xmlns: 'http://www.w3.org/2000/svg',
		viewBox: `0 0 ${viewport.width} ${viewport.height}`,
		width: viewport.width,
		height: viewport.height,
		role: 'img',
		'aria-labelledby': titleId,
		'aria-describedby': descId,
		'font-family': fonts
	});
	return [
		`<svg${root}>`,
		`<title id="${escapeXml(titleId)}">${escapeXml(input.title)}</title>`,
		`<desc id="${escapeXml(descId)}">${escapeXml(input.description)}</desc>`,
		...out.filter(Boolean),
		'</svg>'
	].join('\n');
}

/** Attributes in the order written; undefined ones are left out. */
type Attrs = Record<string, string | number | undefined>;

function attributes(attrs: Attrs): string {
	return Object.entries(attrs)
		.filter(([, v]) => v !== undefined)
		.map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
		.join('');
}

function element(name: string, attrs: Attrs, content?: string): string {
	return content === undefined ? `<${name}${attributes(attrs)}/>` : `<${name}${attributes(attrs)}>${content}</${name}>`;
}

function pathElement(d: string, attrs: Attrs): string {
	return d ? element('path', { ...attrs, d }) : '';
}

function group(layer: string, attrs: Attrs, children: string[]): string {
	return children.length ? `<g${attributes({ 'data-layer': layer, ...attrs })}>\n${children.join('\n')}\n</g>` : '';
}

/**
 * A MapLibre dashed line: `line-dasharray` counts in line widths. With round caps MapLibre rounds each dash
 * within its own length, where SVG adds the caps beyond it, so the SVG dash is one width shorter.
 */
function dashedStroke(colour: string, width: number, dash: [number, number], roundCaps = false): Attrs {
	const cap = roundCaps ? width : 0;
	const on = Math.max(0.01, dash[0] * width - cap);
	const off = dash[1] * width + cap;
	return { stroke: colour, 'stroke-width': width, 'stroke-dasharray': `${round(on)} ${round(off)}` };
}

/** Label text with MapLibre's halo: a white stroke painted under the glyphs, twice the halo width. */
function haloed({ size, halo }: { size: number; halo: number }): Attrs {
	return {
		'font-size': size,
		fill: PALETTE.label,
		stroke: PALETTE.labelHalo,
		'stroke-width': 2 * halo,
		'stroke-linejoin': 'round',
		'paint-order': 'stroke'
	};
}

function textElement(t: PlacedText): string {
	const anchor = t.align === 'start' ? {} : { 'text-anchor': t.align };
	if (t.lines.length === 1) return element('text', { x: round(t.x), y: round(t.y), ...anchor }, escapeXml(t.lines[0]!));
	const lineHeight = round(1.2 * t.sizePx);
	const spans = t.lines.map((line, i) => element('tspan', i === 0 ? { x: round(t.x), y: round(t.y) } : { x: round(t.x), dy: lineHeight }, escapeXml(line)));
	return element('text', anchor, spans.join(''));
}

function lineTextElement(t: PlacedLineText): string {
	const transform = `translate(${round(t.at[0])} ${round(t.at[1])})${t.angleDeg ? ` rotate(${round(t.angleDeg)})` : ''}`;
	return element('text', { transform, y: round(t.y), 'text-anchor': 'middle' }, escapeXml(t.text));
}

function idOf(feature: Feature<Geometry | null, unknown>): string {
	const props = feature.properties as GeoJsonProperties;
	return String(props?.id ?? feature.id ?? '');
}

function round(x: number): number {
	return Math.round(x * 10) / 10;
}
