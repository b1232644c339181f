// The writer is checked by reading its archives back with the `pmtiles` reader the map uses.
import { gunzipSync, gzipSync } from 'node:zlib';
import { Compression, PMTiles, TileType } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import {
	writePMTiles,
	type PMTilesOptions,
	type PMTilesTile
} from '../../src/lib/pipeline/pmtilesWriter.ts';
import { seededRandom } from '../../src/lib/pipeline/synthetic.ts';

const BOLIVIA: PMTilesOptions = {
	minZoom: 0,
	maxZoom: 3,
	bounds: [-69.65, -22.9, -57.45, -9.67],
	center: [-65.1, -16.5, 2],
	metadata: {
		name: 'cabildo-events',
		vector_layers: [{ id: 'events', fields: { kind: 'String' } }]
	}
};

/** A tile whose uncompressed bytes are `content` (the reader does not parse MVT). */
function tile(z: number, x: number, y: number, content: string): PMTilesTile {
	return { z, x, y, data: gzipSync(content) };
}

function reader(archive: Uint8Array): PMTiles {
	return new PMTiles({
		getKey: () => 'mem',
		getBytes: async (offset, length) => ({
			data: archive.buffer.slice(
				archive.byteOffset + offset,
				archive.byteOffset + offset + length
			) as ArrayBuffer
		})
	});
}

/** The tile's uncompressed content as the reader returns it, or undefined when absent. */
async function contentAt(archive: PMTiles, z: number, x: number, y: number) {
	const response = await archive.getZxy(z, x, y);
	return response && new TextDecoder().decode(response.data);
}

describe('writePMTiles', () => {
	it('round-trips header fields, metadata and every tile through the pmtiles reader', async () => {
		const tiles = [
			tile(0, 0, 0, 'world'),
			tile(1, 0, 1, 'south-west'),
			tile(2, 1, 2, 'bolivia at 2'),
			tile(3, 2, 4, 'bolivia at 3'),
			tile(3, 2, 5, 'more bolivia at 3')
		];
		const bytes = writePMTiles(tiles, BOLIVIA);
		const archive = reader(bytes);
		const header = await archive.getHeader();

		expect(header).toMatchObject({
			specVersion: 3,
			minZoom: BOLIVIA.minZoom,
			maxZoom: BOLIVIA.maxZoom,
			centerZoom: BOLIVIA.center![2],
			numAddressedTiles: tiles.length,
			numTileEntries: tiles.length,
			numTileContents: tiles.length,
			clustered: true,
			internalCompression: Compression.Gzip,
			tileCompression: Compression.Gzip,
			tileType: TileType.Mvt,
			rootDirectoryOffset: 127,
			leafDirectoryLength: 0,
			tileDataLength: tiles.reduce((sum, t) => sum + t.data.length, 0)
		});
		const [west, south, east, north] = BOLIVIA.bounds;
		expect(header.minLon).toBeCloseTo(west, 7);
		expect(header.minLat).toBeCloseTo(south, 7);
		expect(header.maxLon).toBeCloseTo(east, 7);
		expect(header.maxLat).toBeCloseTo(north, 7);
		expect(header.centerLon).toBeCloseTo(BOLIVIA.center![0], 7);
		expect(header.centerLat).toBeCloseTo(BOLIVIA.center![1], 7);
		expect(header.tileDataOffset + header.tileDataLength!).toBe(bytes.length);

		expect(await archive.getMetadata()).toEqual(BOLIVIA.metadata);
		// Given out of tile id order on purpose: the writer sorts.
		for (const t of [...tiles].reverse()) {
			const response = await archive.getZxy(t.z, t.x, t.y);
			expect(new Uint8Array(response!.data)).toEqual(new Uint8Array(gunzipSync(t.data)));
		}
		expect(await contentAt(archive, 1, 1, 1)).toBeUndefined();
		expect(await contentAt(archive, 3, 2, 6)).toBeUndefined();
	});

	it('defaults the center to the middle of the bounds at minZoom, and the metadata to {}', async () => {
		const archive = reader(
			writePMTiles([tile(1, 0, 1, 'only')], { minZoom: 1, maxZoom: 1, bounds: [-70, -24, -56, -8] })
		);
		const header = await archive.getHeader();
		expect([header.centerLon, header.centerLat, header.centerZoom]).toEqual([-63, -16, 1]);
		expect(await archive.getMetadata()).toEqual({});
		expect(await contentAt(archive, 1, 0, 1)).toBe('only');
	});

	it('stores identical tiles once and runs consecutive identical tiles into one entry', async () => {
		// Every zoom-2 tile is the same "ocean"; zoom 2 is one unbroken range of tile ids.
		const zoom2 = Array.from({ length: 16 }, (_, i) => tile(2, i % 4, Math.floor(i / 4), 'ocean'));
		const tiles = [...zoom2, tile(3, 2, 5, 'land'), tile(3, 7, 7, 'ocean')];
		const bytes = writePMTiles(tiles, BOLIVIA);
		const archive = reader(bytes);
		const header = await archive.getHeader();

		expect(header.numAddressedTiles).toBe(tiles.length);
		expect(header.numTileEntries).toBe(3); // the zoom-2 run, land, the lone zoom-3 ocean
		expect(header.numTileContents).toBe(2);
		expect(header.tileDataLength).toBe(zoom2[0].data.length + tiles[16].data.length);
		const allTileBytes = tiles.reduce((sum, t) => sum + t.data.length, 0);
		expect(bytes.length).toBeLessThan(allTileBytes);
		for (const t of zoom2) expect(await contentAt(archive, t.z, t.x, t.y)).toBe('ocean');
		expect(await contentAt(archive, 3, 2, 5)).toBe('land');
		expect(await contentAt(archive, 3, 7, 7)).toBe('ocean');
		expect(await contentAt(archive, 3, 0, 0)).toBeUndefined();
	});

	it('keeps tiles apart whose bytes differ though their uncompressed content is the same', async () => {
		// Same gzip trailer (CRC-32 and size of the content), different header and deflate bytes.
		const fast = { z: 1, x: 0, y: 0, data: gzipSync('ocean '.repeat(50), { level: 1 }) };
		const best = { z: 1, x: 1, y: 0, data: gzipSync('ocean '.repeat(50), { level: 9 }) };
		expect(fast.data).not.toEqual(best.data);
		const archive = reader(writePMTiles([fast, best], BOLIVIA));
		const header = await archive.getHeader();

		expect(header.numTileContents).toBe(2);
		expect(header.tileDataLength).toBe(fast.data.length + best.data.length);
		expect(await contentAt(archive, 1, 0, 0)).toBe('ocean '.repeat(50));
		expect(await contentAt(archive, 1, 1, 0)).toBe('ocean '.repeat(50));
	});

	// 3 s alone; past the default 5 s on a shared CI machine (it timed out once there).
	it(
		'splits 20,000 distinct tiles into leaf directories the reader follows',
		{
			timeout: 30_000
		},
		async () => {
			const random = seededRandom(8);
			const contents = new Map<string, string>();
			while (contents.size < 20_000) {
				const z = 8 + Math.floor(random() * 3);
				const [x, y] = [Math.floor(random() * 2 ** z), Math.floor(random() * 2 ** z)];
				// Uneven lengths so that the directory does not compress into the root.
				contents.set(`${z}/${x}/${y}`, `${z}/${x}/${y} ${'·'.repeat(Math.floor(random() * 300))}`);
			}
			const keys = [...contents.keys()];
			const bytes = writePMTiles(
				// A generator: the writer takes any iterable.
				(function* () {
					for (const [key, content] of contents) {
						const [z, x, y] = key.split('/').map(Number);
						yield tile(z, x, y, content);
					}
				})(),
				{ ...BOLIVIA, minZoom: 8, maxZoom: 10 }
			);
			const archive = reader(bytes);
			const header = await archive.getHeader();

			expect(header.leafDirectoryLength).toBeGreaterThan(0);
			expect(header.rootDirectoryOffset + header.rootDirectoryLength).toBeLessThanOrEqual(16_384);
			expect(header.numAddressedTiles).toBe(20_000);
			expect(header.numTileEntries).toBe(20_000);
			expect(header.numTileContents).toBe(20_000);
			// Every fifth tile, which reaches into every leaf.
			for (const key of keys.filter((_, i) => i % 5 === 0)) {
				const [z, x, y] = key.split('/').map(Number);
				expect(await contentAt(archive, z, x, y)).toBe(contents.get(key));
			}
			let absentChecked = 0;
			while (absentChecked < 200) {
				const z = 8 + Math.floor(random() * 3);
				const [x, y] = [Math.floor(random() * 2 ** z), Math.floor(random() * 2 ** z)];
				if (contents.has(`${z}/${x}/${y}`)) continue;
				expect(await contentAt(archive, z, x, y)).toBeUndefined();
				absentChecked++;
			}
		}
	);

	it('rejects invalid input with a clear error', () => {
		const ok = tile(1, 0, 0, 'ok');
		const write =
			(tiles: PMTilesTile[], options: Partial<PMTilesOptions> = {}) =>
			() =>
				writePMTiles(tiles, { ...BOLIVIA, ...options });

		expect(write([])).toThrow('no tiles to write');
		expect(write([tile(4, 0, 0, 'too deep')])).toThrow('tile 4/0/0 is outside the zoom range 0..3');
		expect(write([ok], { minZoom: 2 })).toThrow('tile 1/0/0 is outside the zoom range 2..3');
		expect(write([tile(2, 4, 0, 'x too big')])).toThrow('tile 2/4/0 needs integer x and y in 0..3');
		expect(write([tile(2, 0, -1, 'y negative')])).toThrow('tile 2/0/-1 needs integer x and y');
		expect(write([tile(2, 0.5, 0, 'x fractional')])).toThrow('tile 2/0.5/0 needs integer x and y');
		expect(write([ok, tile(0, 0, 0, 'world'), tile(1, 0, 0, 'again')])).toThrow(
			'tile 1/0/0 is given more than once'
		);
		expect(write([{ ...ok, data: new TextEncoder().encode('raw mvt') }])).toThrow(
			'tile 1/0/0 is not gzip-compressed'
		);
		expect(
			write([{ ...ok, data: new TextEncoder().encode('raw mvt bytes, long enough for gzip') }])
		).toThrow('tile 1/0/0 is not gzip-compressed');
		expect(write([{ ...ok, data: new Uint8Array() }])).toThrow('tile 1/0/0 is not gzip-compressed');
		expect(write([ok], { minZoom: 3, maxZoom: 2 })).toThrow('minZoom and maxZoom must be integers');
		expect(write([ok], { maxZoom: 27 })).toThrow('minZoom and maxZoom must be integers');
		expect(write([ok], { bounds: [-57, -23, -70, -9] })).toThrow('bounds must be');
		expect(write([ok], { bounds: [-70, -91, -57, -9] })).toThrow('bounds must be');
		expect(write([ok], { center: [-65, -16, 1.5] })).toThrow('center must be');
	});
});
