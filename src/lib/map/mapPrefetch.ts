// What the live map needs besides its code, asked for the moment the map's code is (after the first paint), so it
// downloads beside that code while the reader reads instead of after it: the first bytes of the tiles archive, its
// header and root directory (without this they are read only once the worker asks for its first tile). And where
// MapLibre's worker starts from (built with the map's code, whose shared chunk it imports: scripts/maplibreFromSource.ts).
import mapData from 'virtual:treaty-map/map-data';
import workerUrl from 'virtual:treaty-map/maplibre-worker';

/** The first read of a PMTiles archive: its header and root directory (the `pmtiles` reader asks for exactly this). */
export const ARCHIVE_HEAD_BYTES = 16_384;

export interface ArchiveHead {
	data: ArrayBuffer;
	etag?: string;
}

interface Prefetched {
	/** The archive's first bytes, or null if they could not be had (the reader then asks for them itself). */
	archiveHead: Promise<ArchiveHead | null>;
	/** The archive's absolute URL. */
	archiveUrl: string;
}

let prefetched: Prefetched | null = null;

/**
 * Where MapLibre starts its worker. In a sandboxed frame (an opaque origin, as WordPress frames embeds) MapLibre starts
 * it from a data: URL of the script's text, where the worker's imports of its shared chunk could not resolve: there it
 * is given a one-line module that imports the worker by its absolute URL (served with CORS: static/_headers).
 */
export function mapWorkerUrl(): string {
	const absolute = new URL(workerUrl, document.baseURI).href;
	return globalThis.origin === 'null' ? `data:text/javascript,${encodeURIComponent(`import ${JSON.stringify(absolute)};`)}` : absolute;
}

/** Starts the downloads once per page; later calls share them. */
export function prefetchMapData(): Prefetched {
	if (prefetched) return prefetched;
	const archiveUrl = new URL(mapData.tiles, document.baseURI).href;
	const archiveHead = fetch(archiveUrl, { headers: { range: `bytes=0-${ARCHIVE_HEAD_BYTES - 1}` } })
		.then(async (r): Promise<ArchiveHead | null> => {
			// A host that ignores ranges sends the whole file with 200: leave the reading to the reader, which says why.
			if (r.status !== 206) return null;
			const etag = r.headers.get('etag');
			return { data: await r.arrayBuffer(), ...(etag && !etag.startsWith('W/') ? { etag } : {}) };
		})
		.catch(() => null);
	prefetched = { archiveHead, archiveUrl };
	return prefetched;
}
