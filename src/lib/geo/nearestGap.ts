// The shortest segment from a point to an outline: the nearest point on any of its rings, and how far it is.
import { lineString, point } from '@turf/helpers';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import type { MultiPolygon, Polygon, Position } from 'geojson';

export interface Gap {
	from: Position;
	to: Position;
	distanceKm: number;
	/** Index of the polygon part (0 for a Polygon) that holds the nearest point. */
	part: number;
}

/** Nearest point of `target`'s rings (exteriors and holes) to `from`, with the great-circle distance in km. */
export function nearestGap(from: Position, target: Polygon | MultiPolygon): Gap {
	const parts = target.type === 'Polygon' ? [target.coordinates] : target.coordinates;
	let best: Gap | null = null;
	parts.forEach((rings, part) => {
		for (const ring of rings) {
			const hit = nearestPointOnLine(lineString(ring), point(from), { units: 'kilometers' });
			const distanceKm = hit.properties.pointDistance;
			if (!best || distanceKm < best.distanceKm) {
				best = { from, to: hit.geometry.coordinates, distanceKm, part };
			}
		}
	});
	if (!best) throw new Error('nearestGap: the target has no rings');
	return best;
}

/** The shortest gap between two outlines, tried from every vertex of each towards the other's rings. */
export function gapBetween(a: Polygon | MultiPolygon, b: Polygon | MultiPolygon): Gap {
	let best: Gap | null = null;
	const vertices = (g: Polygon | MultiPolygon): Position[] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat(2);
	for (const v of vertices(a)) {
		const gap = nearestGap(v, b);
		if (!best || gap.distanceKm < best.distanceKm) best = gap;
	}
	for (const v of vertices(b)) {
		const gap = nearestGap(v, a);
		if (!best || gap.distanceKm < best.distanceKm) best = { ...gap, from: gap.to, to: gap.from };
	}
	if (!best) throw new Error('gapBetween: an outline has no vertices');
	return best;
}
