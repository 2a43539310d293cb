// The live map's code and styles, fetched once per page, after the first paint (src/hooks.client.ts starts it while
// the page hydrates; MapFrame waits for it), with the first bytes of its data beside them (mapPrefetch.ts). Nothing here is in the JavaScript of the first load.
import maplibreCssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import { loadStylesheet } from './loadStylesheet';
import { prefetchMapData } from './mapPrefetch';

let loading: Promise<[typeof import('./LiveMap.svelte'), typeof import('./Inset.svelte')]> | null = null;

export function loadMapModules(): NonNullable<typeof loading> {
	if (loading) return loading;
	// A mark for the benchmark (bench/run.ts) and for anyone profiling: where the map's download begins.
	performance.mark('treaty-map:map-load-start');
	prefetchMapData();
	loading = Promise.all([import('./LiveMap.svelte'), import('./Inset.svelte'), loadStylesheet(maplibreCssUrl)]).then(([map, inset]) => [map, inset]);
	// A failed download may be retried (by a later mount), not remembered.
	loading.catch(() => (loading = null));
	return loading;
}
