// One GeoJSON layer checked against RFC 7946 and its rule: structure, unique ids, properties, geometry (types, closed
// rings, winding, self-intersections), bounds, required ids, and the figures it states (an area's km², a line's
// length) against its own geometry. Pure; every problem is an error value with the file, its line and the feature.
import distance from '@turf/distance';
import type { Geometry, LineString, MultiLineString, Position } from 'geojson';
import * as v from 'valibot';
import type { ContentError } from '../files/contentError';
import type { Located } from '../files/located';
import { areaKm2 } from './areaKm2';
import { checkGeometry, type GeometryType } from './checkGeometry';
import { FEATURE_PROPERTY_SCHEMAS, type LayerGeometry } from './featureProperties';
import { pointInBBox } from './inBBox';
import type { BBox } from './types';

export interface LayerRule {
	/** A story layer's geometry (its features' properties follow it), or `basemap` (any properties, polygons or lines). */
	geometry: LayerGeometry | 'basemap-area' | 'basemap-line';
	/** Ids that must be present. */
	required?: readonly string[];
	/** Every coordinate must lie in this box; `withinName` says which box it is in messages. */
	within?: BBox;
	withinName?: string;
}

/** A feature sound enough for the checks across files. */
export interface ValidFeature {
	id: string;
	index: number;
	properties: Record<string, unknown>;
	geometry: Geometry;
}

const TYPES: Record<LayerRule['geometry'], readonly GeometryType[]> = {
	area: ['Polygon', 'MultiPolygon'],
	line: ['LineString', 'MultiLineString'],
	point: ['Point'],
	'basemap-area': ['Polygon', 'MultiPolygon'],
	'basemap-line': ['LineString', 'MultiLineString']
};
/** How far a stated area may be from the outline's: its rounding, and a little for other tools. */
const AREA_TOLERANCE_KM2 = 0.1;
/** How far a stated length may be from the line's, as a share of it. */
const LENGTH_TOLERANCE = 0.01;

export function validateLayer(located: Located, rule: LayerRule): { features: ValidFeature[]; errors: ContentError[] } {
	const file = located.file;
	const errors: ContentError[] = [];
	const json = located.data as { type?: unknown; features?: unknown } | null;
	if (typeof json !== 'object' || json === null || json.type !== 'FeatureCollection') {
		errors.push({ file, ...located.at([]), message: 'not a GeoJSON FeatureCollection (expected {"type": "FeatureCollection", "features": [...]})' });
		return { features: [], errors };
	}
	if (!Array.isArray(json.features)) {
		errors.push({ file, ...located.at(['features']), field: 'features', message: 'missing or not a list' });
		return { features: [], errors };
	}
	const story = rule.geometry === 'area' || rule.geometry === 'line' || rule.geometry === 'point';
	const schema = story ? FEATURE_PROPERTY_SCHEMAS[rule.geometry as LayerGeometry] : undefined;
	const out: ValidFeature[] = [];
	const seen = new Set<string>();
	json.features.forEach((f: unknown, index) => {
		const feature = (typeof f === 'object' && f !== null ? f : {}) as { type?: unknown; id?: unknown; properties?: unknown; geometry?: unknown };
		const props = (typeof feature.properties === 'object' && feature.properties !== null ? feature.properties : {}) as Record<string, unknown>;
		const propId = props.id;
		const fid = typeof propId === 'string' ? propId : typeof feature.id === 'string' || typeof feature.id === 'number' ? String(feature.id) : undefined;
		const at = (path: (string | number)[], field: string | undefined, message: string): void => {
			errors.push({
				file,
				...located.at(['features', index, ...path]),
				...(fid ? { feature: fid } : { field: `features[${index}]` }),
				...(field ? { field } : {}),
				message
			});
		};
		if (feature.type !== 'Feature') at(['type'], 'type', `expected "Feature", got ${JSON.stringify(feature.type ?? null)}`);
		if (feature.properties !== null && (typeof feature.properties !== 'object' || Array.isArray(feature.properties)))
			at(['properties'], 'properties', 'must be an object or null');
		if (story) {
			if (typeof propId !== 'string') at(['properties'], 'properties.id', 'missing: every feature of a story layer has an id (properties.id)');
			else {
				if (feature.id !== propId)
					at(['id'], 'id', `the feature's top-level id must equal properties.id "${propId}" (got ${JSON.stringify(feature.id ?? null)})`);
				if (seen.has(propId)) at(['properties', 'id'], 'properties.id', `duplicate id "${propId}" in this file`);
				seen.add(propId);
			}
			if (schema) {
				const result = v.safeParse(schema, feature.properties, { abortPipeEarly: true });
				if (!result.success)
					for (const issue of result.issues) {
						const path = (issue.path ?? []).map((p) => String(p.key));
						const unknown = issue.type === 'strict_object' && issue.expected === 'never';
						const where = unknown ? located.keyAt?.(['features', index, 'properties', ...path]) : undefined;
						errors.push({
							file,
							...(where ?? located.at(['features', index, 'properties', ...path])),
							...(fid ? { feature: fid } : {}),
							field: ['properties', ...path].join('.'),
							message: issue.input === undefined && path.length ? 'missing' : issue.message
						});
					}
			}
		}
		const { problems, geometry } = checkGeometry(feature.geometry, {
			types: TYPES[rule.geometry],
			kinks: rule.geometry === 'area' || rule.geometry === 'basemap-area'
		});
		for (const message of problems) at(['geometry'], 'geometry', message);
		if (geometry && rule.within) {
			const outside = positionsOf(geometry).find((p) => !pointInBBox(p, rule.within!));
			if (outside) at(['geometry'], 'geometry', `lies outside ${rule.withinName ?? 'its bounds'} [${rule.within.join(', ')}] (at [${outside.join(', ')}])`);
		}
		if (geometry && story) {
			checkFigures(props, geometry, (field, message) => at(['properties', field], `properties.${field}`, message));
			if (fid) out.push({ id: fid, index, properties: props, geometry });
		}
	});
	for (const required of rule.required ?? [])
		if (!seen.has(required)) errors.push({ file, ...located.at(['features']), feature: required, message: `missing: this layer must hold "${required}"` });
	return { features: out, errors };
}

/** The area or length a feature states, against its own geometry. */
function checkFigures(props: Record<string, unknown>, geometry: Geometry, err: (field: string, message: string) => void): void {
	if (typeof props.area_km2 === 'number' && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon')) {
		const measured = areaKm2(geometry, 3);
		if (Math.abs(measured - props.area_km2) > AREA_TOLERANCE_KM2)
			err('area_km2', `says ${props.area_km2} km² but the outline measures ${measured.toFixed(1)} km² (@turf/area)`);
	}
	if (typeof props.length_km === 'number' && (geometry.type === 'LineString' || geometry.type === 'MultiLineString')) {
		const measured = lineLengthKm(geometry);
		if (Math.abs(measured - props.length_km) > Math.max(LENGTH_TOLERANCE * measured, 0.01))
			err('length_km', `says ${props.length_km} km but the line measures ${measured.toFixed(2)} km`);
	}
}

function positionsOf(g: Geometry): Position[] {
	switch (g.type) {
		case 'Point':
			return [g.coordinates];
		case 'MultiPoint':
		case 'LineString':
			return g.coordinates;
		case 'MultiLineString':
		case 'Polygon':
			return g.coordinates.flat();
		case 'MultiPolygon':
			return g.coordinates.flat(2);
		case 'GeometryCollection':
			return g.geometries.flatMap(positionsOf);
	}
}

function lineLengthKm(g: LineString | MultiLineString): number {
	const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
	let km = 0;
	for (const line of lines) for (let i = 0; i + 1 < line.length; i++) km += distance(line[i]!, line[i + 1]!, { units: 'kilometers' });
	return km;
}
