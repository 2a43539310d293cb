// The interface's words in the page's language: only that language's messages file is fetched.
import { loadMessages } from '$lib/i18n/locales';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = async ({ data }) => ({ ...data, messages: await loadMessages(data.story.lang) });
