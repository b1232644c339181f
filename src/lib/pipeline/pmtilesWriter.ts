// Writes a PMTiles v3 archive (gzip MVT tiles) in memory. No kept npm or Debian package writes
// PMTiles (the `pmtiles` npm package is a reader only), so this implements the v3 spec
// (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md), following the layout of the
// reference go-pmtiles writer, and tests/unit/pmtilesWriter.test.ts checks it against that reader.
// Node-only (zlib); pure otherwise.
import { gzipSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';

export interface PMTilesTile {
	z: number;
	x: number;
	y: number;
	/** Already gzip-compressed MVT bytes. */
	data: Uint8Array;
}

export interface PMTilesOptions {
	minZoom: number;
	maxZoom: number;
	/** [west, south, east, north] in degrees. */
	bounds: [number, number, number, number];
	/** [lon, lat, zoom]; the middle of the bounds at minZoom when left out. */
	center?: [number, number, number];
	/** Stored as the archive's JSON metadata (e.g. name, attribution, vector_layers). */
	metadata?: Record<string, unknown>;
}

interface Entry {
	tileId: number;
	/** Into the tile data section, or into the leaf directories section when runLength is 0. */
	offset: number;
	length: number;
	/** Consecutive tile ids sharing this content; 0 marks a pointer to a leaf directory. */
	runLength: number;
}

interface PlacedTile {
	tileId: number;
	tile: PMTilesTile;
}

interface StoredContent {
	data: Uint8Array;
	offset: number;
}

const HEADER_BYTES = 127;
/** Readers fetch the first 16 KiB in one request and expect the header and root directory in it. */
const ROOT_DIRECTORY_MAX_BYTES = 16_384 - HEADER_BYTES;
/** The reader's limit: past zoom 26, Hilbert tile ids are no longer exact JavaScript numbers. */
const MAX_ZOOM = 26;
/** 10-byte header, an empty deflate block, 8-byte trailer. */
const GZIP_MIN_BYTES = 20;
const COMPRESSION_GZIP = 2;
const TILE_TYPE_MVT = 1;

export function writePMTiles(tiles: Iterable<PMTilesTile>, options: PMTilesOptions): Uint8Array {
	checkOptions(options);
	const { entries, contents, tileDataLength, addressedTiles } = clusterTileData(
		tilesInTileIdOrder(tiles, options)
	);
	const { root, leaves } = directories(entries);
	const metadata = gzipSync(JSON.stringify(options.metadata ?? {}));

	const rootOffset = HEADER_BYTES;
	const metadataOffset = rootOffset + root.length;
	const leavesOffset = metadataOffset + metadata.length;
	const leavesLength = leaves.reduce((sum, leaf) => sum + leaf.length, 0);
	const tileDataOffset = leavesOffset + leavesLength;

	const archive = new Uint8Array(tileDataOffset + tileDataLength);
	const view = new DataView(archive.buffer);
	archive.set(new TextEncoder().encode('PMTiles'), 0);
	view.setUint8(7, 3);
	const setUint64 = (at: number, value: number) => view.setBigUint64(at, BigInt(value), true);
	setUint64(8, rootOffset);
	setUint64(16, root.length);
	setUint64(24, metadataOffset);
	setUint64(32, metadata.length);
	setUint64(40, leavesOffset);
	setUint64(48, leavesLength);
	setUint64(56, tileDataOffset);
	setUint64(64, tileDataLength);
	setUint64(72, addressedTiles);
	setUint64(80, entries.length);
	setUint64(88, contents.length);
	view.setUint8(96, 1); // clustered: tile data is in tile id order
	view.setUint8(97, COMPRESSION_GZIP); // directories and metadata
	view.setUint8(98, COMPRESSION_GZIP); // tiles
	view.setUint8(99, TILE_TYPE_MVT);
	view.setUint8(100, options.minZoom);
	view.setUint8(101, options.maxZoom);
	const [west, south, east, north] = options.bounds;
	const [centerLon, centerLat, centerZoom] = options.center ?? [
		(west + east) / 2,
		(south + north) / 2,
		options.minZoom
	];
	const setDegrees = (at: number, degrees: number) =>
		view.setInt32(at, Math.round(degrees * 1e7), true);
	setDegrees(102, west);
	setDegrees(106, south);
	setDegrees(110, east);
	setDegrees(114, north);
	view.setUint8(118, centerZoom);
	setDegrees(119, centerLon);
	setDegrees(123, centerLat);

	archive.set(root, rootOffset);
	archive.set(metadata, metadataOffset);
	let at = leavesOffset;
	for (const part of [...leaves, ...contents]) {
		archive.set(part, at);
		at += part.length;
	}
	return archive;
}

function checkOptions({ minZoom, maxZoom, bounds, center }: PMTilesOptions): void {
	if (!isZoom(minZoom) || !isZoom(maxZoom) || minZoom > maxZoom) {
		throw new Error(
			`PMTiles: minZoom and maxZoom must be integers with 0 <= minZoom <= maxZoom <= ${MAX_ZOOM}, got ${minZoom} and ${maxZoom}`
		);
	}
	const [west, south, east, north] = bounds;
	if (!isLonLat(west, south) || !isLonLat(east, north) || west > east || south > north) {
		throw new Error(
			`PMTiles: bounds must be [west, south, east, north] in degrees, got [${bounds.join(', ')}]`
		);
	}
	if (center && (!isLonLat(center[0], center[1]) || !isZoom(center[2]))) {
		throw new Error(
			`PMTiles: center must be [lon, lat, zoom] with zoom 0..${MAX_ZOOM}, got [${center.join(', ')}]`
		);
	}
}

function isZoom(zoom: number): boolean {
	return Number.isInteger(zoom) && zoom >= 0 && zoom <= MAX_ZOOM;
}

function isLonLat(lon: number, lat: number): boolean {
	return Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
}

function tilesInTileIdOrder(
	tiles: Iterable<PMTilesTile>,
	{ minZoom, maxZoom }: PMTilesOptions
): PlacedTile[] {
	const placed: PlacedTile[] = [];
	for (const tile of tiles) {
		const { z, x, y, data } = tile;
		const name = `tile ${z}/${x}/${y}`;
		if (!Number.isInteger(z) || z < minZoom || z > maxZoom) {
			throw new Error(`PMTiles: ${name} is outside the zoom range ${minZoom}..${maxZoom}`);
		}
		const last = 2 ** z - 1;
		if (!Number.isInteger(x) || !Number.isInteger(y) || x < 0 || y < 0 || x > last || y > last) {
			throw new Error(`PMTiles: ${name} needs integer x and y in 0..${last} at zoom ${z}`);
		}
		// The header declares gzip tiles; raw MVT here would only fail later, in the browser.
		if (data.length < GZIP_MIN_BYTES || data[0] !== 0x1f || data[1] !== 0x8b) {
			throw new Error(`PMTiles: ${name} is not gzip-compressed (too short or no gzip magic bytes)`);
		}
		placed.push({ tileId: zxyToTileId(z, x, y), tile });
	}
	if (placed.length === 0) throw new Error('PMTiles: no tiles to write');
	placed.sort((a, b) => a.tileId - b.tileId);
	for (let i = 1; i < placed.length; i++) {
		if (placed[i].tileId === placed[i - 1].tileId) {
			const { z, x, y } = placed[i].tile;
			throw new Error(`PMTiles: tile ${z}/${x}/${y} is given more than once`);
		}
	}
	return placed;
}

/**
 * Lays out tile data in tile id order, storing identical contents once and merging consecutive
 * tile ids with the same content into one run-length entry.
 */
function clusterTileData(placed: PlacedTile[]) {
	const entries: Entry[] = [];
	const contents: Uint8Array[] = [];
	// A gzip member ends with the CRC-32 of its uncompressed bytes: a free hash that narrows the
	// search. Bytes are still compared, so a collision never merges different tiles.
	const storedByChecksum = new Map<number, StoredContent[]>();
	let tileDataLength = 0;
	for (const { tileId, tile } of placed) {
		const checksum = gzipTrailerCrc(tile.data);
		let sameChecksum = storedByChecksum.get(checksum);
		if (!sameChecksum) storedByChecksum.set(checksum, (sameChecksum = []));
		let stored = sameChecksum.find((content) => sameBytes(content.data, tile.data));
		if (!stored) {
			stored = { data: tile.data, offset: tileDataLength };
			sameChecksum.push(stored);
			contents.push(tile.data);
			tileDataLength += tile.data.length;
		}
		const previous = entries.at(-1);
		if (
			previous &&
			previous.offset === stored.offset &&
			tileId === previous.tileId + previous.runLength
		) {
			previous.runLength++;
		} else {
			entries.push({ tileId, offset: stored.offset, length: tile.data.length, runLength: 1 });
		}
	}
	return { entries, contents, tileDataLength, addressedTiles: placed.length };
}

function gzipTrailerCrc(gzip: Uint8Array): number {
	const at = gzip.length - 8;
	return (gzip[at] | (gzip[at + 1] << 8) | (gzip[at + 2] << 16) | (gzip[at + 3] << 24)) >>> 0;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

/**
 * The root directory alone when it fits in the first 16 KiB; otherwise a root of pointers to leaf
 * directories, sized as go-pmtiles does: at least 4096 entries a leaf, grown by a fifth until the
 * root fits.
 */
function directories(entries: Entry[]): { root: Uint8Array; leaves: Uint8Array[] } {
	const wholeRoot = serializeDirectory(entries);
	if (wholeRoot.length <= ROOT_DIRECTORY_MAX_BYTES) return { root: wholeRoot, leaves: [] };
	for (
		let leafSize = Math.max(4096, Math.ceil(entries.length / 3500));
		;
		leafSize = Math.ceil(leafSize * 1.2)
	) {
		const leaves: Uint8Array[] = [];
		const pointers: Entry[] = [];
		let leafOffset = 0;
		for (let start = 0; start < entries.length; start += leafSize) {
			const leaf = serializeDirectory(entries.slice(start, start + leafSize));
			pointers.push({
				tileId: entries[start].tileId,
				offset: leafOffset,
				length: leaf.length,
				runLength: 0
			});
			leaves.push(leaf);
			leafOffset += leaf.length;
		}
		const root = serializeDirectory(pointers);
		if (root.length <= ROOT_DIRECTORY_MAX_BYTES) return { root, leaves };
	}
}

/** Column-wise varints (tile id deltas, run lengths, lengths, offsets), gzip-compressed. */
function serializeDirectory(entries: Entry[]): Uint8Array {
	// A varint of a value below 2^53 takes at most 8 bytes.
	const bytes = new Uint8Array(8 + entries.length * 4 * 8);
	let at = writeVarint(bytes, 0, entries.length);
	let previousTileId = 0;
	for (const entry of entries) {
		at = writeVarint(bytes, at, entry.tileId - previousTileId);
		previousTileId = entry.tileId;
	}
	for (const entry of entries) at = writeVarint(bytes, at, entry.runLength);
	for (const entry of entries) at = writeVarint(bytes, at, entry.length);
	for (let i = 0; i < entries.length; i++) {
		const previous = entries[i - 1];
		// 0 means "right after the previous entry"; other offsets are stored plus one.
		const follows = previous && entries[i].offset === previous.offset + previous.length;
		at = writeVarint(bytes, at, follows ? 0 : entries[i].offset + 1);
	}
	return gzipSync(bytes.subarray(0, at));
}

function writeVarint(bytes: Uint8Array, at: number, value: number): number {
	// Division rather than bit shifts: tile ids and offsets can exceed 32 bits.
	while (value >= 0x80) {
		bytes[at++] = (value % 0x80) | 0x80;
		value = Math.floor(value / 0x80);
	}
	bytes[at++] = value;
	return at;
}
