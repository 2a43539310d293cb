// Issue 21's data options, measured offline on the map's data files (the basemap's and the story's) before anything is chosen: each layer as it
// ships; simplified overview outlines (zoom ≤ 6 and ≤ 8); vector tiles in a PMTiles archive; geobuf; quantized
// TopoJSON. For each: total bytes, bytes before the live map's first frame (the front page's first view, desktop and
// phone), bytes for the closest view (the step whose camera is deepest), and the worker's CPU to get the first view's tiles ready.
//   npx tsx bench/data-options.ts [--deps DIR]   (DIR: a node_modules with geobuf, pbf, topojson-server and pmtiles;
//                                               without them those rows are skipped)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { GeoJSONVT, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { panelPadding, viewFor, type CameraView } from '../src/lib/map/camera';
import { simplifyOutline } from '../src/lib/geo/simplifyOutline';
import { roundGeometry } from '../src/lib/geo/roundCoords';
import { benchStory } from './benchStory';
import { cutLayer } from '../scripts/mapTiles';
import { bytesToRead, writeArchive } from '../scripts/pmtilesArchive';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const DEPS = args.includes('--deps') ? args[args.indexOf('--deps') + 1]! : resolve(ROOT, 'node_modules');

/** MapLibre's tiles are 512 CSS px wide. */
const TILE_PX = 512;
const EARTH_CIRCUMFERENCE_M = 40_075_016.686;
/** Latitude the story happens at (the islands), for metres per pixel. */
const STORY_LATITUDE = 44;
/** The story layers' deepest camera is zoom 11 (README: `maxZoom` of the step cameras); tiles go one deeper, then overzoom. */
const MAX_TILE_ZOOM = 12;
/** The world layer is drawn only below zoom 6.5 (offlineStyle: source maxzoom 6). */
const WORLD_MAX_ZOOM = 6;
/** MVT extent and buffer (in tile units): tippecanoe's and geojson-vt's usual values. */
const EXTENT = 4096;
const BUFFER = 64;

/** Half a CSS pixel at zoom z at the story's latitude, in metres: a simplification no reader can see at that zoom. */
const halfPixelM = (z: number): number => (EARTH_CIRCUMFERENCE_M * Math.cos((STORY_LATITUDE * Math.PI) / 180)) / (TILE_PX * 2 ** z) / 2;

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const gz = (s: string | Uint8Array): number => gzipSync(s, { level: 9 }).length;

/** The story as the build reads it (STORY's folder, else the default story). */
const BENCH = benchStory(ROOT, '/');

function loadLayers(): Map<string, FeatureCollection> {
	const layers = new Map<string, FeatureCollection>();
	for (const [id, file] of Object.entries(BENCH.dataFiles).sort(([a], [b]) => a.localeCompare(b)))
		layers.set(id, JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection);
	return layers;
}

/** Douglas–Peucker on an open line, tolerance in metres on a local equirectangular projection. */
function simplifyLine(line: Position[], toleranceM: number): Position[] {
	if (line.length <= 2) return line;
	const lat0 = (line.reduce((s, p) => s + p[1]!, 0) / line.length) * (Math.PI / 180);
	const m = 6_371_008.8 * (Math.PI / 180);
	const xy = line.map((p) => [p[0]! * m * Math.cos(lat0), p[1]! * m] as const);
	const keep = new Uint8Array(line.length);
	keep[0] = keep[line.length - 1] = 1;
	const stack: [number, number][] = [[0, line.length - 1]];
	while (stack.length) {
		const [a, b] = stack.pop()!;
		const [ax, ay] = xy[a]!;
		const [bx, by] = xy[b]!;
		const dx = bx - ax;
		const dy = by - ay;
		const len2 = dx * dx + dy * dy;
		let worst = -1;
		let at = -1;
		for (let i = a + 1; i < b; i++) {
			const [px, py] = xy[i]!;
			const t = len2 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
			const d = Math.hypot(px - ax - t * dx, py - ay - t * dy);
			if (d > worst) {
				worst = d;
				at = i;
			}
		}
		if (worst > toleranceM) {
			keep[at] = 1;
			stack.push([a, at], [at, b]);
		}
	}
	return line.filter((_, i) => keep[i]);
}

/** A layer simplified for an overview: polygons with the project's own simplifyOutline, lines with Douglas–Peucker. */
function overview(fc: FeatureCollection, toleranceM: number, decimals: number): FeatureCollection {
	const simplify = (g: Geometry): Geometry => {
		if (g.type === 'Polygon' || g.type === 'MultiPolygon') return roundGeometry(simplifyOutline(g as Polygon | MultiPolygon, toleranceM, decimals), decimals);
		if (g.type === 'LineString') return roundGeometry({ type: 'LineString', coordinates: simplifyLine(g.coordinates, toleranceM) } as LineString, decimals);
		if (g.type === 'MultiLineString')
			return roundGeometry({ type: 'MultiLineString', coordinates: g.coordinates.map((l) => simplifyLine(l, toleranceM)) } as MultiLineString, decimals);
		return g;
	};
	return { ...fc, features: fc.features.map((f): Feature => ({ ...f, geometry: simplify(f.geometry) })) };
}

/** Tiles that show a view: [z, x, y] at MapLibre's tile zoom for it, over the map's box, the padding shifting the centre. */
function tilesFor(view: CameraView, box: { width: number; height: number }): string[] {
	const z = Math.max(0, Math.floor(view.zoom));
	const world = TILE_PX * 2 ** view.zoom;
	const [lon, lat] = view.center;
	const cx = ((lon + 180) / 360) * world;
	const s = Math.sin((lat * Math.PI) / 180);
	const cy = (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * world;
	// The centre sits in the middle of the padded box.
	const p = view.padding;
	const sx = p.left + (box.width - p.left - p.right) / 2;
	const sy = p.top + (box.height - p.top - p.bottom) / 2;
	const scale = 2 ** z / world;
	const x0 = Math.floor((cx - sx) * scale);
	const x1 = Math.floor((cx - sx + box.width) * scale);
	const y0 = Math.max(0, Math.floor((cy - sy) * scale));
	const y1 = Math.min(2 ** z - 1, Math.floor((cy - sy + box.height) * scale));
	const keys: string[] = [];
	for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) keys.push(`${z}/${((x % 2 ** z) + 2 ** z) % 2 ** z}/${y}`);
	return keys;
}

/** The tile's ancestor at zoom z (itself when it is not deeper). */
function parentAt(key: string, z: number): string {
	const [tz, x, y] = key.split('/').map(Number) as [number, number, number];
	if (tz <= z) return key;
	const d = 2 ** (tz - z);
	return `${z}/${Math.floor(x / d)}/${Math.floor(y / d)}`;
}

function main(): void {
	const require = createRequire(resolve(DEPS, 'noop.js'));
	const optional = <T>(name: string): T | null => {
		try {
			const mod = require(name) as { default?: unknown };
			// An ES module's default export (pbf's class) comes as `default` through require.
			return (typeof mod.default === 'function' ? mod.default : mod) as T;
		} catch {
			return null;
		}
	};
	const layers = loadLayers();
	const lines: string[] = [];
	const checks: Promise<string>[] = [];
	type Reader = {
		getZxy: (z: number, x: number, y: number) => Promise<{ data: ArrayBuffer } | undefined>;
		getHeader: () => Promise<{ numAddressedTiles: number }>;
	};
	const pmtiles = optional<{ PMTiles: new (source: unknown) => Reader }>('pmtiles');
	/** Reads the archive back with the pmtiles package, to know the writer is right. */
	const readBack = async (archive: ReturnType<typeof writeArchive>): Promise<string> => {
		if (!pmtiles) return '  (pmtiles package not found under --deps: archive not read back)';
		const source = {
			getKey: () => 'story.pmtiles',
			getBytes: async (offset: number, length: number) => ({
				data: archive.bytes.buffer.slice(archive.bytes.byteOffset + offset, archive.bytes.byteOffset + offset + length)
			})
		};
		const reader = new pmtiles.PMTiles(source);
		const sample = [...archive.tiles.keys()].filter((_, i) => i % 97 === 0);
		const header = await reader.getHeader();
		let same = 0;
		for (const key of sample) {
			const [z, x, y] = key.split('/').map(Number) as [number, number, number];
			const got = await reader.getZxy(z, x, y);
			const at = archive.tiles.get(key)!;
			// The reader hands tiles back decompressed.
			if (got && Buffer.from(got.data).equals(gunzipSync(archive.bytes.subarray(at.offset, at.offset + at.length)))) same++;
		}
		return `  read back with the pmtiles package: its header says ${header.numAddressedTiles} tiles; ${same} of ${sample.length} sampled tiles identical`;
	};
	const out = (...s: string[]): number => lines.push(...(s.length ? s : ['']));

	// 1. The layers as they ship.
	out('the geo/ layers as they ship (all fetched before the live map’s first frame today):');
	let totalRaw = 0;
	let totalGzip = 0;
	const texts = new Map<string, string>();
	for (const [name, fc] of layers) {
		const text = readFileSync(BENCH.dataFiles[name]!, 'utf8');
		texts.set(name, text);
		const parsed = performance.now();
		JSON.parse(text);
		const parseMs = performance.now() - parsed;
		totalRaw += text.length;
		totalGzip += gz(text);
		out(
			`  ${name.padEnd(10)} ${kb(text.length).padStart(10)} raw ${kb(gz(text)).padStart(9)} gzip  ${String(fc.features.length).padStart(3)} features  JSON.parse ${parseMs.toFixed(1)} ms`
		);
	}
	out(`  ${'total'.padEnd(10)} ${kb(totalRaw).padStart(10)} raw ${kb(totalGzip).padStart(9)} gzip`);

	// The views the data must serve: the front page's first (desktop and phone) and the closest one (the deepest step).
	const targets = BENCH.targets;
	const desktop = { width: 1280, height: 800 };
	// A phone's map is between a third and half of its screen (README, "Every screen"): its box for the first step.
	const phone = { width: 390, height: 380 };
	const first = targets[0]!;
	const phoneView = (t: (typeof targets)[number]): CameraView => viewFor(t.small ?? t, phone, panelPadding(phone, 0));
	const deepest = targets.reduce((a, b) => (phoneView(b).zoom > phoneView(a).zoom ? b : a));
	const views = {
		'first view, desktop': { view: viewFor(first, desktop, panelPadding(desktop, 33 * 12.8 + 64)), box: desktop },
		'first view, phone': { view: viewFor(first.small ?? first, phone, panelPadding(phone, 0)), box: phone },
		'deepest step, phone': { view: phoneView(deepest), box: phone }
	};
	out('');
	for (const [name, { view, box }] of Object.entries(views))
		out(
			`  ${name}: zoom ${view.zoom.toFixed(2)} at ${view.center.map((c) => c.toFixed(2)).join(', ')}, ${box.width}×${box.height}: tiles ${tilesFor(view, box).join(' ')}`
		);

	// 2. Simplified overview outlines.
	out('', 'simplified overview outlines (polygons: simplifyOutline, kink-safe; lines: Douglas–Peucker; both in metres):');
	const overviews: Record<string, { tol: number; decimals: number }> = {
		'zoom ≤ 6': { tol: halfPixelM(6), decimals: 3 },
		'zoom ≤ 8': { tol: halfPixelM(8), decimals: 4 }
	};
	const overviewGzip: Record<string, number> = {};
	for (const [label, { tol, decimals }] of Object.entries(overviews)) {
		let raw = 0;
		let gzip = 0;
		const parts: string[] = [];
		for (const [name, fc] of layers) {
			// The world layer is already a 5 km overview, and the places are points: both as they are.
			const simplified = name === 'world' || name === 'places' ? fc : overview(fc, tol, decimals);
			const text = JSON.stringify(simplified);
			raw += text.length;
			gzip += gz(text);
			parts.push(`${name} ${kb(gz(text))}`);
		}
		overviewGzip[label] = gzip;
		out(`  ${label} (tolerance ${tol.toFixed(0)} m = half a CSS px there, ${decimals} decimals): ${kb(raw)} raw, ${kb(gzip)} gzip (${parts.join(', ')})`);
	}

	// 3. Vector tiles in a PMTiles archive, cut to two depths: the camera's deepest zoom plus one, and one less (overzoomed).
	const pmtilesRead: Record<string, { requests: number; bytes: number }> = {};
	for (const maxTileZoom of [MAX_TILE_ZOOM, MAX_TILE_ZOOM - 2]) {
		out(
			'',
			`vector tiles (geojson-vt → MVT, extent ${EXTENT}, buffer ${BUFFER}, every property kept) in one PMTiles archive, zoom 0–${maxTileZoom} (world 0–${WORLD_MAX_ZOOM}):`
		);
		const tileLayers = new Map<string, Record<string, GeoJSONVTTile>>();
		const cutStarted = performance.now();
		for (const [name, fc] of layers) {
			const maxZoom = name === 'world' ? WORLD_MAX_ZOOM : maxTileZoom;
			const index = new GeoJSONVT(fc, { maxZoom, indexMaxZoom: 0, extent: EXTENT, buffer: BUFFER, tolerance: 3 });
			cutLayer(index, maxZoom, tileLayers, name);
		}
		const tiles = new Map<string, Uint8Array>();
		for (const [key, byLayer] of tileLayers) tiles.set(key, fromGeojsonVt(byLayer, { version: 2, extent: EXTENT }));
		const cutMs = performance.now() - cutStarted;
		const archive = writeArchive(tiles, {
			bounds: [-180, -85, 180, 85],
			minZoom: 0,
			maxZoom: maxTileZoom,
			center: [147, 44.5, 6],
			json: { vector_layers: [...layers.keys()].map((id) => ({ id, fields: {} })) }
		});
		mkdirSync(resolve(ROOT, '.tmp'), { recursive: true });
		writeFileSync(resolve(ROOT, `.tmp/story-z${maxTileZoom}.pmtiles`), archive.bytes);
		out(
			`  archive: ${kb(archive.bytes.length)} (${archive.addressed} tiles, ${archive.contents} distinct; root directory ${kb(archive.rootLength)}, ${archive.leaves.length} leaf directories), written to .tmp/story-z${maxTileZoom}.pmtiles; cut and encoded in ${(cutMs / 1000).toFixed(1)} s`
		);
		const byZoom = new Map<number, { n: number; bytes: number }>();
		for (const [key, at] of archive.tiles) {
			const z = Number(key.split('/')[0]);
			const e = byZoom.get(z) ?? { n: 0, bytes: 0 };
			e.n++;
			e.bytes += at.length;
			byZoom.set(z, e);
		}
		out(
			`  by zoom (tiles/gzip bytes): ${[...byZoom]
				.sort((a, b) => a[0] - b[0])
				.map(([z, e]) => `z${z} ${e.n}/${kb(e.bytes)}`)
				.join(', ')}`
		);
		for (const [name, { view, box }] of Object.entries(views)) {
			// Past the archive's deepest zoom MapLibre overzooms that zoom's tiles: read the parents.
			const keys = [...new Set(tilesFor(view, box).map((k) => parentAt(k, maxTileZoom)))];
			const read = bytesToRead(archive, keys);
			pmtilesRead[`${name}, z0–${maxTileZoom}`] = read;
			out(`  ${name}: ${read.requests} range requests, ${kb(read.bytes)} (tiles gzip inside the archive; a range is not compressed again)`);
		}
		if (maxTileZoom === MAX_TILE_ZOOM) checks.push(readBack(archive));
	}
	// The worker's job for the first view: decode its tiles (MVT parse is lazy; the bucket work is the same as today's).
	// Today's worker job before the first frame: parse every GeoJSON file and index it with geojson-vt.
	const t0 = performance.now();
	for (const [name, text] of texts) new GeoJSONVT(JSON.parse(text), { maxZoom: name === 'world' ? 6 : 18, extent: EXTENT, buffer: 1024, tolerance: 3 });
	out(
		`  today’s worker work before the first tile, in Node on this machine: JSON.parse + geojson-vt index of every layer, ${(performance.now() - t0).toFixed(0)} ms (a phone’s worker: about 4× that)`
	);

	// 4. Geobuf and quantized TopoJSON, layer by layer.
	const Pbf = optional<new () => { finish: () => Uint8Array }>('pbf');
	const geobuf = optional<{ encode: (fc: FeatureCollection, pbf: unknown) => Uint8Array; decode: (pbf: unknown) => FeatureCollection }>('geobuf');
	const topojson = optional<{ topology: (objects: Record<string, FeatureCollection>, quantization?: number) => object }>('topojson-server');
	const encodings: string[] = [];
	if (Pbf && geobuf) {
		let raw = 0;
		let gzip = 0;
		let decodeMs = 0;
		for (const fc of layers.values()) {
			const buf = geobuf.encode(fc, new Pbf());
			raw += buf.length;
			gzip += gz(buf);
			const t = performance.now();
			const PbfCtor = Pbf as unknown as new (b: Uint8Array) => unknown;
			geobuf.decode(new PbfCtor(buf));
			decodeMs += performance.now() - t;
		}
		encodings.push(`  geobuf (lossless at the data's decimals): ${kb(raw)} raw, ${kb(gzip)} gzip; decoding back to GeoJSON ${decodeMs.toFixed(0)} ms in Node`);
	} else encodings.push('  (geobuf or pbf not found under --deps: skipped)');
	if (topojson) {
		for (const q of [1e5, 1e6]) {
			let raw = 0;
			let gzip = 0;
			for (const [name, fc] of layers) {
				const text = JSON.stringify(topojson.topology({ [name]: fc }, q));
				raw += text.length;
				gzip += gz(text);
			}
			encodings.push(
				`  TopoJSON quantized to ${q.toExponential(0)} per layer's box: ${kb(raw)} raw, ${kb(gzip)} gzip (lossy; decoded by topojson-client in the page)`
			);
		}
	} else encodings.push('  (topojson-server not found under --deps: skipped)');
	out('', 'binary and quantized encodings (every layer whole, so all of it before the first frame):', ...encodings);

	void Promise.all(checks).then((c) => {
		out('', ...c);
		out('', 'before the first live frame (gzip on the wire):');
		out(`  today (every layer, whole):                 ${kb(totalGzip)}`);
		for (const [label, g] of Object.entries(overviewGzip)) out(`  overview outlines ${label}, full detail later: ${kb(g)}`);
		for (const [name, r] of Object.entries(pmtilesRead)) out(`  PMTiles, ${name.padEnd(22)}:       ${kb(r.bytes)} in ${r.requests} requests`);
		console.log(lines.join('\n'));
	});
}

main();
