// The URL is state: one parser and one writer for ?step=, names= and view=, forgiving of anything malformed.
import type { BBox } from '../geo/types';
import { STORY_MAX_ZOOM } from '../text/ids';
import { BOTH, type NamingMode } from '../story/model';

export interface ExploredView {
	lon: number;
	lat: number;
	zoom: number;
}

export interface UrlState {
	/** A known step id (the first step when the URL names none or an unknown one). */
	step: string;
	names: NamingMode;
	/** A panned view to restore, or null. */
	view: ExploredView | null;
}

/** The naming choice a link without names= gets: both sides' names. */
export const DEFAULT_NAMES: NamingMode = BOTH;

/** What the URL may hold for this story: its steps, its naming choices, its bounds. */
export interface UrlContext {
	stepIds: readonly string[];
	modes: readonly NamingMode[];
	bounds: BBox;
}

/** Reads the URL's state; every bad or unknown value falls back to its default, silently. */
export function parseUrlState(search: string | URLSearchParams, story: UrlContext): UrlState {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const first = story.stepIds[0] ?? '';
	const rawStep = params.get('step');
	const step = rawStep !== null && story.stepIds.includes(rawStep) ? rawStep : first;
	return { step, names: parseNames(params.get('names'), story.modes), view: parseView(params.get('view'), story.bounds) };
}

/** One of the story's naming choices, or both sides' names for anything else. */
export function parseNames(raw: string | null | undefined, modes: readonly NamingMode[]): NamingMode {
	return modes.find((m) => m === raw) ?? DEFAULT_NAMES;
}

/** `lon,lat,zoom`, each a plain decimal within the story's bounds; anything else is ignored. */
export function parseView(raw: string | null | undefined, bounds: BBox): ExploredView | null {
	if (!raw) return null;
	const parts = raw.split(',');
	if (parts.length !== 3 || !parts.every((p) => /^-?\d{1,3}(\.\d{1,8})?$/.test(p.trim()))) return null;
	const [lon, lat, zoom] = parts.map(Number) as [number, number, number];
	const [w, s, e, n] = bounds;
	if (lon < w || lon > e || lat < s || lat > n || zoom < 0 || zoom > STORY_MAX_ZOOM) return null;
	return { lon, lat, zoom };
}

/** Writes state into a query string, leaving defaults out so shared links stay short. Other params are kept. */
export function writeUrlState(current: string, state: Partial<UrlState>, firstStep: string): string {
	const params = new URLSearchParams(current);
	if (state.step !== undefined) {
		if (state.step === firstStep) params.delete('step');
		else params.set('step', state.step);
	}
	if (state.names !== undefined) {
		if (state.names === DEFAULT_NAMES) params.delete('names');
		else params.set('names', state.names);
	}
	if (state.view !== undefined) {
		if (state.view === null) params.delete('view');
		else params.set('view', formatView(state.view));
	}
	const query = params.toString();
	return query ? `?${query}` : '';
}

export function formatView(v: ExploredView): string {
	return `${v.lon.toFixed(4)},${v.lat.toFixed(4)},${v.zoom.toFixed(2)}`;
}
