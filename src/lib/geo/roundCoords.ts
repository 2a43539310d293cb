// Rounds coordinates to a fixed number of decimals so outputs are small and byte-for-byte reproducible.
// The rounding is @turf/truncate's. What is written here is what no Turf module does: drop the repeats rounding makes
// and the rings and lines it collapses, keeping every other vertex (@turf/clean-coords would also drop collinear
// vertices, changing outlines beyond their rounding, and throws on a ring it collapses instead of dropping it).
import truncate from '@turf/truncate';
import type { Geometry, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';

export function roundTo(x: number, decimals: number): number {
	const f = 10 ** decimals;
	const r = Math.round(x * f) / f;
	return r === 0 ? 0 : r; // no "-0" in the output
}

export function roundPosition(p: Position, decimals: number): Position {
	return truncate({ type: 'Point', coordinates: p }, { precision: decimals, coordinates: p.length }).coordinates;
}

function samePosition(a: Position, b: Position): boolean {
	return a[0] === b[0] && a[1] === b[1];
}

/** A rounded run of positions without the repeats that rounding made consecutive. */
function dropRepeats(run: Position[]): Position[] {
	const out: Position[] = [];
	for (const p of run) {
		const last = out[out.length - 1];
		if (!last || !samePosition(last, p)) out.push(p);
	}
	return out;
}

/** A rounded ring stays closed; it is null when rounding left fewer than four positions (it became a sliver). */
function dropCollapsedRing(ring: Position[]): Position[] | null {
	const out = dropRepeats(ring);
	const first = out[0];
	const last = out[out.length - 1];
	if (first && last && !samePosition(first, last)) out.push(first);
	return out.length >= 4 ? out : null;
}

function dropCollapsedPolygon(rings: Position[][]): Position[][] | null {
	const [outer, ...holes] = rings;
	const exterior = outer ? dropCollapsedRing(outer) : null;
	if (!exterior) return null;
	return [exterior, ...holes.map(dropCollapsedRing).filter((h): h is Position[] => h !== null)];
}

/**
 * Rounds every coordinate to `decimals` places. Rings and lines that rounding collapses are dropped, so a
 * MultiPolygon may come back with fewer parts; callers that must keep every part compare the counts.
 */
export function roundGeometry(geometry: Point, decimals: number): Point;
export function roundGeometry(geometry: LineString | MultiLineString, decimals: number): LineString | MultiLineString;
export function roundGeometry(geometry: Polygon | MultiPolygon, decimals: number): Polygon | MultiPolygon;
export function roundGeometry(geometry: Geometry, decimals: number): Geometry;
export function roundGeometry(geometry: Geometry, decimals: number): Geometry {
	return dropCollapsed(truncate(geometry, { precision: decimals, coordinates: 2 }));
}

function dropCollapsed(geometry: Geometry): Geometry {
	switch (geometry.type) {
		case 'Point':
		case 'MultiPoint':
			return geometry;
		case 'LineString':
			return { type: 'LineString', coordinates: dropRepeats(geometry.coordinates) };
		case 'MultiLineString':
			return { type: 'MultiLineString', coordinates: geometry.coordinates.map(dropRepeats).filter((l) => l.length >= 2) };
		case 'Polygon':
			return { type: 'Polygon', coordinates: dropCollapsedPolygon(geometry.coordinates) ?? [] };
		case 'MultiPolygon':
			return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(dropCollapsedPolygon).filter((p): p is Position[][] => p !== null) };
		case 'GeometryCollection':
			return { type: 'GeometryCollection', geometries: geometry.geometries.map(dropCollapsed) };
	}
}
