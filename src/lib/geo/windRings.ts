// Ring orientation: RFC 7946's right-hand rule (exterior rings counter-clockwise, holes clockwise), tested and enforced.
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Twice the signed planar area of a ring in degrees² (shoelace): positive when counter-clockwise. */
export function ringSignedArea(ring: readonly Position[]): number {
	let sum = 0;
	for (let i = 0; i + 1 < ring.length; i++) {
		const a = ring[i]!;
		const b = ring[i + 1]!;
		sum += (a[0]! * b[1]! - b[0]! * a[1]!);
	}
	return sum;
}

/** Whether a ring winds as RFC 7946 wants for its role: exterior counter-clockwise, hole clockwise. */
export function ringWindsRight(ring: readonly Position[], isHole: boolean): boolean {
	const area = ringSignedArea(ring);
	return isHole ? area < 0 : area > 0;
}

function windPolygon(rings: Position[][]): Position[][] {
	return rings.map((ring, i) => (ringWindsRight(ring, i > 0) ? ring : [...ring].reverse()));
}

/** A copy with every ring turned to the right-hand rule; rings already right are kept as they are. */
export function rewindRfc7946<G extends Polygon | MultiPolygon>(geometry: G): G {
	if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: windPolygon(geometry.coordinates) } as G;
	return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(windPolygon) } as G;
}
