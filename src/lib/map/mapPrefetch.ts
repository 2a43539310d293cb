// What the live map needs besides its code, asked for the moment the map's code is (after the first paint), so all of
// it downloads side by side while the reader reads instead of one after another: MapLibre's worker script (without
// this it is requested only once a map exists) and the first bytes of the tiles archive, its header and root
// directory (without this they are read only once the worker asks for its first tile). Neither needs the map's code.
import mapData from 'virtual:treaty-map/map-data';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

/** The first read of a PMTiles archive: its header and root directory (the `pmtiles` reader asks for exactly this). */
export const ARCHIVE_HEAD_BYTES = 16_384;

export interface ArchiveHead {
	data: ArrayBuffer;
	etag?: string;
}

interface Prefetched {
	/** The worker script as a blob: URL of the bytes fetched (its own URL if the fetch failed: MapLibre then fetches it). */
	worker: Promise<string>;
	/** The archive's first bytes, or null if they could not be had (the reader then asks for them itself). */
	archiveHead: Promise<ArchiveHead | null>;
	/** The archive's absolute URL. */
	archiveUrl: string;
}

let prefetched: Prefetched | null = null;
/** The worker's URL once its download has settled. */
let workerReady: string | null = null;

/** Where MapLibre should start its worker from: the prefetched script if it has arrived, else its file. */
export function mapWorkerUrl(): string {
	return workerReady ?? workerUrl;
}

/** Starts the downloads once per page; later calls share them. */
export function prefetchMapData(): Prefetched {
	if (prefetched) return prefetched;
	const worker = fetch(workerUrl)
		.then((r) => (r.ok ? r.blob() : Promise.reject(new Error(String(r.status)))))
		// A worker made from a blob: URL is same-origin wherever the page is (worker-src allows blob:).
		.then((blob) => URL.createObjectURL(new Blob([blob], { type: 'text/javascript' })))
		.catch(() => workerUrl)
		.then((url) => (workerReady = url));
	const archiveUrl = new URL(mapData.tiles, document.baseURI).href;
	const archiveHead = fetch(archiveUrl, { headers: { range: `bytes=0-${ARCHIVE_HEAD_BYTES - 1}` } })
		.then(async (r): Promise<ArchiveHead | null> => {
			// A host that ignores ranges sends the whole file with 200: leave the reading to the reader, which says why.
			if (r.status !== 206) return null;
			const etag = r.headers.get('etag');
			return { data: await r.arrayBuffer(), ...(etag && !etag.startsWith('W/') ? { etag } : {}) };
		})
		.catch(() => null);
	prefetched = { worker, archiveHead, archiveUrl };
	return prefetched;
}
