// /cards/<step id>.png and /cards/story.png: each page's social card (og:image, twitter:image, oEmbed thumbnail).
import { renderCardPng } from '$lib/server/socialCards';
import { staticMaps } from '$lib/server/staticMaps';
import { DEFAULT_LOCALE, LOCALES } from '$lib/i18n/locales';
import { FRONT_PAGE_KEY } from '$lib/share/sharePaths';
import { story } from '$lib/story/storyFor';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => [{ id: FRONT_PAGE_KEY }, ...story.steps.map((s) => ({ id: s.id }))];

export const GET: RequestHandler = ({ params }) => {
	const svg = staticMaps(story, LOCALES[DEFAULT_LOCALE].messages).socials.get(params.id);
	if (!svg) return new Response(`No social card for "${params.id}"`, { status: 404, headers: { 'content-type': 'text/plain' } });
	return new Response(renderCardPng(svg, `"${params.id}"`), { headers: { 'content-type': 'image/png' } });
};
