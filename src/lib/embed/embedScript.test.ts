import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	boot,
	clampHeight,
	createEmbedRegistry,
	frameTitle,
	installEmbeds,
	MAX_FRAME_HEIGHT_PX,
	MIN_FRAME_HEIGHT_PX,
	optionsFromDataset,
	resolveFrameUrl,
	type DomEmbedHandle,
	type EmbedSurface,
	type FrameWindowLike,
	type TreatyMapGlobal
} from './embedScript';
import { EMBED_TITLE } from './embedOptions';
import { frameMessage, MESSAGE_SOURCE, type FrameMessage, type HostCommand } from './protocol';

const SCRIPT = 'https://maps.example.org/embed.js';
const ORIGIN = 'https://maps.example.org';
const source = MESSAGE_SOURCE;

afterEach(() => {
	vi.restoreAllMocks();
});

describe('clampHeight', () => {
	it.each([
		[612, 612],
		[612.2, 613],
		[MIN_FRAME_HEIGHT_PX, MIN_FRAME_HEIGHT_PX],
		[0, MIN_FRAME_HEIGHT_PX],
		[-50, MIN_FRAME_HEIGHT_PX],
		[MAX_FRAME_HEIGHT_PX, MAX_FRAME_HEIGHT_PX],
		[99_999, MAX_FRAME_HEIGHT_PX],
		[Number.MAX_VALUE, MAX_FRAME_HEIGHT_PX]
	])('clamps %s to %s', (height, expected) => {
		expect(clampHeight(height)).toBe(expected);
	});

	it.each([NaN, Infinity, -Infinity])('refuses %s', (height) => {
		expect(clampHeight(height)).toBeNull();
	});
});

describe('frameTitle', () => {
	it('uses the given title, trimmed and bounded, or the default', () => {
		expect(frameTitle(' Nagato, 2016 ')).toBe('Nagato, 2016');
		expect(frameTitle('x'.repeat(1000))).toHaveLength(200);
		expect(frameTitle('')).toBe(EMBED_TITLE);
		expect(frameTitle('   ')).toBe(EMBED_TITLE);
		expect(frameTitle(null)).toBe(EMBED_TITLE);
	});
});

describe('resolveFrameUrl', () => {
	it.each([
		['/embed?step=nagato', `${ORIGIN}/embed/nagato/`],
		['/embed/?step=nagato', `${ORIGIN}/embed/nagato/`],
		['/embed/nagato/', `${ORIGIN}/embed/nagato/`],
		['/embed/nagato', `${ORIGIN}/embed/nagato/`],
		['/embed/nagato/?step=aegis-ashore', `${ORIGIN}/embed/nagato/`],
		['embed?names=ja', `${ORIGIN}/embed/?names=ja`],
		['', `${ORIGIN}/embed/`],
		[null, `${ORIGIN}/embed/`],
		['/embed/', `${ORIGIN}/embed/`],
		[`${ORIGIN}/embed?step=nagato&names=ru&controls=no&interactive=true&lang=ja`, `${ORIGIN}/embed/nagato/?names=ru&controls=0&interactive=1&lang=ja`],
		['/embed/nagato/#?secret=abcdefghij', `${ORIGIN}/embed/nagato/`],
		['/embed?step=nagato&evil=%3Cscript%3E&view=1,2,3', `${ORIGIN}/embed/nagato/`],
		['/embed?step=%22%3E%3Cscript%3E&names=e%20n&controls=maybe&lang=%3Cb%3E', `${ORIGIN}/embed/`],
		['/embed?controls=1&interactive=0', `${ORIGIN}/embed/`],
		// A language's own embed pages keep their prefix.
		['/ja/embed/nagato/?names=ru', `${ORIGIN}/ja/embed/nagato/?names=ru`],
		['/zh/embed?step=nagato', `${ORIGIN}/zh/embed/nagato/`]
	])('resolves %j against the script to %s', (raw, expected) => {
		expect(resolveFrameUrl(raw, SCRIPT)?.href).toBe(expected);
	});

	it('resolves against a script under a base path', () => {
		expect(resolveFrameUrl('', 'https://example.org/treaty-map/embed.js?v=2')?.href).toBe('https://example.org/treaty-map/embed/');
		expect(resolveFrameUrl('embed?step=nagato', 'https://example.org/treaty-map/embed.js')?.href).toBe('https://example.org/treaty-map/embed/nagato/');
	});

	it.each([
		['another origin', 'https://evil.example/embed'],
		['a protocol-relative URL to another host', '//evil.example/embed'],
		['another port', 'https://maps.example.org:8443/embed'],
		['http instead of https', 'http://maps.example.org/embed'],
		['a javascript: URL', 'javascript:alert(1)//embed'],
		['a data: URL', 'data:text/html,<script>alert(1)</script>/embed'],
		['the story page', '/'],
		['a step page', '/step/nagato/'],
		['another page', '/admin'],
		['a path that only ends like embed', '/notembed'],
		['a path climbing out', '/embed/../admin'],
		['a malformed step in the path', '/embed/Nagato/'],
		['a path below a step', '/embed/nagato/more/'],
		['an unparseable URL', 'https://[::1'],
		['a page of the same name elsewhere', '/embed.js']
	])('refuses %s', (_, raw) => {
		expect(resolveFrameUrl(raw, SCRIPT)).toBeNull();
	});

	it('refuses everything when the script has no http(s) origin', () => {
		expect(resolveFrameUrl('javascript:alert(1)//embed', 'file:///tmp/embed.js')).toBeNull();
		expect(resolveFrameUrl('embed', 'file:///tmp/embed.js')).toBeNull();
		expect(resolveFrameUrl('embed', 'not a url')).toBeNull();
	});
});

describe('optionsFromDataset', () => {
	it('is null for a plain loader tag', () => {
		expect(optionsFromDataset({})).toBeNull();
		expect(optionsFromDataset({ other: 'x' })).toBeNull();
	});

	it('reads the options of a script tag, known values only', () => {
		expect(optionsFromDataset({ step: 'nagato', names: 'ja' })).toEqual({ url: 'embed/nagato/?names=ja', title: EMBED_TITLE });
		expect(optionsFromDataset({ interactive: 'yes', controls: 'false', title: 'Nagato', lang: 'ja' })).toEqual({
			url: 'embed/?controls=0&interactive=1&lang=ja',
			title: 'Nagato'
		});
		expect(optionsFromDataset({ step: '"><img src=x onerror=alert(1)>', names: 'Klingon!' })).toEqual({ url: 'embed/', title: EMBED_TITLE });
		expect(optionsFromDataset({ step: '' })).toEqual({ url: 'embed/', title: EMBED_TITLE });
	});
});

// ---------------------------------------------------------------------------------------------------------------
// The registry: routing by window and origin, queueing, listeners

class FakeFrameWindow implements FrameWindowLike {
	posted: [HostCommand, string][] = [];
	postMessage(message: HostCommand, targetOrigin: string): void {
		this.posted.push([message, targetOrigin]);
	}
}

function fakeSurface(origin = ORIGIN) {
	const win = new FakeFrameWindow();
	const heights: number[] = [];
	const announced: FrameMessage[] = [];
	const surface: EmbedSurface = {
		origin,
		frameWindow: () => win,
		setHeight: (px) => heights.push(px),
		announce: (m) => announced.push(m)
	};
	return { win, heights, announced, surface };
}

const ready = frameMessage.ready('nagato', 3);
const stepMsg = frameMessage.step({ step: 'nagato', index: 2, count: 3, center: [131.2, 34.4], zoom: 6, names: 'both' });

describe('createEmbedRegistry', () => {
	it('routes each message to the embed whose frame sent it', () => {
		const registry = createEmbedRegistry();
		const a = fakeSurface();
		const b = fakeSurface();
		const ha = registry.add(a.surface);
		const hb = registry.add(b.surface);
		expect(registry.receive({ source: b.win, origin: ORIGIN, data: stepMsg })).toBe(true);
		expect(hb.last).toEqual(stepMsg);
		expect(ha.last).toBeNull();
		expect(a.announced).toEqual([]);
		expect(b.announced).toEqual([stepMsg]);
	});

	it.each<[string, unknown, string, unknown]>([
		['another window', new FakeFrameWindow(), ORIGIN, stepMsg],
		['no window', null, ORIGIN, stepMsg],
		['the right window but another origin', 'A', 'https://evil.example', stepMsg],
		['the right window but the opaque origin', 'A', 'null', stepMsg],
		['another source', 'A', ORIGIN, { ...stepMsg, source: 'pym' }],
		['a malformed message', 'A', ORIGIN, { source, type: 'resize', height: NaN }],
		['a string', 'A', ORIGIN, JSON.stringify(stepMsg)],
		['null', 'A', ORIGIN, null]
	])('ignores a message from %s', (_, from, origin, data) => {
		const registry = createEmbedRegistry();
		const a = fakeSurface();
		const handle = registry.add(a.surface);
		expect(registry.receive({ source: from === 'A' ? a.win : from, origin, data })).toBe(false);
		expect(handle.ready).toBe(false);
		expect(a.announced).toEqual([]);
	});

	it('queues commands until the frame speaks, then posts them to its origin only', () => {
		const registry = createEmbedRegistry();
		const a = fakeSurface();
		const handle = registry.add(a.surface);
		expect(handle.goto('nagato')).toBe(true);
		expect(handle.names('ja')).toBe(true);
		expect(a.win.posted).toEqual([]);
		registry.receive({ source: a.win, origin: ORIGIN, data: ready });
		expect(handle.ready).toBe(true);
		expect(handle.next()).toBe(true);
		expect(handle.prev()).toBe(true);
		expect(a.win.posted).toEqual([
			[{ source, type: 'goto', step: 'nagato' }, ORIGIN],
			[{ source, type: 'names', value: 'ja' }, ORIGIN],
			[{ source, type: 'next' }, ORIGIN],
			[{ source, type: 'prev' }, ORIGIN]
		]);
		expect(a.win.posted.every(([, target]) => target !== '*')).toBe(true);
	});

	it('keeps only the latest commands while the frame is not ready', () => {
		const registry = createEmbedRegistry();
		const a = fakeSurface();
		const handle = registry.add(a.surface);
		for (let i = 0; i < 50; i++) handle.next();
		handle.prev();
		registry.receive({ source: a.win, origin: ORIGIN, data: ready });
		expect(a.win.posted).toHaveLength(20);
		expect(a.win.posted.at(-1)?.[0]).toEqual({ source, type: 'prev' });
	});

	it('refuses malformed commands without posting them', () => {
		const registry = createEmbedRegistry();
		const a = fakeSurface();
		const handle = registry.add(a.surface);
		registry.receive({ source: a.win, origin: ORIGIN, data: ready });
		expect(handle.goto('"><script>')).toBe(false);
		expect(handle.goto(3 as unknown as string)).toBe(false);
		expect(handle.names('e n')).toBe(false);
		expect(a.win.posted).toEqual([]);
	});

	it('refuses to post when the frame has no window', () => {
		const registry = createEmbedRegistry();
		const a = fakeSurface();
		let win: FakeFrameWindow | null = a.win;
		const handle = registry.add({ ...a.surface, frameWindow: () => win });
		registry.receive({ source: a.win, origin: ORIGIN, data: ready });
		win = null;
		expect(handle.next()).toBe(false);
	});

	it('clamps heights and skips repeats', () => {
		const registry = createEmbedRegistry();
		const a = fakeSurface();
		const handle = registry.add(a.surface);
		for (const height of [50, 50, 612.4, 613, 10_000]) registry.receive({ source: a.win, origin: ORIGIN, data: { source, type: 'resize', height } });
		expect(a.heights).toEqual([MIN_FRAME_HEIGHT_PX, 613, MAX_FRAME_HEIGHT_PX]);
		expect(handle.height).toBe(MAX_FRAME_HEIGHT_PX);
		expect(a.announced.map((m) => m.type === 'resize' && m.height)).toEqual([50, 612.4, 10_000]);
	});

	it('calls listeners by type, and stops when asked', () => {
		const registry = createEmbedRegistry();
		const a = fakeSurface();
		const handle = registry.add(a.surface);
		const steps: string[] = [];
		const readies: number[] = [];
		const onStep = (m: { step: string }) => steps.push(m.step);
		const stop = handle.on('ready', (m) => readies.push(m.count));
		handle.on('step', onStep);
		registry.receive({ source: a.win, origin: ORIGIN, data: ready });
		registry.receive({ source: a.win, origin: ORIGIN, data: stepMsg });
		stop();
		handle.off('step', onStep);
		registry.receive({ source: a.win, origin: ORIGIN, data: ready });
		registry.receive({ source: a.win, origin: ORIGIN, data: stepMsg });
		expect(readies).toEqual([3]);
		expect(steps).toEqual(['nagato']);
	});

	it('keeps calling listeners after one throws, and reports the error', () => {
		const registry = createEmbedRegistry();
		const a = fakeSurface();
		const handle = registry.add(a.surface);
		const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
		const seen: string[] = [];
		handle.on('step', () => {
			throw new Error('listener bug');
		});
		handle.on('step', (m) => seen.push(m.step));
		registry.receive({ source: a.win, origin: ORIGIN, data: stepMsg });
		expect(seen).toEqual(['nagato']);
		expect(errors).toHaveBeenCalledWith(expect.objectContaining({ message: 'listener bug' }));
	});

	it('hands listeners a frozen message, so none can change it for the others', () => {
		const registry = createEmbedRegistry();
		const a = fakeSurface();
		const handle = registry.add(a.surface);
		let frozen = false;
		handle.on('step', (m) => {
			frozen = Object.isFrozen(m) && Object.isFrozen(m.center);
		});
		registry.receive({ source: a.win, origin: ORIGIN, data: structuredClone(stepMsg) });
		expect(frozen).toBe(true);
	});

	it('forgets a removed embed', () => {
		const registry = createEmbedRegistry();
		const a = fakeSurface();
		const handle = registry.add(a.surface);
		registry.remove(handle);
		expect(registry.receive({ source: a.win, origin: ORIGIN, data: stepMsg })).toBe(false);
	});
});

// ---------------------------------------------------------------------------------------------------------------
// The DOM shell, against a small fake DOM (vitest runs in Node, without jsdom)

class FakeNode {
	parentNode: FakeNode | null = null;
	children: FakeElement[] = [];
	events: CustomEvent[] = [];

	appendChild(child: FakeElement): FakeElement {
		return this.insertBefore(child, null);
	}
	insertBefore(child: FakeElement, ref: FakeElement | null): FakeElement {
		child.parentNode?.removeChild(child);
		const i = ref ? this.children.indexOf(ref) : -1;
		this.children.splice(i < 0 ? this.children.length : i, 0, child);
		child.parentNode = this;
		return child;
	}
	removeChild(child: FakeElement): void {
		this.children = this.children.filter((c) => c !== child);
		child.parentNode = null;
	}
	get isConnected(): boolean {
		let node: FakeNode | null = this.parentNode;
		while (node && !(node instanceof FakeDocument)) node = node.parentNode;
		return node !== null || this instanceof FakeDocument;
	}
	descendants(): FakeElement[] {
		return this.children.flatMap((c) => [c, ...c.descendants()]);
	}
	querySelectorAll(selector: string): FakeElement[] {
		const match: Record<string, (e: FakeElement) => boolean> = {
			'[data-treaty-map]': (e) => e.attributes.has('data-treaty-map'),
			'iframe[data-treaty-map]': (e) => e.tagName === 'IFRAME' && e.attributes.has('data-treaty-map'),
			'a[href]': (e) => e.tagName === 'A' && e.attributes.has('href'),
			'script[src]': (e) => e.tagName === 'SCRIPT' && e.src !== '',
			'script[src*="/embed.js"]': (e) => e.tagName === 'SCRIPT' && e.src.includes('/embed.js')
		};
		const test = match[selector];
		if (!test) throw new Error(`fake DOM: no selector ${selector}`);
		return this.descendants().filter(test);
	}
	querySelector(selector: string): FakeElement | null {
		return this.querySelectorAll(selector)[0] ?? null;
	}
	dispatchEvent(event: CustomEvent): boolean {
		this.events.push(event);
		for (let node = event.bubbles ? this.parentNode : null; node; node = node.parentNode) node.events.push(event);
		return true;
	}
}

class FakeElement extends FakeNode {
	attributes = new Map<string, string>();
	dataset: Record<string, string> = {};
	style: Record<string, string> = {};
	src = '';
	title = '';
	loading = '';
	allow = '';
	contentWindow: FakeFrameWindow | null = null;
	treatyMap?: DomEmbedHandle;

	constructor(readonly tagName: string) {
		super();
		if (tagName === 'IFRAME') this.contentWindow = new FakeFrameWindow();
	}
	getAttribute(name: string): string | null {
		return this.attributes.get(name) ?? null;
	}
	/** Links resolve against the publisher's page, as a browser's do. */
	get href(): string {
		return new URL(this.attributes.get('href') ?? '', 'https://news.example.com/story').href;
	}
	get previousElementSibling(): FakeElement | null {
		const siblings = this.parentNode?.children ?? [];
		return siblings[siblings.indexOf(this) - 1] ?? null;
	}
	setAttribute(name: string, value: string): void {
		this.attributes.set(name, value);
		if (name.startsWith('data-')) this.dataset[name.slice(5).replace(/-(\w)/g, (_, c: string) => c.toUpperCase())] = value;
	}
	/** Only clearing is supported, which is all embed.js does. */
	set textContent(_: '') {
		for (const c of this.children) c.parentNode = null;
		this.children = [];
	}
	get nextSibling(): FakeElement | null {
		const siblings = this.parentNode?.children ?? [];
		return siblings[siblings.indexOf(this) + 1] ?? null;
	}
}

class FakeDocument extends FakeNode {
	readyState: DocumentReadyState = 'complete';
	currentScript: FakeElement | null = null;
	body = new FakeElement('BODY');
	domListeners: (() => void)[] = [];
	constructor() {
		super();
		this.appendChild(this.body);
	}
	createElement(tag: string): FakeElement {
		return new FakeElement(tag.toUpperCase());
	}
	addEventListener(type: string, fn: () => void): void {
		if (type === 'DOMContentLoaded') this.domListeners.push(fn);
	}
}

class FakeWindow {
	treatyMap?: unknown;
	listeners: ((e: { source: unknown; origin: string; data: unknown }) => void)[] = [];
	addEventListener(type: string, fn: (e: { source: unknown; origin: string; data: unknown }) => void): void {
		if (type === 'message') this.listeners.push(fn);
	}
	post(from: FakeFrameWindow | null, origin: string, data: unknown): void {
		for (const fn of this.listeners) fn({ source: from, origin, data });
	}
}

function el(tag: string, attrs: Record<string, string> = {}, parent?: FakeNode): FakeElement {
	const e = new FakeElement(tag.toUpperCase());
	for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
	if (tag === 'script' && attrs.src) e.src = new URL(attrs.src, ORIGIN).href;
	parent?.appendChild(e);
	return e;
}

/** A publisher's page: a container, a script tag with options, and the plain loader script. */
function page() {
	const win = new FakeWindow();
	const doc = new FakeDocument();
	el('p', {}, doc.body);
	const container = el('div', { 'data-treaty-map': '/embed?step=nagato&evil=1', 'data-title': 'Nagato, 2016' }, doc.body);
	el('a', { href: `${ORIGIN}/?step=nagato` }, container); // the fallback link
	const optionScript = el('script', { src: SCRIPT, 'data-step': 'aegis-ashore', 'data-names': 'ja' }, doc.body);
	el('p', {}, doc.body);
	const loader = el('script', { src: `${SCRIPT}?v=2` }, doc.body);
	const other = el('script', { src: 'https://cdn.example/other.js', 'data-step': 'nagato' }, doc.body);
	const install = () => installEmbeds(win as unknown as Window, doc as unknown as Document, SCRIPT);
	return { win, doc, container, optionScript, loader, other, install };
}

const frameOf = (h: DomEmbedHandle) => h.iframe as unknown as FakeElement;

describe('installEmbeds', () => {
	it('turns a container and an option-carrying script into iframes; plain and foreign scripts into nothing', () => {
		const { doc, container, optionScript, install } = page();
		const api = install();
		const added = api.scan();
		expect(added).toHaveLength(2);
		expect(api.embeds).toHaveLength(2);

		const [a, b] = added as [DomEmbedHandle, DomEmbedHandle];
		expect(a.element).toBe(container);
		expect(container.children).toEqual([a.iframe]); // fallback link replaced
		expect(frameOf(a)).toMatchObject({
			tagName: 'IFRAME',
			src: `${ORIGIN}/embed/nagato/`,
			title: 'Nagato, 2016',
			loading: 'lazy',
			allow: 'fullscreen',
			style: { display: 'block', width: '100%', border: '0', height: '560px' }
		});
		expect((container as unknown as { treatyMap: unknown }).treatyMap).toBe(a);

		// The script-tag embed sits right after its script, in a new container.
		const scriptIndex = doc.body.children.indexOf(optionScript);
		expect(doc.body.children[scriptIndex + 1]).toBe(b.element);
		expect(frameOf(b).src).toBe(`${ORIGIN}/embed/aegis-ashore/?names=ja`);
		expect(frameOf(b).title).toBe(EMBED_TITLE);
		expect(doc.descendants().filter((e) => e.tagName === 'IFRAME')).toHaveLength(2);
	});

	it('does not embed twice when scanned again, and picks up containers added later', () => {
		const { doc, install } = page();
		const api = install();
		api.scan();
		expect(api.scan()).toEqual([]);
		const later = el('div', { 'data-treaty-map': '' }, doc.body);
		const added = api.scan();
		expect(added).toHaveLength(1);
		expect(frameOf(added[0]!).src).toBe(`${ORIGIN}/embed/`);
		expect(later.children).toHaveLength(1);
		expect(api.embeds).toHaveLength(3);
		expect(doc.descendants().filter((e) => e.tagName === 'IFRAME')).toHaveLength(3);
	});

	it('leaves a container pointing elsewhere alone, with a warning', () => {
		const { doc, install } = page();
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const foreign = el('div', { 'data-treaty-map': 'https://evil.example/embed' }, doc.body);
		el('a', {}, foreign);
		const api = install();
		expect(api.scan()).toHaveLength(2);
		expect(foreign.children.map((c) => c.tagName)).toEqual(['A']);
		expect(warn).toHaveBeenCalledOnce();
	});

	it("routes each frame's messages to its own embed: height, DOM event, listeners", () => {
		const { win, doc, install } = page();
		const api = install();
		const [a, b] = api.scan() as [DomEmbedHandle, DomEmbedHandle];
		const steps: string[] = [];
		b.on('step', (m) => steps.push(m.step));

		win.post(frameOf(b).contentWindow, ORIGIN, { source, type: 'resize', height: 733 });
		win.post(frameOf(b).contentWindow, ORIGIN, stepMsg);
		win.post(frameOf(a).contentWindow, 'https://evil.example', { source, type: 'resize', height: 900 });
		win.post(new FakeFrameWindow(), ORIGIN, { source, type: 'resize', height: 900 });

		expect(frameOf(b).style.height).toBe('733px');
		expect(frameOf(a).style.height).toBe('560px');
		expect(steps).toEqual(['nagato']);
		const bEvents = (b.element as unknown as FakeElement).events;
		expect(bEvents.map((e) => [e.type, e.bubbles])).toEqual([
			['treaty-map:resize', true],
			['treaty-map:step', true]
		]);
		expect(bEvents[1]?.detail).toEqual(stepMsg);
		expect(doc.events.map((e) => e.type)).toEqual(['treaty-map:resize', 'treaty-map:step']); // bubbled up
		expect((a.element as unknown as FakeElement).events).toEqual([]);
	});

	it("sends commands to its own frame's origin once the frame is ready", () => {
		const { win, install } = page();
		const [a, b] = install().scan() as [DomEmbedHandle, DomEmbedHandle];
		b.goto('nagato');
		win.post(frameOf(b).contentWindow, ORIGIN, ready);
		b.names('ru');
		expect(frameOf(b).contentWindow?.posted).toEqual([
			[{ source, type: 'goto', step: 'nagato' }, ORIGIN],
			[{ source, type: 'names', value: 'ru' }, ORIGIN]
		]);
		expect(frameOf(a).contentWindow?.posted).toEqual([]);
	});

	it('upgrades the snippet’s own iframe where it stands: hides the quoted link before it, asks the frame to speak again, follows it', () => {
		const { win, doc, install } = page();
		const quote = el('blockquote', {}, doc.body);
		el('a', { href: `${ORIGIN}/step/nagato/` }, quote);
		const iframe = el('iframe', { src: `${ORIGIN}/embed/nagato/?names=ja`, title: 'Nagato', height: '560', 'data-treaty-map': '' }, doc.body);
		const youtube = el('iframe', { src: 'https://www.youtube.com/embed/x', 'data-treaty-map': '' }, doc.body);
		const theirQuote = el('blockquote', {}, doc.body);
		el('a', { href: 'https://elsewhere.example/' }, theirQuote);
		const theirs = el('iframe', { src: `${ORIGIN}/embed/`, 'data-treaty-map': '' }, doc.body); // ours, after somebody else's quote
		// A publisher's own iframe of the embed, driven by their own script: not ours to take over.
		const own = el('iframe', { src: `${ORIGIN}/embed/nagato/` }, doc.body);
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const api = install();
		const added = api.scan();
		const upgraded = added.filter((h) => h.iframe === (iframe as unknown as HTMLIFrameElement));
		expect(upgraded).toHaveLength(1);
		const h = upgraded[0]!;
		expect(h.element).toBe(iframe);
		expect((iframe as unknown as { treatyMap: unknown }).treatyMap).toBe(h);
		expect(iframe.attributes.get('src')).toBe(`${ORIGIN}/embed/nagato/?names=ja`); // not reloaded
		expect(iframe.style).toMatchObject({ display: 'block', width: '100%', border: '0' });
		expect(quote.style.display).toBe('none');
		expect(theirQuote.style.display).toBeUndefined();
		expect(iframe.contentWindow?.posted).toEqual([[{ source, type: 'hello' }, ORIGIN]]);
		expect(added.some((x) => x.iframe === (youtube as unknown as HTMLIFrameElement))).toBe(false);
		expect(youtube.contentWindow?.posted).toEqual([]);
		expect(added.some((x) => x.iframe === (theirs as unknown as HTMLIFrameElement))).toBe(true);
		expect(added.some((x) => x.iframe === (own as unknown as HTMLIFrameElement))).toBe(false);
		expect(own.contentWindow?.posted).toEqual([]);
		expect(warn).toHaveBeenCalledOnce(); // the marked iframe of another site

		win.post(iframe.contentWindow, ORIGIN, { source, type: 'resize', height: 612 });
		expect(iframe.style.height).toBe('612px');
		expect(iframe.events.map((e) => e.type)).toEqual(['treaty-map:resize']);
		expect(api.scan()).toEqual([]);
	});

	it('forgets embeds whose container left the page', () => {
		const { win, doc, container, install } = page();
		const api = install();
		const [a] = api.scan() as [DomEmbedHandle];
		doc.body.removeChild(container);
		api.scan();
		expect(api.embeds).toHaveLength(1);
		win.post(frameOf(a).contentWindow, ORIGIN, { source, type: 'resize', height: 700 });
		expect(frameOf(a).style.height).toBe('560px');
	});
});

describe('boot', () => {
	function run(p: ReturnType<typeof page>, current: FakeElement | null): void {
		p.doc.currentScript = current;
		boot(p.win as unknown as Window, p.doc as unknown as Document);
	}

	it('installs window.treatyMap once: running the script twice does not double-embed', () => {
		const p = page();
		run(p, p.optionScript);
		const api = p.win.treatyMap as TreatyMapGlobal;
		expect(api.source).toBe('treaty-map');
		expect(api.embeds).toHaveLength(2);
		run(p, p.loader);
		expect(p.win.treatyMap).toBe(api);
		expect(api.embeds).toHaveLength(2);
		expect(p.win.listeners).toHaveLength(1);
	});

	it('embeds a script tag inserted later when that copy of the script runs', () => {
		const p = page();
		run(p, p.loader);
		const late = el('script', { src: SCRIPT, 'data-step': 'nagato' }, p.doc.body);
		run(p, late);
		expect((p.win.treatyMap as TreatyMapGlobal).embeds.map((h) => frameOf(h).src)).toEqual([
			`${ORIGIN}/embed/nagato/`,
			`${ORIGIN}/embed/aegis-ashore/?names=ja`,
			`${ORIGIN}/embed/nagato/`
		]);
	});

	it('finds its own tag when there is no currentScript', () => {
		const p = page();
		run(p, null);
		expect((p.win.treatyMap as TreatyMapGlobal).embeds).toHaveLength(2);
	});

	it("leaves somebody else's window.treatyMap alone", () => {
		const p = page();
		const theirs = { hello: 'world' };
		p.win.treatyMap = theirs;
		run(p, p.loader);
		expect(p.win.treatyMap).toBe(theirs);
		expect(p.win.listeners).toHaveLength(0);
		expect(p.container.children.map((c) => c.tagName)).toEqual(['A']);
	});

	it('scans again once the page has loaded when it ran early', () => {
		const p = page();
		p.doc.readyState = 'loading';
		run(p, p.loader);
		el('div', { 'data-treaty-map': '/embed?names=ru' }, p.doc.body);
		for (const fn of p.doc.domListeners) fn();
		expect((p.win.treatyMap as TreatyMapGlobal).embeds).toHaveLength(3);
	});
});
