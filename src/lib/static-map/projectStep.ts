// The d3-geo projection that frames a static map exactly as MapLibre frames the same camera view.
import { geoMercator, type GeoProjection } from 'd3-geo';
import type { BBox } from '../geo/types';
import { WORLD_TILE_PX, type CameraView, type Padding, type Viewport } from '../map/camera';

/** Static maps sit beside their text, not under it, so nothing is reserved for a panel. */
export const NO_PADDING: Padding = { top: 0, right: 0, bottom: 0, left: 0 };

export { STATIC_VIEWPORT } from './viewport';

/**
 * Where MapLibre puts the camera centre: the middle of the padded area (its `EdgeInsets.getCenter`),
 * so a text panel on the left shifts the vanishing point right.
 */
export function paddedCenter(viewport: Viewport, padding: Padding): [number, number] {
	return [padding.left + (viewport.width - padding.left - padding.right) / 2, padding.top + (viewport.height - padding.top - padding.bottom) / 2];
}

/**
 * A Mercator projection showing what MapLibre shows for `view` in `viewport`: at zoom z the world is
 * 512·2^z px wide, so d3's scale (px per radian) is that over 2π, and `view.center` sits at the padded centre.
 * The projection is rotated to the view's longitude, so d3 cuts the world at the far side of the globe,
 * never inside the view (MapLibre repeats the world instead). Adaptive resampling is off (`precision(0)`):
 * MapLibre joins vertices with straight Mercator segments, not great-circle arcs.
 * Bearing and pitch are refused: the story keeps north up and the camera flat, and a static map that
 * silently ignored them would frame a different area from the live one.
 */
export function projectionFor(view: CameraView, viewport: Viewport): GeoProjection {
	if (view.bearing !== 0 || view.pitch !== 0) {
		throw new Error(`projectionFor: only north-up, flat views are supported (bearing ${view.bearing}, pitch ${view.pitch})`);
	}
	const [lon, lat] = view.center;
	return geoMercator()
		.rotate([-lon, 0])
		.center([0, lat])
		.scale((WORLD_TILE_PX * 2 ** view.zoom) / (2 * Math.PI))
		.translate(paddedCenter(viewport, view.padding))
		.precision(0);
}

/**
 * The longitude/latitude box a north-up projection shows inside the rectangle [x0, y0]–[x1, y1] (px).
 * The west edge may be numerically greater than the east when the view crosses the antimeridian;
 * `bboxesMeet` accounts for that.
 */
export function viewBBox(projection: GeoProjection, [[x0, y0], [x1, y1]]: [[number, number], [number, number]]): BBox {
	const sw = projection.invert?.([x0, y1]);
	const ne = projection.invert?.([x1, y0]);
	if (!sw || !ne) throw new Error('viewBBox: the projection has no inverse');
	return [sw[0], sw[1], ne[0], ne[1]];
}

/** Whether a feature's box meets the view's box, trying the feature one world to either side. */
export function bboxesMeet(view: BBox, box: BBox): boolean {
	const [w, s, e0, n] = view;
	const e = e0 < w ? e0 + 360 : e0;
	if (box[1] > n || box[3] < s) return false;
	return [-360, 0, 360].some((shift) => box[0] + shift <= e && box[2] + shift >= w);
}
