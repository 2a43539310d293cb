// Build time only (every page of a language shares it): the story in the page's language, each step's camera, the
// label points and the features' popups, and the publisher's basemap setting. /ja/... is Japanese; no prefix, the
// story's default language.
import { error } from '@sveltejs/kit';
import { languageOfPrefix, pageData } from '$lib/server/storyData';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ params }) => {
	const lang = languageOfPrefix(params.lang);
	if (!lang) error(404, `The story is not told in "${params.lang}"`);
	return pageData(lang);
};
