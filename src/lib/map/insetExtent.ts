// Which part of the world the locator inset shows: the first of the story's inset extents (story.yaml map.inset,
// smallest first) that holds the whole view, or the last, largest one.
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
