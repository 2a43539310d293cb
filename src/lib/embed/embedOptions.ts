// The /embed page's URL options (step, names, controls, interactive) and the copy-paste snippets that set them.
import { DEFAULT_NAMES, parseUrlState, type UrlContext } from '../url/urlState';
import { shareHref } from '../share/sharePaths';
import { isNamingMode, isStepId, type NamingMode } from './protocol';

export interface EmbedOptions {
	/** A known step id (the first step when the URL names none or an unknown one). */
	step: string;
	names: NamingMode;
	/** Whether the compact stepper is shown. */
	controls: boolean;
	/** Whether the reader can pan and zoom. Off by default, so the frame never traps the host page's scroll. */
	interactive: boolean;
}

export const EMBED_DEFAULTS = { names: DEFAULT_NAMES, controls: true, interactive: false } as const;

/** The option names the frame reads, in the order snippets write them. */
export const EMBED_OPTION_KEYS = ['step', 'names', 'controls', 'interactive'] as const;

export const EMBED_PATH = '/embed';
export const EMBED_SCRIPT_PATH = '/embed.js';
export const EMBED_INITIAL_HEIGHT_PX = 480;
/** The iframe's accessible name when neither the publisher nor the story gives one. */
export const EMBED_TITLE = 'Interactive map';

const TRUE_WORDS = ['1', 'true', 'yes'];
const FALSE_WORDS = ['0', 'false', 'no'];

/** `1|true|yes` and `0|false|no`, any case, surrounding spaces ignored; anything else gives `fallback`. */
export function parseFlag(raw: string | null | undefined, fallback: boolean): boolean {
	const word = raw?.trim().toLowerCase();
	if (word === undefined) return fallback;
	if (TRUE_WORDS.includes(word)) return true;
	if (FALSE_WORDS.includes(word)) return false;
	return fallback;
}

/** Reads /embed's query; every bad or unknown value falls back to its default, silently. */
export function parseEmbedOptions(search: string | URLSearchParams, story: UrlContext): EmbedOptions {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const { step, names } = parseUrlState(params, story);
	return {
		step,
		names,
		controls: parseFlag(params.get('controls'), EMBED_DEFAULTS.controls),
		interactive: parseFlag(params.get('interactive'), EMBED_DEFAULTS.interactive)
	};
}

/**
 * The query string for /embed, leaving defaults out. Only known values are written: a step that is not a
 * well-formed step id, or a naming mode that does not exist, is dropped rather than passed on.
 */
export function embedQuery(opts: Partial<EmbedOptions>): string {
	const params = new URLSearchParams();
	if (isStepId(opts.step)) params.set('step', opts.step);
	if (isNamingMode(opts.names) && opts.names !== EMBED_DEFAULTS.names) params.set('names', opts.names);
	if (typeof opts.controls === 'boolean' && opts.controls !== EMBED_DEFAULTS.controls) params.set('controls', opts.controls ? '1' : '0');
	if (typeof opts.interactive === 'boolean' && opts.interactive !== EMBED_DEFAULTS.interactive) params.set('interactive', opts.interactive ? '1' : '0');
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** Escapes text for a double-quoted HTML attribute value (and for text content). */
export function escapeAttribute(value: string): string {
	return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The app's base URL (origin plus any base path, no trailing slash) from `origin`, e.g. `location.origin`
 * or `https://example.org/treaty-map`. Only http(s); throws a RangeError for anything else.
 */
export function appBase(origin: string): string {
	let url: URL;
	try {
		url = new URL(origin);
	} catch {
		throw new RangeError(`treaty-map embed: ${JSON.stringify(origin)} is not an absolute URL`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new RangeError(`treaty-map embed: ${JSON.stringify(origin)} is not an http(s) URL`);
	return url.origin + url.pathname.replace(/\/+$/, '');
}

export interface EmbedSnippets {
	/** A plain iframe: works everywhere, but keeps its initial height. */
	iframe: string;
	/** A container plus /embed.js: a responsive iframe that follows the map's height, with a link for readers without scripts. */
	script: string;
}

/**
 * Ready-to-paste HTML for the "Share / embed" control and for oEmbed. `origin` is the app's real public URL: in the
 * browser `location.origin` (during prerender the origin is SvelteKit's placeholder), at build PUBLIC_SITE_URL, or
 * `null` for root-relative URLs when the build was not told its origin. The link for readers without scripts opens
 * the step's own page.
 */
export function embedSnippets(origin: string | null, opts: Partial<EmbedOptions> & { title?: string } = {}, languageBase = ''): EmbedSnippets {
	const base = origin === null ? '' : appBase(origin);
	const query = embedQuery(opts);
	const frameUrl = escapeAttribute(`${base}${languageBase}${EMBED_PATH}${query}`);
	const storyUrl = escapeAttribute(
		`${base}${shareHref(isStepId(opts.step) ? opts.step : null, isNamingMode(opts.names) ? opts.names : EMBED_DEFAULTS.names, languageBase)}`
	);
	const title = escapeAttribute(opts.title?.trim() || EMBED_TITLE);
	const iframe =
		`<iframe src="${frameUrl}" title="${title}" width="100%" height="${EMBED_INITIAL_HEIGHT_PX}" loading="lazy" ` +
		`allow="fullscreen" style="border:0;width:100%;display:block"></iframe>`;
	const script =
		`<div data-treaty-map="${frameUrl}" data-title="${title}"><a href="${storyUrl}">${title}</a></div>\n` +
		`<script async src="${escapeAttribute(base + EMBED_SCRIPT_PATH)}"></script>`;
	return { iframe, script };
}
