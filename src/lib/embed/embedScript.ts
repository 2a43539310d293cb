// The host-side script served as /embed.js: upgrades the snippet's iframe (and turns older embed markers into iframes)
// of the embed pages, making each follow its content's height and giving it a small API.
// A pure core (URL and option reading, height clamping, a registry that routes messages and queues commands) and a
// thin DOM shell (installEmbeds, boot). Bundled into a standalone IIFE by src/routes/embed.js/+server.ts.
import { EMBED_DEFAULTS, EMBED_INITIAL_HEIGHT_PX, EMBED_TITLE, embedHref, isLangTag, parseFlag } from './embedOptions';
import {
	hostCommand,
	isNamingMode,
	type NamingMode,
	isStepId,
	MESSAGE_SOURCE,
	parseFrameMessage,
	type FrameMessage,
	type FrameMessageType,
	type HostCommand,
	type StepMessage
} from './protocol';

/** The frame's height always stays in this range, whatever it reports: never a sliver, never a runaway page. */
export const MIN_FRAME_HEIGHT_PX = 200;
export const MAX_FRAME_HEIGHT_PX = 4000;
/** Commands sent before the frame says it is listening wait here; the oldest go first if a page floods them. */
const MAX_QUEUED_COMMANDS = 20;
const MAX_TITLE_LENGTH = 200;
/** The attributes of a `<script src=".../embed.js">` tag that ask for a frame right after it. */
const SCRIPT_OPTION_KEYS = ['step', 'names', 'controls', 'interactive', 'lang', 'title'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Pure core

/** A reported height clamped to the sane range, in whole pixels; null for a non-finite one. */
export function clampHeight(height: number): number | null {
	if (!Number.isFinite(height)) return null;
	return Math.min(MAX_FRAME_HEIGHT_PX, Math.max(MIN_FRAME_HEIGHT_PX, Math.ceil(height)));
}

/** The accessible name for a frame: the publisher's `data-title`, or the default. */
export function frameTitle(raw: string | null | undefined): string {
	const title = raw?.trim().slice(0, MAX_TITLE_LENGTH);
	return title || EMBED_TITLE;
}

/** Rebuilds an embed page's address from known options only; unknown keys and malformed values are dropped. */
function knownHref(get: (key: string) => string | null | undefined): string {
	const names = get('names');
	const controls = get('controls');
	const interactive = get('interactive');
	const lang = get('lang');
	return embedHref({
		step: get('step') ?? undefined,
		names: isNamingMode(names) ? names : undefined,
		controls: controls == null ? undefined : parseFlag(controls, EMBED_DEFAULTS.controls),
		interactive: interactive == null ? undefined : parseFlag(interactive, EMBED_DEFAULTS.interactive),
		// Passed on by shape: the frame keeps only a language the site has.
		lang: isLangTag(lang) ? lang : undefined
	});
}

/** An embed page's path, after any base path: `embed`, `embed/`, or a step's `embed/<id>/`. */
const EMBED_PAGE_PATH = /^(.*\/)embed(?:\/([^/]*))?\/?$/;

/**
 * The frame URL for a `data-treaty-map` value, an iframe's src (or `embed` plus a query for a script tag), resolved
 * against the script's own URL. Only an http(s) URL of an embed page on the script's own origin is accepted, so
 * embed.js never frames or drives anything but this app. The result is the step's own embed page (`?step=` moves into
 * the path) with known options only; its hash is dropped.
 */
export function resolveFrameUrl(raw: string | null | undefined, scriptSrc: string): URL | null {
	let url: URL;
	let script: URL;
	try {
		script = new URL(scriptSrc);
		url = new URL(raw?.trim() || 'embed', script);
	} catch {
		return null;
	}
	if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== script.origin) return null;
	const m = EMBED_PAGE_PATH.exec(url.pathname);
	if (!m) return null;
	const pathStep = m[2] || null;
	if (pathStep !== null && !isStepId(pathStep)) return null;
	const params = url.searchParams;
	const href = knownHref((key) => (key === 'step' ? (pathStep ?? params.get('step')) : params.get(key)));
	// embedHref gives a root path; the base path the page was found under is kept.
	return new URL(`${m[1]}${href.slice(1)}`, url.origin);
}

/**
 * The options of a `<script src=".../embed.js" data-step="<step id>" ...>` tag, as an embed page's relative URL and a
 * title; null for a plain loader tag (no option attributes), which only finds the page's embeds.
 */
export function optionsFromDataset(dataset: Readonly<Record<string, string | undefined>>): { url: string; title: string } | null {
	if (!SCRIPT_OPTION_KEYS.some((key) => typeof dataset[key] === 'string')) return null;
	return { url: knownHref((key) => dataset[key]).slice(1), title: frameTitle(dataset.title) };
}

/** Anything with a postMessage, as `iframe.contentWindow` is. */
export interface FrameWindowLike {
	postMessage(message: HostCommand, targetOrigin: string): void;
}

/** What the registry needs of a message event. */
interface MessageEventLike {
	source: unknown;
	origin: string;
	data: unknown;
}

/** What the DOM shell provides for one embed. */
export interface EmbedSurface {
	/** The frame's origin: messages must come from it and commands go only to it. */
	origin: string;
	/** The iframe's current window, or null when it has none. */
	frameWindow(): FrameWindowLike | null;
	setHeight(px: number): void;
	/** Tells the page about a message (the DOM shell dispatches a `treaty-map:<type>` CustomEvent). */
	announce(message: FrameMessage): void;
}

type FrameListener<T extends FrameMessageType> = (message: Extract<FrameMessage, { type: T }>) => void;

/** The host-side API of one embed. Commands return false when refused (a malformed argument, no frame). */
interface EmbedHandle {
	goto(step: string): boolean;
	next(): boolean;
	prev(): boolean;
	names(value: NamingMode): boolean;
	/** Listens for `ready`, `step` or `resize`; returns a function that stops listening. */
	on<T extends FrameMessageType>(type: T, fn: FrameListener<T>): () => void;
	off<T extends FrameMessageType>(type: T, fn: FrameListener<T>): void;
	/** True once the frame has sent anything (commands sent earlier were queued and are delivered then). */
	readonly ready: boolean;
	/** The last step the frame reported, or null before the first. */
	readonly last: StepMessage | null;
	/** The height the frame last asked for, clamped, or null before it did. */
	readonly height: number | null;
}

export interface EmbedRegistry {
	add(surface: EmbedSurface): EmbedHandle;
	remove(handle: EmbedHandle): void;
	/** Routes a message event to the embed whose frame sent it; true when it was a valid message from one. */
	receive(event: MessageEventLike): boolean;
}

function report(error: unknown): void {
	// A throwing listener must not stop the others, but it must not vanish either.
	const g = globalThis as { reportError?: (e: unknown) => void };
	if (g.reportError) g.reportError(error);
	else console.error(error);
}

interface Entry {
	surface: EmbedSurface;
	handle: EmbedHandle;
	accept(message: FrameMessage): void;
}

export function createEmbedRegistry(): EmbedRegistry {
	const entries: Entry[] = [];

	function add(surface: EmbedSurface): EmbedHandle {
		const listeners = new Map<FrameMessageType, Set<(m: FrameMessage) => void>>();
		const queue: HostCommand[] = [];
		let ready = false;
		let last: StepMessage | null = null;
		let height: number | null = null;

		function post(command: HostCommand): boolean {
			const target = surface.frameWindow();
			if (!target) return false;
			target.postMessage(command, surface.origin);
			return true;
		}

		function send(command: HostCommand): boolean {
			if (ready) return post(command);
			queue.push(command);
			if (queue.length > MAX_QUEUED_COMMANDS) queue.shift();
			return true;
		}

		const handle: EmbedHandle = {
			goto: (step) => isStepId(step) && send(hostCommand.goto(step)),
			next: () => send(hostCommand.next()),
			prev: () => send(hostCommand.prev()),
			names: (value) => isNamingMode(value) && send(hostCommand.names(value)),
			on(type, fn) {
				const set = listeners.get(type) ?? new Set();
				set.add(fn as (m: FrameMessage) => void);
				listeners.set(type, set);
				return () => handle.off(type, fn);
			},
			off(type, fn) {
				listeners.get(type)?.delete(fn as (m: FrameMessage) => void);
			},
			get ready() {
				return ready;
			},
			get last() {
				return last;
			},
			get height() {
				return height;
			}
		};

		function accept(message: FrameMessage): void {
			// Every listener and the DOM event see the same object, so none can change it for the others.
			Object.freeze(message);
			if (message.type === 'step') Object.freeze(message.center);
			if (!ready) {
				ready = true;
				for (const command of queue.splice(0)) post(command);
			}
			if (message.type === 'step') last = message;
			if (message.type === 'resize') {
				const h = clampHeight(message.height);
				if (h === null || h === height) return; // same height: nothing changes, nobody is told
				height = h;
				surface.setHeight(h);
			}
			surface.announce(message);
			for (const fn of [...(listeners.get(message.type) ?? [])]) {
				try {
					fn(message);
				} catch (error) {
					report(error);
				}
			}
		}

		entries.push({ surface, handle, accept });
		return handle;
	}

	return {
		add,
		remove(handle) {
			const i = entries.findIndex((e) => e.handle === handle);
			if (i >= 0) entries.splice(i, 1);
		},
		receive(event) {
			if (event.source === null || event.source === undefined) return false;
			const entry = entries.find((e) => e.surface.frameWindow() === event.source);
			if (!entry || event.origin !== entry.surface.origin) return false;
			const message = parseFrameMessage(event.data);
			if (!message) return false;
			entry.accept(message);
			return true;
		}
	};
}

// ---------------------------------------------------------------------------------------------------------------
// DOM shell

export interface DomEmbedHandle extends EmbedHandle {
	/**
	 * Where the embed's DOM events start: the snippet's iframe itself, the `[data-treaty-map]` element, or the div
	 * inserted after an option-carrying script tag.
	 */
	readonly element: HTMLElement;
	readonly iframe: HTMLIFrameElement;
}

/** `window.treatyMap`. */
export interface TreatyMapGlobal {
	readonly source: typeof MESSAGE_SOURCE;
	/** Every live embed on the page, in the order they were found. */
	readonly embeds: DomEmbedHandle[];
	/** Embeds the iframes, containers and script tags added since the last scan (under `root`); returns the new embeds. */
	scan(root?: ParentNode): DomEmbedHandle[];
}

type EmbedContainer = HTMLElement & { treatyMap?: DomEmbedHandle };
type EmbedFrame = HTMLIFrameElement & { treatyMap?: DomEmbedHandle };

function isTreatyMapGlobal(value: unknown): value is TreatyMapGlobal {
	const v = value as Partial<TreatyMapGlobal> | null | undefined;
	return typeof v === 'object' && v !== null && v.source === MESSAGE_SOURCE && typeof v.scan === 'function';
}

function sameOrigin(a: string, b: URL): boolean {
	try {
		return new URL(a).origin === b.origin;
	} catch {
		return false;
	}
}

function samePath(a: string, b: URL): boolean {
	try {
		const url = new URL(a);
		return url.origin === b.origin && url.pathname === b.pathname;
	} catch {
		return false;
	}
}

/** Installs the message listener and returns the page's embed API; `scriptSrc` is embed.js's own absolute URL. */
export function installEmbeds(win: Window, doc: Document, scriptSrc: string): TreatyMapGlobal {
	const registry = createEmbedRegistry();
	const scriptUrl = new URL(scriptSrc);
	const seen = new WeakSet<Element>();
	let embeds: DomEmbedHandle[] = [];

	win.addEventListener('message', (event: MessageEvent) => registry.receive(event));

	/** Makes `iframe` follow its frame's height and answer to the API; DOM events start at `element`. */
	function attach(iframe: HTMLIFrameElement, element: EmbedContainer, origin: string): DomEmbedHandle {
		// Through the CSSOM, not a style attribute, so a host page's CSP style-src does not get in the way.
		iframe.style.display = 'block';
		iframe.style.width = '100%';
		iframe.style.border = '0';
		const core = registry.add({
			origin,
			frameWindow: () => iframe.contentWindow,
			setHeight: (px) => {
				iframe.style.height = `${px}px`;
			},
			announce: (message) => {
				element.dispatchEvent(new CustomEvent(`treaty-map:${message.type}`, { detail: message, bubbles: true }));
			}
		});
		const handle: DomEmbedHandle = Object.assign(core, { element, iframe });
		element.treatyMap = handle;
		embeds.push(handle);
		return handle;
	}

	/** A container (or a script tag's inserted div) gets a new iframe of `url`. */
	function embed(container: EmbedContainer, url: URL, title: string): DomEmbedHandle {
		const iframe = doc.createElement('iframe');
		iframe.src = url.href;
		iframe.title = title;
		iframe.loading = 'lazy';
		iframe.allow = 'fullscreen';
		iframe.style.height = `${EMBED_INITIAL_HEIGHT_PX}px`;
		// Replaces the fallback link the snippet puts inside (replaceChildren would shut out Safari < 14).
		container.textContent = '';
		container.appendChild(iframe);
		return attach(iframe, container, url.origin);
	}

	/**
	 * The snippet's own iframe, already loading or loaded: kept as it is. The quoted link an oEmbed consumer may have
	 * kept before it (the fallback for hosts without scripts) is hidden, and the frame is asked to say again what it
	 * said before this script listened (its `ready`, step and height).
	 */
	function upgrade(iframe: EmbedFrame, url: URL): DomEmbedHandle {
		const quote = iframe.previousElementSibling as HTMLElement | null;
		const link = quote?.tagName === 'BLOCKQUOTE' ? quote.querySelector<HTMLAnchorElement>('a[href]') : null;
		if (quote && link && sameOrigin(link.href, url)) quote.style.display = 'none';
		const handle = attach(iframe, iframe, url.origin);
		iframe.contentWindow?.postMessage(hostCommand.hello(), url.origin);
		return handle;
	}

	function scan(root: ParentNode = doc): DomEmbedHandle[] {
		for (const gone of embeds.filter((h) => !h.iframe.isConnected)) registry.remove(gone);
		embeds = embeds.filter((h) => h.iframe.isConnected);
		const added: DomEmbedHandle[] = [];
		// The snippet's iframe, marked data-treaty-map: upgraded where it stands.
		for (const iframe of Array.from(root.querySelectorAll<EmbedFrame>('iframe[data-treaty-map]'))) {
			if (seen.has(iframe) || iframe.treatyMap) continue;
			seen.add(iframe);
			const raw = iframe.getAttribute('src');
			const url = resolveFrameUrl(raw, scriptUrl.href);
			if (url) added.push(upgrade(iframe, url));
			else console.warn(`treaty-map: ignored an iframe of ${JSON.stringify(raw)}: not an embed page of ${scriptUrl.origin}`);
		}
		// Older snippets: a container that gets an iframe.
		for (const el of Array.from(root.querySelectorAll<EmbedContainer>('[data-treaty-map]'))) {
			if (seen.has(el) || el.treatyMap || el.tagName === 'IFRAME') continue;
			seen.add(el);
			const raw = el.getAttribute('data-treaty-map');
			const url = resolveFrameUrl(raw, scriptUrl.href);
			if (!url) {
				console.warn(`treaty-map: ignored data-treaty-map=${JSON.stringify(raw)}: not an embed page of ${scriptUrl.origin}`);
				continue;
			}
			const handle = embed(el, url, frameTitle(el.getAttribute('data-title')));
			seen.add(handle.iframe);
			added.push(handle);
		}
		for (const script of Array.from(root.querySelectorAll<HTMLScriptElement>('script[src]'))) {
			if (seen.has(script) || !samePath(script.src, scriptUrl)) continue;
			seen.add(script);
			const options = optionsFromDataset(script.dataset);
			const url = options && resolveFrameUrl(options.url, scriptUrl.href);
			const parent = script.parentNode;
			if (!options || !url || !parent) continue;
			const container = doc.createElement('div');
			parent.insertBefore(container, script.nextSibling);
			seen.add(container);
			const handle = embed(container, url, options.title);
			seen.add(handle.iframe);
			added.push(handle);
		}
		return added;
	}

	return {
		source: MESSAGE_SOURCE,
		get embeds() {
			return embeds.slice();
		},
		scan
	};
}

/** embed.js's own URL: the running script's src, or failing that (run as a module, say) the first embed.js tag. */
function ownScriptSrc(doc: Document): string | null {
	const current = doc.currentScript as HTMLScriptElement | null;
	if (current && typeof current.src === 'string' && current.src) return current.src;
	return doc.querySelector<HTMLScriptElement>('script[src*="/embed.js"]')?.src || null;
}

/**
 * Entry point of /embed.js. Idempotent: a second run (the snippet pasted twice, or the script added again
 * later) reuses the first run's `window.treatyMap` and only scans for new embeds.
 */
export function boot(win: Window = window, doc: Document = document): void {
	const host = win as Window & { treatyMap?: unknown };
	const existing = host.treatyMap;
	if (isTreatyMapGlobal(existing)) {
		existing.scan();
		return;
	}
	if (existing !== undefined) return; // somebody else's global: leave it alone
	const src = ownScriptSrc(doc);
	if (!src) return;
	const api = installEmbeds(win, doc, src);
	host.treatyMap = api;
	api.scan();
	// A script early in the page runs before the containers below it exist.
	if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', () => api.scan(), { once: true });
}
