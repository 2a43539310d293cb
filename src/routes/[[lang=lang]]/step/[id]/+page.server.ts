// /step/<id>/ (and /ja/step/<id>/...): the story opened at one step, with that step's meta (title, first sentence,
// card, oEmbed), one prerendered page per step and language. The trailing slash makes each an index.html in its own
// folder: any static host serves it.
import { error } from '@sveltejs/kit';
import { metaFor } from '$lib/server/pageMetaFor';
import { languageEntries, languageOfPrefix, storyIn } from '$lib/server/storyData';
import type { EntryGenerator, PageServerLoad } from './$types';

export const trailingSlash = 'always';

export const entries: EntryGenerator = () => languageEntries().flatMap((l) => storyIn().steps.map((s) => ({ ...l, id: s.id })));

export const load: PageServerLoad = ({ params }) => {
	const lang = languageOfPrefix(params.lang)!;
	if (!storyIn(lang).steps.some((s) => s.id === params.id)) error(404, `No step "${params.id}" in the story`);
	return { stepId: params.id, meta: metaFor(lang, params.id) };
};
