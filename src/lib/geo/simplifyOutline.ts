// Douglas–Peucker simplification with a tolerance in metres, that never drops an islet or makes a ring cross itself.
// Why not @turf/simplify: its tolerance is in degrees (so it simplifies east-west more than north-south at these
// latitudes), it may reduce an islet's ring to nothing, and it leaves a ring it made cross itself as it is.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { findKinkSegments } from './findKinks';
import { roundPosition } from './roundCoords';

const EARTH_RADIUS_M = 6_371_008.8;
const DEG = Math.PI / 180;
/** After this many rounds of putting vertices back, a part that still crosses itself is kept unsimplified. */
const MAX_REPAIR_ROUNDS = 50;

/**
 * Simplifies each ring so no removed vertex lies farther than `toleranceM` from the simplified ring, measured on
 * a local equirectangular projection at the ring's mean latitude (exact to well under 1% at these sizes). A ring
 * keeps at least four positions, so small islets survive as they are. Where simplified rings cross themselves or
 * each other (across parts too), the vertices removed between the ends of each crossing segment are put back,
 * round after round, until nothing crosses: the repair stays local, so one narrow strait does not cost a continent
 * its simplification. Crossings already in the input are left as they were.
 * With `decimals`, coordinates are rounded before crossings are looked for, so rounding cannot bring one back;
 * pass the result through roundGeometry to drop the repeats rounding leaves.
 */
export function simplifyOutline<G extends Polygon | MultiPolygon>(geometry: G, toleranceM: number, decimals?: number): G {
	const parts = geometry.type === 'Polygon' ? [(geometry as Polygon).coordinates] : (geometry as MultiPolygon).coordinates;
	const rings = parts.flat();
	const masks = rings.map((ring) => keptVertices(ring, toleranceM));
	let out = rings;
	for (let round = 0; round < MAX_REPAIR_ROUNDS; round++) {
		// Which original vertex each kept vertex is, ring by ring.
		const kept = masks.map((mask) => [...mask.keys()].filter((i) => mask[i] === 1));
		out = rings.map((ring, r) => kept[r]!.map((i) => (decimals === undefined ? ring[i]! : roundPosition(ring[i]!, decimals))));
		let repaired = false;
		for (const { segments } of findKinkSegments({ type: 'MultiPolygon', coordinates: [out] })) {
			for (const { run, vertex } of segments) {
				const from = kept[run]![vertex]!;
				const to = kept[run]![vertex + 1]!;
				if (to - from > 1) {
					masks[run]!.fill(1, from, to + 1);
					repaired = true;
				}
			}
		}
		if (!repaired) break;
	}
	let next = 0;
	const regrouped = parts.map((p) => p.map(() => out[next++]!));
	return (geometry.type === 'Polygon' ? { type: 'Polygon', coordinates: regrouped[0]! } : { type: 'MultiPolygon', coordinates: regrouped }) as G;
}

/** Douglas–Peucker on a closed ring: split at the vertex farthest from the first, simplify both halves. */
export function simplifyRing(ring: Position[], toleranceM: number): Position[] {
	const keep = keptVertices(ring, toleranceM);
	return ring.filter((_, i) => keep[i] === 1);
}

/** 1 for each vertex of `ring` that Douglas–Peucker keeps (all of them when fewer than four would remain). */
function keptVertices(ring: Position[], toleranceM: number): Uint8Array {
	const all = new Uint8Array(ring.length).fill(1);
	if (ring.length <= 4 || toleranceM <= 0) return all;
	const lat0 = ring.reduce((s, p) => s + p[1]!, 0) / ring.length;
	const kx = Math.cos(lat0 * DEG) * DEG * EARTH_RADIUS_M;
	const ky = DEG * EARTH_RADIUS_M;
	const xy = ring.map((p) => [p[0]! * kx, p[1]! * ky] as const);
	const last = ring.length - 1;
	let far = 1;
	let farD = -1;
	for (let i = 1; i < last; i++) {
		const d = (xy[i]![0] - xy[0]![0]) ** 2 + (xy[i]![1] - xy[0]![1]) ** 2;
		if (d > farD) {
			farD = d;
			far = i;
		}
	}
	const keep = new Uint8Array(ring.length);
	keep[0] = keep[far] = keep[last] = 1;
	markKept(xy, 0, far, toleranceM, keep);
	markKept(xy, far, last, toleranceM, keep);
	return keep.reduce((n, k) => n + k, 0) >= 4 ? keep : all;
}

function markKept(xy: readonly (readonly [number, number])[], first: number, last: number, tol: number, keep: Uint8Array): void {
	const stack: [number, number][] = [[first, last]];
	while (stack.length > 0) {
		const [a, b] = stack.pop()!;
		let maxD = -1;
		let index = -1;
		for (let i = a + 1; i < b; i++) {
			const d = segmentDistance(xy[i]!, xy[a]!, xy[b]!);
			if (d > maxD) {
				maxD = d;
				index = i;
			}
		}
		if (index !== -1 && maxD > tol) {
			keep[index] = 1;
			stack.push([a, index], [index, b]);
		}
	}
}

function segmentDistance(p: readonly [number, number], a: readonly [number, number], b: readonly [number, number]): number {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	const len2 = dx * dx + dy * dy;
	const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
	return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}
