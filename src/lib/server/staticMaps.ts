// Build time only: the static SVG maps of every step in a language, from the same layers, cameras and layer
// declarations as the live map. Each map is its own prerendered file (src/routes/[[lang=lang]]/static-maps/), so the
// HTML stays small and the first paint fast: the page links the maps as images, and the browser fetches only those
// it shows. Labels use both sides' names, in the page's language.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RequestHandler } from '@sveltejs/kit';
import type { FeatureCollection, Geometry } from 'geojson';
import { loadMessages } from '../i18n/locales';
import type { Messages } from '../i18n/messages/en';
import { BASEMAP_LAYER_IDS } from '../map/basemapLook';
import { targetAspect, type CameraTarget, type Viewport } from '../map/camera';
import { frameStep, type Rect } from '../map/clearArea';
import { legendFor } from '../map/legendFor';
import { CARD_SIZE, FRONT_PAGE_KEY } from '../share/sharePaths';
import { desktopCovers, narrowMapViewport, phoneCovers } from '../static-map/coverModel';
import { renderStaticMap, type StaticMapLayers, type StoryLayerFeatures } from '../static-map/renderStaticMap';
import { insetLandSvg } from '../static-map/insetMap';
import { CARD_PANEL, socialCardSvg } from '../static-map/socialCard';
import { FRAME_VIEWPORT, PHONE_SCREEN } from '../static-map/viewport';
import { BOTH } from '../story/model';
import { renderNames } from '../story/renderNames';
import { withoutBreaks } from '../text/lineBreaks';
import { LOADED, languageEntries, languageOfPrefix, pageData, storyIn } from './storyData';

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

/** Rendered once per language in a build (every step's maps come from one call). */
const rendered = new Map<string, Promise<StaticMaps>>();

let basemap: Pick<StaticMapLayers, 'world' | 'land' | 'borders'> | null = null;

/** The bundled basemap's layers, read once (basemap/, made by npm run geo). */
function basemapLayers(): Pick<StaticMapLayers, 'world' | 'land' | 'borders'> {
	basemap ??= Object.fromEntries(
		BASEMAP_LAYER_IDS.map((id) => [id, JSON.parse(readFileSync(resolve('basemap', `${id}.geojson`), 'utf8')) as FeatureCollection<Geometry | null>])
	) as Pick<StaticMapLayers, 'world' | 'land' | 'borders'>;
	return basemap;
}

/** Frames a step's camera for a map of `viewport` with these covers, by the live map's rule (clearArea.ts frameStep). */
function framed(target: CameraTarget, viewport: Viewport, covers: readonly Rect[]): ReturnType<typeof frameStep> {
	return frameStep(target, { left: 0, top: 0, right: viewport.width, bottom: viewport.height }, covers);
}

/** Every step's static maps, in one language. */
export function staticMaps(lang: string): Promise<StaticMaps> {
	let maps = rendered.get(lang);
	if (!maps) {
		maps = loadMessages(lang).then((messages) => drawStaticMaps(lang, messages));
		rendered.set(lang, maps);
	}
	return maps;
}

function drawStaticMaps(lang: string, messages: Messages): StaticMaps {
	const { story, map } = pageData(lang);
	const geo: StaticMapLayers = { ...basemapLayers(), story: LOADED.layers as Record<string, StoryLayerFeatures>, labelPoints: LOADED.labelPoints };
	const labels = Object.fromEntries(Object.keys(map.features).map((id) => [id, story.names[id]?.[BOTH] ?? '']));
	// The maps' words are plain text; the cards' titles keep their line-break marks, which their wrapping reads.
	const marked = (text: string): string => renderNames(text, BOTH, story.names);
	const render = (text: string): string => withoutBreaks(marked(text));
	const cards = new Map<string, string>();
	const frames = new Map<string, string>();
	const phones = new Map<string, string>();
	const socials = new Map<string, string>();
	/** The card's map fills the card; the step's features are framed in the part the text panel leaves. */
	const cardCovers: Rect[] = [{ left: 0, top: 0, right: CARD_PANEL.width, bottom: CARD_SIZE.height }];
	story.steps.forEach((step, i) => {
		const target = map.targets[i]!;
		const scene = { layers: step.layers, show: step.show, highlight: step.highlight };
		const common = { title: messages.step.mapAlt(render(step.title)), description: render(step.mapDescription), scene, geo, config: story.map, labels };
		cards.set(step.id, renderStaticMap({ id: `static-${step.id}`, ...common, target }));
		// The frame's map fills the frame at any size, as MapLibre fills its canvas: crop rather than letterbox.
		const legend = legendFor(scene, story.map, map.features, story.words.legend).map((e) => ({ ...e, label: render(e.label) }));
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
				title: marked(step.title),
				story: story.title,
				lang
			})
		);
		// The front page's card: the story's title over its first step's map.
		if (i === 0) socials.set(FRONT_PAGE_KEY, socialCardSvg(cardMap, { site: messages.site.series, kicker: '', title: story.title, story: story.dek, lang }));
	});
	return { cards, frames, phones, socials };
}

/** An SVG map as a prerendered file; an unknown step is a 404 that fails the build, never an empty image. */
export function svgResponse(svg: string | undefined, what: string): Response {
	if (!svg) return new Response(`No static map for ${what}`, { status: 404, headers: { 'content-type': 'text/plain' } });
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
}

/** What a /static-maps/<kind>/<step>.svg route exports: one prerendered file per step and language. */
export function staticMapEndpoint(kind: keyof StaticMaps): {
	entries: () => { lang?: string; id: string }[];
	GET: RequestHandler<{ lang?: string; id: string }>;
} {
	return {
		entries: () => languageEntries().flatMap((l) => storyIn().steps.map((s) => ({ ...l, id: s.id }))),
		GET: async ({ params }) => {
			const lang = languageOfPrefix(params.lang);
			if (!lang) return svgResponse(undefined, `language "${params.lang}"`);
			return svgResponse((await staticMaps(lang))[kind].get(params.id), `step "${params.id}"`);
		}
	};
}

/** /static-maps/inset/<extent id>.svg: the locator inset's land for each of the story's inset extents. */
export function insetMapEndpoint(): { entries: () => { id: string }[]; GET: RequestHandler<{ id: string }> } {
	const extents = storyIn().map.inset;
	return {
		entries: () => extents.map((x) => ({ id: x.id })),
		GET: ({ params }) => {
			const extent = extents.find((x) => x.id === params.id);
			return svgResponse(extent && insetLandSvg(basemapLayers().world, extent.bounds), `inset extent "${params.id}"`);
		}
	};
}
