// /step/<id>/: the story opened at one step, with that step's meta (title, first sentence, card, oEmbed), one
// prerendered page per step. The trailing slash makes each an index.html in its own folder: any static host serves it.
import { error } from '@sveltejs/kit';
import { metaFor } from '$lib/server/pageMetaFor';
import { story } from '$lib/story/storyFor';
import type { EntryGenerator, PageServerLoad } from './$types';

export const trailingSlash = 'always';

export const entries: EntryGenerator = () => story.steps.map((s) => ({ id: s.id }));

export const load: PageServerLoad = ({ params }) => {
	if (!story.steps.some((s) => s.id === params.id)) error(404, `No step "${params.id}" in the story`);
	return { stepId: params.id, meta: metaFor(params.id) };
};
