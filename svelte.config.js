// SvelteKit config: a fully prerendered static site (any static host or CDN serves build/ as it is),
// with a Content-Security-Policy <meta> in every page that hashes SvelteKit's own inline script.
import { createHash } from 'node:crypto';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { EARLY_INPUT_SCRIPT } from './src/lib/earlyInput/earlyInputScript.js';
import { EMBED_FRAME_SCRIPT } from './src/lib/embed/embedFrameScript.js';

/**
 * Our inline scripts (SvelteKit hashes its own): allowed by their hashes, so the policy stays strict.
 * @param {string} script
 */
const scriptHash = (script) => `sha256-${createHash('sha256').update(script).digest('base64')}`;

/** A remote basemap (PUBLIC_BASEMAP_STYLE) needs its origin allowed for styles, tiles, glyphs and sprites. */
function basemapOrigins() {
	try {
		const url = new URL(process.env.PUBLIC_BASEMAP_STYLE ?? '');
		return url.protocol === 'https:' || url.hostname === 'localhost' || url.hostname === '127.0.0.1' ? [url.origin] : [];
	} catch {
		return [];
	}
}

const remote = basemapOrigins();

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// BUILD_DIR: another output folder (the tests build a second story beside the default one).
		adapter: adapter({ pages: process.env.BUILD_DIR || 'build', assets: process.env.BUILD_DIR || 'build', fallback: undefined, strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		env: { publicPrefix: 'PUBLIC_' },
		// The site is served from the root of its origin (PUBLIC_SITE_URL). Root-relative asset URLs stay right when the
		// reader moves from page to page of the story and the address changes with replaceState (/ to /step/<id>/).
		paths: { relative: false },
		// Our own CSS is a few KB: inlined, the first paint waits on no stylesheet request. (MapLibre's own CSS is
		// loaded with the map's code, by src/lib/map/loadMapModules.ts.)
		inlineStyleThreshold: 16 * 1024,
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', scriptHash(EARLY_INPUT_SCRIPT), scriptHash(EMBED_FRAME_SCRIPT)],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:', ...remote],
				'font-src': ['self'],
				'connect-src': ['self', ...remote],
				// data: is how MapLibre starts its worker in a frame with an opaque origin (sandbox without allow-same-origin),
				// where Chrome refuses a module worker from a blob: URL. Only a script this policy lets run can create one.
				'worker-src': ['self', 'blob:', 'data:'],
				'child-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
