// Build time only: the static SVG map of every step, from the same geo/ layers, cameras and layer registry as the
// live map. Each map is its own prerendered file (src/routes/static-maps/), so the HTML stays small and the first
// paint fast: the page links the maps as images, and the browser fetches only those it shows.
import type { RequestHandler } from '@sveltejs/kit';
import type { FeatureCollection } from 'geojson';
import { BASEMAP_LAYER_IDS, STORY_LAYER_IDS } from '../geo/types';
import type { Messages } from '../i18n/en';
import { DEFAULT_LOCALE, LOCALES } from '../i18n/locales';
import { targetAspect, targetForWidth, type CameraTarget, type Padding, type Viewport } from '../map/camera';
import { clearPadding, type Rect } from '../map/clearArea';
import { legendFor } from '../map/legendFor';
import { desktopCovers, narrowMapViewport, phoneCovers } from '../static-map/coverModel';
import { renderStaticMap, type StaticMapLayers } from '../static-map/renderStaticMap';
import { CARD_PANEL, socialCardSvg } from '../static-map/socialCard';
import { CARD_SIZE, FRONT_PAGE_KEY } from '../share/sharePaths';
import { FRAME_VIEWPORT, PHONE_SCREEN } from '../static-map/viewport';
import { renderNames } from '../story/renderNames';
import { story as defaultStory } from '../story/storyFor';
import type { Story } from '../story/types';
import { readLayer, storyMapData } from './mapData';

export interface StaticMaps {
	/** Per step, for its text block: nothing over it, the step's own framing (also what prints, and what an embed shows). */
	cards: Map<string, string>;
	/** Per step, as the sticky map frame shows it on a desktop screen, around the panel and the key (cropped to fill). */
	frames: Map<string, string>;
	/** Per step, as a phone's map frame shows it: its small camera where it has one, clear of the controls. */
	phones: Map<string, string>;
	/** Per step, and for the front page (FRONT_PAGE_KEY), the social card: the map framed beside its title panel. */
	socials: Map<string, string>;
}

/** Rendered once per story and language in a build (every step's maps come from one call). */
const rendered = new WeakMap<Story, Map<Messages, StaticMaps>>();

/** Frames a step's camera for a map of `viewport` with these covers, by the live map's rule (clearArea.ts). */
function framed(target: CameraTarget, viewport: Viewport, covers: readonly Rect[]): { target: CameraTarget; padding: Padding } {
	const map = { left: 0, top: 0, right: viewport.width, bottom: viewport.height };
	let padding = clearPadding(map, covers, targetAspect(target));
	const aimed = targetForWidth(target, viewport.width - padding.left - padding.right);
	if (aimed !== target) padding = clearPadding(map, covers, targetAspect(aimed));
	return { target: aimed, padding };
}

/** Every step's static maps, in one language. */
export function staticMaps(story: Story, messages: Messages): StaticMaps {
	const byLanguage = rendered.get(story) ?? new Map<Messages, StaticMaps>();
	rendered.set(story, byLanguage);
	const cached = byLanguage.get(messages);
	if (cached) return cached;

	const data = storyMapData(story);
	const layers = Object.fromEntries([...BASEMAP_LAYER_IDS, ...STORY_LAYER_IDS].map((id) => [id, readLayer<FeatureCollection>(id)]));
	const geo = { ...layers, islandLabels: data.islandLabels } as unknown as StaticMapLayers;
	const cards = new Map<string, string>();
	const frames = new Map<string, string>();
	const phones = new Map<string, string>();
	const socials = new Map<string, string>();
	/** The card's map fills the card; the step's features are framed in the part the text panel leaves. */
	const cardCovers: Rect[] = [{ left: 0, top: 0, right: CARD_PANEL.width, bottom: CARD_SIZE.height }];
	story.steps.forEach((step, i) => {
		const target = data.targets[i]!;
		const scene = { layers: step.layers, show: step.show, highlight: step.highlight };
		const common = {
			title: messages.step.mapAlt(renderNames(step.title, 'both')),
			description: renderNames(step.mapDescription, 'both'),
			scene,
			geo
		};
		cards.set(step.id, renderStaticMap({ id: `static-${step.id}`, ...common, target }));
		// The frame's map fills the frame at any size, as MapLibre fills its canvas: crop rather than letterbox.
		const legend = legendFor(scene, data.features, messages.legend).map((e) => ({ ...e, label: renderNames(e.label, 'both') }));
		const desktop = framed(target, FRAME_VIEWPORT, desktopCovers(FRAME_VIEWPORT, legend));
		const frame = renderStaticMap({ id: `static-frame-${step.id}`, ...common, ...desktop, viewport: FRAME_VIEWPORT });
		frames.set(step.id, frame.replace('<svg ', '<svg preserveAspectRatio="xMidYMid slice" '));
		// A phone's map is as tall as the step needs; it is shown whole.
		const phoneMap = narrowMapViewport(PHONE_SCREEN, targetAspect(target.small ?? target) ?? 1.4);
		const phone = framed(target, phoneMap, phoneCovers(phoneMap));
		phones.set(step.id, renderStaticMap({ id: `static-phone-${step.id}`, ...common, ...phone, viewport: phoneMap }));
		const cardMap = renderStaticMap({ id: `card-${step.id}`, ...common, ...framed(target, CARD_SIZE, cardCovers), viewport: CARD_SIZE });
		socials.set(
			step.id,
			socialCardSvg(cardMap, {
				site: messages.site.series,
				kicker: `${messages.step.of(i + 1, story.steps.length)} · ${messages.kind[step.kind].label}`,
				title: renderNames(step.title, 'both'),
				story: story.title
			})
		);
		// The front page's card: the story's title over its first step's map.
		if (i === 0) socials.set(FRONT_PAGE_KEY, socialCardSvg(cardMap, { site: messages.site.series, kicker: '', title: story.title, story: story.dek }));
	});
	const maps = { cards, frames, phones, socials };
	byLanguage.set(messages, maps);
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
		GET: ({ params }) => svgResponse(staticMaps(defaultStory, LOCALES[DEFAULT_LOCALE].messages)[kind].get(params.id), `step "${params.id}"`)
	};
}
