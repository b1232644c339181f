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
		['day numbers of a few weeks', ints(500, 18_000, 18_100), 'offset-u8'],
		['day numbers of years', ints(500, 18_000, 19_000), 'i16'],
		[
			'row numbers that grow by up to 1,000',
			Int32Array.from({ length: 500 }, (_, i) => i * 1000),
			'delta-i16'
		],
		['coordinates', ints(500, -6_970_000, -5_740_000), 'planes'],
		['counts where -1 says "not reported"', ints(500, -1, 40), 'offset-u8'],
		['negative values', ints(500, -300, 3), 'i16'],
		[
			'values 255 apart',
			Int32Array.from([-2_000_000_000, -1_999_999_745, -2_000_000_000]),
			'offset-u8'
		],
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

	it('stores values within a byte of their least in a byte each, after the least', () => {
		const days = ints(5000, 18_189, 18_230);
		const { bytes } = roundTrip(days);
		expect(bytes).toBe(4 + 5000);
		const offset = gzipSync(packColumn(days, 'offset-u8')).length;
		expect(offset).toBeLessThan(gzipSync(packColumn(days, 'i16')).length * 0.9);
		expect(roundTrip(Int32Array.from([7, 7, 7])).packing).toBe('u8');
	});

	it('makes coordinates smaller once gzipped than their plain bytes', () => {
		const column = ints(20_000, -6_970_000, -5_740_000);
		const plain = gzipSync(packColumn(column, 'i32')).length;
		const planes = gzipSync(packColumn(column, 'planes')).length;
		expect(planes).toBeLessThan(plain * 0.9);
	});
});
