// The narrowest copy of an integer column (geo/narrowColumn.ts): a table of value ranges and the
// type each is held in, values unchanged, and the input left as it was.
import { describe, expect, it } from 'vitest';
import { asInt32, narrowestCopy } from '../../src/lib/geo/narrowColumn.ts';

describe('narrowestCopy', () => {
	const cases: [string, number[], string][] = [
		['nothing', [], 'Int8Array'],
		['no parent (-1)', [-1, -1, -1], 'Int8Array'],
		['small counts', [0, 5, 127], 'Int8Array'],
		['a byte past Int8 (never Uint8: that marks a byte column)', [0, 200], 'Int16Array'],
		['-129', [-129, 0], 'Int16Array'],
		['days since 1970', [18190, 18230], 'Int16Array'],
		['days before 1970', [-9000, 100], 'Int16Array'],
		['offsets up to 65,535', [0, 40000, 65535], 'Uint16Array'],
		['65,536', [0, 65536], 'Int32Array'],
		['-1 beside 40,000', [-1, 40000], 'Int32Array'],
		['coordinates in 1e-5 degrees', [-6812345, -1654321], 'Int32Array'],
		['the Int32 extremes', [-2147483648, 2147483647], 'Int32Array']
	];
	it.each(cases)('%s: %j in %s', (_, list, type) => {
		const column = Int32Array.from(list);
		const before = column.slice();
		const copy = narrowestCopy(column);
		expect(copy.constructor.name).toBe(type);
		expect(Array.from(copy)).toEqual(list);
		expect(copy.buffer).not.toBe(column.buffer);
		expect(column).toEqual(before);
	});

	it('keeps every value of random columns, in no more bytes than Int32', () => {
		let seed = 7;
		const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
		for (const scale of [100, 30000, 60000, 1e6, 2e9]) {
			const column = Int32Array.from({ length: 500 }, () => Math.round(random() * scale));
			const copy = narrowestCopy(column);
			expect(Array.from(copy)).toEqual(Array.from(column));
			expect(copy.byteLength).toBeLessThanOrEqual(column.byteLength);
		}
	});
});

describe('asInt32', () => {
	it('gives an Int32 column itself and any other as an Int32 copy', () => {
		const wide = Int32Array.from([1, -2, 70000]);
		expect(asInt32(wide)).toBe(wide);
		const narrow = Int16Array.from([1, -2, 300]);
		const widened = asInt32(narrow);
		expect(widened).toBeInstanceOf(Int32Array);
		expect(Array.from(widened)).toEqual([1, -2, 300]);
	});
});
