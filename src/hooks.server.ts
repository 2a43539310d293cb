// At prerender, fills each static-map placeholder with its SVG, so the maps are in the HTML but never in the JS.
import type { Handle } from '@sveltejs/kit';
import { PANEL_WIDTH_PX } from '$lib/components/layout';
import { fillStaticMaps, staticMaps } from '$lib/server/staticMaps';
import { story } from '$lib/story/story';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => (html.includes('data-static-map=') ? fillStaticMaps(html, staticMaps(story, PANEL_WIDTH_PX)) : html)
	});
