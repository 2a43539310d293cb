// The one story state: which step is active, which names the reader chose, whether the map animates and whether the
// reader explores it, which feature's popup is open; and what follows from them (the step in the reader's names, its
// camera, scene, key and labels). Shared through context; each route adds only its adapter (the story page: scrolling
// and the URL; the embed: postMessage and resize; a step page: a fixed first step).
import { getContext, setContext } from 'svelte';
import type { Messages } from '../i18n/messages/en';
import type { CameraTarget } from '../map/camera';
import { isShown, type MapScene } from '../map/layerRegistry';
import { legendFor, type LegendEntry } from '../map/legendFor';
import { BOTH, type FeatureInfo, type LanguageChoice, type NamingMode, type Story, type StoryStep } from '../story/model';
import { renderNames, renderProse } from '../story/renderNames';
import { labelLines } from '../text/lineBreaks';
import { nextIndex, type StepAction } from '../story/stepKeys';
import type { UrlContext } from '../url/urlState';

/** An open popup: which feature, and where it points. */
export interface Selection {
	id: string;
	at: [number, number];
}

/** The build's map data for a page (src/lib/server/storyData.ts). */
export interface StoryMapData {
	/** Each step's camera, resolved against the story's features. */
	targets: CameraTarget[];
	/** Label points of the layers labelled inside their areas, by layer id. */
	labelPoints: Record<string, GeoJSON.FeatureCollection<GeoJSON.Point, { id: string }>>;
	/** Each feature's popup, in the page's language. */
	features: Record<string, FeatureInfo>;
}

export interface StoryStateInit {
	story: Story;
	map: StoryMapData;
	messages: Messages;
	/** A remote style URL replacing the bundled basemap (PUBLIC_BASEMAP_STYLE), or none. */
	basemapStyle?: string | null;
	/** The step to open at (a share page's); the first step when none or unknown. */
	initialStep?: string;
	/** The story's languages, named in themselves, for the language control. */
	languages?: LanguageChoice[];
}

export class StoryState {
	readonly story: Story;
	readonly map: StoryMapData;
	readonly messages: Messages;
	readonly basemapStyle: string | undefined;
	readonly ids: readonly string[];
	readonly count: number;
	/** The naming choices the story offers (its parties, and both). */
	readonly modes: readonly NamingMode[];
	/** What the URL may hold for this story (its steps, naming choices and bounds). */
	readonly urlContext: UrlContext;
	/** The URL prefix of this language's pages ('' for the story's default language). */
	readonly base: string;
	/** The story's languages, named in themselves (empty when the page was given none). */
	readonly languages: readonly LanguageChoice[];

	/** The active step's index. */
	index = $state(0);
	/** Which side's names the text and map use. */
	names = $state<NamingMode>(BOTH);
	/** Whether the map flies and fades (false: it jumps). Starts from the reader's OS setting; the reader may change it. */
	animate = $state(true);
	/** Whether the reader has taken the map to pan and zoom it freely. */
	exploring = $state(false);
	/** The open popup, if any. */
	selected = $state.raw<Selection | null>(null);

	/** Every step in the reader's names (the page shows them all). */
	readonly steps: StoryStep[] = $derived.by(() => this.story.steps.map((s) => renderStep(s, this.names, this.story)));
	readonly step: StoryStep = $derived.by(() => this.steps[this.index] ?? this.steps[0]!);
	readonly target: CameraTarget = $derived.by(() => this.map.targets[this.index] ?? this.map.targets[0]!);
	readonly scene: MapScene = $derived.by(() => ({ layers: this.step.layers, show: this.step.show, highlight: this.step.highlight }));
	readonly legend: LegendEntry[] = $derived.by(() =>
		legendFor(this.scene, this.story.map, this.#legendFeatures, this.story.words.legend).map((e) => ({ ...e, label: this.render(e.label) }))
	);
	/** Each feature's label on the map in the reader's names. */
	readonly labels: Record<string, string> = $derived.by(() =>
		Object.fromEntries(Object.values(this.map.features).map((f) => [f.id, labelLines(this.story.names[f.id]?.[this.names] ?? '')]))
	);
	/** The features drawn in this step, with their names in the reader's mode: the keyboard's route to their popups. */
	readonly visibleFeatures: { id: string; label: string }[] = $derived.by(() =>
		Object.values(this.map.features)
			.filter((f) => this.shown(f.id))
			.map((f) => ({ id: f.id, label: this.titleOf(f.id) }))
	);
	readonly #legendFeatures: Record<string, { layer: string; title?: string; style?: string }>;

	constructor(init: StoryStateInit) {
		this.story = init.story;
		this.map = init.map;
		this.messages = init.messages;
		this.basemapStyle = init.basemapStyle ?? undefined;
		this.ids = init.story.steps.map((s) => s.id);
		this.count = this.ids.length;
		this.modes = init.story.naming.map((n) => n.id);
		this.urlContext = { stepIds: this.ids, modes: this.modes, bounds: init.story.map.bounds };
		this.base = init.story.languages.find((l) => l.lang === init.story.lang)?.base ?? '';
		this.languages = init.languages ?? [];
		this.index = Math.max(0, this.ids.indexOf(init.initialStep ?? ''));
		this.#legendFeatures = Object.fromEntries(
			Object.values(init.map.features).map((f) => [f.id, { layer: f.layer, ...(f.title ? { title: f.title } : {}), ...(f.style ? { style: f.style } : {}) }])
		);
	}

	/** Text with its {placeholders} in the reader's names. */
	render(text: string): string {
		return renderNames(text, this.names, this.story.names);
	}

	/** Whether a feature is drawn in the active step. */
	shown(id: string): boolean {
		const info = this.map.features[id];
		return info !== undefined && isShown(this.story.map, info.layer, id, this.scene);
	}

	/** What a feature is called as a heading (popup, the keyboard list, announcements): a line's title, or the name. */
	titleOf(id: string): string {
		const info = this.map.features[id];
		if (info?.title) return this.render(info.title);
		return this.story.names[id]?.[this.names] ?? id;
	}

	/** Makes step `i` (clamped to the story) active and closes any popup; returns the step's index. */
	goTo(i: number): number {
		if (!Number.isFinite(i)) return this.index;
		const next = Math.max(0, Math.min(this.count - 1, Math.trunc(i)));
		if (next !== this.index) {
			this.selected = null;
			this.index = next;
		}
		return next;
	}

	/** A step given by id; an unknown id changes nothing. */
	goToStep(id: string): number {
		const i = this.ids.indexOf(id);
		return i < 0 ? this.index : this.goTo(i);
	}

	/** Next, previous, first or last. */
	act(action: StepAction): number {
		return this.goTo(nextIndex(action, this.index, this.count));
	}

	/** Opens the popup of feature `id` at its keyboard anchor, or at `at` (a click); an unknown id closes it. */
	select(id: string | null, at?: [number, number]): void {
		const info = id ? this.map.features[id] : undefined;
		this.selected = info ? { id: info.id, at: at ?? info.anchor } : null;
	}
}

/** A step with all its prose in the reader's names: title, opinion, facts, map description, what sources support. */
export function renderStep(step: StoryStep, mode: NamingMode, story: Pick<Story, 'names'>): StoryStep {
	const r = (text: string): string => renderNames(text, mode, story.names);
	return {
		...step,
		title: r(step.title),
		...(step.opinion ? { opinion: step.opinion.map((p) => renderProse(p, mode, story.names)) } : {}),
		facts: step.facts.map((p) => renderProse(p, mode, story.names)),
		mapDescription: r(step.mapDescription),
		citations: step.citations.map((c) => (c.supports === undefined ? c : { ...c, supports: r(c.supports) }))
	};
}

/** What a route's load gives (src/routes/+layout.server.ts): the story in the page's language and its map data. */
export interface StoryPageData {
	story: Story;
	map: StoryMapData;
	basemapStyle?: string | null;
	/** The story's languages as the language control names them (none: the control is not shown). */
	languages?: LanguageChoice[];
}

/**
 * The story state for a page, shared with its components: the story in the page's language, its map data, the page's
 * messages, and the step to open at.
 */
export function createStoryState(data: StoryPageData, messages: Messages, initialStep?: string): StoryState {
	return setStoryState(new StoryState({ story: data.story, map: data.map, messages, basemapStyle: data.basemapStyle, languages: data.languages, initialStep }));
}

const KEY = Symbol('treaty-map story state');

export function setStoryState(state: StoryState): StoryState {
	return setContext(KEY, state);
}

export function getStoryState(): StoryState {
	const state = getContext<StoryState | undefined>(KEY);
	if (!state) throw new Error('getStoryState: no story state; create one in the route with setStoryState(new StoryState(...))');
	return state;
}
