// Vite config: SvelteKit, a build that refuses bad story or geo data, and the unit tests in two projects:
// plain logic in Node, and components in real Chromium (Vitest's browser mode, Debian's Chromium as for the specs).
import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import type { Plugin } from 'vite';
import { tsImport } from 'tsx/esm/api';
import { defineConfig } from 'vitest/config';
// With its extension: the config's own imports are loaded by Node as they are written.
import { layoutCss } from './src/lib/layout/layoutCss.ts';

/**
 * Checks geo/ and the story at build start (scripts/validateDataPlugin.ts holds the check and its tests); loaded
 * through tsx so this config stays a plain module for Vite's config loader. `npm test` validates the data once, as its
 * first check, and sets TREATY_MAP_DATA_CHECKED=1 for its own build so the same data is not checked twice.
 */
function validateDataAtBuildStart(): Plugin {
	return {
		name: 'treaty-map:validate-data',
		async buildStart() {
			if (process.env.TREATY_MAP_DATA_CHECKED === '1') return;
			const { buildStartProblems } = (await tsImport('./scripts/validateDataPlugin.ts', import.meta.url)) as {
				buildStartProblems: () => Promise<string | null>;
			};
			const message = await buildStartProblems();
			if (message) this.error(message);
		}
	};
}

const CHROMIUM_ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-quic', '--no-sandbox', '--disable-background-networking'];

export default defineConfig({
	plugins: [validateDataAtBuildStart(), sveltekit()],
	server: { port: 5173, strictPort: false },
	// The layout's breakpoint and panel width, from src/lib/layout/layout.ts, in every stylesheet.
	css: { postcss: { plugins: [layoutCss()] } },
	// geo/ layers stay files of their own (cached, fetched after the text), never inlined as data: URLs.
	// MapLibre (about 1 MB minified) is its own chunk, loaded only after the text has painted.
	build: { assetsInlineLimit: (file) => (file.endsWith('.geojson') ? false : undefined), chunkSizeWarningLimit: 1200 },
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: true,
				test: {
					name: 'node',
					environment: 'node',
					// Pure functions, no shared state worth a process each: sharing one module graph halves the run time.
					isolate: false,
					include: ['src/**/*.test.ts', 'geo/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
					// Components run in the browser project; the full geo/ rebuild has a script of its own (npm run test:geo).
					exclude: ['src/**/*.svelte.test.ts', 'src/**/*.browser.test.ts', 'geo/build.test.ts']
				}
			},
			{
				// `npm run test:geo`: regenerates every geo/ layer and compares it with the committed one (about 15 s).
				extends: true,
				test: { name: 'geo', environment: 'node', include: ['geo/build.test.ts'] }
			},
			{
				extends: true,
				test: {
					name: 'browser',
					include: ['src/**/*.svelte.test.ts', 'src/**/*.browser.test.ts'],
					browser: {
						enabled: true,
						headless: true,
						screenshotFailures: false,
						provider: playwright({
							launchOptions: { executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS }
						}),
						instances: [{ browser: 'chromium' }]
					}
				}
			}
		]
	}
});
