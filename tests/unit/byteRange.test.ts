import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { byteRange } from '../../scripts/byteRange.ts';

describe('the byte range a request asks of a file', () => {
	it.each([
		[undefined, 100, null],
		['bytes=0-9', 100, { start: 0, end: 9 }],
		['bytes=90-', 100, { start: 90, end: 99 }],
		['bytes=90-500', 100, { start: 90, end: 99 }],
		['bytes=99-99', 100, { start: 99, end: 99 }],
		['bytes=100-', 100, 'unsatisfiable'],
		['bytes=5000-6000', 100, 'unsatisfiable'],
		['bytes=0-', 0, 'unsatisfiable'],
		['bytes=-50', 100, null],
		['bytes=0-1,5-9', 100, null],
		['items=0-9', 100, null]
	])('%s of %d bytes: %o', (header, size, expected) => {
		expect(byteRange(header, size)).toEqual(expected);
	});

	it('never reaches past the file, and starts where asked', () => {
		fc.assert(
			fc.property(fc.nat(10_000), fc.nat(20_000), fc.option(fc.nat(20_000)), (size, a, b) => {
				const range = byteRange(`bytes=${a}-${b ?? ''}`, size);
				if (range === 'unsatisfiable') expect(a >= size || (b !== null && b < a)).toBe(true);
				else {
					expect(range).not.toBeNull();
					expect(range!.start).toBe(a);
					expect(range!.end).toBeLessThan(size);
					expect(range!.end).toBeGreaterThanOrEqual(range!.start);
				}
			})
		);
	});
});
