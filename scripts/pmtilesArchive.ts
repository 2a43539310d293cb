// A PMTiles v3 writer (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md): the map's vector tiles as one
// file a static host serves and a reader fetches in ranges. The `pmtiles` package reads archives but writes none (nor
// does any other package in the npm registry), so the header and directories are written here, by the spec, with the
// package's own tile ids; its reader checks every archive in scripts/pmtilesArchive.test.ts.
// Tiles are stored gzip-compressed (a range request cannot be compressed on the wire), directories gzip-compressed,
// identical tiles once, and leaf directories used when the root would not fit in the first 16 KB a reader fetches.
import { gzipSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';

/** What a reader fetches first: the header and the root directory must fit in it. */
export const FIRST_FETCH_BYTES = 16_384;
const HEADER_BYTES = 127;

interface Entry {
	tileId: number;
	offset: number;
	length: number;
	runLength: number;
}

function varint(out: number[], value: number): void {
	let v = value;
	while (v >= 0x80) {
		out.push((v % 0x80) | 0x80);
		v = Math.floor(v / 0x80);
	}
	out.push(v);
}

function serializeDirectory(entries: Entry[]): Buffer {
	const out: number[] = [];
	varint(out, entries.length);
	let last = 0;
	for (const e of entries) {
		varint(out, e.tileId - last);
		last = e.tileId;
	}
	for (const e of entries) varint(out, e.runLength);
	for (const e of entries) varint(out, e.length);
	entries.forEach((e, i) => {
		const prev = entries[i - 1];
		varint(out, i > 0 && prev && e.offset === prev.offset + prev.length ? 0 : e.offset + 1);
	});
	return gzipSync(Buffer.from(out), { level: 9 });
}

export interface Archive {
	bytes: Buffer;
	/** Where each tile's bytes are, by "z/x/y". */
	tiles: Map<string, { offset: number; length: number }>;
	/** Where each leaf directory is, and which tile ids it covers (none if the root holds every tile). */
	leaves: { offset: number; length: number; firstTileId: number; lastTileId: number }[];
	rootLength: number;
	tileDataLength: number;
	/** Tiles addressed, and distinct tile contents stored. */
	addressed: number;
	contents: number;
}

/** Writes an archive of MVT tiles (uncompressed protobufs, by "z/x/y"). */
export function writeArchive(
	tiles: Map<string, Uint8Array>,
	meta: { bounds: [number, number, number, number]; minZoom: number; maxZoom: number; center: [number, number, number]; json: object }
): Archive {
	const sorted = [...tiles]
		.map(([key, data]) => {
			const [z, x, y] = key.split('/').map(Number) as [number, number, number];
			return { key, id: zxyToTileId(z, x, y), data: gzipSync(data, { level: 9 }) };
		})
		.sort((a, b) => a.id - b.id);
	// Tile data, identical contents stored once; consecutive ids with the same contents become one run.
	const byContent = new Map<string, { offset: number; length: number }>();
	const chunks: Buffer[] = [];
	let dataLength = 0;
	const entries: Entry[] = [];
	const where = new Map<string, { offset: number; length: number }>();
	for (const t of sorted) {
		const hash = t.data.toString('base64');
		let at = byContent.get(hash);
		if (!at) {
			at = { offset: dataLength, length: t.data.length };
			byContent.set(hash, at);
			chunks.push(t.data);
			dataLength += t.data.length;
		}
		where.set(t.key, at);
		const last = entries[entries.length - 1];
		if (last && last.offset === at.offset && last.tileId + last.runLength === t.id) last.runLength++;
		else entries.push({ tileId: t.id, offset: at.offset, length: at.length, runLength: 1 });
	}

	// The root alone if it fits the first fetch; else leaves of a growing size until the root of leaves fits.
	let root = serializeDirectory(entries);
	let leafBlobs: Buffer[] = [];
	let leaves: Archive['leaves'] = [];
	if (HEADER_BYTES + root.length > FIRST_FETCH_BYTES) {
		for (let size = 4096; ; size *= 2) {
			leafBlobs = [];
			leaves = [];
			const rootEntries: Entry[] = [];
			let offset = 0;
			for (let i = 0; i < entries.length; i += size) {
				const slice = entries.slice(i, i + size);
				const blob = serializeDirectory(slice);
				leafBlobs.push(blob);
				leaves.push({
					offset,
					length: blob.length,
					firstTileId: slice[0]!.tileId,
					lastTileId: slice[slice.length - 1]!.tileId + slice[slice.length - 1]!.runLength - 1
				});
				rootEntries.push({ tileId: slice[0]!.tileId, offset, length: blob.length, runLength: 0 });
				offset += blob.length;
			}
			root = serializeDirectory(rootEntries);
			if (HEADER_BYTES + root.length <= FIRST_FETCH_BYTES) break;
		}
	}
	const metadata = gzipSync(Buffer.from(JSON.stringify(meta.json)), { level: 9 });
	const leafData = Buffer.concat(leafBlobs);
	const rootOffset = HEADER_BYTES;
	const metadataOffset = rootOffset + root.length;
	const leafOffset = metadataOffset + metadata.length;
	const dataOffset = leafOffset + leafData.length;

	const header = Buffer.alloc(HEADER_BYTES);
	header.write('PMTiles', 0, 'ascii');
	header.writeUInt8(3, 7);
	const u64 = (value: number, at: number): void => void header.writeBigUInt64LE(BigInt(value), at);
	u64(rootOffset, 8);
	u64(root.length, 16);
	u64(metadataOffset, 24);
	u64(metadata.length, 32);
	u64(leafOffset, 40);
	u64(leafData.length, 48);
	u64(dataOffset, 56);
	u64(dataLength, 64);
	u64(sorted.length, 72);
	u64(entries.length, 80);
	u64(byContent.size, 88);
	header.writeUInt8(1, 96); // clustered: tiles are in tile-id order
	header.writeUInt8(2, 97); // internal compression: gzip
	header.writeUInt8(2, 98); // tile compression: gzip
	header.writeUInt8(1, 99); // tile type: MVT
	header.writeUInt8(meta.minZoom, 100);
	header.writeUInt8(meta.maxZoom, 101);
	const e7 = (deg: number, at: number): void => void header.writeInt32LE(Math.round(deg * 1e7), at);
	e7(meta.bounds[0], 102);
	e7(meta.bounds[1], 106);
	e7(meta.bounds[2], 110);
	e7(meta.bounds[3], 114);
	header.writeUInt8(meta.center[2], 118);
	e7(meta.center[0], 119);
	e7(meta.center[1], 123);

	const tilesAt = new Map([...where].map(([key, at]) => [key, { offset: dataOffset + at.offset, length: at.length }]));
	return {
		bytes: Buffer.concat([header, root, metadata, leafData, ...chunks]),
		tiles: tilesAt,
		leaves: leaves.map((l) => ({ ...l, offset: leafOffset + l.offset })),
		rootLength: root.length,
		tileDataLength: dataLength,
		addressed: sorted.length,
		contents: byContent.size
	};
}

/** The bytes a reader fetches to draw these tiles: the first 16 KB (header and root), the leaves it needs, the tiles. */
export function bytesToRead(archive: Archive, tileKeys: readonly string[]): { requests: number; bytes: number } {
	let bytes = Math.min(FIRST_FETCH_BYTES, archive.bytes.length);
	let requests = 1;
	const leaves = new Set<number>();
	const seen = new Set<number>();
	for (const key of tileKeys) {
		const at = archive.tiles.get(key);
		if (!at) continue;
		const [z, x, y] = key.split('/').map(Number) as [number, number, number];
		const id = zxyToTileId(z, x, y);
		const leaf = archive.leaves.findIndex((l) => id >= l.firstTileId && id <= l.lastTileId);
		if (leaf >= 0) leaves.add(leaf);
		if (seen.has(at.offset)) continue;
		seen.add(at.offset);
		bytes += at.length;
		requests++;
	}
	for (const l of leaves) {
		bytes += archive.leaves[l]!.length;
		requests++;
	}
	return { requests, bytes };
}
