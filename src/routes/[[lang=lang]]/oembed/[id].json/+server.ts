// /oembed/<step id>.json and /oembed/story.json (and /ja/oembed/...): oEmbed 1.0 ("rich") for each page, found through
// the page's <link rel="alternate" type="application/json+oembed">. Its html is the share control's embed snippet.
import { json } from '@sveltejs/kit';
import { metaFor, siteUrl } from '$lib/server/pageMetaFor';
import { languageEntries, languageOfPrefix, storyIn } from '$lib/server/storyData';
import { oembedFor } from '$lib/share/pageMeta';
import { FRONT_PAGE_KEY } from '$lib/share/sharePaths';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	languageEntries().flatMap((l) => [{ ...l, id: FRONT_PAGE_KEY }, ...storyIn().steps.map((s) => ({ ...l, id: s.id }))]);

export const GET: RequestHandler = ({ params }) => {
	const lang = languageOfPrefix(params.lang);
	const stepId = params.id === FRONT_PAGE_KEY ? null : params.id;
	if (!lang || (stepId !== null && !storyIn(lang).steps.some((s) => s.id === stepId))) return new Response(`No step "${stepId}"`, { status: 404 });
	return json(oembedFor(metaFor(lang, stepId), stepId, siteUrl()));
};
