// /cards/<step id>.png and /cards/story.png (and /ja/cards/...): each page's social card (og:image, twitter:image,
// oEmbed thumbnail), in the page's language.
import { renderCardPng } from '$lib/server/socialCards';
import { staticMaps } from '$lib/server/staticMaps';
import { languageEntries, languageOfPrefix, storyIn } from '$lib/server/storyData';
import { FRONT_PAGE_KEY } from '$lib/share/sharePaths';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	languageEntries().flatMap((l) => [{ ...l, id: FRONT_PAGE_KEY }, ...storyIn().steps.map((s) => ({ ...l, id: s.id }))]);

export const GET: RequestHandler = async ({ params }) => {
	const lang = languageOfPrefix(params.lang);
	const svg = lang ? (await staticMaps(lang)).socials.get(params.id) : undefined;
	if (!lang || !svg) return new Response(`No social card for "${params.id}"`, { status: 404, headers: { 'content-type': 'text/plain' } });
	return new Response(renderCardPng(svg, `"${params.lang ? `${params.lang}/` : ''}${params.id}"`, lang), { headers: { 'content-type': 'image/png' } });
};
