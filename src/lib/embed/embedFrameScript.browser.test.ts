// The embed pages' inline script, run against a stand-in window (its parent, address, top window and popups are ours
// to watch) over a real document in a frame of its own, so that layout is measured and each test's listeners go with it.
import { afterEach, describe, expect, it } from 'vitest';
import { EMBED_FRAME_SCRIPT } from './embedFrameScript.js';

interface Posted {
	message: string;
	value: unknown;
	secret: string;
}

class StandIn extends EventTarget {
	posted: unknown[] = [];
	navigated: string[] = [];
	opened: string[] = [];
	/** What the host's sandbox allows. */
	allow = { top: false, popups: false };
	parent = { postMessage: (data: unknown, origin: string): void => void this.posted.push({ data, origin }) };
	location: { pathname: string; search: string; hash: string; replace: (u: string) => void; assign: (u: string) => void };
	top: { location: { href: string } };
	URLSearchParams = URLSearchParams;
	CustomEvent = CustomEvent;
	ResizeObserver: typeof ResizeObserver;
	__treatyMapEarly: string[] | null = null;
	__treatyMapFrame?: { height(): number; observe(): void; started(): void };

	constructor(
		readonly frame: Window,
		address: { pathname?: string; search?: string; hash?: string } = {}
	) {
		super();
		// The frame's own, so it watches the frame's document in its own realm.
		this.ResizeObserver = (frame as Window & typeof globalThis).ResizeObserver;
		const navigated = this.navigated;
		this.location = {
			pathname: address.pathname ?? '/embed/',
			search: address.search ?? '',
			hash: address.hash ?? '',
			replace: (u) => void navigated.push(`replace ${u}`),
			assign: (u) => void navigated.push(u)
		};
		const allow = this.allow;
		this.top = {
			location: {
				set href(u: string) {
					// As Chromium does when the sandbox has no allow-top-navigation: a SecurityError, at once.
					if (!allow.top) throw new DOMException('The current window does not have permission to navigate the target frame', 'SecurityError');
					navigated.push(`top ${u}`);
				},
				get href() {
					return '';
				}
			}
		};
	}
	open(url: string): object | null {
		if (!this.allow.popups) return null;
		this.opened.push(url);
		return { opener: this };
	}
	getSelection(): Selection | null {
		return this.frame.getSelection();
	}
	get wordpress(): Posted[] {
		return this.posted.map((p) => (p as { data: Posted }).data);
	}
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
	for (const f of frames.splice(0)) f.remove();
});

/** An embed page's body: the map's sizer, the stepper with its links, and the key's button. */
const BODY = `
	<div style="width: 400px">
		<div data-embed-sizer style="height: 300px"></div>
		<div data-embed-chrome>
			<div data-embed-scroll style="overflow: auto"><p style="height: 120px; margin: 0">Text</p></div>
			<a data-step-action="prev" href="/embed/islanders/">←</a>
			<a data-step-action="next" href="/embed/trojan-horse/">→</a>
			<a data-embed-out href="https://maps.example.org/step/nagato/" target="_top">Full story</a>
			<span data-embed-address>maps.example.org/step/nagato/</span>
			<span data-embed-hint="Copy the address." role="status"></span>
			<button type="button" aria-controls="key" aria-expanded="false">Key</button>
			<div id="key">Legend</div>
		</div>
	</div>`;

/** Runs the script in a fresh frame, as the end of an embed page's <head> would, with the page's body already there. */
function boot(address: { pathname?: string; search?: string; hash?: string } = {}, head = ''): { w: StandIn; d: Document } {
	const iframe = document.createElement('iframe');
	iframe.style.cssText = 'width: 500px; height: 700px';
	document.body.append(iframe);
	frames.push(iframe);
	const d = iframe.contentDocument!;
	d.head.innerHTML = head;
	d.body.innerHTML = BODY;
	const w = new StandIn(iframe.contentWindow!, address);
	new Function('window', 'document', EMBED_FRAME_SCRIPT)(w, d);
	return { w, d };
}

/** Clicks `el`; whether the script cancelled the click is read after it, and then the test cancels it, so no link is followed. */
function click(el: Element, init: MouseEventInit = {}): { defaultPrevented: boolean } {
	const view = el.ownerDocument.defaultView!;
	let prevented = false;
	const after = (e: Event): void => {
		prevented = e.defaultPrevented;
		e.preventDefault();
	};
	view.addEventListener('click', after);
	el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init }));
	view.removeEventListener('click', after);
	return { defaultPrevented: prevented };
}

function moduleFailure(w: StandIn, reason: unknown): Event {
	const event = new Event('unhandledrejection', { cancelable: true });
	Object.defineProperty(event, 'reason', { value: reason });
	w.dispatchEvent(event);
	return event;
}

function fromParent(w: StandIn, data: unknown, source: unknown = w.parent): void {
	const event = new Event('message');
	Object.defineProperties(event, { data: { value: data }, source: { value: source } });
	w.dispatchEvent(event);
}

describe('the embed frame script', () => {
	it('measures the content’s natural height and tells WordPress only when the address carries its secret', () => {
		const quiet = boot();
		expect(quiet.w.__treatyMapFrame!.height()).toBeGreaterThan(420);
		expect(quiet.w.posted).toEqual([]);

		const heard: number[] = [];
		const { w, d } = boot({ hash: '#?secret=abcDEF0123' });
		w.addEventListener('treaty-map:height', (e) => heard.push((e as CustomEvent<number>).detail));
		const h = w.__treatyMapFrame!.height();
		expect(w.posted).toEqual([{ data: { message: 'height', value: h, secret: 'abcDEF0123' }, origin: '*' }]);
		// The stepper grows: measured again (a ResizeObserver's turn), told again.
		(d.querySelector('[data-embed-chrome] p') as HTMLElement).style.height = '200px';
		w.__treatyMapFrame!.observe();
		expect(w.__treatyMapFrame!.height()).toBe(h + 80);
		expect(w.wordpress.at(-1)).toEqual({ message: 'height', value: h + 80, secret: 'abcDEF0123' });
		expect(heard).toEqual([h + 80]);
	});

	it('counts all of the text where a short frame makes it scroll', () => {
		const { w, d } = boot();
		const full = w.__treatyMapFrame!.height();
		(d.querySelector('[data-embed-scroll]') as HTMLElement).style.maxHeight = '50px';
		w.__treatyMapFrame!.observe();
		expect(w.__treatyMapFrame!.height()).toBe(full);
	});

	it('says its height again when WordPress’s host script says it is ready, and to nobody else', () => {
		const { w } = boot({ hash: '#?secret=abcDEF0123' });
		const before = w.posted.length;
		fromParent(w, { message: 'ready', secret: 'wrongwrong' });
		fromParent(w, { message: 'ready', secret: 'abcDEF0123' }, {});
		fromParent(w, 'ready');
		expect(w.posted).toHaveLength(before);
		fromParent(w, { message: 'ready', secret: 'abcDEF0123' });
		expect(w.posted).toHaveLength(before + 1);
	});

	it('picks up a secret WordPress adds to the address later', () => {
		const { w } = boot();
		expect(w.posted).toEqual([]);
		w.location.hash = '#?secret=Later12345';
		w.dispatchEvent(new Event('hashchange'));
		expect(w.wordpress).toEqual([{ message: 'height', value: w.__treatyMapFrame!.height(), secret: 'Later12345' }]);
	});

	it('sends the full story to WordPress as a link message when it has the secret', () => {
		const { w, d } = boot({ hash: '#?secret=abcDEF0123' });
		expect(click(d.querySelector('[data-embed-out]')!).defaultPrevented).toBe(true);
		expect(w.wordpress.at(-1)).toEqual({ message: 'link', value: 'https://maps.example.org/step/nagato/', secret: 'abcDEF0123' });
		expect(w.navigated).toEqual([]);
	});

	it('sends the full story to the top window, else a new tab, else selects its address and says why', () => {
		const top = boot();
		top.w.allow.top = true;
		expect(click(top.d.querySelector('[data-embed-out]')!).defaultPrevented).toBe(true);
		expect(top.w.navigated).toEqual(['top https://maps.example.org/step/nagato/']);

		const tab = boot();
		tab.w.allow.popups = true;
		click(tab.d.querySelector('[data-embed-out]')!);
		expect(tab.w.opened).toEqual(['https://maps.example.org/step/nagato/']);

		const none = boot();
		click(none.d.querySelector('[data-embed-out]')!);
		expect(none.w.navigated).toEqual([]);
		expect(none.w.frame.getSelection()!.toString()).toBe('maps.example.org/step/nagato/');
		expect(none.d.querySelector('[data-embed-hint]')!.textContent).toBe('Copy the address.');

		// A click asking for a new tab is the browser's.
		const modified = boot();
		expect(click(modified.d.querySelector('[data-embed-out]')!, { ctrlKey: true }).defaultPrevented).toBe(false);
	});

	it('stays on the prerendered page when the app’s modules cannot load: links, keys and the key’s button work', () => {
		const { w, d } = boot({ search: '?names=ja', hash: '#?secret=abcDEF0123' });
		w.__treatyMapEarly = ['next', 'prev'];
		const failure = moduleFailure(w, new TypeError('Failed to fetch dynamically imported module: https://maps.example.org/_app/immutable/entry/app.js'));
		expect(failure.defaultPrevented).toBe(true);
		expect(d.documentElement.getAttribute('data-embed-app')).toBe('static');
		// The early-input script lets go, and what the reader pressed meanwhile is followed: the next step's page,
		// with the same options and the secret.
		expect(w.__treatyMapEarly).toBeNull();
		expect(w.navigated).toEqual(['/embed/trojan-horse/?names=ja#?secret=abcDEF0123']);

		expect(click(d.querySelector('[data-step-action="prev"]')!).defaultPrevented).toBe(true);
		expect(w.navigated.at(-1)).toBe('/embed/islanders/?names=ja#?secret=abcDEF0123');
		const key = new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true });
		d.body.dispatchEvent(key);
		expect(key.defaultPrevented).toBe(true);
		expect(w.navigated.at(-1)).toBe('/embed/trojan-horse/?names=ja#?secret=abcDEF0123');
		d.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', shiftKey: true, bubbles: true }));
		expect(w.navigated).toHaveLength(3);

		const button = d.querySelector('button')!;
		click(button);
		expect(button.getAttribute('aria-expanded')).toBe('true');
		expect(d.getElementById('key')!.classList.contains('open')).toBe(true);
		click(button);
		expect(d.getElementById('key')!.classList.contains('open')).toBe(false);
	});

	it('leaves other failures, and every failure once the app has started, to the app', () => {
		const early = boot();
		expect(moduleFailure(early.w, new Error('something else')).defaultPrevented).toBe(false);
		expect(moduleFailure(early.w, 'Failed to fetch dynamically imported module').defaultPrevented).toBe(false);
		expect(early.d.documentElement.hasAttribute('data-embed-app')).toBe(false);
		// Before static mode, the step links are the app's (or the early-input script's).
		expect(click(early.d.querySelector('[data-step-action="next"]')!).defaultPrevented).toBe(false);

		const { w, d } = boot();
		w.__treatyMapFrame!.started();
		expect(d.documentElement.getAttribute('data-embed-app')).toBe('live');
		expect(moduleFailure(w, new TypeError('Failed to fetch dynamically imported module: x')).defaultPrevented).toBe(false);
		expect(d.documentElement.getAttribute('data-embed-app')).toBe('live');
	});

	it('moves the older address /embed/?step=<id> to the step’s own page, keeping the rest, for steps the story has', () => {
		const meta = '<meta name="treaty-map:steps" content="lavrov-in-tokyo nagato">';
		const moved = boot({ search: '?step=nagato&names=ru', hash: '#?secret=abcDEF0123' }, meta);
		expect(moved.w.navigated).toEqual(['replace /embed/nagato/?names=ru#?secret=abcDEF0123']);
		expect(moved.w.__treatyMapFrame).toBeUndefined();

		for (const search of ['?step=tokyo', '?step=%3Cb%3E', '?names=ru', '']) expect(boot({ search }, meta).w.navigated, search).toEqual([]);
		// A step's own page has no such meta: its ?step= is not followed.
		expect(boot({ search: '?step=nagato' }).w.navigated).toEqual([]);
		// A language's /embed/ keeps its prefix.
		expect(boot({ pathname: '/ja/embed/', search: '?step=nagato' }, meta).w.navigated).toEqual(['replace /ja/embed/nagato/']);
	});

	it('moves an address with lang=<tag> to that language’s own page, for languages the story is told in', () => {
		const meta = (base: string) => `<meta name="treaty-map:languages" content="en= ja=/ja zh-Hans=/zh" data-base="${base}">`;
		const moved = boot({ pathname: '/embed/nagato/', search: '?names=ru&lang=ja', hash: '#?secret=abcDEF0123' }, meta(''));
		expect(moved.w.navigated).toEqual(['replace /ja/embed/nagato/?names=ru#?secret=abcDEF0123']);
		expect(boot({ pathname: '/ja/embed/nagato/', search: '?lang=zh-Hans' }, meta('/ja')).w.navigated).toEqual(['replace /zh/embed/nagato/']);
		expect(boot({ pathname: '/ja/embed/nagato/', search: '?lang=en' }, meta('/ja')).w.navigated).toEqual(['replace /embed/nagato/']);
		// Both at once: the older /embed/?step= and a language.
		const both = `${meta('')}<meta name="treaty-map:steps" content="lavrov-in-tokyo nagato">`;
		expect(boot({ pathname: '/embed/', search: '?step=nagato&lang=ja' }, both).w.navigated).toEqual(['replace /ja/embed/nagato/']);
		// The page's own language, or one the story lacks: the page stays.
		for (const search of ['?lang=ja', '?lang=ko', '?lang=%3Cb%3E', '?lang='])
			expect(boot({ pathname: '/ja/embed/nagato/', search }, meta('/ja')).w.navigated, search).toEqual([]);
	});
});
