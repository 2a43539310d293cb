// What the live map needs besides its code, asked for the moment the map's code is (after the first paint), so it
// downloads beside that code while the reader reads instead of after it: the first bytes of the tiles archive, its
// header and root directory (without this they are read only once the worker asks for its first tile). And where
// MapLibre's worker starts from (built with the map's code, whose shared chunk it imports: scripts/maplibreFromSource.ts).
import mapData from 'virtual:treaty-map/map-data';
import workerUrl from 'virtual:treaty-map/maplibre-worker';
import standaloneWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

/** The first read of a PMTiles archive: its header and root directory (the `pmtiles` reader asks for exactly this). */
export const ARCHIVE_HEAD_BYTES = 16_384;

interface ArchiveHead {
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
 * Where MapLibre starts its worker: the worker built with the map's code, which imports their shared chunk. In a
 * sandboxed frame (an opaque origin, as WordPress frames embeds) MapLibre fetches the worker's script and starts it
 * from a data: URL, where imports cannot resolve: there it gets the self-contained worker its package ships (the same
 * MapLibre version, so the two speak the same messages), as it did before.
 */
export function mapWorkerUrl(): string {
	return new URL(globalThis.origin === 'null' ? standaloneWorkerUrl : workerUrl, document.baseURI).href;
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
