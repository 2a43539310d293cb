// The area of an outline in km², measured on the sphere by @turf/area: the figure every island's area_km2 holds.
import area from '@turf/area';
import type { MultiPolygon, Polygon } from 'geojson';
import { roundTo } from './roundCoords';

/** Area in km², rounded to `decimals` places (1 by default, as area_km2 is stored). */
export function areaKm2(geometry: Polygon | MultiPolygon, decimals = 1): number {
	return roundTo(area(geometry) / 1e6, decimals);
}
