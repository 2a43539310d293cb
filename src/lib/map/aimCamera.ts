// Where a step's camera goes in a live map: framed inside the part of its element that nothing covers (the text
// panel, the controls, the key, the attribution), by the one framing rule (clearArea.ts frameStep). The map's owner
// measures that layout once it has settled (measureMapLayout, in its resize observers) and aims from the measurement,
// so a step change never forces the browser to lay out the page before the camera moves.
import { viewFor, type CameraTarget, type CameraView } from './camera';
import { frameStep, type Rect } from './clearArea';
import { coverRects } from './coversOverMap';

/** The map's rectangle and the rectangles over it, in the viewport's coordinates. */
export interface MapLayout {
	map: Rect;
	covers: Rect[];
}

/** Measures the map's element and what covers it now (cheap once layout is clean, as in a resize observer's callback). */
export function measureMapLayout(node: HTMLElement): MapLayout {
	const r = node.getBoundingClientRect();
	return { map: { left: r.left, top: r.top, right: r.right, bottom: r.bottom }, covers: coverRects() };
}

/** Whether two measurements frame a step alike (whole px: subpixel jitter never re-aims the camera). */
export function sameMapLayout(a: MapLayout | null, b: MapLayout): boolean {
	if (!a || a.covers.length !== b.covers.length) return false;
	const same = (x: Rect, y: Rect): boolean =>
		Math.round(x.left) === Math.round(y.left) &&
		Math.round(x.top) === Math.round(y.top) &&
		Math.round(x.right) === Math.round(y.right) &&
		Math.round(x.bottom) === Math.round(y.bottom);
	return same(a.map, b.map) && a.covers.every((c, i) => same(c, b.covers[i]!));
}

/** The step framed in a measured layout: the target used (its small camera where the clear part is narrow) and the view. */
export function aimInLayout(step: CameraTarget, layout: MapLayout): { target: CameraTarget; view: CameraView } {
	const framed = frameStep(step, layout.map, layout.covers);
	const { map } = layout;
	return { target: framed.target, view: viewFor(framed.target, { width: map.right - map.left, height: map.bottom - map.top }, framed.padding) };
}

/** The step framed in its element as laid out now (for the map's first view, before the map exists). */
export function aimCamera(step: CameraTarget, node: HTMLElement): { target: CameraTarget; view: CameraView } {
	return aimInLayout(step, measureMapLayout(node));
}
