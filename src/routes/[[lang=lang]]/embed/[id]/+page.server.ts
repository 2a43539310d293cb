// /embed/<id>/ (and /ja/embed/<id>/...): one prerendered embed page per step and language, so a frame opens on its
// step even when no script runs (a sandbox without the CORS headers, a CMS that blocks scripts) and steps through the
// story by links to the other steps' pages.
import { error } from '@sveltejs/kit';
import { siteUrl } from '$lib/server/pageMetaFor';
import { languageEntries, languageOfPrefix, storyIn } from '$lib/server/storyData';
import type { EntryGenerator, PageServerLoad } from './$types';

export const trailingSlash = 'always';

export const entries: EntryGenerator = () => languageEntries().flatMap((l) => storyIn().steps.map((s) => ({ ...l, id: s.id })));

export const load: PageServerLoad = ({ params }) => {
	const lang = languageOfPrefix(params.lang)!;
	if (!storyIn(lang).steps.some((s) => s.id === params.id)) error(404, `No step "${params.id}" in the story`);
	return { stepId: params.id, site: siteUrl() };
};
