// /embed/ (and /ja/embed/...): the embed page without a step in its path. It opens at ?step= (the older address,
// which its inline script moves to the step's own page) or at the first step. A folder, like the steps' embed pages
// under it, so every static host serves both.
import { siteUrl } from '$lib/server/pageMetaFor';
import { languageEntries } from '$lib/server/storyData';
import type { EntryGenerator, PageServerLoad } from './$types';

export const trailingSlash = 'always';

/** Every language's page, found without following links. */
export const entries: EntryGenerator = () => languageEntries();

export const load: PageServerLoad = () => ({ stepId: null, site: siteUrl() });
