// Every page, as it is prerendered: its <html lang> is the page's language (src/lib/i18n/locales.ts), and its <head>
// holds the script that keeps a reader's first clicks and keys until the app has started (src/lib/earlyInput/). The
// embed pages also end their <head> with the frame's own script (src/lib/embed/embedFrameScript.js), after the meta
// it reads.
import type { Handle } from '@sveltejs/kit';
import { EARLY_INPUT_SCRIPT } from '$lib/earlyInput/earlyInputScript.js';
import { EMBED_FRAME_SCRIPT } from '$lib/embed/embedFrameScript.js';
import { DEFAULT_LOCALE, LOCALES } from '$lib/i18n/locales';

export const handle: Handle = ({ event, resolve }) => {
	const embed = event.route.id === '/embed' || event.route.id?.startsWith('/embed/') === true;
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('%treaty.lang%', LOCALES[DEFAULT_LOCALE].lang).replace('%treaty.earlyInput%', `<script>${EARLY_INPUT_SCRIPT}</script>`);
			return embed ? page.replace('</head>', `<script>${EMBED_FRAME_SCRIPT}</script></head>`) : page;
		}
	});
};
