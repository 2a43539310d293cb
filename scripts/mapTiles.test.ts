import { readFileSync } from 'node:fs';
import type { FeatureCollection, Geometry, Polygon, MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles, type Source } from 'pmtiles';
import { buildMapTiles, TILE_MAX_ZOOM, TILE_PROPERTIES } from './mapTiles';

const fixture = (name: string): FeatureCollection<Geometry | null> =>
	JSON.parse(readFileSync(new URL(`../src/lib/static-map/fixtures/${name}.geojson`, import.meta.url), 'utf8')) as FeatureCollection<Geometry | null>;

function read(bytes: Buffer): PMTiles {
	const source: Source = {
		getKey: () => 'map.pmtiles',
		getBytes: async (offset, length) => ({ data: bytes.buffer.slice(bytes.byteOffset + offset, bytes.byteOffset + offset + length) as ArrayBuffer })
	};
	return new PMTiles(source);
}

/** A longitude and latitude on the world's tile grid at zoom z: the tile and the position inside it, in tile units. */
function tileOf([lon, lat]: number[], z: number, extent: number): { x: number; y: number; px: number; py: number } {
	const n = 2 ** z;
	const s = Math.sin((lat! * Math.PI) / 180);
	const wx = ((lon! + 180) / 360) * n;
	const wy = (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * n;
	const x = Math.floor(wx);
	const y = Math.floor(wy);
	return { x, y, px: (wx - x) * extent, py: (wy - y) * extent };
}

describe('buildMapTiles', () => {
	const islands = fixture('islands');
	const places = fixture('places');
	const world = fixture('world');
	const tiles = buildMapTiles([
		{ id: 'world', data: world, maxZoom: 6 },
		{ id: 'islands', data: islands },
		{ id: 'places', data: places }
	]);
	const archive = read(tiles.bytes);

	it('cuts tiles from zoom 0 to the deepest layer’s zoom, over the data’s bounds', async () => {
		expect(tiles.maxZoom).toBe(TILE_MAX_ZOOM);
		const header = await archive.getHeader();
		expect(header.maxZoom).toBe(TILE_MAX_ZOOM);
		expect(tiles.bounds[0]).toBeLessThan(tiles.bounds[2]);
		const layers = ((await archive.getMetadata()) as { vector_layers: { id: string; maxzoom: number }[] }).vector_layers;
		expect(layers.map((l) => [l.id, l.maxzoom])).toEqual([
			['world', 6],
			['islands', TILE_MAX_ZOOM],
			['places', TILE_MAX_ZOOM]
		]);
	});

	it('names each layer in the tiles by its id and keeps only the properties the style reads', async () => {
		const place = places.features[0]!;
		const at = tileOf((place.geometry as GeoJSON.Point).coordinates, 8, 4096);
		const tile = new VectorTile(new PbfReader(new Uint8Array((await archive.getZxy(8, at.x, at.y))!.data)));
		const feature = [...Array(tile.layers['places']!.length).keys()]
			.map((i) => tile.layers['places']!.feature(i))
			.find((f) => f.properties['id'] === place.properties!['id']);
		expect(feature).toBeDefined();
		expect(Object.keys(feature!.properties).every((k) => (TILE_PROPERTIES as readonly string[]).includes(k))).toBe(true);
	});

	it('stops a layer at its own deepest zoom', async () => {
		const land = world.features.find((f) => f.geometry)!;
		const ring =
			(land.geometry as Polygon | MultiPolygon).type === 'Polygon'
				? (land.geometry as Polygon).coordinates[0]!
				: (land.geometry as MultiPolygon).coordinates[0]![0]!;
		const at6 = tileOf(ring[0]!, 6, 4096);
		const tile6 = new VectorTile(new PbfReader(new Uint8Array((await archive.getZxy(6, at6.x, at6.y))!.data)));
		expect(tile6.layers['world']).toBeDefined();
		const at7 = tileOf(ring[0]!, 7, 4096);
		const t7 = await archive.getZxy(7, at7.x, at7.y);
		if (t7) expect(new VectorTile(new PbfReader(new Uint8Array(t7.data))).layers['world']).toBeUndefined();
	});

	it('keeps every vertex of every island at the deepest zoom, so zooming in on an island shows its full outline', async () => {
		const z = TILE_MAX_ZOOM;
		let checked = 0;
		for (const f of islands.features) {
			const g = f.geometry as Polygon | MultiPolygon;
			const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat(1);
			for (const ring of rings)
				for (const vertex of ring) {
					const at = tileOf(vertex, z, 4096);
					const data = await archive.getZxy(z, at.x, at.y);
					expect(data, `a tile for ${String(f.properties?.['id'])}`).toBeDefined();
					const layer = new VectorTile(new PbfReader(new Uint8Array(data!.data))).layers['islands']!;
					const points = [...Array(layer.length).keys()]
						.map((i) => layer.feature(i))
						.filter((t) => t.properties['id'] === f.properties?.['id'])
						.flatMap((t) => t.loadGeometry().flat());
					// Within one tile unit (about 7 m at these latitudes): the vertex is there, only rounded to the grid.
					expect(points.some((p) => Math.hypot(p.x - at.px, p.y - at.py) <= 1)).toBe(true);
					checked++;
				}
		}
		expect(checked).toBeGreaterThan(20);
	});
});
