// MapLibre built from the TypeScript sources its npm package ships, in the same build as the app, with its worker as a
// second entry of that build: the modules both use (the style spec, the data and symbol code, the tilers…) are one
// shared chunk instead of being in MapLibre's two prebuilt bundles twice (about 138 KB gzip of its worker repeated its
// main bundle). The worker is a module worker that imports the shared chunk; the map's own chunk imports it too.
//   import * as maplibregl from 'maplibre-gl'              → node_modules/maplibre-gl/src/index.ts
//   import workerUrl from 'virtual:treaty-map/maplibre-worker' → the worker entry's URL (maplibregl.setWorkerUrl)
import { resolve, sep } from 'node:path';
import { transformWithOxc, type Plugin } from 'vite';

export const MAPLIBRE_WORKER_MODULE = 'virtual:treaty-map/maplibre-worker';
const SOURCE_DIR = resolve('node_modules/maplibre-gl/src');
const MAIN_ENTRY = resolve(SOURCE_DIR, 'index.ts');
const WORKER_ENTRY = resolve(SOURCE_DIR, 'source/worker.ts');

export function maplibreFromSource(): Plugin {
	const resolved = `\0${MAPLIBRE_WORKER_MODULE}`;
	let dev = false;
	return {
		name: 'treaty-map:maplibre-from-source',
		enforce: 'pre',
		configResolved(config) {
			dev = config.command === 'serve';
		},
		// MapLibre's classes declare fields that a parent constructor fills (its struct arrays' views): compiled as its own
		// build compiles them (TypeScript's useDefineForClassFields: false), a field without an initializer is no field.
		async transform(code, id) {
			if (dev || !id.startsWith(SOURCE_DIR + sep) || !id.endsWith('.ts')) return null;
			const out = await transformWithOxc(code, id, { lang: 'ts', typescript: { removeClassFieldsWithoutInitializer: true } });
			return { code: out.code, map: out.map };
		},
		resolveId(id) {
			// In development MapLibre stays the package's prebuilt bundles (its sources' CommonJS dependencies would each
			// need pre-bundling): the shared chunk only matters for what the build ships.
			if (id === 'maplibre-gl') return dev ? null : MAIN_ENTRY;
			if (id === MAPLIBRE_WORKER_MODULE) return resolved;
			return null;
		},
		load(id) {
			if (id !== resolved) return null;
			if (dev) return `export { default } from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';`;
			// The server build never starts a map.
			if (this.environment?.name === 'ssr') return `export default '';`;
			const ref = this.emitFile({ type: 'chunk', id: WORKER_ENTRY, name: 'maplibre-worker' });
			return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
		}
	};
}
