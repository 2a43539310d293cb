// Build time only: the static SVG map of every step, from the same geo/ layers, cameras and styles as the live map.
// Each map is its own prerendered file (src/routes/static-maps/), so the HTML stays small and the first paint fast:
// the page links the maps as images, and the browser fetches only those it shows.
import type { FeatureCollection } from 'geojson';
import { panelPadding } from '../map/camera';
import { renderStaticMap, type StaticMapLayers } from '../static-map/renderStaticMap';
import { FRAME_VIEWPORT } from '../static-map/viewport';
import { renderNames } from '../story/renderNames';
import type { Story } from '../story/types';
import { readLayer, storyMapData } from './mapData';


export interface StaticMaps {
	/** Per step, for its text block: no panel, the step's own framing (also what prints). */
	cards: Map<string, string>;
	/** Per step, as the sticky map frame shows it on a desktop screen, text panel and all (cropped to fill any frame). */
	frames: Map<string, string>;
}

let cached: StaticMaps | null = null;

/** Renders once per build; `panelWidthPx` is the page's text panel, so a frame's map matches MapLibre's view. */
export function staticMaps(story: Story, panelWidthPx: number): StaticMaps {
	if (cached) return cached;
	const data = storyMapData(story);
	const layer = (id: string): FeatureCollection => readLayer(id);
	const geo = {
		world: layer('world'),
		land: layer('land'),
		borders: layer('borders'),
		islands: layer('islands'),
		hokkaido: layer('hokkaido'),
		places: layer('places'),
		lines: layer('lines'),
		islandLabels: data.islandLabels
	} as unknown as StaticMapLayers;
	const cards = new Map<string, string>();
	const frames = new Map<string, string>();
	story.steps.forEach((step, i) => {
		const common = {
			title: `Map: ${renderNames(step.title, 'both')}`,
			description: renderNames(step.mapDescription, 'both'),
			target: data.targets[i]!,
			scene: { layers: step.layers, show: step.show, highlight: step.highlight },
			geo
		};
		cards.set(step.id, renderStaticMap({ id: `static-${step.id}`, ...common }));
		// The frame's map fills the frame at any size, as MapLibre fills its canvas: crop rather than letterbox.
		const frame = renderStaticMap({ id: `static-frame-${step.id}`, ...common, viewport: FRAME_VIEWPORT, padding: panelPadding(FRAME_VIEWPORT, panelWidthPx) });
		frames.set(step.id, frame.replace('<svg ', '<svg preserveAspectRatio="xMidYMid slice" '));
	});
	cached = { cards, frames };
	return cached;
}

/** An SVG map as a prerendered file; an unknown step is a 404 that fails the build, never an empty image. */
export function svgResponse(svg: string | undefined, what: string): Response {
	if (!svg) return new Response(`No static map for ${what}`, { status: 404, headers: { 'content-type': 'text/plain' } });
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
}
