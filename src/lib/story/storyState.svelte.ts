// The one story state: which step is active, which names the reader chose, whether the map animates and whether the
// reader explores it, which feature's popup is open; and what follows from them (the step in the reader's names, its
// camera, scene and legend). Shared through context; each route adds only its adapter (the story page: scrolling and
// the URL; the embed: postMessage and resize; a step page: a fixed first step).
import { getContext, setContext } from 'svelte';
import type { FeatureInfo } from '../geo/featureInfo';
import type { NamingMode } from '../geo/types';
import type { Messages } from '../i18n/en';
import { getMessages, localeOf } from '../i18n/locales';
import type { CameraTarget } from '../map/camera';
import { isShown, type MapScene } from '../map/layerRegistry';
import { legendFor, type LegendEntry } from '../map/legendFor';
import type { StoryMapData } from '../server/mapData';
import { renderNames, renderStep } from './renderNames';
import { nextIndex, type StepAction } from './stepKeys';
import { storyFor } from './storyFor';
import type { Story, StoryStep } from './types';

/** An open popup: which feature, and where it points. */
export interface Selection {
	id: string;
	at: [number, number];
}

export interface StoryStateInit {
	story: Story;
	/** The build-time map data: cameras, island label points, features. */
	map: Pick<StoryMapData, 'targets' | 'islandLabels' | 'features'>;
	messages: Messages;
	/** A remote style URL replacing the bundled basemap (PUBLIC_BASEMAP_STYLE), or none. */
	basemapStyle?: string | null;
	/** The step to open at (a share page's); the first step when none or unknown. */
	initialStep?: string;
}

/** A feature's name in a naming mode. */
export function nameIn(info: Pick<FeatureInfo, 'label_ja' | 'label_ru' | 'label_both'>, names: NamingMode): string {
	return names === 'ja' ? info.label_ja : names === 'ru' ? info.label_ru : info.label_both;
}

/**
 * What a feature is called as a heading (popup title, the keyboard list, announcements): a place or an island by its
 * name in the reader's mode; a line by what it is, in English ("Treaty of Portsmouth border (1905)"), with any
 * disputed name in it rendered for the mode.
 */
export function titleIn(info: Pick<FeatureInfo, 'kind' | 'name_en' | 'label_ja' | 'label_ru' | 'label_both'>, names: NamingMode): string {
	return info.kind === 'line' ? renderNames(info.name_en, names) : nameIn(info, names);
}

export class StoryState {
	readonly story: Story;
	readonly map: StoryStateInit['map'];
	readonly messages: Messages;
	readonly basemapStyle: string | undefined;
	readonly ids: readonly string[];
	readonly count: number;

	/** The active step's index. */
	index = $state(0);
	/** Which side's names the text and map use. */
	names = $state<NamingMode>('both');
	/** Whether the map flies and fades (false: it jumps). Starts from the reader's OS setting; the reader may change it. */
	animate = $state(true);
	/** Whether the reader has taken the map to pan and zoom it freely. */
	exploring = $state(false);
	/** The open popup, if any. */
	selected = $state.raw<Selection | null>(null);

	/** Every step in the reader's names (the page shows them all). */
	readonly steps: StoryStep[] = $derived.by(() => this.story.steps.map((s) => renderStep(s, this.names)));
	readonly step: StoryStep = $derived.by(() => this.steps[this.index] ?? this.steps[0]!);
	readonly target: CameraTarget = $derived.by(() => this.map.targets[this.index] ?? this.map.targets[0]!);
	readonly scene: MapScene = $derived.by(() => ({ layers: this.step.layers, show: this.step.show, highlight: this.step.highlight }));
	readonly legend: LegendEntry[] = $derived.by(() =>
		legendFor(this.scene, this.map.features, this.messages.legend).map((e) => ({ ...e, label: renderNames(e.label, this.names) }))
	);
	/** The features drawn in this step, with their names in the reader's mode: the keyboard's route to their popups. */
	readonly visibleFeatures: { id: string; label: string }[] = $derived.by(() =>
		Object.values(this.map.features)
			.filter((f) => isShown(f.layer, f.id, this.scene))
			.map((f) => ({ id: f.id, label: titleIn(f, this.names) }))
	);

	constructor(init: StoryStateInit) {
		this.story = init.story;
		this.map = init.map;
		this.messages = init.messages;
		this.basemapStyle = init.basemapStyle ?? undefined;
		this.ids = init.story.steps.map((s) => s.id);
		this.count = this.ids.length;
		this.index = Math.max(0, this.ids.indexOf(init.initialStep ?? ''));
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

/** What a route's load gives (src/routes/+layout.server.ts): the map data and the publisher's basemap setting. */
export type StoryPageData = StoryStateInit['map'] & { basemapStyle?: string | null };

/**
 * The story state for a page, shared with its components: the story in the page's language (its strings come from
 * the layout's messages), the build's map data, and the step to open at.
 */
export function createStoryState(data: StoryPageData, initialStep?: string): StoryState {
	const messages = getMessages();
	return setStoryState(new StoryState({ story: storyFor(localeOf(messages)), map: data, messages, basemapStyle: data.basemapStyle, initialStep }));
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
