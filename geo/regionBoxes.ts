// Coarse boxes that say where Japan, Russia and Vietnam are, for checking that each place lies in the country the
// story puts it in (geo/data.test.ts).
import type { Position } from 'geojson';
import { pointInBBox } from '../src/lib/geo/inBBox';
import type { BBox } from '../src/lib/geo/types';

/** Where a place lies, in the story's terms: in one of three countries, or on one of the four disputed islands. */
export type PlaceRegion = 'japan' | 'russia' | 'vietnam' | 'disputed';

/**
 * Each box holds land of its own country only (checked against Natural Earth 1:50m outlines when drawn), so a
 * swapped latitude/longitude or a sign error lands a place outside its region. They are a sanity check, not a
 * border: they cover the parts of each country the story can reach, and the sea around them. 'disputed' has no
 * box: a place is there when it lies on (or within DISPUTED_TOLERANCE_KM of) one of the four island outlines,
 * and a place on those outlines is never 'japan' or 'russia'.
 */
export const REGION_BOXES: Readonly<Record<Exclude<PlaceRegion, 'disputed'>, readonly BBox[]>> = {
	japan: [
		[122.9, 24.0, 131.4, 30.9], // Ryukyu Islands (Taiwan's east coast is at 121.9°E)
		[129.5, 30.9, 134.5, 35.7], // Kyushu, Shikoku, western Honshu (Korea's south-east coast is west of 129.5°E)
		[134.5, 33.4, 142.1, 41.6], // Honshu
		[139.3, 41.3, 145.83, 45.6] // Hokkaido, to Cape Nosappu (145.817°E); Sakhalin starts at 45.9°N
	],
	russia: [
		[33.0, 53.0, 60.0, 62.0], // European Russia around Moscow (Belarus ends at 32.8°E, Ukraine at 52.4°N)
		[60.0, 56.0, 160.0, 62.0], // Siberia north of Kazakhstan (55.4°N), Mongolia and China
		[131.5, 42.3, 139.0, 45.0], // Primorye
		[134.8, 45.9, 160.0, 56.0] // Khabarovsk, Sakhalin, the northern Kurils, Kamchatka
	],
	vietnam: [
		[107.8, 10.4, 109.5, 17.2], // the central and south-central coast, Da Nang (Laos and Cambodia end at 107.7°E)
		[105.3, 20.0, 107.1, 21.5] // the Red River delta
	]
};

/** How near an island outline a 'disputed' place may lie: coastal points sit on a simplified coastline. */
export const DISPUTED_TOLERANCE_KM = 1;

export function inRegionBoxes(p: Position, region: Exclude<PlaceRegion, 'disputed'>): boolean {
	return REGION_BOXES[region].some((box) => pointInBBox(p, box));
}
