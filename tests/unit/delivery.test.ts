import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	deliveryFor,
	detailsFileCount,
	recordsFileCount,
	recordsUrl,
	detailsUrl,
	DETAILS_CHUNK_SIZE,
	INLINE_FEATURE_LIMIT,
	TILE_FEATURE_LIMIT
} from '../../src/lib/data/delivery.ts';

describe('a dataset’s delivery', () => {
	it.each([
		[0, false, 'inline'],
		[70, false, 'inline'],
		[INLINE_FEATURE_LIMIT, false, 'inline'],
		[INLINE_FEATURE_LIMIT + 1, false, 'fetched'],
		[TILE_FEATURE_LIMIT, false, 'fetched'],
		[TILE_FEATURE_LIMIT + 1, false, 'tiled'],
		[3000, true, 'tiled'],
		[5, true, 'tiled']
	])('%d features, tiles asked: %s → %s', (count, asked, mode) => {
		expect(deliveryFor('x', count, asked).mode).toBe(mode);
	});

	it('says what each mode needs: the rows and the map’s points and lines, or the tiled files', () => {
		expect(deliveryFor('big', 3000)).toEqual({
			mode: 'fetched',
			featureCount: 3000,
			rowsUrl: '/d/big/rows.bin',
			linesUrl: '/d/big/lines.json'
		});
		const tiled = deliveryFor('huge', 1_000_000);
		expect(tiled.mode === 'tiled' && tiled.files.summaryUrl).toBe('/d/huge/summary.bin');
	});

	it('gives every feature of an inline dataset one details file, of a fetched one one records file', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: TILE_FEATURE_LIMIT }), (count) => {
				const delivery = deliveryFor('x', count);
				const [own, other] =
					delivery.mode === 'inline'
						? [detailsFileCount(delivery), recordsFileCount(delivery)]
						: [recordsFileCount(delivery), detailsFileCount(delivery)];
				expect(own * DETAILS_CHUNK_SIZE).toBeGreaterThanOrEqual(count);
				expect((own - 1) * DETAILS_CHUNK_SIZE).toBeLessThan(Math.max(count, 1));
				expect(other).toBe(0);
			})
		);
		const tiled = deliveryFor('x', 10, true);
		expect([detailsFileCount(tiled), recordsFileCount(tiled)]).toEqual([0, 0]);
		expect(detailsUrl('bolivia-2019', 2)).toBe('/d/bolivia-2019/details/2.json');
		expect(recordsUrl('big', 2)).toBe('/d/big/records/2.json');
	});
});
