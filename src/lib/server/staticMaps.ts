// Build time only: the static SVG map of every step, from the same geo/ layers, cameras and styles as the live map.
import type { FeatureCollection } from 'geojson';
import { panelPadding } from '../map/camera';
import { renderStaticMap, type StaticMapLayers } from '../static-map/renderStaticMap';
import { renderNames } from '../story/renderNames';
import type { Story } from '../story/types';
import { readLayer, storyMapData } from './mapData';

/** The live map's frame on a common desktop screen: the static map shown in it is framed for this size. */
export const FRAME_VIEWPORT = { width: 1280, height: 800 } as const;

export interface StaticMaps {
	/** Per step, for its text block: no panel, the step's own framing (also what prints). */
	cards: Map<string, string>;
	/** The first step as the sticky map frame shows it on a desktop screen, text panel and all. */
	frame: string;
}

let cached: StaticMaps | null = null;

/** Renders once per build; `panelWidthPx` is the page's text panel, so the frame's map matches MapLibre's first view. */
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
	story.steps.forEach((step, i) => {
		cards.set(
			step.id,
			renderStaticMap({
				id: `static-${step.id}`,
				title: `Map: ${renderNames(step.title, 'both')}`,
				description: renderNames(step.mapDescription, 'both'),
				target: data.targets[i]!,
				scene: { layers: step.layers, show: step.show, highlight: step.highlight },
				geo
			})
		);
	});
	const first = story.steps[0]!;
	const frame = renderStaticMap({
		id: `static-frame-${first.id}`,
		title: `Map: ${renderNames(first.title, 'both')}`,
		description: renderNames(first.mapDescription, 'both'),
		target: data.targets[0]!,
		scene: { layers: first.layers, show: first.show, highlight: first.highlight },
		geo,
		viewport: FRAME_VIEWPORT,
		padding: panelPadding(FRAME_VIEWPORT, panelWidthPx)
	});
	cached = { cards, frame };
	return cached;
}

/** Places each map into its empty placeholder element (`data-static-map="<step id>"` or `"frame"`) in the HTML. */
export function fillStaticMaps(html: string, maps: StaticMaps): string {
	return html.replace(/(<(div|figure)\b[^>]*\bdata-static-map="([a-z0-9-]+)"[^>]*>)(<\/\2>)/g, (whole, open: string, _tag, id: string, close: string) => {
		// The frame's map fills the frame at any size, as MapLibre fills its canvas: crop rather than letterbox.
		const svg = id === 'frame' ? maps.frame.replace('<svg ', '<svg preserveAspectRatio="xMidYMid slice" ') : maps.cards.get(id);
		return svg ? `${open}${svg}${close}` : whole;
	});
}
