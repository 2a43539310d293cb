// Vite config: SvelteKit, unit tests beside their modules, and a build that refuses bad story or geo data.
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { tsImport } from 'tsx/esm/api';
import { defineConfig } from 'vitest/config';

/**
 * Checks geo/ and the story at build start (scripts/validateDataPlugin.ts holds the check and its tests); loaded
 * through tsx so this config stays a plain module for Vite's config loader.
 */
function validateDataAtBuildStart(): Plugin {
	return {
		name: 'treaty-map:validate-data',
		async buildStart() {
			const { buildStartProblems } = (await tsImport('./scripts/validateDataPlugin.ts', import.meta.url)) as {
				buildStartProblems: () => Promise<string | null>;
			};
			const message = await buildStartProblems();
			if (message) this.error(message);
		}
	};
}

export default defineConfig({
	plugins: [validateDataAtBuildStart(), sveltekit()],
	server: { port: 5173, strictPort: false },
	// geo/ layers stay files of their own (cached, fetched after the text), never inlined as data: URLs.
	// MapLibre (about 1 MB minified) is its own chunk, loaded only after the text has painted.
	build: { assetsInlineLimit: (file) => (file.endsWith('.geojson') ? false : undefined), chunkSizeWarningLimit: 1200 },
	test: {
		include: ['src/**/*.test.ts', 'geo/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true }
	}
});
