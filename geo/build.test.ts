// The committed layers are what `npm run geo` makes today: regenerated into a temporary folder, byte for byte.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GEO_LAYER_IDS, layerFileName } from '../src/lib/geo/validateGeo';

/** The build parses a 168 MB GeoJSON (about 6 s) and clips Natural Earth: one run, with room to spare. */
const BUILD_TIMEOUT_MS = 120_000;

function sha256(path: string): string {
	return createHash('sha256').update(readFileSync(path)).digest('hex');
}

describe('npm run geo', () => {
	it(
		'regenerates every committed layer byte for byte, and leaves no temporary file behind',
		() => {
			const out = mkdtempSync(join(tmpdir(), 'treaty-geo-build-'));
			try {
				const r = spawnSync(process.execPath, ['--import', 'tsx', 'geo/build.ts', '--out', out], { encoding: 'utf8', timeout: BUILD_TIMEOUT_MS });
				expect(r.status, r.stderr).toBe(0);
				expect(readdirSync(out).sort()).toEqual(GEO_LAYER_IDS.map(layerFileName).sort());
				for (const layer of GEO_LAYER_IDS) {
					const file = layerFileName(layer);
					expect(sha256(join(out, file)), `${file} is stale: run npm run geo and commit the result`).toBe(sha256(join('geo', file)));
				}
			} finally {
				rmSync(out, { recursive: true, force: true });
			}
		},
		BUILD_TIMEOUT_MS
	);
});
