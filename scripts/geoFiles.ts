// Node-side reading of the geo/ layer files for the validator: a missing file or bad JSON becomes an error value.
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { GEO_LAYER_IDS, layerFileName, validateGeo, type GeoError } from '../src/lib/geo/validateGeo';

/** Where the committed layers live, relative to the project root. */
export const GEO_DIR = 'geo';

/** The name a file is reported under: relative to the working directory when inside it, e.g. "geo/places.geojson". */
function displayName(path: string): string {
	const rel = relative(process.cwd(), path);
	return rel.startsWith('..') ? path : rel.split('\\').join('/');
}

/**
 * Reads every layer file from `dir` into a record for validateGeo: file name -> parsed JSON, or an Error saying
 * "file not found" / "malformed JSON (...)" / "cannot be read (...)".
 */
export function loadGeoFiles(dir: string = GEO_DIR): Record<string, unknown> {
	const files: Record<string, unknown> = {};
	for (const layer of GEO_LAYER_IDS) {
		const path = resolve(dir, layerFileName(layer));
		const name = displayName(path);
		let text: string;
		try {
			text = readFileSync(path, 'utf8');
		} catch (e) {
			const code = (e as NodeJS.ErrnoException).code;
			files[name] = new Error(code === 'ENOENT' ? 'file not found' : `cannot be read (${(e as Error).message})`);
			continue;
		}
		try {
			files[name] = JSON.parse(text) as unknown;
		} catch (e) {
			files[name] = new Error(`malformed JSON (${(e as Error).message})`);
		}
	}
	return files;
}

/** Loads and validates the layers in `dir`: what `npm run validate` and the build-start check run. */
export function checkGeoDir(dir: string = GEO_DIR): GeoError[] {
	return validateGeo(loadGeoFiles(dir));
}
