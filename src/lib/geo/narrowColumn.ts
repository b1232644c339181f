// A page holds a fetched dataset's integer columns in the narrowest type their values fit: at
// 50,000 rows an Int32 column is 195 KB, and most hold days, small counts or -1 (an Int16 or an
// Int8 is a half or a quarter of that). Never a Uint8Array: that type marks a byte column
// (indexFile.ts), and a copy kept narrow must still read as a number column.
import type { IntColumn } from './featureIndex.ts';
import { valueRange } from './packedColumns.ts';

/** The narrower types, each with the least and the most it holds. */
const NARROWER: [(values: ArrayLike<number>) => IntColumn, number, number][] = [
	[(values) => Int8Array.from(values), -128, 127],
	[(values) => Int16Array.from(values), -32768, 32767],
	[(values) => Uint16Array.from(values), 0, 65535]
];

/** A copy of `column`, in a buffer of its own, of the narrowest type that holds each value. */
export function narrowestCopy(column: IntColumn): IntColumn {
	const [least, most] = valueRange(column);
	const fits = NARROWER.find(([, min, max]) => min <= least && most <= max);
	return fits ? fits[0](column) : Int32Array.from(column);
}

/** A column as the index file stores it (Int32), whatever type it is held in. */
export const asInt32 = (column: IntColumn): Int32Array =>
	column instanceof Int32Array ? column : Int32Array.from(column);
