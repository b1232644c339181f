import { describe, expect, it } from 'vitest';
import { histogramBars } from '../../src/lib/ui/histogram.ts';

describe('histogramBars', () => {
	it('scales bars to the largest count, one slot per day, and marks the window', () => {
		const bars = histogramBars([2, 0, 4, 1], 400, 42, 1, 2);
		// Day 1 has no feature: no bar.
		expect(bars.map((b) => b.x)).toEqual([10, 210, 310]);
		expect(bars.every((b) => b.width === 80)).toBe(true);
		expect(bars.map((b) => b.height)).toEqual([20, 40, 10]);
		expect(bars.map((b) => b.y)).toEqual([22, 2, 32]);
		expect(bars.map((b) => b.inWindow)).toEqual([false, true, false]);
	});

	it('keeps a one-pixel bar for small counts and no gap when days are narrow', () => {
		const counts = Array.from({ length: 400 }, (_, i) => (i === 0 ? 1000 : 1));
		const bars = histogramBars(counts, 400, 42, 0, 399);
		expect(bars).toHaveLength(400);
		expect(bars[1]).toEqual({
			x: 1,
			y: 41,
			width: 1,
			height: 1,
			inWindow: true,
			approximateHeight: 0
		});
	});

	it('gives the part of each bar that stands for features with an approximate date', () => {
		const bars = histogramBars([2, 4, 1], 300, 42, 0, 2, [1, 0, 1]);
		expect(bars.map((b) => b.height)).toEqual([20, 40, 10]);
		// Scaled like the bars, never taller than its bar.
		expect(bars.map((b) => b.approximateHeight)).toEqual([10, 0, 10]);
		expect(histogramBars([1], 100, 42, 0, 0, [5])[0].approximateHeight).toBe(40);
	});

	it('does not modify its input', () => {
		const counts = Object.freeze([3, 1]);
		expect(() => histogramBars(counts, 10, 10, 0, 1)).not.toThrow();
	});
});
