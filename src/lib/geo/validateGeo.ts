// The geo/ validator: every layer file checked against RFC 7946 and the story's rules, all errors collected.
import distance from '@turf/distance';
import type { Geometry, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { areaKm2 } from './areaKm2';
import { checkGeometry, type GeometryRule } from './checkGeometry';
import { LINE_STYLES, type LineStyleId } from '../map/layerRegistry';
import { DISPUTED_NAME_PATTERN } from '../story/placeNames';
import { hasStrayBraces, unknownPlaceholders } from '../story/renderNames';
import type * as v from 'valibot';
import { checkFeatureProperties, HokkaidoPropertiesSchema, IslandPropertiesSchema, LinePropertiesSchema, PlacePropertiesSchema } from './featureSchemas';
import { pointInBBox } from './inBBox';
import { nearestGap } from './nearestGap';
import { DISPUTED_TOLERANCE_KM, inRegionBoxes } from './regionBoxes';
import type { BasemapLayerId, BBox, PlaceRegion, StoryLayerId } from './types';
import { BASEMAP_LAYER_IDS, ISLANDS_BBOX, REQUIRED_IDS, STORY_BBOX, STORY_LAYER_IDS } from './types';

/** One problem in one file; `id` names the feature and `field` the property (or "geometry") where known. */
export interface GeoError {
	file: string;
	id?: string;
	field?: string;
	message: string;
}

export type GeoLayerId = StoryLayerId | BasemapLayerId;
export const GEO_LAYER_IDS: readonly GeoLayerId[] = [...STORY_LAYER_IDS, ...BASEMAP_LAYER_IDS];

/** The file each layer lives in, relative to the geo directory. */
export function layerFileName(layer: GeoLayerId): string {
	return `${layer}.geojson`;
}

/** `geo/places.geojson: feature "nagato": field "source": missing` */
export function formatGeoError(e: GeoError): string {
	return [e.file, e.id !== undefined ? `feature "${e.id}"` : null, e.field !== undefined ? `field "${e.field}"` : null, e.message]
		.filter((part) => part !== null)
		.join(': ');
}

interface LayerRule {
	geometry: GeometryRule;
	/** Property schema (featureSchemas.ts); basemap layers have none beyond a consistent id. */
	properties?: v.GenericSchema;
	/** Ids that must be present. */
	required?: readonly string[];
	/** Every coordinate must lie in this box. */
	within?: { box: BBox; name: string };
}

const POLYGONAL = ['Polygon', 'MultiPolygon'] as const;
const LINEAR = ['LineString', 'MultiLineString'] as const;

const RULES: Record<GeoLayerId, LayerRule> = {
	islands: {
		geometry: { types: POLYGONAL, kinks: true },
		properties: IslandPropertiesSchema,
		required: REQUIRED_IDS.islands,
		within: { box: ISLANDS_BBOX, name: 'ISLANDS_BBOX' }
	},
	hokkaido: { geometry: { types: POLYGONAL, kinks: true }, properties: HokkaidoPropertiesSchema, required: REQUIRED_IDS.hokkaido },
	places: {
		geometry: { types: ['Point'], kinks: false },
		properties: PlacePropertiesSchema,
		required: REQUIRED_IDS.places,
		within: { box: STORY_BBOX, name: 'STORY_BBOX' }
	},
	lines: {
		geometry: { types: LINEAR, kinks: false },
		properties: LinePropertiesSchema,
		required: REQUIRED_IDS.lines,
		within: { box: STORY_BBOX, name: 'STORY_BBOX' }
	},
	land: { geometry: { types: POLYGONAL, kinks: true } },
	world: { geometry: { types: POLYGONAL, kinks: true } },
	// Borders are a mesh: lines meet at every tripoint by design, so touching is no fault there.
	borders: { geometry: { types: LINEAR, kinks: false } }
};

/** Lines whose length is the point of them: length_km must be set and match the geometry. */
const MEASURED_LINE_IDS: readonly string[] = ['nosappu-gap'];

/** How far area_km2 may be from the area of the geometry: its rounding, and a little for other tools. */
const AREA_TOLERANCE_KM2 = 0.1;
const LENGTH_TOLERANCE = 0.01;

interface ValidFeature {
	id: string;
	properties: Record<string, unknown>;
	geometry: Geometry;
}

/** A file's key in `files` for a layer: the key itself, or one ending in "/<layer>.geojson". */
function keyFor(files: Record<string, unknown>, layer: GeoLayerId): string | undefined {
	const name = layerFileName(layer);
	return Object.keys(files).find((k) => k === name || k.endsWith(`/${name}`) || k.endsWith(`\\${name}`));
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

/**
 * Validates the geo/ layer files. `files` maps a file name (e.g. "geo/places.geojson") to its parsed JSON, or to an
 * Error when it could not be read or parsed (scripts/geoFiles.ts makes such a record). Every layer in
 * GEO_LAYER_IDS must be there. Returns every problem found, in file order; an empty array means valid.
 */
export function validateGeo(files: Record<string, unknown>): GeoError[] {
	const errors: GeoError[] = [];
	const valid = new Map<GeoLayerId, ValidFeature[]>();
	for (const layer of GEO_LAYER_IDS) {
		const key = keyFor(files, layer);
		if (key === undefined) {
			errors.push({ file: layerFileName(layer), message: 'file not found' });
			continue;
		}
		valid.set(layer, checkLayer(key, files[key], RULES[layer], errors));
	}
	const fileOf = (layer: GeoLayerId): string => keyFor(files, layer) ?? layerFileName(layer);
	checkStoryIds(valid, fileOf, errors);
	checkIslands(valid.get('islands'), fileOf('islands'), errors);
	checkPlaceRegions(valid.get('places'), valid.get('islands'), fileOf('places'), errors);
	checkLineLengths(valid.get('lines'), fileOf('lines'), errors);
	checkBorders(valid.get('lines'), fileOf('lines'), errors);
	for (const layer of STORY_LAYER_IDS) checkReaderText(valid.get(layer), fileOf(layer), layer, errors);
	return errors;
}

/** Structure, ids, properties and geometry of one file; returns the features sound enough for cross-checks. */
function checkLayer(file: string, json: unknown, rule: LayerRule, errors: GeoError[]): ValidFeature[] {
	if (json instanceof Error) {
		errors.push({ file, message: json.message });
		return [];
	}
	if (typeof json !== 'object' || json === null || (json as { type?: unknown }).type !== 'FeatureCollection') {
		errors.push({ file, message: 'not a GeoJSON FeatureCollection (expected {"type": "FeatureCollection", "features": [...]})' });
		return [];
	}
	const features = (json as { features?: unknown }).features;
	if (!Array.isArray(features)) {
		errors.push({ file, field: 'features', message: 'missing or not an array' });
		return [];
	}
	const out: ValidFeature[] = [];
	const seen = new Set<string>();
	features.forEach((f: unknown, index) => {
		const feature = (typeof f === 'object' && f !== null ? f : {}) as { type?: unknown; id?: unknown; properties?: unknown; geometry?: unknown };
		const props = (typeof feature.properties === 'object' && feature.properties !== null ? feature.properties : {}) as Record<string, unknown>;
		const propId = props.id;
		const id = typeof propId === 'string' ? propId : typeof feature.id === 'string' || typeof feature.id === 'number' ? String(feature.id) : `#${index}`;
		const at = (field: string | undefined, message: string): void => {
			errors.push({ file, id, ...(field !== undefined ? { field } : {}), message });
		};
		if (feature.type !== 'Feature') at('type', `expected "Feature", got ${JSON.stringify(feature.type ?? null)}`);
		if (feature.properties !== null && (typeof feature.properties !== 'object' || Array.isArray(feature.properties))) {
			at('properties', 'must be an object or null');
		}
		if (typeof propId === 'string') {
			if (feature.id !== propId) at('id', `the feature's top-level id must equal properties.id "${propId}" (got ${JSON.stringify(feature.id ?? null)})`);
			if (seen.has(propId)) at('id', `duplicate id "${propId}" in this file`);
			seen.add(propId);
		} else if (propId !== undefined) {
			at('id', 'properties.id must be a string');
		}
		if (rule.properties) for (const p of checkFeatureProperties(feature.properties, rule.properties)) at(p.field, p.message);
		const { problems, geometry } = checkGeometry(feature.geometry, rule.geometry);
		for (const message of problems) at('geometry', message);
		if (geometry && rule.within) {
			const outside = positionsOf(geometry).find((p) => !pointInBBox(p, rule.within!.box));
			if (outside) at('geometry', `lies outside ${rule.within.name} [${rule.within.box.join(', ')}] (at [${outside.join(', ')}])`);
		}
		if (geometry) out.push({ id, properties: props, geometry });
	});
	if (rule.required) {
		for (const id of rule.required) {
			if (!seen.has(id)) errors.push({ file, id, field: 'id', message: `missing: this layer must hold ${rule.required.join(', ')}` });
		}
	}
	return out;
}

/** Story feature ids are unique across the story layers: a step names a feature by id alone. */
function checkStoryIds(valid: Map<GeoLayerId, ValidFeature[]>, fileOf: (l: GeoLayerId) => string, errors: GeoError[]): void {
	const owner = new Map<string, StoryLayerId>();
	for (const layer of STORY_LAYER_IDS) {
		for (const f of valid.get(layer) ?? []) {
			if (f.id.startsWith('#')) continue;
			const first = owner.get(f.id);
			if (first && first !== layer) {
				errors.push({ file: fileOf(layer), id: f.id, field: 'id', message: `duplicate id: also used in ${fileOf(first)}` });
			} else {
				owner.set(f.id, layer);
			}
		}
	}
}

function checkIslands(islands: ValidFeature[] | undefined, file: string, errors: GeoError[]): void {
	for (const f of islands ?? []) {
		const stated = f.properties.area_km2;
		if (typeof stated !== 'number') continue;
		const measured = areaKm2(f.geometry as Polygon | MultiPolygon, 3);
		if (Math.abs(measured - stated) > AREA_TOLERANCE_KM2) {
			errors.push({ file, id: f.id, field: 'area_km2', message: `says ${stated} km² but the geometry measures ${measured.toFixed(1)} km² (@turf/area)` });
		}
	}
}

/** Where a point is, in the story's terms: on a disputed island, or in Japan's, Russia's or Vietnam's boxes. */
function regionsAt(p: Position, islands: ValidFeature[]): Set<PlaceRegion> {
	const onIsland = islands.some((f) => nearestGapOrInside(p, f.geometry as Polygon | MultiPolygon) <= DISPUTED_TOLERANCE_KM);
	if (onIsland) return new Set(['disputed']);
	return new Set((['japan', 'russia', 'vietnam'] as const).filter((r) => inRegionBoxes(p, r)));
}

/** 0 inside the outline, else the distance to its nearest ring in km. */
function nearestGapOrInside(p: Position, g: Polygon | MultiPolygon): number {
	const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
	if (parts.some((rings) => insideRings(p, rings))) return 0;
	return nearestGap(p, g).distanceKm;
}

/** Even-odd point in polygon (holes included), planar in degrees: fine at island scale. */
function insideRings(p: Position, rings: Position[][]): boolean {
	const [x, y] = p as [number, number];
	let inside = false;
	for (const ring of rings) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [xi, yi] = ring[i] as [number, number];
			const [xj, yj] = ring[j] as [number, number];
			if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
		}
	}
	return inside;
}

function checkPlaceRegions(places: ValidFeature[] | undefined, islands: ValidFeature[] | undefined, file: string, errors: GeoError[]): void {
	if (!places || !islands || islands.length === 0) return; // the islands layer's own errors say why
	for (const f of places) {
		const region = f.properties.region;
		if (typeof region !== 'string' || f.geometry.type !== 'Point') continue;
		const p = (f.geometry as Point).coordinates;
		const here = regionsAt(p, islands);
		if (!here.has(region as PlaceRegion)) {
			const where = here.size > 0 ? [...here].join(' or ') : 'none of the region boxes (src/lib/geo/regionBoxes.ts)';
			errors.push({ file, id: f.id, field: 'region', message: `says "${region}" but the point [${p.join(', ')}] lies in ${where}` });
		}
	}
}

function checkLineLengths(lines: ValidFeature[] | undefined, file: string, errors: GeoError[]): void {
	for (const f of lines ?? []) {
		const stated = f.properties.length_km;
		if (stated === null || stated === undefined) {
			if (MEASURED_LINE_IDS.includes(f.id)) errors.push({ file, id: f.id, field: 'length_km', message: 'must be set: this line is shown for its length' });
			continue;
		}
		if (typeof stated !== 'number') continue;
		const measured = lineLengthKm(f.geometry as LineString | MultiLineString);
		if (Math.abs(measured - stated) > Math.max(LENGTH_TOLERANCE * measured, 0.01)) {
			errors.push({ file, id: f.id, field: 'length_km', message: `says ${stated} km but the line measures ${measured.toFixed(2)} km` });
		}
	}
}

/** A border (a line whose style is of kind "border") says when it was set and by which treaty. */
function checkBorders(lines: ValidFeature[] | undefined, file: string, errors: GeoError[]): void {
	for (const f of lines ?? []) {
		const style = LINE_STYLES[f.properties.style as LineStyleId];
		if (style?.kind !== 'border') continue;
		if (f.properties.date === null) errors.push({ file, id: f.id, field: 'date', message: 'must be set: a border says when it was drawn' });
		if (f.properties.treaty === null)
			errors.push({ file, id: f.id, field: 'treaty', message: 'must be set: a border names the treaty (or the event) that drew it' });
	}
}

/**
 * The words a reader sees in popups and the key (name_en of places and lines, every description) follow the naming
 * switch: they may name a disputed place only through a {placeholder} of the story's name table, and every
 * placeholder must resolve. Islands' own name_en ("Iturup / Etorofu") is a name field, not shown as text.
 */
function checkReaderText(features: ValidFeature[] | undefined, file: string, layer: StoryLayerId, errors: GeoError[]): void {
	const fields = layer === 'places' || layer === 'lines' ? ['name_en', 'description'] : ['description'];
	for (const f of features ?? [])
		for (const field of fields) {
			const text = f.properties[field];
			if (typeof text !== 'string') continue;
			const unknown = unknownPlaceholders(text);
			if (unknown.length > 0) errors.push({ file, id: f.id, field, message: `unknown placeholder(s) ${unknown.map((k) => `{${k}}`).join(', ')}` });
			else if (hasStrayBraces(text)) errors.push({ file, id: f.id, field, message: 'has a stray brace: placeholders are written {key}' });
			const named = DISPUTED_NAME_PATTERN.exec(text.replace(/\{[^}]*\}/g, ''));
			if (named) errors.push({ file, id: f.id, field, message: `names “${named[0]}” directly: use its placeholder, so the naming switch reaches it` });
		}
}
