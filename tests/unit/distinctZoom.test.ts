import { describe, expect, it } from 'vitest';
import { distinctZoom } from '../../src/lib/geo/distinctZoom.ts';

const SENKATA: [number, number] = [-68.2, -16.5452];

describe('distinctZoom', () => {
	it('zooms in until the nearest neighbour is the asked number of pixels away', () => {
		// A neighbour 4.5 km north: at the zoom returned it lies about 40 px away.
		const north: [number, number] = [-68.2, -16.5048];
		const zoom = distinctZoom(SENKATA, [north]);
		const metresPerPixel = (78_271.517 * Math.cos((SENKATA[1] * Math.PI) / 180)) / 2 ** zoom;
		expect(4_490 / metresPerPixel).toBeCloseTo(40, 0);
		// A closer neighbour needs a closer zoom.
		expect(distinctZoom(SENKATA, [[-68.2, -16.535]])).toBeGreaterThan(zoom);
	});

	it('stays within its bounds, and ignores events at the same place', () => {
		expect(distinctZoom(SENKATA, [])).toBe(9);
		expect(distinctZoom(SENKATA, [[-60, -10]])).toBe(9);
		expect(distinctZoom(SENKATA, [[-68.20001, -16.54521]])).toBe(9);
		expect(distinctZoom(SENKATA, [[-68.2008, -16.5452]])).toBe(13);
	});

	it('does not modify its input', () => {
		const others = Object.freeze([Object.freeze([-68.2, -16.5]) as [number, number]]);
		expect(() => distinctZoom(SENKATA, others)).not.toThrow();
	});
});
