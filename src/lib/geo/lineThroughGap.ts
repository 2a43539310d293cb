// A line drawn down the middle of a strait: through the midpoint of the shortest gap between two islands, across it.
import type { LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { gapBetween } from './nearestGap';

const EARTH_RADIUS_KM = 6371.0088;
const DEG = Math.PI / 180;

/**
 * The line perpendicular to the shortest gap between `a` and `b`, through its midpoint, reaching `halfLengthKm`
 * to each side: the course of a boundary "between the islands". Its first point is the end with the lower
 * latitude (for the Kurils, the Pacific side); its middle point is the gap's midpoint.
 */
export function lineThroughGap(a: Polygon | MultiPolygon, b: Polygon | MultiPolygon, halfLengthKm: number): LineString {
	const gap = gapBetween(a, b);
	const [x1, y1] = gap.from as [number, number];
	const [x2, y2] = gap.to as [number, number];
	const mid: Position = [(x1 + x2) / 2, (y1 + y2) / 2];
	const kx = Math.cos(mid[1]! * DEG) * DEG * EARTH_RADIUS_KM;
	const ky = DEG * EARTH_RADIUS_KM;
	const dx = (x2 - x1) * kx;
	const dy = (y2 - y1) * ky;
	const len = Math.hypot(dx, dy);
	if (len === 0) throw new Error('lineThroughGap: the outlines touch');
	// A unit vector across the gap, turned a quarter: along the strait.
	const ux = -dy / len;
	const uy = dx / len;
	const end = (sign: number): Position => [mid[0]! + (sign * ux * halfLengthKm) / kx, mid[1]! + (sign * uy * halfLengthKm) / ky];
	const [p, q] = [end(1), end(-1)];
	return { type: 'LineString', coordinates: p[1]! <= q[1]! ? [p, mid, q] : [q, mid, p] };
}

/** The middle of a gap (of gapBetween or nearestGap): a point "in the strait". */
export function gapMidpoint(gap: { from: Position; to: Position }): Position {
	return [(gap.from[0]! + gap.to[0]!) / 2, (gap.from[1]! + gap.to[1]!) / 2];
}

/** The point `km` beyond `to`, on the line from `from` through `to` (local flat approximation, fine for tens of km). */
export function extendBeyond(from: Position, to: Position, km: number): Position {
	const kx = Math.cos(to[1]! * DEG) * DEG * EARTH_RADIUS_KM;
	const ky = DEG * EARTH_RADIUS_KM;
	const dx = (to[0]! - from[0]!) * kx;
	const dy = (to[1]! - from[1]!) * ky;
	const len = Math.hypot(dx, dy);
	if (len === 0) throw new Error('extendBeyond: the two points are the same');
	return [to[0]! + (dx / len) * (km / kx), to[1]! + (dy / len) * (km / ky)];
}
