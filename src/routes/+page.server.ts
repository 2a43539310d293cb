// The front page's meta: the story's title and dek, its card, its oEmbed file (built once, at prerender).
import { metaFor } from '$lib/server/pageMetaFor';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ meta: metaFor(null) });
