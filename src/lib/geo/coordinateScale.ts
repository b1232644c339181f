// The coarsest of some scales at which every coordinate is a whole number: coordinates stored as
// integers of 1/scale degrees then come back exactly, as smaller numbers for gzip. Pure.

/** The first of `scales` (coarsest first) that gives every value back exactly; else the last. */
export function coarsestExactScale(values: Iterable<number>, scales: readonly number[]): number {
	const all = [...values];
	const exact = (scale: number) => all.every((v) => Math.round(v * scale) / scale === v);
	return scales.find(exact) ?? scales[scales.length - 1];
}
