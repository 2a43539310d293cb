// Cuts polygons that cross the 180° meridian into pieces on either side, as flat (planar) map renderers need.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { clipPolygons } from './clipToBBox';

/** An edge spanning more than this many degrees of longitude is taken to cross the antimeridian. */
const CROSSING_SPAN_DEG = 180;

function crosses(ring: Position[]): boolean {
	return ring.some((p, i) => i > 0 && Math.abs(p[0]! - ring[i - 1]![0]!) > CROSSING_SPAN_DEG);
}

/** Longitudes made continuous along the ring (e.g. 179.5, -179.5 becomes 179.5, 180.5). */
function unwrap(ring: Position[]): Position[] {
	let shift = 0;
	return ring.map((p, i) => {
		if (i > 0) {
			const d = p[0]! - ring[i - 1]![0]!;
			if (d > CROSSING_SPAN_DEG) shift -= 360;
			else if (d < -CROSSING_SPAN_DEG) shift += 360;
		}
		return [p[0]! + shift, p[1]!];
	});
}

function shifted(rings: Position[][], dx: number): Position[][] {
	return rings.map((ring) => ring.map((p) => [p[0]! + dx, p[1]!]));
}

/**
 * Spherical data (Natural Earth via TopoJSON) joins Chukotka to Alaska's side of the map with edges that jump
 * from +180° to -180°; drawn flat, each such edge becomes a band across the whole world. This unwraps such
 * rings to continuous longitudes, then cuts them at ±180° and moves the far piece back into [-180, 180].
 * Parts that do not cross are returned untouched, and so are rings round a pole (Antarctica), which no cut fixes.
 */
export function splitAtAntimeridian(geometry: Polygon | MultiPolygon): MultiPolygon {
	const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const out: Position[][][] = [];
	for (const rings of parts) {
		if (!rings.some(crosses)) {
			out.push(rings);
			continue;
		}
		const continuous = rings.map(unwrap);
		const encirclesPole = continuous.some((ring) => ring[0]![0] !== ring[ring.length - 1]![0]);
		if (encirclesPole) {
			out.push(rings);
			continue;
		}
		for (const dx of [-360, 0, 360]) {
			const piece = clipPolygons({ type: 'Polygon', coordinates: shifted(continuous, dx) }, [-180, -90, 180, 90]);
			if (piece) out.push(...piece.coordinates);
		}
	}
	return { type: 'MultiPolygon', coordinates: out };
}
