// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
	namespace App {}
	interface Window {
		/** The page's one MapLibre instance, for debugging and browser tests (see README, "Page contract"). */
		__treatyMap?: MapLibreMap;
		/** Step actions the reader took before the app started (src/lib/earlyInput/), until the app takes them. */
		__treatyMapEarly?: string[] | null;
		/** The embed pages' inline script (src/lib/embed/embedFrameScript.js): the content's height, for the app to relay. */
		__treatyMapFrame?: {
			/** The content's natural height in whole CSS px (0 before it is measured). */
			height(): number;
			/** Measures again, watching the elements on the page now. */
			observe(): void;
			/** The app has started: module failures from now on are its own to handle. */
			started(): void;
		};
	}
	interface WindowEventMap {
		/** The embed's content height changed (detail: whole CSS px); fired by embedFrameScript.js. */
		'treaty-map:height': CustomEvent<number>;
	}
}

export {};
