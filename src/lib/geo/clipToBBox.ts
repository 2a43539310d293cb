// Cuts outlines and lines to a [west, south, east, north] box (or, for lines, to what lies outside it).
// The cuts are Turf's where Turf has them (@turf/intersect, @turf/bbox-clip); written here is only what it lacks:
// keeping the parts of lines that lie outside a box.
import bbox from '@turf/bbox';
import bboxClip from '@turf/bbox-clip';
import { feature, featureCollection, polygon } from '@turf/helpers';
import intersect from '@turf/intersect';
import type { LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { bboxesOverlap, bboxInBBox } from './inBBox';
import type { BBox } from './types';

export function bboxPolygon(box: BBox): Polygon {
	const [w, s, e, n] = box;
	return {
		type: 'Polygon',
		coordinates: [
			[
				[w, s],
				[e, s],
				[e, n],
				[w, n],
				[w, s]
			]
		]
	};
}

/** Parts with more vertices than this are first cut down, cheaply, to a box a little larger than the target. */
const PRECLIP_MIN_VERTICES = 5000;
const PRECLIP_MARGIN_DEG = 1;

/**
 * The parts of a (multi)polygon inside `box`, as a MultiPolygon, or null when none is. Parts wholly inside are
 * kept untouched and parts wholly outside dropped without clipping; only the parts that cross the edge go through
 * @turf/intersect, which returns valid polygons (no zero-width runs along the edge, as Sutherland–Hodgman leaves).
 * A continent-sized part is first cut with Sutherland–Hodgman to the box grown by PRECLIP_MARGIN_DEG: its
 * zero-width runs lie on the grown box's edge, outside `box`, so the exact cut removes them, and @turf/intersect
 * gets a few thousand vertices instead of eighty thousand.
 */
export function clipPolygons(geometry: Polygon | MultiPolygon, box: BBox): MultiPolygon | null {
	const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const out: Position[][][] = [];
	const clipper = feature(bboxPolygon(box));
	for (const rings of parts) {
		const part = polygon(rings);
		const partBox = bbox(part) as BBox;
		if (!bboxesOverlap(partBox, box)) continue;
		if (bboxInBBox(partBox, box)) {
			out.push(rings);
			continue;
		}
		const vertices = rings.reduce((n, r) => n + r.length, 0);
		const input = vertices > PRECLIP_MIN_VERTICES ? preclip(rings, grow(box, PRECLIP_MARGIN_DEG)) : part;
		if (!input) continue;
		const cut = intersect(featureCollection([input, clipper]));
		if (!cut) continue;
		if (cut.geometry.type === 'Polygon') out.push(cut.geometry.coordinates);
		else out.push(...cut.geometry.coordinates);
	}
	return out.length > 0 ? { type: 'MultiPolygon', coordinates: out } : null;
}

function grow(box: BBox, d: number): BBox {
	return [box[0] - d, box[1] - d, box[2] + d, box[3] + d];
}

/** Sutherland–Hodgman (@turf/bbox-clip): each ring cut by the box. Null when the exterior vanishes. */
function preclip(rings: Position[][], box: BBox): ReturnType<typeof polygon> | null {
	const cut = bboxClip(polygon(rings), box).geometry;
	return cut.type === 'Polygon' && cut.coordinates.length > 0 ? polygon(cut.coordinates) : null;
}

/**
 * The pieces of lines inside `box` (keep 'inside', @turf/bbox-clip) or outside it (keep 'outside': each segment is
 * cut at the box edge, Liang–Barsky, so pieces end exactly on it), as a MultiLineString, or null.
 */
export function clipLines(geometry: LineString | MultiLineString, box: BBox, keep: 'inside' | 'outside' = 'inside'): MultiLineString | null {
	if (keep === 'inside') {
		const cut = bboxClip(geometry, box).geometry as LineString | MultiLineString;
		const parts = (cut.type === 'LineString' ? [cut.coordinates] : cut.coordinates).filter((l) => l.length >= 2);
		return parts.length > 0 ? { type: 'MultiLineString', coordinates: parts } : null;
	}
	const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
	const out: Position[][] = [];
	for (const line of lines) {
		let current: Position[] = [];
		const flush = (): void => {
			if (current.length >= 2) out.push(current);
			current = [];
		};
		for (let i = 0; i + 1 < line.length; i++) {
			const a = line[i]!;
			const b = line[i + 1]!;
			const [t0, t1] = insideInterval(a, b, box);
			const pieces: [number, number][] =
				t0 < t1
					? (
							[
								[0, t0],
								[t1, 1]
							] as [number, number][]
						).filter(([u, v]) => u < v)
					: [[0, 1]];
			for (const [u, v] of pieces) {
				const p = at(a, b, u);
				const q = at(a, b, v);
				const last = current[current.length - 1];
				if (!last || last[0] !== p[0] || last[1] !== p[1]) {
					flush();
					current.push(p);
				}
				current.push(q);
			}
			if (pieces.length === 0 || pieces[pieces.length - 1]![1] < 1) flush();
		}
		flush();
	}
	return out.length > 0 ? { type: 'MultiLineString', coordinates: out } : null;
}

function at(a: Position, b: Position, t: number): Position {
	if (t === 0) return a;
	if (t === 1) return b;
	return [a[0]! + t * (b[0]! - a[0]!), a[1]! + t * (b[1]! - a[1]!)];
}

/** The parameter interval [t0, t1] of segment a→b that lies inside the box (t0 >= t1 when none does). */
function insideInterval(a: Position, b: Position, box: BBox): [number, number] {
	const dx = b[0]! - a[0]!;
	const dy = b[1]! - a[1]!;
	let t0 = 0;
	let t1 = 1;
	const edges: [number, number][] = [
		[-dx, a[0]! - box[0]],
		[dx, box[2] - a[0]!],
		[-dy, a[1]! - box[1]],
		[dy, box[3] - a[1]!]
	];
	for (const [p, q] of edges) {
		if (p === 0) {
			if (q < 0) return [1, 0];
		} else {
			const r = q / p;
			if (p < 0) t0 = Math.max(t0, r);
			else t1 = Math.min(t1, r);
		}
	}
	return [t0, t1];
}
