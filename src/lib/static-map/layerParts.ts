// A geo/ layer split into single parts with their boxes, wound as d3-geo expects, so a view can skip what it cannot see.
import bbox from '@turf/bbox';
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry, LineString, Point, Polygon, Position } from 'geojson';
import type { BBox } from '../geo/types';

type PartGeometry = Polygon | LineString | Point;

export interface LayerPart {
	bbox: BBox;
	geometry: PartGeometry;
}

export interface FeatureParts<P = GeoJsonProperties> {
	feature: Feature<Geometry | null, P>;
	parts: LayerPart[];
}

const prepared = new WeakMap<object, FeatureParts<unknown>[]>();

/**
 * Every feature of `layer` as its single polygons, lines and points, each with its box. Computed once per
 * layer object: a build renders every step from the same layers, and the 10m land has thousands of parts.
 */
export function layerParts<P>(layer: FeatureCollection<Geometry | null, P>): FeatureParts<P>[] {
	const cached = prepared.get(layer) as FeatureParts<P>[] | undefined;
	if (cached) return cached;
	const result = layer.features.map((feature) => ({
		feature,
		parts: feature.geometry ? split(feature.geometry).map((geometry) => ({ bbox: bbox(geometry) as BBox, geometry })) : []
	}));
	prepared.set(layer, result as FeatureParts<unknown>[]);
	return result;
}

function split(geometry: Geometry): PartGeometry[] {
	switch (geometry.type) {
		case 'Polygon':
			return [d3Wound(geometry.coordinates)];
		case 'MultiPolygon':
			return geometry.coordinates.map(d3Wound);
		case 'LineString':
		case 'Point':
			return [geometry];
		case 'MultiLineString':
			return geometry.coordinates.map((coordinates) => ({ type: 'LineString', coordinates }));
		case 'MultiPoint':
			return geometry.coordinates.map((coordinates) => ({ type: 'Point', coordinates }));
		case 'GeometryCollection':
			return geometry.geometries.flatMap(split);
	}
}

/**
 * d3-geo reads polygons on the sphere, where winding says which side is inside: an exterior ring must
 * enclose less than a hemisphere and a hole more. GeoJSON (RFC 7946) winds the other way round, so a
 * correctly wound file would otherwise fill the whole view. d3's own spherical area decides, ring by ring.
 * (A ring around a pole, such as Antarctica's, cannot be judged this way; no story view comes near one.)
 */
export function d3Wound(rings: Position[][]): Polygon {
	return {
		type: 'Polygon',
		coordinates: rings.map((ring, i) => {
			const enclosesMost = geoArea({ type: 'Polygon', coordinates: [ring] }) > 2 * Math.PI;
			const isHole = i > 0;
			return enclosesMost === isHole ? ring : [...ring].reverse();
		})
	};
}
