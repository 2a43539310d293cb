// /oembed/<step id>.json and /oembed/story.json: oEmbed 1.0 ("rich") for each page, found through the page's
// <link rel="alternate" type="application/json+oembed">. Its html is the share control's responsive embed snippet.
import { json } from '@sveltejs/kit';
import { metaFor, siteUrl } from '$lib/server/pageMetaFor';
import { oembedFor } from '$lib/share/pageMeta';
import { FRONT_PAGE_KEY } from '$lib/share/sharePaths';
import { story } from '$lib/story/storyFor';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => [{ id: FRONT_PAGE_KEY }, ...story.steps.map((s) => ({ id: s.id }))];

export const GET: RequestHandler = ({ params }) => {
	const stepId = params.id === FRONT_PAGE_KEY ? null : params.id;
	if (stepId !== null && !story.steps.some((s) => s.id === stepId)) return new Response(`No step "${stepId}"`, { status: 404 });
	return json(oembedFor(metaFor(stepId), stepId, siteUrl()));
};
