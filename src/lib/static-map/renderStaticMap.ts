// A step's map as a small, self-contained, accessible SVG string, drawn at build time in the live map's colours and order.
import { geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { NameProperties, NamingMode } from '../geo/types';
import { viewFor, type CameraTarget, type Padding, type Viewport } from '../map/camera';
import { LABEL_FONTS, PALETTE } from '../map/mapPalette';
import type { MapScene } from '../map/storyLayers';
import { compactPath } from './compactPath';
import { layerParts, type FeatureParts, type LayerPart } from './layerParts';
import { LabelCollisions, layoutLineText, layoutText, lineCenter, wrapLabel, type PlacedLineText, type PlacedText, type TextAnchor } from './placeLabels';
import { bboxesMeet, NO_PADDING, projectionFor, STATIC_VIEWPORT, viewBBox } from './projectStep';
import { simplified } from './simplifyStream';

/** offlineStyle: the 50m `world` layer has maxzoom 6.5; the 10m `land` outline has minzoom 4. */
export const WORLD_MAX_ZOOM = 6.5;
export const LAND_OUTLINE_MIN_ZOOM = 4;
/** Paths are clipped this far outside the view, so strokes along the cut never show at the edge. */
const CLIP_MARGIN_PX = 4;

/**
 * The live map's label settings (STORY_LAYERS in storyLayers.ts; MapLibre's default text-max-width of 10 ems
 * for places). Plain numbers here, as SVG needs them; a test checks they still agree with the MapLibre layers.
 */
export const LABEL_STYLE = {
	island: { sizePx: 15, maxWidthEm: 8, haloPx: 2 },
	place: { sizePx: 14, maxWidthEm: 10, haloPx: 1.6, radialOffsetEm: 0.8 },
	line: { sizePx: 13, offsetEm: -0.9, haloPx: 1.6 }
} as const;

/** What a label needs: its id and its name in each naming mode. */
export type LabelledProperties = { id: string } & Pick<NameProperties, 'label_ja' | 'label_ru' | 'label_both'>;

/** The geo/ layers, as committed (basemap) or as typed story layers; island labels from `islandLabelPoints`. */
export interface StaticMapLayers {
	world: FeatureCollection<Geometry | null>;
	land: FeatureCollection<Geometry | null>;
	borders: FeatureCollection<Geometry | null>;
	islands: FeatureCollection<Polygon | MultiPolygon, { id: string }>;
	hokkaido: FeatureCollection<Polygon | MultiPolygon, { id: string }>;
	places: FeatureCollection<Point, LabelledProperties>;
	lines: FeatureCollection<LineString | MultiLineString, LabelledProperties>;
	islandLabels: FeatureCollection<Point, LabelledProperties>;
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
	/** Which `label_<mode>` property labels read; 'both' unless given. */
	names?: NamingMode;
	/** Drawing size in px; the SVG scales with CSS. 800×560 unless given. */
	viewport?: Viewport;
	/** Room kept free for overlaid text; none unless given (the static map sits beside its text). */
	padding?: Padding;
}

/**
 * Draws, bottom to top as offlineStyle and STORY_LAYERS do: sea, world land (below zoom 6.5), 10m land
 * (outlined from zoom 4), dashed borders, then the step's story layers (Hokkaido, islands, lines, line
 * labels, place dots, place labels, island labels) with the same filters and highlights.
 * Label collisions are settled topmost layer first, as MapLibre does: island, then place, then line labels.
 * Within a layer every feature has its fill and outline on one element (MapLibre draws all fills, then all
 * outlines); the islands never touch, so the picture is the same at a fraction of the bytes.
 */
export function renderStaticMap(input: StaticMapInput): string {
	if (!/^[A-Za-z0-9_-]+$/.test(input.id)) throw new Error(`renderStaticMap: id "${input.id}" must be letters, digits, "-" or "_" (it names <title> and <desc>)`);
	const viewport = input.viewport ?? STATIC_VIEWPORT;
	const names = input.names ?? 'both';
	const { scene, geo } = input;
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
	const shown = new Set(scene.show);
	const has = (layer: MapScene['layers'][number]): boolean => scene.layers.includes(layer);
	const out: string[] = [];

	out.push(element('rect', { 'data-layer': 'sea', width: viewport.width, height: viewport.height, fill: PALETTE.sea }));
	if (view.zoom < WORLD_MAX_ZOOM) out.push(pathElement(d(visibleParts(geo.world)), { 'data-layer': 'world', fill: PALETTE.land }));
	const landOutline = view.zoom >= LAND_OUTLINE_MIN_ZOOM ? { stroke: PALETTE.landOutline, 'stroke-width': 0.6 } : {};
	out.push(pathElement(d(visibleParts(geo.land)), { 'data-layer': 'land', fill: PALETTE.land, ...landOutline }));
	out.push(pathElement(d(visibleParts(geo.borders)), { 'data-layer': 'borders', fill: 'none', ...dashedStroke(PALETTE.border, 0.8, [3, 2]) }));

	const features = <P>(layer: FeatureCollection<Geometry | null, P>, keep: (id: string) => boolean = () => true): { id: string; d: string; f: FeatureParts<P> }[] =>
		layerParts(layer)
			.map((f) => ({ f, id: idOf(f.feature), parts: f.parts.filter(inView) }))
			.filter(({ id, parts }) => parts.length > 0 && keep(id))
			.map(({ f, id, parts }) => ({ f, id, d: d(parts) }))
			.filter(({ d }) => d !== '');

	// As on the live map (BASE_LAND_LAYERS): Hokkaido and the islands are always land, whether or not the step shows them.
	const baseLand = [...features(geo.hokkaido), ...features(geo.islands)].map(({ d }) => d).join('');
	if (baseLand) out.push(pathElement(baseLand, { 'data-layer': 'base-land', fill: PALETTE.land, ...landOutline }));

	if (has('hokkaido')) {
		const paths = features(geo.hokkaido).map(({ id, d }) =>
			pathElement(d, { 'data-id': id, fill: PALETTE.hokkaido, stroke: PALETTE.hokkaidoOutline, 'stroke-width': 1 })
		);
		out.push(group('hokkaido', {}, paths));
	}
	if (has('islands')) {
		const paths = features(geo.islands).map(({ id, d }) => {
			const on = highlighted.has(id);
			return pathElement(d, {
				'data-id': id,
				...(on ? { 'data-highlight': 'true' } : {}),
				fill: on ? PALETTE.islandHighlight : PALETTE.island,
				stroke: on ? PALETTE.islandHighlightOutline : PALETTE.islandOutline,
				'stroke-width': on ? 2.5 : 1
			});
		});
		out.push(group('islands', {}, paths));
	}

	// Labels: claimed topmost layer first, drawn in layer order afterwards.
	const collisions = new LabelCollisions(viewport);
	const labelOf = (p: LabelledProperties): string => String(p[`label_${names}`] ?? '').trim();
	const insideView = ([x, y]: [number, number], marginPx = 0): boolean =>
		x >= -marginPx && y >= -marginPx && x <= viewport.width + marginPx && y <= viewport.height + marginPx;

	const islandLabels: PlacedText[] = [];
	if (has('islands')) {
		for (const f of geo.islandLabels.features) {
			const at = projection(f.geometry.coordinates as [number, number]);
			const text = labelOf(f.properties);
			if (!at || !text || !insideView(at)) continue;
			const { sizePx, maxWidthEm } = LABEL_STYLE.island;
			const placed = layoutText(wrapLabel(text, sizePx, maxWidthEm), sizePx, at, 'center');
			if (collisions.claim(placed.box)) islandLabels.push(placed);
		}
	}

	const dots: string[] = [];
	const placeLabels: PlacedText[] = [];
	if (has('places')) {
		for (const f of geo.places.features) {
			const id = f.properties.id;
			const at = projection(f.geometry.coordinates as [number, number]);
			if (!shown.has(id) || !at || !insideView(at, 8)) continue;
			const on = highlighted.has(id);
			// MapLibre's circle stroke lies outside circle-radius; SVG's straddles the edge.
			const radius = on ? 7 : 5;
			dots.push(
				element('circle', {
					'data-id': id,
					...(on ? { 'data-highlight': 'true' } : {}),
					cx: round(at[0]),
					cy: round(at[1]),
					r: radius + 1,
					fill: on ? PALETTE.placeHighlight : PALETTE.place
				})
			);
			const text = labelOf(f.properties);
			if (!text) continue;
			const { sizePx, maxWidthEm, radialOffsetEm } = LABEL_STYLE.place;
			const lines = wrapLabel(text, sizePx, maxWidthEm);
			// MapLibre's text-variable-anchor: the first of these where the label fits.
			const anchors: TextAnchor[] = ['left', 'right', 'top', 'bottom'];
			const placed = anchors.map((a) => layoutText(lines, sizePx, at, a, radialOffsetEm * sizePx)).find((p) => collisions.claim(p.box));
			if (placed) placeLabels.push(placed);
		}
	}

	const linePaths: string[] = [];
	const lineLabels: PlacedLineText[] = [];
	if (has('lines')) {
		for (const { id, d, f } of features(geo.lines, (id) => shown.has(id))) {
			const on = highlighted.has(id);
			const colour = id === 'nosappu-gap' ? PALETTE.gapLine : PALETTE.shimodaLine;
			linePaths.push(pathElement(d, { 'data-id': id, ...(on ? { 'data-highlight': 'true' } : {}), ...dashedStroke(colour, on ? 3 : 2, [2, 1.5], true) }));
			const text = labelOf(f.feature.properties);
			for (const part of f.parts) {
				if (!text || part.geometry.type !== 'LineString') continue;
				const px = part.geometry.coordinates.map((c) => projection(c as [number, number])).filter((p): p is [number, number] => p !== null);
				const center = lineCenter(px);
				const placed = center && insideView(center.at) ? layoutLineText(text, LABEL_STYLE.line.sizePx, center, LABEL_STYLE.line.offsetEm) : null;
				if (placed && collisions.claim(placed.box)) lineLabels.push(placed);
			}
		}
		out.push(group('lines', { fill: 'none', 'stroke-linecap': 'round' }, linePaths));
		out.push(group('line-labels', haloed(LABEL_STYLE.line), lineLabels.map(lineTextElement)));
	}
	if (has('places')) {
		out.push(group('places', { stroke: '#ffffff', 'stroke-width': 2 }, dots));
		out.push(group('place-labels', haloed(LABEL_STYLE.place), placeLabels.map(textElement)));
	}
	if (has('islands')) out.push(group('island-labels', haloed(LABEL_STYLE.island), islandLabels.map(textElement)));

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

/** Text content and attribute values for XML: the five specials escaped, characters XML 1.0 forbids removed. */
export function escapeXml(text: string): string {
	return text
		.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
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
function haloed({ sizePx, haloPx }: { sizePx: number; haloPx: number }): Attrs {
	return {
		'font-size': sizePx,
		fill: PALETTE.label,
		stroke: PALETTE.labelHalo,
		'stroke-width': 2 * haloPx,
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
