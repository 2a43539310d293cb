// Where the shareable files of the build live, and how their public URLs are made. Pure: used at build time (the
// step pages' meta, the cards, oEmbed, the sitemap) and in the browser (the share control, the address bar).
// Every path takes the language's prefix (`base`: '' for the story's default language, '/ja' for Japanese...).
import { FRONT_PAGE_KEY } from '../text/ids';
import { BOTH, type NamingMode } from '../story/model';

export { FRONT_PAGE_KEY };

/** A language's front page: `/`, `/ja/`. */
export function frontPagePath(base = ''): string {
	return `${base}/`;
}

/** A step's own page: the story opened at that step. The trailing slash makes it a folder, so any static host serves it. */
export function stepPagePath(id: string, base = ''): string {
	return `${base}/step/${id}/`;
}

/** The page a reader at step `index` of `ids` can share: the front page for the first step, the step's page for the others. */
export function sharePathFor(ids: readonly string[], index: number, base = ''): string {
	const id = ids[index];
	return index <= 0 || id === undefined ? frontPagePath(base) : stepPagePath(id, base);
}

/**
 * The link to share for a step (`null`: the story's start, the front page), with the naming choice when it is not
 * the default: `/step/<id>/?names=<party>`. Root-relative; prefix the origin for an absolute link.
 */
export function shareHref(stepId: string | null, names: NamingMode, base = ''): string {
	return `${stepId ? stepPagePath(stepId, base) : frontPagePath(base)}${names === BOTH ? '' : `?names=${encodeURIComponent(names)}`}`;
}

/** The social card (1200×630 PNG) of a step, or of the front page (`null`). */
export function cardPath(stepId: string | null, base = ''): string {
	return `${base}/cards/${stepId ?? FRONT_PAGE_KEY}.png`;
}

/** The oEmbed JSON of a step, or of the front page (`null`). */
export function oembedPath(stepId: string | null, base = ''): string {
	return `${base}/oembed/${stepId ?? FRONT_PAGE_KEY}.json`;
}

/** The kinds of static map each step has (src/routes/[[lang=lang]]/static-maps/). */
export type StaticMapKind = 'steps' | 'frame' | 'phone';

/** A step's static map of a kind: beside its text (steps), in the desktop frame (frame), in a phone's frame (phone). */
export function staticMapPath(kind: StaticMapKind, stepId: string, base = ''): string {
	return `${base}/static-maps/${kind}/${stepId}.svg`;
}

/** The locator inset's land for one of the story's inset extents (drawn at build; the same in every language). */
export function insetMapPath(extentId: string): string {
	return `/static-maps/inset/${extentId}.svg`;
}

export const SITEMAP_PATH = '/sitemap.xml';

/** The card's size: what Open Graph and X (Twitter) show as a large image. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/**
 * The public origin the build writes absolute URLs for (PUBLIC_SITE_URL), as `https://host[:port]` without a
 * trailing slash; `null` when unset or blank, and an error naming the setting when it is not an http(s) origin. The
 * site is served from the root of that origin (its pages link each other root-relative), so a path is refused.
 */
export function parseSiteUrl(raw: string | undefined): string | null {
	const value = raw?.trim();
	if (!value) return null;
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new Error(`PUBLIC_SITE_URL: ${JSON.stringify(value)} is not a URL; give the public origin, e.g. https://example.org`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`PUBLIC_SITE_URL: ${JSON.stringify(value)} must be an http(s) URL`);
	if (url.pathname !== '/' || url.search || url.hash || url.username)
		throw new Error(`PUBLIC_SITE_URL: ${JSON.stringify(value)} must be an origin only (the site is served from its root), e.g. https://example.org`);
	return url.origin;
}

/** `path` (root-relative) on the public site: absolute when the site is known, else left root-relative. */
export function publicUrl(site: string | null, path: string): string {
	return site ? `${site}${path}` : path;
}
