// How an index file stores an integer column (geo/indexFile.ts): in the narrowest form its
// values, or the steps between them, fit, so that gzip finds more to squeeze. Small counts take
// a byte each, and so do values within 255 of the column's least (the days of a few weeks, counts
// where -1 says "not reported"), after that least; other day numbers take two; offsets that only
// grow are stored as their steps; wide values such as coordinates are split into byte planes
// (every value's lowest byte, then every value's next byte, …), which leaves the nearly constant
// high bytes together. Pure.

export type Packing = 'i32' | 'u8' | 'i16' | 'delta-u8' | 'offset-u8' | 'delta-i16' | 'planes';

const fitsU8 = (min: number, max: number) => min >= 0 && max <= 0xff;
const fitsI16 = (min: number, max: number) => min >= -0x8000 && max <= 0x7fff;

/** The least and the most of `values` (Infinity and -Infinity when there are none). */
export function valueRange(values: ArrayLike<number>): [number, number] {
	let [min, max] = [Infinity, -Infinity];
	for (let i = 0; i < values.length; i++) {
		if (values[i] < min) min = values[i];
		if (values[i] > max) max = values[i];
	}
	return [min, max];
}

const steps = (column: Int32Array) => column.map((v, i) => (i === 0 ? v : v - column[i - 1]));

/** The packing a column is stored in: the narrowest of its values, else of its steps. */
export function packingOf(column: Int32Array): Packing {
	if (column.length === 0) return 'i32';
	const [min, max] = valueRange(column);
	if (fitsU8(min, max)) return 'u8';
	const [dmin, dmax] = valueRange(steps(column));
	if (fitsU8(dmin, dmax)) return 'delta-u8';
	if (fitsU8(0, max - min)) return 'offset-u8';
	if (fitsI16(min, max)) return 'i16';
	if (fitsI16(dmin, dmax)) return 'delta-i16';
	return 'planes';
}

const bytesOf = (view: ArrayBufferView) =>
	new Uint8Array(view.buffer, view.byteOffset, view.byteLength);

/** A column's bytes in `packing` (what packedLength says of its length). */
export function packColumn(column: Int32Array, packing: Packing): Uint8Array {
	switch (packing) {
		case 'i32':
			return bytesOf(column);
		case 'u8':
			return Uint8Array.from(column);
		case 'i16':
			return bytesOf(Int16Array.from(column));
		case 'delta-u8':
			return Uint8Array.from(steps(column));
		case 'offset-u8': {
			// The least value first (4 bytes), then each value's distance from it.
			const [least] = valueRange(column);
			const out = new Uint8Array(4 + column.length);
			new DataView(out.buffer).setInt32(0, least, true);
			out.set(
				column.map((v) => v - least),
				4
			);
			return out;
		}
		case 'delta-i16':
			return bytesOf(Int16Array.from(steps(column)));
		case 'planes': {
			const bytes = bytesOf(column);
			const n = column.length;
			const planes = new Uint8Array(n * 4);
			for (let i = 0; i < n; i++) for (let k = 0; k < 4; k++) planes[k * n + i] = bytes[i * 4 + k];
			return planes;
		}
	}
}

/** How many bytes a column of `length` values takes in `packing`. */
export function packedLength(packing: Packing, length: number): number {
	if (packing === 'u8' || packing === 'delta-u8') return length;
	if (packing === 'offset-u8') return 4 + length;
	if (packing === 'i16' || packing === 'delta-i16') return length * 2;
	return length * 4;
}

/**
 * The column from its bytes (`bytes`: exactly packedLength of them, 2-byte aligned). A new array,
 * except for 'i32', which views the bytes where they are 4-byte aligned.
 */
export function unpackColumn(bytes: Uint8Array, packing: Packing, length: number): Int32Array {
	const prefixSums = (column: Int32Array) => {
		for (let i = 1; i < column.length; i++) column[i] += column[i - 1];
		return column;
	};
	const int16 = () => new Int16Array(bytes.buffer, bytes.byteOffset, length);
	switch (packing) {
		case 'i32':
			return bytes.byteOffset % 4 === 0
				? new Int32Array(bytes.buffer, bytes.byteOffset, length)
				: new Int32Array(bytes.slice().buffer, 0, length);
		case 'u8':
			return Int32Array.from(bytes.subarray(0, length));
		case 'i16':
			return Int32Array.from(int16());
		case 'delta-u8':
			return prefixSums(Int32Array.from(bytes.subarray(0, length)));
		case 'offset-u8': {
			const least = new DataView(bytes.buffer, bytes.byteOffset, 4).getInt32(0, true);
			return Int32Array.from(bytes.subarray(4, 4 + length), (v) => v + least);
		}
		case 'delta-i16':
			return prefixSums(Int32Array.from(int16()));
		case 'planes': {
			const column = new Int32Array(length);
			const out = new Uint8Array(column.buffer);
			for (let i = 0; i < length; i++)
				for (let k = 0; k < 4; k++) out[i * 4 + k] = bytes[k * length + i];
			return column;
		}
	}
}
