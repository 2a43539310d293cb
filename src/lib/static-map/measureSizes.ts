// Test-only script: renders every story step's static map once and prints its size (`npx tsx src/lib/static-map/measureSizes.ts`).
// STATIC_MAP_GEO names another geo/ folder (e.g. one built with `npx tsx geo/build.ts --out /tmp/geo`).
// Without geo/*.geojson and src/lib/story/story.ts yet, it measures stand-in views over Natural Earth from world-atlas.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { geoArea, geoIdentity, geoStream, type GeoStream } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { islandLabelPoints } from '../geo/islandLabelPoints';
import { DETAIL_BBOX, ISLANDS_BBOX, type BBox } from '../geo/types';
import { boundsCenter, type CameraTarget } from '../map/camera';
import type { MapScene } from '../map/storyLayers';
import { renderStaticMap, type LabelledProperties, type StaticMapLayers } from './renderStaticMap';
import { xmlErrors } from './wellFormedXml';

const GEO_LAYERS = ['world', 'land', 'borders', 'islands', 'hokkaido', 'places', 'lines'] as const;
/** Where to write the SVGs for a person to look at (outside src/, not committed). */
const OUT_DIR = resolve(process.env.STATIC_MAP_OUT ?? '/tmp/static-maps');
const GEO_DIR = resolve(process.env.STATIC_MAP_GEO ?? 'geo');

interface Job {
	id: string;
	title: string;
	description: string;
	target: CameraTarget;
	scene: MapScene;
}

async function realJobs(): Promise<{ geo: StaticMapLayers; jobs: Job[] } | null> {
	const storyFile = resolve('src/lib/story/story.ts');
	if (!existsSync(storyFile) || !GEO_LAYERS.every((l) => existsSync(resolve(GEO_DIR, `${l}.geojson`)))) return null;
	const { readLayer, storyMapData } = await import('../server/mapData');
	const { renderNames } = await import('../story/renderNames');
	const mod = (await import(storyFile)) as Record<string, unknown>;
	const story = Object.values(mod).find((v): v is import('../story/types').Story => typeof v === 'object' && v !== null && 'steps' in v);
	if (!story) throw new Error(`${storyFile} exports no story`);
	const data = storyMapData(story, GEO_DIR);
	const islands = readLayer<FeatureCollection<Polygon | MultiPolygon, LabelledProperties>>('islands', GEO_DIR);
	const geo: StaticMapLayers = {
		world: readLayer('world', GEO_DIR),
		land: readLayer('land', GEO_DIR),
		borders: readLayer('borders', GEO_DIR),
		islands,
		hokkaido: readLayer('hokkaido', GEO_DIR),
		places: readLayer('places', GEO_DIR),
		lines: readLayer('lines', GEO_DIR),
		islandLabels: islandLabelPoints(islands)
	};
	const jobs = story.steps.map((step, i) => ({
		id: step.id,
		title: renderNames(step.title, 'both'),
		description: renderNames(step.mapDescription, 'both'),
		target: data.targets[i]!,
		scene: { layers: step.layers, show: step.show, highlight: step.highlight }
	}));
	return { geo, jobs };
}

function standIn(): { geo: StaticMapLayers; jobs: Job[] } {
	const topo = (name: string): Topology => JSON.parse(readFileSync(resolve('node_modules/world-atlas', name), 'utf8')) as Topology;
	const asCollection = (g: ReturnType<typeof feature>): FeatureCollection =>
		'features' in g ? (g as FeatureCollection) : { type: 'FeatureCollection', features: [g] };
	const land50 = topo('land-50m.json');
	const land10 = topo('land-10m.json');
	const countries10 = topo('countries-10m.json');
	// The 10m land and borders as the real build keeps them: cut to the detail box.
	const land: FeatureCollection = { type: 'FeatureCollection', features: clipToBox(asCollection(feature(land10, land10.objects.land as GeometryObject)), DETAIL_BBOX) };
	const allBorders: FeatureCollection = {
		type: 'FeatureCollection',
		features: [{ type: 'Feature', properties: {}, geometry: mesh(countries10, countries10.objects.countries as GeometryObject, (a, b) => a !== b) }]
	};
	const borders: FeatureCollection = { type: 'FeatureCollection', features: clipToBox(allBorders, DETAIL_BBOX) };
	const none = { type: 'FeatureCollection' as const, features: [] };
	const place = (id: string, name: string, coordinates: [number, number]): FeatureCollection<Point, LabelledProperties>['features'][number] => ({
		type: 'Feature',
		properties: { id, label_ja: name, label_ru: name, label_both: name },
		geometry: { type: 'Point', coordinates }
	});
	const geo: StaticMapLayers = {
		world: asCollection(feature(land50, land50.objects.land as GeometryObject)),
		land,
		borders,
		islands: none,
		hokkaido: none,
		places: {
			type: 'FeatureCollection',
			features: [place('tokyo', 'Tokyo', [139.69, 35.69]), place('moscow', 'Moscow', [37.62, 55.75]), place('danang', 'Da Nang', [108.22, 16.05])]
		},
		lines: { type: 'FeatureCollection', features: [] },
		islandLabels: { type: 'FeatureCollection', features: [] }
	};
	const flat = { bearing: 0, pitch: 0 };
	const fit = (bounds: BBox): CameraTarget => ({ center: boundsCenter(bounds), bounds, fitPaddingPx: 40, maxZoom: 11, ...flat });
	const scene: MapScene = { layers: ['places'], show: ['tokyo', 'moscow', 'danang'], highlight: [] };
	const views: { id: string; target: CameraTarget }[] = [
		{ id: 'japan-z4.5', target: { center: [138, 37.5], zoom: 4.5, ...flat } },
		{ id: 'islands-fit', target: fit(ISLANDS_BBOX) },
		{ id: 'hokkaido-z6.4', target: { center: [144, 43.5], zoom: 6.4, ...flat } },
		{ id: 'nemuro-z9', target: { center: [145.6, 43.4], zoom: 9, ...flat } },
		{ id: 'moscow-z3', target: { center: [37.62, 55.75], zoom: 3, ...flat } },
		{ id: 'danang-tokyo-fit', target: fit([108.2, 16.05, 139.7, 35.7]) },
		{ id: 'moscow-tokyo-fit', target: fit([37.6, 35.6, 139.7, 55.8]) }
	];
	return { geo, jobs: views.map((v) => ({ ...v, title: v.id, description: `Stand-in view ${v.id}`, scene })) };
}

/**
 * Cuts polygons and lines to a lon/lat box with d3's rectangle clip in a flat (identity) space, y flipped so
 * d3's ring orientation holds. Rings come back one polygon each; holes are dropped (a stand-in only).
 */
function clipToBox(layer: FeatureCollection, [w, s, e, n]: BBox): FeatureCollection['features'] {
	const out: FeatureCollection['features'] = [];
	let rings: Position[][] = [];
	let ring: Position[] | null = null;
	let inPolygon = false;
	const collector: GeoStream = {
		point: (x, y) => void ring?.push([x, -y]),
		lineStart: () => void (ring = []),
		lineEnd: () => {
			if (ring && inPolygon) rings.push([...ring, ring[0]!]);
			else if (ring && ring.length > 1) out.push({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: ring } });
			ring = null;
		},
		polygonStart: () => void ((inPolygon = true), (rings = [])),
		polygonEnd: () => {
			inPolygon = false;
			for (const r of rings) {
				if (r.length < 4) continue;
				const polygon: Polygon = { type: 'Polygon', coordinates: [r] };
				// Keep exteriors only: d3 reads a ring that encloses less than a hemisphere as one.
				if (geoArea(polygon) < 2 * Math.PI) out.push({ type: 'Feature', properties: {}, geometry: polygon });
			}
		}
	};
	const clip = geoIdentity().reflectY(true).clipExtent([
		[w, -n],
		[e, -s]
	]);
	geoStream(layer, clip.stream(collector));
	return out;
}

const real = await realJobs();
const { geo, jobs } = real ?? standIn();
mkdirSync(OUT_DIR, { recursive: true });
console.log(real ? `Real story steps (geo from ${GEO_DIR}):` : 'Stand-in views over world-atlas (no geo/*.geojson or story.ts yet):');
for (const job of jobs) {
	const started = performance.now();
	const svg = renderStaticMap({ ...job, geo });
	const ms = performance.now() - started;
	const errors = xmlErrors(svg);
	writeFileSync(resolve(OUT_DIR, `${job.id}.svg`), svg);
	const bytes = Buffer.byteLength(svg);
	console.log(`${job.id.padEnd(28)} ${(bytes / 1024).toFixed(1).padStart(6)} KB  ${ms.toFixed(0).padStart(4)} ms${errors.length ? `  XML ERRORS: ${errors.slice(0, 3).join('; ')}` : ''}`);
}
console.log(`SVGs written to ${OUT_DIR}`);
