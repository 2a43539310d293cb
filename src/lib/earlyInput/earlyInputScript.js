// Before the app has started (hydration waits for the first paint), a click on Previous or Next, or a story key,
// would do nothing. This script, inlined in every page's <head> (src/hooks.server.ts), keeps those actions until the
// app takes them (takeEarlyInput in earlyInput.ts) and acts on them. Its text is hashed into the Content-Security-Policy
// (svelte.config.js), so it is kept here as one exact string: plain JavaScript any browser runs, no build step.

/** The story's keys and the step actions they stand for (as src/lib/story/stepKeys.ts reads them). */
export const EARLY_INPUT_SCRIPT =
	'(function(){' +
	'var q=window.__treatyMapEarly=[];' +
	'var K={ArrowDown:"next",ArrowRight:"next",PageDown:"next",ArrowUp:"prev",ArrowLeft:"prev",PageUp:"prev",Home:"first",End:"last"};' +
	'function take(a,e){if(window.__treatyMapEarly!==q)return;q.push(a);e.preventDefault();}' +
	'document.addEventListener("click",function(e){' +
	'var b=e.target&&e.target.closest?e.target.closest("[data-step-action]"):null;' +
	'if(b&&!b.disabled)take(b.getAttribute("data-step-action"),e);},true);' +
	'document.addEventListener("keydown",function(e){' +
	'var a=K[e.key],t=e.target;' +
	'if(!a||e.altKey||e.ctrlKey||e.metaKey||e.shiftKey)return;' +
	'if(t&&t.closest&&t.closest("input,textarea,select,[contenteditable],[role=radiogroup],.maplibregl-map"))return;' +
	'take(a,e);},true);' +
	'})();';
