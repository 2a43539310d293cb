// Which disputed island a polygon belongs to, judged by where its bounding box's centre falls.
import type { Position } from 'geojson';
import { pointInBBox } from '../src/lib/geo/inBBox';
import type { BBox } from '../src/lib/geo/types';
import type { IslandId } from './facts';

/**
 * One box per island, drawn around the island and its own islets and touching no other island's.
 * Habomai starts east of Cape Nosappu (145.817°E) so nothing on Hokkaido's Nemuro peninsula falls in it;
 * its northern edge (43.66°N) runs between Taraku/Polonsky and Kunashir's southern tip.
 * geo/SOURCES.md says which outline polygons each box picked.
 */
export const ISLAND_BOXES: Readonly<Record<IslandId, BBox>> = {
	iturup: [146.7, 44.3, 149.0, 45.7],
	kunashir: [145.3, 43.66, 146.5, 44.6],
	shikotan: [146.5, 43.6, 147.0, 43.95],
	habomai: [145.84, 43.3, 146.45, 43.66]
};

/** The island whose box holds `p`, or null. Boxes do not overlap, so at most one does. */
export function islandAt(p: Position): IslandId | null {
	for (const [id, box] of Object.entries(ISLAND_BOXES) as [IslandId, BBox][]) {
		if (pointInBBox(p, box)) return id;
	}
	return null;
}
