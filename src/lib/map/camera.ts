// Camera maths for story steps: where a step looks, at what zoom, with room for the text panel. Pure Web Mercator.
import type { BBox } from '../geo/types';
import { WIDE_MIN_WIDTH_PX } from '../layout/layout';

/** MapLibre's tile size: zoom z shows the world 512·2^z px wide. */
export const WORLD_TILE_PX = 512;
/** Extra room around fitted features, in px, unless a step asks for more. */
export const DEFAULT_FIT_PADDING_PX = 40;

export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

export interface Viewport {
	width: number;
	height: number;
}

/** A step's camera resolved at build time: a centre, and either a fixed zoom or bounds to fit. */
export interface CameraTarget {
	center: [number, number];
	zoom?: number;
	bounds?: BBox;
	fitPaddingPx?: number;
	maxZoom?: number;
	bearing: number;
	pitch: number;
	/** What a small map frames instead (the story's `camera.small`): what matters first. */
	small?: CameraTarget;
}

/** A map whose clear part is narrower than this (a phone) frames a step's `small` camera where it has one. */
const SMALL_MAP_MAX_WIDTH_PX = 520;

/** The target for a map whose clear part is `clearWidthPx` wide: the step's small camera on a small map. */
export function targetForWidth(target: CameraTarget, clearWidthPx: number): CameraTarget {
	return target.small && clearWidthPx < SMALL_MAP_MAX_WIDTH_PX ? target.small : target;
}

/** Width over height of what a target frames, in Mercator (the shape its view needs), or undefined for a fixed zoom. */
export function targetAspect(target: CameraTarget): number | undefined {
	if (!target.bounds) return undefined;
	const [x0, y1] = toMercator([target.bounds[0], target.bounds[1]]);
	const [x1, y0] = toMercator([target.bounds[2], target.bounds[3]]);
	const w = Math.abs(x1 - x0);
	const h = Math.abs(y1 - y0);
	// A single point, or a line along a parallel or a meridian: any shape will do; call it square.
	return w > 0 && h > 0 ? w / h : 1;
}

/** What MapLibre's jumpTo/flyTo take. */
export interface CameraView {
	center: [number, number];
	zoom: number;
	bearing: number;
	pitch: number;
	padding: Padding;
}

const MAX_MERCATOR_LAT = 85.051129;

/** Longitude/latitude to the unit Web Mercator square (x, y in 0..1, y down). */
export function toMercator([lon, lat]: [number, number]): [number, number] {
	const clamped = Math.max(-MAX_MERCATOR_LAT, Math.min(MAX_MERCATOR_LAT, lat));
	const sin = Math.sin((clamped * Math.PI) / 180);
	return [(lon + 180) / 360, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}

/** The inverse of toMercator. */
export function fromMercator([x, y]: [number, number]): [number, number] {
	const lon = x * 360 - 180;
	const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
	return [lon, lat];
}

/** The centre of a box as the map sees it: the midpoint in Mercator, not in degrees. */
export function boundsCenter(bbox: BBox): [number, number] {
	const [x0, y0] = toMercator([bbox[0], bbox[1]]);
	const [x1, y1] = toMercator([bbox[2], bbox[3]]);
	return fromMercator([(x0 + x1) / 2, (y0 + y1) / 2]);
}

/** The union of boxes; throws on an empty list (a step must name something to fit). */
export function unionBBox(boxes: readonly BBox[]): BBox {
	if (boxes.length === 0) throw new Error('unionBBox: no boxes');
	return boxes.reduce<BBox>(
		(acc, b) => [Math.min(acc[0], b[0]), Math.min(acc[1], b[1]), Math.max(acc[2], b[2]), Math.max(acc[3], b[3])],
		[Infinity, Infinity, -Infinity, -Infinity]
	);
}

/**
 * The largest zoom at which `bbox` fits inside the viewport less `padding` (north up, no pitch).
 * Returns `maxZoom` for a degenerate box (a single point).
 */
export function fitZoom(bbox: BBox, viewport: Viewport, padding: Padding, maxZoom = 22): number {
	const [x0, y1] = toMercator([bbox[0], bbox[1]]);
	const [x1, y0] = toMercator([bbox[2], bbox[3]]);
	const availW = Math.max(1, viewport.width - padding.left - padding.right);
	const availH = Math.max(1, viewport.height - padding.top - padding.bottom);
	const spanX = Math.abs(x1 - x0);
	const spanY = Math.abs(y1 - y0);
	const zx = spanX > 0 ? Math.log2(availW / (spanX * WORLD_TILE_PX)) : Infinity;
	const zy = spanY > 0 ? Math.log2(availH / (spanY * WORLD_TILE_PX)) : Infinity;
	return Math.max(0, Math.min(maxZoom, zx, zy));
}

/**
 * The room the text panel takes from the map, so targets stay clear of it.
 * Wide screens overlay the text on the left of a full-screen map; narrow screens put the map above the text.
 */
export function panelPadding(viewport: Viewport, panelWidthPx: number): Padding {
	const wide = viewport.width >= WIDE_MIN_WIDTH_PX;
	const left = wide ? Math.min(panelWidthPx, viewport.width * 0.5) : 0;
	return { top: 0, right: 0, bottom: 0, left };
}

function addPadding(a: Padding, extra: number): Padding {
	return { top: a.top + extra, right: a.right + extra, bottom: a.bottom + extra, left: a.left + extra };
}

/** The view MapLibre should fly to for this target in this viewport. The centre is the target's own. */
export function viewFor(target: CameraTarget, viewport: Viewport, panel: Padding): CameraView {
	let zoom = target.zoom ?? 4;
	if (target.bounds) {
		zoom = fitZoom(target.bounds, viewport, addPadding(panel, target.fitPaddingPx ?? DEFAULT_FIT_PADDING_PX), target.maxZoom);
	}
	return { center: target.center, zoom, bearing: target.bearing, pitch: target.pitch, padding: panel };
}

/** Great-circle distance in km (haversine), for comparing camera centres. */
export function distanceKm(a: [number, number], b: [number, number]): number {
	const R = 6371.0088;
	const toRad = (d: number): number => (d * Math.PI) / 180;
	const dLat = toRad(b[1] - a[1]);
	const dLon = toRad(b[0] - a[0]);
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a[1])) * Math.cos(toRad(b[1])) * Math.sin(dLon / 2) ** 2;
	return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Whether two views are close enough that moving the camera is pointless (fewest map calls). */
export function sameView(a: CameraView, b: CameraView, tolerancePx = 1): boolean {
	const scale = WORLD_TILE_PX * 2 ** Math.max(a.zoom, b.zoom);
	const [ax, ay] = toMercator(a.center);
	const [bx, by] = toMercator(b.center);
	return (
		Math.hypot((ax - bx) * scale, (ay - by) * scale) <= tolerancePx &&
		Math.abs(a.zoom - b.zoom) < 0.01 &&
		Math.abs(a.bearing - b.bearing) < 0.1 &&
		Math.abs(a.pitch - b.pitch) < 0.1 &&
		a.padding.left === b.padding.left &&
		a.padding.top === b.padding.top &&
		a.padding.right === b.padding.right &&
		a.padding.bottom === b.padding.bottom
	);
}

/** A step's camera spec, as the story data gives it (see src/lib/story/types.ts). */
type FitSpec = { fit: string[]; padding?: number; maxZoom?: number };
export type CameraSpecInput =
	{ center: [number, number]; zoom: number; bearing?: number; pitch?: number } | (FitSpec & { small?: FitSpec; bearing?: number; pitch?: number });

/** Default cap for fitted cameras, so a single point is not shown at street level. */
const DEFAULT_FIT_MAX_ZOOM = 11;

/**
 * Resolves a camera spec against the geo data's feature boxes: the centre of what is fitted, and the box to fit.
 * Throws naming the unknown feature (the story validator reports it properly before this ever runs).
 */
export function resolveCamera(spec: CameraSpecInput, bboxOf: (id: string) => BBox | undefined): CameraTarget {
	const bearing = spec.bearing ?? 0;
	const pitch = spec.pitch ?? 0;
	if ('center' in spec) return { center: spec.center, zoom: spec.zoom, bearing, pitch };
	const boxes = spec.fit.map((id) => {
		const b = bboxOf(id);
		if (!b) throw new Error(`resolveCamera: unknown feature "${id}"`);
		return b;
	});
	const bounds = unionBBox(boxes);
	return {
		center: boundsCenter(bounds),
		bounds,
		fitPaddingPx: spec.padding ?? DEFAULT_FIT_PADDING_PX,
		maxZoom: spec.maxZoom ?? DEFAULT_FIT_MAX_ZOOM,
		bearing,
		pitch,
		...(spec.small ? { small: resolveCamera({ ...spec.small, bearing, pitch }, bboxOf) } : {})
	};
}
