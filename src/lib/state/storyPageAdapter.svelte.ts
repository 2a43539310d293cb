// The story page's adapter over the story state: the URL (the step's own page /step/<id>/, names=, view=, written
// with replaceState so Back leaves the page; ?step= is still read), scrolling (the step at the reading line is the active one; choosing a step scrolls to it), the
// keyboard, exploring the map, and what the page announces to screen readers. Create it during a component's setup.
import { tick, untrack } from 'svelte';
import { afterNavigate, replaceState } from '$app/navigation';
import { page } from '$app/state';
import type { Attachment } from 'svelte/attachments';
import type { NamingMode } from '../story/model';
import { WIDE_QUERY } from '../layout/layout';
import { scrollToStep } from '../components/scrollToStep';
import { trackActiveStep } from '../components/trackActiveStep';
import { parseNames, parseUrlState, writeUrlState, type ExploredView } from '../url/urlState';
import { sharePathFor } from '../share/sharePaths';
import { takeEarlyInput } from '../earlyInput/earlyInput';
import { keyLikeFrom, nextIndex, stepKeyAction } from '../story/stepKeys';
import { withoutBreaks } from '../text/lineBreaks';
import type { StoryState } from './storyState.svelte';

/** The naming choice lasts for the session (the URL wins when it names one). */
const NAMES_SESSION_KEY = 'treaty-map:names';

export class StoryPageAdapter {
	readonly state: StoryState;
	/** What the page last told screen readers (the live region's text). */
	announcement = $state('');
	/** Set once the URL has been read, so the first render never writes over a deep link. */
	started = $state(false);
	/** The view the reader has explored to, for ?view=. */
	exploredView = $state.raw<ExploredView | null>(null);
	/** The view a shared explored link opens at. */
	initialView = $state.raw<{ center: [number, number]; zoom: number } | null>(null);
	/** The sticky map's element: on phones it covers the top of the screen, and scrolled-to steps go below it. */
	mapColumn: HTMLElement | undefined = $state();

	/** SvelteKit's router accepts replaceState only once its first navigation (the hydration) has finished. */
	#routerReady = $state(false);
	#programmaticScroll = false;

	constructor(state: StoryState) {
		this.state = state;
		afterNavigate(() => (this.#routerReady = true));

		// The address bar holds what the reader would share: the active step's own page (the front page for the first
		// step), the naming mode and any explored view. replaceState keeps Back for leaving; ?step= is read, not written.
		$effect(() => {
			if (!this.started || !this.#routerReady) return;
			const view = state.exploring ? this.exploredView : null;
			const first = state.ids[0] ?? '';
			const query = writeUrlState(window.location.search, { step: first, names: state.names, view }, first);
			const path = sharePathFor(state.ids, state.index, state.base);
			if (path === window.location.pathname && query === window.location.search) return;
			// One of this site's prerendered pages (the front page or a step's), with its query: no navigation happens.
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			replaceState(`${path}${query}${window.location.hash}`, page.state);
		});

		// Screen readers hear each new step's title and what the map shows (on a step change only: a naming change
		// makes its own announcement).
		$effect(() => {
			if (!this.started) return;
			const i = state.index;
			untrack(
				() => (this.announcement = state.messages.announce.step(i + 1, state.count, withoutBreaks(state.step.title), withoutBreaks(state.step.mapDescription)))
			);
		});
	}

	/** Reads the URL and the reader's settings, then shows the step it names without animating there. Call on mount. */
	start(): void {
		const { state } = this;
		const url = parseUrlState(window.location.search, state.urlContext);
		// Read once, never observed: no reactivity wanted.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const params = new URLSearchParams(window.location.search);
		state.names = params.has('names') ? url.names : parseNames(sessionValue(NAMES_SESSION_KEY), state.modes);
		if (url.view) {
			state.exploring = true;
			this.exploredView = url.view;
			this.initialView = { center: [url.view.lon, url.view.lat], zoom: url.view.zoom };
		}
		state.animate = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
		const start = params.has('step') ? Math.max(0, state.ids.indexOf(url.step)) : state.index;
		state.goTo(start);
		// What the reader pressed before the app started: acted on now, in order, as if pressed now.
		const early = takeEarlyInput();
		for (const action of early) state.act(action);
		if (state.index > 0) void this.#scrollTo(state.step.id, early.length > 0 && state.animate);
		this.started = true;
	}

	/** Makes step `i` active and brings its text to the reading line. */
	async goTo(i: number): Promise<void> {
		if (this.state.exploring) this.backToStory();
		const target = this.state.goTo(i);
		await tick();
		await this.#scrollTo(this.state.ids[target] ?? '', this.state.animate);
	}

	setNames(mode: NamingMode): void {
		const { state } = this;
		if (!state.modes.includes(mode)) return;
		state.names = mode;
		keepSessionValue(NAMES_SESSION_KEY, mode);
		this.announcement = state.messages.announce.names(state.story.naming.find((n) => n.id === mode)?.names ?? mode);
	}

	/** Hands the reader the map, and the keyboard focus with it. */
	explore(): void {
		this.state.exploring = true;
		this.announcement = this.state.messages.announce.exploring;
		requestAnimationFrame(() => window.__treatyMap?.getCanvas().focus());
	}

	/** The map follows the story again, from the step the reader left. */
	backToStory(): void {
		const { state } = this;
		state.exploring = false;
		this.exploredView = null;
		this.initialView = null;
		state.select(null);
		this.announcement = state.messages.announce.backToStory(state.index + 1, state.count, withoutBreaks(state.step.title));
		void this.#scrollTo(state.step.id, false);
	}

	/** The camera after each move; while exploring it is the reader's view, kept in the URL. */
	onview = (v: { center: [number, number]; zoom: number }): void => {
		if (this.state.exploring) this.exploredView = { lon: v.center[0], lat: v.center[1], zoom: v.zoom };
	};

	/** A feature chosen from the keyboard list: its popup opens, and screen readers hear what it says. */
	choose(id: string): void {
		const { state } = this;
		const info = state.map.features[id];
		if (!info) return;
		state.select(id);
		const country = (party: string | undefined): string | undefined => state.story.parties.find((p) => p.id === party)?.country;
		const by = country(info.administeredBy);
		const claim = country(info.claimedBy);
		const status = by && claim ? state.messages.announce.status(by, claim) : '';
		this.announcement = state.messages.announce.feature(state.titleOf(id), state.render(info.description), status);
	}

	/** The story's keys (arrows, Page Up/Down, Home, End), unless a form control or the exploring map wants them. */
	onkeydown = (event: KeyboardEvent): void => {
		const action = stepKeyAction(keyLikeFrom(event, this.state.exploring));
		if (!action || event.defaultPrevented) return;
		event.preventDefault();
		void this.goTo(nextIndex(action, this.state.index, this.state.count));
	};

	/**
	 * The step list's attachment: the step crossing the reading line becomes the active one. While exploring, the
	 * story holds its place; the reader continues there on coming back.
	 */
	trackSteps: Attachment<HTMLElement> = trackActiveStep({
		onactive: (i) => {
			if (this.started && !this.state.exploring) this.state.goTo(i);
		},
		paused: () => this.#programmaticScroll
	});

	/**
	 * The step maps load lazily (and not at all while the live map works); a printout needs every one of them.
	 * A browser that lays out the printout before these downloads finish prints empty boxes on the first try (not
	 * seen in Chromium here; untested elsewhere). Loading all of them for every reader just in case would cost ~290 KB.
	 */
	onbeforeprint = (): void => {
		for (const img of document.querySelectorAll<HTMLImageElement>('img.static-map')) img.loading = 'eager';
	};

	async #scrollTo(id: string, smooth: boolean): Promise<void> {
		const el = document.getElementById(id);
		if (!el) return;
		this.#programmaticScroll = true;
		try {
			await scrollToStep(el, smooth, this.#topInset());
		} finally {
			this.#programmaticScroll = false;
		}
	}

	#topInset(): number {
		return window.matchMedia(WIDE_QUERY).matches ? 0 : (this.mapColumn?.getBoundingClientRect().height ?? 0);
	}
}

/** A value kept for the session, or null where storage is refused (a sandboxed frame, a private mode that throws). */
function sessionValue(key: string): string | null {
	try {
		return sessionStorage.getItem(key);
	} catch {
		return null;
	}
}

function keepSessionValue(key: string, value: string): void {
	try {
		sessionStorage.setItem(key, value);
	} catch {
		// Without storage the choice lasts for the page, which is all a sandboxed frame can keep.
	}
}
