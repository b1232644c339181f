import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	deliveryFor,
	detailsFileCount,
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

	it('says what each mode needs: a features file and the map’s points, or the tiled files', () => {
		expect(deliveryFor('big', 3000)).toEqual({
			mode: 'fetched',
			featureCount: 3000,
			featuresUrl: '/d/big/features.json',
			pointsUrl: '/d/big/points.json'
		});
		const tiled = deliveryFor('huge', 1_000_000);
		expect(tiled.mode === 'tiled' && tiled.files.summaryUrl).toBe('/d/huge/summary.bin');
	});

	it('gives every feature of a non-tiled dataset one details file, and a tiled one none', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: TILE_FEATURE_LIMIT }), (count) => {
				const files = detailsFileCount(deliveryFor('x', count));
				expect(files * DETAILS_CHUNK_SIZE).toBeGreaterThanOrEqual(count);
				expect((files - 1) * DETAILS_CHUNK_SIZE).toBeLessThan(Math.max(count, 1));
			})
		);
		expect(detailsFileCount(deliveryFor('x', 10, true))).toBe(0);
		expect(detailsUrl('bolivia-2019', 2)).toBe('/d/bolivia-2019/details/2.json');
	});
});
