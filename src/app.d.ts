// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
	namespace App {}
	interface Window {
		/** The page's one MapLibre instance, for debugging and browser tests (see README, "Page contract"). */
		__treatyMap?: MapLibreMap;
		/** Step actions the reader took before the app started (src/lib/earlyInput/), until the app takes them. */
		__treatyMapEarly?: string[] | null;
	}
}

export {};
