// Build time only: the static SVG map of every step, from the same geo/ layers, cameras and layer registry as the
// live map. Each map is its own prerendered file (src/routes/static-maps/), so the HTML stays small and the first
// paint fast: the page links the maps as images, and the browser fetches only those it shows.
import type { RequestHandler } from '@sveltejs/kit';
import type { FeatureCollection } from 'geojson';
import { BASEMAP_LAYER_IDS, STORY_LAYER_IDS } from '../geo/types';
import type { Messages } from '../i18n/en';
import { DEFAULT_LOCALE, LOCALES } from '../i18n/locales';
import { PANEL_COVER_PX } from '../layout/layout';
import { panelPadding } from '../map/camera';
import { renderStaticMap, type StaticMapLayers } from '../static-map/renderStaticMap';
import { FRAME_VIEWPORT } from '../static-map/viewport';
import { renderNames } from '../story/renderNames';
import { story as defaultStory } from '../story/storyFor';
import type { Story } from '../story/types';
import { readLayer, storyMapData } from './mapData';

export interface StaticMaps {
	/** Per step, for its text block: no panel, the step's own framing (also what prints). */
	cards: Map<string, string>;
	/** Per step, as the sticky map frame shows it on a desktop screen, text panel and all (cropped to fill any frame). */
	frames: Map<string, string>;
}

/** Rendered once per story, text panel and language in a build (every step's two maps come from one call). */
const rendered = new WeakMap<Story, Map<string, StaticMaps>>();

/** Every step's static maps; `panelCoverPx` is what the text panel takes, so a frame's map matches MapLibre's view. */
export function staticMaps(story: Story, panelCoverPx: number, messages: Messages): StaticMaps {
	const key = `${panelCoverPx}|${messages.step.mapAlt('')}`;
	const byKey = rendered.get(story) ?? new Map<string, StaticMaps>();
	rendered.set(story, byKey);
	const cached = byKey.get(key);
	if (cached) return cached;

	const data = storyMapData(story);
	const layers = Object.fromEntries([...BASEMAP_LAYER_IDS, ...STORY_LAYER_IDS].map((id) => [id, readLayer<FeatureCollection>(id)]));
	const geo = { ...layers, islandLabels: data.islandLabels } as unknown as StaticMapLayers;
	const cards = new Map<string, string>();
	const frames = new Map<string, string>();
	story.steps.forEach((step, i) => {
		const common = {
			title: messages.step.mapAlt(renderNames(step.title, 'both')),
			description: renderNames(step.mapDescription, 'both'),
			target: data.targets[i]!,
			scene: { layers: step.layers, show: step.show, highlight: step.highlight },
			geo
		};
		cards.set(step.id, renderStaticMap({ id: `static-${step.id}`, ...common }));
		// The frame's map fills the frame at any size, as MapLibre fills its canvas: crop rather than letterbox.
		const frame = renderStaticMap({ id: `static-frame-${step.id}`, ...common, viewport: FRAME_VIEWPORT, padding: panelPadding(FRAME_VIEWPORT, panelCoverPx) });
		frames.set(step.id, frame.replace('<svg ', '<svg preserveAspectRatio="xMidYMid slice" '));
	});
	const maps = { cards, frames };
	byKey.set(key, maps);
	return maps;
}

/** An SVG map as a prerendered file; an unknown step is a 404 that fails the build, never an empty image. */
export function svgResponse(svg: string | undefined, what: string): Response {
	if (!svg) return new Response(`No static map for ${what}`, { status: 404, headers: { 'content-type': 'text/plain' } });
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
}

/** What a /static-maps/<kind>/<step>.svg route exports: one prerendered file per step of the default story. */
export function staticMapEndpoint(kind: keyof StaticMaps): { entries: () => { id: string }[]; GET: RequestHandler<{ id: string }> } {
	return {
		entries: () => defaultStory.steps.map((s) => ({ id: s.id })),
		GET: ({ params }) => svgResponse(staticMaps(defaultStory, PANEL_COVER_PX, LOCALES[DEFAULT_LOCALE].messages)[kind].get(params.id), `step "${params.id}"`)
	};
}
