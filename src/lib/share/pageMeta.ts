// What a page says about itself to search engines, link previews and oEmbed consumers: its title, description,
// canonical URL, social card and oEmbed file. Pure, computed at build time from the story in the default naming mode.
import { embedSnippets, EMBED_INITIAL_HEIGHT_PX } from '../embed/embedOptions';
import { BOTH, type LanguageChoice, type Prose, type Story, type StoryStep } from '../story/model';
import { proseText } from '../story/quoteSpans';
import { renderNames, renderProse } from '../story/renderNames';
import { withoutBreaks } from '../text/lineBreaks';
import { CARD_SIZE, cardPath, frontPagePath, oembedPath, publicUrl, stepPagePath } from './sharePaths';

export interface PageMeta {
	/** The page's <title> and og:title. */
	title: string;
	/** The meta description and og:description. */
	description: string;
	/** The page's own URL (absolute when the build knows its origin). */
	canonical: string;
	/** The page's social card. */
	image: { url: string; width: number; height: number; type: 'image/png'; alt: string };
	/** The page's oEmbed JSON. */
	oembed: string;
	/** The explainer's name (og:site_name, oEmbed provider_name). */
	siteName: string;
	/** The language's URL prefix ('' for the default language). */
	base: string;
	/** og:locale ("ja_JP"), when the page's language is known. */
	locale?: string;
	/** og:locale:alternate: the story's other languages. */
	localeAlternates: string[];
	/**
	 * The same page in every language the story is told in, this one included, then `x-default` (the default
	 * language's), as <link rel="alternate" hreflang>; empty for a story told in one language.
	 */
	alternates: { hreflang: string; href: string }[];
}

/**
 * The oEmbed 1.0 answer for a page: a "rich" embed, whose html is the share control's responsive snippet (the iframe
 * of the step's embed page, then embed.js) after a quoted link to the page, which WordPress needs (embedSnippets).
 */
export interface OEmbed {
	version: '1.0';
	type: 'rich';
	title: string;
	html: string;
	width: number;
	height: number;
	provider_name: string;
	provider_url: string;
	thumbnail_url: string;
	thumbnail_width: number;
	thumbnail_height: number;
	cache_age: number;
}

/** The width an oEmbed consumer reserves for the embed; it fills its column and then follows the map's height. */
const OEMBED_WIDTH = 640;
/** A day: the files change only with a new build. */
const OEMBED_CACHE_SECONDS = 86_400;
/** Link previews cut descriptions at about this length; a longer first sentence is shortened at a word. */
export const DESCRIPTION_MAX = 200;
/** A first sentence shorter than this is a teaser, not a description: the next one is added. */
export const DESCRIPTION_MIN = 60;

/** Languages written without spaces set about twice as much in a character: their descriptions are half as long. */
export function descriptionLimits(lang = 'en'): { min: number; max: number } {
	const dense = ['ja', 'zh', 'ko'].includes(new Intl.Locale(lang).language);
	return dense ? { min: DESCRIPTION_MIN / 2, max: DESCRIPTION_MAX / 2 } : { min: DESCRIPTION_MIN, max: DESCRIPTION_MAX };
}

/**
 * Where a sentence ends: at . ! or ? (with any closing quote) followed by a space and a capital, a digit or an opening
 * quote, or by the end; or at Japanese and Chinese 。！？ (with any closing bracket or quote).
 */
const SENTENCE = /^[\s\S]*?(?:[.!?][”’"')»]*(?=\s+[\p{Lu}\p{N}“‘"(«]|\s*$)|[。！？][」』）”’]*)/u;

/**
 * The first sentence of `text`. An abbreviation inside a sentence ("St. Petersburg") would end it early, so the
 * story avoids them (its tests check every step's description).
 */
export function firstSentence(text: string): string {
	const m = SENTENCE.exec(text.trim());
	return (m ? m[0] : text).trim();
}

/** The opening sentences of `text`: the first, and the next ones while they are shorter together than `min`. */
export function leadSentences(text: string, min = DESCRIPTION_MIN): string {
	let lead = '';
	let rest = text.trim();
	while (rest && lead.length < min) {
		const sentence = firstSentence(rest);
		// Sentences written without spaces between them are joined without one.
		lead = lead ? `${lead}${/[。！？」』）]$/.test(lead) ? '' : ' '}${sentence}` : sentence;
		rest = rest.slice(sentence.length).trim();
	}
	return lead;
}

/** `text`, cut at a word (as `lang` divides words) to at most `max` characters, with an ellipsis when it is longer. */
export function shorten(text: string, max = DESCRIPTION_MAX, lang = 'en'): string {
	if (text.length <= max) return text;
	let cut = '';
	for (const { segment } of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) {
		if (cut.length + segment.length > max - 1) break;
		cut += segment;
	}
	return `${(cut || text.slice(0, max - 1)).replace(/[\s,;:–—\-、，；：]+$/u, '')}…`;
}

/** The paragraph a step opens with as the reader sees it: the author's argument first where the step has one. */
export function openingParagraph(step: StoryStep): Prose | string {
	return step.opinion?.[0] ?? step.facts[0] ?? step.mapDescription;
}

/** The URL prefix of the story's pages in its own language ('' for the default language). */
export function baseOf(story: Pick<Story, 'lang' | 'languages'>): string {
	return story.languages.find((l) => l.lang === story.lang)?.base ?? '';
}

/** Everything a page needs for its <head> and its oEmbed file. `stepIndex` null is the front page. */
export function pageMeta(story: Story, stepIndex: number | null, site: string | null, siteName: string, languages: readonly LanguageChoice[] = []): PageMeta {
	const step = stepIndex === null ? null : story.steps[stepIndex];
	if (stepIndex !== null && !step) throw new RangeError(`pageMeta: no step ${stepIndex} in story "${story.id}"`);
	const render = (text: string): string => withoutBreaks(renderNames(text, BOTH, story.names));
	const base = baseOf(story);
	const opening = (s: StoryStep): string => {
		const p = openingParagraph(s);
		return typeof p === 'string' ? render(p) : withoutBreaks(proseText(renderProse(p, BOTH, story.names)));
	};
	const own = languages.find((l) => l.lang === story.lang);
	const limits = descriptionLimits(story.lang);
	const pageIn = (b: string): string => publicUrl(site, step ? stepPagePath(step.id, b) : frontPagePath(b));
	// The front page's card shows the first step's map; its alt text is that map's description.
	const mapStep = step ?? story.steps[0]!;
	return {
		title: step ? `${render(step.title)} · ${withoutBreaks(story.title)}` : withoutBreaks(story.title),
		description: shorten(step ? leadSentences(opening(step), limits.min) : withoutBreaks(story.dek), limits.max, story.lang),
		canonical: publicUrl(site, step ? stepPagePath(step.id, base) : frontPagePath(base)),
		image: { url: publicUrl(site, cardPath(step?.id ?? null, base)), ...CARD_SIZE, type: 'image/png', alt: render(mapStep.mapDescription) },
		oembed: publicUrl(site, oembedPath(step?.id ?? null, base)),
		siteName,
		base,
		...(own ? { locale: own.ogLocale } : {}),
		localeAlternates: languages.filter((l) => l.lang !== story.lang).map((l) => l.ogLocale),
		alternates:
			languages.length > 1
				? [...languages.map((l) => ({ hreflang: l.lang, href: pageIn(l.base) })), { hreflang: 'x-default', href: pageIn(languages[0]!.base) }]
				: []
	};
}

/** The oEmbed answer for the page `meta` describes: the embed opens at `stepId` (the front page's: the first step). */
export function oembedFor(meta: PageMeta, stepId: string | null, site: string | null): OEmbed {
	return {
		version: '1.0',
		type: 'rich',
		title: meta.title,
		html: embedSnippets(site, { step: stepId ?? undefined, title: meta.title }, meta.base).oembed,
		width: OEMBED_WIDTH,
		height: EMBED_INITIAL_HEIGHT_PX,
		provider_name: meta.siteName,
		provider_url: publicUrl(site, '/'),
		thumbnail_url: meta.image.url,
		thumbnail_width: meta.image.width,
		thumbnail_height: meta.image.height,
		cache_age: OEMBED_CACHE_SECONDS
	};
}
