// Every page, as it is prerendered: its <html lang> is the page's language (/ja/... is Japanese, no prefix the story's
// default), and its <head> holds the script that keeps a reader's first clicks and keys until the app has started
// (src/lib/earlyInput/). The embed pages also end their <head> with the frame's own script
// (src/lib/embed/embedFrameScript.js), after the meta it reads.
import type { Handle } from '@sveltejs/kit';
import { EARLY_INPUT_SCRIPT } from '$lib/earlyInput/earlyInputScript.js';
import { EMBED_FRAME_SCRIPT } from '$lib/embed/embedFrameScript.js';
import { DEFAULT_LANGUAGE, languageOfPrefix } from '$lib/server/storyData';

export const handle: Handle = ({ event, resolve }) => {
	const lang = languageOfPrefix(event.params.lang) ?? DEFAULT_LANGUAGE;
	const route = event.route.id?.replace('/[[lang=lang]]', '') ?? '';
	const embed = route === '/embed' || route.startsWith('/embed/');
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('%treaty.lang%', lang).replace('%treaty.earlyInput%', `<script>${EARLY_INPUT_SCRIPT}</script>`);
			return embed ? page.replace('</head>', `<script>${EMBED_FRAME_SCRIPT}</script></head>`) : page;
		}
	});
};
