import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PMTiles, TileType, Compression, type Source } from 'pmtiles';
import { FIRST_FETCH_BYTES, writeArchive } from './pmtilesArchive';

/** The `pmtiles` package's own reader over the archive's bytes, as a browser reads it in ranges. */
function reader(bytes: Buffer): { archive: PMTiles; reads: [number, number][] } {
	const reads: [number, number][] = [];
	const source: Source = {
		getKey: () => 'test.pmtiles',
		getBytes: async (offset, length) => {
			reads.push([offset, length]);
			return { data: bytes.buffer.slice(bytes.byteOffset + offset, bytes.byteOffset + offset + length) as ArrayBuffer };
		}
	};
	return { archive: new PMTiles(source), reads };
}

/** A tile's made-up contents, the same for tiles in the same column (for the reader's runs of identical tiles). */
const contents = (z: number, x: number): Uint8Array => new TextEncoder().encode(`tile ${z}/${x}`.repeat(4));

function tilesDownTo(maxZoom: number): Map<string, Uint8Array> {
	const tiles = new Map<string, Uint8Array>();
	for (let z = 0; z <= maxZoom; z++) for (let x = 0; x < 2 ** z; x++) for (let y = 0; y < 2 ** z; y++) tiles.set(`${z}/${x}/${y}`, contents(z, x));
	return tiles;
}

const META = {
	bounds: [-10, -20, 30, 40] as [number, number, number, number],
	minZoom: 0,
	maxZoom: 3,
	center: [10, 10, 2] as [number, number, number],
	json: { vector_layers: [] }
};

describe('writeArchive', () => {
	it('writes a header the pmtiles reader understands: vector tiles, gzip, zooms, bounds, counts', async () => {
		const tiles = tilesDownTo(3);
		const { archive } = reader(writeArchive(tiles, META).bytes);
		const header = await archive.getHeader();
		expect(header).toMatchObject({
			specVersion: 3,
			tileType: TileType.Mvt,
			tileCompression: Compression.Gzip,
			internalCompression: Compression.Gzip,
			minZoom: 0,
			maxZoom: 3,
			minLon: -10,
			minLat: -20,
			maxLon: 30,
			maxLat: 40,
			centerZoom: 2,
			numAddressedTiles: tiles.size,
			clustered: true
		});
		expect(await archive.getMetadata()).toEqual({ vector_layers: [] });
	});

	it('gives back every tile as written, identical tiles stored once, and nothing for a tile it does not hold', async () => {
		const tiles = tilesDownTo(3);
		const written = writeArchive(tiles, META);
		const { archive } = reader(written.bytes);
		expect(written.contents).toBe(1 + 2 + 4 + 8);
		for (const [key, data] of tiles) {
			const [z, x, y] = key.split('/').map(Number) as [number, number, number];
			const got = await archive.getZxy(z, x, y);
			expect(Buffer.from(got!.data)).toEqual(Buffer.from(data));
		}
		expect(await archive.getZxy(4, 0, 0)).toBeUndefined();
		// Stored gzip-compressed: a range request cannot be compressed on the wire.
		const at = written.tiles.get('3/5/2')!;
		expect(gunzipSync(written.bytes.subarray(at.offset, at.offset + at.length))).toEqual(Buffer.from(contents(3, 5)));
	});

	it('keeps the header and root in the first read, with leaf directories when there are too many tiles for it', async () => {
		// Distinct contents of scattered lengths, so no runs and little to compress: 21 845 entries cannot fit 16 KB.
		const tiles = new Map<string, Uint8Array>();
		let seed = 7;
		const next = (): number => (seed = (seed * 48271) % 2147483647);
		for (let z = 0; z <= 7; z++)
			for (let x = 0; x < 2 ** z; x++)
				for (let y = 0; y < 2 ** z; y++) {
					const noise = Array.from({ length: next() % 400 }, () => String.fromCharCode(33 + (next() % 90))).join('');
					tiles.set(`${z}/${x}/${y}`, new TextEncoder().encode(`${z}/${x}/${y} ${noise}`));
				}
		const written = writeArchive(tiles, { ...META, maxZoom: 7 });
		expect(written.leaves.length).toBeGreaterThan(1);
		expect(127 + written.rootLength).toBeLessThanOrEqual(FIRST_FETCH_BYTES);
		const { archive, reads } = reader(written.bytes);
		expect(new TextDecoder().decode((await archive.getZxy(7, 100, 27))!.data)).toMatch(/^7\/100\/27 /);
		expect(new TextDecoder().decode((await archive.getZxy(2, 1, 3))!.data)).toMatch(/^2\/1\/3 /);
		expect(reads[0]).toEqual([0, FIRST_FETCH_BYTES]);
	});
});
