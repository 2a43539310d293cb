// Vite config: SvelteKit, a build that refuses bad story or geo data, and the unit tests in two projects:
// plain logic in Node, and components in real Chromium (Vitest's browser mode, Debian's Chromium as for the specs).
import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
// With its extension: the config's own imports are loaded by Node as they are written.
import { layoutCss } from './src/lib/layout/layoutCss.ts';
import { maplibreFromSource } from './scripts/maplibreFromSource.ts';
import type { Plugin } from 'vite';
import { tsImport } from 'tsx/esm/api';

/**
 * The story folder (STORY, else the default story) as the site's content: read and checked at build start, served to
 * the build as virtual modules, watched in development (scripts/storyContentPlugin.ts). Its code is loaded through
 * tsx when the first hook runs, so this config stays a plain module for Vite's config loader.
 */
function storyContentPlugin(): Plugin {
	type Impl = typeof import('./scripts/storyContentPlugin.ts');
	let plugin: Promise<Plugin> | null = null;
	const real = (): Promise<Plugin> =>
		(plugin ??= Promise.all([
			tsImport('./scripts/storyContentPlugin.ts', import.meta.url) as Promise<Impl>,
			tsImport('./scripts/storyDir.ts', import.meta.url) as Promise<typeof import('./scripts/storyDir.ts')>
		]).then(([impl, dir]) => impl.storyContent({ dir: dir.storyDir() })));
	type Hook = (this: unknown, ...args: unknown[]) => unknown;
	const call = (name: 'buildStart' | 'resolveId' | 'load' | 'configureServer'): Hook =>
		async function (this: unknown, ...args: unknown[]) {
			const hook = (await real())[name] as Hook | { handler: Hook } | undefined;
			const fn = typeof hook === 'function' ? hook : hook?.handler;
			return fn?.apply(this, args);
		};
	return {
		name: 'treaty-map:story-content',
		enforce: 'pre',
		buildStart: call('buildStart'),
		resolveId: call('resolveId'),
		load: call('load'),
		configureServer: call('configureServer')
	} as Plugin;
}

const CHROMIUM_ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-quic', '--no-sandbox', '--disable-background-networking'];

export default defineConfig({
	// MapLibre from its sources, its worker an entry of the same build: one copy of the code both use.
	plugins: [storyContentPlugin(), maplibreFromSource(), sveltekit()],
	server: { port: 5173, strictPort: false },
	// The layout's breakpoint and panel width, from src/lib/layout/layout.ts, in every stylesheet.
	css: { postcss: { plugins: [layoutCss()] } },
	// geo/ layers stay files of their own (cached, fetched after the text), never inlined as data: URLs.
	// MapLibre (about 1 MB minified) is its own chunk, loaded only after the text has painted.
	build: { assetsInlineLimit: (file: string) => (file.endsWith('.geojson') ? false : undefined), chunkSizeWarningLimit: 1200 },
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
					// Tests that read whole story folders take a few seconds on a loaded 2-core machine: time is no assertion.
					testTimeout: 30_000,
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
