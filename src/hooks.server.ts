// Every page, as it is prerendered: its <html lang> is the page's language (src/lib/i18n/locales.ts), and its <head>
// holds the script that keeps a reader's first clicks and keys until the app has started (src/lib/earlyInput/).
import type { Handle } from '@sveltejs/kit';
import { EARLY_INPUT_SCRIPT } from '$lib/earlyInput/earlyInputScript.js';
import { DEFAULT_LOCALE, LOCALES } from '$lib/i18n/locales';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%treaty.lang%', LOCALES[DEFAULT_LOCALE].lang).replace('%treaty.earlyInput%', `<script>${EARLY_INPUT_SCRIPT}</script>`)
	});
