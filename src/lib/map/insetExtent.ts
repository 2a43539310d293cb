// Which part of the world the locator inset shows: the first of the story's inset extents (story.yaml map.inset,
// smallest first) that holds the whole view, or the last, largest one; and where the view lies on it, by the same
// Mercator frame the build draws the inset's land in (src/lib/static-map/insetMap.ts), so no map code runs for it here.
import type { BBox } from '../geo/types';

export interface InsetExtent {
	id: string;
	bounds: BBox;
}

/** The first extent that holds the view, else the last (the largest); undefined only when there are none. */
export function insetFrameFor(view: BBox, extents: readonly InsetExtent[]): InsetExtent | undefined {
	const holds = ([w, s, e, n]: BBox): boolean => view[0] >= w && view[1] >= s && view[2] <= e && view[3] <= n;
	return extents.find((x) => holds(x.bounds)) ?? extents[extents.length - 1];
}

/** The view box clipped to the inset's extent, or null when they do not meet. */
export function clipToExtent(view: BBox, extent: BBox): BBox | null {
	const box: BBox = [Math.max(view[0], extent[0]), Math.max(view[1], extent[1]), Math.min(view[2], extent[2]), Math.min(view[3], extent[3])];
	return box[0] < box[2] && box[1] < box[3] ? box : null;
}

/** The inset's drawing size, in CSS px (its land is drawn at build to this size: src/lib/static-map/insetMap.ts). */
export const INSET_SIZE_PX = { width: 168, height: 120 } as const;
/** The margin kept between an extent's edge and the inset's. */
const INSET_MARGIN_PX = 2;

/** A Mercator projection as d3-geo's geoMercator holds it: scale (px per radian) and translate (px). */
export interface InsetProjection {
	scale: number;
	translate: [number, number];
}

/** Web Mercator's y for a latitude in degrees, in radians (d3-geo's mercatorRaw). */
function mercatorY(latDeg: number): number {
	return Math.log(Math.tan(Math.PI / 4 + (latDeg * Math.PI) / 360));
}

/**
 * The projection that fits an extent inside the inset, less its margin: what d3-geo's
 * `geoMercator().fitExtent([[2, 2], [w - 2, h - 2]], corners)` computes, without d3 in the browser.
 */
export function insetProjection([w, s, e, n]: BBox, size: { width: number; height: number } = INSET_SIZE_PX): InsetProjection {
	const x0 = (w * Math.PI) / 180;
	const x1 = (e * Math.PI) / 180;
	const y0 = -mercatorY(n);
	const y1 = -mercatorY(s);
	const width = size.width - 2 * INSET_MARGIN_PX;
	const height = size.height - 2 * INSET_MARGIN_PX;
	const scale = Math.min(width / (x1 - x0), height / (y1 - y0));
	return {
		scale,
		translate: [INSET_MARGIN_PX + (width - scale * (x1 + x0)) / 2, INSET_MARGIN_PX + (height - scale * (y1 + y0)) / 2]
	};
}

/** A point (longitude, latitude) on the inset, in px. */
export function projectToInset([lon, lat]: readonly [number, number], p: InsetProjection): [number, number] {
	return [p.translate[0] + p.scale * ((lon * Math.PI) / 180), p.translate[1] - p.scale * mercatorY(lat)];
}

/** The view's box on the inset, clipped to its extent and never smaller than `minPx` across: null when they do not meet. */
export function viewRectOnInset(view: BBox, extent: BBox, p: InsetProjection, minPx = 3): { x: number; y: number; w: number; h: number } | null {
	const box = clipToExtent(view, extent);
	if (!box) return null;
	const a = projectToInset([box[0], box[3]], p);
	const b = projectToInset([box[2], box[1]], p);
	const w = Math.max(minPx, b[0] - a[0]);
	const h = Math.max(minPx, b[1] - a[1]);
	return { x: a[0] - (w - (b[0] - a[0])) / 2, y: a[1] - (h - (b[1] - a[1])) / 2, w, h };
}
