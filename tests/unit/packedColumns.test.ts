import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import {
	packColumn,
	packedLength,
	packingOf,
	unpackColumn,
	type Packing
} from '../../src/lib/geo/packedColumns.ts';
import { seededRandom } from '../../src/lib/pipeline/synthetic.ts';

const random = seededRandom(11);
const ints = (n: number, low: number, high: number) =>
	Int32Array.from({ length: n }, () => low + Math.floor(random() * (high - low + 1)));

/** Packs and unpacks `column` as packingOf chooses, from bytes at an offset as a file has them. */
function roundTrip(column: Int32Array): { packing: Packing; back: Int32Array; bytes: number } {
	const packing = packingOf(column);
	const packed = packColumn(column, packing);
	expect(packed.byteLength).toBe(packedLength(packing, column.length));
	const file = new Uint8Array(8 + packed.byteLength);
	file.set(packed, 8);
	return {
		packing,
		back: unpackColumn(file.subarray(8), packing, column.length),
		bytes: packed.byteLength
	};
}

describe('packed columns', () => {
	const cases: [string, Int32Array, Packing][] = [
		['small counts', ints(500, 0, 40), 'u8'],
		['offsets that only grow', Int32Array.from(ints(500, 0, 2), (r, i) => i * 3 + r), 'delta-u8'],
		['day numbers', ints(500, 18_000, 18_100), 'i16'],
		[
			'row numbers that grow by up to 1,000',
			Int32Array.from({ length: 500 }, (_, i) => i * 1000),
			'delta-i16'
		],
		['coordinates', ints(500, -6_970_000, -5_740_000), 'planes'],
		['negative values', ints(500, -1, 3), 'i16'],
		['nothing', new Int32Array(0), 'i32']
	];
	for (const [what, column, expected] of cases)
		it(`stores ${what} as ${expected} and gives them back`, () => {
			const { packing, back } = roundTrip(column);
			expect(packing).toBe(expected);
			expect(Array.from(back)).toEqual(Array.from(column));
		});

	it('gives back any column whatever the packing, and never changes its input', () => {
		const column = ints(300, -2_000_000_000, 2_000_000_000);
		const before = column.slice();
		for (const packing of ['i32', 'planes'] as Packing[]) {
			const packed = packColumn(column, packing);
			const aligned = new Uint8Array(packed.byteLength);
			aligned.set(packed);
			expect(Array.from(unpackColumn(aligned, packing, column.length))).toEqual(Array.from(before));
		}
		expect(column).toEqual(before);
	});

	it('makes coordinates smaller once gzipped than their plain bytes', () => {
		const column = ints(20_000, -6_970_000, -5_740_000);
		const plain = gzipSync(packColumn(column, 'i32')).length;
		const planes = gzipSync(packColumn(column, 'planes')).length;
		expect(planes).toBeLessThan(plain * 0.9);
	});
});
