// Every page, as it is prerendered: its <html lang> is the page's language (src/lib/i18n/locales.ts).
import type { Handle } from '@sveltejs/kit';
import { DEFAULT_LOCALE, LOCALES } from '$lib/i18n/locales';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => html.replace('%treaty.lang%', LOCALES[DEFAULT_LOCALE].lang) });
