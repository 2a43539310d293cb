// Which part of the world the locator inset shows: Northeast Asia, or Eurasia when the view reaches beyond it.
import type { BBox } from '../geo/types';

export const INSET_NORTHEAST_ASIA: BBox = [110, 22, 170, 58];
export const INSET_EURASIA: BBox = [20, -2, 180, 72];

/** The two extents the inset switches between (their names are in the messages). */
export type InsetRegion = 'northeast-asia' | 'eurasia';

export interface InsetFrame {
	extent: BBox;
	region: InsetRegion;
}

/** Northeast Asia while the view fits inside it; Eurasia once any part of the view leaves it. */
export function insetFrameFor(view: BBox): InsetFrame {
	const [w, s, e, n] = INSET_NORTHEAST_ASIA;
	const inside = view[0] >= w && view[1] >= s && view[2] <= e && view[3] <= n;
	return inside ? { extent: INSET_NORTHEAST_ASIA, region: 'northeast-asia' } : { extent: INSET_EURASIA, region: 'eurasia' };
}

/** The view box clipped to the inset's extent, or null when they do not meet. */
export function clipToExtent(view: BBox, extent: BBox): BBox | null {
	const box: BBox = [Math.max(view[0], extent[0]), Math.max(view[1], extent[1]), Math.min(view[2], extent[2]), Math.min(view[3], extent[3])];
	return box[0] < box[2] && box[1] < box[3] ? box : null;
}
