// The live map's data as vector tiles, made at build time: every layer the map draws from a file (the bundled
// basemap's and the story's layers/*.geojson, as validated) cut into Mapbox Vector Tiles by MapLibre's own tiler
// (@maplibre/geojson-vt, the one its GeoJSON sources use in the browser), encoded by @maplibre/vt-pbf, and packed into one
// PMTiles archive (pmtilesArchive.ts). The reader then fetches only the tiles of the view on screen instead of every
// layer whole. The static maps and the validators keep reading the GeoJSON files themselves.
import { createHash } from 'node:crypto';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { GeoJSONVT, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { writeArchive } from './pmtilesArchive';

/**
 * The deepest tiles. At their zoom nothing is simplified (geojson-vt keeps every vertex at its maxZoom), and a tile
 * unit is about 7 m at 45° N: the 100 m outlines whole. Deeper views overzoom these tiles.
 */
export const TILE_MAX_ZOOM = 10;
/** Tile units across a tile (MVT's usual; MapLibre's GeoJSON tiles use 8192, a finer grid than these outlines need). */
const TILE_EXTENT = 4096;
/** MapLibre draws tiles 512 CSS px wide. */
const TILE_PX = 512;
/** Simplification below the deepest zoom: 3 tile units, 0.375 CSS px, as MapLibre's GeoJSON sources simplify. */
const TOLERANCE_UNITS = 3;
/** Each tile carries this much of its neighbours, in CSS px: enough for the widest line and its antialiasing. */
export const DEFAULT_BUFFER_PX = 8;
/** MapLibre's GeoJSON sources' buffer, in CSS px: a layer labelled at its lines' centres keeps it, so the labels sit where they did. */
export const GEOJSON_SOURCE_BUFFER_PX = 128;
/** The properties the map's style reads: a feature's id (feature state, filters, labels, popups) and a line's style. */
export const TILE_PROPERTIES = ['id', 'style'] as const;

export interface TileLayer {
	/** The layer's id: its name in the tiles (MapLibre's `source-layer`). */
	id: string;
	data: FeatureCollection<Geometry | null>;
	/** Its deepest tiles (a coarse layer drawn only at small scales stops early); TILE_MAX_ZOOM when not given. */
	maxZoom?: number;
	bufferPx?: number;
}

export interface MapTiles {
	/** The PMTiles archive. */
	bytes: Buffer;
	/** A short hash of its bytes, for its file name. */
	hash: string;
	minZoom: number;
	maxZoom: number;
	/** West, south, east, north of everything in it. */
	bounds: [number, number, number, number];
	/** Tiles addressed, and distinct tiles stored. */
	tiles: number;
	contents: number;
}

/** Only the properties the style reads, so the tiles carry no words and no sources. */
function slim(fc: FeatureCollection<Geometry | null>): FeatureCollection<Geometry | null> {
	return {
		type: 'FeatureCollection',
		features: fc.features.map((f): Feature<Geometry | null> => {
			const properties: Record<string, unknown> = {};
			for (const key of TILE_PROPERTIES) if (f.properties?.[key] !== undefined) properties[key] = f.properties[key];
			return { type: 'Feature', ...(f.id !== undefined ? { id: f.id } : {}), geometry: f.geometry, properties };
		})
	};
}

/** Every non-empty tile of one layer down to `maxZoom`: children only under tiles with features. */
export function cutLayer(index: GeoJSONVT, maxZoom: number, into: Map<string, Record<string, GeoJSONVTTile>>, name: string): void {
	const queue: [number, number, number][] = [[0, 0, 0]];
	while (queue.length) {
		const [z, x, y] = queue.pop()!;
		const tile = index.getTile(z, x, y);
		if (!tile || !tile.features.length) continue;
		const key = `${z}/${x}/${y}`;
		into.set(key, { ...into.get(key), [name]: tile });
		if (z < maxZoom)
			for (const [dx, dy] of [
				[0, 0],
				[1, 0],
				[0, 1],
				[1, 1]
			] as const)
				queue.push([z + 1, 2 * x + dx, 2 * y + dy]);
	}
}

/** West, south, east, north of every coordinate of the layers. */
function boundsOf(layers: readonly TileLayer[]): [number, number, number, number] {
	const b: [number, number, number, number] = [180, 90, -180, -90];
	const visit = (c: unknown): void => {
		if (Array.isArray(c) && typeof c[0] === 'number') {
			const [lon, lat] = c as [number, number];
			b[0] = Math.min(b[0], lon);
			b[1] = Math.min(b[1], lat);
			b[2] = Math.max(b[2], lon);
			b[3] = Math.max(b[3], lat);
		} else if (Array.isArray(c)) for (const x of c) visit(x);
	};
	for (const layer of layers)
		for (const f of layer.data.features) {
			const g = f.geometry;
			if (g && g.type !== 'GeometryCollection') visit(g.coordinates);
		}
	return b;
}

/** The layers as one archive of vector tiles, from zoom 0 to the deepest layer's maxZoom. */
export function buildMapTiles(layers: readonly TileLayer[]): MapTiles {
	const byTile = new Map<string, Record<string, GeoJSONVTTile>>();
	let maxZoom = 0;
	for (const layer of layers) {
		const layerMax = layer.maxZoom ?? TILE_MAX_ZOOM;
		maxZoom = Math.max(maxZoom, layerMax);
		const index = new GeoJSONVT(slim(layer.data) as GeoJSON.GeoJSON, {
			maxZoom: layerMax,
			indexMaxZoom: Math.min(5, layerMax),
			tolerance: TOLERANCE_UNITS,
			extent: TILE_EXTENT,
			buffer: Math.round(((layer.bufferPx ?? DEFAULT_BUFFER_PX) * TILE_EXTENT) / TILE_PX)
		});
		cutLayer(index, layerMax, byTile, layer.id);
	}
	const encoded = new Map<string, Uint8Array>();
	for (const [key, tileLayers] of byTile) encoded.set(key, fromGeojsonVt(tileLayers, { version: 2, extent: TILE_EXTENT }));
	const bounds = boundsOf(layers);
	const archive = writeArchive(encoded, {
		bounds,
		minZoom: 0,
		maxZoom,
		center: [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2, 0],
		json: {
			vector_layers: layers.map((l) => ({
				id: l.id,
				minzoom: 0,
				maxzoom: l.maxZoom ?? TILE_MAX_ZOOM,
				fields: Object.fromEntries(TILE_PROPERTIES.map((p) => [p, 'String']))
			}))
		}
	});
	return {
		bytes: archive.bytes,
		hash: createHash('sha256').update(archive.bytes).digest('hex').slice(0, 12),
		minZoom: 0,
		maxZoom,
		bounds,
		tiles: archive.addressed,
		contents: archive.contents
	};
}
