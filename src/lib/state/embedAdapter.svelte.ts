// The embed's adapter over the story state: options from the URL (step, names, controls, interactive), commands
// from the host page and step reports to it by postMessage (protocol.ts), the content's height (measured by the embed
// pages' inline script, embedFrameScript.js, and relayed here), the links between steps, and the keyboard. Create it
// during a component's setup; call start() on mount.
import { frameMessage, parseHostCommand, type FrameMessage } from '../embed/protocol';
import { embedHref, parseEmbedOptions } from '../embed/embedOptions';
import { takeEarlyInput } from '../earlyInput/earlyInput';
import { keyLikeFrom, stepKeyAction } from '../story/stepKeys';
import type { StoryState } from './storyState.svelte';
import { shareHref } from '../share/sharePaths';

/** What the embed page knows from its route and the build. */
export interface EmbedPageInfo {
	/** The step its path names (`/embed/<step id>/`), or null (`/embed/`, which reads `?step=`). */
	step: string | null;
	/** The public origin the build was told (PUBLIC_SITE_URL), for the full story's address; null when not told. */
	site: string | null;
}

export class EmbedAdapter {
	readonly state: StoryState;
	readonly page: EmbedPageInfo;
	/** Whether the compact stepper is shown. */
	controls = $state(true);
	/** Whether the reader may pan and zoom. */
	interactive = $state(false);
	started = $state(false);
	/** The camera after its last move, for step messages. */
	#camera: { center: [number, number]; zoom: number } | null = null;
	/** The height last reported to the host. */
	#height = 0;

	constructor(state: StoryState, page: EmbedPageInfo = { step: null, site: null }) {
		this.state = state;
		this.page = page;

		// Every step or naming change is reported at once; camera arrivals are reported from onview.
		$effect(() => {
			if (!this.started) return;
			void state.step.id;
			void state.names;
			this.#postStep();
		});
	}

	/** Reads the options, says it is ready, and listens to its parent. Returns the cleanup. Call on mount. */
	start(): () => void {
		const { state } = this;
		const frame = window.__treatyMapFrame;
		// The page is in its path's language: `lang=` asking for another was followed by the inline script already.
		const opts = parseEmbedOptions(window.location.search, state.urlContext, {
			step: this.page.step,
			langs: [state.story.lang],
			defaultLang: state.story.lang
		});
		state.goToStep(opts.step);
		state.names = opts.names;
		// An embed animates (the host page's reader chose to look at it); reduced motion is the OS's, as MapLibre reads it.
		state.animate = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
		this.controls = opts.controls;
		this.interactive = opts.interactive;
		// From here on a failed module is the app's own business, not a sign that it could not start.
		frame?.started();
		// What the reader pressed before the frame's app started: acted on now, in order.
		for (const action of takeEarlyInput()) state.act(action);
		this.started = true;
		this.#post(frameMessage.ready(state.step.id, state.count));

		// The content's height, as the frame's inline script measures it (also for WordPress), in our protocol.
		const onHeight = (): void => this.#postHeight(false);
		window.addEventListener('treaty-map:height', onHeight);
		// The stepper may have been drawn anew by the app: the script observes what is on the page now.
		frame?.observe();
		this.#postHeight(false);

		// Commands from the parent window only; anything else, or anything malformed, is ignored.
		const onMessage = (event: MessageEvent): void => {
			if (window.parent === window || event.source !== window.parent) return;
			const command = parseHostCommand(event.data, state.ids);
			if (!command) return;
			if (command.type === 'hello') {
				// A host script that arrived late: everything it missed, again.
				this.#post(frameMessage.ready(state.step.id, state.count));
				this.#postStep();
				this.#postHeight(true);
			} else if (command.type === 'goto') state.goToStep(command.step);
			else if (command.type === 'next') state.act('next');
			else if (command.type === 'prev') state.act('prev');
			else if (state.modes.includes(command.value)) state.names = command.value;
		};
		window.addEventListener('message', onMessage);
		return () => {
			window.removeEventListener('message', onMessage);
			window.removeEventListener('treaty-map:height', onHeight);
		};
	}

	/** The camera after each move: reported to the host with the step. */
	onview = (v: { center: [number, number]; zoom: number }): void => {
		this.#camera = { center: v.center, zoom: v.zoom };
		if (this.started) this.#postStep();
	};

	onkeydown = (event: KeyboardEvent): void => {
		const action = stepKeyAction(keyLikeFrom(event, this.interactive));
		if (!action || event.defaultPrevented) return;
		event.preventDefault();
		this.state.act(action);
	};

	/** The embed page of the step `offset` away, with this frame's options; null past either end. */
	stepHref(offset: -1 | 1): string | null {
		const { state } = this;
		const step = state.ids[state.index + offset];
		if (step === undefined) return null;
		return embedHref({ step, names: state.names, controls: this.controls, interactive: this.interactive }, state.base);
	}

	/**
	 * The full story at this step (the step's own page; the front page for the first), in this naming mode. Root-relative:
	 * on the frame's own host, which is what WordPress checks before it follows the link.
	 */
	get storyHref(): string {
		const { state } = this;
		return shareHref(state.index === 0 ? null : state.step.id, state.names, state.base);
	}

	/** The full story's public address as a reader would type it (no scheme), shown beside its link. */
	get storyAddress(): string {
		return `${this.page.site ?? ''}${this.storyHref}`.replace(/^https?:\/\//, '');
	}

	/** Messages go to the parent window only; a frame opened on its own has nobody to tell. */
	#post(message: FrameMessage): void {
		if (window.parent !== window) window.parent.postMessage(message, '*');
	}

	#postHeight(again: boolean): void {
		const height = window.__treatyMapFrame?.height() ?? 0;
		if (!height || (height === this.#height && !again)) return;
		this.#height = height;
		this.#post(frameMessage.resize(height));
	}

	#postStep(): void {
		const { state } = this;
		this.#post(
			frameMessage.step({
				step: state.step.id,
				index: state.index,
				count: state.count,
				center: this.#camera?.center ?? state.target.center,
				zoom: this.#camera?.zoom ?? state.target.zoom ?? 0,
				names: state.names
			})
		);
	}
}
