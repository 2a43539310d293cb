// A line along a parallel of latitude, from coast to coast of an outline: a border "at the 50th parallel".
import type { LineString, MultiPolygon, Polygon } from 'geojson';

/**
 * Where the parallel `lat` crosses the outline's rings: the westernmost and easternmost crossings, joined along
 * the parallel. Every vertex of the result lies exactly on `lat`. Throws when the parallel misses the outline.
 */
export function parallelAcross(outline: Polygon | MultiPolygon, lat: number): LineString {
	const rings = (outline.type === 'Polygon' ? [outline.coordinates] : outline.coordinates).flat();
	let west = Infinity;
	let east = -Infinity;
	for (const ring of rings) {
		for (let i = 0; i + 1 < ring.length; i++) {
			const [x1, y1] = ring[i] as [number, number];
			const [x2, y2] = ring[i + 1] as [number, number];
			if ((y1 - lat) * (y2 - lat) > 0 || y1 === y2) continue;
			const x = x1 + ((lat - y1) / (y2 - y1)) * (x2 - x1);
			west = Math.min(west, x);
			east = Math.max(east, x);
		}
	}
	if (!(west < east)) throw new Error(`parallelAcross: the parallel ${lat}° does not cross the outline`);
	return {
		type: 'LineString',
		coordinates: [
			[west, lat],
			[east, lat]
		]
	};
}
