// A million-row import once died of "Maximum call stack size exceeded": lists as long as the
// input were spread into function arguments. These run at that scale.
import { describe, expect, it } from 'vitest';
import { appendAll } from '../../src/lib/data/appendAll.ts';
import { bboxOf, BBOX_PADDING_DEGREES } from '../../src/lib/import/dataset.ts';
import type { EventFeature } from '../../src/lib/data/schema.ts';

const MANY = 500_000;

describe('lists as long as a large import', () => {
	it('appends half a million items in order', () => {
		const target = ['first'];
		appendAll(
			target,
			Array.from({ length: MANY }, (_, i) => `item ${i}`)
		);
		expect(target).toHaveLength(MANY + 1);
		expect(target[1]).toBe('item 0');
		expect(target.at(-1)).toBe(`item ${MANY - 1}`);
	});

	it('frames half a million points', () => {
		const features = Array.from(
			{ length: MANY },
			(_, i) =>
				({
					geometry: { type: 'Point', coordinates: [-68 + (i % 100) / 10, -17 - (i % 50) / 10] }
				}) as unknown as EventFeature
		);
		const p = BBOX_PADDING_DEGREES;
		expect(bboxOf(features)).toEqual([-68 - p, -21.9 - p, -58.1 + p, -17 + p]);
	});
});
