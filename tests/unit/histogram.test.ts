import { describe, expect, it } from 'vitest';
import { HISTOGRAM_HEIGHT, histogramBars, histogramPaths } from '../../src/lib/ui/histogram.ts';

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

/** The boxes of a path as [x, y, width, height]. */
const boxes = (d: string) =>
	[...d.matchAll(/M([\d.-]+) ([\d.-]+)h([\d.-]+)v([\d.-]+)h([\d.-]+)z/g)].map((m) => {
		expect(Number(m[5])).toBe(-Number(m[3]));
		return [1, 2, 3, 4].map((k) => Number(m[k]));
	});

describe('histogramPaths', () => {
	it('draws each day with features as one box, in the colour of the window it is in', () => {
		const paths = histogramPaths([2, 0, 4, 1], 1, 2);
		expect(paths).toMatchObject({ width: 40, height: HISTOGRAM_HEIGHT });
		// Ten units a day with a fifth between bars; the largest count is the full height less 2.
		expect(boxes(paths.outside)).toEqual([
			[1, 23, 8, 21],
			[31, 33.5, 8, 10.5]
		]);
		expect(boxes(paths.inWindow)).toEqual([[21, 2, 8, 42]]);
		expect(paths.inWindowApproximate).toBe('');
		expect(paths.outsideApproximate).toBe('');
	});

	it('gives the tops that stand for approximate dates paths of their own', () => {
		const paths = histogramPaths([2, 4], 1, 1, [1, 4]);
		expect(boxes(paths.outsideApproximate)).toEqual([[1, 23, 8, 10.5]]);
		expect(boxes(paths.inWindowApproximate)).toEqual([[11, 2, 8, 42]]);
	});

	it('lets bars touch over a long period, and draws every day with features', () => {
		const counts = Array.from({ length: 700 }, (_, i) => (i % 7 === 0 ? 0 : 1 + (i % 5)));
		const paths = histogramPaths(counts, 0, 349);
		expect(paths.width).toBe(2100);
		const all = [...boxes(paths.inWindow), ...boxes(paths.outside)];
		expect(all).toHaveLength(counts.filter((c) => c > 0).length);
		expect(all.every(([, , width]) => width === 3)).toBe(true);
		expect(boxes(paths.inWindow).every(([x]) => x < 350 * 3)).toBe(true);
	});
});
