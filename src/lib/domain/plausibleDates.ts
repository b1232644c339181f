// The days an event can plausibly have: a year mistyped by one character (1019 for 2019) is
// refused at import and by `data:check`, before it reaches a page. A dataset of older events sets
// its own span in dataset.json (`plausible_span`). Plain constants: used by the importer, the
// checker and tests alike.

export interface DaySpan {
	/** Inclusive, YYYY-MM-DD. */
	from: string;
	to: string;
}

export const PLAUSIBLE_FROM_YEAR = 1900;

/** 1900 to the end of next year (events are recorded as they happen, never years ahead). */
export function defaultPlausibleSpan(now: Date = new Date()): DaySpan {
	return { from: `${PLAUSIBLE_FROM_YEAR}-01-01`, to: `${now.getUTCFullYear() + 1}-12-31` };
}

export const isPlausibleDay = (day: string, span: DaySpan) => day >= span.from && day <= span.to;

export const describeSpan = (span: DaySpan) => `${span.from.slice(0, 4)}–${span.to.slice(0, 4)}`;
