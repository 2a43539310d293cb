// The embed pages' own inline script, at the end of their <head> (src/hooks.server.ts): what the frame does whether or
// not the app starts. A sandboxed frame without the CORS headers (docs/embedding.md) refuses the app's modules but
// still runs inline scripts, and WordPress sizes its embeds only from messages, so this part stands alone:
// - moves the older address /embed/?step=<id> to the step's own page (meta treaty-map:steps lists the steps), and an
//   address with lang=<tag> to that language's page (meta treaty-map:languages lists each language's prefix);
// - measures the content's natural height (the map's for this width, [data-embed-sizer], plus the stepper's,
//   [data-embed-chrome], with all of its text where a short frame makes that scroll, [data-embed-scroll]) and tells
//   WordPress ({message: 'height', value, secret}) when the address carries
//   #?secret=, as its post embeds do (wp-includes/js/wp-embed-template.js), again when its host says 'ready';
//   the app relays the same height in its own protocol ('treaty-map:height' events, __treatyMapFrame.height());
// - sends the full-story link ([data-embed-out]) out of the frame: to WordPress as {message: 'link'}, else to the top
//   window, else to a new tab; when the sandbox forbids both, it selects the link's address ([data-embed-address])
//   and says why ([data-embed-hint]);
// - if the app's modules cannot load before it starts, keeps the frame on its prerendered page
//   (<html data-embed-app="static">): the early-input script lets go, the step links and keys go to the other
//   steps' pages with the same options and #?secret=, and disclosure buttons (the Key) open and close.
// Its text is hashed into the Content-Security-Policy (svelte.config.js), so it is one exact string: plain JavaScript
// any browser from 2018 runs, no build step. It uses only `w` and `d`, so tests can run it against a stand-in window.

export const EMBED_FRAME_SCRIPT = `(function (w, d) {
	'use strict';
	var root = d.documentElement;
	var framed = w.parent !== w;

	var query = new w.URLSearchParams(w.location.search);
	var path = w.location.pathname;
	var moved = false;
	var languages = d.querySelector('meta[name="treaty-map:languages"]');
	var wanted = query.get('lang');
	if (languages && wanted) {
		var here = languages.getAttribute('data-base') || '';
		var pairs = (languages.getAttribute('content') || '').split(' ');
		for (var p = 0; p < pairs.length; p++) {
			var pair = pairs[p].split('=');
			if (pair[0] !== wanted) continue;
			query.delete('lang');
			if (pair[1] !== here && path.indexOf(here + '/') === 0) {
				path = pair[1] + path.slice(here.length);
				moved = true;
			}
		}
	}
	var steps = d.querySelector('meta[name="treaty-map:steps"]');
	var asked = query.get('step');
	if (steps && asked && (steps.getAttribute('content') || '').split(' ').indexOf(asked) >= 0) {
		query.delete('step');
		path = path.replace(/embed\\/?$/, 'embed/' + asked + '/');
		moved = true;
	}
	if (moved) {
		var rest = query.toString();
		w.location.replace(path + (rest ? '?' + rest : '') + w.location.hash);
		return;
	}

	var secret = null;
	function tell(message, value) {
		if (secret && framed) w.parent.postMessage({ message: message, value: value, secret: secret }, '*');
	}
	function readSecret() {
		var m = /secret=([A-Za-z0-9]{10})/.exec(w.location.hash);
		var was = secret;
		secret = m ? m[1] : null;
		if (secret && secret !== was && height) tell('height', height);
	}

	var height = 0;
	function measure() {
		var sizer = d.querySelector('[data-embed-sizer]');
		if (!sizer) return;
		var chrome = d.querySelector('[data-embed-chrome]');
		var natural = sizer.getBoundingClientRect().height;
		if (chrome) {
			natural += chrome.getBoundingClientRect().height;
			var scrollers = chrome.querySelectorAll('[data-embed-scroll]');
			for (var i = 0; i < scrollers.length; i++) natural += scrollers[i].scrollHeight - scrollers[i].clientHeight;
		}
		var h = Math.ceil(natural);
		if (!h || h === height) return;
		height = h;
		tell('height', h);
		w.dispatchEvent(new w.CustomEvent('treaty-map:height', { detail: h }));
	}
	var observer = w.ResizeObserver ? new w.ResizeObserver(measure) : null;
	function observe() {
		if (observer) {
			observer.disconnect();
			var parts = d.querySelectorAll('[data-embed-sizer], [data-embed-chrome], [data-embed-scroll] > *');
			for (var i = 0; i < parts.length; i++) observer.observe(parts[i]);
		}
		measure();
	}
	if (!observer) w.addEventListener('resize', measure);

	var started = false;
	function isStatic() {
		return root.getAttribute('data-embed-app') === 'static';
	}
	function stepLink(action) {
		return d.querySelector('a[data-step-action="' + action + '"][href]');
	}
	function go(link) {
		if (link) w.location.assign(link.pathname + w.location.search + w.location.hash);
	}
	function stayStatic() {
		if (isStatic()) return;
		root.setAttribute('data-embed-app', 'static');
		var early = w.__treatyMapEarly;
		w.__treatyMapEarly = null;
		if (early && early.length) go(stepLink(early[0]));
	}
	var KEYS = { ArrowRight: 'next', ArrowDown: 'next', PageDown: 'next', ArrowLeft: 'prev', ArrowUp: 'prev', PageUp: 'prev' };
	function plain(e) {
		return !(e.altKey || e.ctrlKey || e.metaKey || e.shiftKey);
	}

	function reveal() {
		var address = d.querySelector('[data-embed-address]');
		var hint = d.querySelector('[data-embed-hint]');
		if (hint) hint.textContent = hint.getAttribute('data-embed-hint');
		if (address && w.getSelection) {
			var range = d.createRange();
			range.selectNodeContents(address);
			var selection = w.getSelection();
			selection.removeAllRanges();
			selection.addRange(range);
		}
	}
	function leave(href) {
		if (secret) return tell('link', href);
		try {
			w.top.location.href = href;
			return;
		} catch (e) {}
		var tab = null;
		try {
			tab = w.open(href, '_blank');
		} catch (e) {}
		if (tab) {
			try {
				tab.opener = null;
			} catch (e) {}
			return;
		}
		reveal();
	}

	readSecret();
	w.addEventListener('hashchange', readSecret);
	w.addEventListener('message', function (e) {
		var m = e.data;
		if (e.source === w.parent && m && typeof m === 'object' && m.message === 'ready' && secret && m.secret === secret && height) tell('height', height);
	});
	w.addEventListener('unhandledrejection', function (e) {
		var r = e.reason;
		if (started || !r || r.name !== 'TypeError' || !/module/i.test(String(r.message))) return;
		e.preventDefault();
		stayStatic();
	});
	d.addEventListener('click', function (e) {
		var t = e.target && e.target.closest ? e.target : null;
		if (!t || e.defaultPrevented || e.button !== 0 || !plain(e)) return;
		var out = t.closest('a[data-embed-out][href]');
		if (out && framed) {
			e.preventDefault();
			leave(out.href);
			return;
		}
		if (!isStatic()) return;
		var step = t.closest('a[data-step-action][href]');
		if (step) {
			e.preventDefault();
			go(step);
			return;
		}
		var toggle = t.closest('button[aria-controls][aria-expanded]');
		var panel = toggle && d.getElementById(toggle.getAttribute('aria-controls'));
		if (panel) {
			var open = toggle.getAttribute('aria-expanded') !== 'true';
			toggle.setAttribute('aria-expanded', String(open));
			panel.classList.toggle('open', open);
		}
	});
	d.addEventListener('keydown', function (e) {
		var t = e.target;
		if (!isStatic() || !KEYS[e.key] || !plain(e) || (t && t.closest && t.closest('input, textarea, select, [contenteditable]'))) return;
		var link = stepLink(KEYS[e.key]);
		if (!link) return;
		e.preventDefault();
		go(link);
	});
	if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', observe);
	else observe();

	w.__treatyMapFrame = {
		height: function () {
			return height;
		},
		observe: observe,
		started: function () {
			started = true;
			root.setAttribute('data-embed-app', 'live');
		}
	};
})(window, document);`;
