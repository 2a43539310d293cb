// Every page, as it is prerendered: its <html lang> (and dir) is the page's language (/ja/... is Japanese, no prefix
// the story's default), and its <head> holds the script that keeps a reader's first clicks and keys until the app has
// started (src/lib/earlyInput/).
import type { Handle } from '@sveltejs/kit';
import { EARLY_INPUT_SCRIPT } from '$lib/earlyInput/earlyInputScript.js';
import { DEFAULT_LANGUAGE, languageOfPrefix } from '$lib/server/storyData';

export const handle: Handle = ({ event, resolve }) => {
	const lang = languageOfPrefix(event.params.lang) ?? DEFAULT_LANGUAGE;
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%treaty.lang%', lang).replace('%treaty.earlyInput%', `<script>${EARLY_INPUT_SCRIPT}</script>`)
	});
};
