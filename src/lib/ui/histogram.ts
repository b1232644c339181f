// The timeline's histogram as bars to paint on a canvas: one bar per day, in device pixels.

export interface HistogramBar {
	x: number;
	y: number;
	width: number;
	height: number;
	/** Inside the chosen time window. */
	inWindow: boolean;
	/** The top part of the bar that stands for features dated only to a few days or a week. */
	approximateHeight: number;
}

/**
 * Bars for `counts` (one per day; `approximate`: how many of them have an approximate date) in a `width`×`height` box, scaled to the largest count;
 * days with no feature get no bar. `from`/`to` are day indexes into `counts`, inclusive.
 */
export function histogramBars(
	counts: readonly number[],
	width: number,
	height: number,
	from: number,
	to: number,
	approximate: readonly number[] = []
): HistogramBar[] {
	const max = largestCount(counts);
	const step = width / Math.max(1, counts.length);
	const gap = step > 3 ? step * 0.2 : 0;
	const bars: HistogramBar[] = [];
	counts.forEach((count, i) => {
		if (count <= 0) return;
		const barHeight = Math.max(1, (count / max) * (height - 2));
		bars.push({
			x: i * step + gap / 2,
			y: height - barHeight,
			width: step - gap,
			height: barHeight,
			inWindow: i >= from && i <= to,
			approximateHeight: Math.min(barHeight, ((approximate[i] ?? 0) / max) * (height - 2))
		});
	});
	return bars;
}

/** The largest count, at least 1: a loop, since a long period has too many days to spread. */
export function largestCount(counts: readonly number[]): number {
	let max = 1;
	for (const c of counts) if (c > max) max = c;
	return max;
}
