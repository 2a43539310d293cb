// The map's side of its data: the `pmtiles://` protocol through which MapLibre reads the tiles archive in ranges
// (the pmtiles package's MapLibre protocol), fed the archive's first bytes already fetched while the reader read
// (mapPrefetch.ts), and MapLibre's worker started from the script fetched the same way. Call before the first map.
import * as maplibregl from 'maplibre-gl';
import { FetchSource, PMTiles, Protocol, type RangeResponse, type Source } from 'pmtiles';
import { ARCHIVE_HEAD_BYTES, mapWorkerUrl, prefetchMapData } from './mapPrefetch';

let protocol: Protocol | null = null;

/** Registers the protocol and the archive once per page; returns the archive's absolute URL. */
export function useMapTiles(): string {
	const { archiveUrl, archiveHead } = prefetchMapData();
	if (protocol) return archiveUrl;
	maplibregl.setWorkerUrl(mapWorkerUrl());
	protocol = new Protocol();
	maplibregl.addProtocol('pmtiles', protocol.tile);
	const fetched = new FetchSource(archiveUrl);
	const source: Source = {
		getKey: () => archiveUrl,
		getBytes: async (offset, length, signal, etag): Promise<RangeResponse> => {
			if (offset === 0 && length === ARCHIVE_HEAD_BYTES) {
				const head = await archiveHead;
				if (head) return head;
			}
			return fetched.getBytes(offset, length, signal, etag);
		}
	};
	protocol.add(new PMTiles(source));
	return archiveUrl;
}
