// The one containment test for [west, south, east, north] boxes, used by the build and the validator alike.
import type { Position } from 'geojson';
import type { BBox } from './types';

export function pointInBBox(p: Position, box: BBox): boolean {
	const [x, y] = p;
	return x !== undefined && y !== undefined && x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3];
}

/** Whether `inner` lies wholly inside `outer` (edges included). */
export function bboxInBBox(inner: BBox, outer: BBox): boolean {
	return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
}

/** Whether two boxes share any point. */
export function bboxesOverlap(a: BBox, b: BBox): boolean {
	return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

export function bboxCenter(box: BBox): [number, number] {
	return [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
}
