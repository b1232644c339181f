// Small parsers shared by the importers. Each returns the parsed value or the reason it failed,
// so that the caller can report the problem with its line and column.
import { defaultPlausibleSpan, describeSpan, isPlausibleDay } from '../domain/plausibleDates.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];

function monthNumber(name: string): number | undefined {
	const lower = name.toLowerCase();
	const index = MONTHS.findIndex((m) => m === lower || (lower.length === 3 && m.startsWith(lower)));
	return index === -1 ? undefined : index + 1;
}

/** Fixed for the run: every day of one import is held to the same span. */
const PLAUSIBLE_SPAN = defaultPlausibleSpan();

function isoDayOf(year: number, month: number, day: number): Parsed<string> {
	const date = new Date(Date.UTC(year, month - 1, day));
	if (
		year < 1000 ||
		date.getUTCFullYear() !== year ||
		date.getUTCMonth() !== month - 1 ||
		date.getUTCDate() !== day
	) {
		return fail('is not a real calendar date');
	}
	const iso = date.toISOString().slice(0, 10);
	if (!isPlausibleDay(iso, PLAUSIBLE_SPAN))
		return fail(
			`is outside the plausible span ${describeSpan(PLAUSIBLE_SPAN)} (a typo in the year?)`
		);
	return ok(iso);
}

/** How to read a day written with slashes: day first (23/11/2019) or month first (11/23/2019). */
export type SlashOrder = 'dmy' | 'mdy';

/**
 * A day as ACLED and spreadsheets write it: "2019-11-23", "23 November 2019", "23-November-2019",
 * "23 Nov 2019", or with slashes. Slashed days are read only when they cannot be misread: with
 * `order` given, or when one part is over 12 (23/11/2019) or both parts are equal (05/05/2019);
 * 05/11/2019 without `order` is refused rather than guessed.
 */
export function parseDay(input: string, order?: SlashOrder): Parsed<string> {
	const value = input.trim();
	let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
	if (m) return isoDayOf(Number(m[1]), Number(m[2]), Number(m[3]));
	m = /^(\d{1,2})[\s-]+([A-Za-z]+)\.?[\s-]+(\d{4})$/.exec(value);
	if (m) {
		const month = monthNumber(m[2]);
		if (month === undefined) return fail(`"${m[2]}" is not an English month name`);
		return isoDayOf(Number(m[3]), month, Number(m[1]));
	}
	m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
	if (m) {
		const [first, second, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
		const dayFirst =
			order === 'dmy' || (order === undefined && (first > 12 || first === second) && second <= 12);
		const monthFirst = order === 'mdy' || (order === undefined && second > 12 && first <= 12);
		if (dayFirst) return isoDayOf(year, second, first);
		if (monthFirst) return isoDayOf(year, first, second);
		return fail(
			first > 12 && second > 12
				? 'is not a real calendar date'
				: 'is ambiguous (day/month or month/day?): write it YYYY-MM-DD'
		);
	}
	return fail('is not a date (expected 2019-11-23, 23 November 2019 or 23-November-2019)');
}

/** The day `days` after `day` (both YYYY-MM-DD). */
export function addDays(day: string, days: number): string {
	const date = new Date(`${day}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 10);
}

/** A whole, non-negative count such as fatalities; "" is no figure (undefined), not 0. */
export function parseCount(input: string): Parsed<number | undefined> {
	const value = input.trim();
	if (value === '') return ok(undefined);
	if (!/^\d+$/.test(value)) return fail('is not a whole number');
	const n = Number(value);
	return Number.isSafeInteger(n) ? ok(n) : fail('is too large');
}

/** A decimal coordinate within `limit` degrees of zero (90 for latitude, 180 for longitude). */
export function parseCoordinate(input: string, limit: 90 | 180): Parsed<number> {
	const value = input.trim();
	if (value === '') return fail('is missing');
	if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(value)) return fail('is not a decimal number');
	const n = Number(value);
	if (Math.abs(n) > limit) return fail(`is outside -${limit} to ${limit}`);
	return ok(roundCoordinate(n));
}

/** The schema allows at most 5 decimals (about 1 m). */
export function roundCoordinate(n: number): number {
	const rounded = Math.round(n * 1e5) / 1e5;
	return Object.is(rounded, -0) ? 0 : rounded;
}

/** A Unix time in seconds (ACLED's `timestamp`) as the UTC day; "" is no date. */
export function parseUnixDay(input: string): Parsed<string | null> {
	const value = input.trim();
	if (value === '') return ok(null);
	if (!/^\d{1,12}$/.test(value)) return fail('is not a Unix time in seconds');
	return ok(new Date(Number(value) * 1000).toISOString().slice(0, 10));
}

/**
 * Text as the schema accepts it: whitespace runs (newlines included) become one space, and
 * < and > (refused as possible HTML) become the look-alike quotes ‹ and ›, so that the words
 * stay readable. `replacedBrackets` says whether any were replaced.
 */
export function plainText(input: string): { text: string; replacedBrackets: boolean } {
	const collapsed = input.replace(/\s+/g, ' ').trim();
	const text = collapsed.replace(/</g, '‹').replace(/>/g, '›');
	return { text, replacedBrackets: text !== collapsed };
}

/** Cuts `text` to at most `max` UTF-16 units (the schema's measure), ending with an ellipsis. */
export function cutText(text: string, max: number): { text: string; cut: boolean } {
	if (text.length <= max) return { text, cut: false };
	let head = text.slice(0, max - 1);
	if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1); // never split a surrogate pair
	return { text: `${head.trimEnd()}…`, cut: true };
}

/**
 * A table's own entry for a key read from a file: "constructor" or "__proto__" in a cell must
 * not find what every object inherits.
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
	return Object.hasOwn(table, key) ? table[key] : undefined;
}
