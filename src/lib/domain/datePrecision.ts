// How precisely a feature's date is known, as ACLED's time_precision codes 1–3: the day itself;
// within a few days (ACLED: the week); about a week or more (ACLED: the month).
export const DATE_PRECISIONS = ['day', 'days', 'week'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** ACLED's time_precision code of a date precision (1, 2 or 3). */
export const timePrecisionCode = (p: DatePrecision): 1 | 2 | 3 =>
	(DATE_PRECISIONS.indexOf(p) + 1) as 1 | 2 | 3;
