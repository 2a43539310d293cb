// The committed layers are what `npm run geo` makes today: regenerated into a temporary folder, byte for byte, in
// both places the build writes (the story's layers/ and basemap/).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GEO_LAYER_IDS, layerPath } from './story';

/** The build parses a 168 MB GeoJSON (about 6 s), clips Natural Earth and checks the story: one run, with room to spare. */
const BUILD_TIMEOUT_MS = 180_000;

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
				const written = readdirSync(out, { recursive: true, withFileTypes: true })
					.filter((e) => e.isFile())
					.map((e) =>
						join(e.parentPath, e.name)
							.slice(out.length + 1)
							.split(sep)
							.join('/')
					);
				expect(written.sort()).toEqual(GEO_LAYER_IDS.map(layerPath).sort());
				for (const layer of GEO_LAYER_IDS) {
					const file = layerPath(layer);
					expect(sha256(join(out, file)), `${file} is stale: run npm run geo and commit the result`).toBe(sha256(file));
				}
			} finally {
				rmSync(out, { recursive: true, force: true });
			}
		},
		BUILD_TIMEOUT_MS
	);
});
