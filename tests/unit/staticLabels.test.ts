import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { placeLabels, type Box } from '../../src/lib/map/staticLabels.ts';

const frame = { width: 200, height: 150 };
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('placeLabels', () => {
	it('puts a name right of its dot, and a second one at the same spot elsewhere', () => {
		const [a, b] = placeLabels(
			[
				{ text: 'El Alto', x: 100, y: 70 },
				{ text: 'La Paz', x: 102, y: 71 }
			],
			frame
		);
		expect(a.anchor).toBe('start');
		expect(b.anchor).not.toBe('start');
		expect(overlaps(a.box, b.box)).toBe(false);
	});

	it('keeps clear of the highlighted event and inside the frame, or leaves the name out', () => {
		const clear = { x0: 98, y0: 62, x1: 160, y1: 78 };
		const [label] = placeLabels([{ text: 'Senkata', x: 100, y: 70 }], frame, {
			keepClear: [clear]
		});
		expect(overlaps(label.box, clear)).toBe(false);
		// At the right edge: placed to the left.
		expect(placeLabels([{ text: 'Viacha', x: 198, y: 70 }], frame)[0].anchor).toBe('end');
		// Nowhere to go: left out.
		const everywhere = { x0: 0, y0: 0, x1: 200, y1: 150 };
		expect(placeLabels([{ text: 'X', x: 10, y: 10 }], frame, { keepClear: [everywhere] })).toEqual(
			[]
		);
	});

	it('never places two names over each other (any towns)', () => {
		const town = fc.record({
			text: fc.string({ minLength: 1, maxLength: 14 }),
			x: fc.double({ min: 0, max: 200, noNaN: true }),
			y: fc.double({ min: 0, max: 150, noNaN: true })
		});
		fc.assert(
			fc.property(fc.array(town, { maxLength: 30 }), (towns) => {
				const placed = placeLabels(towns, frame);
				// (Also an assertion for a run where no town fits: requireAssertions counts them.)
				expect(placed.length).toBeLessThanOrEqual(towns.length);
				for (let i = 0; i < placed.length; i++) {
					expect(placed[i].box.x0).toBeGreaterThanOrEqual(0);
					expect(placed[i].box.x1).toBeLessThanOrEqual(200);
					for (let j = i + 1; j < placed.length; j++)
						expect(overlaps(placed[i].box, placed[j].box)).toBe(false);
				}
			})
		);
	});
});
