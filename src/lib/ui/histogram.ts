// The timeline's histogram: one bar per day, as boxes and as the SVG paths the page draws (in
// the prerendered HTML, so it shows before any script runs). Pure.

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

/** The chart's height in its own units (the page draws it this many CSS pixels high). */
export const HISTOGRAM_HEIGHT = 44;
/** Up to this many days, bars stand apart; more, and they touch (a gap would hide them). */
const MAX_SPACED_DAYS = 120;

/** The histogram as four paths (bars in and out of the window, and their approximate tops). */
export interface HistogramPaths {
	/** The view box's width; the page stretches it to the chart's width. */
	width: number;
	height: number;
	inWindow: string;
	outside: string;
	inWindowApproximate: string;
	outsideApproximate: string;
}

const short = (n: number) => String(Math.round(n * 100) / 100);
const box = (x: number, y: number, width: number, height: number) =>
	`M${short(x)} ${short(y)}h${short(width)}v${short(height)}h${short(-width)}z`;

/** The bars of histogramBars as paths, one per colour, in a box of HISTOGRAM_HEIGHT units. */
export function histogramPaths(
	counts: readonly number[],
	from: number,
	to: number,
	approximate: readonly number[] = []
): HistogramPaths {
	const dayUnits = counts.length <= MAX_SPACED_DAYS ? 10 : 3;
	const width = Math.max(1, counts.length) * dayUnits;
	const paths = { inWindow: '', outside: '', inWindowApproximate: '', outsideApproximate: '' };
	for (const bar of histogramBars(counts, width, HISTOGRAM_HEIGHT, from, to, approximate)) {
		const shape = box(bar.x, bar.y, bar.width, bar.height);
		if (bar.inWindow) paths.inWindow += shape;
		else paths.outside += shape;
		if (bar.approximateHeight <= 0) continue;
		const top = box(bar.x, bar.y, bar.width, bar.approximateHeight);
		if (bar.inWindow) paths.inWindowApproximate += top;
		else paths.outsideApproximate += top;
	}
	return { width, height: HISTOGRAM_HEIGHT, ...paths };
}
