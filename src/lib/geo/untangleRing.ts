// Splits a ring that passes through the same vertex twice (a "pinched" ring) into simple loops.
import area from '@turf/area';
import booleanClockwise from '@turf/boolean-clockwise';
import type { Position } from 'geojson';

export interface UntangledRing {
	/** Loops that wind the same way as the ring's largest loop: pieces of land in their own right. */
	lobes: Position[][];
	/** Loops that wind the other way: water pinched onto the coast at a single point (a lagoon or lake). */
	pinchedHoles: Position[][];
}

/**
 * Cuts a closed ring at every vertex it revisits. OSM-derived outlines sometimes join two lobes, or a lobe and a
 * lagoon, at one shared vertex; such a ring touches itself, which RFC 7946 consumers and our kinks check reject.
 * Each returned loop is closed and visits no vertex twice.
 */
export function untangleRing(ring: readonly Position[]): UntangledRing {
	const loops: Position[][] = [];
	const stack: Position[] = [];
	const at = new Map<string, number>();
	for (const p of ring.slice(0, -1)) {
		const key = `${p[0]},${p[1]}`;
		const seen = at.get(key);
		if (seen !== undefined) {
			const loop = stack.splice(seen);
			for (const q of loop) at.delete(`${q[0]},${q[1]}`);
			if (loop.length >= 3) loops.push([...loop, loop[0]!]);
		}
		at.set(key, stack.length);
		stack.push(p);
	}
	if (stack.length >= 3) loops.push([...stack, stack[0]!]);
	const size = (loop: Position[]): number => area({ type: 'Polygon', coordinates: [loop] });
	const largest = loops.reduce((a, b) => (size(b) > size(a) ? b : a), loops[0] ?? []);
	const clockwise = largest.length >= 4 && booleanClockwise(largest);
	return {
		lobes: loops.filter((l) => booleanClockwise(l) === clockwise),
		pinchedHoles: loops.filter((l) => booleanClockwise(l) !== clockwise)
	};
}
