// Where each area's label sits: inside a single island (or a mainly single one), in the middle of a group of islets.
import area from '@turf/area';
import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import centerOfMass from '@turf/center-of-mass';
import pointOnFeature from '@turf/point-on-feature';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

/** Below this share of a feature's area in its largest part, it is labelled as a group, not as its largest island. */
const GROUP_LABEL_LARGEST_SHARE = 0.75;

/** One label point per area feature, carrying the feature's id (labels are looked up by it). */
export function areaLabelPoints(areas: FeatureCollection<Polygon | MultiPolygon, { id: string }>): FeatureCollection<Point, { id: string }> {
	return {
		type: 'FeatureCollection',
		features: areas.features.map((f) => ({
			type: 'Feature',
			id: f.properties.id,
			properties: { id: f.properties.id },
			geometry: { type: 'Point', coordinates: labelPoint(f) }
		}))
	};
}

function labelPoint(f: Feature<Polygon | MultiPolygon>): [number, number] {
	const parts: Feature<Polygon>[] =
		f.geometry.type === 'Polygon'
			? [{ type: 'Feature', properties: {}, geometry: f.geometry }]
			: f.geometry.coordinates.map((coordinates) => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } }));
	const areas = parts.map((p) => area(p));
	const total = areas.reduce((a, b) => a + b, 0);
	const largestIndex = areas.indexOf(Math.max(...areas));
	const largest = parts[largestIndex];
	if (!largest || (areas[largestIndex] ?? 0) / total < GROUP_LABEL_LARGEST_SHARE) {
		const [w, s, e, n] = bbox(f);
		return [round((w + e) / 2), round((s + n) / 2)];
	}
	const com = centerOfMass(largest).geometry.coordinates as [number, number];
	const inside = booleanPointInPolygon(com, largest) ? com : (pointOnFeature(largest).geometry.coordinates as [number, number]);
	return [round(inside[0]), round(inside[1])];
}

function round(x: number): number {
	return Math.round(x * 1e5) / 1e5;
}
