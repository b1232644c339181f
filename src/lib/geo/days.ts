// Calendar days as integers, so that time filters are integer comparisons.

const MS_PER_DAY = 86_400_000;
/** Bolivia keeps UTC−4 all year (America/La_Paz has no daylight saving time). */
const LA_PAZ_OFFSET_MS = -4 * 3_600_000;

// Datasets repeat a few hundred distinct days across tens of thousands of features: parse each once.
const dayNumbers = new Map<string, number>();

/** Days since 1970-01-01 of a calendar day written YYYY-MM-DD. */
export function dayNumber(day: string): number {
	let n = dayNumbers.get(day);
	if (n === undefined) {
		n = Math.floor(Date.parse(`${day}T00:00:00Z`) / MS_PER_DAY);
		if (dayNumbers.size < 100_000) dayNumbers.set(day, n);
	}
	return n;
}

export function dayString(n: number): string {
	return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The calendar day in La Paz of a date or timestamp: `2019-11-20T02:00:00Z` happened on the
 * evening of 19 November in Bolivia. A plain YYYY-MM-DD is already a local day.
 */
export function laPazDay(value: string): string {
	if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
	const ms = Date.parse(value);
	if (Number.isNaN(ms)) throw new Error(`not a date: ${value}`);
	return dayString(Math.floor((ms + LA_PAZ_OFFSET_MS) / MS_PER_DAY));
}

/** Every day from start to end, inclusive. */
export function daysBetween(start: string, end: string): string[] {
	const days: string[] = [];
	for (let n = dayNumber(start); n <= dayNumber(end); n++) days.push(dayString(n));
	return days;
}
