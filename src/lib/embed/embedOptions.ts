// The embed pages' URLs and options (step, names, controls, interactive, lang) and the copy-paste snippets that set them.
// Pure, and free of the app's modules: embed.js (embedScript.ts) bundles it.
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
	/** The language asked for (`lang=`): one the story is told in, else the page's own; the frame then opens that language's page. */
	lang: string;
}

export const EMBED_DEFAULTS = { names: DEFAULT_NAMES, controls: true, interactive: false } as const;

/** The embed page without a step in its path: it opens at `?step=` (the older form), or at the first step. */
const EMBED_PATH = '/embed/';
const EMBED_SCRIPT_PATH = '/embed.js';
/**
 * The frame's height before anything sizes it, and the oEmbed height: about what the map and the stepper need in a
 * 640 px column. Where nothing sizes the frame (its script stripped), the map gives way or grows to fill it.
 */
export const EMBED_INITIAL_HEIGHT_PX = 560;
/** The iframe's accessible name when neither the publisher nor the story gives one. */
export const EMBED_TITLE = 'Interactive map';

/** A language tag's shape (`en`, `ja`, `zh-Hans`): what embed.js passes on; the frame then keeps only languages it has. */
const LANG_TAG_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,2}$/;

export function isLangTag(value: unknown): value is string {
	return typeof value === 'string' && LANG_TAG_PATTERN.test(value);
}

/**
 * A step's own embed page in a language (`base`: its prefix, '' for the story's default), prerendered: it opens there
 * with or without JavaScript. `null`: the page without a step.
 */
export function embedPagePath(stepId: string | null, base = ''): string {
	return stepId === null ? `${base}${EMBED_PATH}` : `${base}${EMBED_PATH}${stepId}/`;
}

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

/** What an embed page knows that its query does not: the step in its path, and the languages the story is told in. */
export interface EmbedPage {
	/** The step its path names (`/embed/<step id>/`): it wins over `?step=`. Null for `/embed/`. */
	step?: string | null;
	/** The languages the story is told in; `lang=` must name one. */
	langs: readonly string[];
	/** The page's own language (its path's prefix): the language when `lang=` names none of them. */
	defaultLang: string;
}

/** Reads an embed page's query (and path step); every bad or unknown value falls back to its default, silently. */
export function parseEmbedOptions(search: string | URLSearchParams, story: UrlContext, page: EmbedPage): EmbedOptions {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const { step, names } = parseUrlState(params, story);
	const lang = params.get('lang');
	return {
		step: page.step && story.stepIds.includes(page.step) ? page.step : step,
		names,
		controls: parseFlag(params.get('controls'), EMBED_DEFAULTS.controls),
		interactive: parseFlag(params.get('interactive'), EMBED_DEFAULTS.interactive),
		lang: lang !== null && page.langs.includes(lang) ? lang : page.defaultLang
	};
}

/**
 * The query string of an embed page (its step is in the path), leaving defaults out. Only well-formed values are
 * written: a naming mode that does not exist or a malformed language tag is dropped rather than passed on. `lang` is
 * written whenever given: leave it out for the site's default language.
 */
export function embedQuery(opts: Partial<EmbedOptions>): string {
	const params = new URLSearchParams();
	if (isNamingMode(opts.names) && opts.names !== EMBED_DEFAULTS.names) params.set('names', opts.names);
	if (typeof opts.controls === 'boolean' && opts.controls !== EMBED_DEFAULTS.controls) params.set('controls', opts.controls ? '1' : '0');
	if (typeof opts.interactive === 'boolean' && opts.interactive !== EMBED_DEFAULTS.interactive) params.set('interactive', opts.interactive ? '1' : '0');
	if (isLangTag(opts.lang)) params.set('lang', opts.lang);
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** An embed page with its options: the step's own page (`/embed/<step id>/?names=<party>`), or `/embed/` without a well-formed step. */
export function embedHref(opts: Partial<EmbedOptions>, base = ''): string {
	return `${embedPagePath(isStepId(opts.step) ? opts.step : null, base)}${embedQuery(opts)}`;
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
	/** The iframe alone: works where scripts are stripped, at its initial height (the map gives way or fills it). */
	iframe: string;
	/** The iframe, then /embed.js, which finds it (by its data-treaty-map) and makes it follow its content's height and adds the host API. */
	script: string;
	/**
	 * The oEmbed file's html: a quoted link to the step's page, then the script snippet. WordPress keeps the
	 * blockquote and the iframe and drops the script; since 5.9 it loads its own sizing script (wp-embed.js) only
	 * for an embed whose blockquote it kept, and shows that link until the frame first speaks. Where scripts run,
	 * embed.js hides the link.
	 */
	oembed: string;
}

/**
 * Ready-to-paste HTML for the "Share / embed" control and for oEmbed. `origin` is the app's real public URL: in the
 * browser `location.origin` (during prerender the origin is SvelteKit's placeholder), at build PUBLIC_SITE_URL, or
 * `null` for root-relative URLs when the build was not told its origin. The frame opens the step's own embed page
 * (prerendered: right without JavaScript too); the link opens the step's own page.
 */
export function embedSnippets(origin: string | null, opts: Partial<EmbedOptions> & { title?: string } = {}, languageBase = ''): EmbedSnippets {
	const base = origin === null ? '' : appBase(origin);
	const frameUrl = escapeAttribute(`${base}${embedHref(opts, languageBase)}`);
	const storyUrl = escapeAttribute(
		`${base}${shareHref(isStepId(opts.step) ? opts.step : null, isNamingMode(opts.names) ? opts.names : EMBED_DEFAULTS.names, languageBase)}`
	);
	const title = escapeAttribute(opts.title?.trim() || EMBED_TITLE);
	// frameborder survives CMS filters that drop style (WordPress keeps src, width, height, frameborder, title).
	// data-treaty-map marks it for embed.js, which leaves any other iframe of the same pages (a publisher's own) alone.
	const iframe =
		`<iframe src="${frameUrl}" title="${title}" width="100%" height="${EMBED_INITIAL_HEIGHT_PX}" frameborder="0" ` +
		`loading="lazy" allow="fullscreen" style="border:0;width:100%;display:block" data-treaty-map></iframe>`;
	const script = `${iframe}\n<script async src="${escapeAttribute(base + EMBED_SCRIPT_PATH)}"></script>`;
	return { iframe, script, oembed: `<blockquote><a href="${storyUrl}">${title}</a></blockquote>\n${script}` };
}
