// The Vite plugin that makes a story folder the site's content. It serves two virtual modules:
//   virtual:treaty-map/story      the story, read and checked (loadStory): imported by build-time (server) code only
//   virtual:treaty-map/map-data   the live map's data: one PMTiles archive of vector tiles made from the basemap's and
//                                 the story's layers (scripts/mapTiles.ts), as an asset, with its zooms and bounds
//   virtual:treaty-map/languages  the story's languages and their pages' prefixes (the router's matcher reads them)
// A bad file stops the build with every error of the first bad file (file:line:column, step, field, what was
// expected). In `npm run dev`, saving a file of the story reloads the open page; a bad save shows its errors in the
// browser (Vite's overlay) and the terminal, and the next good save brings the page back.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Plugin, ViteDevServer } from 'vite';
import { contentErrorReport, firstBadFile, formatContentError, type ContentError } from '../src/lib/files/contentError';
import { basemapStyleFrom } from '../src/lib/map/basemapSetting';
import { WORLD_TILE_MAX_ZOOM } from '../src/lib/map/basemapLook';
import { loadStory, type LoadedStory } from '../src/lib/story/content/loadStory';
import { buildMapTiles, GEOJSON_SOURCE_BUFFER_PX, type TileLayer } from './mapTiles';

export const STORY_MODULE = 'virtual:treaty-map/story';
export const MAP_DATA_MODULE = 'virtual:treaty-map/map-data';
export const LANGUAGES_MODULE = 'virtual:treaty-map/languages';
/** The bundled offline basemap's layers, in basemap/ (npm run geo makes them). */
export const BASEMAP_LAYERS = ['land', 'borders', 'world'] as const;
export const BASEMAP_DIR = 'basemap';
/** Where the build keeps the archive it made, for Vite to emit as an asset (and serve in development). */
const TILES_CACHE_DIR = 'node_modules/.cache/treaty-map';

const resolved = (id: string): string => `\0${id}`;

export function storyContent(options: { dir: string }): Plugin {
	const dir = resolve(options.dir);
	let current: { story?: LoadedStory; errors: ContentError[] } | null = null;
	const load = (): { story?: LoadedStory; errors: ContentError[] } => (current ??= loadStory(dir));
	/** The map-data module for the story last read (the client and the server builds both import it). */
	let mapData: { for: LoadedStory | undefined; code: string } | null = null;

	return {
		name: 'treaty-map:story-content',
		enforce: 'pre',
		buildStart() {
			current = null;
			const { errors } = load();
			// Stop the build before anything is bundled: one bad file, every one of its errors.
			if (errors.length && this.environment?.mode !== 'dev') this.error(contentErrorReport(errors)!);
		},
		resolveId(id) {
			if (id === STORY_MODULE || id === MAP_DATA_MODULE || id === LANGUAGES_MODULE) return resolved(id);
			return null;
		},
		load(id) {
			if (id === resolved(STORY_MODULE)) {
				const { story, errors } = load();
				if (!story) {
					const bad = firstBadFile(errors)!;
					const first = bad.errors[0]!;
					this.error({
						message: contentErrorReport(errors)!,
						id: first.file,
						loc: { file: resolve(first.file), line: first.line ?? 1, column: (first.column ?? 1) - 1 }
					});
				}
				for (const f of story!.files) this.addWatchFile(resolve(f));
				return `export default ${JSON.stringify(story)};`;
			}
			if (id === resolved(LANGUAGES_MODULE)) {
				const { story } = load();
				const languages = story ? Object.values(story.stories)[0]!.languages : [];
				return `export default ${JSON.stringify(languages)};`;
			}
			if (id === resolved(MAP_DATA_MODULE)) {
				const { story } = load();
				if (mapData && mapData.for === story) return mapData.code;
				const layers = tileLayers(story, this.error.bind(this));
				const tiles = buildMapTiles(layers);
				const dir = resolve(TILES_CACHE_DIR);
				mkdirSync(dir, { recursive: true });
				const file = resolve(dir, `map-${tiles.hash}.pmtiles`);
				if (!existsSync(file)) writeFileSync(file, tiles.bytes);
				const data = { minzoom: tiles.minZoom, maxzoom: tiles.maxZoom, bounds: tiles.bounds };
				const code = [`import url from ${JSON.stringify(`${file}?url`)};`, `export default { tiles: url, ...${JSON.stringify(data)} };`].join('\n');
				mapData = { for: story, code };
				return code;
			}
			return null;
		},
		configureServer(server) {
			server.watcher.add(dir);
			const reload = (file: string): void => {
				if (!file.startsWith(dir)) return;
				current = null;
				const { errors } = load();
				invalidate(server);
				if (errors.length) {
					const report = contentErrorReport(errors)!;
					server.config.logger.error(report, { timestamp: true });
					const first = firstBadFile(errors)!.errors[0]!;
					server.ws.send({
						type: 'error',
						err: {
							message: report,
							stack: '',
							id: first.file,
							plugin: 'treaty-map:story-content',
							loc: { file: resolve(first.file), line: first.line ?? 1, column: first.column ?? 1 },
							frame: errors
								.filter((e) => e.file === first.file)
								.map(formatContentError)
								.join('\n')
						}
					});
				} else {
					server.config.logger.info(`treaty-map: ${relative(process.cwd(), file)} changed: the story is valid; reloading`, { timestamp: true });
					server.ws.send({ type: 'full-reload' });
				}
			};
			server.watcher.on('change', reload);
			server.watcher.on('add', reload);
			server.watcher.on('unlink', reload);
		}
	};
}

/** Drops the story's modules (and what imports them) from every environment's module graph, so the next request reloads it. */
function invalidate(server: ViteDevServer): void {
	for (const environment of Object.values(server.environments)) {
		for (const id of [resolved(STORY_MODULE), resolved(MAP_DATA_MODULE), resolved(LANGUAGES_MODULE)]) {
			const mod = environment.moduleGraph.getModuleById(id);
			if (mod) environment.moduleGraph.invalidateModule(mod, new Set(), Date.now(), true);
		}
	}
}

/**
 * The layers the live map reads from the archive: the bundled basemap's (unless a remote basemap replaces it,
 * PUBLIC_BASEMAP_STYLE) and the story's, as validated. A layer labelled at its lines' centres keeps MapLibre's GeoJSON
 * buffer, so each label is placed from the same piece of line as before.
 */
function tileLayers(story: LoadedStory | undefined, fail: (message: string) => never): TileLayer[] {
	const layers: TileLayer[] = [];
	if (!basemapStyleFrom(process.env.PUBLIC_BASEMAP_STYLE, () => {})) {
		const missing = BASEMAP_LAYERS.map((l) => resolve(BASEMAP_DIR, `${l}.geojson`)).filter((f) => !existsSync(f));
		if (missing.length) fail(`treaty-map: data files not found: ${missing.map((f) => relative(process.cwd(), f)).join(', ')} (npm run geo makes the basemap)`);
		for (const id of BASEMAP_LAYERS)
			layers.push({
				id,
				data: JSON.parse(readFileSync(resolve(BASEMAP_DIR, `${id}.geojson`), 'utf8')) as FeatureCollection<Geometry | null>,
				...(id === 'world' ? { maxZoom: WORLD_TILE_MAX_ZOOM } : {})
			});
	}
	if (!story) return layers;
	const config = Object.values(story.stories)[0]!.map;
	for (const layer of config.layers) {
		const data = story.layers[layer.id];
		if (data) layers.push({ id: layer.id, data, ...(layer.labels?.at === 'line-center' ? { bufferPx: GEOJSON_SOURCE_BUFFER_PX } : {}) });
	}
	return layers;
}
