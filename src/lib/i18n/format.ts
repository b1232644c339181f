import type { Lang } from './messages.ts';

const LOCALES: Record<Lang, string> = { es: 'es-BO', en: 'en-GB' };

// Intl formatters are costly to build: make each one once per language and style.
const dayFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<Lang, Intl.NumberFormat>();

/** long: 20 de noviembre de 2019; short: 20 nov; short-year: 20 nov 2019. */
export type DayStyle = 'long' | 'short' | 'short-year';

function dayFormat(lang: Lang, style: DayStyle): Intl.DateTimeFormat {
	const key = `${lang}:${style}`;
	let format = dayFormats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(LOCALES[lang], {
			day: 'numeric',
			month: style === 'long' ? 'long' : 'short',
			year: style === 'short' ? undefined : 'numeric',
			timeZone: 'UTC'
		});
		dayFormats.set(key, format);
	}
	return format;
}

/** A calendar day (YYYY-MM-DD) as words, without any time-zone shift. */
export function formatDay(day: string, lang: Lang, style: DayStyle = 'long'): string {
	return dayFormat(lang, style).format(new Date(`${day}T12:00:00Z`));
}

export function formatNumber(n: number, lang: Lang): string {
	let format = numberFormats.get(lang);
	if (!format) {
		format = new Intl.NumberFormat(LOCALES[lang]);
		numberFormats.set(lang, format);
	}
	return format.format(n);
}

export function formatDayRange(start: string, end: string | undefined, lang: Lang): string {
	return end && end !== start
		? `${formatDay(start, lang)} – ${formatDay(end, lang)}`
		: formatDay(start, lang);
}

/** The short style for days of a period: with the year when the period spans more than one. */
export const shortDayStyle = (period: { start: string; end: string }): DayStyle =>
	period.start.slice(0, 4) === period.end.slice(0, 4) ? 'short' : 'short-year';
