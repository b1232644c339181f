import type { Lang } from './messages.ts';

const LOCALES: Record<Lang, string> = { es: 'es-BO', en: 'en-GB' };

// Intl formatters are costly to build: make each one once per language and style.
const dayFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<Lang, Intl.NumberFormat>();

function dayFormat(lang: Lang, style: 'long' | 'short'): Intl.DateTimeFormat {
	const key = `${lang}:${style}`;
	let format = dayFormats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(LOCALES[lang], {
			day: 'numeric',
			month: style === 'long' ? 'long' : 'short',
			year: style === 'long' ? 'numeric' : undefined,
			timeZone: 'UTC'
		});
		dayFormats.set(key, format);
	}
	return format;
}

/** A calendar day (YYYY-MM-DD) as words, without any time-zone shift. */
export function formatDay(day: string, lang: Lang, style: 'long' | 'short' = 'long'): string {
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
