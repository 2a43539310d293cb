// Screen-space simplification inside a d3-geo stream: drops vertices a reader could not see at the map's zoom.
import type { GeoStream, GeoStreamWrapper } from 'd3-geo';

/** Vertices closer than this to the simplified outline are dropped; under a pixel, invisible at 1x and 2x. */
const SIMPLIFY_TOLERANCE_PX = 0.5;

type Px = [number, number];

/**
 * Wraps a projection so its projected, clipped output is simplified before it reaches the path.
 * Working in pixels makes low zooms simplify more without a per-zoom rule. Rings that shrink below three
 * vertices (islets under a pixel) and lines below two are dropped.
 * Why not @turf/simplify: it takes GeoJSON objects in degrees and cleans every vertex with a point-on-line
 * test; here the points are already pixels flowing through a stream, one ring at a time.
 */
export function simplified(projection: GeoStreamWrapper, tolerancePx = SIMPLIFY_TOLERANCE_PX): GeoStreamWrapper {
	return { stream: (sink: GeoStream): GeoStream => projection.stream(simplifyingSink(sink, tolerancePx)) };
}

function simplifyingSink(sink: GeoStream, tolerancePx: number): GeoStream {
	const sq = tolerancePx * tolerancePx;
	let inPolygon = false;
	let line: Px[] | null = null;
	return {
		point(x, y) {
			if (line) line.push([x, y]);
			else sink.point(x, y);
		},
		lineStart() {
			line = [];
		},
		lineEnd() {
			const points = line ? simplifyLine(line, sq, inPolygon) : [];
			line = null;
			if (points.length < (inPolygon ? 3 : 2)) return;
			sink.lineStart();
			for (const [x, y] of points) sink.point(x, y);
			sink.lineEnd();
		},
		polygonStart() {
			inPolygon = true;
			sink.polygonStart();
		},
		polygonEnd() {
			inPolygon = false;
			sink.polygonEnd();
		},
		sphere() {
			sink.sphere?.();
		}
	};
}

/**
 * Radial distance, then Douglas–Peucker, with squared pixel tolerance `sq`. A ring arrives open (d3 omits
 * the closing vertex), so it is split at its farthest vertex from the first, keeping both ends pinned.
 */
export function simplifyLine(points: readonly Px[], sq: number, ring = false): Px[] {
	const kept = radial(points, sq, ring);
	if (kept.length <= 2) return kept;
	if (!ring) return douglasPeucker(kept, sq);
	let far = 1;
	for (let i = 1; i < kept.length; i++) if (sqDist(kept[i]!, kept[0]!) > sqDist(kept[far]!, kept[0]!)) far = i;
	const first = douglasPeucker(kept.slice(0, far + 1), sq);
	const second = douglasPeucker([...kept.slice(far), kept[0]!], sq);
	return [...first, ...second.slice(1, -1)];
}

/** Keeps a vertex only once it is beyond tolerance of the last kept one; an open line keeps its true end. */
function radial(points: readonly Px[], sq: number, ring: boolean): Px[] {
	const out: Px[] = [];
	for (const p of points) {
		const last = out[out.length - 1];
		if (!last || sqDist(p, last) > sq) out.push(p);
	}
	const end = points[points.length - 1];
	if (!ring && end && out[out.length - 1] !== end) {
		if (out.length > 1) out[out.length - 1] = end;
		else out.push(end);
	}
	return out;
}

function douglasPeucker(points: readonly Px[], sq: number): Px[] {
	const keep = new Uint8Array(points.length);
	keep[0] = 1;
	keep[points.length - 1] = 1;
	const stack: [number, number][] = [[0, points.length - 1]];
	while (stack.length) {
		const [first, last] = stack.pop()!;
		let maxSq = sq;
		let index = -1;
		for (let i = first + 1; i < last; i++) {
			const d = sqSegDist(points[i]!, points[first]!, points[last]!);
			if (d > maxSq) {
				maxSq = d;
				index = i;
			}
		}
		if (index >= 0) {
			keep[index] = 1;
			stack.push([first, index], [index, last]);
		}
	}
	return points.filter((_, i) => keep[i] === 1);
}

function sqDist(a: Px, b: Px): number {
	const dx = a[0] - b[0];
	const dy = a[1] - b[1];
	return dx * dx + dy * dy;
}

function sqSegDist(p: Px, a: Px, b: Px): number {
	let [x, y] = a;
	const dx = b[0] - x;
	const dy = b[1] - y;
	if (dx !== 0 || dy !== 0) {
		const t = ((p[0] - x) * dx + (p[1] - y) * dy) / (dx * dx + dy * dy);
		if (t > 1) [x, y] = b;
		else if (t > 0) [x, y] = [x + dx * t, y + dy * t];
	}
	return sqDist(p, [x, y]);
}
