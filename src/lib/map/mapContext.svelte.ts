// Shares the one MapLibre instance with the components that decorate it (inset, popups), without proxying it.
import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';

export type MapState = 'loading' | 'moving' | 'idle' | 'error';

export class MapContext {
	/** Raw: Svelte must never proxy the MapLibre object. */
	map = $state.raw<MapLibreMap | null>(null);
	/** True once the style and the story layers are in place. */
	loaded = $state(false);
	state = $state<MapState>('loading');
	/** Why the map failed, for the note shown in its place. */
	error = $state<string | null>(null);
	/**
	 * The step whose camera the map has arrived at: idle, following the story, on that step's view. Null while it
	 * moves, loads, explores or has failed. The page contract's `data-map-step`.
	 */
	arrivedStep = $state<string | null>(null);
	/**
	 * The step whose view the camera is at, though the map may still be drawing it: set as soon as the camera stops on
	 * the view (or is already there). The page contract's `data-camera-step`.
	 */
	cameraStep = $state<string | null>(null);
}

const KEY = Symbol('treaty-map map context');

export function createMapContext(): MapContext {
	return setContext(KEY, new MapContext());
}

export function getMapContext(): MapContext {
	const ctx = getContext<MapContext | undefined>(KEY);
	if (!ctx) throw new Error('getMapContext: no map context; wrap the component in the map frame');
	return ctx;
}
