// The embed's adapter over the story state: options from the URL (step, names, controls, interactive), commands from
// the host page and step reports to it by postMessage (protocol.ts), the content's height, and the keyboard. Create it
// during a component's setup; call start() on mount.
import { frameMessage, parseHostCommand, type FrameMessage } from '../embed/protocol';
import { parseEmbedOptions } from '../embed/embedOptions';
import { takeEarlyInput } from '../earlyInput/earlyInput';
import { keyLikeFrom, stepKeyAction } from '../story/stepKeys';
import type { StoryState } from './storyState.svelte';
import { shareHref } from '../share/sharePaths';

export class EmbedAdapter {
	readonly state: StoryState;
	/** Whether the compact stepper is shown. */
	controls = $state(true);
	/** Whether the reader may pan and zoom. */
	interactive = $state(false);
	started = $state(false);
	/** The map's natural height for the frame's width (a hidden element measured, never shown). */
	sizer: HTMLElement | undefined = $state();
	/** The stepper, whose height adds to the map's. */
	chrome: HTMLElement | undefined = $state();
	/** The camera after its last move, for step messages. */
	#camera: { center: [number, number]; zoom: number } | null = null;

	constructor(state: StoryState) {
		this.state = state;

		// Every step or naming change is reported at once; camera arrivals are reported from onview.
		$effect(() => {
			if (!this.started) return;
			void state.step.id;
			void state.names;
			this.#postStep();
		});

		// The height the content wants: the map's natural height for this width plus the stepper, independent of the
		// frame's own height, so a host that follows it never feeds back into it.
		$effect(() => {
			const sizer = this.sizer;
			if (!this.started || !sizer) return;
			const chrome = this.chrome;
			let last = -1;
			const report = (): void => {
				const chromeHeight = chrome?.getBoundingClientRect().height ?? 0;
				const rounded = Math.ceil(sizer.getBoundingClientRect().height + chromeHeight);
				if (rounded === last) return;
				last = rounded;
				document.documentElement.style.setProperty('--chrome-height', `${chromeHeight}px`);
				this.#post(frameMessage.resize(rounded));
			};
			const observer = new ResizeObserver(report);
			observer.observe(sizer);
			if (chrome) observer.observe(chrome);
			report();
			return () => observer.disconnect();
		});
	}

	/** Reads the options, says it is ready, and listens to its parent. Returns the cleanup. Call on mount. */
	start(): () => void {
		const { state } = this;
		const opts = parseEmbedOptions(window.location.search, state.urlContext);
		state.goToStep(opts.step);
		state.names = opts.names;
		// An embed animates (the host page's reader chose to look at it); reduced motion is the OS's, as MapLibre reads it.
		state.animate = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
		this.controls = opts.controls;
		this.interactive = opts.interactive;
		// What the reader pressed before the frame's app started: acted on now, in order.
		for (const action of takeEarlyInput()) state.act(action);
		this.started = true;
		this.#post(frameMessage.ready(state.step.id, state.count));

		// Commands from the parent window only; anything else, or anything malformed, is ignored.
		const onMessage = (event: MessageEvent): void => {
			if (window.parent === window || event.source !== window.parent) return;
			const command = parseHostCommand(event.data, state.ids);
			if (!command) return;
			if (command.type === 'goto') state.goToStep(command.step);
			else if (command.type === 'next') state.act('next');
			else if (command.type === 'prev') state.act('prev');
			else if (state.modes.includes(command.value)) state.names = command.value;
		};
		window.addEventListener('message', onMessage);
		return () => window.removeEventListener('message', onMessage);
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

	/** The full story at this step (the step's own page; the front page for the first), in this naming mode. */
	get storyHref(): string {
		const { state } = this;
		return shareHref(state.index === 0 ? null : state.step.id, state.names, state.base);
	}

	/** Messages go to the parent window only; a frame opened on its own has nobody to tell. */
	#post(message: FrameMessage): void {
		if (window.parent !== window) window.parent.postMessage(message, '*');
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
