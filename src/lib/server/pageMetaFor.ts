// Build time only: each prerendered page's meta (title, description, canonical, card, oEmbed) for the default story,
// with absolute URLs when PUBLIC_SITE_URL gives the public origin. Without it the build warns, once, and writes
// root-relative URLs, which link previews and oEmbed consumers cannot follow.
import { DEFAULT_MESSAGES } from '../i18n/locales';
import { pageMeta, type PageMeta } from '../share/pageMeta';
import { parseSiteUrl } from '../share/sharePaths';
import { languageChoices } from './languageChoices';
import { storyIn } from './storyData';

let warned = false;

/** The public origin from PUBLIC_SITE_URL (read at build), or null with a warning. A malformed value fails the build. */
export function siteUrl(env: Record<string, string | undefined> = process.env): string | null {
	const site = parseSiteUrl(env.PUBLIC_SITE_URL);
	if (!site && !warned) {
		warned = true;
		console.warn(
			'\n[treaty-map] PUBLIC_SITE_URL is not set: canonical links, og:image, oEmbed and the sitemap get root-relative URLs, ' +
				'which link previews cannot follow. Build with PUBLIC_SITE_URL=https://your.site npm run build to publish.\n'
		);
	}
	return site;
}

/** The meta of a language's front page (`null`) or of a step's page; a step the story lacks is an error. */
export function metaFor(lang: string, stepId: string | null): PageMeta {
	const story = storyIn(lang);
	const index = stepId === null ? null : story.steps.findIndex((s) => s.id === stepId);
	if (index === -1) throw new RangeError(`no step "${stepId}" in the story`);
	return pageMeta(story, index, siteUrl(), DEFAULT_MESSAGES.site.name, languageChoices(story.languages));
}
