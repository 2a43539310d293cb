// /embed/<id>/: one prerendered embed page per step, so a frame opens on its step even when no script runs (a sandbox
// without the CORS headers, a CMS that blocks scripts) and steps through the story by links to the other steps' pages.
import { error } from '@sveltejs/kit';
import { siteUrl } from '$lib/server/pageMetaFor';
import { story } from '$lib/story/storyFor';
import type { EntryGenerator, PageServerLoad } from './$types';

export const trailingSlash = 'always';

export const entries: EntryGenerator = () => story.steps.map((s) => ({ id: s.id }));

export const load: PageServerLoad = ({ params }) => {
	if (!story.steps.some((s) => s.id === params.id)) error(404, `No step "${params.id}" in the story`);
	return { stepId: params.id, site: siteUrl() };
};
