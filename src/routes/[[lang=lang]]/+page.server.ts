// The front page of a language: the story's title and dek, its card, its oEmbed file (built once, at prerender).
import { metaFor } from '$lib/server/pageMetaFor';
import { languageEntries, languageOfPrefix } from '$lib/server/storyData';
import type { EntryGenerator, PageServerLoad } from './$types';

/** /ja/ is a folder of its own (ja/index.html): any static host serves it. */
export const trailingSlash = 'always';

/** Every language's page, found without following links. */
export const entries: EntryGenerator = () => languageEntries();

export const load: PageServerLoad = ({ params }) => ({ meta: metaFor(languageOfPrefix(params.lang)!, null) });
