// Rounds coordinates to a fixed number of decimals so outputs are small and byte-for-byte reproducible.
import type { Geometry, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';

export function roundTo(x: number, decimals: number): number {
	const f = 10 ** decimals;
	const r = Math.round(x * f) / f;
	return r === 0 ? 0 : r; // no "-0" in the output
}

export function roundPosition(p: Position, decimals: number): Position {
	return p.map((x) => roundTo(x, decimals));
}

function samePosition(a: Position, b: Position): boolean {
	return a[0] === b[0] && a[1] === b[1];
}

/** Rounds a run of positions and drops repeats that rounding made consecutive. */
function roundRun(run: Position[], decimals: number): Position[] {
	const out: Position[] = [];
	for (const p of run) {
		const r = roundPosition(p, decimals);
		const last = out[out.length - 1];
		if (!last || !samePosition(last, r)) out.push(r);
	}
	return out;
}

/** A rounded ring stays closed; it is null when rounding left fewer than four positions (it became a sliver). */
function roundRing(ring: Position[], decimals: number): Position[] | null {
	const out = roundRun(ring, decimals);
	const first = out[0];
	const last = out[out.length - 1];
	if (first && last && !samePosition(first, last)) out.push(first);
	return out.length >= 4 ? out : null;
}

function roundPolygon(rings: Position[][], decimals: number): Position[][] | null {
	const [outer, ...holes] = rings;
	const exterior = outer ? roundRing(outer, decimals) : null;
	if (!exterior) return null;
	return [exterior, ...holes.map((h) => roundRing(h, decimals)).filter((h): h is Position[] => h !== null)];
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
	switch (geometry.type) {
		case 'Point':
			return { type: 'Point', coordinates: roundPosition(geometry.coordinates, decimals) };
		case 'MultiPoint':
			return { type: 'MultiPoint', coordinates: geometry.coordinates.map((p) => roundPosition(p, decimals)) };
		case 'LineString':
			return { type: 'LineString', coordinates: roundRun(geometry.coordinates, decimals) };
		case 'MultiLineString':
			return {
				type: 'MultiLineString',
				coordinates: geometry.coordinates.map((l) => roundRun(l, decimals)).filter((l) => l.length >= 2)
			};
		case 'Polygon':
			return { type: 'Polygon', coordinates: roundPolygon(geometry.coordinates, decimals) ?? [] };
		case 'MultiPolygon':
			return {
				type: 'MultiPolygon',
				coordinates: geometry.coordinates
					.map((p) => roundPolygon(p, decimals))
					.filter((p): p is Position[][] => p !== null)
			};
		case 'GeometryCollection':
			return { type: 'GeometryCollection', geometries: geometry.geometries.map((g) => roundGeometry(g, decimals)) };
	}
}
